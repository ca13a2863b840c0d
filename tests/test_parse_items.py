"""Agenda item splitting on fictional minutes laid out the ways councils publish them,
plus a regression check against the real dev minutes in ../shared (read at run time)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.clean import clean_lines
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line, TextDocument
from graphgov.ingest.headings import heading_like
from graphgov.ingest.items import split_items
from graphgov.model.vocab import DocFormat

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def _ctx(text: str, path: str = "t.txt") -> ParseContext:
    return ParseContext(TextDocument(path=path, sha256="0" * 64, format=DocFormat.TEXT, text=text))


def _split(text: str) -> tuple[list[Line], list[ItemBlock]]:
    ctx = _ctx(text)
    return split_items(ctx, clean_lines(ctx))


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(b.number, b.title) for b in _split(text)[1]]


NUMBERED = """BOROUGH OF LARKHAVEN
MINUTES OF THE HARBOUR IMPROVEMENT BOARD
HELD AT 6.30 P.M. ON TUESDAY, 4 MARCH 2024
12 Quay Street, Larkhaven LK1 2AB
Members Present:
Councillor Ada Pennock (Chair)
1 member of the public
1. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Tom Rigg.
2. DECLARATIONS OF INTEREST
Members may declare:
1 Details of any employment, office, trade or vocation carried on for profit or gain by the member.
2 Details of any contract made between the member and the authority which has not been discharged.
3 Details of any beneficial interest in land which is within the area of the authority concerned.
VARY ORDER OF BUSINESS
It was agreed that item 4 be taken first.
3. HARBOUR WALL REPAIRS
The Harbour Master presented the report.
RESOLVED
- 1. That the report be noted.
- 2. That the repairs be approved.
4. ANY OTHER BUSINESS
10.00 am site visit arranged.
"""


def test_numbered_headings_ignore_clauses_list_points_times_and_addresses() -> None:
    assert _items(NUMBERED) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "HARBOUR WALL REPAIRS"),
        ("4", "ANY OTHER BUSINESS"),
    ]


def test_preamble_and_bodies_keep_their_lines() -> None:
    preamble, blocks = _split(NUMBERED)
    assert preamble[-1].text == "1 member of the public"
    assert blocks[0].body[0].text == "Apologies were received from Councillor Tom Rigg."
    assert blocks[0].heading.no == 8


def test_procedural_heading_ends_the_item_before_it() -> None:
    blocks = _split(NUMBERED)[1]
    assert all("item 4 be taken first" not in ln.text for ln in blocks[1].body)


MODERNGOV = """Agenda and minutes
Items
No. Item
41.
Apologies for Absence
To receive any apologies.
Minutes:
None.
42.
Minutes of the Previous Meeting pdf icon PDF 88 KB
Additional documents:
Minutes:
RESOLVED: That the minutes be approved.
44.
Larkhaven Ferry Timetable
Minutes:
The Transport Officer presented the report.
"""


def test_number_alone_then_title_with_a_gap_in_numbering() -> None:
    assert _items(MODERNGOV) == [
        ("41", "Apologies for Absence"),
        ("42", "Minutes of the Previous Meeting"),
        ("44", "Larkhaven Ferry Timetable"),
    ]


def test_minute_year_numbers() -> None:
    text = """Minutes of the Annual Meeting of Fenwick Parish Council
1.24 - Election of Chair
Cllr Rowe was elected.
2.24 – Vice Chair
Cllr Hale was elected.
3.24- Matters arising
3.24 was discussed.
"""
    assert _items(text) == [
        ("1.24", "Election of Chair"),
        ("2.24", "Vice Chair"),
        ("3.24", "Matters arising"),
    ]


def test_sub_items_are_headings_but_numbered_paragraphs_are_not() -> None:
    text = """1.  Welcome
1.1  The Chair welcomed everyone to the meeting and thanked the staff.
2.  Matters arising
2.1 Bus Shelter, Mill Lane - the Clerk will order the new panels before June.
2.2 Play Area Fencing - Councillor Hale confirmed that the work was complete.
2.3 It was
3.  Correspondence
"""
    assert _items(text) == [
        ("1", "Welcome"),
        ("2", "Matters arising"),
        ("2.1", "Bus Shelter, Mill Lane"),
        ("2.2", "Play Area Fencing"),
        ("3", "Correspondence"),
    ]


def test_glued_heading_and_sentence_are_parted() -> None:
    text = "1. / Welcome and apologiesThe Chair welcomed all.\n2. / Declarations of interest\n"
    assert _items(text) == [("1", "Welcome and apologies"), ("2", "Declarations of interest")]


def test_reference_numbers_of_one_shape() -> None:
    text = """Present: Dr A Quill (Chair)
HB/2425/001: Welcome, Apologies and Quoracy
The Chair welcomed members.
HB/2425/002: Questions from the Public
None were received.
"""
    assert _items(text) == [
        ("HB/2425/001", "Welcome, Apologies and Quoracy"),
        ("HB/2425/002", "Questions from the Public"),
    ]


def test_grid_prefix_number_and_title_on_separate_lines() -> None:
    text = (
        "Officers in attendance: J Doe\nPLN\n1\nPublic speaking at Planning Committees\n"
        "Mr X spoke.\nPLN\n2\nSite Visits\n"
    )
    assert _items(text) == [
        ("PLN 1", "Public speaking at Planning Committees"),
        ("PLN 2", "Site Visits"),
    ]


def test_issue_page_has_one_item_with_its_printed_number() -> None:
    text = """Issue - meetings
Harbour Dues 2024
Meeting: 04/03/2024 - Harbour Board (Item 7)
7 Harbour Dues 2024 pdf icon PDF 80 KB
Decision:
1. To approve the dues.
2. To note the consultation.
"""
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [("7", "Harbour Dues 2024")]
    assert [ln.text for ln in blocks[0].body][:2] == ["Decision:", "1. To approve the dues."]
    assert preamble[-1].text.startswith("Meeting:")


def test_agenda_item_page_numbered_from_its_meeting_line() -> None:
    text = """Agenda item
Ferry Service Review
- Meeting of Larkhaven Transport Board, Monday, 4th March, 2024 6.00 p.m. (Item 5.)
- View the background to item 5.
1. That the review be noted.
"""
    assert _items(text) == [("5", "Ferry Service Review")]


def test_decision_page_is_one_unnumbered_item() -> None:
    text = """Decision Maker: Cabinet
Decision status: Recommendations Approved
Is Key decision?: No
To approve the harbour dredging contract.
Recommendation agreed.
"""
    assert _items(text) == [(None, "To approve the harbour dredging contract")]


def test_flattened_table_rows_become_unnumbered_items() -> None:
    text = """No. | Item |
---|---|
APOLOGIES FOR ABSENCE To receive any apologies. Minutes: Apologies from Cllr Rowe.
|
||
Re-ordering of the Agenda The Chair varied the order of business.
||||
Harbour Dues Review Minutes: The Board noted the report.
|
Ferry Timetable Consultation The Transport Officer outlined the responses received
"""
    assert _items(text) == [
        (None, "APOLOGIES FOR ABSENCE"),
        (None, "Harbour Dues Review"),
        (None, "Ferry Timetable Consultation"),
    ]


def test_flattened_long_line_is_split_at_minute_references() -> None:
    attendance = ", ".join(f"Councillor Member{n}" for n in range(40))
    text = (
        f"Minutes of the Harbour Board held on 4 March 2024 Present: {attendance} "
        "HB/12/2024 APOLOGIES AND CHAIR'S REMARKS Apologies were received from Councillor Rowe. "
        "HB/13/2024 DECLARATIONS OF INTEREST There were none."
    )
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [
        ("HB/12/2024", "APOLOGIES AND CHAIR'S REMARKS"),
        ("HB/13/2024", "DECLARATIONS OF INTEREST"),
    ]
    assert blocks[0].body[0].text.startswith("Apologies were received")
    assert preamble[0].text.endswith("Member39")


def test_text_without_items_gives_none() -> None:
    assert _items("Dear resident,\n23 March 2024\nThe bins are collected on Tuesdays.\n") == []


def test_pathological_text_gives_no_items() -> None:
    # Not a timing test: every line numbered and one huge line must not blow up (the
    # sequence search looks a bounded way back; patterns see a bounded prefix of a line).
    numbered = "\n".join(f"{n} apples and {n} pears were sold." for n in range(20000))
    one_line = "x" * 200_000 + " RESOLVED that " + "y" * 200_000
    assert _items(numbered + "\n" + one_line) == []


def _gold_pairs() -> list[tuple[Path, dict]]:
    gold_dir = EVAL / "gold"
    if not gold_dir.is_dir():
        pytest.skip(f"dev evaluation set not found at {gold_dir}")
    pairs = []
    for p in sorted(gold_dir.glob("*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        pairs.append((EVAL / "docs" / gold["doc"], gold))
    return pairs


def _norm(number: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(number or "").lower())


def test_dev_minutes_item_numbers_regression() -> None:
    """Items found in the real dev minutes (numbers as printed): recall and precision >= 0.9."""
    want = got = hit = 0
    for doc, gold in _gold_pairs():
        ctx = _ctx(doc.read_text(encoding="utf-8", errors="replace"), str(doc))
        _, blocks = split_items(ctx, clean_lines(ctx))
        gold_numbers = [
            _norm(i.get("number")) for m in gold["meetings"] for i in m.get("items", [])
        ]
        found = [_norm(b.number) for b in blocks]
        want, got = want + len(gold_numbers), got + len(found)
        for n in gold_numbers:
            if n in found:
                found.remove(n)
                hit += 1
    assert hit / want >= 0.9
    assert hit / got >= 0.9


def test_agenda_style_titles_and_numbered_clauses_under_them() -> None:
    text = """Present: Cllrs A Rowe (Chair), B Hale
1. To receive apologies for absence
Cllr Pike sent apologies.
2. To approve the minutes of the meeting held on 5 March 2024
RESOLVED: 1. To approve the minutes.
2. To note the matters arising.
3. To receive the Clerk's report on the precept for 2024/25
4. Date of next meeting
"""
    assert [n for n, _ in _items(text)] == ["1", "2", "3", "4"]
    assert _items(text)[1] == ("2", "To approve the minutes of the meeting held on 5 March 2024")


def test_numbered_attendance_list_is_not_a_run_of_items() -> None:
    text = """PRESENT
1. Councillor A Rowe (Chair)
2. Councillor B Hale
3. Mrs E Stone
1. APOLOGIES
None.
2. MINUTES
RESOLVED – That the minutes be approved.
"""
    assert _items(text) == [("1", "APOLOGIES"), ("2", "MINUTES")]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Minute 45/23 – Apologies\nNone.\nMinute 46/23 – Minutes\nSigned.\n", ["45/23", "46/23"]),
        ("FC23/45 Apologies\nNone.\nFC23/46 Finance Report\nNoted.\n", ["FC23/45", "FC23/46"]),
        (
            "1) Apologies\nNone.\n2) Finance\n4a) Planning: Mill Lane\n4b) Planning: Quay St\n",
            ["1", "2", "4a", "4b"],
        ),
        (
            "1.0 Apologies\n1.1 Apologies were received from Cllr Rowe.\n2.0 Budget\n2.1 Noted.\n",
            ["1.0", "2.0"],
        ),
        ("Item 1: Welcome and Introductions\nHello.\nItem 2: Risk Register\nAGREED.\n", ["1", "2"]),
    ],
)
def test_numbering_styles(text: str, numbers: list[str]) -> None:
    assert [n for n, _ in _items(text)] == numbers


def test_flattened_numbered_paragraphs_under_unnumbered_headings() -> None:
    filler = "Members of the Harbour Board discussed the visit at some length. " * 8
    text = (
        "HARBOUR BOARD MINUTES held on 4 March 2024 Present: Ada Pennock Tom Rigg "
        "Welcome and Apologies 1. Ada Pennock welcomed everyone to the meeting. "
        f"{filler}Minutes of Last Meeting 2. Agreed, subject to one correction. "
        f"3. Clarification was sought on paragraph 4. {filler}"
        "Matters Arising 4. The Chair reported on the actions."
    )
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [
        (None, "Welcome and Apologies"),
        (None, "Minutes of Last Meeting"),
        (None, "Matters Arising"),
    ]
    assert blocks[1].body[0].text.startswith("2. Agreed, subject to")
    assert preamble[0].text.endswith("Tom Rigg")


def test_letter_prefixed_minute_numbers() -> None:
    text = "C.45 Apologies\nNone.\nC.46 Budget Monitoring\nDECIDED: That it be noted.\n"
    assert _items(text) == [("C.45", "Apologies"), ("C.46", "Budget Monitoring")]


def test_agenda_listed_before_the_minutes_gives_the_minutes_items() -> None:
    text = """AGENDA
1. Apologies
2. Minutes of the last meeting
3. Finance Report
MINUTES
1. Apologies
Cllr Rowe.
2. Minutes of the last meeting
RESOLVED: That the minutes be approved.
3. Finance Report
RESOLVED: That the report be noted.
"""
    preamble, blocks = _split(text)
    assert [b.number for b in blocks] == ["1", "2", "3"]
    assert blocks[0].heading.no == 6
    assert [ln.text for ln in blocks[2].body] == ["RESOLVED: That the report be noted."]


def test_table_rows_title_is_the_cell_after_the_number() -> None:
    text = """| No. | Item | Minutes |
|---|---|---|
| 1. | Apologies for absence | Minutes: Apologies were received from Cllr Rowe. |
| 2. | Minutes of the last meeting | RESOLVED: That the minutes be approved. |
| 3. | Finance | Noted. |
"""
    assert _items(text) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the last meeting"),
        ("3", "Finance"),
    ]


def test_unnumbered_capital_headings_but_not_the_documents_own_header() -> None:
    text = """LARKHAVEN TOWN COUNCIL
MINUTES OF THE PLANNING COMMITTEE
HELD ON 4 MARCH 2024 AT 7PM
PRESENT
Cllr A Rowe (Chair), Cllr B Hale
APOLOGIES FOR ABSENCE
Cllr Pike.
PLANNING APPLICATIONS
RESOLVED: That no objection be raised.
"""
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [
        (None, "APOLOGIES FOR ABSENCE"),
        (None, "PLANNING APPLICATIONS"),
    ]
    assert preamble[-1].text == "Cllr A Rowe (Chair), Cllr B Hale"


def test_clause_lists_and_addresses_are_not_items() -> None:
    text = """LARKHAVEN COUNCIL
10 Quay Street, Larkhaven LK1 2AB
11. APOLOGIES
None.
12. FINANCE
RESOLVED:
1. The report be noted.
2. Officers review the policy.
3. The budget be approved.
"""
    assert _items(text) == [("11", "APOLOGIES"), ("12", "FINANCE")]


def test_decision_page_title_above_its_fields() -> None:
    text = (
        "Housing Strategy 2024\nDecision Maker: Cabinet\nDecision status: Approved\n"
        "Decision:\n1. To approve.\n"
    )
    assert _items(text) == [(None, "Housing Strategy 2024")]


def test_an_item_reference_in_the_text_does_not_make_a_single_item_page() -> None:
    text = """1. APOLOGIES
None.
2. DECLARATIONS OF INTEREST
Cllr Rowe declared an interest in the ferry report (Item 3)
3. FERRY
Noted.
"""
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


def test_flattened_numbered_headings_run_together() -> None:
    talk = "The Committee discussed the matter and members asked questions of officers. " * 4
    text = (
        "LARKHAVEN TOWN COUNCIL MINUTES OF THE MEETING HELD ON 4 MARCH 2024 Present: Cllr A "
        "Rowe (Chair), Cllr B Hale. 35. APOLOGIES Apologies were received from Cllr Pike. "
        "36. MINUTES The minutes of the meeting held on 5 February were approved. RESOLVED that "
        f"the minutes be signed. 37. Harbour Dues {talk}RESOLVED that the dues rise by 5%. "
        "38. ANY OTHER BUSINESS None."
    )
    assert _items(text) == [
        ("35", "APOLOGIES"),
        ("36", "MINUTES"),
        ("37", "Harbour Dues"),
        ("38", "ANY OTHER BUSINESS"),
    ]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("2023/24 Annual Governance and Accountability Return", True),
        ("Notice of Motion - Climate Emergency", True),
        ("public forum", True),
        ("Apologies were received from Cllr Smith.", False),
        ("That the report be noted.", False),
        ("Agreed, subject to one change.", False),
        ("12 noon", False),
        ("Mr J Smith", False),
        ("Member of the public", False),
    ],
)
def test_heading_shape(title: str, heading: bool) -> None:
    assert heading_like(title, wide=True, strict=False) is heading


def test_unnumbered_headings_over_agenda_text_and_minutes() -> None:
    text = """Agenda and minutes
Venue: Council Chamber
Apologies for Absence
To receive apologies.
Minutes:
Apologies were received from Cllr Pike.
Harbour Dues
Report of the Harbour Master
Minutes:
The Harbour Master presented the report.
"""
    assert _items(text) == [(None, "Apologies for Absence"), (None, "Harbour Dues")]


def test_plain_headings_over_sentences_when_nothing_else_marks_items() -> None:
    text = """Larkhaven Parish Council
Minutes of the meeting held on 4 March 2024
Present
Cllr A Rowe (Chair), Cllr B Hale, Cllr C Pike
Village Hall Lighting
The Clerk reported that the new lights had been fitted and were working well.
Play Area Fencing
Councillor Hale confirmed that the fencing work was complete.
"""
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [
        (None, "Village Hall Lighting"),
        (None, "Play Area Fencing"),
    ]
    assert preamble[-1].text.startswith("Cllr A Rowe")


def test_a_single_plain_heading_is_not_enough() -> None:
    text = (
        "Larkhaven News\nVillage Hall Lighting\nThe Clerk reported that the lights were fitted.\n"
    )
    assert _items(text) == []


def test_cued_unnumbered_headings_outweigh_one_stray_numbered_line() -> None:
    text = """Apologies for Absence Minutes: Apologies from Cllr Rowe.
2 Councillors Joined Online
Harbour Dues Minutes: The Board noted the report.
"""
    assert _items(text) == [(None, "Apologies for Absence"), (None, "Harbour Dues")]


def test_an_item_with_many_numbered_points_does_not_break_the_sequence() -> None:
    points = "\n".join(f"{n} Grant to Larkhaven Club Number {n}" for n in range(1, 60))
    text = f"1. APOLOGIES\nNone.\n2. GRANTS\nThe grants awarded:\n{points}\n3. ANY OTHER BUSINESS\n"
    assert [n for n, _ in _items(text)] == ["1", "2", "3"]


def test_minute_reference_labels_and_parish_year_numbers() -> None:
    text = """Minutes of the Board of Ferrydale Harbour Trust
Minute reference: 25/101
Welcome and apologies
The Chair welcomed members.
Minute reference: 25/102
Harbour dues 2025/26
The Board APPROVED the dues.
"""
    assert _items(text) == [("25/101", "Welcome and apologies"), ("25/102", "Harbour dues 2025/26")]
    parish = """Ashcombe Parish Council
2027/014 To receive apologies for absence
None.
2027/015 Finance
RESOLVED:
1. To approve the payments.
2. To renew the insurance.
2026/27 precept to be set in January.
"""
    assert _items(parish) == [
        ("2027/014", "To receive apologies for absence"),
        ("2027/015", "Finance"),
    ]


def test_lettered_and_three_level_sub_items_with_application_titles() -> None:
    text = """5.
Planning Applications
5(a)
26/00811/FUL - Old Forge, Mill Lane, Ashcombe
The Planning Officer presented the application.
5(b)\tNP/26/0042/FUL - Erection of two affordable dwellings, land adjacent to the chapel,
Ashcombe
RESOLVED that the application be approved.
9.\tREPORTS OF OFFICERS
9.1\tCORPORATE SERVICES
9.1.1\tAdoption of the Annual Budget
9.1.2\tRates Modelling
"""
    got = _items(text)
    assert [n for n, _ in got] == ["5", "5(a)", "5(b)", "9", "9.1", "9.1.1", "9.1.2"]
    assert got[1][1] == "26/00811/FUL - Old Forge, Mill Lane, Ashcombe"


def test_decimals_that_number_paragraphs_are_no_sub_items() -> None:
    text = """1\tAPOLOGIES
1.1\tApologies were received from Councillor Rowe.
2\tBUDGET MONITORING
2.1\tThe Treasurer and Director of Finance presented the report and
\tadvised of an underspend.
2.2\tMembers asked about the pay award.
2.3\tUNANIMOUSLY RESOLVED that the position be noted.
3\tCouncillor Reports
Cr Hale reported on the library board.
"""
    assert _items(text) == [
        ("1", "APOLOGIES"),
        ("2", "BUDGET MONITORING"),
        ("3", "Councillor Reports"),
    ]


def test_titles_split_from_a_sentence_after_a_dash_but_not_from_their_own_words() -> None:
    text = """3. Matters arising
3.1 Bus shelter at the school - Secretary has written again to the Roads Dept.
3.2 Defibrillator training - 12 people attended in March. Thanks to the responders.
4. Budget monitoring - period 7
5. Development Trust - community hydro scheme
6. Cofnodion / Minutes - PENDERFYNWYD / RESOLVED that the minutes be accepted.
7. Date of next meeting
10 Mawrth / March 2027.
"""
    assert _items(text) == [
        ("3", "Matters arising"),
        ("3.1", "Bus shelter at the school"),
        ("3.2", "Defibrillator training"),
        ("4", "Budget monitoring - period 7"),
        ("5", "Development Trust - community hydro scheme"),
        ("6", "Cofnodion / Minutes"),
        ("7", "Date of next meeting"),
    ]


def test_long_sentence_case_title_set_apart_from_its_number() -> None:
    text = """2.\tDeclarations of interest
\tNone.
3.\tMinutes of the meeting of 7 December and matters arising from the estates survey
\tAgreed as an accurate record.
"""
    assert [n for n, _ in _items(text)] == ["2", "3"]


def test_prefixes_in_capitals() -> None:
    text = "ITEM 1: APOLOGIES\nNone.\nITEM 2: BUDGET\nNoted.\nMINUTE 3 - PLANNING\nNoted.\n"
    assert _items(text) == [("1", "APOLOGIES"), ("2", "BUDGET"), ("3", "PLANNING")]


def test_a_page_number_between_dotted_item_numbers_is_no_item() -> None:
    text = """1. APOLOGIES
None were received.
2. HOUSING STRATEGY
The Cabinet Member introduced the report and members discussed the
3
Housing Register
and the waiting list at length.
3. ANY OTHER BUSINESS
None.
"""
    assert _items(text) == [
        ("1", "APOLOGIES"),
        ("2", "HOUSING STRATEGY"),
        ("3", "ANY OTHER BUSINESS"),
    ]


def test_issue_page_listing_the_item_at_two_meetings() -> None:
    text = """Issue - meetings
Minutes of the previous meeting
Meeting: 19/04/2024 - Harbour Board (Item 56)
56 Minutes of the previous meeting held on 8th February, 2024 pdf icon PDF 61 KB
Resolved:- That the minutes be approved.
Meeting: 23/11/2023 - Harbour Board (Item 31)
31 Minutes of the previous meeting held on 21st September, 2023 pdf icon PDF 64 KB
Resolved:- That the minutes be approved.
"""
    preamble, blocks = _split(text)
    assert [b.number for b in blocks] == ["56", "31"]
    assert [[ln.text for ln in b.body] for b in blocks] == [
        ["Resolved:- That the minutes be approved."]
    ] * 2


def test_exclusion_of_the_press_and_public_heading_ends_the_item_before_it() -> None:
    text = """44. HOUSING PLAN
The Director presented the plan.
EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED that the press and public be excluded.
45. ACQUISITIONS
That the acquisition be approved.
"""
    blocks = _split(text)[1]
    assert [b.number for b in blocks] == ["44", "45"]
    assert [ln.text for ln in blocks[0].body] == ["The Director presented the plan."]


def test_plain_headings_include_apologies_and_announcements_but_not_list_labels() -> None:
    text = """Minutes of the Annual Meeting of Fenwick Parish Council
Members Present
Cllr A Rowe, Cllr B Hale and Cllr C Pike were present at the meeting.
Apologies for Absence
Apologies were received from Cllr Pike and Cllr Quill.
Chair's Announcements
The Chair thanked everyone for attending the summer fair.
"""
    assert _items(text) == [(None, "Apologies for Absence"), (None, "Chair's Announcements")]


def test_capital_headings_minutes_of_the_last_meeting_is_an_item() -> None:
    text = """MINUTES OF THE PLANNING COMMITTEE
MEMBERS PRESENT
Cllr A Rowe (Chair), Cllr B Hale
MINUTES OF THE LAST MEETING
The minutes were approved.
MEMBERS' QUESTIONS
There were none.
"""
    assert _items(text) == [(None, "MINUTES OF THE LAST MEETING"), (None, "MEMBERS' QUESTIONS")]


def test_numbered_officers_in_attendance_are_not_items() -> None:
    text = """Officers in attendance
1. Jane Smith – Head of Finance
2. Mark Jones, Democratic Services Officer
3. Ann Lee (Chief Executive)
1. APOLOGIES
None.
2. FERRY SERVICE - OPERATIONS MANAGER REPORT
Noted.
"""
    assert _items(text) == [("1", "APOLOGIES"), ("2", "FERRY SERVICE - OPERATIONS MANAGER REPORT")]


def test_rows_of_an_item_discussion_action_table_are_items() -> None:
    text = """Larkhaven Safety Partnership - Notes of meeting
| Item | Discussion | Action |
| Welcome | The Chair welcomed members. | |
| Youth diversion | Ms Ayr presented the evaluation. It was agreed that it be published. | AA |
| Funding | The Board AGREED that: 1) the underspend fund CCTV; 2) bids be pooled. | PD |

Action log
| Action | Owner | Date |
| Publish the evaluation | A. Ayr | 31/03/2027 |
"""
    preamble, blocks = _split(text)
    assert [(b.number, b.title) for b in blocks] == [
        (None, "Welcome"),
        (None, "Youth diversion"),
        (None, "Funding"),
    ]
    assert blocks[0].body[0].text == "The Chair welcomed members."


def test_long_numbered_sentences_are_no_headings() -> None:
    assert not heading_like(
        "Residents Association representatives raised concerns about the parking in Mill Lane",
        wide=True,
        strict=False,
    )
    assert heading_like(
        "Report on proposed changes to the parking and waiting restrictions in the town",
        wide=True,
        strict=False,
    )


def test_decision_page_title_with_an_item_number() -> None:
    text = """Item 3.1 - Revenue Budget 2027/28
Decision Maker: Cabinet
Decision:
RESOLVED that the budget be approved.
"""
    assert _items(text) == [("3.1", "Revenue Budget 2027/28")]
    assert _items(text.replace("Item 3.1 - ", "2027 ")) == [(None, "2027 Revenue Budget 2027/28")]


def test_decimal_sub_items_under_minute_numbers_with_a_year() -> None:
    text = """4/27  Finance
RESOLVED to set the precept.
5/27  Planning applications
5.1  FUL/2027/0031 - Two-storey extension, 4 Chapel Row
No objection.
5.2  FUL/2027/0044 - Change of use, Mill House
Members were concerned about parking.
6/27  Correspondence
"""
    assert [n for n, _ in _items(text)] == ["4/27", "5/27", "5.1", "5.2", "6/27"]


def test_a_page_header_item_number_over_the_next_item_is_no_heading() -> None:
    text = """Item 3  Community Fund Applications
The Partnership agreed:-
(a) to award £2,000 to the Gala.
Page 2
Item 3
Item 4  Police Update
Sergeant Ross gave an update.
"""
    assert _items(text) == [("3", "Community Fund Applications"), ("4", "Police Update")]


def test_a_body_name_in_capitals_is_the_header_not_an_unnumbered_item() -> None:
    text = """Ashcombe District Council
LICENSING COMMITTEE
HACKNEY CARRIAGE FARES
The Licensing Manager presented the report.
TAXI RANK REVIEW
The Licensing Manager presented the review.
"""
    assert _items(text) == [(None, "HACKNEY CARRIAGE FARES"), (None, "TAXI RANK REVIEW")]


def test_an_action_log_table_and_planning_references_are_no_items() -> None:
    log = """Larkhaven Partnership notes
| Item | Action | Owner |
| Budget | Circulate the figures | JB |
| Website | Update the page | AA |
"""
    assert _items(log) == []
    planning = """12/27 Apologies
None.
13/27 Planning applications
2027/0456 Land at Mill Lane, two dwellings
No objection.
2027/0461 4 Quay Street, extension
No objection.
14/27 Correspondence
"""
    assert [n for n, _ in _items(planning)] == ["12/27", "13/27", "14/27"]


def test_one_sentence_among_sub_items_does_not_make_them_paragraphs() -> None:
    text = """4\tPUBLIC FORUM
4.1\tLarkhaven Bowling Club
4.2\tMr Hale spoke about parking on Quay Street.
5\tREPORTS
5.1\tThe Assistant Chief Fire Officer took Members through the final plan
5.2\tMembers asked about the costs.
"""
    assert _items(text) == [
        ("4", "PUBLIC FORUM"),
        ("4.1", "Larkhaven Bowling Club"),
        ("5", "REPORTS"),
    ]

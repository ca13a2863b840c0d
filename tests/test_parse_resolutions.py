"""Resolved clauses per item on fictional minutes: headings, inline markers, labelled
clauses and sub-points, repeated decision blocks, narrative that is not a resolution."""

from __future__ import annotations

import pytest

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.clean import clean_lines
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line, TextDocument
from graphgov.ingest.resolutions import find_resolutions
from graphgov.model.minutes import Resolution
from graphgov.model.vocab import DocFormat


def _ctx(text: str) -> ParseContext:
    return ParseContext(
        TextDocument(path="t.txt", sha256="0" * 64, format=DocFormat.TEXT, text=text)
    )


def _resolutions(body: str, title: str = "Harbour Dues") -> tuple[ParseContext, list[Resolution]]:
    ctx = _ctx(f"5. {title}\n{body}")
    lines = clean_lines(ctx)
    block = ItemBlock(number="5", title=title, heading=lines[0], body=lines[1:])
    return ctx, find_resolutions(ctx, block)


def _count(body: str) -> int:
    return len(_resolutions(body)[1])


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("RESOLVED\n\n- 1. That the report be noted.\n- 2. That the dues be approved.\n", 2),
        (
            "RESOLVED \u2013 That the minutes be confirmed as a correct record.\n"
            "The Chair thanked all.",
            1,
        ),
        ("RESOLVED:\nThat the report be noted.\n", 1),
        ("RESOLVEDthat the report be noted.", 1),
        ("Resolved:- That the minutes be approved.", 1),
        ("It was RESOLVED that Cllr Rowe be elected Chair of the Council.", 1),
        ("UNANIMOUSLY RESOLVED that the grant be awarded.", 1),
        ("The Council RESOLVED to elect Councillor Hale as Vice Chair for the meeting.", 1),
        ("The Committee AGREED to appoint Councillor Hale as Chair.", 1),
        ("RESOLVED the Board note the decisions and actions.", 1),
        ("Decision\nThat Cllr Rowe be elected Chair for the year.", 1),
        ("DECISION\nAGREED to approve the Minute.\nThe Clerk read a letter.\nDECISION\nNOTED.", 2),
        (
            "The Committee: Resolved (by 7 votes to 0) to elect Cllr Rowe. "
            "Resolved by (5 votes to 0) to\nappoint Cllr Hale as Vice Chair.",
            2,
        ),
    ],
)
def test_markers_count_one_per_clause(body: str, want: int) -> None:
    assert _count(body) == want


def test_lettered_clauses_count_but_their_sub_points_do_not() -> None:
    body = """RESOLVED that the sub-committees be restructured as follows:-
(a) that the membership be three Members;
(i) one of whom chairs;
(ii) one of whom is a substitute;
(b) that the quorum be three;
(c) that meetings rotate as follows;
\u00a7 Sub-Committee A in the daytime;
\u00a7 Sub-Committee B in the evening.
"""
    _, found = _resolutions(body)
    assert [r.number for r in found] == ["a", "b", "c"]
    assert found[0].text == "that the membership be three Members;"


def test_clauses_repeated_under_decision_and_resolved_count_once() -> None:
    body = """Decision:
DECISION
1. To agree the update report;
2. To agree the improvement plan;
3. To note the timetable.
Action by:
CORPORATE DIRECTOR (A. QUILL)
Minutes:
The Leader introduced the report.
RESOLVED
1. To agree the update report;
2. To agree the impro"""
    assert _count(body) == 3


def test_letter_labelled_decision_repeated_in_minutes_counts_once() -> None:
    body = (
        "Decision:\nIt was resolved to:\nA    Note the contents of the report.\nMinutes:\n"
        "The Chief Executive introduced the report.\nIt was resolved to:\n"
        "A    Note the contents of the report."
    )
    assert _count(body) == 1


def test_decision_heading_over_narrative_is_not_a_resolution() -> None:
    body = "Decision: Apologies for absence were received on behalf of:\n\u00b7 Councillor Rowe"
    assert _count(body) == 0


@pytest.mark.parametrize(
    "body",
    [
        "The minutes of the previous meeting were APPROVED and signed as a correct record.",
        "Cllr Hale proposed Cllr Rowe; this was seconded and unanimously agreed.",
        "The Board asked:\n- That officers review the grants process.\n- That a report follow.",
        "Members discussed how the issue might be resolved to everyone's satisfaction.",
        "Unanimously agree and signed by the Chairman.",
    ],
)
def test_narrative_without_a_marker_is_not_a_resolution(body: str) -> None:
    assert _count(body) == 0


def test_numbered_clauses_closing_an_item_count_without_a_heading() -> None:
    body = """The Chair noted the progress made.
1. That the update report be noted
2. That the milestones be noted
3. That the actions be taken forward
"""
    assert _count(body) == 3


def test_closing_clauses_after_the_body_named_count() -> None:
    body = (
        "The Council \u2013\n1. Agreed that meetings continue online.\n2. Noted the progress.\n"
        "(Reference: Report by the Chief Executive)"
    )
    assert _count(body) == 2


def test_numbered_points_that_are_not_decisions_do_not_count() -> None:
    assert (
        _count("Members may declare:\n1 Details of any employment.\n2 Details of any contract.")
        == 0
    )


def test_it_was_agreed_counts_where_no_formal_resolution_is_recorded() -> None:
    assert _count("The Surgery hosts a defibrillator. It was also unanimously agreed to pay.") == 1
    assert _count("It was agreed that a copy be sent.\nRESOLVED:\nThat the charter be agreed.") == 1


def test_recommendation_agreed_on_a_decision_page() -> None:
    assert _count("Report author: A Quill\nRecommendation agreed.") == 1


def test_resolution_evidence_is_a_verbatim_quote_of_its_line() -> None:
    ctx, found = _resolutions("RESOLVED\n\u00a01.\u00a0That the dues be approved.\n")
    assert len(found) == 1
    assert found[0].evidence.line == 3
    assert found[0].evidence.quote == ctx.raw(3).strip()
    assert found[0].text == "That the dues be approved."


def test_empty_item_has_no_resolutions() -> None:
    ctx = _ctx("5. Any Other Business")
    block = ItemBlock(
        number="5", title="Any Other Business", heading=Line(1, "5. Any Other Business")
    )
    assert find_resolutions(ctx, block) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("RESOLVED: 1. To approve the minutes.\n2. To note the matters arising.", 2),
        ("RESOLVED – (1) that the report be noted; and (2) that the budget be approved.", 2),
        ("The Committee resolved that the application be refused.", 1),
        ("Decision: The Cabinet agreed to approve the budget.", 1),
        ("Proposed: Cllr Rowe; Seconded: Cllr Hale; Resolved: That the accounts be approved.", 1),
        ("Ms Quill agreed to circulate the letters to members.", 0),
    ],
)
def test_more_ways_of_recording_a_decision(body: str, want: int) -> None:
    assert _count(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("DECIDED: That the budget position be noted.", 1),
        ("Decided:\n(a) to increase charges by 5%;\n(b) to review in 12 months.", 2),
        ("The recommendations were AGREED.", 1),
        ("2. Agreed, subject to one correction to paragraph 4.", 1),
        ("RECOMMENDED to Council that the budget be approved.", 0),
    ],
)
def test_decided_agreed_and_recommended(body: str, want: int) -> None:
    assert _count(body) == want


def test_bulleted_clauses_under_a_heading_count_but_a_bulleted_list_of_names_does_not() -> None:
    assert (
        _count("RESOLVED:\n• That the strategy be approved.\n• That the Director be thanked.") == 2
    )
    assert _count("RESOLVED: That the following be appointed:\n• Cllr A Rowe\n• Cllr B Hale") == 1


def test_numbered_resolution_heading_with_mover_and_lettered_clauses() -> None:
    body = """RESOLUTION 2024/45
Moved: Member Ayr
Seconded: Member Smith
That the Community Board:
a) approves the road name Kauri Lane;
b) notes the consultation undertaken.
CARRIED"""
    _, found = _resolutions(body)
    assert [r.number for r in found] == ["a", "b"]


def test_single_clause_after_mover_and_seconder() -> None:
    body = (
        "COMMITTEE RESOLUTION 2024/46\nMoved: Member Ayr\nSeconded: Member Pike\n"
        "That the Board approve a grant of $2,000.\nCARRIED"
    )
    assert _count(body) == 1


def test_unlabelled_clauses_after_an_inline_intro() -> None:
    body = (
        "It was moved by Cllr Rowe, seconded by Cllr Hale and RESOLVED:\n"
        "That the budget be approved.\nThat the precept be set at £12,000."
    )
    assert _count(body) == 2


def test_clause_text_drops_its_marker() -> None:
    _, found = _resolutions(
        "RESOLVED \u2013 That the minutes be approved.\nRESOLVEDthat the fees rise."
    )
    assert [r.text for r in found] == ["That the minutes be approved.", "that the fees rise."]


def test_resolution_label_and_members_resolved() -> None:
    assert _count("Resolution: That the budget be approved.") == 1
    assert _count("Members resolved to note the report.") == 1


def test_proposed_and_seconded_then_resolved_counts_without_carried() -> None:
    body = (
        "5.1 It was\n"
        "Proposed by Councillor A Rowe Seconded by Councillor B Hale, and\n"
        "Resolved: that the Minutes of the Meeting held on 4 March be taken as read.\n"
        "5.2 It was\n"
        "Proposed by Councillor B Hale Seconded by Councillor A Rowe, and\n"
        "Resolved: that the Minutes of the Special Meeting be taken as read.\n"
    )
    assert _count(body) == 2


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a carried motion without a RESOLVED label counts; a lost one does not
        ("Moved Cr Ayr, Seconded Cr Pike\nThat the apology be received.\nCARRIED", 1),
        ("Moved Cr Ayr / Seconded Cr Pike\nThat the item be deferred.\nLOST", 0),
        ("Moved Cr Ayr, Seconded Cr Pike that the minutes of the meeting held on\n"
         "14 May be confirmed.\nCARRIED", 1),
        ("Moved Cr Ayr, Seconded Cr Pike that Council:\n1. Endorse the plan; and\n"
         "2. Receive a further report in July.\nCARRIED", 2),
        ("Moved by Councillor Hale, seconded by Councillor Rowe\n"
         "THAT the agenda be approved as circulated.\nCarried.", 1),
        # no outcome given: a motion, not a decision
        ("Moved by Councillor Hale\nThat the report be referred back.\nThe debate continued.", 0),
        # "Proposed by ... / Seconded by ... and / AGREED - that ...": the marker decides
        ("Proposed by Alderman Rowe\nSeconded by Councillor Hale and\n"
         "AGREED - that the minutes be confirmed.", 1),
    ],
)
def test_motions_moved_seconded_and_carried(body: str, want: int) -> None:
    assert _count(body) == want


def test_numbered_resolutions_with_and_that_clauses_and_a_defeated_motion() -> None:
    body = """Resolution 2027-041
Moved by Councillor Hale
Seconded by Deputy Mayor Rowe
THAT Council contribute $30,000 from the reserve to the Larkhaven Rowing Club.
Defeated.
Resolution 2027-042
Moved by Councillor Ayr
Seconded by Councillor Hale
THAT Council award the contract to Quayside Civil &
Marine Ltd. in the amount of $412,000;
AND THAT the Mayor and Clerk be authorized to sign the agreement.
Carried.
COUNCIL RESOLUTION 2027/090 - ABSOLUTE MAJORITY REQUIRED
MOVED: Cr Pike\t\tSECONDED: Cr Ayr
That Council:
1.\tAdopt the budget;
2.\tImpose the general rate.
CARRIED BY ABSOLUTE MAJORITY 6/0"""
    _, found = _resolutions(body)
    assert [r.text[:20] for r in found] == [
        "THAT Council award t",
        "AND THAT the Mayor a",
        "Adopt the budget;",
        "Impose the general r",
    ]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The Board APPROVED the estates strategy, subject to funding.", 1),
        ("The Committee NOTED the report.", 1),
        ("The minutes were APPROVED and signed.", 0),
        ("The Board received the report.", 0),
        ("The Board:\na) APPROVED the allocation of £1.2m;\nb) AGREED that a report follow.", 2),
        ("Decision: The Commissioner approved the Medium Term Financial Strategy.", 1),
        ("Decision: Trustees approved the budget planning assumptions.", 1),
        ("DECISIONS: The Cabinet Member\n(1) approved the criteria; and\n(2) delegated awards.", 2),
        ("Resolved: That the Panel\n(a) supports the precept; and\n(b) asks for an update.", 2),
        ("Decision:\nRESOLVED – That Cabinet:\n(a) recommends to Council that the scheme be "
         "adopted; and\n(b) delegates authority to the Director.", 2),
        ("AGREED - to recommend to Council that\n(i) the hours be extended; and\n(ii) a report "
         "follow.", 1),
        ("The CC agreed that £250 be given to the Gala committee.", 1),
        ("Agreed and signed by the Chair.", 0),
        ("Agreed as an accurate record. Matters arising: none.", 0),
        ("On the proposal of Cllr Rowe, seconded by Cllr Hale, it was\n"
         "resolved that the schedule be adopted.", 1),
        ("The budget was discussed. It was resolved to:\nA Adopt the budget of £38,750.\n"
         "B Request a precept of £36,000.\nC Hold £5,000 in reserve.", 3),
    ],
)
def test_decisions_recorded_by_bodies_and_intros(body: str, want: int) -> None:
    assert _count(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The Head of Housing introduced the report.\n1. That the results be noted.\n"
         "2. That the Head of Housing bring an action plan to\nthe June meeting.", 2),
        ("The Head of Housing gave an update.\nThat the acquisition be approved on the terms "
         "set out.\nThe meeting closed at 8.50 pm", 1),
        ("The Director presented the plan.\nTo recommend to the Executive that the plan be\n"
         "approved.", 1),
        ("To receive the report of the Director.", 0),
        ("Recommendation:\nThat the report be noted.", 0),
    ],
)
def test_closing_clauses_without_a_label(body: str, want: int) -> None:
    assert _count(body) == want


def test_inline_clauses_labelled_with_a_closing_bracket_only() -> None:
    _, found = _resolutions("The Board AGREED that: 1) the underspend fund CCTV; 2) bids pool.")
    assert [r.number for r in found] == ["1", "2"]
    assert _count("Notes of last meeting: Agreed as accurate.") == 0


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Moved Cr Ayr, Seconded Cr Pike\nThat the fees be adopted.\n"
         "The motion was put and carried.", 1),
        ("Moved Cr Ayr, Seconded Cr Pike\nThat the fees be adopted.\n"
         "On being put to the vote the motion was LOST.", 0),
        ("RESOLVED:\n(a) That the fees be adopted.\nAn amendment to defer was moved.\n"
         "The amendment was lost.", 1),
        ("Moved Cr Ayr, Seconded Cr Pike\nThat the fees be adopted.\nAmendment LOST\n"
         "CARRIED", 1),
    ],
)
def test_the_outcome_of_a_motion_and_of_an_amendment(body: str, want: int) -> None:
    assert _count(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("On the proposal of Cllr. Walsh, seconded by Cllr. Breen, the following resolution was "
         'adopted:\n"That the disposal of 0.2 ha at Tullaghmore be approved."', 1),
        ('On the proposal of Cllr. Walsh, it was resolved:\n"That the minutes be confirmed."', 1),
        ("Members noted that the resolution was passed by the County Council in 2019.", 0),
    ],
)
def test_irish_proposals_and_adopted_resolutions(body: str, want: int) -> None:
    _, found = _resolutions(body)
    assert len(found) == want
    assert all(r.text.startswith('"That') for r in found)


def test_a_closing_that_under_a_recommendation_to_council_is_not_resolved() -> None:
    body = "The Treasurer presented.\nRECOMMENDED to Council\nThat the budget be approved."
    assert _count(body) == 0


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("That Council adopt the budget.\nMoved Cr Ayr, Seconded Cr Pike\nCARRIED 7/0", 1),
        ("That Council:\n1. Adopt the fees; and\n2. Advertise the fees.\n"
         "Moved Cr Pike, Seconded Cr Ayr\nCARRIED", 2),
        ("That the restrictions be installed.\nMoved Cr Pike, Seconded Cr Ayr\nLOST", 0),
        ("That the report be received.\nThe Chair thanked the Librarian.\n"
         "Moved Cr Pike, Seconded Cr Ayr that the hours be extended.\nCARRIED", 1),
    ],
)
def test_a_motion_written_before_its_mover(body: str, want: int) -> None:
    assert _count(body) == want


def test_welsh_resolved_heading() -> None:
    body = "PENDERFYNWYD:\n1. derbyn yr adroddiad / to receive the report;\n2. to set the precept."
    assert _count(body) == 2

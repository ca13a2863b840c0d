"""Whose action an item is (ingest/actions.py), read from fictional minutes."""

from __future__ import annotations

import pytest

from graphgov.ingest.actions import find_actions, owners_from_text
from graphgov.ingest.blocks import ItemBlock
from graphgov.model.vocab import Capacity
from tests.itemkit import attendee, block, context, lines_of, roster, verbatim

KESTON = roster(
    attendee("Nadia Okafor", "Corporate Director, Resources"),
    attendee("Tom Beale", "Divisional Director, IT"),
    attendee("Hal Ives", "Clerk"),
    attendee("Dora Penn", None, chair=True, capacity=Capacity.MEMBER),
    attendee("Wyn Rhys", "Policy Officer"),
)


def owners(text: str, people=KESTON) -> list[tuple[str | None, str | None]]:
    ctx, item = block(text)
    found = find_actions(ctx, item, people)
    for action in found:
        assert verbatim(ctx, action.evidence.quote)
        assert action.owner.evidence == action.evidence
    return [(a.owner.name, a.owner.role) for a in found]


def test_action_by_on_the_next_line_resolves_initials_to_the_attendee() -> None:
    found = owners("""
        5. SPOTLIGHT - LEISURE GRANTS
        RESOLVED
        1. That the presentation be noted.
        Action by:
        N. Okafor, Corporate Director, Resources
        """)
    assert found == [("Nadia Okafor", "Corporate Director, Resources")]


def test_capitals_with_the_name_in_nested_brackets_and_several_owners() -> None:
    found = owners("""
        5. Improvement plan: third update
        Decision:
        1. To agree the update.
        Action by:
        ACTING CORPORATE DIRECTOR, LAW (P. QUARRIE)
        (Divisional Director, Strategy and Equality (S. Lomax)
        Minutes:
        The Mayor introduced the update.
        """, roster())
    assert found == [("P. Quarrie", "Acting Corporate Director, Law"),
                     ("S. Lomax", "Divisional Director, Strategy and Equality")]


def test_inline_label_with_the_rest_of_a_table_row() -> None:
    # a flattened table puts the whole item on its heading line
    ctx = context(
        "APOLOGIES FOR ABSENCE To receive any apologies. Action by: ASSISTANT CHIEF EXECUTIVE "
        "(R. VOSS) (Committee Services Manager (T. Ardley) Minutes: Apologies were received.\n"
    )
    heading = lines_of(ctx)[0]
    item = ItemBlock(number=None, title="APOLOGIES FOR ABSENCE", heading=heading, body=[])
    found = find_actions(ctx, item, roster(attendee("Tara Ardley", "Committee Services Manager")))
    assert [a.owner.name for a in found] == ["R. Voss", "Tara Ardley"]


def test_owner_given_as_a_post_only() -> None:
    assert owners("""
        7. ICT STRATEGY
        Action by: Divisional Director, Information Technology
        """) == [("Tom Beale", "Divisional Director, Information Technology")]


def test_action_point_table_rows() -> None:
    found = owners("""
        3. Performance report
        Neil Brand to ensure that all summaries include staffing / Neil Brand
        Board Secretary to arrange a session on workforce planning / Ama Fenn
        """, roster())
    assert [n for n, _ in found] == ["Neil Brand", "Ama Fenn"]


def test_a_resolution_requesting_an_officer_to_act() -> None:
    assert owners("""
        9. DOG FOULING
        RESOLVED that the Committee requests the Policy Officer to investigate further signage.
        """) == [("Wyn Rhys", "Policy Officer")]
    assert owners("""
        9. DOG FOULING
        RESOLVED that the Committee requests the Parks Development Officer to investigate bins.
        """) == [(None, "Parks Development Officer")]


def test_note_style_and_commitments() -> None:
    found = owners("""
        6. Matters arising from the minutes
        6.1 New benches - the Clerk will purchase the benches before the end of May.
        6.5 Burial fees - need to tidy up category pricing - Chair & Clerk to arrange.
        """)
    assert found == [("Hal Ives", "Clerk"), ("Dora Penn", "Chair")]
    named = owners("""
        Matters arising
        Rhona Kerr reported there had been no decision on representation.
        Rhona to speak to Ian Wolde to arrange the key contacts list.
        Kit Lamb will write to the Department for Education about the expansion funding.
        Ola Dunne to provide Kit with a paragraph for the letter.
        The Head of Internal Audit agreed to provide a forward plan to each meeting.
        """, roster())
    assert named == [("Rhona Kerr", None), ("Kit Lamb", None), ("Ola Dunne", None),
                     (None, "Head of Internal Audit")]


@pytest.mark.parametrize("text", [
    """
    3. Apologies
    The Chairman to report apologies for absence.
    The Metro Mayor to welcome everybody to the meeting.
    """,
    """
    2. Election of Vice-Chairman
    Lynn Ashby agreed to be Vice-Chairman for the coming year.
    Marta Cole agreed to continue as Chairman.
    """,
    """
    4. Minutes
    To approve as a correct record and authorise the Chairman to sign the minutes.
    """,
    """
    5. Grants sub-committee
    The Grants Sub-Committee AGREED to appoint Councillor Ann Lowe as Chair.
    Members' code of conduct – to establish a framework for training.
    Mr Ned Orr, Director of the Harbour Gallery, who had registered to speak, addressed Cabinet.
    Officers to report back in March.
    He would write to the minister.
    """,
])
def test_not_actions(text: str) -> None:
    assert owners(text) == []


def test_owners_from_text_splits_a_list() -> None:
    found = owners_from_text("Z. Amis, Head of Finance; Clerk", KESTON)
    assert [(w.name, w.role) for w in found] == [
        ("Z. Amis", "Head of Finance"), ("Hal Ives", "Clerk")]


def test_owners_written_as_initials_resolve_to_the_attendee() -> None:
    people = roster(attendee("John Bligh", "Head of Finance"), attendee("Mary Soto", "Clerk"))
    assert owners("""
        5. Budget
        ACTION: JB/MS
        """, people) == [("John Bligh", "Head of Finance"), ("Mary Soto", "Clerk")]


def test_table_row_with_a_deadline_after_the_owner() -> None:
    assert owners("""
        5. Fees
        Review the fees schedule | Clerk | March 2026
        """) == [("Hal Ives", "Clerk")]


def test_it_was_agreed_that_someone_would_act() -> None:
    assert owners("""
        5. Speeding on Mill Lane
        It was agreed that the Clerk would write to the county council.
        """) == [("Hal Ives", "Clerk")]


def test_a_post_with_and_stays_one_owner() -> None:
    assert owners("""
        7. Customer portal
        Action by:
        A. Lusk, Head of ICT and Digital Services
        """, roster()) == [("A. Lusk", "Head of ICT and Digital Services")]


def test_a_change_of_post_is_not_an_action() -> None:
    assert owners("""
        6. Any other business
        The Chair thanked Ann Pole, who would leave in May. Ben Ash would take up the post of
        Director of Finance on 1 June.
        """, roster()) == []


def test_a_resolution_that_someone_be_requested_to_act() -> None:
    assert owners("""
        5. Planning enforcement
        RESOLVED - That the Head of Planning be requested to report back to the next meeting.
        """, roster(attendee("Kay Lowe", "Head of Planning"))) == [("Kay Lowe", "Head of Planning")]


def test_initials_in_notes_and_tables_and_actions_that_sound_like_conduct() -> None:
    people = roster(attendee("Tim Ward"), attendee("Sue Chen"), attendee("Hal Ives", "Clerk"))
    assert owners("""
        2. Finance report
        Action | Owner | Due
        Circulate the revised reserves policy | SC | Next meeting
        ACTION: TW to confirm dates with the contractor.
        Clerk to respond to the planning authority by 20 March.
        """, people) == [("Sue Chen", None), ("Tim Ward", None), ("Hal Ives", "Clerk")]


def test_initials_take_the_fullest_form_the_document_gives() -> None:
    ctx = context("""
        Contact: Tara Ardley, Democratic Services
        4. Minutes
        Action by: (T. Ardley)
        """)
    lines = lines_of(ctx)
    item = ItemBlock(number="4", title="Minutes", heading=lines[1], body=lines[2:])
    assert [a.owner.name for a in find_actions(ctx, item, roster())] == ["Tara Ardley"]


@pytest.mark.parametrize(("text", "want"), [
    ("Councillor Reid proposed and the Chair seconded that the Clerk write to the MP.",
     [("Hal Ives", "Clerk")]),
    ("It was resolved that the Head of Planning review the conditions.",
     [(None, "Head of Planning")]),
    ("Members noted that the Clerk order was placed.", []),
    ("The Head of Planning explained that the applicant would need to submit details.", []),
    ("Councillor Reid said that he would support the motion.", []),
    ("The Leader would be attending the conference.", []),
    ("The Clerk had written to the highways authority.", []),
    ("Members agreed to defer the item.", []),
    ("The Applicant will submit revised plans.", []),
])
def test_tasks_after_that_and_sentences_that_are_not_tasks(
        text: str, want: list[tuple[str | None, str | None]]) -> None:
    assert owners(f"5. Item\n{text}\n") == want


@pytest.mark.parametrize(("text", "want"), [
    ("RESOLVED that the Policy Officer be authorised to make minor drafting changes.", []),
    ("RESOLVED to delegate authority to the Clerk to agree the final wording.", []),
    ("The Panel requested that the Policy Officer report on cycle lanes in June.",
     [("Wyn Rhys", "Policy Officer")]),
    ("Moved Cllr Penn / Seconded Cllr Rhys\tClerk", []),
    ("Staff:\tMr Hal Ives\tClerk", []),
    ("24/11\tChief Executive's Report", []),
    ("| 7 | Order two new benches | HI | Jun-26 | Open |", [("Hal Ives", "Clerk")]),
])
def test_powers_rows_and_requests_that(text: str, want: list) -> None:
    assert owners(f"5. Item\n{text}\n") == want


def test_a_bilingual_post_and_a_post_named_elsewhere_in_the_document() -> None:
    people = roster(attendee("Eira Pugh", "Clerc y Dref / Town Clerk"))
    assert owners("5. Item\nGweithred / Action: Clerc / Clerk to order the signs.\n",
                  people) == [("Eira Pugh", "Clerc / Clerk")]
    # nobody listed holds the post, but the text names its holder once
    found = owners("""
        5. Allotments
        Mr Ivo Lamb, Allotments Officer, attended for this item.
        Action: Allotments Officer to renew the water contract.
        """, roster())
    assert found == [("Ivo Lamb", "Allotments Officer")]


@pytest.mark.parametrize(("text", "want"), [
    ("Action: Wyn Rhys - launch the consultation by 1 July", [("Wyn Rhys", "Policy Officer")]),
    ("ACTION: WR - revise and circulate by 1 March.", [("Wyn Rhys", "Policy Officer")]),
    ("Action: Clerk to present the draft budget in June.", [("Hal Ives", "Clerk")]),
    ("Gweithred/Action: Clerk.", [("Hal Ives", "Clerk")]),
    ("3. That the Policy Officer write to the bus operator.", [("Wyn Rhys", "Policy Officer")]),
    ("DECISION: The Board agreed that the Clerk proceed to tender for the works.",
     [("Hal Ives", "Clerk")]),
])
def test_labelled_tasks_and_bare_verbs_after_that(text: str, want: list) -> None:
    assert owners(f"5. Item\n{text}\n") == want


def test_an_action_table_after_a_label_skips_its_header_row() -> None:
    found = owners("""
        5. Staffing
        Actions:
        | No. | Action | Lead | Due |
        | 1 | Review agency spend | WR | March 2026 |
        """)
    assert found == [("Wyn Rhys", "Policy Officer")]


def test_a_dash_inside_a_post_does_not_split_the_request() -> None:
    people = roster(attendee("Sam Green", "Executive Director – Place"))
    found = owners("5. Item\nRESOLVED that the strategy be adopted and that the Executive "
                   "Director – Place be requested to report progress annually.\n", people)
    assert found == [("Sam Green", "Executive Director – Place")]


@pytest.mark.parametrize(("text", "want"), [
    ("Responsibility: Wyn Rhys", [("Wyn Rhys", "Policy Officer")]),
    ("Responsible: Clerk", [("Hal Ives", "Clerk")]),
    ("The Clerk was responsible for the hall.", []),
])
def test_responsibility_labels(text: str, want: list) -> None:
    assert owners(f"5. Item\n{text}\n") == want


def test_invited_to_speak_in_the_meeting_is_no_task() -> None:
    assert owners("5. Item\nThe Chair invited the Policy Officer to address the meeting.\n") == []
    assert owners("5. Item\nThe Panel invited the Policy Officer to bring a report in May.\n") == [
        ("Wyn Rhys", "Policy Officer")]


def test_requested_that_a_post_with_its_area_report() -> None:
    people = roster(attendee("Lin Garvey", "Assistant Director, Neighbourhoods"))
    assert owners("5. Item\n(3) requested that the Assistant Director, Neighbourhoods report on "
                  "tree cover annually.\n", people) == [
        ("Lin Garvey", "Assistant Director, Neighbourhoods")]


def test_a_post_whose_area_holds_and_stays_one_owner() -> None:
    people = roster(attendee("Ngozi Eke", "Head of Children in Care and Care Leavers"),
                    attendee("Bo Hart", "Clerk"))
    assert owners("5. Item\n(ii) that the Head of Children in Care and Care Leavers report back "
                  "on the guide.\n", people) == [
        ("Ngozi Eke", "Head of Children in Care and Care Leavers")]
    assert [n for n, _ in owners("5. Item\nAction: Head of Children in Care and Bo Hart\n",
                                 people)] == ["Ngozi Eke", "Bo Hart"]

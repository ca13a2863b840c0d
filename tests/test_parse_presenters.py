"""Who presented an item (ingest/presenters.py), read from fictional minutes."""

from __future__ import annotations

import pytest

from graphgov.ingest.presenters import find_presenters
from graphgov.model.vocab import Capacity
from tests.itemkit import attendee, block, roster, verbatim

BRAMBLE = roster(
    attendee("Nadia Okafor", "Corporate Director, Resources"),
    attendee("Tom Beale", "Divisional Director, IT"),
    attendee("Rosa Flint", "Cabinet Member for Education and Children's Services",
             capacity=Capacity.MEMBER, honorific="Councillor"),
    attendee("Ivo Grant", "Executive Mayor", chair=True, honorific="Mayor",
             capacity=Capacity.MEMBER),
    attendee("Lena Marsh", "Chief Executive"),
    attendee("Oscar Pym", "Director of Children's Services"),
    attendee("Gwen Tully", None, capacity=Capacity.MEMBER, honorific="Councillor"),
)


def names(text: str, people=BRAMBLE) -> list[tuple[str | None, str | None]]:
    ctx, item = block(text)
    found = find_presenters(ctx, item, people)
    for ref in found:
        assert verbatim(ctx, ref.evidence.quote)
    return [(p.name, p.role) for p in found]


@pytest.mark.parametrize(("text", "who"), [
    ("""
     6. PARKS INVESTMENT
     The Corporate Director, Resources presented the report on the parks capital budget.
     """, "Nadia Okafor"),
    ("""
     7. NETWORK REFRESH
     The Divisional Director, Information Technology presented an update on the network.
     """, "Tom Beale"),
    ("""
     8. SCHOOL PLACES
     The Cabinet Member for Education and Children's Services introduced the report.
     """, "Rosa Flint"),
    ("""
     9. CIVIC CENTRE
     The Mayor introduced the latest update on the civic centre.
     """, "Ivo Grant"),
    ("""
     10. COUNCIL PLAN
     The Chief Executive introduced the report and highlighted key points to members.
     """, "Lena Marsh"),
    ("""
     11. FOSTERING
     The DCS gave a presentation on recruiting foster carers.
     """, "Oscar Pym"),
    ("""
     12. SPRING FAIR
     the chief executive outlined the report on the spring fair.
     """, "Lena Marsh"),
    ("""
     13. TOWN TWINNING
     Councillor Tully took members through the report on twinning links.
     """, "Gwen Tully"),
    ("""
     14. CHAIR'S UPDATE
     The Chair updated Board members on recent civic events.
     """, "Ivo Grant"),
])
def test_a_post_or_name_resolves_to_the_attendee(text: str, who: str) -> None:
    assert [n for n, _ in names(text)] == [who]


def test_named_presenter_with_post_keeps_the_post() -> None:
    found = names("""
        4. LIBRARY REVIEW
        Petra Lund, the Director of Communities, introduced the report and asked members to
        comment on the opening hours.
        """)
    assert found == [("Petra Lund", "Director of Communities")]


def test_post_then_name_in_commas() -> None:
    found = names("""
        4. SCRUTINY REPORT
        Minutes: The Statutory Scrutiny Officer, Karl Hebden, introduced the annual report.
        """, roster())
    assert found == [("Karl Hebden", "Statutory Scrutiny Officer")]


def test_a_post_nobody_listed_holds_keeps_the_post_without_a_name() -> None:
    found = names("""
        39. Free parking for the winter market
        The Committee considered a report presented by the Senior Property Strategy & Projects
        Officer, seeking approval for free parking.
        """)
    assert found == [(None, "Senior Property Strategy & Projects Officer")]
    heard = names("""
        4. Improvement plan update
        The Board heard from the Acting Service Manager, Strategy, Policy & Performance that:
        - most milestones were on target.
        """)
    assert heard == [(None, "Acting Service Manager, Strategy, Policy & Performance")]


def test_bracketed_post_under_the_heading() -> None:
    assert names("""
        15. MEMBER CODE OF CONDUCT
        (Democratic Services Manager)
        Members considered the revised code.
        """) == [(None, "Democratic Services Manager")]
    # a portfolio label with a councillor's name says who is responsible, not who presented
    assert names("""
        16. GALLERY LEASE
        (Cabinet Member with Special Responsibility Councillor Tully)
        Cabinet received a report from the Head of Culture.
        """) == []


def test_someone_introduced_who_presents() -> None:
    assert names("""
        5. AUDIT CHARTER
        The Audit Manager introduced the Principal Auditor who would be presenting the report.
        """, roster()) == [(None, "Principal Auditor")]


def test_a_presentation_by_several_people() -> None:
    found = names("""
        4. WORKPLAN WORKSHOP
        To receive a presentation by Ada Quist, Westbay Borough Council, Milo Stenning,
        Coastal Care Network and Hel
        """, roster())
    assert [n for n, _ in found] == ["Ada Quist", "Milo Stenning"]


def test_label_in_the_title() -> None:
    assert names("""
        Introduction to Harbourside Partners (Update by Joel Amory)
        Harbourside Partners were established in 2001.
        """, roster()) == [("Joel Amory", None)]


def test_bullets_under_a_speaker_line() -> None:
    found = names("""
        2. Public forum
        Mere Tipene representing the Riverside Residents Trust
        - thanked the board for its support.
        - Updated the Community Board on the summer festival.
        """, roster())
    assert found == [("Mere Tipene", None)]


@pytest.mark.parametrize("text", [
    """
    5. BUDGET
    The Corporate Director, Resources advised that the figures were provisional.
    Councillor Tully moved and the Mayor seconded the recommendations.
    The Chief Executive welcomed everyone and announced the fire drill.
    """,
    """
    5. PARKING REVIEW
    Report of the Head of Highways.
    The Committee considered the report.
    """,
    """
    5. ELECTION OF VICE-CHAIR
    Councillor Tully reported that she did not wish to stand again.
    """,
    """
    5. MATTERS ARISING
    Gwen Tully reported there had been no reply from the county council.
    """,
    """
    5. MEMBERSHIP
    Officers presented the options.
    The report of the Director of Finance outlined the savings.
    """,
])
def test_not_presenters(text: str) -> None:
    assert names(text) == []


def test_the_chairman_reporting_business_presents_it() -> None:
    assert names("""
        251. Urgent Business
        The Chairman reported that there were two items of urgent business.
        """) == [("Ivo Grant", "Chairman")]


def test_second_presenter_joined_by_and() -> None:
    found = names("""
        27. Draft budget
        Councillor Tully introduced the draft budget, and the Corporate Director, Resources took
        members through the savings proposals.
        """)
    assert [n for n, _ in found] == ["Gwen Tully", "Nadia Okafor"]


def test_each_presenter_once() -> None:
    found = names("""
        8. HOUSING STRATEGY
        The Chief Executive presented the report.
        The Chief Executive then gave an overview of the consultation.
        """)
    assert found == [("Lena Marsh", "Chief Executive")]


@pytest.mark.parametrize(("text", "who"), [
    ("""
     5. Budget monitoring
     The Committee considered a report of the Director of Finance, presented by the Finance
     Manager.
     """, (None, "Finance Manager")),
    ("""
     5. Legal update
     Sarah Vine (Head of Legal) presented the report.
     """, ("Sarah Vine", "Head of Legal")),
    ("""
     5. Housing allocations
     The Cabinet Member for Housing (Councillor Ann Rowe) introduced the report.
     """, ("Ann Rowe", "Cabinet Member for Housing")),
    ("""
     5. Treasury management
     Members were taken through the report by the Finance Manager.
     """, (None, "Finance Manager")),
    ("""
     5. Local plan
     Presented by: Head of Planning Policy
     """, (None, "Head of Planning Policy")),
])
def test_passives_labels_and_bracketed_posts(text: str, who: tuple[str | None, str]) -> None:
    assert names(text, roster()) == [who]


def test_two_presenters_in_one_subject() -> None:
    found = names("""
        4. Care fund plan
        Petra Lund, Director of Adult Care, and the Corporate Director, Resources presented the
        plan.
        """)
    assert found == [("Petra Lund", "Director of Adult Care"),
                     ("Nadia Okafor", "Corporate Director, Resources")]


def test_an_acronym_in_brackets_is_not_part_of_the_post() -> None:
    found = names("""
        6. Scrutiny recommendations
        Councillor Gwen Tully, Chair of the Overview and Scrutiny Committee (OSC), presented the
        recommendations.
        """)
    assert found == [("Gwen Tully", "Chair of the Overview and Scrutiny Committee")]


def test_a_provost_presents_as_a_mayor_does() -> None:
    assert names("""
        5. Civic events
        The Provost introduced the item.
        """, roster(attendee("Ian Moir", "Provost", chair=True))) == [("Ian Moir", "Provost")]


@pytest.mark.parametrize(("text", "who"), [
    ("The Strategic Director – Place presented the report.",
     ("Jo Park", "Strategic Director – Place")),
    ("The S151 Officer presented the budget report.", ("Li Wu", "S151 Officer")),
    ("Members received a presentation from Inspector Dave Cole of Anyshire Police.",
     ("Dave Cole", "Inspector")),
    ("In introducing the report, the Head of Planning explained the changes.",
     ("Kay Lowe", "Head of Planning")),
    ("The Chairman invited the Head of Planning to present the report.",
     ("Kay Lowe", "Head of Planning")),
    ("An update was provided by the Leader.", ("Tom Reid", "Leader")),
])
def test_more_ways_of_bringing_an_item(text: str, who: tuple[str | None, str]) -> None:
    people = roster(attendee("Kay Lowe", "Head of Planning"),
                    attendee("Tom Reid", "Leader of the Council", honorific="Councillor"),
                    attendee("Jo Park", "Strategic Director of Place"),
                    attendee("Li Wu", "Section 151 Officer"))
    assert names(f"5. Item\n{text}\n", people) == [who]


def test_bracketed_post_after_the_title() -> None:
    assert names("""
        15. Member code of conduct (Democratic Services Manager)
        Members considered the revised code.
        """, roster()) == [(None, "Democratic Services Manager")]
    assert names("""
        16. Treasury management (Report of the Head of Finance)
        Members considered the report.
        """, roster()) == []


@pytest.mark.parametrize("text", [
    "At 7.15pm the Head of Planning presented the report.",
    "In the absence of the Chair the Head of Planning presented the report.",
    "Following a short break the Head of Planning introduced the item.",
])
def test_a_phrase_before_the_subject_is_not_part_of_it(text: str) -> None:
    people = roster(attendee("Kay Lowe", "Head of Planning"))
    assert names(f"5. Item\n{text}\n", people) == [("Kay Lowe", "Head of Planning")]


@pytest.mark.parametrize("text", [
    "Councillor Tully reported that the footpath had been repaired.",
    "The Chair introduced herself and welcomed everyone.",
    "The Head of Planning introduced Mr Ben Hill, the new Planning Manager.",
    "A petition was presented to the Council by residents of Mill Lane.",
    "The minutes of the meeting held on 3 May were presented and signed.",
    "The Committee was presented with three options.",
    "The Head of Planning's report updated members on the appeal.",
    "It was reported that the bus shelter had been damaged.",
])
def test_more_sentences_that_do_not_present(text: str) -> None:
    assert names(f"5. Item\n{text}\n") == []


def test_notes_written_with_initials() -> None:
    people = roster(attendee("Matt Harrow-Wynne"), attendee("Gina Farley", "Programme Director"))
    assert names("""
        Note 02/20 Partnership update
        GF presented the programme. MHW welcomed the update.
        """, people) == [("Gina Farley", "Programme Director")]


NOTES = roster(
    attendee("Shona Keir", "Head of Patient Safety"),
    attendee("Pavel Grant", "Chief Operating Officer"),
    attendee("Ruth Ames", "Police and Crime Commissioner"),
    attendee("Dina Fox", "Treasurer"),
)


@pytest.mark.parametrize(("text", "who"), [
    ("SK presented the quarterly incident report.", "Shona Keir"),
    ("PG reported fill rates of 88% on day shifts.", "Pavel Grant"),
    ("The PCC presented her proposal for the precept.", "Ruth Ames"),
    ("The Treasurer reported a balance of £3,120 in the current account.", "Dina Fox"),
    ("The Treasurer outlined the proposed grant criteria for 2026.", "Dina Fox"),
    ("PG outlined the General Staffing Allocation for the wards.", "Pavel Grant"),
])
def test_initials_acronyms_and_more_verbs(text: str, who: str) -> None:
    assert [n for n, _ in names(f"5. Item\n{text}\n", NOTES)] == [who]


@pytest.mark.parametrize("text", [
    "The Treasurer outlined her concerns about the rising cost of insurance.",
    "PG outlined the views of staff side representatives.",
    "XY presented the report.",
])
def test_views_and_unknown_initials_are_not_presenters(text: str) -> None:
    assert names(f"5. Item\n{text}\n", NOTES) == []


RANKS = roster(
    attendee("Cole Liddell", "Temporary Assistant Chief Constable", capacity=Capacity.OTHER),
    attendee("Ruth Ames", "Police and Crime Commissioner"),
)


@pytest.mark.parametrize(("text", "who"), [
    ("Temporary Assistant Chief Constable Liddell reported on the quarter's figures.",
     "Cole Liddell"),
    ("Head Librarian Amy Roe gave a presentation on visitor numbers.", "Amy Roe"),
    ("The Commissioner presented her proposal for the precept.", "Ruth Ames"),
])
def test_posts_as_titles_before_names_and_a_one_word_post(text: str, who: str) -> None:
    assert [n for n, _ in names(f"5. Item\n{text}\n", RANKS)] == [who]


def test_a_post_nobody_listed_holds_takes_the_name_the_text_gives_it() -> None:
    found = names("""
        5. Tenant Satisfaction
        The Head of Housing Services, Nia Vale, introduced the survey results.
        6. Repairs
        """)
    assert found == [("Nia Vale", "Head of Housing Services")]
    # two people named with the post: nobody in particular
    found = names("""
        5. Harbour
        Harbour Master - Ian Roe (until May); Harbour Master - Tom Gill (from June).
        The Harbour Master gave an update on dredging.
        """, roster())
    assert found == [(None, "Harbour Master")]


@pytest.mark.parametrize(("text", "who"), [
    ("Paper presented by: Dr Ruth Ames", ("Ruth Ames", "Police and Crime Commissioner")),
    ("Lead: Police and Crime Commissioner", ("Ruth Ames", "Police and Crime Commissioner")),
    ("The Head of Road Safety introduced the report.", (None, "Head of Road Safety")),
])
def test_labels_and_a_post_ending_in_its_area(text: str, who: tuple) -> None:
    assert names(f"5. Item\n{text}\n", RANKS) == [who]


def test_the_post_a_title_ends_in_wins_over_one_inside_an_organisation() -> None:
    people = roster(attendee("Ruth Ames", "Police and Crime Commissioner"),
                    attendee("Ian Tarr", "Chief Executive, Office of the Police and Crime "
                                         "Commissioner"))
    assert names("5. Precept\nThe Commissioner presented the precept.\n", people) == [
        ("Ruth Ames", "Commissioner")]


def test_initials_defined_beside_a_name_outside_the_attendance_list() -> None:
    from graphgov.resolve.roster import Roster
    text = ("Chief Inspector Ola Vance (OV)   Anyshire Police\n"
            "5. Policing\nOV presented the figures.\n")
    people = Roster([], text)
    ctx, item = block(text.split("\n", 1)[1])
    assert [(p.name, p.role) for p in find_presenters(ctx, item, people)] == [
        ("Ola Vance", "Chief Inspector")]


def test_a_label_line_names_its_presenters_on_that_line() -> None:
    found = names("""
        5. Surgery merger
        Paper presented by: Ruth Ames, Police and Crime Commissioner
        RA outlined the merger of Mill Lane Surgery and Dale Medical Practice to form one list
        """, RANKS)
    assert found == [("Ruth Ames", "Police and Crime Commissioner")]


def test_a_post_and_its_holder_wrapped_over_lines_elsewhere_in_the_document() -> None:
    found = names("""
        5. Complaints
        Also present: Deputy Monitoring
        Officer (Ola Pike) and Clerk (Sam Rowe).
        The Deputy Monitoring Officer presented the quarterly update.
        """, roster())
    assert found == [("Ola Pike", "Deputy Monitoring Officer")]


@pytest.mark.parametrize(("text", "who"), [
    ("The Treasurer took Trustees through the draft accounts.", "Dina Fox"),
    ("The Treasurer talked through the report on reserves.", "Dina Fox"),
    ("PG walked governors through the staffing plan.", "Pavel Grant"),
])
def test_more_ways_of_taking_members_through(text: str, who: str) -> None:
    assert [n for n, _ in names(f"5. Item\n{text}\n", NOTES)] == [who]


@pytest.mark.parametrize(("text", "who"), [
    ("Presentation by Shona Keir, Head of Patient Safety", "Shona Keir"),
    ("Members were given a presentation by the Treasurer on reserves.", "Dina Fox"),
    ("Verbal update from Dina Fox", "Dina Fox"),
])
def test_presentations_given_to_members(text: str, who: str) -> None:
    assert [n for n, _ in names(f"5. Item\n{text}\n", NOTES)] == [who]


def test_a_report_by_someone_names_its_author() -> None:
    assert names("5. Item\nReport by the Treasurer\n", NOTES) == []


def test_a_post_inside_a_longer_one_names_nobody() -> None:
    found = names("""
        5. Hall
        Present: Vice-Chair, Ola Pike; Treasurer, Sam Rowe.
        The Chair presented the hall accounts.
        """, roster())
    assert found == [(None, "Chair")]


def test_a_hyphenated_post() -> None:
    people = roster(attendee("Leo Fisk", "Vice-Chair", capacity=Capacity.MEMBER))
    assert names("5. Allotments\nThe Vice-Chair outlined the proposals for a water supply.\n",
                 people) == [("Leo Fisk", "Vice-Chair")]


def test_a_lettered_entry_is_not_the_previous_line_wrapped() -> None:
    people = roster(attendee("Dee Frost", None, capacity=Capacity.MEMBER, honorific="Cllr"),
                    attendee("Ken Watt", None, capacity=Capacity.MEMBER))
    found = names("""
        5. Highways and footpaths
        b) Footpath 14 stile - Cllr Watt to obtain a quote for a kissing gate. Action: KW
        c) Cllr Frost reported on the speed watch session held on 2 March this year.
        """, people)
    assert found == [("Dee Frost", None)]

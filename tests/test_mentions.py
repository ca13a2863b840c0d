"""Bodies named in the text (ingest/mentions.py), read from fictional minutes."""

from __future__ import annotations

from graphgov.ingest.mentions import find_mentions
from graphgov.model.minutes import Mention
from tests.itemkit import context, lines_of, verbatim


def mentions(text: str, own_body: str | None = None) -> list[Mention]:
    ctx = context(text)
    found = find_mentions(ctx, lines_of(ctx), own_body=own_body)
    for m in found:
        assert verbatim(ctx, m.evidence.quote)
    return found


def table(text: str, own_body: str | None = None) -> dict[str, tuple[str | None, str]]:
    return {m.name: (m.acronym, m.kind) for m in mentions(text, own_body)}


def test_acronyms_the_text_defines() -> None:
    found = table("""
        The Overview and Scrutiny Committee (OSC) had considered recruitment.
        The Allotments Review Sub-Committee (ARSC) had broadened its scope.
        Officers from the East of England Parks Association (EEPA) attended.
        A Young People Improvement Board (YPIB) would be set up.
        """)
    assert found["Overview and Scrutiny Committee"] == ("OSC", "committee")
    assert found["Allotments Review Sub-Committee"] == ("ARSC", "sub-committee")
    assert found["East of England Parks Association"] == ("EEPA", "organisation")
    assert found["Young People Improvement Board"] == ("YPIB", "board")


def test_an_acronym_trims_a_name_that_ran_too_far() -> None:
    found = table("Noted that the Council's Harbour Continuity Committee (HCC) was stood down.")
    assert found == {"Harbour Continuity Committee": ("HCC", "committee")}


def test_brackets_that_are_not_the_name_s_initials_are_not_an_acronym() -> None:
    found = table("The Licensing Committee (see minute 12) agreed the fees.")
    assert found == {"Licensing Committee": (None, "committee")}


def test_named_organisations_and_leading_heads() -> None:
    names = set(table("""
        There had been a visit from the Department for Education.
        The Council was working with the Centre for Public Scrutiny on training.
        The Chairman attended the Campaign to Protect Rural Wessex's awards.
        A grant was sought by the Kereru Park Management Group and the Tawa Centennial Trust Board.
        Mr Rowe (Solicitor, legalhub) and Ms Ito, NHS Wessex, were present.
        Aroha Kingi representing Ngāti Awa Komiti spoke.
        """))
    assert {"Department for Education", "Centre for Public Scrutiny",
            "Campaign to Protect Rural Wessex", "Kereru Park Management Group",
            "Tawa Centennial Trust Board", "legalhub", "NHS Wessex",
            "Ngāti Awa Komiti"} <= names


def test_posts_name_the_body_without_the_post_words() -> None:
    found = table("""
        Councillor Dave Lister (Chair of the Overview and Scrutiny
        Committee)
        """)
    assert "Overview and Scrutiny Committee" in found
    assert not any(name.startswith("Chair") for name in found)


def test_no_fragments_generic_words_or_acts() -> None:
    found = table("""
        The Committee noted the report. The Council agreed. Sub-Committees will meet monthly.
        Under Section 100B of the Local Government Act 1972 the item was urgent.
        The District Council and the Local Authority were consulted.
        Updated the Riverside Forum on the plans.
        Democratic Services and Children's Services attended.
        """)
    assert found == {"Riverside Forum": (None, "group")}


def test_the_meeting_s_own_body_is_not_a_mention() -> None:
    text = """
        MINUTES OF THE WESSEX PARKS BOARD
        Chair, Councillor Ann Hale Wessex Parks Board
        The Wessex Parks Board noted the Allotments Forum minutes.
        """
    assert set(table(text, own_body="Wessex Parks Board")) == {"Allotments Forum"}


def test_each_body_once_with_its_acronym_when_defined_later() -> None:
    found = mentions("""
        The Tenant Panel met in May.
        The Tenant Panel (TP) asked for a report.
        """)
    assert [(m.name, m.acronym, m.evidence.line) for m in found] == [("Tenant Panel", "TP", 1)]


def test_possessive_ends_a_name() -> None:
    assert set(table("The Health and Wellbeing Programme Board’s membership included providers.")) \
        == {"Health and Wellbeing Programme Board"}


def test_lettered_sub_committees_and_designations() -> None:
    found = table("That the Licensing (Miscellaneous) Sub-Committee A meet in office hours.")
    assert found == {"Licensing (Miscellaneous) Sub-Committee A": (None, "sub-committee")}


def test_a_complement_runs_to_its_head_noun() -> None:
    found = table("Councillor Hume is a trustee of Westbay Council for Voluntary Service (WCVS).")
    assert found == {"Westbay Council for Voluntary Service": ("WCVS", "organisation")}


def test_run_on_words_before_a_known_name_are_dropped() -> None:
    found = table("""
        Item 8.16 - Application for Funding Tawa Centennial Trust Board.
        Councillor Hume is the chair of the Tawa Centennial Trust Board.
        """)
    assert set(found) == {"Tawa Centennial Trust Board"}


def test_areas_are_not_bodies_and_joint_committees_are() -> None:
    found = table("""
        Sam Hale (Divisional Director, Strategy, Policy and
        Partnerships) attended.
        The Joint Staff Consultative Committee minutes were noted.
        """)
    assert set(found) == {"Joint Staff Consultative Committee"}


def test_a_fragment_of_the_meeting_s_own_body_is_not_a_mention() -> None:
    text = "Resolved to elect Councillor Reid as Chair of the West / Central Committee."
    assert table(text, own_body="West / Central Committee") == {}


def test_national_bodies_named_after_a_country_but_not_regions() -> None:
    found = table("""
        The Environment Agency and Natural England were consulted.
        He lives in South Wales and works for Sport Wales.
        The team visited England last year.
        """)
    assert set(found) == {"Environment Agency", "Natural England", "Sport Wales"}


def test_member_words_inside_a_body_name_stay() -> None:
    assert set(table("The Member Development Working Group will meet in June.")) == {
        "Member Development Working Group"}


def test_names_in_capitals_are_read_and_written_in_title_case() -> None:
    found = table("""
        7. RECOMMENDATIONS FROM THE AUDIT AND GOVERNANCE COMMITTEE
        8. REPORT OF THE HEALTH AND WELLBEING BOARD (HWB)
        MINUTES OF THE PLANNING COMMITTEE HELD ON 3 MAY
        """, own_body="Planning Committee")
    assert found == {"Audit and Governance Committee": (None, "committee"),
                     "Health and Wellbeing Board": ("HWB", "board")}


def test_any_name_its_defined_acronym_spells_is_a_body() -> None:
    ctx = context("""
        Present: Ann Lee (AL), Officer; Mr Bo Hart (BH)
        Funding had come from Coastal Paths Northumbria (CPN) and
        the Office of the Fire Commissioner (OFC). The Department for Rural Lanes (DfRL) had
        been consulted. The Scrutiny Management Plan (SMP) was noted, as was advice from
        the Chief Finance Officer (CFO).
        The Marsh Bird Partnership (MBP) and the Grants Committee (GC) replied.
        """)
    found = {m.name: m.acronym for m in find_mentions(ctx, lines_of(ctx), people=["Ann Lee"])}
    assert found["Coastal Paths Northumbria"] == "CPN"
    assert found["Office of the Fire Commissioner"] == "OFC"
    assert found["Department for Rural Lanes"] == "DfRL"
    assert found["Marsh Bird Partnership"] == "MBP"
    assert found["Grants Committee"] == "GC"
    for not_bodies in ("Ann Lee", "Bo Hart", "Scrutiny Management Plan", "Chief Finance Officer"):
        assert not_bodies not in found


def test_clubs_surgeries_and_other_named_organisations() -> None:
    found = table("""
        Grants were given to Hollin Vale Bowls Club and the Tarn Road Foodbank.
        Staff from Ferris Lane Surgery and Ashcombe Hospice attended, with Marl Water and
        Transport for the Fells. Advice came from a doctor at the practice.
        """)
    for name in ("Hollin Vale Bowls Club", "Tarn Road Foodbank", "Ferris Lane Surgery",
                 "Ashcombe Hospice", "Marl Water", "Transport for the Fells"):
        assert name in found
    assert "Practice" not in found and "practice" not in found


def test_a_name_broken_over_two_lines_by_the_layout() -> None:
    found = table("""
        Councillor Reyes declared an interest as a trustee of the Marlow Vale Community
        Safety Partnership and left the room for the item.
        Ann Lee, Director General, Schools Directorate, Department for Education
        Bo Hart, Adviser
        """)
    assert "Marlow Vale Community Safety Partnership" in found
    assert "Department for Education" in found
    assert not any("Bo Hart" in name for name in found)


def test_healthwatch_cabinet_clubs_and_towns() -> None:
    found = table("""
        Ida Moss from Healthwatch Lower Tarn attended. The report would go to Cabinet in May.
        Councillor Ash, Cabinet Member for Parks, thanked Hollins Vale FC and the Town of
        Port Arden. Advice was taken from Greystone Consulting.
        """)
    for name in ("Healthwatch Lower Tarn", "Cabinet", "Hollins Vale FC", "Town of Port Arden",
                 "Greystone Consulting"):
        assert name in found
    assert found["Cabinet"][1] == "cabinet"


def test_a_place_in_front_of_a_generic_name_is_kept() -> None:
    ctx = context("""
        Ida Moss (Kelby Development Trust) attended.
        5. Energy scheme
        The Development Trust presented its feasibility study.
        """)
    lines = lines_of(ctx)
    found = find_mentions(ctx, lines[:1])
    item = find_mentions(ctx, lines[1:])
    from graphgov.ingest.mentions import prune_mentions
    kept = prune_mentions(found, item)
    assert [m.name for m in kept] == ["Kelby Development Trust"]


def test_a_document_word_before_to_is_not_part_of_the_name() -> None:
    found = table("5. Grants to Voluntary Groups\nGrants went to Millbrook Scouts and the "
                  "Riverside Food Bank. The Bank was closed.\n")
    assert "Grants to Voluntary Groups" not in found
    assert "Millbrook Scouts" in found and "Riverside Food Bank" in found
    assert "Bank" not in found


def test_a_month_before_a_generic_name_is_no_body() -> None:
    assert table("The plan would go to the March Board and the Autumn Panel.\n") == {}


def test_a_leading_head_takes_its_complement() -> None:
    found = table("Ann Lee (Chief Executive, Office of the Fire and Rescue Commissioner) spoke.\n")
    assert "Office of the Fire and Rescue Commissioner" in found
    assert "Office" not in found


def test_a_name_broken_after_a_short_indented_line() -> None:
    found = table("""
          The officer reported two letters received since the agenda. Upper Marsh
          Parish Council had also objected.
        """)
    assert "Upper Marsh Parish Council" in found


def test_national_bodies_named_without_a_head_noun() -> None:
    found = table(
        "The Director outlined the outcome of the Ofsted inspection and the grant offered by "
        "Defra, and noted that Network Rail and Citizens Advice had been consulted. Transport "
        "Infrastructure Ireland and Sport Ireland had written in support."
    )
    for name in ("Ofsted", "Defra", "Network Rail", "Citizens Advice", "Sport Ireland"):
        assert name in found, name


def test_bare_names_only_as_whole_words() -> None:
    found = table("The Ofstedian review and the Defra-style grant were discussed by the Panel.")
    assert "Ofsted" not in found and "Defra" not in found

"""Post normalisation and matching (resolve/posts.py) and Roster.by_post, on fictional posts."""

from __future__ import annotations

import pytest

from graphgov.model.minutes import Attendee, Evidence
from graphgov.model.vocab import Capacity, Status
from graphgov.resolve.posts import (
    best_holder,
    is_chair_post,
    looks_like_post,
    normalise_post,
    post_match_score,
)
from graphgov.resolve.roster import Roster

EV = Evidence(1, "Present:")


def person(name: str, role: str | None = None, *, chair: bool = False,
           status: Status = Status.PRESENT, honorific: str | None = None) -> Attendee:
    return Attendee(name=name, role=role, capacity=Capacity.OFFICER, status=status,
                    evidence=EV, chair=chair, honorific=honorific)


@pytest.mark.parametrize(("a", "b"), [
    ("Divisional Director, IT", "The Divisional Director, Information Technology"),
    ("Corporate Director for Children's Services", "Corporate Director, Children’s Services"),
    ("Head of Strategy & Performance", "head of strategy and performance"),
    ("the DCS", "Director of Children's Services"),
    ("Director for Place", "Director of Place"),
])
def test_spellings_of_one_post_normalise_alike(a: str, b: str) -> None:
    assert normalise_post(a) == normalise_post(b)


def test_it_in_lower_case_is_a_word_not_information_technology() -> None:
    assert "information" not in normalise_post("Officer for it")
    assert normalise_post("Head of IT")[-2:] == ("information", "technology")


def test_scores_rank_exact_then_one_of_several_posts_then_contained() -> None:
    assert post_match_score("Corporate Director, Resources", "Corporate Director Resources") == 3
    joint = "Corporate Director, Governance and Monitoring Officer"
    assert post_match_score("Monitoring Officer", joint) >= 1
    assert post_match_score("Chief Executive", "Interim Chief Executive") == 3
    assert post_match_score("Chief Executive", "Interim Chief Executive, Anyshire Parks") == 1
    assert post_match_score("Mayor", "Executive Mayor") == 2  # the title it ends in
    assert post_match_score("Mayor", "Deputy Mayor") == 0


def test_a_lesser_post_does_not_hold_the_greater_one() -> None:
    assert post_match_score("Mayor", "Deputy Mayor and Cabinet Member for Housing") == 0
    assert post_match_score("Chair", "Vice-Chair") == 0
    # a bare "Director" names nobody in particular
    assert post_match_score("Director", "Director of Finance") == 0


def test_best_holder_refuses_a_tie() -> None:
    held = ["Corporate Director, Place", "Corporate Director, People"]
    assert best_holder("Corporate Director", held) is None
    assert best_holder("Corporate Director, People", held) == 1


def test_chair_words_and_post_words() -> None:
    assert is_chair_post("The Chairman") and is_chair_post("the Convener")
    assert not is_chair_post("Chair of the Audit Committee")
    assert looks_like_post("Senior Parks Strategy & Projects Officer")
    assert not looks_like_post("Bramble Valley Tenants Association")


def test_roster_by_post_finds_the_holder_in_any_spelling() -> None:
    roster = Roster([
        person("Ann Oduya", "Divisional Director, IT"),
        person("Ben Carrow", "Corporate Director, Resources"),
        person("Cath Ilsley", "Cabinet Member for Education and Children's Services"),
        person("Dev Marr", "Executive Mayor", chair=True, honorific="Mayor"),
        person("Eve Stroud", "Director of Children's Services"),
    ])
    assert roster.by_post("The Divisional Director, Information Technology").name == "Ann Oduya"
    assert roster.by_post("corporate director for resources").name == "Ben Carrow"
    assert roster.by_post("Cabinet Member for Education and Children's Services").name == \
        "Cath Ilsley"
    assert roster.by_post("The Mayor").name == "Dev Marr"
    assert roster.by_post("the Chair").name == "Dev Marr"
    assert roster.by_post("the DCS").name == "Eve Stroud"
    assert roster.by_post("Head of Legal Services") is None


def test_roster_by_post_skips_people_who_sent_apologies() -> None:
    roster = Roster([person("Fay Gunn", "Chief Executive", status=Status.APOLOGIES),
                     person("Gil Hart", "Interim Chief Executive")])
    assert roster.by_post("The Chief Executive").name == "Gil Hart"


def test_no_chair_marked_means_the_chair_is_unknown() -> None:
    roster = Roster([person("Hal Ives", "Clerk")])
    assert roster.by_post("The Chairman") is None
    assert roster.by_post("the Clerk").name == "Hal Ives"


def test_initials_defined_in_the_attendance_list_win_over_computed_ones() -> None:
    ada = Attendee(name="Ada Quill", role="Head of Estates", capacity=Capacity.OFFICER,
                   status=Status.PRESENT, evidence=Evidence(4, "Ada Quill (AMQ)   Head of Estates"))
    roster = Roster([ada, person("Amos Quayle"), person("Bea Lunt", "Treasurer")])
    assert roster.by_initials("AMQ").name == "Ada Quill"
    assert roster.by_initials("AQ") is None  # two attendees have those initials
    assert roster.by_initials("BL").name == "Bea Lunt"
    assert roster.by_initials("ZZ") is None


def test_a_post_written_as_its_acronym_finds_the_holder() -> None:
    roster = Roster([
        person("Cora Penn", "Police and Crime Commissioner"),
        person("Dai Rhys", "Chief Financial Officer (CFO)"),
        person("Eli Sand", "Head of Operations, Anyshire Fire Service"),
    ])
    assert roster.by_post("PCC").name == "Cora Penn"
    assert roster.by_post("the CFO").name == "Dai Rhys"
    assert roster.by_post("HO").name == "Eli Sand"
    assert roster.by_post("CQC") is None


def test_initials_the_text_defines_for_someone_the_list_missed() -> None:
    text = "Chief Inspector Ola Vance (OV)   Anyshire Police\nAlan Orr (AO2)\n"
    roster = Roster([person("Bea Lunt", "Treasurer")], text)
    assert roster.defined_initials("OV") == "Chief Inspector Ola Vance"
    assert roster.defined_initials("BL") is None  # not written in brackets
    assert Roster([], "").defined_initials("OV") is None


def test_short_forms_of_posts() -> None:
    roster = Roster([person("Ann Lee", "Chief Executive"),
                     person("Bo Hart", "Director of Finance")])
    assert roster.by_post("The CEx").name == "Ann Lee"
    assert roster.by_post("Chief Exec").name == "Ann Lee"
    assert roster.by_post("the DoF").name == "Bo Hart"
    assert roster.by_post("Mo") is None  # a name, not the Monitoring Officer

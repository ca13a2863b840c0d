"""Name helpers and Roster.by_name: honorifics, initials, hyphen/space variants, fullest form."""

from __future__ import annotations

import pytest

from graphgov.model.minutes import Attendee, Evidence
from graphgov.model.vocab import Capacity, Status
from graphgov.resolve.names import clean_name, could_be_same, fullest, looks_like_name, tidy_case
from graphgov.resolve.roster import Roster


@pytest.mark.parametrize(
    ("raw", "honorific", "name"),
    [
        ("Councillor Petra Lindqvist-Howe", "Councillor", "Petra Lindqvist-Howe"),
        ("Cllr Mrs B Okafor", "Councillor", "B Okafor"),
        ("Cllrs. P Dunmore", "Councillor", "P Dunmore"),
        ("Professor Sir Alun Pryce CBE", "Professor", "Alun Pryce"),
        ("Mr. L Hartigan", "Mr", "L Hartigan"),
        ("Provost Hamish McTAVISH", "Provost", "Hamish McTavish"),
        ("Ms D G. Wilberforce", "Ms", "D G. Wilberforce"),
        ("Rowan Ashby", None, "Rowan Ashby"),
    ],
)
def test_clean_name_splits_honorific_and_tidies(raw: str, honorific: str | None, name: str) -> None:
    assert clean_name(raw) == (honorific, name)


def test_tidy_case_keeps_mac_and_o_prefixes() -> None:
    assert tidy_case("Isla MacPHERSON") == "Isla MacPherson"
    assert tidy_case("Colm O’DONNELL") == "Colm O’Donnell"
    assert tidy_case("J.V. Ashby") == "J.V. Ashby"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Amira Fenwick Holt", "Fenwick-Holt", True),
        ("Zara Quinlan", "Z. Quinlan", True),
        ("David Edgeley", "Edgeley", True),
        ("J Smithers", "L Smithers", False),
        ("Jenny Palin", "John Palin", False),
        ("Dave Corrigan", "David Corrigan", True),
        ("Rowan Ashby", "Rowan Ashworth", False),
    ],
)
def test_could_be_same(a: str, b: str, same: bool) -> None:
    assert could_be_same(a, b) is same


def test_fullest_prefers_full_given_names() -> None:
    assert fullest("Z. Quinlan", "Zara Quinlan") == "Zara Quinlan"
    assert fullest("Quinlan", "Z Quinlan") == "Z Quinlan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rowan Ashby", True),
        ("Chief Operating Officer", False),
        ("NHS England", False),
        ("ICB", False),
        ("Part I", False),
        ("Rhian ap Iorwerth", True),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def _att(name: str, role: str | None = None, honorific: str | None = None) -> Attendee:
    return Attendee(
        name=name,
        role=role,
        capacity=Capacity.MEMBER,
        status=Status.PRESENT,
        evidence=Evidence(line=1, quote=name),
        honorific=honorific,
    )


def test_roster_by_name_resolves_short_forms() -> None:
    roster = Roster(
        [
            _att("Zara Quinlan", "Corporate Director, Resources"),
            _att("Amira Fenwick Holt", honorific="Councillor"),
            _att("Tom Edgeley"),
        ]
    )
    assert roster.by_name("Z. Quinlan").name == "Zara Quinlan"  # type: ignore[union-attr]
    assert roster.by_name("Councillor Fenwick-Holt").name == "Amira Fenwick Holt"  # type: ignore[union-attr]
    assert roster.by_name("Cllr Edgeley").name == "Tom Edgeley"  # type: ignore[union-attr]
    assert roster.by_name("Councillor Brannigan") is None


def test_roster_by_name_never_guesses_between_namesakes() -> None:
    roster = Roster([_att("Jenny Palin"), _att("John Palin")])
    assert roster.by_name("Palin") is None
    assert roster.by_name("Jenny Palin").name == "Jenny Palin"  # type: ignore[union-attr]
    assert roster.by_name("J. Palin") is None

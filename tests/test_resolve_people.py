"""Cross-document resolution: people (never merged on a surname alone), bodies, councils,
and the aliases file. All names are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphgov.errors import ConfigError
from graphgov.resolve.aliases import Aliases, load_aliases
from graphgov.resolve.bodies import (
    BodyIndex,
    body_key,
    body_kind,
    canonical_body_name,
    council_key,
    infer_council,
    looks_like_body,
)
from graphgov.resolve.people import PersonIndex, compatible, name_parts

C = "Ashcombe"


def index(*people: tuple[str, str | None]) -> PersonIndex:
    idx = PersonIndex()
    for name, post in people:
        idx.add(C, name, post)
    return idx


@pytest.mark.parametrize("name, given, surname", [
    ("Nina Brooke", ("nina",), ("brooke",)),
    ("N. Brooke", ("n",), ("brooke",)),
    ("Councillor Brooke", (), ("brooke",)),
    ("Cllr J.P. Morgan-Hale", ("j", "p"), ("morgan", "hale")),
    ("Sir Alan Rook OBE", ("alan",), ("rook",)),
    ("Rosa Hartley Quinn", ("rosa", "hartley"), ("quinn",)),
])
def test_name_parts(name: str, given: tuple[str, ...], surname: tuple[str, ...]) -> None:
    parts = name_parts(name)
    assert (parts.given, parts.surname) == (given, surname)


@pytest.mark.parametrize("ref, known, fits", [
    ("N. Brooke", "Nina Brooke", True),
    ("Brooke", "Nina Brooke", True),
    ("Y. Brooke", "Nina Brooke", False),
    ("Nora Brooke", "Nina Brooke", False),
    ("N. Brook", "Nina Brooke", False),
    ("Hartley-Quinn", "Rosa Hartley Quinn", True),
    ("R. Hartley-Quinn", "Rosa Hartley Quinn", True),
    ("Quinn", "Rosa Hartley Quinn", True),
    ("N. A. Brooke", "Nina Brooke", False),  # more initials than the known name has
])
def test_compatible(ref: str, known: str, fits: bool) -> None:
    assert compatible(name_parts(ref), name_parts(known)) is fits


def test_initial_joins_the_one_person_it_fits() -> None:
    idx = index(("Nina Brooke", "Corporate Director, Resources"), ("Will Tuck", None))
    resolved = idx.resolve(C, "N. Brooke")
    assert resolved.name == "Nina Brooke" and resolved.uncertain is None
    assert idx.resolve(C, "Councillor Tuck").name == "Will Tuck"


def test_shared_surname_is_never_merged() -> None:
    idx = index(("Owen Baxter", "Corporate Director, Resources"),
                ("Ruth Baxter", "Cabinet Member for Finance"))
    assert idx.resolve(C, "O. Baxter").name == "Owen Baxter"
    assert idx.resolve(C, "R Baxter").name == "Ruth Baxter"
    alone = idx.resolve(C, "Baxter")
    assert alone.name == "Baxter"
    assert alone.uncertain is not None
    assert alone.uncertain.candidates == ("Owen Baxter", "Ruth Baxter")
    # A different first name is a different person, not a candidate.
    assert idx.resolve(C, "Oliver Baxter").name == "Oliver Baxter"
    assert idx.resolve(C, "Oliver Baxter").uncertain is None


def test_post_narrows_several_candidates() -> None:
    idx = index(("Owen Baxter", "Corporate Director, Resources"),
                ("Ruth Baxter", "Cabinet Member for Finance"))
    assert idx.resolve(C, "Baxter", post="Cabinet Member for Finance").name == "Ruth Baxter"
    assert idx.resolve(C, "Baxter", post="Head of Legal").uncertain is not None


def test_people_of_another_council_are_not_candidates() -> None:
    idx = index(("Nina Brooke", None))
    assert idx.resolve("Wexbridge", "N. Brooke").name == "N. Brooke"


def test_spelling_variants_of_a_full_name_are_one_key() -> None:
    idx = index(("Rosa Hartley Quinn", None))
    assert idx.resolve(C, "Rosa Hartley-Quinn").name == "Rosa Hartley Quinn"
    assert idx.resolve(C, "rosa  hartley quinn").name == "Rosa Hartley Quinn"


def test_fuller_name_after_a_shortened_one_is_flagged_for_review() -> None:
    idx = index(("N. Brooke", None))
    resolved = idx.resolve(C, "Nina Brooke")
    assert resolved.name == "Nina Brooke"
    assert resolved.uncertain is not None and resolved.uncertain.candidates == ("N. Brooke",)


def test_aliases_force_and_forbid() -> None:
    idx = PersonIndex(forced={"The Director": "Nina Brooke"},
                      forbidden=[("N. Brooke", "Nina Brooke")])
    idx.add(C, "Nina Brooke")
    assert idx.resolve(C, "the director").name == "Nina Brooke"
    assert idx.resolve(C, "N. Brooke").name == "N. Brooke"  # forbidden: stays apart


@pytest.mark.parametrize("name, key", [
    ("London Borough of Ashcombe", "Ashcombe"),
    ("Ashcombe Borough Council", "Ashcombe"),
    ("ASHCOMBE DISTRICT COUNCIL", "Ashcombe"),
    ("Royal Borough of Kingsmead and Elm", "Kingsmead and Elm"),
    ("Wexbridge County Council", "Wexbridge"),
    ("City of Norland Council", "Norland"),
    ("", "unknown"),
    (None, "unknown"),
])
def test_council_key(name: str | None, key: str) -> None:
    assert council_key(name) == key


def test_infer_council_from_body_prefix() -> None:
    councils = ["Ashcombe", "Ash", "unknown"]
    assert infer_council("Ashcombe Improvement Board", councils) == "Ashcombe"
    assert infer_council("Ashford Planning Committee", councils) is None
    assert infer_council("Planning Committee", councils) is None


@pytest.mark.parametrize("variant", [
    "Grants Scrutiny Sub-Committee", "Grants Scrutiny Subcommittee",
    "grants scrutiny sub committee",
    "The Grants Scrutiny Sub-committee", "Minutes - Grants Scrutiny Sub Committee",
])
def test_sub_committee_spellings_fold_together(variant: str) -> None:
    assert body_key(variant) == "grants scrutiny subcommittee"


def test_canonical_body_name() -> None:
    assert canonical_body_name("the  Grants Scrutiny Subcommittee.") == \
        "Grants Scrutiny Sub-Committee"
    assert body_key("Children\u2019s Board") == body_key("Childrens Board")
    assert body_key("Health & Wellbeing Board") == body_key("Health and Wellbeing Board")


def test_body_index_joins_variants_and_acronyms() -> None:
    bodies = BodyIndex()
    first = bodies.resolve(C, "Overview and Scrutiny Committee", "OSC")
    assert bodies.resolve(C, "overview & scrutiny committee") == first
    assert bodies.resolve(C, "OSC") == first
    assert bodies.acronym_of(C, first) == "OSC"
    assert bodies.resolve("Wexbridge", "OSC") == "OSC"  # acronyms are per council


def test_body_aliases() -> None:
    bodies = BodyIndex({"Scrutiny": "Overview and Scrutiny Committee"})
    assert bodies.resolve(C, "Scrutiny") == "Overview and Scrutiny Committee"


@pytest.mark.parametrize("name, kind", [
    ("Grants Scrutiny Sub-Committee", "sub-committee"),
    ("Audit Committee", "committee"),
    ("Health and Wellbeing Board", "board"),
    ("Committee of the Board", "board"),
    ("Local Government Association", "organisation"),
    ("Cabinet", "cabinet"),
])
def test_body_kind(name: str, kind: str) -> None:
    assert body_kind(name) == kind


@pytest.mark.parametrize("role, is_body", [
    ("Local Government Association", True),
    ("Ashcombe Tenants Association", True),
    ("Chief Executive", False),
    ("Chair, Children's Improvement Board", False),
    ("Cabinet Member for Housing", False),
    ("Corporate Director, Resources", False),
])
def test_looks_like_body(role: str, is_body: bool) -> None:
    assert looks_like_body(role) is is_body


def test_load_aliases(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('[people]\n"N. Brooke" = "Nina Brooke"\n'
                    '[bodies]\nOSC = "Overview Committee"\n'
                    '[councils]\nLBA = "Ashcombe"\n'
                    '[distinct]\npeople = [["J. Smith", "Jo Smith"]]\n')
    aliases = load_aliases(path)
    assert aliases == Aliases(people={"N. Brooke": "Nina Brooke"},
                              bodies={"OSC": "Overview Committee"}, councils={"LBA": "Ashcombe"},
                              distinct_people=(("J. Smith", "Jo Smith"),))
    assert load_aliases(tmp_path / "absent.toml") == Aliases()


@pytest.mark.parametrize("content, problem", [
    ("[people\n", "not valid TOML"),
    ("[persons]\n", "unknown section(s) persons"),
    ('[people]\n"N. Brooke" = 3\n', "must map to a non-empty string"),
    ('[distinct]\npeople = [["only one"]]\n', "is not a [name, name] pair"),
])
def test_bad_aliases(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        load_aliases(path)
    assert str(info.value).startswith(f"{path}: ") and problem in str(info.value)

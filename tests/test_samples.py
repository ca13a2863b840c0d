"""The shipped fictional samples (graphgov/samples: the Borough of Larkhaven, 2025-26) read as a
careful reader would read them, and ``graphgov demo`` runs on them end to end.

Each assertion is a fact the sample's text states; the samples were written to exercise the
layouts and phrasings graphgov must handle (see graphgov/samples/README.md).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphgov import api
from graphgov.cli import cli
from graphgov.model.minutes import Attendee, Item, Meeting, Minutes
from graphgov.samples import sample_paths

SAMPLES = {p.name: p for p in sample_paths()}
BODIES = {"cabinet", "overview and scrutiny committee", "health and wellbeing board"}

CAB_JUN = "2025-06-18_cabinet.txt"
OSC_JUL = "2025-07-09_overview-and-scrutiny.txt"
HWB_SEP = "2025-09-24_health-and-wellbeing-board.txt"
CAB_OCT = "2025-10-15_cabinet.txt"
OSC_NOV = "2025-11-12_overview-and-scrutiny.txt"
HWB_JAN = "2026-01-21_health-and-wellbeing-board.html"
CAB_FEB = "2026-02-11_cabinet.txt"
OSC_MAR = "2026-03-11_overview-and-scrutiny.txt"


@cache
def minutes(name: str) -> Minutes:
    return api.extract(SAMPLES[name])


def meeting(name: str) -> Meeting:
    found = minutes(name).meetings
    assert len(found) == 1, f"{name}: {len(found)} meetings read, expected 1"
    return found[0]


def attendee(name: str, person: str) -> Attendee:
    found = [a for a in meeting(name).attendees if a.name == person]
    names = [a.name for a in meeting(name).attendees]
    assert found, f"{name}: no attendee {person!r}; read {names}"
    assert len(found) == 1, f"{name}: {person!r} listed {len(found)} times"
    return found[0]


def item(name: str, number: str) -> Item:
    found = [i for i in meeting(name).items if i.number == number]
    assert len(found) == 1, f"{name}: item {number}: {[i.number for i in meeting(name).items]}"
    return found[0]


def presenters(name: str, number: str) -> list[str | None]:
    return [p.name for p in item(name, number).presenters]


def action_owners(name: str, number: str) -> list[str | None]:
    return [a.owner.name for a in item(name, number).actions]


# -- the set of samples ------------------------------------------------------------------------


def test_samples_cover_a_municipal_year_of_three_bodies() -> None:
    assert len(SAMPLES) >= 6
    assert any(n.endswith(".html") for n in SAMPLES), "no HTML sample"
    meetings = [meeting(n) for n in SAMPLES]
    assert {(m.body or "").casefold() for m in meetings} == BODIES
    dates = sorted(m.date for m in meetings if m.date)
    assert len(dates) == len(meetings)
    assert dt.date(2025, 5, 1) <= dates[0] and dates[-1] <= dt.date(2026, 4, 30)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_sample_is_one_meeting_of_the_council_on_its_date(name: str) -> None:
    m = meeting(name)
    assert m.date == dt.date.fromisoformat(name[:10])
    assert "larkhaven" in (m.council or "").casefold()
    assert m.items, f"{name}: no items"
    assert any(a.chair for a in m.attendees), f"{name}: nobody chaired"


def test_meeting_times() -> None:
    assert (meeting(CAB_JUN).start_time, meeting(CAB_JUN).end_time) == ("17:30", "19:05")
    assert (meeting(OSC_NOV).start_time, meeting(OSC_NOV).end_time) == ("18:30", "20:40")
    assert (meeting(HWB_JAN).start_time, meeting(HWB_JAN).end_time) == ("14:00", "15:45")


# -- people and posts ---------------------------------------------------------------------------


def test_the_post_that_changes_hands_has_two_holders_in_turn() -> None:
    held: dict[str, list[dt.date]] = {}
    for name in SAMPLES:
        m = meeting(name)
        for a in m.attendees:
            if a.name and (a.role or "").casefold() == "corporate director, resources" and m.date:
                held.setdefault(a.name, []).append(m.date)
    assert set(held) == {"Priya Nandakumar", "Marcus Delahaye"}
    assert max(held["Priya Nandakumar"]) < min(held["Marcus Delahaye"])


def test_posts_wrapped_over_two_lines_are_joined() -> None:
    okoro = attendee(CAB_JUN, "Daniel Okoro")
    assert okoro.role == "Deputy Leader and Cabinet Member for Finance and Resources"
    assert attendee(CAB_JUN, "Ruth Calloway").role == "Corporate Director, Children's Services"
    assert attendee(HWB_SEP, "Elaine Mortimer").role == (
        "Clinical Lead, Larkhaven Integrated Care Board")


def test_names_lose_their_honorifics() -> None:
    mortimer = attendee(HWB_SEP, "Elaine Mortimer")
    assert mortimer.honorific == "Dr"
    assert attendee(CAB_JUN, "Helena Marsh").honorific == "Councillor"


def test_capacities() -> None:
    assert attendee(CAB_JUN, "Helena Marsh").capacity == "member"
    assert attendee(CAB_JUN, "Priya Nandakumar").capacity == "officer"
    assert attendee(OSC_NOV, "Marcus Delahaye").capacity == "officer"
    assert attendee(OSC_NOV, "Sandra Kelloway").capacity == "member"


def test_chairs() -> None:
    for name, chair in [(CAB_JUN, "Helena Marsh"), (OSC_JUL, "Owen Pritchard"),
                        (HWB_SEP, "Beatrice Hollis"), (OSC_NOV, "Owen Pritchard"),
                        (HWB_JAN, "Beatrice Hollis"), (OSC_MAR, "Pritchard")]:
        assert [a.name for a in meeting(name).attendees if a.chair] == [chair], name


def test_apologies() -> None:
    for name, person in [(CAB_JUN, "Leonie Achterberg"), (OSC_JUL, "Grace Ferrier"),
                         (HWB_SEP, "Jonathan Ashdown"), (CAB_OCT, "Fiona Castellane"),
                         (HWB_JAN, "Colin Reddy"), (HWB_JAN, "Ruth Calloway"),
                         (CAB_FEB, "Imran Siddiqi"), (OSC_MAR, "Grace Ferrier")]:
        assert attendee(name, person).status == "apologies", (name, person)


def test_lateness_and_leaving_early_are_notes_of_someone_present() -> None:
    for name, person, note in [(CAB_JUN, "Imran Siddiqi", "late"),
                               (OSC_NOV, "Tobias Wren", "late"),
                               (CAB_OCT, "Leonie Achterberg", "late"),
                               (HWB_SEP, "Colin Reddy", "left_early"),
                               (CAB_FEB, "Daniel Okoro", "left_early")]:
        a = attendee(name, person)
        assert a.status == "present", (name, person)
        assert note in a.notes, (name, person, a.notes)


def test_a_substitute_attends_in_place_of_a_member() -> None:
    sub = attendee(OSC_JUL, "Peter Lindqvist")
    assert sub.status == "present"
    assert "substitute" in sub.notes
    assert sub.substitute_for == "Grace Ferrier"
    assert "substitute" in attendee(OSC_MAR, "Lindqvist").notes


def test_a_present_list_of_surnames_gives_surnames() -> None:
    names = {a.name for a in meeting(OSC_MAR).attendees if a.status == "present"}
    assert {"Pritchard", "Adeyemi", "Kelloway", "Lindqvist", "Penhallow", "Wren"} <= names
    assert {"Marcus Delahaye", "Ruth Calloway", "Liam Prosser"} <= names


# -- items ----------------------------------------------------------------------------------------


def test_items_are_numbered_as_printed_in_order() -> None:
    assert [i.number for i in meeting(CAB_JUN).items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [i.number for i in meeting(OSC_NOV).items] == ["23", "24", "25", "26", "27", "28"]
    assert [i.number for i in meeting(HWB_JAN).items] == ["34", "35", "36", "37", "38", "39"]
    assert item(CAB_JUN, "5").title == "ICT STRATEGY AND DIGITAL INVESTMENT PLAN"
    assert item(OSC_NOV, "26").title == "Cyber security and ICT resilience"


def test_presenters_named_and_by_post() -> None:
    assert presenters(CAB_JUN, "4") == ["Priya Nandakumar"]  # "The Corporate Director, Resources"
    assert presenters(CAB_OCT, "4") == ["Marcus Delahaye"]  # the same post, a new holder
    assert presenters(CAB_JUN, "5") == ["Alan Mbeki"]  # by name and post
    assert presenters(CAB_JUN, "6") == ["Fiona Castellane"]  # by a member's portfolio
    assert presenters(OSC_JUL, "6") == ["Liam Prosser"]
    assert presenters(OSC_NOV, "26") == ["Alan Mbeki"]
    assert set(presenters(OSC_NOV, "27")) == {"Daniel Okoro", "Marcus Delahaye"}
    assert presenters(OSC_MAR, "44") == ["Ruth Calloway"]
    assert presenters(HWB_JAN, "37") == ["Sophie Trent"]


def test_answering_questions_is_not_presenting() -> None:
    assert presenters(OSC_JUL, "4") == ["Priya Nandakumar"]
    assert "Ruth Calloway" not in presenters(CAB_JUN, "6")


def test_actions_resolve_initials_to_full_names() -> None:
    assert action_owners(CAB_JUN, "4") == ["Priya Nandakumar"]
    assert action_owners(CAB_OCT, "4") == ["Marcus Delahaye"]
    assert action_owners(OSC_JUL, "5") == ["Gwen Ashford"]
    assert action_owners(CAB_FEB, "6") == ["Ruth Calloway"]  # post wrapped onto a second line
    assert action_owners(HWB_SEP, "3") == ["Sophie Trent"]


def test_resolved_clauses_are_counted_one_each() -> None:
    counts = {n: len(item(CAB_JUN, n).resolutions) for n in ("1", "3", "4", "5", "6", "7")}
    assert counts == {"1": 0, "3": 1, "4": 3, "5": 2, "6": 2, "7": 0}
    assert [len(item(OSC_NOV, n).resolutions) for n in ("25", "26", "27", "28")] == [1, 2, 1, 0]
    assert [len(item(HWB_JAN, n).resolutions) for n in ("36", "37", "38", "39")] == [1, 2, 1, 2]
    assert len(item(CAB_FEB, "4").resolutions) == 4


def test_acronyms_defined_in_the_text() -> None:
    def defined(name: str) -> set[tuple[str, str | None]]:
        m = meeting(name)
        mentions = [*m.mentions, *(y for i in m.items for y in i.mentions)]
        return {(x.name, x.acronym) for x in mentions}

    assert ("Overview and Scrutiny Committee", "OSC") in defined(CAB_OCT)
    assert ("Corporate Parenting Panel", "CPP") in defined(CAB_JUN)
    assert ("Audit and Governance Committee", "AGC") in defined(CAB_JUN)
    assert ("Health and Wellbeing Board", "HWB") in defined(OSC_JUL)
    assert ("Larkhaven Homelessness Partnership", "LHP") in defined(HWB_JAN)


def test_obvious_themes() -> None:
    for name, number, theme in [(CAB_JUN, "4", "Finance"), (CAB_JUN, "5", "ICT"),
                                (CAB_JUN, "6", "Children's Services"), (OSC_JUL, "5", "Grants"),
                                (CAB_OCT, "5", "Housing"), (OSC_NOV, "26", "ICT")]:
        assert theme in [t.theme for t in item(name, number).themes], (name, number)


# -- the demo -------------------------------------------------------------------------------------


def test_demo_ingests_the_samples_prints_theme_owners_and_writes_the_view(tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "exports" / "network.html"
    args = ["demo", "--store", str(store), "--out", str(out), "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    owners = {(row["theme"], row["person"]) for row in json.loads(result.stdout)}
    assert {("ICT", "Alan Mbeki"), ("Grants", "Gwen Ashford"), ("Finance", "Marcus Delahaye"),
            ("Finance", "Priya Nandakumar")} <= owners
    assert out.is_file() and "Alan Mbeki" in out.read_text(encoding="utf-8")
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout) == json.loads(result.stdout)  # re-running merges, same owners


def test_samples_inside_a_zip_are_copied_out_to_real_files(tmp_path: Path) -> None:
    from zipfile import Path as ZipPath
    from zipfile import ZipFile

    from graphgov.samples import _materialise

    archive = tmp_path / "site.zip"
    with ZipFile(archive, "w") as zf:
        zf.writestr("graphgov/samples/2025-06-18_cabinet.txt", "MINUTES OF THE CABINET\n")
        zf.writestr("graphgov/samples/2025-07-09_board.html", "<p>Board</p>\n")
    folder = ZipPath(archive, "graphgov/samples/")
    paths = _materialise(sorted(folder.iterdir(), key=lambda e: e.name))
    assert [p.name for p in paths] == ["2025-06-18_cabinet.txt", "2025-07-09_board.html"]
    assert paths[0].read_text(encoding="utf-8") == "MINUTES OF THE CABINET\n"

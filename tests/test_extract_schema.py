"""The extract JSON (``graphgov extract --format json``) matches graphgov/data/extract.schema.json.

Checked on a hand-built Minutes (every field filled, so the schema cannot drift from the
serialiser), on every shipped sample and on the seed documents in ../shared (read at run time,
never copied).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator, FormatChecker

from graphgov.cli import cli
from graphgov.model.minutes import (
    ActionPoint,
    Attendee,
    Evidence,
    Item,
    Meeting,
    Mention,
    Minutes,
    ParseWarning,
    PersonRef,
    Resolution,
    SourceInfo,
    ThemeTag,
)
from graphgov.model.serialize import minutes_dict
from graphgov.model.vocab import Capacity, DocFormat, Note, Status
from graphgov.samples import sample_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    text = files("graphgov").joinpath("data", "extract.schema.json").read_text("utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _errors(validator: Draft202012Validator, doc: dict[str, Any]) -> list[str]:
    errors = validator.iter_errors(doc)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def _full_minutes() -> Minutes:
    """One meeting with every optional field set, as a correct parser would fill it."""
    ev = Evidence(line=12, quote="Councillor Ann Vale (Chair)")
    chair = Attendee(name="Ann Vale", role="Leader", capacity=Capacity.MEMBER,
                     status=Status.PRESENT, evidence=ev, honorific="Councillor",
                     notes=(Note.LATE,), chair=True)
    sub = Attendee(name="Bo Lind", role=None, capacity=Capacity.MEMBER, status=Status.PRESENT,
                   evidence=Evidence(13, "Councillor Bo Lind (substitute)"),
                   notes=(Note.SUBSTITUTE,), substitute_for="Cy Fern")
    owner = PersonRef(name="Dee Moss", role="Head of Finance", evidence=Evidence(40, "D. Moss"))
    item = Item(
        number="4", title="BUDGET", evidence=Evidence(30, "4. BUDGET"),
        presenters=(PersonRef(name=None, role="Head of Finance", evidence=Evidence(32, "x")),),
        themes=(ThemeTag("Finance", "budget", Evidence(30, "4. BUDGET")),),
        resolutions=(Resolution("That the budget be noted.", Evidence(36, "- 1. That"), "1"),),
        actions=(ActionPoint(owner, None, Evidence(40, "D. Moss")),),
        mentions=(Mention("Audit Committee", "AC", "committee", Evidence(33, "(AC)")),),
    )
    meeting = Meeting(council="Borough of Testford", body="Cabinet", date=dt.date(2025, 6, 18),
                      evidence=Evidence(1, "BOROUGH OF TESTFORD"), start_time="17:30",
                      end_time="19:05", venue="Civic Centre", attendees=(chair, sub),
                      items=(item,), mentions=())
    return Minutes(source=SourceInfo("x.txt", "0" * 64, DocFormat.TEXT), meetings=(meeting,),
                   warnings=(ParseWarning(7, "unreadable line"),))


def test_serialised_model_with_every_field_is_valid(validator: Draft202012Validator) -> None:
    assert _errors(validator, minutes_dict(_full_minutes())) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("meetings", 0, "date"), "18/06/2025"),
        (("meetings", 0, "start_time"), "5.30 p.m."),
        (("meetings", 0, "attendees", 0, "capacity"), "councillor"),
        (("meetings", 0, "attendees", 0, "status"), "sent apologies"),
        (("meetings", 0, "attendees", 0, "evidence", "line"), 0),
        (("meetings", 0, "items", 0, "actions", 0, "owner", "role"), None),
        (("source", "format"), "rtf"),
    ],
)
def test_schema_rejects_values_outside_the_contract(
    validator: Draft202012Validator, path: tuple[Any, ...], value: Any
) -> None:
    doc = copy.deepcopy(minutes_dict(_full_minutes()))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    if path[-1] == "role":  # an owner with neither name nor post cannot be cited
        target["name"] = None
    assert _errors(validator, doc), f"schema accepted {path} = {value!r}"


def test_schema_rejects_missing_and_unknown_fields(validator: Draft202012Validator) -> None:
    doc = minutes_dict(_full_minutes())
    del doc["meetings"][0]["attendees"][0]["chair"]
    doc["meetings"][0]["items"][0]["votes"] = []
    messages = " ".join(_errors(validator, doc))
    assert "'chair' is a required property" in messages
    assert "'votes' was unexpected" in messages


def _extract_json(path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, f"{path.name}: exit {result.exit_code}: {result.output}"
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _evidence(node: Any) -> list[dict[str, Any]]:
    """Every evidence object anywhere in the extract JSON."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence" and isinstance(value, dict):
                found.append(value)
            else:
                found.extend(_evidence(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_evidence(value))
    return found


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_document(validator: Draft202012Validator, path: Path) -> None:
    data = _extract_json(path)
    assert _errors(validator, data) == []
    assert data["meetings"], f"{path.name}: no meeting read"
    if data["source"]["format"] != "text":
        return
    # Plain text: evidence lines are the file's own lines, so each quote can be checked.
    lines = path.read_text("utf-8").split("\n")
    for ev in _evidence(data):
        no = ev["line"]
        assert 1 <= no <= len(lines), f"{path.name}: line {no} out of range"
        # A quote starts on its line and may run on over a wrapped line or two.
        window = _fold(" ".join(lines[no - 1 : no + 2]))
        assert window.startswith(_fold(lines[no - 1])) and _fold(ev["quote"]) in window, (
            f"{path.name}:{no}: quote {ev['quote']!r} is not on that line"
        )


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_sample_extract_matches_schema(validator: Draft202012Validator, path: Path) -> None:
    _check_document(validator, path)


@pytest.mark.skipif(not SEEDS, reason=f"seed documents not found in {SHARED / 'seeds'}")
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_extract_matches_schema(validator: Draft202012Validator, path: Path) -> None:
    _check_document(validator, path)

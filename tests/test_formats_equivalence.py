"""The same minutes as text, HTML, DOCX or PDF give the same text lines and the same facts.

Documents are rendered at test time (tests/format_render.py): fictional minutes from
tests/data, and the seed minutes from ../shared/seeds when that folder is there (read at run
time, never copied). Facts are compared, not line numbers: line numbers differ between formats
(a PDF wraps long lines), what the minutes record must not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from format_render import write_all

from graphgov import api
from graphgov.errors import GraphgovError
from graphgov.ingest.readers import read_document
from graphgov.model.minutes import Minutes

DATA = Path(__file__).parent / "data"
FICTIONAL = DATA / "fictional_minutes.txt"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SEED = SEEDS / "000_dad3d57178b0f6b2.txt"
FORMATS = ("html", "docx", "pdf")


def _seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed minutes not available at {SEED} (shared/ is not next to the repo)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def fictional(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_all(FICTIONAL.read_text(encoding="utf-8"), tmp_path_factory.mktemp("fictional"))


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_all(_seed_text(), tmp_path_factory.mktemp("seed"), SEED.stem)


def _lines(path: Path) -> list[str]:
    """Non-blank lines, whitespace folded (a tab and a space are the same column break)."""
    return [" ".join(ln.split()) for ln in read_document(path).text.splitlines() if ln.strip()]


def _words(path: Path) -> list[str]:
    return " ".join(_lines(path)).split()


def _norm(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def facts(minutes: Minutes) -> list[dict[str, Any]]:
    """What the minutes record, without line numbers or quotes."""
    return [
        {
            "council": _norm(m.council),
            "body": _norm(m.body),
            "date": m.date,
            "start_time": m.start_time,
            "end_time": m.end_time,
            "venue": _norm(m.venue),
            "attendees": sorted(
                (_norm(a.name) or "", _norm(a.role) or "", str(a.capacity), str(a.status), a.chair)
                for a in m.attendees
            ),
            "items": [(_norm(i.number), _norm(i.title)) for i in m.items],
            "resolutions": [len(i.resolutions) for i in m.items],
            "actions": [sorted(_norm(a.owner.name) or "" for a in i.actions) for i in m.items],
        }
        for m in minutes.meetings
    ]


def _facts_or_error(path: Path) -> Any:
    try:
        return facts(api.extract(path))
    except GraphgovError as exc:
        # While the parser is incomplete a format may fail where text fails too: compare
        # the kind of failure, not the message (it names a different file).
        return type(exc).__name__


# --- text lines -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_fictional_minutes_read_to_the_same_lines(fictional: dict[str, Path], fmt: str) -> None:
    # Short lines never wrap, so every format must give back exactly the text's lines.
    assert _lines(fictional[fmt]) == _lines(fictional["text"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_reads_to_the_same_lines(seed: dict[str, Path], fmt: str) -> None:
    # The PDF wraps long paragraphs at the margin; the reader joins them back.
    assert _lines(seed[fmt]) == _lines(seed["text"])


def test_seed_pdf_reads_to_the_same_words(seed: dict[str, Path]) -> None:
    assert _words(seed["pdf"]) == _words(seed["text"])


def test_html_navigation_is_not_part_of_the_minutes(fictional: dict[str, Path]) -> None:
    text = read_document(fictional["html"]).text
    for chrome in ("Skip to main content", "Home > Meetings", "We use cookies", "Accessibility"):
        assert chrome not in text


# --- facts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_fictional_minutes_give_the_same_facts(fictional: dict[str, Path], fmt: str) -> None:
    assert _facts_or_error(fictional[fmt]) == _facts_or_error(fictional["text"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_gives_the_same_facts(seed: dict[str, Path], fmt: str) -> None:
    assert _facts_or_error(seed[fmt]) == _facts_or_error(seed["text"])


def test_every_format_is_recognised_as_minutes(fictional: dict[str, Path]) -> None:
    from graphgov.ingest.sniff import looks_like_minutes

    for path in fictional.values():
        assert looks_like_minutes(read_document(path).text), path.name


def test_fictional_facts_compared_are_not_empty(fictional: dict[str, Path]) -> None:
    # Guards the equivalence tests above against comparing two empty results.
    (meeting,) = facts(api.extract(fictional["text"]))
    assert meeting["date"] is not None and meeting["date"].isoformat() == "2025-10-14"
    assert [number for number, _ in meeting["items"]] == ["1", "2", "3", "4", "5", "6"]
    assert sum(meeting["resolutions"]) >= 5
    assert {"Priya Nandakumar", "Owen Lachlan"} <= {a[0] for a in meeting["attendees"]}

"""``graphgov ingest`` and ``graphgov stats``: incremental, per-file errors, never a traceback.

Most tests swap the parser for one that returns the example Minutes of tests/examples.py (so
they test the store, not extraction); the last ones run the real parser on fictional minutes in
tests/data/ingest and on the seeds in ../shared (read at run time, skipped when absent).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import examples
import pytest
from click.testing import CliRunner, Result

from graphgov.cli import cli
from graphgov.errors import NotMinutesError, StoreError
from graphgov.graph.ingestion import ingest_files
from graphgov.graph.schema import Label, node_id
from graphgov.model.minutes import Minutes, SourceInfo
from graphgov.model.vocab import DocFormat

DATA = Path(__file__).resolve().parent / "data" / "ingest"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
EXAMPLES: dict[str, Callable[[], Minutes]] = {
    "march": examples.march_minutes,
    "june": examples.june_minutes,
    "planning": examples.planning_minutes,
    "february": examples.february_minutes,
}


def fake_extract(path: str | Path, taxonomy: object = None) -> Minutes:
    """The example named on the file's first line ("example: march"), with the file's hash."""
    p = Path(path)
    data = p.read_bytes()
    first = data.decode().splitlines()[0] if data.strip() else ""
    if first == "crash":
        raise IndexError("list index out of range")
    if not first.startswith("example: "):
        raise NotMinutesError(p, "does not look like minutes")
    minutes = EXAMPLES[first.removeprefix("example: ")]()
    src = SourceInfo(str(p), hashlib.sha256(data).hexdigest(), DocFormat.TEXT)
    return dataclasses.replace(minutes, source=src)


@pytest.fixture()
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graphgov.api.extract", fake_extract)


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "minutes"
    (folder / "2024").mkdir(parents=True)
    (folder / "march.txt").write_text("example: march\n")
    (folder / "2024" / "june.txt").write_text("example: june\n")
    return folder


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def stats(store: Path) -> dict[str, Any]:
    result = run("stats", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_folder_recursively_then_stats(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "2 ingested (0 replaced), 0 unchanged, 0 failed" in result.stderr
    assert result.stdout == ""
    counts = stats(store)
    assert set(counts) == {"nodes", "relationships"}
    assert counts["nodes"]["Meeting"] == 2 and counts["nodes"]["Document"] == 2
    assert counts["relationships"]["ATTENDED"] == 9


def test_ingesting_twice_leaves_stats_unchanged(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    run("ingest", str(docs), "--store", str(store))
    before = stats(store)
    graph_before = (store / "graph.json").read_bytes()
    again = run("ingest", str(docs), "--store", str(store))
    assert again.exit_code == 0
    assert "0 ingested (0 replaced), 2 unchanged, 0 failed" in again.stderr
    assert stats(store) == before
    assert (store / "graph.json").read_bytes() == graph_before


def test_changed_file_replaces_its_own_facts(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    run("ingest", str(docs), "--store", str(store))
    (docs / "march.txt").write_text("example: planning\n")
    result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "1 ingested (1 replaced), 1 unchanged" in result.stderr
    graph = json.loads((store / "graph.json").read_text())
    dates = sorted(n["date"] for n in graph["nodes"] if n["label"] == "Meeting")
    assert dates == ["2024-05-01", "2024-06-10"]  # March's meeting is gone, June's stays
    ids = {n["id"] for n in graph["nodes"]}
    assert node_id(Label.PERSON, "Ashcombe", "Dev Anand") not in ids  # only March named him
    assert node_id(Label.PERSON, "Ashcombe", "Owen Baxter") in ids  # June names him too
    manifest = json.loads((store / "manifest.json").read_text())
    assert len(manifest["documents"]) == 2


def test_force_reads_unchanged_files_again(fake: None, docs: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    run("ingest", str(docs), "--store", str(store))
    # A newer graphgov reads March's file differently: as the planning meeting.
    monkeypatch.setitem(EXAMPLES, "march", examples.planning_minutes)
    assert "2 unchanged" in run("ingest", str(docs), "--store", str(store)).stderr
    result = run("ingest", str(docs), "--store", str(store), "--force")
    assert result.exit_code == 0
    assert "2 ingested (2 replaced), 0 unchanged" in result.stderr
    graph = json.loads((store / "graph.json").read_text())
    dates = sorted(n["date"] for n in graph["nodes"] if n["label"] == "Meeting")
    assert dates == ["2024-05-01", "2024-06-10"]


def test_folder_with_a_bad_file_ingests_the_rest(fake: None, docs: Path, tmp_path: Path) -> None:
    (docs / "letter.txt").write_text("Dear resident,\nthe bins are collected on Tuesdays.\n")
    store = tmp_path / "store"
    result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert errors == [f"Error: {(docs / 'letter.txt').resolve()}: does not look like minutes"]
    assert "Traceback" not in result.output
    assert "2 ingested (0 replaced), 0 unchanged, 1 failed" in result.stderr
    assert stats(store)["nodes"]["Meeting"] == 2


def test_bad_input_never_loses_what_was_stored(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    run("ingest", str(docs), "--store", str(store))
    before = (store / "graph.json").read_bytes()
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping: eggs, bread\n")
    result = run("ingest", str(bad), "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {bad.resolve()}: does not look like minutes"
    assert (store / "graph.json").read_bytes() == before


def test_parser_crash_is_one_line_unless_debug(fake: None, tmp_path: Path) -> None:
    crash = tmp_path / "odd.txt"
    crash.write_text("crash\n")
    result = run("ingest", str(crash), "--store", str(tmp_path / "store"))
    assert result.exit_code == 1
    assert "unexpected error while reading (IndexError: list index out of range)" in result.stderr
    assert str(crash) in result.stderr
    assert "Traceback" not in result.output
    debug = run("--debug", "ingest", str(crash), "--store", str(tmp_path / "store"))
    assert isinstance(debug.exception, IndexError)


def test_missing_paths_and_globs(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run("ingest", str(docs / "*.txt"), str(tmp_path / "nope.txt"),
                 str(tmp_path / "none-*.pdf"), "--store", str(store))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'nope.txt'}: no such file or folder" in result.stderr
    assert f"Error: {tmp_path / 'none-*.pdf'}: no file matches this pattern" in result.stderr
    assert "1 ingested (0 replaced), 0 unchanged, 2 failed" in result.stderr  # march.txt only
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.odt").write_text("x")
    nothing = run("ingest", str(empty), "--store", str(store))
    assert nothing.exit_code == 1
    assert nothing.stderr.startswith(f"Error: {empty}: no minutes files in this folder (looked "
                                     "for .txt")
    recursive = run("ingest", str(docs / "**" / "*.txt"), "--store", str(store))
    assert "1 ingested (0 replaced), 1 unchanged, 0 failed" in recursive.stderr


def test_same_content_at_two_paths_is_stored_once(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    copy = tmp_path / "copy-of-march.txt"
    copy.write_text("example: march\n")
    result = run("ingest", str(docs / "march.txt"), str(copy), "--store", str(store))
    assert "1 ingested (0 replaced), 1 unchanged" in result.stderr
    assert stats(store)["nodes"]["Document"] == 1


def test_document_naming_no_council_waits_for_one_that_does(fake: None, docs: Path,
                                                           tmp_path: Path) -> None:
    (docs / "0-planning.txt").write_text("example: planning\n")  # sorts before march.txt
    store = tmp_path / "store"
    assert run("ingest", str(docs), "--store", str(store)).exit_code == 0
    manifest = json.loads((store / "manifest.json").read_text())
    entry = manifest["documents"][str((docs / "0-planning.txt").resolve())]
    assert entry["councils"] == ["Ashcombe"]
    assert stats(store)["nodes"]["Council"] == 1
    alone = tmp_path / "alone"
    run("ingest", str(docs / "0-planning.txt"), "--store", str(alone), "--council", "Wexbridge")
    ids = {n["id"] for n in json.loads((alone / "graph.json").read_text())["nodes"]}
    assert {"council:wexbridge", "body:wexbridge/ashcombe-planning-committee"} <= ids


def test_initials_join_a_full_name_given_by_a_later_file_of_the_batch(
        fake: None, docs: Path, tmp_path: Path) -> None:
    (docs / "0-february.txt").write_text("example: february\n")  # sorts before march.txt
    store = tmp_path / "store"
    assert run("ingest", str(docs), "--store", str(store)).exit_code == 0
    graph = json.loads((store / "graph.json").read_text())
    people = {n["name"] for n in graph["nodes"] if n["label"] == "Person"}
    assert "O. Baxter" not in people and "Owen Baxter" in people
    owen = node_id(Label.PERSON, "Ashcombe", "Owen Baxter")
    assigned = [e for e in graph["edges"] if e["key"] == "ASSIGNED_TO" and e["end"] == owen]
    assert sorted(e["evidence_dates"][0] for e in assigned) == ["2024-02-05", "2024-03-04"]


def test_initials_stored_before_the_full_name_are_flagged(fake: None, docs: Path,
                                                          tmp_path: Path) -> None:
    (docs / "0-february.txt").write_text("example: february\n")
    store = tmp_path / "store"
    run("ingest", str(docs / "0-february.txt"), "--store", str(store))
    run("ingest", str(docs / "march.txt"), "--store", str(store))
    manifest = json.loads((store / "manifest.json").read_text())["documents"]
    march = manifest[str((docs / "march.txt").resolve())]
    assert {"council": "Ashcombe", "name": "Owen Baxter", "candidates": ["O. Baxter"],
            "reason": "fuller form of a name already stored"} in march["uncertain"]


def test_store_from_environment(fake: None, docs: Path, tmp_path: Path) -> None:
    env = {"GRAPHGOV_STORE": str(tmp_path / "env-store")}
    assert run("ingest", str(docs), env=env).exit_code == 0
    result = run("stats", "--format", "json", env=env)
    assert json.loads(result.stdout)["nodes"]["Meeting"] == 2


def test_corrupt_store_is_a_one_line_error_and_kept(fake: None, docs: Path,
                                                    tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "graph.json").write_text("{truncated")
    result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {store / 'graph.json'}: corrupt store file (invalid JSON at line 1); "
        "restore or remove it"]
    assert (store / "graph.json").read_text() == "{truncated"


def test_store_path_that_is_a_file(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.txt"
    store.write_text("not a folder")
    result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 2  # click refuses the option before anything runs
    assert "is a file" in result.stderr and "Traceback" not in result.output
    with pytest.raises(StoreError, match="store path is a file, not a folder"):
        ingest_files([docs / "march.txt"], store, fake_extract)


def test_second_writer_is_refused(fake: None, docs: Path, tmp_path: Path) -> None:
    from graphgov.graph.stores.networkx_store import write_lock

    store = tmp_path / "store"
    with write_lock(store):
        result = run("ingest", str(docs), "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {store}: another graphgov command is writing this "
                                     "store; try again when it has finished")
    assert run("ingest", str(docs), "--store", str(store)).exit_code == 0  # lock released


def test_stats_formats_and_missing_store(fake: None, docs: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    missing = run("stats", "--store", str(store))
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"Error: {store}: no graphgov store here")
    run("ingest", str(docs), "--store", str(store))
    table = run("stats", "--store", str(store)).stdout
    assert table.splitlines()[0].startswith("Nodes (")
    assert any(ln.split() == ["Meeting", "2"] for ln in table.splitlines())
    csv = run("stats", "--store", str(store), "--format", "csv").stdout.splitlines()
    assert csv[0] == "kind,name,count" and "node,Meeting,2" in csv


def test_uncertain_references_recorded_and_aliases_settle_them(fake: None, docs: Path,
                                                               tmp_path: Path) -> None:
    store = tmp_path / "store"
    run("ingest", str(docs / "march.txt"), "--store", str(store))
    run("ingest", str(docs / "2024" / "june.txt"), "--store", str(store))
    manifest = json.loads((store / "manifest.json").read_text())
    june = manifest["documents"][str((docs / "2024" / "june.txt").resolve())]
    assert june["uncertain"] == [{"council": "Ashcombe", "name": "Baxter", "reason":
                                  "several people fit this name",
                                  "candidates": ["Owen Baxter", "Ruth Baxter"]}]
    (tmp_path / "aliases.toml").write_text('[people]\n"Baxter" = "Owen Baxter"\n')
    fresh = tmp_path / "fresh"
    run("ingest", str(docs / "march.txt"), "--store", str(fresh))
    result = run("ingest", str(docs / "2024" / "june.txt"), "--store", str(fresh),
                 "--aliases", str(tmp_path / "aliases.toml"))
    assert result.exit_code == 0
    graph = json.loads((fresh / "graph.json").read_text())
    owners = {e["end"] for e in graph["edges"] if e["key"] == "ASSIGNED_TO"}
    assert node_id(Label.PERSON, "Ashcombe", "Owen Baxter") in owners
    assert node_id(Label.PERSON, "Ashcombe", "Baxter") not in owners


def test_bad_aliases_file_is_a_one_line_error(fake: None, docs: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text("[people\n")
    result = run("ingest", str(docs), "--store", str(tmp_path / "s"), "--aliases", str(aliases))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {aliases}: not valid TOML")


# -- the real parser -------------------------------------------------------------------------

def test_fictional_minutes_end_to_end(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run("ingest", str(DATA), "--store", str(store))
    assert result.exit_code == 1  # the shopping list is not minutes
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error:")]
    assert len(errors) == 1 and "shopping-list.txt" in errors[0]
    counts = stats(store)
    assert counts["nodes"]["Meeting"] == 2
    assert counts["nodes"]["Council"] == 1
    graph = json.loads((store / "graph.json").read_text())
    people = {n["name"] for n in graph["nodes"] if n["label"] == "Person"}
    assert {"Owen Baxter", "Ruth Baxter", "Priya Marsh", "Tom Hale"} <= people
    again = run("ingest", str(DATA), "--store", str(store))
    assert "2 unchanged" in again.stderr
    assert stats(store) == counts


def test_seeds_ingested_twice_leave_stats_unchanged(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed minutes not found at {SEEDS}")
    store = tmp_path / "store"
    first = run("ingest", str(SEEDS), "--store", str(store))
    assert first.exit_code == 0, first.stderr
    counts = stats(store)
    assert counts["nodes"]["Meeting"] >= 2
    second = run("ingest", str(SEEDS), "--store", str(store))
    assert second.exit_code == 0
    assert "0 ingested" in second.stderr
    assert stats(store) == counts


def test_folder_search_skips_markdown_notes_but_reads_a_named_one(tmp_path: Path) -> None:
    """A folder of minutes with a README.md: the README is no meeting; named, a .md is read."""
    from graphgov.samples import sample_paths

    folder = tmp_path / "minutes"
    folder.mkdir()
    first = Path(sample_paths()[0])
    (folder / first.name).write_bytes(first.read_bytes())
    (folder / "README.md").write_text("# Notes\n\nMinutes of our committees, 2025.\n",
                                      encoding="utf-8")
    store = tmp_path / "store"
    result = run("ingest", str(folder), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "1 ingested (0 replaced), 0 unchanged, 0 failed" in result.stderr
    assert stats(store)["nodes"]["Meeting"] == 1

    notes = tmp_path / "meeting.md"
    notes.write_bytes(first.read_bytes())
    named = run("ingest", str(notes), "--store", str(tmp_path / "other"))
    assert named.exit_code == 0, named.output
    assert "1 ingested" in named.stderr

"""``graphgov queries``, ``query`` and ``owners`` through the CLI, on a store holding the
fictional Fernbridge graph (tests/graph_fixtures.py)."""

from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from graphgov.cli import cli
from graphgov.graph.stores.networkx_store import GRAPH_FILE, write_graph
from tests.graph_fixtures import fixture_graph

RESOURCES = "post=Corporate Director, Resources"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    write_graph(fixture_graph(), folder / GRAPH_FILE)
    return folder


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_queries_lists_every_query_with_parameters() -> None:
    result = invoke("queries")
    assert result.exit_code == 0, result.output
    assert "post-holders post date?" in result.stdout
    assert "brokers top?=10" in result.stdout
    assert "actions owner? theme? body? from? to?" in result.stdout
    listed = json.loads(invoke("queries", "--format", "json").stdout)
    assert len(listed) == 10
    holders = next(q for q in listed if q["name"] == "post-holders")
    assert holders["params"] == [
        {"name": "post", "required": True, "type": "str", "default": None},
        {"name": "date", "required": False, "type": "date", "default": None}]
    assert holders["columns"] == ["post", "person", "first_seen", "last_seen", "evidence"]
    assert holders["description"].startswith("Who held a post")
    rows = list(csv.reader(io.StringIO(invoke("queries", "--format", "csv").stdout)))
    assert rows[0] == ["name", "params", "description"] and len(rows) == 11


def test_query_table_is_aligned(store: Path) -> None:
    result = invoke("query", "post-holders", "--param", RESOURCES, "--store", str(store))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["post", "person", "first_seen", "last_seen", "evidence"]
    assert set(lines[1]) == {"-", " "}
    assert "Lena Hart" in lines[2] and "Sam Okoro" in lines[3]
    column = lines[0].index("person")
    assert lines[2][column:].startswith("Lena Hart") and lines[3][column:].startswith("Sam Okoro")


def test_query_json_and_csv(store: Path) -> None:
    args = ("query", "post-holders", "--param", RESOURCES, "--param", "date=2023-07-11",
            "--store", str(store))
    rows = json.loads(invoke(*args, "--format", "json").stdout)
    assert [(r["person"], r["first_seen"]) for r in rows] == [("Sam Okoro", "2023-07-11")]
    assert rows[0]["evidence"] == [
        "minutes/cabinet-2023-07-11.txt:17: Sam Okoro, Corporate Director, Resources"]
    table = list(csv.DictReader(io.StringIO(invoke(*args, "--format", "csv").stdout)))
    assert [r["person"] for r in table] == ["Sam Okoro"]
    assert table[0]["post"] == "Corporate Director, Resources"


def test_csv_joins_list_cells(store: Path) -> None:
    result = invoke("query", "co-attendance", "--param", "name=Tessa Lowe", "--store", str(store),
                    "--format", "csv")
    first = next(csv.DictReader(io.StringIO(result.stdout)))
    assert first["other"] == "Owen Pratt"
    assert first["bodies"] == "Cabinet; Overview and Scrutiny Committee; Schools Forum"


def test_empty_result_says_so(store: Path) -> None:
    args = ("query", "post-holders", "--param", RESOURCES, "--param", "date=2022-12-01",
            "--store", str(store))
    result = invoke(*args)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No results for post-holders (post=Corporate Director, Resources, date=2022-12-01)" \
        in result.stderr
    assert json.loads(invoke(*args, "--format", "json").stdout) == []


@pytest.mark.parametrize(("args", "message"), [
    (("query", "nope"), "Error: unknown query 'nope'; known: actions, body, brokers"),
    (("query", "path", "--param", "from=Lena Hart", "--param", "colour=red"),
     "Error: path: unknown parameter colour (parameters: from, to)"),
    (("query", "path", "--param", "from=Lena Hart"),
     "Error: path: missing required parameter to (--param to=...)"),
    (("query", "post-holders", "--param", RESOURCES, "--param", "date=last May"),
     "Error: post-holders: parameter date must be a date YYYY-MM-DD, got 'last May'"),
    (("query", "brokers", "--param", "top=ten"),
     "Error: brokers: parameter top must be a whole number, got 'ten'"),
])
def test_errors_are_one_line(store: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke(*args, "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1


def test_malformed_param_is_a_usage_error(store: Path) -> None:
    result = invoke("query", "path", "--param", "from", "--store", str(store))
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.stderr


def test_missing_store_is_an_error(tmp_path: Path) -> None:
    result = invoke("query", "brokers", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert "no graphgov store here" in result.stderr


def test_owners_is_the_theme_owners_shortcut(store: Path) -> None:
    result = invoke("owners", "--theme", "grants", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["person"], r["basis"]) for r in rows] == [
        ("Lena Hart", "action"), ("Sam Okoro", "action"),
        ("Lena Hart", "presenter"), ("Sam Okoro", "presenter")]
    same = invoke("query", "theme-owners", "--param", "theme=grants", "--store", str(store),
                  "--format", "json")
    assert json.loads(same.stdout) == rows
    table = invoke("owners", "--store", str(store)).stdout
    assert table.splitlines()[0].split() == ["theme", "person", "basis", "post", "items",
                                             "evidence"]
    assert "Head of Procurement" in table
    empty = invoke("owners", "--theme", "Housing", "--store", str(store))
    assert empty.exit_code == 0 and "No results for theme-owners (theme=Housing)" in empty.stderr


def test_neo4j_backend_runs_the_stored_cypher(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphgov.graph.stores import neo4j_store

    seen: dict[str, Any] = {}

    @contextmanager
    def fake_connect(settings: Any, **_: Any) -> Any:
        seen["uri"] = settings.uri
        yield "driver"

    def fake_run(driver: Any, database: Any, text: str, params: dict[str, Any]) -> list[Any]:
        seen.update(driver=driver, text=text, params=params)
        return [{"evidence": ["x.txt:3: Sam Okoro"], "last_seen": "2023-07-11",
                 "first_seen": "2023-07-11", "person": "Sam Okoro", "post": "P"}]

    monkeypatch.setattr(neo4j_store, "connect", fake_connect)
    monkeypatch.setattr(neo4j_store, "run_named_query", fake_run)
    result = CliRunner().invoke(cli, ["query", "post-holders", "--param", "post=P",
                                      "--backend", "neo4j", "--format", "csv"],
                                env={"NEO4J_URI": "bolt://example.invalid:7687"})
    assert result.exit_code == 0, result.output
    assert seen["uri"] == "bolt://example.invalid:7687" and seen["driver"] == "driver"
    assert seen["params"] == {"post": "P", "date": None}
    assert "MATCH (ps:Post)" in seen["text"] and "$post" in seen["text"]
    # columns come back in the declared order whatever order the server used
    assert result.stdout.splitlines()[0] == "post,person,first_seen,last_seen,evidence"

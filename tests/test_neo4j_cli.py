"""`graphgov push` and `graphgov cypher` through CliRunner: against a closed port (no server
can run here) and against the fake driver for what they print."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j_fake import FakeDatabase, FakeDriver, fictional_graph

from graphgov.cli import cli
from graphgov.graph.stores import neo4j_store
from graphgov.graph.stores.networkx_store import GRAPH_FILE, write_graph

PASSWORD = "open-sesame-42"  # noqa: S105  (made up; it must never be printed)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    write_graph(fictional_graph(), folder / GRAPH_FILE)
    return folder


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    port = _closed_port()
    values = {"NEO4J_URI": f"bolt://127.0.0.1:{port}", "NEO4J_USERNAME": "neo4j",
              "NEO4J_PASSWORD": PASSWORD}
    for name in ("NEO4J_DATABASE", "GRAPHGOV_STORE"):
        monkeypatch.delenv(name, raising=False)
    return values


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeDriver:
    driver = FakeDriver()
    seen: list[Any] = []

    @contextmanager
    def connect(settings: Any, **_: Any) -> Iterator[FakeDriver]:
        seen.append(settings)
        yield driver

    monkeypatch.setattr(neo4j_store, "connect", connect)
    driver.settings_seen = seen  # type: ignore[attr-defined]
    return driver


def _assert_one_clean_line(output: str, address: str) -> None:
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert lines[0].startswith(f"Error: cannot reach Neo4j at {address}: "), output
    assert PASSWORD not in output and "Traceback" not in output


def test_push_without_a_server_fails_on_one_line(store: Path, env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["push", "--store", str(store), "--no-progress"], env=env)
    assert result.exit_code == 1
    _assert_one_clean_line(result.output, env["NEO4J_URI"])


def test_push_with_options_instead_of_environment(store: Path) -> None:
    uri = f"neo4j://127.0.0.1:{_closed_port()}"
    result = CliRunner().invoke(cli, ["push", "--store", str(store), "--uri", uri,
                                      "--password", PASSWORD, "--database", "minutes"], env={})
    assert result.exit_code == 1
    _assert_one_clean_line(result.output, uri)


def test_cypher_without_a_server_fails_on_one_line(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n) RETURN count(n)"], env=env)
    assert result.exit_code == 1
    _assert_one_clean_line(result.output, env["NEO4J_URI"])


def test_a_password_in_the_uri_is_not_printed(env: dict[str, str]) -> None:
    port = _closed_port()
    env = {**env, "NEO4J_URI": f"bolt://neo4j:{PASSWORD}@127.0.0.1:{port}"}
    result = CliRunner().invoke(cli, ["cypher", "RETURN 1"], env=env)
    assert result.exit_code == 1
    _assert_one_clean_line(result.output, f"bolt://127.0.0.1:{port}")


def test_cypher_refuses_writes_before_connecting(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n:Person) DETACH DELETE n"], env=env)
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: refusing to run a query that writes (DETACH); pass --write to allow it")


def test_push_without_a_store_says_so(tmp_path: Path, env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["push", "--store", str(tmp_path / "none")], env=env)
    assert result.exit_code == 1
    assert "no graphgov store here" in result.output


def test_push_prints_counts_per_label_and_type(store: Path, env: dict[str, str],
                                               fake: FakeDriver) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["push", "--store", str(store), "--format", "json",
                                "--batch-size", "2", "--no-progress"], env=env)
    assert first.exit_code == 0, first.output
    counts = {row["name"]: row for row in json.loads(first.output)}
    assert counts["Person"] == {"kind": "nodes", "name": "Person", "rows": 3, "written": 3,
                                "created": 3}
    assert counts["ATTENDED (Person->Meeting)"]["created"] == 3
    assert max(len(c.parameters["rows"]) for c in fake.writes()) == 2
    second = runner.invoke(cli, ["push", "--store", str(store), "--format", "json",
                                 "--no-progress"], env=env)
    assert all(row["created"] == 0 for row in json.loads(second.output))
    table = runner.invoke(cli, ["push", "--store", str(store), "--no-progress"], env=env)
    assert table.output.splitlines()[0].split() == ["kind", "name", "rows", "written", "created"]
    settings = fake.settings_seen[0]  # type: ignore[attr-defined]
    assert settings.uri == env["NEO4J_URI"] and settings.password == PASSWORD


def test_push_reports_a_failed_batch_and_exits_non_zero(store: Path, env: dict[str, str],
                                                        fake: FakeDriver) -> None:
    from neo4j.exceptions import CypherTypeError

    fake.failures = [None] * 20 + [CypherTypeError("Property values can only be primitives")]
    result = CliRunner().invoke(cli, ["push", "--store", str(store), "--no-progress"], env=env)
    assert result.exit_code == 1
    assert "failed: " in result.output and "primitives" in result.output
    assert result.output.strip().splitlines()[-1].startswith("Error: push incomplete; 1 batch")


def test_push_shows_progress_on_stderr(store: Path, env: dict[str, str],
                                       fake: FakeDriver) -> None:
    result = CliRunner().invoke(cli, ["push", "--store", str(store), "--format", "json"],
                                env=env)
    assert result.exit_code == 0
    assert "Pushing" in result.stderr
    json.loads(result.stdout)  # stdout stays clean data


def test_cypher_passes_typed_parameters_and_formats(env: dict[str, str],
                                                   fake: FakeDriver) -> None:
    fake.db = FakeDatabase(answer=(["person", "meetings"], [{"person": "Ann Lee", "meetings": 4}]))
    result = CliRunner().invoke(cli, [
        "cypher", "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS person, $n AS meetings",
        "--param", "name=Ann Lee", "--param", "n=4", "--param", "date=2025-03-04",
        "--param", 'item="7"', "--format", "csv"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output == "person,meetings\nAnn Lee,4\n"
    (call,) = fake.calls
    assert call.parameters == {"name": "Ann Lee", "n": 4, "date": "2025-03-04", "item": "7"}
    assert (call.kind, call.access_mode) == ("read", "READ")


def test_cypher_write_flag_uses_a_write_transaction(env: dict[str, str],
                                                    fake: FakeDriver) -> None:
    result = CliRunner().invoke(cli, ["cypher", "MERGE (t:Theme {name: $n}) RETURN t.name AS n",
                                      "--param", "n=parks", "--write"], env=env)
    assert result.exit_code == 0, result.output
    assert [(c.kind, c.access_mode) for c in fake.calls] == [("auto", "WRITE")]


def test_bad_param_is_a_usage_error(env: dict[str, str]) -> None:
    result = CliRunner().invoke(cli, ["cypher", "RETURN $x", "--param", "novalue"], env=env)
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.output

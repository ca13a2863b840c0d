"""The Neo4j store without a server: statements, parameters, batching, retries, read-only
checks and value conversion, against a fake that mimics the official driver's API."""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from neo4j.exceptions import CypherTypeError, ServiceUnavailable, TransientError
from neo4j_fake import COUNCIL, HOSTILE_NAME, FakeDatabase, FakeDriver, fictional_graph

from graphgov.config import Neo4jSettings, neo4j_settings, redact_uri
from graphgov.errors import Neo4jConnectionError, QueryError, StoreError
from graphgov.graph.schema import Label, Rel, node_id
from graphgov.graph.stores.neo4j_output import format_push_report, format_rows
from graphgov.graph.stores.neo4j_statements import (
    batched,
    declared_statements,
    lint_schema,
    node_statement,
    plan_push,
    relationship_statement,
    split_statements,
    storable,
    storable_props,
)
from graphgov.graph.stores.neo4j_store import (
    check_read_only,
    connect,
    graph_counts,
    push_graph,
    run_cypher,
    run_named_query,
    schema_path,
    to_plain,
)

REPO = Path(__file__).resolve().parents[1]
SECRET = "s3cret-pw"  # noqa: S105  (made up; it must never appear in a message)


# --- rows and statements ---------------------------------------------------------------------


def test_plan_groups_nodes_per_label_and_edges_per_type_and_end_labels() -> None:
    plan = plan_push(fictional_graph())
    assert [g.label for g in plan.nodes] == [Label.COUNCIL, Label.BODY, Label.MEETING,
                                             Label.PERSON, Label.ITEM, Label.THEME]
    assert [g.name for g in plan.relationships] == [
        "HELD (Body->Meeting)", "PART_OF (Body->Council)", "ATTENDED (Person->Meeting)",
        "HAS_ITEM (Meeting->Item)", "ABOUT (Item->Theme)"]
    people = next(g for g in plan.nodes if g.label is Label.PERSON)
    assert len(people.rows) == 3
    assert [r["id"] for r in people.rows] == sorted(r["id"] for r in people.rows)
    attended = next(g for g in plan.relationships if g.type is Rel.ATTENDED)
    row = attended.rows[0]
    assert set(row) == {"start", "end", "props"}
    assert row["end"] == node_id(Label.MEETING, COUNCIL, "Parks Committee", "2025-03-04", "18:30")
    assert plan.total_rows == 8 + 7


def test_rows_keep_storable_properties_only() -> None:
    plan = plan_push(fictional_graph())
    meeting = next(g for g in plan.nodes if g.label is Label.MEETING).rows[0]
    assert "end_time" not in meeting["props"]  # None is dropped, never stored
    assert "label" not in meeting["props"]  # the label is the Neo4j label, not a property
    assert meeting["props"]["id"] == meeting["id"]
    attended = next(g for g in plan.relationships if g.type is Rel.ATTENDED).rows[0]["props"]
    assert "type" not in attended and "role" not in attended
    assert attended["evidence_lines"] == [5] and attended["notes"] == []


@pytest.mark.parametrize(("value", "expected"), [
    (None, None),
    ("text", "text"),
    (3, 3),
    (2.5, 2.5),
    (True, True),
    (dt.date(2025, 3, 4), "2025-03-04"),
    (["a", None, "b"], ["a", "b"]),
    ((1, 2), [1, 2]),
    ([1, "two"], ["1", "two"]),
    ([True, 1], ["True", "1"]),
    ({"b": 1, "a": None}, '{"a": null, "b": 1}'),
    (2**70, str(2**70)),
    ([[1, 2], [3]], ["[1, 2]", "[3]"]),
    ({"z", "y"}, ["y", "z"]),
])
def test_storable_values(value: object, expected: object) -> None:
    assert storable(value) == expected


def test_storable_props_sorted_and_skipping() -> None:
    props = storable_props({"z": 1, "label": "Person", "a": None, "m": "x"}, {"label"})
    assert list(props) == ["m", "z"]


def test_batches_split_rows_in_order() -> None:
    rows = [{"id": str(i)} for i in range(2500)]
    batches = list(batched(rows, 1000))
    assert [len(b) for b in batches] == [1000, 1000, 500]
    assert [r for b in batches for r in b] == rows
    with pytest.raises(ValueError, match="at least 1"):
        list(batched(rows, 0))


def test_statements_come_from_the_schema_vocabulary() -> None:
    assert node_statement(Label.PERSON) == (
        "UNWIND $rows AS row\nMERGE (n:Person {id: row.id})\nSET n += row.props\n"
        "RETURN count(n) AS written")
    assert relationship_statement(Rel.ATTENDED, Label.PERSON, Label.MEETING) == (
        "UNWIND $rows AS row\nMATCH (a:Person {id: row.start})\nMATCH (b:Meeting {id: row.end})\n"
        "MERGE (a)-[r:ATTENDED]->(b)\nSET r += row.props\nRETURN count(r) AS written")
    with pytest.raises(ValueError):
        node_statement("Person) DETACH DELETE (n")  # type: ignore[arg-type]


def test_unknown_label_or_type_in_graph_is_a_store_error() -> None:
    g = fictional_graph()
    g.add_node("x:1", label="Spaceship", id="x:1")
    with pytest.raises(StoreError, match="Spaceship"):
        plan_push(g)
    g = fictional_graph()
    person = next(n for n, a in g.nodes(data=True) if a["label"] == "Person")
    g.add_edge(person, person, key="LIKES", type="LIKES")
    with pytest.raises(StoreError, match="LIKES"):
        plan_push(g)


# --- push -------------------------------------------------------------------------------------


def test_push_sends_schema_then_batched_merges_with_parameters() -> None:
    driver = FakeDriver()
    report = push_graph(driver, fictional_graph(people=5), database="minutes", batch_size=2)
    schema = split_statements(schema_path().read_text(encoding="utf-8"))
    assert [c.query for c in driver.calls[: len(schema)]] == schema
    assert report.schema_statements == len(schema) == len(driver.db.schema)
    assert all(c.database == "minutes" for c in driver.calls)
    assert {c.kind for c in driver.calls[: len(schema)]} == {"auto"}
    writes = driver.writes()
    assert {c.kind for c in writes} == {"write"}
    allowed = set(declared_statements())
    assert all(c.query in allowed for c in writes)
    assert all(set(c.parameters) == {"rows"} and 1 <= len(c.parameters["rows"]) <= 2
               for c in writes)
    person_batches = [c for c in writes if "MERGE (n:Person" in c.query]
    assert [len(c.parameters["rows"]) for c in person_batches] == [2, 2, 1]
    first_rel = next(i for i, c in enumerate(writes) if "MATCH (a:" in c.query)
    assert all("MERGE (n:" in c.query for c in writes[:first_rel])  # nodes before relationships
    assert report.ok and report.problem() is None


def test_no_statement_contains_document_text() -> None:
    g = fictional_graph()
    driver = FakeDriver()
    push_graph(driver, g)
    texts = {str(v) for _, attrs in g.nodes(data=True) for k, v in attrs.items()
             if isinstance(v, str) and k != "label"}
    texts |= {str(v) for *_, attrs in g.edges(keys=True, data=True) for k, v in attrs.items()
              if isinstance(v, str) and k != "type"}
    for call in driver.calls:
        assert not [t for t in texts if t in call.query], call.query
    sent = json.dumps([c.parameters for c in driver.writes()])
    assert json.dumps(HOSTILE_NAME)[1:-1] in sent  # the text did travel, as a parameter


def test_push_twice_changes_nothing() -> None:
    g = fictional_graph()
    driver = FakeDriver()
    first = push_graph(driver, g)
    snapshot = (dict(driver.db.nodes), dict(driver.db.rels))
    second = push_graph(driver, g)
    assert (driver.db.nodes, driver.db.rels) == snapshot
    assert sum(c.created for c in first.counts) == g.number_of_nodes() + g.number_of_edges()
    assert all(c.created == 0 for c in second.counts)
    assert [(c.name, c.rows, c.written) for c in first.counts] == \
        [(c.name, c.rows, c.written) for c in second.counts]
    counts = graph_counts(driver)
    assert counts["Person"] == 3 and counts["ATTENDED"] == 3 and counts["Resolution"] == 0


def test_a_transient_failure_is_retried_with_backoff() -> None:
    schema_count = len(split_statements(schema_path().read_text(encoding="utf-8")))
    failures: list[BaseException | None] = [None] * schema_count
    failures += [TransientError("deadlock"), TransientError("deadlock")]
    driver = FakeDriver(failures=failures)
    waits: list[float] = []
    report = push_graph(driver, fictional_graph(), retries=3, backoff=0.5, sleep=waits.append)
    assert waits == [0.5, 1.0]
    assert report.ok
    council_batches = [c for c in driver.writes() if "MERGE (n:Council" in c.query]
    assert len(council_batches) == 3  # two failed tries, then the one that took


def test_a_batch_failing_after_retries_is_reported_and_push_goes_on() -> None:
    schema_count = len(split_statements(schema_path().read_text(encoding="utf-8")))
    failures: list[BaseException | None] = [None] * schema_count + [TransientError("busy")] * 3
    driver = FakeDriver(failures=failures)
    report = push_graph(driver, fictional_graph(), retries=2, sleep=lambda _: None)
    assert not report.ok and report.aborted is None
    assert [(f.name, f.batch, f.rows) for f in report.failures] == [("Council", 1, 1)]
    assert "busy" in report.failures[0].error
    assert len(report.counts) == 11  # every group was still attempted
    assert "1 batch(es) of 1 row(s) failed" in (report.problem() or "")


def test_a_client_error_is_not_retried() -> None:
    schema_count = len(split_statements(schema_path().read_text(encoding="utf-8")))
    driver = FakeDriver(failures=[None] * schema_count + [CypherTypeError("bad property")])
    waits: list[float] = []
    report = push_graph(driver, fictional_graph(), sleep=waits.append)
    assert waits == [] and len(report.failures) == 1


def test_push_stops_when_the_server_goes_away() -> None:
    schema_count = len(split_statements(schema_path().read_text(encoding="utf-8")))
    gone = [ServiceUnavailable("connection lost")] * 2
    driver = FakeDriver(failures=[None] * schema_count + [None] + gone)
    report = push_graph(driver, fictional_graph(), retries=1, sleep=lambda _: None)
    assert report.aborted and len(report.failures) == 1
    assert [c.name for c in report.counts] == ["Council", "Body"]
    assert "push stopped" in (report.problem() or "")


def test_push_reports_progress_per_batch() -> None:
    seen: list[tuple[int, int]] = []
    push_graph(FakeDriver(), fictional_graph(people=5), batch_size=3,
               progress=lambda step, total: seen.append((step, total)))
    assert {t for _, t in seen} == {10 + 9}
    assert sum(s for s, _ in seen) == 19


def test_a_refused_schema_is_one_store_error() -> None:
    from neo4j.exceptions import ClientError

    driver = FakeDriver(failures=[ClientError("Database does not exist: minutes")])
    with pytest.raises(StoreError, match=r"^Neo4j refused the schema statements: Database does "
                                         r"not exist: minutes$"):
        push_graph(driver, fictional_graph(), database="minutes")
    driver = FakeDriver(failures=[ServiceUnavailable("connection reset")])
    with pytest.raises(Neo4jConnectionError, match="lost the Neo4j connection"):
        push_graph(driver, fictional_graph())


def test_push_refuses_a_zero_batch_size() -> None:
    with pytest.raises(StoreError, match="batch size"):
        push_graph(FakeDriver(), fictional_graph(), batch_size=0)


# --- queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", [
    "MATCH (n:Person) RETURN n.name",
    "MATCH (n) WHERE n.set = 1 RETURN n.create AS created",
    "RETURN {create: 1, merge: 2} AS m",
    "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n // DELETE everything",
    "MATCH (n:`SET`) RETURN $merge",
    "/* MERGE */ SHOW INDEXES",
    "MATCH (n) RETURN n.createdAt, n.offset",
])
def test_read_queries_pass_the_check(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize(("query", "word"), [
    ("CREATE (n:Person {name: 'x'})", "CREATE"),
    ("MATCH (n) merge (m:Item)", "MERGE"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MATCH (n) SET n.x = 1", "SET"),
    ("MATCH (n) REMOVE n.x", "REMOVE"),
    ("DROP INDEX person_name", "DROP"),
    ("LOAD  CSV FROM 'file:///x' AS row RETURN row", "LOAD CSV"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "FOREACH"),
    ("MATCH (n) CALL (n) { RETURN 1 AS one } IN TRANSACTIONS RETURN n", "IN TRANSACTIONS"),
])
def test_write_queries_are_refused(query: str, word: str) -> None:
    with pytest.raises(QueryError, match=f"writes \\({word}\\); pass --write"):
        check_read_only(query)


def test_run_cypher_reads_in_a_read_session_with_parameters() -> None:
    db = FakeDatabase(answer=(["name", "n"], [{"name": "Ann", "n": 2}]))
    driver = FakeDriver(db)
    result = run_cypher(driver, "MATCH (p:Person {name: $name}) RETURN p.name AS name, 2 AS n",
                        {"name": "Ann"}, database="minutes")
    assert result.columns == ("name", "n") and result.rows == ({"name": "Ann", "n": 2},)
    (call,) = driver.calls
    assert (call.kind, call.access_mode, call.database) == ("read", "READ", "minutes")
    assert call.parameters == {"name": "Ann"}


def test_run_cypher_write_needs_the_flag() -> None:
    driver = FakeDriver()
    with pytest.raises(QueryError):
        run_cypher(driver, "CREATE (n:Theme {name: $name})", {"name": "x"})
    assert driver.calls == []
    run_cypher(driver, "CREATE (n:Theme {name: $name})", {"name": "x"}, write=True)
    assert [(c.kind, c.access_mode) for c in driver.calls] == [("auto", "WRITE")]


def test_server_errors_become_one_line_query_errors() -> None:
    driver = FakeDriver(failures=[CypherTypeError("Type mismatch\nexpected Integer")])
    with pytest.raises(QueryError, match=r"^Neo4j refused the query: Type mismatch$"):
        run_cypher(driver, "RETURN 1 + 'a'")
    driver = FakeDriver(failures=[ServiceUnavailable("gone")])
    with pytest.raises(Neo4jConnectionError, match="lost the Neo4j connection"):
        run_cypher(driver, "RETURN 1")


def test_run_named_query_returns_plain_rows() -> None:
    from neo4j.time import Date, DateTime

    db = FakeDatabase(answer=(["person", "first", "seen"],
                              [{"person": "Ann", "first": Date(2025, 3, 4),
                                "seen": [DateTime(2025, 3, 4, 18, 30)]}]))
    rows = run_named_query(FakeDriver(db), None, "MATCH (p) RETURN p", {"top": 5})
    assert rows == [{"person": "Ann", "first": "2025-03-04",
                     "seen": ["2025-03-04T18:30:00.000000000"]}]


def test_to_plain_converts_graph_values() -> None:
    from neo4j.graph import Graph, Node

    node = Node(Graph(), "4:x:1", 1, ["Person"], {"name": "Ann", "notes": ["late"]})
    assert to_plain({"p": node, "when": dt.date(2025, 1, 2), "xs": (1, 2)}) == {
        "p": {"name": "Ann", "notes": ["late"]}, "when": "2025-01-02", "xs": [1, 2]}


# --- connecting -------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connect_to_a_closed_port_names_the_address_not_the_password() -> None:
    port = _closed_port()
    settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=SECRET)
    with pytest.raises(Neo4jConnectionError) as info, connect(settings):
        pass
    message = str(info.value)
    assert message.startswith(f"cannot reach Neo4j at bolt://127.0.0.1:{port}: ")
    assert SECRET not in message and "\n" not in message


def test_credentials_in_the_uri_are_never_shown() -> None:
    port = _closed_port()
    settings = Neo4jSettings(uri=f"neo4j://ann:{SECRET}@127.0.0.1:{port}", password=SECRET)
    assert SECRET not in repr(settings)
    with pytest.raises(Neo4jConnectionError) as info, connect(settings):
        pass
    assert SECRET not in str(info.value)
    assert f"127.0.0.1:{port}" in str(info.value)


@contextmanager
def _loopback_server(reply: bytes | None) -> Iterator[int]:
    """A port on 127.0.0.1 that accepts (at most 5 times) and answers ``reply``, or stays
    silent when None; closed on exit."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.1)  # short waits, so the thread notices `done` quickly
    done = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        accepted = 0
        while not done.is_set() and accepted < 5:
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted += 1
            held.append(conn)
            if reply is not None:
                conn.settimeout(5)
                conn.recv(64)
                conn.sendall(reply)
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1])
    finally:
        done.set()
        thread.join(timeout=5)
        server.close()
        for conn in held:
            conn.close()


@pytest.mark.parametrize(("reply", "reason"), [
    (b"HTTP/1.1 400 Bad Request\r\n\r\n", "looks like HTTP"),
    (None, "handshake"),
])
def test_a_port_that_is_not_bolt_fails_in_bounded_time(reply: bytes | None, reason: str) -> None:
    with _loopback_server(reply) as port:
        settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=SECRET)
        with pytest.raises(Neo4jConnectionError) as info, connect(settings, timeout=1):
            pass
    message = str(info.value)
    assert message.startswith(f"cannot reach Neo4j at bolt://127.0.0.1:{port}: ")
    assert reason in message and "\n" not in message and SECRET not in message


def test_unsupported_scheme_is_a_connection_error() -> None:
    with pytest.raises(Neo4jConnectionError, match="must start with bolt:// or neo4j://"), \
            connect(Neo4jSettings(uri="localhost:7687")):
        pass


def test_settings_come_from_options_then_environment() -> None:
    env = {"NEO4J_URI": "bolt://db.example:7687", "NEO4J_USERNAME": "reader",
           "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "minutes"}
    assert neo4j_settings(env=env) == Neo4jSettings("bolt://db.example:7687", "reader", "pw",
                                                    "minutes")
    assert neo4j_settings(uri="neo4j://other", database="x", env=env).uri == "neo4j://other"
    assert neo4j_settings(env={}) == Neo4jSettings()
    assert redact_uri("bolt://u:p@host:7687/x") == "bolt://host:7687/x"


# --- output -----------------------------------------------------------------------------------


def test_format_rows_table_json_csv() -> None:
    rows = [{"person": "Ann Lee", "meetings": 12, "bodies": ["Cabinet", "Parks"]},
            {"person": "Bo", "meetings": 3, "bodies": []}]
    table = format_rows(("person", "meetings", "bodies"), rows, "table").splitlines()
    assert table[0].split() == ["person", "meetings", "bodies"]
    assert table[2].split("  ")[0] == "Ann Lee"
    assert json.loads(format_rows(("person", "meetings", "bodies"), rows, "json")) == rows
    csv_text = format_rows(("person", "bodies"), rows, "csv")
    assert csv_text.splitlines()[1] == "Ann Lee,Cabinet; Parks"
    assert format_rows((), [], "table") == ""


def test_format_push_report_lists_each_group() -> None:
    report = push_graph(FakeDriver(), fictional_graph())
    data = json.loads(format_push_report(report, "json"))
    assert {"kind": "nodes", "name": "Person", "rows": 3, "written": 3, "created": 3} in data


def test_lint_schema_file_is_current() -> None:
    on_disk = json.loads((REPO / "scripts" / "cypher-schema.json").read_text(encoding="utf-8"))
    assert on_disk == lint_schema(), (
        "regenerate: .venv/bin/python -m graphgov.graph.stores.neo4j_statements "
        "> scripts/cypher-schema.json")


# --- with the shared fixture graph and the stored queries --------------------------------------


def test_the_shared_fixture_graph_reaches_neo4j_unchanged() -> None:
    from graph_fixtures import fixture_graph

    g = fixture_graph()
    driver = FakeDriver()
    report = push_graph(driver, g, batch_size=7)
    assert report.ok and all(c.written == c.rows for c in report.counts)
    assert len(driver.db.nodes) == g.number_of_nodes()
    assert len(driver.db.rels) == g.number_of_edges()
    # Every value is stored as the NetworkX store holds it, so both backends read the same.
    for node, attrs in g.nodes(data=True):
        expected = {k: v for k, v in attrs.items() if k != "label" and v is not None}
        assert driver.db.nodes[(attrs["label"], node)] == expected
    for u, v, key, attrs in g.edges(keys=True, data=True):
        expected = {k: x for k, x in attrs.items() if k != "type" and x is not None}
        assert driver.db.rels[(u, key, v)] == expected


def test_stored_queries_run_on_neo4j_as_read_queries(monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    from graphgov.graph.stores import neo4j_store
    from graphgov.queries.registry import get_query
    from graphgov.queries.runner import run_query

    query = get_query("post-holders")
    answer = [{c: f"{c}-value" for c in reversed(query.columns)}]
    driver = FakeDriver(FakeDatabase(answer=(list(reversed(query.columns)), answer)))

    @contextmanager
    def connect(settings: Neo4jSettings, **_: object):  # type: ignore[no-untyped-def]
        yield driver

    monkeypatch.setattr(neo4j_store, "connect", connect)
    result = run_query("post-holders", {"post": "Chief Executive"}, backend="neo4j",
                       settings=Neo4jSettings(database="minutes"))
    (call,) = driver.calls
    assert call.query == query.cypher
    assert call.parameters == {"post": "Chief Executive", "date": None}
    assert (call.kind, call.access_mode, call.database) == ("read", "READ", "minutes")
    assert list(result.rows[0]) == list(query.columns)


def test_every_stored_query_passes_the_read_only_check() -> None:
    from graphgov.queries.registry import load_queries

    queries = load_queries()
    assert queries
    for query in queries.values():
        check_read_only(query.cypher)


def test_the_fake_uses_the_official_driver_api() -> None:
    """What graphgov calls on the fake exists, with those arguments, on the real driver."""
    import inspect

    import neo4j

    driver = FakeDriver(FakeDatabase(answer=(["n"], [{"n": 1}])))
    push_graph(driver, fictional_graph(), database="minutes")
    run_cypher(driver, "RETURN 1 AS n", database="minutes")
    run_cypher(driver, "CREATE (t:Theme) RETURN 1 AS n", write=True)
    real = neo4j.GraphDatabase.driver("bolt://127.0.0.1:9", auth=("neo4j", SECRET),
                                      connection_timeout=1.0, connection_acquisition_timeout=2.0)
    try:
        for config in driver.session_configs:  # unknown keys raise ConfigurationError
            with real.session(**config):
                pass
    finally:
        real.close()
    for name in ("run", "execute_read", "execute_write"):
        inspect.signature(getattr(neo4j.Session, name))  # exists
    inspect.signature(neo4j.Session.run).bind(None, "RETURN 1", {"x": 1})
    inspect.signature(neo4j.ManagedTransaction.run).bind(None, "RETURN 1", {"rows": []})
    inspect.signature(neo4j.Session.execute_write).bind(None, lambda tx: None, "q", [], "nodes")
    for name in ("single", "consume", "keys"):
        assert callable(getattr(neo4j.Result, name))
    assert {"nodes_created", "relationships_created"} <= set(dir(neo4j.SummaryCounters))
    assert neo4j.READ_ACCESS == "READ" and neo4j.WRITE_ACCESS == "WRITE"

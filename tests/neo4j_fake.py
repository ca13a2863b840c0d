"""A stand-in for the official neo4j driver, for unit tests without a server.

It mimics the API graphgov uses (``driver.session(database=..., default_access_mode=...)``,
``session.execute_write(fn, *args)`` / ``execute_read``, ``tx.run(query, parameters)``,
``result.single()`` / ``consume().counters`` / ``keys()`` / iteration) and records every
statement with its parameters. It also understands the statements push sends, with MERGE
semantics, so tests can show that pushing twice changes nothing.

:func:`fictional_graph` is a small made-up graph in the in-memory shape the stores share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphgov.graph.schema import Label, Rel, node_id

_NODE_MERGE = re.compile(r"UNWIND \$rows AS row\nMERGE \(n:(\w+) \{id: row\.id\}\)\nSET n \+= "
                         r"row\.props\nRETURN count\(n\) AS written$")
_REL_MERGE = re.compile(r"UNWIND \$rows AS row\nMATCH \(a:(\w+) \{id: row\.start\}\)\n"
                        r"MATCH \(b:(\w+) \{id: row\.end\}\)\nMERGE \(a\)-\[r:(\w+)\]->\(b\)\n"
                        r"SET r \+= row\.props\nRETURN count\(r\) AS written$")
_COUNT_NODES = re.compile(r"MATCH \(n:(\w+)\) RETURN count\(n\) AS count$")
_COUNT_RELS = re.compile(r"MATCH \(\)-\[r:(\w+)\]->\(\) RETURN count\(r\) AS count$")
_SCHEMA = re.compile(r"CREATE (CONSTRAINT|INDEX) (\w+) IF NOT EXISTS ")


@dataclass
class Counters:
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0


@dataclass
class Summary:
    counters: Counters


class Record(dict[str, Any]):
    """Records index by column name, like neo4j.Record."""

    def values(self) -> list[Any]:  # type: ignore[override]
        return list(super().values())


class Result:
    def __init__(self, columns: list[str], rows: list[dict[str, Any]], counters: Counters) -> None:
        self._columns = columns
        self._rows = [Record(r) for r in rows]
        self._counters = counters

    def keys(self) -> list[str]:
        return list(self._columns)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._rows)

    def single(self) -> Record | None:
        return self._rows[0] if self._rows else None

    def consume(self) -> Summary:
        return Summary(self._counters)


@dataclass
class Call:
    query: str
    parameters: dict[str, Any]
    database: str | None
    access_mode: str | None
    kind: str  # "write", "read" (managed transactions) or "auto" (session.run)


@dataclass
class FakeDatabase:
    """Nodes by (label, id) and relationships by (start id, type, end id), with properties."""

    nodes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    schema: set[str] = field(default_factory=set)
    #: Rows a query outside the push vocabulary returns (tests set this).
    answer: tuple[list[str], list[dict[str, Any]]] = (["n"], [])

    def run(self, query: str, parameters: dict[str, Any]) -> Result:
        counters = Counters()
        if m := _NODE_MERGE.match(query):
            for row in parameters["rows"]:
                key = (m[1], row["id"])
                if key not in self.nodes:
                    counters.nodes_created += 1
                    self.nodes[key] = {"id": row["id"]}
                self.nodes[key].update(row["props"])
            return Result(["written"], [{"written": len(parameters["rows"])}], counters)
        if m := _REL_MERGE.match(query):
            written = 0
            for row in parameters["rows"]:
                if (m[1], row["start"]) not in self.nodes or (m[2], row["end"]) not in self.nodes:
                    continue  # MATCH found nothing: the row writes nothing
                written += 1
                key = (row["start"], m[3], row["end"])
                if key not in self.rels:
                    counters.relationships_created += 1
                    self.rels[key] = {}
                self.rels[key].update(row["props"])
            return Result(["written"], [{"written": written}], counters)
        if m := _COUNT_NODES.match(query):
            return Result(["count"], [{"count": sum(1 for k in self.nodes if k[0] == m[1])}],
                          counters)
        if m := _COUNT_RELS.match(query):
            return Result(["count"], [{"count": sum(1 for k in self.rels if k[1] == m[1])}],
                          counters)
        if m := _SCHEMA.match(query):
            self.schema.add(m[2])
            return Result([], [], counters)
        columns, rows = self.answer
        return Result(columns, rows, counters)


class FakeTransaction:
    def __init__(self, session: FakeSession, kind: str) -> None:
        self.session = session
        self.kind = kind

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> Result:
        driver = self.session.driver
        call = Call(query, dict(parameters or {}), self.session.database,
                    self.session.access_mode, self.kind)
        driver.calls.append(call)
        failure = driver.failures.pop(0) if driver.failures else None
        if failure is not None:
            raise failure
        return driver.db.run(query, call.parameters)


class FakeSession:
    def __init__(self, driver: FakeDriver, database: str | None, access_mode: str | None) -> None:
        self.driver = driver
        self.database = database
        self.access_mode = access_mode

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.driver.closed_sessions += 1

    def execute_write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return fn(FakeTransaction(self, "write"), *args, **kwargs)

    def execute_read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return fn(FakeTransaction(self, "read"), *args, **kwargs)

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> Result:
        """An auto-commit transaction."""
        return FakeTransaction(self, "auto").run(query, parameters)


class FakeDriver:
    """``failures``: exceptions (or None for success) handed out one per ``tx.run`` call."""

    def __init__(self, db: FakeDatabase | None = None,
                 failures: list[BaseException | None] | None = None) -> None:
        self.db = db or FakeDatabase()
        self.calls: list[Call] = []
        self.failures: list[BaseException | None] = list(failures or [])
        self.closed_sessions = 0
        self.session_configs: list[dict[str, Any]] = []

    def session(self, **config: Any) -> FakeSession:
        self.session_configs.append(dict(config))  # replayed on a real driver by a test
        return FakeSession(self, config.get("database"), config.get("default_access_mode"))

    def close(self) -> None:
        pass

    def writes(self) -> list[Call]:
        """The UNWIND batches sent (schema and counting statements left out)."""
        return [c for c in self.calls if c.query.startswith("UNWIND $rows")]


# --- a fictional graph ---------------------------------------------------------------------

COUNCIL = "Brackenford Borough Council"
# A name written to break out of a pasted string: it must only ever travel as a parameter.
HOSTILE_NAME = "Cllr O'Hara'}) DETACH DELETE n //"


def _node(g: nx.MultiDiGraph, label: Label, *keys: object, **props: object) -> str:
    nid = node_id(label, *keys)
    g.add_node(nid, label=label.value, id=nid, sources=["a" * 64], **props)
    return nid


def _edge(g: nx.MultiDiGraph, u: str, v: str, rel: Rel, line: int, **props: object) -> None:
    g.add_edge(u, v, key=rel.value, type=rel.value, source="minutes/2025-03-04.txt",
               document="a" * 64, line=line, quote=f"quoted line {line}",
               evidence_documents=["a" * 64], evidence_lines=[line],
               evidence_quotes=[f"quoted line {line}"], sources=["a" * 64], **props)


def fictional_graph(people: int = 3) -> nx.MultiDiGraph:
    """One council, one committee meeting with ``people`` attendees, an item, a theme."""
    g = nx.MultiDiGraph()
    council = _node(g, Label.COUNCIL, COUNCIL, name=COUNCIL)
    body = _node(g, Label.BODY, COUNCIL, "Parks Committee", council=COUNCIL,
                 name="Parks Committee", kind="committee", acronym=None)
    meeting = _node(g, Label.MEETING, COUNCIL, "Parks Committee", "2025-03-04", "18:30",
                    council=COUNCIL, body="Parks Committee", date="2025-03-04",
                    start_time="18:30", end_time=None, venue="Room 2")
    item = _node(g, Label.ITEM, meeting, "4", "Allotment waiting list", meeting=meeting,
                 number="4", title="Allotment waiting list", order=4)
    theme = _node(g, Label.THEME, "green spaces", name="green spaces")
    _edge(g, body, council, Rel.PART_OF, 1)
    _edge(g, body, meeting, Rel.HELD, 1)
    _edge(g, meeting, item, Rel.HAS_ITEM, 20, order=4)
    _edge(g, item, theme, Rel.ABOUT, 21, trigger="allotment")
    names = [HOSTILE_NAME] + [f"Cllr Person {i}" for i in range(1, people)]
    for i, name in enumerate(names):
        person = _node(g, Label.PERSON, COUNCIL, name, council=COUNCIL, name=name,
                       honorific="Cllr")
        _edge(g, person, meeting, Rel.ATTENDED, 5 + i, capacity="member", status="present",
              notes=[], role=None, substitute_for=None, chair=i == 0)
    return g

"""What ``push`` sends to Neo4j: fixed statements and the parameter rows that feed them.

Nothing here talks to a server, so all of it is unit-tested without one.

Labels and relationship types cannot be Cypher parameters, so every statement is chosen from a
whitelist built only from :class:`~graphgov.graph.schema.Label` and
:class:`~graphgov.graph.schema.Rel` values; document text only ever travels in ``$rows``.
Nodes are MERGEd on ``id`` (``schema.node_id`` of the natural keys) and relationships on
(start id, type, end id), so sending the same rows twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import networkx as nx

from graphgov.errors import StoreError
from graphgov.graph.schema import EVIDENCE_PROPERTIES, NATURAL_KEYS, RELATIONSHIPS, Label, Rel

__all__ = [
    "NodeGroup",
    "PushPlan",
    "RelGroup",
    "batched",
    "count_nodes_statement",
    "count_relationships_statement",
    "node_statement",
    "plan_push",
    "relationship_statement",
    "split_statements",
    "storable",
    "storable_props",
]

# Node attributes that are not Neo4j properties: ``label`` becomes the node label.
_NODE_META = frozenset({"label"})
# Edge attributes that are not Neo4j properties: ``type`` becomes the relationship type.
_EDGE_META = frozenset({"type"})
_INT64 = (-(2**63), 2**63 - 1)


@cache
def node_statement(label: Label) -> str:
    """The batched MERGE for one label. ``label`` must be a schema Label (whitelist)."""
    label = Label(label)  # refuses anything that is not in the schema vocabulary
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{label.value} {{id: row.id}})\n"
        "SET n += row.props\n"
        "RETURN count(n) AS written"
    )


@cache
def relationship_statement(rel: Rel, start: Label, end: Label) -> str:
    """The batched MERGE for one (type, start label, end label); labels let MATCH use indexes."""
    rel, start, end = Rel(rel), Label(start), Label(end)
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{start.value} {{id: row.start}})\n"
        f"MATCH (b:{end.value} {{id: row.end}})\n"
        f"MERGE (a)-[r:{rel.value}]->(b)\n"
        "SET r += row.props\n"
        "RETURN count(r) AS written"
    )


def count_nodes_statement(label: Label) -> str:
    return f"MATCH (n:{Label(label).value}) RETURN count(n) AS count"


def count_relationships_statement(rel: Rel) -> str:
    return f"MATCH ()-[r:{Rel(rel).value}]->() RETURN count(r) AS count"


def declared_statements() -> list[str]:
    """Every statement push can send for the declared schema (the linter checks these)."""
    statements = [node_statement(label) for label in Label]
    for spec in RELATIONSHIPS:
        for start in spec.start:
            for end in spec.end:
                statements.append(relationship_statement(spec.type, start, end))
    statements += [count_nodes_statement(label) for label in Label]
    statements += [count_relationships_statement(rel) for rel in Rel]
    return statements


# --- property values -------------------------------------------------------------------------


def storable(value: Any) -> Any:
    """``value`` as something Neo4j can store as a property, or None to leave it out.

    Neo4j stores str/int/float/bool and homogeneous lists of those; it refuses None inside
    lists, maps and mixed lists. Dates become ISO strings (the in-memory graph's convention),
    maps become sorted JSON, mixed lists become lists of strings, so nothing is silently lost.
    """
    kind = type(value)
    if kind is str or kind is bool or kind is float:  # the common case first: it runs per value
        return value
    if kind is list and _plain_list(value):
        return value
    if value is None:
        return None
    if isinstance(value, bool | str | float):
        return value
    if isinstance(value, int):
        return value if _INT64[0] <= value <= _INT64[1] else str(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple):
        items = [storable(v) for v in value]
        # Neo4j has no nested arrays: an inner list is kept as its JSON text.
        items = [json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in items]
        items = [v for v in items if v is not None]
        kinds = {_kind(v) for v in items}
        return items if len(kinds) <= 1 else [str(v) for v in items]
    return str(value)


_PLAIN = (str, int, float, bool)


def _plain_list(items: list[Any]) -> bool:
    """A list Neo4j stores as it is: one plain type throughout (ints within int64)."""
    if not items:
        return True
    first = type(items[0])
    if first not in _PLAIN or any(type(v) is not first for v in items):
        return False
    return first is not int or all(_INT64[0] <= v <= _INT64[1] for v in items)


def _kind(value: Any) -> type:
    # type(), not isinstance: a Neo4j array holds one type, and bool is a subclass of int.
    return type(value)


def storable_props(attrs: Mapping[str, Any], skip: Iterable[str] = ()) -> dict[str, Any]:
    """The attributes Neo4j can store, None values dropped, sorted by key for stable params."""
    skipped = set(skip)
    props: dict[str, Any] = {}
    for key in sorted(attrs, key=str):
        if key in skipped:
            continue
        value = storable(attrs[key])
        if value is not None:
            props[str(key)] = value
    return props


# --- planning ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NodeGroup:
    label: Label
    rows: tuple[dict[str, Any], ...]

    @property
    def name(self) -> str:
        return self.label.value

    @property
    def statement(self) -> str:
        return node_statement(self.label)


@dataclass(frozen=True, slots=True)
class RelGroup:
    type: Rel
    start: Label
    end: Label
    rows: tuple[dict[str, Any], ...]

    @property
    def name(self) -> str:
        return f"{self.type.value} ({self.start.value}->{self.end.value})"

    @property
    def statement(self) -> str:
        return relationship_statement(self.type, self.start, self.end)


@dataclass(frozen=True, slots=True)
class PushPlan:
    """Rows grouped per statement, nodes before relationships, in a deterministic order."""

    nodes: tuple[NodeGroup, ...]
    relationships: tuple[RelGroup, ...]

    @property
    def groups(self) -> tuple[NodeGroup | RelGroup, ...]:
        return (*self.nodes, *self.relationships)

    @property
    def total_rows(self) -> int:
        return sum(len(g.rows) for g in self.groups)


def _label_of(graph: nx.MultiDiGraph, node: Any) -> Label:
    raw = graph.nodes[node].get("label")
    try:
        return Label(raw)
    except ValueError:
        raise StoreError(f"node {node!r} has label {raw!r}, which is not in the schema") from None


def _rel_of(key: Any, attrs: Mapping[str, Any], u: Any, v: Any) -> Rel:
    raw = attrs.get("type", key)
    try:
        return Rel(raw)
    except ValueError:
        raise StoreError(
            f"edge {u!r} -> {v!r} has type {raw!r}, which is not in the schema"
        ) from None


def plan_push(graph: nx.MultiDiGraph) -> PushPlan:
    """Group the graph's nodes per label and edges per (type, start label, end label)."""
    labels = {node: _label_of(graph, node) for node in graph.nodes}
    node_rows: dict[Label, list[dict[str, Any]]] = {}
    for node, attrs in graph.nodes(data=True):
        props = storable_props(attrs, _NODE_META)
        props["id"] = str(attrs.get("id") or node)
        node_rows.setdefault(labels[node], []).append({"id": props["id"], "props": props})
    rel_rows: dict[tuple[Rel, Label, Label], list[dict[str, Any]]] = {}
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        group = (_rel_of(key, attrs, u, v), labels[u], labels[v])
        row = {
            "start": str(graph.nodes[u].get("id") or u),
            "end": str(graph.nodes[v].get("id") or v),
            "props": storable_props(attrs, _EDGE_META),
        }
        rel_rows.setdefault(group, []).append(row)
    label_order = {label: i for i, label in enumerate(Label)}
    rel_order = {rel: i for i, rel in enumerate(Rel)}
    nodes = tuple(
        NodeGroup(label, tuple(sorted(rows, key=lambda r: r["id"])))
        for label, rows in sorted(node_rows.items(), key=lambda kv: label_order[kv[0]])
    )
    rels = tuple(
        RelGroup(rel, start, end, tuple(sorted(rows, key=lambda r: (r["start"], r["end"]))))
        for (rel, start, end), rows in sorted(
            rel_rows.items(),
            key=lambda kv: (rel_order[kv[0][0]], label_order[kv[0][1]], label_order[kv[0][2]]),
        )
    )
    return PushPlan(nodes, rels)


def batched(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Consecutive slices of at most ``size`` rows (one write transaction each)."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size}")
    for start in range(0, len(rows), size):
        yield list(rows[start : start + size])


# --- .cypher files ----------------------------------------------------------------------------

# A string literal, a backtick name, a // comment, a /* */ comment, or a statement separator.
_TOKEN = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|;""",
    re.DOTALL,
)


def split_statements(text: str) -> list[str]:
    """Split a .cypher file into statements on ``;`` outside strings and comments.

    Comments are removed; statements keep their text otherwise.
    """
    statements: list[str] = []
    current: list[str] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        current.append(text[pos : match.start()])
        piece = match.group()
        if piece == ";":
            statements.append("".join(current))
            current = []
        elif not piece.startswith(("//", "/*")):
            current.append(piece)
        pos = match.end()
    current.append(text[pos:])
    statements.append("".join(current))
    return [s.strip() for s in statements if s.strip()]


# --- linting -------------------------------------------------------------------------------------

# Properties the graph builder writes beyond natural keys and relationship properties; the
# Cypher linter warns about any other key, which catches typos in stored queries.
_OTHER_PROPERTIES = (
    "id", "sources", "names", "variants", "honorific", "kind", "acronym", "end_time", "venue",
    "order", "text", "number", "path", "format", "chair", "document", "trigger",
    "evidence_documents", "evidence_lines", "evidence_quotes",
    "start", "end",  # keys of the $rows maps push sends (row.start, row.end), not properties
)


def lint_schema() -> dict[str, Any]:
    """The dbSchema ``scripts/lint_cypher.mjs`` gives Neo4j's linter (scripts/cypher-schema.json).

    Regenerate with ``.venv/bin/python -m graphgov.graph.stores.neo4j_statements schema
    > scripts/cypher-schema.json``.
    """
    keys = {k for spec in NATURAL_KEYS.values() for k in spec}
    keys |= {p for spec in RELATIONSHIPS for p in spec.properties}
    keys |= set(EVIDENCE_PROPERTIES) | set(_OTHER_PROPERTIES)
    paths = sorted(
        {(s.value, e.value, spec.type.value) for spec in RELATIONSHIPS
         for s in spec.start for e in spec.end}
    )
    return {
        "labels": [label.value for label in Label],
        "relationshipTypes": [rel.value for rel in Rel],
        "propertyKeys": sorted(keys),
        "graphSchema": [{"from": s, "to": e, "relType": t} for s, e, t in paths],
    }


def push_cypher() -> str:
    """``cypher/push.cypher``: every statement push can send, for review and for the linter.

    Regenerate with
    ``.venv/bin/python -m graphgov.graph.stores.neo4j_statements push > cypher/push.cypher``.
    """
    header = (
        "// name: push\n"
        "// description: What `graphgov push` sends after schema.cypher, one statement per\n"
        "//   label and per (relationship type, start label, end label), then the counts.\n"
        "//   GENERATED from graphgov/graph/schema.py (neo4j_statements.py builds them; this\n"
        "//   file is never executed): regenerate, do not edit.\n"
        "// params: rows\n\n"
    )
    return header + ";\n\n".join(declared_statements()) + ";\n"


if __name__ == "__main__":
    import sys

    what = sys.argv[1] if len(sys.argv) > 1 else "schema"
    if what not in ("schema", "push"):
        raise SystemExit("usage: python -m graphgov.graph.stores.neo4j_statements schema|push")
    sys.stdout.write(json.dumps(lint_schema(), indent=2) + "\n" if what == "schema"
                     else push_cypher())

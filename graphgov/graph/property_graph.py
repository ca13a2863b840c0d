"""A neutral typed property graph: what one document asserts, before any store sees it.

The builder (:mod:`graphgov.graph.build`) turns :class:`~graphgov.model.minutes.Minutes` into a
:class:`PropertyGraph`; the NetworkX store, the Neo4j store, exports and visuals all consume this
one shape (or the NetworkX graph made from it). Property values are limited to what Neo4j can
store (str, int, float, bool, or a homogeneous list of one of those) so every backend takes the
same graph; ``None`` means "not known" and is dropped rather than stored.

Every relationship carries its evidence: the document path and sha256, the line and the verbatim
quote, and the meeting date it was seen at (for ``first_seen`` / ``last_seen``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from graphgov.graph.schema import NATURAL_KEYS, Label, Rel

__all__ = [
    "EvidenceRef",
    "Node",
    "PropValue",
    "PropertyGraph",
    "Relationship",
    "check_properties",
    "clean_properties",
]

Scalar = str | int | float | bool
PropValue = Scalar | list[str] | list[int] | list[float] | list[bool]

#: Properties whose values are dates seen: merged as earliest / latest.
FIRST_SEEN = "first_seen"
LAST_SEEN = "last_seen"

#: Natural key parts that may be unknown (an unnumbered item, an undated meeting): the node id
#: then holds "_" in their place and the property is absent.
_OPTIONAL_KEYS = frozenset({"body", "date", "start_time", "number"})


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """Where a relationship was read: document path and hash, 1-based line, verbatim quote."""

    source: str
    document: str
    line: int
    quote: str
    date: str = ""  # ISO date of the meeting the fact belongs to, "" when undated


@dataclass(frozen=True, slots=True)
class Node:
    label: Label
    id: str
    properties: Mapping[str, PropValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Relationship:
    type: Rel
    start: str
    end: str
    properties: Mapping[str, PropValue] = field(default_factory=dict)
    evidence: tuple[EvidenceRef, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        """One relationship of a type between two nodes: its evidence accumulates."""
        return (self.start, self.end, self.type.value)


def _is_scalar(value: object) -> bool:
    return isinstance(value, (str, int, float, bool))


def check_properties(props: Mapping[str, object]) -> None:
    """Raise ``TypeError`` for a value Neo4j could not store (None, dict, mixed list...)."""
    for name, value in props.items():
        if _is_scalar(value):
            continue
        if isinstance(value, list) and value and all(_is_scalar(v) for v in value):
            if len({type(v) for v in value}) == 1:
                continue
        if isinstance(value, list) and not value:
            continue
        raise TypeError(f"property {name!r}: {value!r} is not storable "
                        "(a scalar or a homogeneous list)")


def clean_properties(props: Mapping[str, object]) -> dict[str, PropValue]:
    """Drop ``None`` values and turn tuples into lists, then check what is left."""
    out: dict[str, PropValue] = {}
    for name, value in props.items():
        if value is None:
            continue
        if isinstance(value, tuple):
            value = list(value)
        out[name] = value  # type: ignore[assignment]
    check_properties(out)
    return out


def merge_property(name: str, old: PropValue, new: PropValue) -> PropValue:
    """Merge two values of one property: dates widen, lists union, scalars take the newer."""
    if name == FIRST_SEEN and isinstance(old, str) and isinstance(new, str):
        return min(old, new)
    if name == LAST_SEEN and isinstance(old, str) and isinstance(new, str):
        return max(old, new)
    if isinstance(old, list) and isinstance(new, list):
        merged = list(old)
        merged.extend(v for v in new if v not in merged)
        return merged  # type: ignore[return-value]
    return new


def _merge_props(
    old: Mapping[str, PropValue], new: Mapping[str, PropValue]
) -> dict[str, PropValue]:
    merged = dict(old)
    for name, value in new.items():
        merged[name] = merge_property(name, merged[name], value) if name in merged else value
    return merged


class PropertyGraph:
    """Nodes by id and relationships by (start, end, type); adding twice merges."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.relationships: dict[tuple[str, str, str], Relationship] = {}

    def __len__(self) -> int:
        return len(self.nodes) + len(self.relationships)

    def add_node(self, label: Label, node_id: str, properties: Mapping[str, object]) -> Node:
        props = clean_properties(properties)
        missing = [k for k in NATURAL_KEYS[label] if k not in props and k not in _OPTIONAL_KEYS]
        if missing:
            raise ValueError(f"{label} node {node_id} lacks natural key properties {missing}")
        old = self.nodes.get(node_id)
        if old is not None:
            if old.label is not label:
                raise ValueError(f"node {node_id} is both {old.label} and {label}")
            props = _merge_props(old.properties, props)
        node = Node(label, node_id, props)
        self.nodes[node_id] = node
        return node

    def add_relationship(
        self,
        rel_type: Rel,
        start: str,
        end: str,
        evidence: EvidenceRef,
        properties: Mapping[str, object] | None = None,
    ) -> Relationship:
        for end_id in (start, end):
            if end_id not in self.nodes:
                raise ValueError(f"{rel_type} refers to unknown node {end_id}")
        props = clean_properties(properties or {})
        key = (start, end, rel_type.value)
        old = self.relationships.get(key)
        evidences: tuple[EvidenceRef, ...] = (evidence,)
        if old is not None:
            props = _merge_props(old.properties, props)
            evidences = old.evidence if evidence in old.evidence else (*old.evidence, evidence)
        rel = Relationship(rel_type, start, end, props, evidences)
        self.relationships[key] = rel
        return rel

    def iter_nodes(self, label: Label | None = None) -> Iterator[Node]:
        return (n for n in self.nodes.values() if label is None or n.label is label)

    def iter_relationships(self, rel_type: Rel | None = None) -> Iterator[Relationship]:
        return (r for r in self.relationships.values() if rel_type is None or r.type is rel_type)

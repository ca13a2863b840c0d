"""Reading the in-memory graph the way the Cypher queries read Neo4j.

The NetworkX twins start from a per-graph index (label -> nodes, lower-cased name -> nodes),
built once and reused while the graph is unchanged, then walk adjacency; they never scan the
whole graph per row. Edges are keyed by relationship type, so ``G.succ[u][v][type]`` is the
edge's attribute dict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

import networkx as nx

__all__ = [
    "Attrs",
    "GraphIndex",
    "clear_index_cache",
    "MAX_EVIDENCE",
    "Params",
    "Row",
    "display",
    "evidence",
    "evidence_list",
    "fold",
    "has_label",
    "has_theme",
    "in_edges",
    "index",
    "is_present",
    "item_meeting",
    "item_themes",
    "latest_post",
    "meeting_ok",
    "name_of",
    "nulls_last",
    "out_edges",
    "owner_columns",
    "span",
    "unique",
]

#: Aggregated rows keep this many pieces of evidence (Cypher: ``collect(...)[..5]``).
MAX_EVIDENCE = 5

Attrs = dict[str, Any]
Row = dict[str, Any]
Params = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class GraphIndex:
    size: int
    by_label: dict[str, list[str]]
    by_name: dict[tuple[str, str], list[str]]
    by_acronym: dict[tuple[str, str], list[str]]

    def label(self, label: str) -> list[str]:
        return self.by_label.get(label, [])

    def named(self, label: str, name: str | None) -> list[str]:
        """Nodes of ``label`` whose name equals ``name`` ignoring case (``toLower`` in Cypher)."""
        return self.by_name.get((label, fold(name)), []) if name is not None else []

    def lookup(self, label: str, name: str, graph: nx.MultiDiGraph) -> list[str]:
        """Nodes named exactly ``name`` if any, else those named so in another case: the
        Cypher starts from the indexed exact name and scans only when that finds nothing."""
        folded = self.named(label, name)
        return [n for n in folded if graph.nodes[n].get("name") == name] or folded


_CACHE: WeakKeyDictionary[nx.MultiDiGraph, GraphIndex] = WeakKeyDictionary()


def fold(text: object) -> str:
    return str(text).lower()


def index(graph: nx.MultiDiGraph) -> GraphIndex:
    """The graph's index of nodes, rebuilt when its node count changed.

    Counting nodes is O(1) (counting a MultiDiGraph's edges walks it all); the index holds
    nothing about edges. After renaming nodes in place, call :func:`clear_index_cache`."""
    size = graph.number_of_nodes()
    cached = _CACHE.get(graph)
    if cached is not None and cached.size == size:
        return cached
    by_label: dict[str, list[str]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_acronym: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        label = attrs.get("label", "")
        by_label[label].append(node)
        if attrs.get("name") is not None:
            by_name[(label, fold(attrs["name"]))].append(node)
        if attrs.get("acronym") is not None:
            by_acronym[(label, fold(attrs["acronym"]))].append(node)
    built = GraphIndex(size, dict(by_label), dict(by_name), dict(by_acronym))
    _CACHE[graph] = built
    return built


def clear_index_cache() -> None:
    """Forget every graph's index (after renaming nodes of a graph in place)."""
    _CACHE.clear()


def out_edges(graph: nx.MultiDiGraph, node: str, *types: str) -> Iterator[tuple[str, Attrs]]:
    """(target, edge attrs) of ``node``'s outgoing edges of the given types."""
    # The raw adjacency dicts: NetworkX's read-only views cost a wrapper object per access,
    # several times the walk itself on a large graph. Read only, never written here.
    for target, keyed in graph._succ[node].items():
        for rel in types:
            if rel in keyed:
                yield target, keyed[rel]


def in_edges(graph: nx.MultiDiGraph, node: str, *types: str) -> Iterator[tuple[str, Attrs]]:
    """(source, edge attrs) of ``node``'s incoming edges of the given types."""
    for source, keyed in graph._pred[node].items():
        for rel in types:
            if rel in keyed:
                yield source, keyed[rel]


def evidence(attrs: Attrs) -> str:
    """``path:line: quote``, the same string the Cypher builds from an edge."""
    line = attrs.get("line")
    return f"{attrs.get('source') or ''}:{'' if line is None else line}: {attrs.get('quote') or ''}"


def evidence_list(edges: Iterable[Attrs]) -> list[str]:
    return sorted({evidence(a) for a in edges})[:MAX_EVIDENCE]


def display(graph: nx.MultiDiGraph, node: str) -> str:
    """``Label: name`` (or title, text, body and date, id), as the path query shows a node."""
    attrs = graph.nodes[node]
    text = next((attrs[k] for k in ("name", "title", "text") if attrs.get(k) is not None), None)
    if text is None and attrs.get("body") is not None and attrs.get("date") is not None:
        text = f"{attrs['body']} {attrs['date']}"
    return f"{attrs.get('label')}: {text if text is not None else attrs.get('id', node)}"


def latest_post(graph: nx.MultiDiGraph, person: str, cache: dict[str, str | None]) -> str | None:
    """The post a person was last seen holding (ties: by name)."""
    if person not in cache:
        held = sorted(((a.get("last_seen") or "", graph.nodes[p].get("name") or "")
                       for p, a in out_edges(graph, person, "HOLDS")),
                      key=lambda pair: pair[1])
        held.sort(key=lambda pair: pair[0], reverse=True)
        cache[person] = held[0][1] if held else None
    return cache[person]


def item_meeting(graph: nx.MultiDiGraph, item: str) -> str | None:
    return next((m for m, _ in in_edges(graph, item, "HAS_ITEM")), None)


def nulls_last(value: Any) -> tuple[bool, Any]:
    """Sort key part: ascending with None last, like Neo4j's ORDER BY."""
    return (value is None, "" if value is None else value)


def is_present(attrs: Attrs) -> bool:
    return (attrs.get("status") or "present") == "present"


def name_of(graph: nx.MultiDiGraph, node: str) -> Any:
    return graph.nodes[node].get("name")


def has_label(graph: nx.MultiDiGraph, node: str, label: str) -> bool:
    return bool(graph.nodes[node].get("label") == label)


def span(dates: Iterable[Any]) -> tuple[Any, Any]:
    """(min, max) ignoring nulls, as Cypher's min()/max() do."""
    known = [d for d in dates if d is not None]
    return (min(known), max(known)) if known else (None, None)


def unique(nodes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(nodes))


def owner_columns(graph: nx.MultiDiGraph, node: str, posts: dict[str, str | None]) -> Row:
    """``person`` and ``post`` of an action owner or presenter (a Person, or an unheld Post)."""
    if has_label(graph, node, "Person"):
        return {"person": name_of(graph, node), "post": latest_post(graph, node, posts)}
    return {"person": None, "post": name_of(graph, node)}


def item_themes(graph: nx.MultiDiGraph, item: str) -> list[str]:
    return sorted({t for n, _ in out_edges(graph, item, "ABOUT") if (t := name_of(graph, n))})


def has_theme(graph: nx.MultiDiGraph, item: str, theme: str | None) -> bool:
    return theme is None or any(
        (name_of(graph, n) or "").lower() == theme.lower()
        for n, _ in out_edges(graph, item, "ABOUT"))


def meeting_ok(graph: nx.MultiDiGraph, meeting: str, params: Params) -> bool:
    """The body / from / to filters of actions and presenters (ISO dates compare as text)."""
    attrs = graph.nodes[meeting]
    body, date = attrs.get("body"), attrs.get("date")
    if params.get("body") is not None and (body or "").lower() != params["body"].lower():
        return False
    if params.get("from") is not None and (date is None or date < params["from"]):
        return False
    return params.get("to") is None or (date is not None and date <= params["to"])

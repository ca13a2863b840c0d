"""NetworkX twins of the network queries: path, brokers, co-attendance."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator

import networkx as nx

from graphgov.queries.graph_access import (
    Attrs,
    Params,
    Row,
    display,
    evidence,
    has_label,
    in_edges,
    index,
    is_present,
    name_of,
    out_edges,
    span,
    unique,
)

#: The relationships a path may follow (documents and the council would link everyone).
PATH_TYPES = ("ATTENDED", "CHAIRED", "HELD", "HOLDS", "MEMBER_OF", "CHAIR_OF", "HAS_ITEM",
              "PRESENTED", "ABOUT", "ARISES_FROM", "ASSIGNED_TO", "MENTIONS")
MAX_HOPS = 8
_ENDPOINTS = ("Person", "Body", "Theme")
#: Exact betweenness up to this many node x edge steps, else estimated from sampled sources.
BETWEENNESS_BUDGET = 1_500_000
MIN_SAMPLE = 32


def _endpoints(graph: nx.MultiDiGraph, name: str) -> list[str]:
    idx = index(graph)
    return unique(n for label in _ENDPOINTS for n in idx.named(label, name))


Hop = tuple[str, str, str, Attrs]  # (from node, arrow, to node, edge attrs)


def _neighbours(graph: nx.MultiDiGraph, node: str) -> Iterator[Hop]:
    for target, attrs in out_edges(graph, node, *PATH_TYPES):
        yield node, f"-[{attrs.get('type')}]->", target, attrs
    for source, attrs in in_edges(graph, node, *PATH_TYPES):
        yield node, f"<-[{attrs.get('type')}]-", source, attrs


def _shortest(graph: nx.MultiDiGraph, starts: list[str], goals: set[str]) -> list[Hop]:
    """Breadth-first search over both directions, at most MAX_HOPS hops; stops as soon as a
    goal is reached, so a near answer never expands the hubs further out."""
    back: dict[str, Hop | None] = {s: None for s in starts}
    frontier = deque((s, 0) for s in starts)
    while frontier:
        node, depth = frontier.popleft()
        if depth == MAX_HOPS:
            continue
        for hop in _neighbours(graph, node):
            if hop[2] in back:
                continue
            back[hop[2]] = hop
            if hop[2] in goals:
                return _unwind(back, hop[2])
            frontier.append((hop[2], depth + 1))
    return []


def _unwind(back: dict[str, Hop | None], node: str) -> list[Hop]:
    hops = []
    while (hop := back[node]) is not None:
        hops.append(hop)
        node = hop[0]
    return hops[::-1]


def path(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    starts = _endpoints(graph, params["from"])
    goals = set(_endpoints(graph, params["to"]))
    if not starts or not goals:
        return []
    hops = _shortest(graph, starts, goals - set(starts) or set())
    return [{"step": k, "from": display(graph, a), "relationship": arrow,
             "to": display(graph, b), "evidence": [evidence(attrs)]}
            for k, (a, arrow, b, attrs) in enumerate(hops, start=1)]


def _person_bodies(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Person -> bodies whose meetings they were present at, or which they are members/chairs of."""
    links: dict[str, set[str]] = defaultdict(set)
    for body in index(graph).label("Body"):
        for person, _ in in_edges(graph, body, "MEMBER_OF", "CHAIR_OF"):
            if has_label(graph, person, "Person"):
                links[person].add(body)
        for meeting, _ in out_edges(graph, body, "HELD"):
            for person, attrs in in_edges(graph, meeting, "ATTENDED"):
                if is_present(attrs) and has_label(graph, person, "Person"):
                    links[person].add(body)
    return links


def brokers(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    links = _person_bodies(graph)
    network = nx.Graph()
    network.add_edges_from((p, b) for p, bodies in links.items() for b in bodies)
    # Exact betweenness costs nodes x edges; past a budget, estimate it from a fixed
    # (seeded, so repeatable) sample of source nodes.
    nodes, edges = network.number_of_nodes(), network.number_of_edges()
    sample = None
    if nodes * max(edges, 1) > BETWEENNESS_BUDGET:
        sample = min(nodes, max(MIN_SAMPLE, BETWEENNESS_BUDGET // max(edges, 1)))
    centrality = nx.betweenness_centrality(network, k=sample, seed=0 if sample else None)
    rows = []
    for person, bodies in links.items():
        names = sorted({n for b in bodies if (n := name_of(graph, b)) is not None})
        if len(names) >= 2:
            rows.append({"person": name_of(graph, person), "bodies": len(names),
                         "score": round(centrality.get(person, 0.0), 4), "body_names": names})
    rows.sort(key=lambda r: (-r["score"], -r["bodies"], r["person"] or ""))
    return rows[: max(int(params.get("top") or 0), 0)]


def co_attendance(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person in index(graph).lookup("Person", params["name"], graph):
        for meeting, mine in out_edges(graph, person, "ATTENDED"):
            if not is_present(mine):
                continue
            for other, theirs in in_edges(graph, meeting, "ATTENDED"):
                if other != person and is_present(theirs) and has_label(graph, other, "Person"):
                    groups[(name_of(graph, person), name_of(graph, other))].add(meeting)
    rows = []
    for (me, other), meetings in groups.items():
        first, last = span(graph.nodes[m].get("date") for m in meetings)
        bodies = sorted({b for m in meetings if (b := graph.nodes[m].get("body")) is not None})
        rows.append({"person": me, "other": other, "meetings": len(meetings), "bodies": bodies,
                     "first": first, "last": last})
    rows.sort(key=lambda r: (-r["meetings"], r["other"] or ""))
    return rows

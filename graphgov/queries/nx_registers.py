"""NetworkX twins of the register queries: actions, presenters, post-holders, timeline."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from graphgov.queries.graph_access import (
    Attrs,
    Params,
    Row,
    evidence,
    has_label,
    has_theme,
    in_edges,
    index,
    item_themes,
    meeting_ok,
    name_of,
    nulls_last,
    out_edges,
    owner_columns,
    unique,
)


def _theme_items(graph: nx.MultiDiGraph, theme: str) -> list[str]:
    return unique(i for t in index(graph).named("Theme", theme)
                  for i, _ in in_edges(graph, t, "ABOUT"))


def _assignments(graph: nx.MultiDiGraph, params: Params) -> Iterator[tuple[str, str, Attrs]]:
    """(action, owner, ASSIGNED_TO attrs), starting from the narrowest filter given."""
    idx = index(graph)
    if params.get("owner") is not None:
        for owner in unique([*idx.named("Person", params["owner"]),
                             *idx.named("Post", params["owner"])]):
            for action, attrs in in_edges(graph, owner, "ASSIGNED_TO"):
                yield action, owner, attrs
        return
    if params.get("theme") is not None:
        actions = unique(a for i in _theme_items(graph, params["theme"])
                         for a, _ in in_edges(graph, i, "ARISES_FROM"))
    else:
        actions = idx.label("Action")
    for action in actions:
        for owner, attrs in out_edges(graph, action, "ASSIGNED_TO"):
            yield action, owner, attrs


def actions(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    posts: dict[str, str | None] = {}
    rows: list[tuple[tuple[object, ...], Row]] = []
    for action, owner, attrs in _assignments(graph, params):
        for item, _ in out_edges(graph, action, "ARISES_FROM"):
            theme = params.get("theme")
            if not has_label(graph, item, "Item") or not has_theme(graph, item, theme):
                continue
            for meeting, _ in in_edges(graph, item, "HAS_ITEM"):
                if not meeting_ok(graph, meeting, params):
                    continue
                m, i = graph.nodes[meeting], graph.nodes[item]
                row = {"date": m.get("date"), "body": m.get("body"), "item": i.get("title"),
                       **owner_columns(graph, owner, posts),
                       "action": graph.nodes[action].get("text"),
                       "themes": item_themes(graph, item), "evidence": [evidence(attrs)]}
                key = (nulls_last(row["date"]), nulls_last(row["body"]), nulls_last(i.get("order")),
                       nulls_last(graph.nodes[action].get("index")))
                rows.append((key, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


def presenters(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    idx = index(graph)
    if params.get("theme") is not None:
        items = _theme_items(graph, params["theme"])
    elif params.get("body") is not None:
        items = unique(i for b in idx.named("Body", params["body"])
                       for m, _ in out_edges(graph, b, "HELD")
                       for i, _ in out_edges(graph, m, "HAS_ITEM"))
    else:
        items = idx.label("Item")
    posts: dict[str, str | None] = {}
    rows: list[tuple[tuple[object, ...], Row]] = []
    for item in items:
        if not has_theme(graph, item, params.get("theme")):
            continue
        for meeting, _ in in_edges(graph, item, "HAS_ITEM"):
            if not meeting_ok(graph, meeting, params):
                continue
            m, i = graph.nodes[meeting], graph.nodes[item]
            for who, attrs in in_edges(graph, item, "PRESENTED"):
                row = {"date": m.get("date"), "body": m.get("body"), "item": i.get("title"),
                       **owner_columns(graph, who, posts), "themes": item_themes(graph, item),
                       "evidence": [evidence(attrs)]}
                key = (nulls_last(row["date"]), nulls_last(row["body"]),
                       nulls_last(i.get("order")), nulls_last(row["person"]))
                rows.append((key, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


def post_holders(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    date = params.get("date")
    rows: list[Row] = []
    for post in index(graph).lookup("Post", params["post"], graph):
        holds = [{"post": name_of(graph, post), "person": name_of(graph, holder),
                  "first_seen": a.get("first_seen"), "last_seen": a.get("last_seen"),
                  "evidence": [evidence(a)]}
                 for holder, a in in_edges(graph, post, "HOLDS")
                 if has_label(graph, holder, "Person")]
        rows.extend(holds if date is None else _held_on(holds, date))
    rows.sort(key=lambda r: (nulls_last(r["first_seen"]), nulls_last(r["person"])))
    return rows


def _held_on(holds: list[Row], date: str) -> list[Row]:
    """Those seen in the post around ``date``; if nobody was, the last to take it up before."""
    around = [h for h in holds
              if (h["first_seen"] or "") <= date <= (h["last_seen"] or "9999-12-31")]
    if around:
        return around
    before = [h for h in holds if h["first_seen"] is not None and h["first_seen"] <= date]
    latest = max((h["first_seen"] for h in before), default=None)
    return [h for h in before if h["first_seen"] == latest]


def timeline(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    rows: list[tuple[tuple[object, ...], Row]] = []
    for theme in index(graph).lookup("Theme", params["theme"], graph):
        for item, attrs in in_edges(graph, theme, "ABOUT"):
            presenters_ = sorted({n for p, _ in in_edges(graph, item, "PRESENTED")
                                  if (n := name_of(graph, p)) is not None})
            owners = sorted({n for a, _ in in_edges(graph, item, "ARISES_FROM")
                             for o, _ in out_edges(graph, a, "ASSIGNED_TO")
                             if (n := name_of(graph, o)) is not None})
            for meeting, _ in in_edges(graph, item, "HAS_ITEM"):
                m, i = graph.nodes[meeting], graph.nodes[item]
                row = {"date": m.get("date"), "body": m.get("body"), "item": i.get("title"),
                       "presenters": presenters_, "action_owners": owners,
                       "trigger": attrs.get("trigger"), "evidence": [evidence(attrs)]}
                key = (nulls_last(row["date"]), nulls_last(row["body"]),
                       nulls_last(i.get("order")))
                rows.append((key, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]

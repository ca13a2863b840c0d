"""NetworkX twins of the profile queries: theme-owners, person, body."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphgov.queries.graph_access import (
    MAX_EVIDENCE,
    Attrs,
    Params,
    Row,
    evidence,
    evidence_list,
    has_label,
    in_edges,
    index,
    is_present,
    latest_post,
    name_of,
    nulls_last,
    out_edges,
    owner_columns,
    span,
    unique,
)

# -- theme-owners ----------------------------------------------------------------------------

_BASIS_RANK = {"action": 1, "presenter": 2, "portfolio": 3}
_PUNCTUATION = ",;:()-/."


def portfolio_words(text: str) -> str:
    """Fold case and punctuation to spaces, padded, so words compare whole (as the Cypher does)."""
    folded = text.lower().replace("\u2019", "'")
    for mark in _PUNCTUATION:
        folded = folded.replace(mark, " ")
    return f" {folded} "


def theme_owners(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    idx = index(graph)
    themes = idx.named("Theme", params["theme"]) if params.get("theme") else idx.label("Theme")
    groups: dict[tuple[str, str, str, str | None], tuple[set[str], set[str]]] = {}

    def add(theme: str, owner: str, basis: str, post: str | None, item: str | None,
            attrs: Attrs) -> None:
        items, evidences = groups.setdefault((theme, owner, basis, post), (set(), set()))
        if item is not None:
            items.add(item)
        evidences.add(evidence(attrs))

    words: dict[str, list[str]] = {}
    for theme in themes:
        name = name_of(graph, theme)
        triggers = graph.nodes[theme].get("triggers") or []
        words[name] = [portfolio_words(w) for w in [name, *triggers]]
        for item, _ in in_edges(graph, theme, "ABOUT"):
            for action, _ in in_edges(graph, item, "ARISES_FROM"):
                for owner, attrs in out_edges(graph, action, "ASSIGNED_TO"):
                    add(name, owner, "action", None, item, attrs)
            for owner, attrs in in_edges(graph, item, "PRESENTED"):
                add(name, owner, "presenter", None, item, attrs)
    for person in idx.label("Person"):
        for post, attrs in out_edges(graph, person, "HOLDS"):
            title = portfolio_words(name_of(graph, post) or "")
            for name, theme_words in words.items():
                if any(w in title for w in theme_words):
                    add(name, person, "portfolio", name_of(graph, post), None, attrs)
    posts: dict[str, str | None] = {}
    keyed = []
    for (theme, owner, basis, portfolio), (items, evidences) in groups.items():
        who = owner_columns(graph, owner, posts)
        row = {"theme": theme, "person": who["person"], "basis": basis,
               "post": portfolio or who["post"], "items": len(items),
               "evidence": sorted(evidences)[:MAX_EVIDENCE]}
        # focus: an item about several themes counts for a share of each (as the Cypher sums)
        focus = round(sum(1.0 / _theme_count(graph, i) for i in items), 6)
        keyed.append(((nulls_last(theme), _BASIS_RANK[basis], -focus, -len(items),
                       nulls_last(row["person"])), row))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _, row in keyed]


def _theme_count(graph: nx.MultiDiGraph, item: str) -> int:
    return sum(1 for t, _ in out_edges(graph, item, "ABOUT") if has_label(graph, t, "Theme"))


# -- person and body profiles ----------------------------------------------------------------

_PERSON_ORDER = {"holds": 1, "member of": 2, "chair of": 3, "attended": 4, "presented": 5,
                 "owns action": 6, "theme": 7}
_BODY_ORDER = {"chair": 1, "chaired": 2, "member": 3, "officer": 4, "meeting": 5, "theme": 6}
_PROFILE_RELATIONS = {"HOLDS": "holds", "MEMBER_OF": "member of", "CHAIR_OF": "chair of"}


def _profile(subject: Any, relation: str, target: Any, detail: Any, first: Any, last: Any,
             count: int | None, evidences: list[str]) -> Row:
    return {"subject": subject, "relation": relation, "target": target, "detail": detail,
            "first": first, "last": last, "count": count, "evidence": evidences}


def _sort_profile(rows: list[Row], order: dict[str, int]) -> list[Row]:
    rows.sort(key=lambda r: (order.get(r["relation"], 99), nulls_last(r["first"]),
                             nulls_last(r["target"])))
    return rows


def _person_rows(graph: nx.MultiDiGraph, person: str) -> list[Row]:
    name = name_of(graph, person)
    rows = [_profile(name, _PROFILE_RELATIONS[rel], name_of(graph, x), None, a.get("first_seen"),
                     a.get("last_seen"), None, [evidence(a)])
            for rel in _PROFILE_RELATIONS for x, a in out_edges(graph, person, rel)]
    attended: dict[Any, list[tuple[str, Attrs]]] = defaultdict(list)
    for meeting, attrs in out_edges(graph, person, "ATTENDED"):
        if is_present(attrs):
            attended[graph.nodes[meeting].get("body")].append((meeting, attrs))
    for body, seen in attended.items():
        first, last = span(graph.nodes[m].get("date") for m, _ in seen)
        rows.append(_profile(name, "attended", body, None, first, last,
                             len({m for m, _ in seen}), evidence_list(a for _, a in seen)))
    items: set[str] = set()
    for item, attrs in out_edges(graph, person, "PRESENTED"):
        items.add(item)
        for meeting, _ in in_edges(graph, item, "HAS_ITEM"):
            date = graph.nodes[meeting].get("date")
            rows.append(_profile(name, "presented", graph.nodes[item].get("title"),
                                 graph.nodes[meeting].get("body"), date, date, None,
                                 [evidence(attrs)]))
    for action, attrs in in_edges(graph, person, "ASSIGNED_TO"):
        for item, _ in out_edges(graph, action, "ARISES_FROM"):
            items.add(item)
            text = graph.nodes[action].get("text") or graph.nodes[item].get("title")
            for meeting, _ in in_edges(graph, item, "HAS_ITEM"):
                date = graph.nodes[meeting].get("date")
                rows.append(_profile(name, "owns action", text, graph.nodes[meeting].get("body"),
                                     date, date, None, [evidence(attrs)]))
    rows.extend(_theme_rows(graph, name, items))
    return rows


def _theme_rows(graph: nx.MultiDiGraph, subject: Any, items: Iterable[str]) -> list[Row]:
    """One ``theme`` row per theme of these items: how many, first and last meeting date."""
    seen: dict[Any, tuple[set[str], list[Any], list[Attrs]]] = {}
    for item in items:
        dates = [graph.nodes[m].get("date") for m, _ in in_edges(graph, item, "HAS_ITEM")]
        if not dates:
            continue  # the Cypher matches the item's meeting; an orphan item has no row
        for theme, attrs in out_edges(graph, item, "ABOUT"):
            group = seen.setdefault(name_of(graph, theme), (set(), [], []))
            group[0].add(item)
            group[1].extend(dates)
            group[2].append(attrs)
    rows = []
    for theme, (theme_items, dates, edges) in seen.items():
        first, last = span(dates)
        rows.append(_profile(subject, "theme", theme, None, first, last, len(theme_items),
                             evidence_list(edges)))
    return rows


def person(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    rows: list[Row] = []
    for node in index(graph).lookup("Person", params["name"], graph):
        rows.extend(_person_rows(graph, node))
    return _sort_profile(rows, _PERSON_ORDER)


def _body_rows(graph: nx.MultiDiGraph, body: str) -> list[Row]:
    name = name_of(graph, body)
    rows = [_profile(name, "member" if rel == "MEMBER_OF" else "chair", name_of(graph, p), None,
                     a.get("first_seen"), a.get("last_seen"), None, [evidence(a)])
            for rel in ("MEMBER_OF", "CHAIR_OF") for p, a in in_edges(graph, body, rel)
            if has_label(graph, p, "Person")]
    meetings = [(m, a) for m, a in out_edges(graph, body, "HELD") if has_label(graph, m, "Meeting")]
    chaired: dict[Any, list[tuple[str, Attrs]]] = defaultdict(list)
    officers: dict[str, list[tuple[str, Attrs]]] = defaultdict(list)
    items: list[str] = []
    for meeting, held in meetings:
        date = graph.nodes[meeting].get("date")
        meeting_items = [i for i, _ in out_edges(graph, meeting, "HAS_ITEM")
                         if has_label(graph, i, "Item")]
        items.extend(meeting_items)
        rows.append(_profile(name, "meeting", date, graph.nodes[meeting].get("venue"), date, date,
                             len(meeting_items), [evidence(held)]))
        for p, a in in_edges(graph, meeting, "CHAIRED"):
            if has_label(graph, p, "Person"):
                chaired[name_of(graph, p)].append((meeting, a))
        for p, a in in_edges(graph, meeting, "ATTENDED"):
            if has_label(graph, p, "Person") and a.get("capacity") == "officer" and is_present(a):
                officers[p].append((meeting, a))
    posts: dict[str, str | None] = {}
    for relation, groups in (("chaired", chaired), ("officer", officers)):
        for key, seen in groups.items():
            first, last = span(graph.nodes[m].get("date") for m, _ in seen)
            target = key if relation == "chaired" else name_of(graph, key)
            detail = latest_post(graph, key, posts) if relation == "officer" else None
            rows.append(_profile(name, relation, target, detail, first, last,
                                 len({m for m, _ in seen}), evidence_list(a for _, a in seen)))
    rows.extend(_theme_rows(graph, name, items))
    return rows


def body(graph: nx.MultiDiGraph, params: Params) -> list[Row]:
    idx = index(graph)
    name = params["name"]
    nodes = [n for n in idx.named("Body", name) if graph.nodes[n].get("name") == name]
    if not nodes:  # as the Cypher: the exact name first, else any case or the acronym
        nodes = unique([*idx.named("Body", name), *idx.by_acronym.get(("Body", name.lower()), [])])
    rows: list[Row] = []
    for node in nodes:
        rows.extend(_body_rows(graph, node))
    return _sort_profile(rows, _BODY_ORDER)

"""Data-quality report per meeting (``graphgov quality``): what reading the minutes missed.

One :class:`MeetingQuality` per Meeting node of the stored graph, with these checks:

* ``no attendance``: nobody recorded as present, absent or sending apologies;
* ``no chair``: nobody recorded as chairing;
* ``no items``: no agenda item read;
* ``items without outcome``: items with neither a resolution nor an action. Procedural items
  (apologies, declarations of interest, minutes of the previous meeting, any other business,
  date of next meeting, exclusion of the public, announcements...) are left out: nobody
  expects an outcome from them;
* ``unresolved mentions``: presenters and action owners given only as a post that no
  attendee was recorded holding;
* ``conflicting posts``: one person recorded with two different posts at the meeting, or one
  post that one person holds at a time ("Director of Finance", "Chief Executive", "Leader")
  recorded for two different people on the meeting's date;
* ``no date`` / ``no body``: the meeting's date or body could not be read.

Findings name their evidence (``file:line``) so a reader can check the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.errors import QueryError
from graphgov.graph.schema import Label
from graphgov.queries.graph_access import in_edges, out_edges
from graphgov.review import EdgeEvidence, edge_evidence, item_label, post_only_refs

__all__ = [
    "QUALITY_COLUMNS",
    "QUALITY_TABLE_COLUMNS",
    "MeetingQuality",
    "is_procedural",
    "is_single_holder_post",
    "meeting_quality",
    "quality_rows",
]

QUALITY_COLUMNS = ("meeting", "council", "body", "date", "documents", "attendees", "items",
                   "no_attendance", "no_chair", "no_items", "items_without_outcome",
                   "unresolved_mentions", "conflicting_posts", "missing", "problems")
QUALITY_TABLE_COLUMNS = ("body", "date", "documents", "attendees", "items", "problems")

# Items nobody expects a resolution or action from. Anchored at the start of the title.
_PROCEDURAL = re.compile(
    r"^\W*(?:apolog|declarations?\b|disclosures?\b|(?:confirmation of |approval of |to confirm "
    r"|to approve )?(?:the )?minutes\b|(?:urgent|any other) (?:items|business)|aob\b|"
    r"date (?:and time )?of (?:the )?next|dates? of (?:future|next)|future meeting|"
    r"welcome|introductions?\b|exclusion of|substitut|chair(?:man|person)?'?s? announcements|"
    r"announcements\b|matters arising|notification of|interests\b|quorum\b|"
    r"minute'?s silence|close of meeting|meeting closed)",
    re.IGNORECASE,
)

_NUMBER = re.compile(r"^\W*(?:item\s+)?\d+(?:\.\d+)*[a-z]?[.):\s-]*", re.IGNORECASE)

# Posts several people hold at once (or one per body): a second holder is no conflict.
_SHARED_POST = re.compile(
    r"^(?:the\s+)?(?:(?:vice|deputy)[\s-]*)?(?:chair(?:man|woman|person)?|convenor|convener)$|"
    r"\b(?:members?(?!\s+for\b)|councillors?|representatives?|observers?|substitutes?|governors?|"
    r"advisers?|advisors?|minute[\s-]*takers?|co-?opted|independent person)\b",
    re.IGNORECASE,
)
# A post one person holds at a time: qualified by what it is of or for ("Director of
# Finance", "Cabinet Member for Housing", "Clerk to the Council", "Corporate Director,
# Resources"), or a title councils have once. "Principal Planner" or "Non-Executive
# Director" name a grade several people hold.
_SINGLE_POST = re.compile(
    r"\b(?:of|for|to)\b|\w,\s*\w|"
    r"^(?:the\s+)?(?:(?:acting|interim|deputy)\s+)?(?:chief executive|"
    r"leader|mayor|monitoring officer|section\s*151 officer|s151 officer|treasurer|"
    r"(?:town |parish |county |city )?clerk|proper officer|returning officer|"
    r"head of paid service|chief finance officer|chief operating officer)"
    r"(?:\s*\(.*\))?$",
    re.IGNORECASE,
)


def is_procedural(title: str | None) -> bool:
    """Whether an item title is procedural (apologies, declarations, previous minutes...)."""
    # Titles are stored without their number, but a number may remain ("Item 3 - Apologies").
    text = _NUMBER.sub("", title or "")
    return bool(_PROCEDURAL.match(text.strip()))


def is_single_holder_post(post: str) -> bool:
    """Whether one person holds the post at a time (so two holders on one date conflict)."""
    text = " ".join(post.split())
    return bool(_SINGLE_POST.search(text)) and not _SHARED_POST.search(text)


@dataclass(frozen=True, slots=True)
class MeetingQuality:
    meeting: str  # the Meeting node id
    council: str | None
    body: str | None
    date: str | None
    documents: tuple[str, ...]
    attendees: int
    items: int
    no_attendance: bool
    no_chair: bool
    items_without_outcome: tuple[str, ...]
    unresolved_mentions: tuple[str, ...]
    conflicting_posts: tuple[str, ...]
    missing: tuple[str, ...]  # "date", "body"

    @property
    def no_items(self) -> bool:
        return self.items == 0

    @property
    def problems(self) -> tuple[str, ...]:
        """One short phrase per failed check, in a fixed order."""
        found = [f"no {m}" for m in self.missing]
        if self.no_attendance:
            found.append("no attendance")
        if self.no_chair:
            found.append("no chair")
        if self.no_items:
            found.append("no items")
        for label, values in (("item(s) without outcome", self.items_without_outcome),
                              ("unresolved mention(s)", self.unresolved_mentions),
                              ("conflicting post(s)", self.conflicting_posts)):
            if values:
                found.append(f"{len(values)} {label}")
        return tuple(found)

    def row(self) -> dict[str, Any]:
        """The report as a row for :func:`graphgov.output.render`."""
        return {
            "meeting": self.meeting, "council": self.council, "body": self.body,
            "date": self.date, "documents": list(self.documents), "attendees": self.attendees,
            "items": self.items, "no_attendance": self.no_attendance, "no_chair": self.no_chair,
            "no_items": self.no_items, "items_without_outcome": list(self.items_without_outcome),
            "unresolved_mentions": list(self.unresolved_mentions),
            "conflicting_posts": list(self.conflicting_posts), "missing": list(self.missing),
            "problems": list(self.problems),
        }


def _where(ev: EdgeEvidence) -> str:
    return f"{Path(ev.document).name}:{ev.line}" if ev.document else "?"


def _edges(graph: nx.MultiDiGraph, node: str, key: str, *, incoming: bool = False
           ) -> list[tuple[str, dict[str, Any]]]:
    """(other end, edge attrs) of ``node``'s edges of type ``key``, walking the adjacency."""
    return list((in_edges if incoming else out_edges)(graph, node, key))


def _items_without_outcome(graph: nx.MultiDiGraph, meeting: str) -> tuple[list[str], int]:
    items = sorted(_edges(graph, meeting, "HAS_ITEM"),
                   key=lambda e: (graph.nodes[e[0]].get("order") or 0))
    empty = []
    for item, attrs in items:
        title = graph.nodes[item].get("title")
        if is_procedural(title):
            continue
        if _edges(graph, item, "RESOLVED") or _edges(graph, item, "ARISES_FROM", incoming=True):
            continue
        empty.append(f"{item_label(graph, item)} ({_where(edge_evidence(attrs))})")
    return empty, len(items)


def _meeting_documents(graph: nx.MultiDiGraph, meeting: str) -> list[tuple[str, str]]:
    """(sha256, path) of the documents recording the meeting."""
    docs = []
    for doc, _ in _edges(graph, meeting, "RECORDS", incoming=True):
        attrs = graph.nodes[doc]
        docs.append((str(attrs.get("sha256", "")), str(attrs.get("path", doc))))
    return sorted(docs, key=lambda d: d[1])


@dataclass(frozen=True, slots=True)
class _Holds:
    """The HOLDS edges' evidence, indexed once per report."""

    on: dict[str, dict[str, dict[str, EdgeEvidence]]]  # post -> date -> name -> evidence
    # (person, document sha256) -> [(post, date, evidence)] read in that document
    read: dict[tuple[str, str], list[tuple[str, str, EdgeEvidence]]]


def _holds_index(graph: nx.MultiDiGraph) -> _Holds:
    """Who each post was recorded for on each date, and in each document: one pass."""
    found: dict[str, dict[str, dict[str, EdgeEvidence]]] = defaultdict(
        lambda: defaultdict(dict))
    read: dict[tuple[str, str], list[tuple[str, str, EdgeEvidence]]] = defaultdict(list)
    for person, post, key, attrs in graph.edges(keys=True, data=True):
        if key != "HOLDS":
            continue
        name = str(graph.nodes[person].get("name") or person)
        dates = attrs.get("evidence_dates") or []
        for i, doc in enumerate(attrs.get("evidence_documents") or []):
            date = (dates[i] if i < len(dates) else None) or ""
            ev = EdgeEvidence(attrs["evidence_sources"][i], attrs["evidence_lines"][i],
                              attrs["evidence_quotes"][i])
            read[(person, doc)].append((post, date, ev))
            if date and name not in found[post][date]:
                found[post][date][name] = ev
    return _Holds(found, read)


def _posts_at(holds: _Holds, person: str, shas: set[str], date: str | None
              ) -> dict[str, EdgeEvidence]:
    """The posts ``person`` was recorded holding in the meeting's documents on its date."""
    posts: dict[str, EdgeEvidence] = {}
    for sha in sorted(shas):
        for post, seen, ev in holds.read.get((person, sha), []):
            if seen in (date or "", ""):
                posts.setdefault(post, ev)
    return posts


def _conflicts(graph: nx.MultiDiGraph, meeting: str, date: str | None, shas: set[str],
               holds: _Holds) -> list[str]:
    found = []
    posts_here: dict[str, dict[str, EdgeEvidence]] = defaultdict(dict)
    for person, _ in _edges(graph, meeting, "ATTENDED", incoming=True):
        name = str(graph.nodes[person].get("name") or person)
        held = []
        for post, ev in _posts_at(holds, person, shas, date).items():
            held.append((str(graph.nodes[post].get("name")), ev))
            posts_here[post].setdefault(name, ev)
        if len(held) > 1:
            found.append(f"{name} recorded as " + " and as ".join(
                f"{p} ({_where(ev)})" for p, ev in sorted(held, key=lambda h: h[0])))
    for post, here in sorted(posts_here.items()):
        post_name = str(graph.nodes[post].get("name"))
        if not is_single_holder_post(post_name):
            continue
        # Also another document of the same date naming someone else in the post.
        others = {**holds.on.get(post, {}).get(date or "", {}), **here}
        if len(others) > 1:
            found.append(f"{post_name} held by " + " and by ".join(
                f"{n} ({_where(ev)})" for n, ev in sorted(others.items())))
    return found


def _unresolved(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    by_meeting: dict[str, list[str]] = defaultdict(list)
    for ref in post_only_refs(graph):
        if ref.meeting is None:
            continue
        role = "presenter" if ref.kind.endswith("presenter") else "action owner"
        post = graph.nodes[ref.post].get("name")
        by_meeting[ref.meeting].append(
            f"{post} ({role}, item {graph.nodes[ref.item].get('number') or '?'}, "
            f"{_where(ref.evidence)})")
    return by_meeting


def meeting_quality(graph: nx.MultiDiGraph, meeting: str | None = None) -> list[MeetingQuality]:
    """The checks for every meeting of the graph (or for the one with id ``meeting``), in
    order of council, date and body; undated meetings last."""
    meetings = [n for n, a in graph.nodes(data=True) if a.get("label") == Label.MEETING]
    if meeting is not None:
        if meeting not in meetings:
            raise QueryError(f"no meeting {meeting!r} in the store (the meeting column of "
                             "graphgov quality --format json lists the ids)")
        meetings = [meeting]
    unresolved = _unresolved(graph)
    holds = _holds_index(graph)
    reports = [_check(graph, m, unresolved.get(m, []), holds) for m in meetings]
    return sorted(reports, key=lambda r: (r.council or "", r.date is None, r.date or "",
                                          r.body or "", r.meeting))


def _check(graph: nx.MultiDiGraph, meeting: str, unresolved: list[str],
           holds: _Holds) -> MeetingQuality:
    attrs = graph.nodes[meeting]
    date, body = attrs.get("date"), attrs.get("body")
    docs = _meeting_documents(graph, meeting)
    attended = _edges(graph, meeting, "ATTENDED", incoming=True)
    chaired = bool(_edges(graph, meeting, "CHAIRED", incoming=True)) or any(
        a.get("chair") for _, a in attended)
    empty, n_items = _items_without_outcome(graph, meeting)
    missing = tuple(name for name, value in (("date", date), ("body", body)) if not value)
    return MeetingQuality(
        meeting=meeting, council=attrs.get("council"), body=body, date=date,
        documents=tuple(path for _, path in docs), attendees=len(attended), items=n_items,
        no_attendance=not attended, no_chair=not chaired,
        items_without_outcome=tuple(empty), unresolved_mentions=tuple(unresolved),
        conflicting_posts=tuple(_conflicts(graph, meeting, date, {s for s, _ in docs},
                                           holds)),
        missing=missing)


def quality_rows(reports: Iterable[MeetingQuality], *, table: bool = False
                 ) -> list[dict[str, Any]]:
    """Rows for :func:`graphgov.output.render`; ``table`` shortens documents to file names."""
    rows = []
    for report in reports:
        row = report.row()
        if table:
            row["documents"] = [Path(d).name for d in report.documents]
            row["problems"] = list(report.problems) or ["ok"]
        rows.append(row)
    return rows

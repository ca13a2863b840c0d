"""What a person should settle by hand, each finding with its evidence (``graphgov review``).

Three kinds of findings over the stored graph (the in-memory shape of
:mod:`graphgov.graph.stores.networkx_store`):

* ``uncertain person``: a reference the resolver would not merge by itself (several known
  people fit it, or it is a fuller form of a shortened name already stored), from the store's
  record of uncertain references;
* ``post-only presenter`` / ``post-only action owner``: an item presented, or an action
  assigned, to a post that no attendee of that meeting was recorded holding;
* ``possible duplicate person`` / ``possible duplicate body``: two nodes of one council that
  may be the same (compatible names, a shortened first name, a one-letter slip; for bodies an
  acronym, the council's name as a prefix, a spelling variant) yet were kept apart.

Each finding suggests the line of the aliases file (:mod:`graphgov.resolve.aliases`) that
would settle it; aliases apply when documents are read, so ``graphgov ingest --force`` after
editing the file. Pairs the aliases file already declares distinct are not reported again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.graph.schema import Label, node_id, slug
from graphgov.queries.graph_access import in_edges, index
from graphgov.resolve.aliases import Aliases
from graphgov.resolve.bodies import body_key
from graphgov.resolve.people import NameParts, compatible, name_parts
from graphgov.resolve.posts import is_chair_post, post_match_score

__all__ = [
    "REVIEW_COLUMNS",
    "REVIEW_TABLE_COLUMNS",
    "EdgeEvidence",
    "Finding",
    "UncertainRecord",
    "edge_evidence",
    "node_evidence",
    "post_only_refs",
    "review_graph",
    "uncertain_records",
]

#: Every column of a finding (JSON, CSV); the table shows :data:`REVIEW_TABLE_COLUMNS`.
REVIEW_COLUMNS = ("kind", "council", "subject", "candidates", "reason", "context",
                  "document", "line", "quote", "suggestion")
REVIEW_TABLE_COLUMNS = ("kind", "subject", "candidates", "evidence", "suggestion")

UNCERTAIN = "uncertain person"
POST_PRESENTER = "post-only presenter"
POST_OWNER = "post-only action owner"
DUPLICATE_PERSON = "possible duplicate person"
DUPLICATE_BODY = "possible duplicate body"


@dataclass(frozen=True, slots=True)
class EdgeEvidence:
    """Where a fact was read: the document path, the 1-based line and the verbatim quote."""

    document: str | None
    line: int | None
    quote: str | None

    def cite(self) -> str:
        if self.document is None:
            return ""
        return f"{Path(self.document).name}:{self.line}: {self.quote or ''}"


NO_EVIDENCE = EdgeEvidence(None, None, None)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    council: str | None
    subject: str
    candidates: tuple[str, ...]
    reason: str
    context: str
    evidence: EdgeEvidence
    suggestion: str

    def row(self) -> dict[str, Any]:
        """The finding as a row for :func:`graphgov.output.render`."""
        return {
            "kind": self.kind, "council": self.council, "subject": self.subject,
            "candidates": list(self.candidates), "reason": self.reason, "context": self.context,
            "document": self.evidence.document, "line": self.evidence.line,
            "quote": self.evidence.quote, "evidence": self.evidence.cite(),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class UncertainRecord:
    """One uncertain reference the store recorded for a document (see graph/ingestion.py)."""

    document: str  # the stored document path
    sha256: str
    council: str
    name: str
    candidates: tuple[str, ...]
    reason: str
    line: int | None = None  # recorded only if the build recorded it
    quote: str | None = None


def uncertain_records(documents: Mapping[str, Mapping[str, Any]]) -> list[UncertainRecord]:
    """The uncertain references of the store's manifest (``NetworkXStore.documents``)."""
    found = []
    for path, entry in sorted(documents.items()):
        for u in entry.get("uncertain", []):
            line = u.get("line")
            found.append(UncertainRecord(
                path, str(entry.get("sha256", "")), str(u.get("council", "")),
                str(u.get("name", "")), tuple(str(c) for c in u.get("candidates", [])),
                str(u.get("reason", "")), line if isinstance(line, int) else None,
                u.get("quote") if isinstance(u.get("quote"), str) else None))
    return found


# -- evidence --------------------------------------------------------------------------------

def edge_evidence(attrs: Mapping[str, Any], sha256: str | None = None) -> EdgeEvidence:
    """The edge's primary evidence, or its first evidence from document ``sha256``."""
    if sha256 is not None:
        docs = attrs.get("evidence_documents") or []
        for i, doc in enumerate(docs):
            if doc == sha256:
                return EdgeEvidence(attrs["evidence_sources"][i], attrs["evidence_lines"][i],
                                    attrs["evidence_quotes"][i])
        return NO_EVIDENCE
    if attrs.get("source") is None:
        return NO_EVIDENCE
    return EdgeEvidence(attrs.get("source"), attrs.get("line"), attrs.get("quote"))


def _incident(graph: nx.MultiDiGraph, node: str) -> Iterator[Mapping[str, Any]]:
    for _, _, attrs in graph.out_edges(node, data=True):
        yield attrs
    for _, _, attrs in graph.in_edges(node, data=True):
        yield attrs


def node_evidence(graph: nx.MultiDiGraph, node: str, sha256: str | None = None,
                  needle: str | None = None) -> EdgeEvidence:
    """The first evidence (by document and line) of an edge touching ``node``; a quote holding
    ``needle`` (any case) is preferred, one from document ``sha256`` required if given."""
    best: tuple[tuple[bool, str, int], EdgeEvidence] | None = None
    for attrs in _incident(graph, node):
        docs = attrs.get("evidence_documents") or []
        for i, doc in enumerate(docs):
            if sha256 is not None and doc != sha256:
                continue
            ev = EdgeEvidence(attrs["evidence_sources"][i], attrs["evidence_lines"][i],
                              attrs["evidence_quotes"][i])
            missing = needle is not None and needle.lower() not in (ev.quote or "").lower()
            key = (missing, ev.document or "", ev.line or 0)
            if best is None or key < best[0]:
                best = (key, ev)
    return best[1] if best else NO_EVIDENCE


# -- 1. uncertain references ----------------------------------------------------------------

def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _alias_line(variant: str, canonical: str, section: str = "people") -> str:
    return f"[{section}] {_quoted(variant)} = {_quoted(canonical)}"


def _distinct_line(a: str, b: str) -> str:
    return f"[distinct] people = [[{_quoted(a)}, {_quoted(b)}]]"


def _uncertain_finding(graph: nx.MultiDiGraph, u: UncertainRecord) -> Finding:
    if u.line is not None:
        evidence = EdgeEvidence(u.document, u.line, u.quote)
    else:
        # The record names the reference, not where it was read: the Person node built for it
        # (keyed on the reference itself) has edges evidenced in that document.
        node = node_id(Label.PERSON, u.council, u.name)
        surname = name_parts(u.name).surname
        needle = surname[-1] if surname else u.name
        evidence = (node_evidence(graph, node, u.sha256, needle) if node in graph
                    else NO_EVIDENCE)
        if evidence.document is None:
            evidence = EdgeEvidence(u.document, None, None)
    shortened = name_parts(u.name).abbreviated
    if shortened:
        options = [_alias_line(u.name, c) for c in u.candidates]
        suggestion = " or ".join(options)
        if len(u.candidates) > 1:
            suggestion += " (one name maps to one person everywhere: fix the text if it differs)"
    else:  # a full name beside shortened forms stored earlier: those are probably this person
        suggestion = "; ".join(_alias_line(c, u.name) for c in u.candidates)
        if u.candidates:
            suggestion += f"; or if different people: {_distinct_line(u.candidates[0], u.name)}"
    return Finding(UNCERTAIN, u.council, u.name, u.candidates, u.reason, "", evidence,
                   suggestion)


# -- 2. post-only presenters and action owners ----------------------------------------------

@dataclass(frozen=True, slots=True)
class PostRef:
    """A presenter or action owner given only as a post, on one item of one meeting."""

    kind: str  # POST_PRESENTER or POST_OWNER
    post: str  # the Post node id
    item: str
    meeting: str | None
    evidence: EdgeEvidence


def post_only_refs(graph: nx.MultiDiGraph) -> list[PostRef]:
    """Every PRESENTED edge from a Post and every ASSIGNED_TO edge to a Post."""
    refs = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if key == "PRESENTED" and graph.nodes[u].get("label") == Label.POST:
            refs.append(PostRef(POST_PRESENTER, u, v, _meeting_of(graph, v),
                                edge_evidence(attrs)))
        elif key == "ASSIGNED_TO" and graph.nodes[v].get("label") == Label.POST:
            item = next((i for _, i, k in graph.out_edges(u, keys=True) if k == "ARISES_FROM"),
                        None)
            if item is not None:
                refs.append(PostRef(POST_OWNER, v, item, _meeting_of(graph, item),
                                    edge_evidence(attrs)))
    return sorted(refs, key=lambda r: (r.evidence.document or "", r.evidence.line or 0, r.kind))


def _meeting_of(graph: nx.MultiDiGraph, item: str) -> str | None:
    return next((m for m, _, k in graph.in_edges(item, keys=True) if k == "HAS_ITEM"), None)


def item_label(graph: nx.MultiDiGraph, item: str) -> str:
    attrs = graph.nodes[item]
    number = attrs.get("number")
    return f"{number}. {attrs.get('title') or ''}" if number else str(attrs.get("title") or "")


def meeting_label(graph: nx.MultiDiGraph, meeting: str | None) -> str:
    if meeting is None:
        return "?"
    attrs = graph.nodes[meeting]
    return f"{attrs.get('body') or '(no body)'} {attrs.get('date') or '(undated)'}"


def _at_meeting(graph: nx.MultiDiGraph, post: str, meeting: str | None) -> list[str]:
    """Attendees of the meeting whose role as written matches the post loosely, and for
    "The Chair" / "Convener" whoever chaired: the reading may have missed them."""
    if meeting is None:
        return []
    found = []
    chair_post = is_chair_post(post)
    for person, attrs in in_edges(graph, meeting, "ATTENDED"):
        name = graph.nodes[person].get("name") or person
        role = attrs.get("role")
        if chair_post and attrs.get("chair"):
            found.append(f"{name} (chaired the meeting)")
        elif role and post_match_score(post, str(role)) > 0:
            found.append(f"{name} (at the meeting: {role})")
    return sorted(found)


def _holders(graph: nx.MultiDiGraph, post: str, date: str | None) -> list[str]:
    """Who other minutes record in this post (or one it names, "Chief Executive" in "Interim
    Chief Executive"), those seen around ``date`` first."""
    attrs = graph.nodes[post]
    name, council = str(attrs.get("name")), attrs.get("council")
    held = []
    for other in index(graph).label(Label.POST):
        other_attrs = graph.nodes[other]
        other_name = str(other_attrs.get("name"))
        if other_attrs.get("council") != council or (
                other != post and post_match_score(name, other_name) == 0):
            continue
        for person, edge in in_edges(graph, other, "HOLDS"):
            first, last = edge.get("first_seen"), edge.get("last_seen")
            around = bool(date and first and last and first <= date <= last)
            span = f"{first} to {last}" if first and last and first != last else (first or "")
            notes = ", ".join(n for n in (other_name if other != post else "", span) if n)
            who = graph.nodes[person].get("name") or person
            held.append((not around, who, f"{who} ({notes})" if notes else str(who)))
    return [text for _, _, text in sorted(held)]


def _post_finding(graph: nx.MultiDiGraph, ref: PostRef) -> Finding:
    post = graph.nodes[ref.post]
    post_name = str(post.get("name"))
    date = graph.nodes[ref.meeting].get("date") if ref.meeting else None
    here = _at_meeting(graph, post_name, ref.meeting)
    holders = here + [h for h in _holders(graph, ref.post, date) if h not in here]
    verb = "presented" if ref.kind == POST_PRESENTER else "owns an action of"
    reason = f"the post {verb} the item; no attendee of the meeting is recorded holding it"
    if here:
        suggestion = ("an attendee's post matches: check the text; if the minutes mean them, "
                      "the reading missed it (an alias cannot map a post to a person)")
    elif holders:
        suggestion = ("other minutes record a holder: check the attendance list; a post "
                      "cannot be aliased to a person")
    else:
        suggestion = "nobody is recorded holding this post; name the holder in the minutes"
    context = f"{meeting_label(graph, ref.meeting)}, item {item_label(graph, ref.item)}"
    return Finding(ref.kind, post.get("council"), post_name, tuple(holders),
                   reason, context, ref.evidence, suggestion)


# -- 3. possible duplicates that were kept apart --------------------------------------------

def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it is beyond ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _slip(a: str, b: str) -> bool:
    """A one-letter slip in a longer word ("Castellane"/"Castelane"), never in a number."""
    if a == b or re.search(r"\d", a + b) or min(len(a), len(b)) < 5:
        return False
    return _edit_distance(a, b, 2 if min(len(a), len(b)) >= 9 else 1) <= (
        2 if min(len(a), len(b)) >= 9 else 1)


def person_pair_reason(a: NameParts, b: NameParts) -> str | None:
    """Why two differently keyed names of one council may be one person, or None."""
    if compatible(a, b) or compatible(b, a):
        return "same surname and compatible initials or first names"
    if a.surname == b.surname and a.given and b.given and len(a.given) == len(b.given):
        first_a, first_b = a.given[0], b.given[0]
        if (min(len(first_a), len(first_b)) >= 3 and first_a != first_b
                and (first_a.startswith(first_b) or first_b.startswith(first_a))
                and a.given[1:] == b.given[1:]):
            return "same surname; one first name shortens the other"
    if a.given and a.given == b.given and len(a.surname) == len(b.surname):
        if sum(x != y for x, y in zip(a.surname, b.surname, strict=True)) == 1 and all(
                x == y or _slip(x, y) for x, y in zip(a.surname, b.surname, strict=True)):
            return "same first names; surnames differ by a letter or two"
    return None


def _fuller(graph: nx.MultiDiGraph, a: str, b: str) -> tuple[str, str]:
    """(variant, canonical): the shortened or less attested name maps to the other."""
    def weight(node: str) -> tuple[int, int, int, str]:
        attrs = graph.nodes[node]
        parts = name_parts(str(attrs.get("name", "")))
        return (int(not parts.abbreviated), sum(len(g) for g in parts.given),
                len(attrs.get("sources", [])), str(attrs.get("name", "")))
    return (a, b) if weight(a) < weight(b) else (b, a)


def _person_duplicates(graph: nx.MultiDiGraph) -> list[Finding]:
    by_council: dict[str, list[tuple[str, NameParts]]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == Label.PERSON and attrs.get("name"):
            by_council[str(attrs.get("council"))].append((node, name_parts(str(attrs["name"]))))
    findings = []
    for council, people in sorted(by_council.items()):
        # Pairs share a surname's first letters, or first names and a surname's first letter
        # or last two (a one-letter slip keeps one of them): compare within blocks only.
        blocks: dict[str, list[tuple[str, NameParts]]] = defaultdict(list)
        for node, parts in people:
            if parts.surname:
                blocks["s:" + parts.surname[-1][:3]].append((node, parts))
            if parts.given and parts.surname and parts.surname[-1].isalpha():
                given, last = " ".join(parts.given), parts.surname[-1]
                blocks[f"g:{given}|{last[:1]}"].append((node, parts))
                blocks[f"g:{given}|{last[-2:]}$"].append((node, parts))
        pairs: set[tuple[str, str]] = set()
        for members in blocks.values():
            for (n1, p1), (n2, p2) in combinations(members, 2):
                pair = (min(n1, n2), max(n1, n2))
                if pair in pairs:
                    continue
                reason = person_pair_reason(p1, p2)
                if reason is None:
                    continue
                pairs.add(pair)
                findings.append(_duplicate_person(graph, council, *pair, reason))
    findings.sort(key=lambda f: (f.council or "", f.subject, f.candidates))
    return findings


def _duplicate_person(graph: nx.MultiDiGraph, council: str, a: str, b: str,
                      reason: str) -> Finding:
    variant, canonical = _fuller(graph, a, b)
    v_name, c_name = graph.nodes[variant]["name"], graph.nodes[canonical]["name"]
    other = node_evidence(graph, canonical, needle=name_parts(c_name).surname[-1])
    context = f"{c_name}: {other.cite()}" if other.document else ""
    suggestion = (f"{_alias_line(v_name, c_name)}; or if different people: "
                  f"{_distinct_line(v_name, c_name)}")
    surname = name_parts(v_name).surname
    evidence = node_evidence(graph, variant, needle=surname[-1] if surname else None)
    return Finding(DUPLICATE_PERSON, council, v_name, (c_name,), f"{reason}; kept apart",
                   context, evidence, suggestion)


def body_pair_reason(a: Mapping[str, Any], b: Mapping[str, Any], council: str) -> str | None:
    """Why two Body nodes of one council may be one body, or None."""
    name_a, name_b = str(a.get("name", "")), str(b.get("name", ""))
    key_a, key_b = body_key(name_a), body_key(name_b)
    acr_a, acr_b = a.get("acronym"), b.get("acronym")
    if acr_a and acr_b and str(acr_a).upper() == str(acr_b).upper():
        return f"both are called {str(acr_a).upper()}"
    if (acr_a and name_b.upper() == str(acr_a).upper()) or (
            acr_b and name_a.upper() == str(acr_b).upper()):
        return "one is the other's acronym"
    if key_a.replace(" ", "") == key_b.replace(" ", ""):
        return "the same words, spaced differently"
    place = body_key(council) if council else ""
    if place and (key_a == f"{place} {key_b}" or key_b == f"{place} {key_a}"):
        return "the same name with and without the council's name"
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) == len(words_b) and len(words_a) >= 2:
        differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
        if len(differ) == 1 and _slip(*differ[0]):
            return "a spelling variant (one word differs by a letter or two)"
    return None


def _body_duplicates(graph: nx.MultiDiGraph) -> list[Finding]:
    by_council: dict[str, list[str]] = defaultdict(list)
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") == Label.BODY and attrs.get("name"):
            by_council[str(attrs.get("council"))].append(node)
    findings = []
    for council, bodies in sorted(by_council.items()):
        for a, b in combinations(sorted(bodies), 2):
            reason = body_pair_reason(graph.nodes[a], graph.nodes[b], council)
            if reason is None:
                continue
            variant, canonical = _body_order(graph, a, b)
            v_name, c_name = graph.nodes[variant]["name"], graph.nodes[canonical]["name"]
            other = node_evidence(graph, canonical)
            findings.append(Finding(
                DUPLICATE_BODY, council, v_name, (c_name,), f"{reason}; kept apart",
                f"{c_name}: {other.cite()}" if other.document else "",
                node_evidence(graph, variant), _alias_line(v_name, c_name, "bodies")))
    return findings


def _body_order(graph: nx.MultiDiGraph, a: str, b: str) -> tuple[str, str]:
    """(variant, canonical): the less attested, then shorter, name maps to the other."""
    def weight(node: str) -> tuple[int, int, str]:
        attrs = graph.nodes[node]
        return (len(attrs.get("sources", [])), len(str(attrs.get("name", ""))),
                str(attrs.get("name", "")))
    return (a, b) if weight(a) < weight(b) else (b, a)


# -- all together ---------------------------------------------------------------------------

def _settled_pairs(aliases: Aliases, uncertain: Iterable[UncertainRecord]
                   ) -> set[frozenset[str]]:
    """Pairs already settled by ``[distinct]`` or already reported as uncertain references."""
    settled = {frozenset({"c:*", slug(a), slug(b)}) for a, b in aliases.distinct_people}
    for u in uncertain:
        for c in u.candidates:
            settled.add(frozenset({f"c:{u.council}", slug(u.name), slug(c)}))
    return settled


def review_graph(graph: nx.MultiDiGraph, uncertain: Iterable[UncertainRecord] = (),
                 aliases: Aliases | None = None) -> list[Finding]:
    """Every finding: uncertain references, post-only references, possible duplicates."""
    records = _current(graph, uncertain)
    findings = [_uncertain_finding(graph, u) for u in _without_echoes(records)]
    findings += [_post_finding(graph, ref) for ref in post_only_refs(graph)]
    settled = _settled_pairs(aliases or Aliases(), records)
    findings += [f for f in _person_duplicates(graph) if not _is_settled(f, settled)]
    findings += _body_duplicates(graph)
    return findings


def _current(graph: nx.MultiDiGraph, records: Iterable[UncertainRecord]
             ) -> list[UncertainRecord]:
    """Records whose candidates are still people of the graph, with only those candidates.

    A record is written when its document is built; re-reading the other documents later
    (with an alias, say) can take the candidate away, and then there is nothing to settle.
    """
    kept = []
    for u in records:
        alive = tuple(c for c in u.candidates if node_id(Label.PERSON, u.council, c) in graph)
        if alive:
            kept.append(replace(u, candidates=alive))
    return kept


def _without_echoes(records: list[UncertainRecord]) -> list[UncertainRecord]:
    """Drop "fuller form" records that only echo an ambiguous one: once "J. Smith" is reported
    with candidates Jane and John Smith, "Jane Smith is a fuller form of J. Smith" adds nothing.
    """
    ambiguous = {(u.council, slug(u.name)): {slug(c) for c in u.candidates}
                 for u in records if len(u.candidates) > 1}
    kept = []
    for u in records:
        echoes = len(u.candidates) == 1 and slug(u.name) in ambiguous.get(
            (u.council, slug(u.candidates[0])), set())
        if not echoes:
            kept.append(u)
    return kept


def _is_settled(finding: Finding, settled: set[frozenset[str]]) -> bool:
    names = frozenset({slug(finding.subject), *(slug(c) for c in finding.candidates)})
    return any(names == frozenset(k for k in key if not k.startswith("c:"))
               and (f"c:{finding.council}" in key or "c:*" in key) for key in settled)

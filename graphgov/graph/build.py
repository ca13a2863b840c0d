"""Minutes -> PropertyGraph: the nodes and relationships one document asserts, with evidence.

Cross-document identity comes from a :class:`Resolver` seeded with what the store already
holds (councils, people and the posts they held, bodies and their acronyms) and the user's
aliases, so "N. Brooke" in a new document joins "Nina Brooke" of the same council when nobody
else fits, and "Sub Committee" joins "Sub-Committee".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graphgov.graph.property_graph import EvidenceRef, PropertyGraph
from graphgov.graph.schema import Label, Rel, node_id, slug
from graphgov.model.minutes import Attendee, Evidence, Item, Meeting, Mention, Minutes, PersonRef
from graphgov.model.vocab import BodyKind, Capacity
from graphgov.resolve.aliases import Aliases
from graphgov.resolve.bodies import (
    UNKNOWN_COUNCIL,
    BodyIndex,
    body_kind,
    council_key,
    infer_council,
    is_unknown_council,
    looks_like_body,
    unknown_council,
)
from graphgov.resolve.people import PersonIndex, Uncertain, name_parts

__all__ = ["BuildResult", "Resolver", "build_graph"]

# "Chair of the Overview and Scrutiny Committee", "Chair, Children's Improvement Board"
_CHAIR_OF = re.compile(
    r"^(?:the\s+)?chair(?:man|woman|person)?\s*(?:of\s+(?:the\s+)?|,\s*|-\s+|:\s*)(?P<body>.+)$",
    re.IGNORECASE,
)


@dataclass
class Resolver:
    """What is already known across documents: councils, people, bodies, and the aliases."""

    aliases: Aliases = field(default_factory=Aliases)
    councils: list[str] = field(default_factory=list)
    people: PersonIndex = field(init=False)
    bodies: BodyIndex = field(init=False)

    def __post_init__(self) -> None:
        self.people = PersonIndex(self.aliases.people, list(self.aliases.distinct_people))
        self.bodies = BodyIndex(self.aliases.bodies)

    @classmethod
    def from_graph(cls, graph: Any, aliases: Aliases | None = None) -> Resolver:
        """Seed from a NetworkX graph in the store's shape (see graphgov.graph.stores)."""
        resolver = cls(aliases or Aliases())
        posts: dict[str, str] = {}
        for _, attrs in graph.nodes(data=True):
            label = attrs.get("label")
            if label == Label.COUNCIL:
                resolver.learn_council(attrs["name"])
            elif label == Label.BODY:
                resolver.bodies.add(attrs["council"], attrs["name"], attrs.get("acronym"))
            elif label == Label.POST:
                posts[attrs["id"]] = attrs["name"]
        for u, v, key in graph.edges(keys=True):
            if key == Rel.HOLDS:
                person = graph.nodes[u]
                resolver.people.add(person["council"], person["name"], posts.get(v))
        for _, attrs in graph.nodes(data=True):
            if attrs.get("label") == Label.PERSON:
                resolver.people.add(attrs["council"], attrs["name"])
        return resolver

    def learn_councils(self, minutes: Minutes, default: str | None = None) -> None:
        """Councils a document names, so others of its batch can be matched by body prefix."""
        for meeting in minutes.meetings:
            if (meeting.council and meeting.council.strip()) or default:
                self.learn_council(self.council_for(meeting, default, minutes.source.sha256))

    def learn_people(self, minutes: Minutes, default: str | None = None) -> None:
        """Full names a document gives, so that "N. Brooke" in another document of the same
        batch joins "Nina Brooke" whichever of the two is built first."""
        for meeting in minutes.meetings:
            council = self.council_for(meeting, default, minutes.source.sha256)
            refs: list[tuple[str | None, str | None]] = [
                (a.name, a.role) for a in meeting.attendees
            ]
            for item in meeting.items:
                refs += [(p.name, p.role) for p in item.presenters]
                refs += [(a.owner.name, a.owner.role) for a in item.actions]
            for name, role in refs:
                if name and name.strip() and not name_parts(name).abbreviated:
                    resolved = self.people.resolve(council, name, role)
                    self.people.add(council, resolved.name, _tidy(role) if role else None)

    def learn_council(self, key: str) -> None:
        if key not in self.councils:
            self.councils.append(key)

    def council_for(self, meeting: Meeting, default: str | None, document: str) -> str:
        """The council key: named in the document, else ``default``, else by body prefix.

        Failing all three, the council is unknown *for this document* ("unknown 1a2b..."):
        people and bodies of two documents whose councils are unknown must not merge, since
        the documents may come from different councils.
        """
        for name in (meeting.council, default):
            if name and name.strip():
                return self._council_alias(name)
        inferred = infer_council(meeting.body, self.councils)
        return inferred or unknown_council(document)

    def _council_alias(self, name: str) -> str:
        folded = {slug(k): v for k, v in self.aliases.councils.items()}
        target = folded.get(slug(name)) or folded.get(slug(council_key(name)))
        return council_key(target or name)


@dataclass(frozen=True, slots=True)
class BuildResult:
    graph: PropertyGraph
    uncertain: tuple[Uncertain, ...]
    councils: tuple[str, ...]


def build_graph(
    minutes: Minutes, *, council: str | None = None, resolver: Resolver | None = None
) -> BuildResult:
    """Everything ``minutes`` asserts, as nodes and relationships carrying evidence."""
    builder = _Builder(minutes, resolver or Resolver(), council)
    for meeting in minutes.meetings:
        builder.add_meeting(meeting)
    return BuildResult(builder.graph, tuple(builder.uncertain), tuple(builder.councils_seen))


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:")


class _Builder:
    def __init__(self, minutes: Minutes, resolver: Resolver, council: str | None) -> None:
        self.minutes = minutes
        self.resolver = resolver
        self.default_council = council
        self.graph = PropertyGraph()
        self.uncertain: list[Uncertain] = []
        self.councils_seen: list[str] = []
        src = minutes.source
        self.document = node_id(Label.DOCUMENT, src.sha256)
        self.graph.add_node(Label.DOCUMENT, self.document,
                            {"sha256": src.sha256, "path": src.path, "format": str(src.format)})
        # Set per meeting:
        self.council = UNKNOWN_COUNCIL
        self.date = ""

    # -- evidence ------------------------------------------------------------------------
    def ev(self, evidence: Evidence) -> EvidenceRef:
        src = self.minutes.source
        return EvidenceRef(src.path, src.sha256, evidence.line, evidence.quote, self.date)

    def seen(self) -> dict[str, object]:
        return {"first_seen": self.date or None, "last_seen": self.date or None}

    # -- nodes ---------------------------------------------------------------------------
    def council_node(self, meeting: Meeting) -> str:
        key = self.resolver.council_for(meeting, self.default_council,
                                        self.minutes.source.sha256)
        self.resolver.learn_council(key)
        if key not in self.councils_seen:
            self.councils_seen.append(key)
        self.council = key
        names = [_tidy(n) for n in (meeting.council, self.default_council) if n and n.strip()]
        cid = node_id(Label.COUNCIL, key)
        self.graph.add_node(Label.COUNCIL, cid, {"name": key, "names": names[:1] or None,
                                                 "known": not is_unknown_council(key)})
        return cid

    def body_node(self, name: str, acronym: str | None, kind: str | None, ev: EvidenceRef) -> str:
        canonical = self.resolver.bodies.resolve(self.council, name, acronym)
        acronym = acronym or self.resolver.bodies.acronym_of(self.council, canonical)
        bid = node_id(Label.BODY, self.council, canonical)
        resolved_kind = body_kind(canonical, kind)
        self.graph.add_node(Label.BODY, bid, {
            "council": self.council, "name": canonical, "kind": resolved_kind, "acronym": acronym,
        })
        if resolved_kind != BodyKind.ORGANISATION.value:
            self.graph.add_relationship(Rel.PART_OF, bid, node_id(Label.COUNCIL, self.council), ev)
        return bid

    def person_node(self, name: str, honorific: str | None, post: str | None) -> str:
        resolved = self.resolver.people.resolve(self.council, name, post)
        if resolved.uncertain is not None:
            self.uncertain.append(resolved.uncertain)
        canonical = resolved.name
        self.resolver.people.add(self.council, canonical, post)
        pid = node_id(Label.PERSON, self.council, canonical)
        variants = [_tidy(name)] if _tidy(name) != canonical else None
        self.graph.add_node(Label.PERSON, pid, {
            "council": self.council, "name": canonical, "honorific": honorific,
            "variants": variants,
        })
        return pid

    def post_node(self, name: str, ev: EvidenceRef) -> str:
        post = _tidy(name)
        pid = node_id(Label.POST, self.council, post)
        self.graph.add_node(Label.POST, pid, {"council": self.council, "name": post})
        self.graph.add_relationship(Rel.POST_OF, pid, node_id(Label.COUNCIL, self.council), ev)
        return pid

    def ref_node(self, ref: PersonRef) -> str | None:
        """A Person for a named reference, else a Post for a post-only one."""
        if ref.name and ref.name.strip():
            return self.person_node(ref.name, ref.honorific, ref.role)
        if ref.role and ref.role.strip():
            return self.post_node(ref.role, self.ev(ref.evidence))
        return None

    # -- meeting -------------------------------------------------------------------------
    def add_meeting(self, meeting: Meeting) -> None:
        self.date = meeting.date.isoformat() if meeting.date else ""
        head = self.ev(meeting.evidence)
        self.council_node(meeting)
        body_id = None
        body_name = None
        if meeting.body and meeting.body.strip():
            body_id = self.body_node(meeting.body, None, None, head)
            body_name = self.graph.nodes[body_id].properties["name"]
        # Undated meetings of one body must not merge across documents: key on the document.
        date_key = self.date or f"undated {self.minutes.source.sha256[:12]}"
        mid = node_id(Label.MEETING, self.council, body_name, date_key, meeting.start_time)
        self.graph.add_node(Label.MEETING, mid, {
            "council": self.council, "body": body_name, "date": self.date or None,
            "start_time": meeting.start_time, "end_time": meeting.end_time,
            "venue": meeting.venue,
        })
        self.graph.add_relationship(Rel.RECORDS, self.document, mid, head)
        if body_id is not None:
            self.graph.add_relationship(Rel.HELD, body_id, mid, head)
        for attendee in meeting.attendees:
            self.add_attendee(attendee, mid, body_id)
        self.add_mentions(mid, meeting.mentions)
        for order, item in enumerate(meeting.items, start=1):
            self.add_item(item, mid, order)

    def add_attendee(self, a: Attendee, mid: str, body_id: str | None) -> None:
        ev = self.ev(a.evidence)
        role = _tidy(a.role) if a.role else None
        if not (a.name and a.name.strip()):
            if role:
                self.post_node(role, ev)
            return
        pid = self.person_node(a.name, a.honorific, role)
        self.graph.add_relationship(Rel.ATTENDED, pid, mid, ev, {
            "capacity": str(a.capacity), "status": str(a.status),
            "notes": [str(n) for n in a.notes], "role": role,
            "substitute_for": a.substitute_for, "chair": a.chair,
        })
        if a.chair:
            self.graph.add_relationship(Rel.CHAIRED, pid, mid, ev)
        if a.capacity is Capacity.MEMBER and body_id is not None:
            self.graph.add_relationship(Rel.MEMBER_OF, pid, body_id, ev,
                                        {**self.seen(), "capacity": "member"})
        if role:
            self.add_role(pid, role, ev)

    def add_role(self, pid: str, role: str, ev: EvidenceRef) -> None:
        """A role is a post held, a body chaired, or the organisation someone represents."""
        if looks_like_body(role):
            bid = self.body_node(role, None, None, ev)
            self.graph.add_relationship(Rel.MEMBER_OF, pid, bid, ev,
                                        {**self.seen(), "capacity": "representative"})
            return
        post = self.post_node(role, ev)
        self.graph.add_relationship(Rel.HOLDS, pid, post, ev, self.seen())
        chair = _CHAIR_OF.match(role)
        if chair:
            bid = self.body_node(chair.group("body"), None, None, ev)
            self.graph.add_relationship(Rel.CHAIR_OF, pid, bid, ev, self.seen())

    def add_mentions(self, start: str, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            if m.kind == BodyKind.POST.value or not m.name.strip():
                continue  # posts are not bodies; a named post becomes a Post where someone holds it
            ev = self.ev(m.evidence)
            bid = self.body_node(m.name, m.acronym, m.kind, ev)
            self.graph.add_relationship(Rel.MENTIONS, start, bid, ev, {"acronym": m.acronym})

    def add_item(self, item: Item, mid: str, order: int) -> None:
        ev = self.ev(item.evidence)
        title = _tidy(item.title)
        iid = node_id(Label.ITEM, mid, item.number, title)
        self.graph.add_node(Label.ITEM, iid, {
            "meeting": mid, "number": item.number, "title": title, "order": order,
        })
        self.graph.add_relationship(Rel.HAS_ITEM, mid, iid, ev, {"order": order})
        for ref in item.presenters:
            who = self.ref_node(ref)
            if who is not None:
                self.graph.add_relationship(Rel.PRESENTED, who, iid, self.ev(ref.evidence))
        for tag in item.themes:
            tid = node_id(Label.THEME, tag.theme)
            self.graph.add_node(Label.THEME, tid, {"name": tag.theme})
            self.graph.add_relationship(Rel.ABOUT, iid, tid, self.ev(tag.evidence),
                                        {"trigger": tag.trigger})
        for index, res in enumerate(item.resolutions, start=1):
            rid = node_id(Label.RESOLUTION, iid, index)
            self.graph.add_node(Label.RESOLUTION, rid, {
                "item": iid, "index": index, "text": res.text, "number": res.number,
            })
            self.graph.add_relationship(Rel.RESOLVED, iid, rid, self.ev(res.evidence))
        for index, act in enumerate(item.actions, start=1):
            aid = node_id(Label.ACTION, iid, index)
            self.graph.add_node(Label.ACTION, aid, {"item": iid, "index": index, "text": act.text})
            self.graph.add_relationship(Rel.ARISES_FROM, aid, iid, self.ev(act.evidence))
            owner = self.ref_node(act.owner)
            if owner is not None:
                self.graph.add_relationship(Rel.ASSIGNED_TO, aid, owner,
                                            self.ev(act.owner.evidence))
        self.add_mentions(iid, item.mentions)

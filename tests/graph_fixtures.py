"""A fictional council's governance graph, in the in-memory shape every consumer reads.

Fernbridge District Council: meetings of its Cabinet, Overview and Scrutiny Committee (OSC) and
Schools Forum in 2023; the post "Corporate Director, Resources" changes hands between January
and July; items carry themes, presenters (people, and once a post nobody named holds) and
actions. Each meeting comes from its own document; every edge carries evidence (source path,
document sha256, line, quote and the parallel evidence lists) like the NetworkX store writes.
Names, places and quotes are invented.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphgov.graph.schema import NATURAL_KEYS, Label, node_id, slug

COUNCIL = "Fernbridge District Council"
POST_PREFIX = "post:"  # a presenter or action owner given as a post nobody named holds


@dataclass(frozen=True)
class A:
    """An attendee: name, post as written, capacity, status."""

    name: str
    role: str | None = None
    capacity: str = "member"
    status: str = "present"
    chair: bool = False


@dataclass(frozen=True)
class I:  # noqa: E742 - short on purpose: the table below reads like an agenda
    number: str
    title: str
    themes: tuple[tuple[str, str], ...] = ()  # (theme, trigger)
    presenters: tuple[str, ...] = ()
    actions: tuple[tuple[str, str], ...] = ()  # (owner, action text)


@dataclass(frozen=True)
class M:
    body: str
    date: str
    venue: str
    attendees: tuple[A, ...]
    items: tuple[I, ...] = field(default=())


RESOURCES = "Corporate Director, Resources"
CHILDREN = "Corporate Director, Children's Services"

MEETINGS: tuple[M, ...] = (
    M("Cabinet", "2023-01-10", "Council Chamber, Fernbridge House", (
        A("Mara Quill", "Leader of the Council", chair=True),
        A("Owen Pratt", "Cabinet Member for Education and Children's Services"),
        A("Tessa Lowe", status="apologies"),
        A("Lena Hart", RESOURCES, "officer"),
        A("Raj Malik", "Head of Digital Services", "officer"),
    ), (
        I("1", "Apologies for Absence"),
        I("2", "Community Grants Programme Review", (("Grants", "grants"),), ("Lena Hart",),
          (("Lena Hart", "Publish the revised grant criteria"),)),
        I("3", "Digital Services Update", (("ICT", "digital"),), ("Raj Malik",),
          (("Raj Malik", "Report on the laptop refresh"),)),
    )),
    M("Overview and Scrutiny Committee", "2023-02-14", "Room 2, Fernbridge House", (
        A("Colin Barr", "Chair of the Overview and Scrutiny Committee", chair=True),
        A("Tessa Lowe"),
        A("Owen Pratt"),
        A("Lena Hart", RESOURCES, "officer"),
        A("Nia Ford", "Scrutiny Officer", "officer"),
        A("Gwen Ellis", CHILDREN, "officer"),
    ), (
        I("1", "Budget Monitoring Quarter 3", (("Finance", "budget"),), ("Lena Hart",)),
        I("2", "Children's Services Performance", (("Children's Services", "children"),),
          ("Owen Pratt",), (("Gwen Ellis", "Circulate the placement figures"),)),
    )),
    M("Schools Forum", "2023-03-20", "Fernbridge Library", (
        A("Owen Pratt", chair=True),
        A("Tessa Lowe"),
        A("Gwen Ellis", CHILDREN, "officer"),
    ), (
        I("1", "Early Years Funding", (("Children's Services", "early years"),), ("Owen Pratt",),
          (("Gwen Ellis", "Consult providers on the funding formula"),)),
    )),
    M("Cabinet", "2023-07-11", "Council Chamber, Fernbridge House", (
        A("Mara Quill", "Leader of the Council", chair=True),
        A("Owen Pratt", "Cabinet Member for Education and Children's Services"),
        A("Tessa Lowe"),
        A("Sam Okoro", RESOURCES, "officer"),
    ), (
        I("1", "Grants Programme Update", (("Grants", "grant"),), ("Sam Okoro",),
          (("Sam Okoro", "Bring the allocations to the next meeting"),)),
        I("2", "Contracts Register", (("Finance", "contracts"),),
          (POST_PREFIX + "Head of Procurement",),
          ((POST_PREFIX + "Head of Procurement", "Publish the contracts register"),)),
    )),
)

#: Someone who holds a post but never attended: linked to the rest only through the council.
LONE_HOLDER = ("Ivy Dunn", "Monitoring Officer")


class _Builder:
    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self.path = ""
        self.sha = ""
        self.date = ""
        self.line = 0

    def node(self, label: Label, **props: Any) -> str:
        keys = [props.get(k) for k in NATURAL_KEYS[label]]
        nid = node_id(label, *keys)
        if nid not in self.graph:
            self.graph.add_node(nid, label=label.value, id=nid, sources=[])
        attrs = self.graph.nodes[nid]
        attrs.update({k: v for k, v in props.items() if v is not None})
        if self.sha and self.sha not in attrs["sources"]:
            attrs["sources"].append(self.sha)
        return nid

    def edge(self, rel: str, start: str, end: str, quote: str, seen: bool = False,
             **props: Any) -> None:
        self.line += 1
        if not self.graph.has_edge(start, end, rel):
            self.graph.add_edge(start, end, key=rel, type=rel, source=self.path,
                                document=self.sha, line=self.line, quote=quote,
                                evidence_sources=[], evidence_documents=[], evidence_lines=[],
                                evidence_quotes=[], evidence_dates=[], sources=[])
        attrs = self.graph.edges[start, end, rel]
        attrs.update({k: v for k, v in props.items() if v is not None})
        if seen and self.date:
            attrs["first_seen"] = min(attrs.get("first_seen", self.date), self.date)
            attrs["last_seen"] = max(attrs.get("last_seen", self.date), self.date)
        for name, value in (("evidence_sources", self.path), ("evidence_documents", self.sha),
                            ("evidence_lines", self.line), ("evidence_quotes", quote),
                            ("evidence_dates", self.date)):
            attrs[name].append(value)
        if self.sha not in attrs["sources"]:
            attrs["sources"].append(self.sha)

    def person(self, name: str) -> str:
        return self.node(Label.PERSON, council=COUNCIL, name=name)

    def ref(self, who: str) -> str:
        if who.startswith(POST_PREFIX):
            return self.post(who[len(POST_PREFIX):], who[len(POST_PREFIX):])
        return self.person(who)

    def post(self, name: str, quote: str) -> str:
        pid = self.node(Label.POST, council=COUNCIL, name=name)
        self.edge("POST_OF", pid, self.council, quote)
        return pid

    def meeting(self, m: M) -> None:
        self.path = f"minutes/{slug(m.body)}-{m.date}.txt"
        self.sha = hashlib.sha256(self.path.encode()).hexdigest()
        self.date, self.line = m.date, 0
        doc = self.node(Label.DOCUMENT, sha256=self.sha, path=self.path, format="text")
        self.council = self.node(Label.COUNCIL, name=COUNCIL)
        body = self.node(Label.BODY, council=COUNCIL, name=m.body, kind="committee",
                         acronym="OSC" if m.body.startswith("Overview") else None)
        self.edge("PART_OF", body, self.council, f"{m.body} of {COUNCIL}")
        mid = self.node(Label.MEETING, council=COUNCIL, body=m.body, date=m.date,
                        start_time="18:30", end_time="20:00", venue=m.venue)
        head = f"Minutes of the {m.body} held on {m.date} at {m.venue}"
        self.edge("RECORDS", doc, mid, head)
        self.edge("HELD", body, mid, head)
        for a in m.attendees:
            self.attendee(a, mid, body)
        for order, item in enumerate(m.items, start=1):
            self.item(item, mid, order)

    def attendee(self, a: A, mid: str, body: str) -> None:
        pid = self.person(a.name)
        quote = a.name + (f", {a.role}" if a.role else "") + (" (Chair)" if a.chair else "")
        self.edge("ATTENDED", pid, mid, quote, capacity=a.capacity, status=a.status, notes=[],
                  role=a.role, chair=a.chair)
        if a.chair:
            self.edge("CHAIRED", pid, mid, quote)
        if a.capacity == "member":
            self.edge("MEMBER_OF", pid, body, quote, seen=True, capacity="member")
        if a.role:
            self.edge("HOLDS", pid, self.post(a.role, quote), quote, seen=True)
            if a.role.startswith("Chair of the "):
                chaired = self.node(Label.BODY, council=COUNCIL, name=a.role[len("Chair of the "):])
                self.edge("CHAIR_OF", pid, chaired, quote, seen=True)

    def item(self, item: I, mid: str, order: int) -> None:
        iid = self.node(Label.ITEM, meeting=mid, number=item.number, title=item.title,
                        order=order)
        self.edge("HAS_ITEM", mid, iid, f"{item.number}. {item.title}", order=order)
        for who in item.presenters:
            self.edge("PRESENTED", self.ref(who), iid, f"{who.removeprefix(POST_PREFIX)} "
                      f"presented the report on {item.title}.")
        for theme, trigger in item.themes:
            tid = self.node(Label.THEME, name=theme)
            self.edge("ABOUT", iid, tid, f"{item.title}: {trigger}", trigger=trigger)
        for index, (owner, text) in enumerate(item.actions, start=1):
            aid = self.node(Label.ACTION, item=iid, index=index, text=text)
            self.edge("ARISES_FROM", aid, iid, f"{text}.")
            self.edge("ASSIGNED_TO", aid, self.ref(owner),
                      f"Action by: {owner.removeprefix(POST_PREFIX)}")


def fixture_graph() -> nx.MultiDiGraph:
    """The fictional council's graph, built fresh on each call (tests may change it)."""
    builder = _Builder()
    for meeting in MEETINGS:
        builder.meeting(meeting)
    builder.path, builder.sha, builder.date = "roster/fernbridge-officers.txt", "f" * 64, ""
    name, post = LONE_HOLDER
    builder.edge("HOLDS", builder.person(name), builder.post(post, f"{name}, {post}"),
                 f"{name}, {post}")
    return builder.graph


def synthetic_graph(meetings: int = 10_000, seed: int = 0) -> nx.MultiDiGraph:
    """A large made-up council for benchmarks: 40 bodies, 1,500 people, 60 posts changing
    hands, 6 items a meeting (themes, presenters, actions). Deterministic for a seed."""
    import random

    rng = random.Random(seed)  # noqa: S311 - repeatable made-up data, not secrets
    themes = ["Grants", "ICT", "Finance", "Housing", "Children's Services", "Planning",
              "Transport", "Governance", "Scrutiny", "Environment"]
    bodies = [f"{theme} Committee {n}" for n in range(4) for theme in themes]
    people = [f"Person {n:04d}" for n in range(1500)]
    posts = [f"Director of {theme} {n}" for n in range(6) for theme in themes]
    builder = _Builder()
    for k in range(meetings):
        year, day = 2000 + k // 400, k % 400
        date = f"{year}-{1 + day // 34 % 12:02d}-{1 + day % 28:02d}"
        members = rng.sample(people, 12)
        agenda = tuple(
            I(str(n), f"Report {k}-{n}", ((theme := rng.choice(themes), theme.lower()),),
              (members[n],), ((members[n + 1], f"Follow up {k}-{n}"),))
            for n in range(1, 7))
        attendees = tuple(A(name, posts[(hash(name) + year) % len(posts)] if i < 3 else None,
                            "officer" if i < 3 else "member", chair=i == 3)
                          for i, name in enumerate(members))
        builder.meeting(M(bodies[k % len(bodies)], date, f"Room {k % 7}", attendees, agenda))
    return builder.graph

"""What one document of minutes says, as read by the parser.

These mirror the extract JSON contract (``shared/eval/README.md``; schema in
``graphgov/data/extract.schema.json``). Every fact carries :class:`Evidence`: the line of the
document's text it was read from and a verbatim quote of that line, so a researcher can cite
it. The graph stage (``graphgov.graph.build``) turns these into nodes and relationships.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graphgov.model.vocab import Capacity, DocFormat, Status


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: 1-based line of the document's text and a verbatim quote."""

    line: int
    quote: str


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: str
    sha256: str
    format: DocFormat


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person named or referred to by post. ``name`` is None when nobody listed holds the post."""

    name: str | None
    role: str | None
    evidence: Evidence
    honorific: str | None = None


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str | None
    role: str | None
    capacity: Capacity
    status: Status
    evidence: Evidence
    honorific: str | None = None
    notes: tuple[str, ...] = ()
    chair: bool = False
    substitute_for: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A committee, board, team, organisation or post the text names."""

    name: str
    acronym: str | None
    kind: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ThemeTag:
    """A theme assigned to an item, with the words that triggered it."""

    theme: str
    trigger: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Resolution:
    text: str
    evidence: Evidence
    number: str | None = None


@dataclass(frozen=True, slots=True)
class ActionPoint:
    owner: PersonRef
    text: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Item:
    number: str | None
    title: str
    evidence: Evidence
    presenters: tuple[PersonRef, ...] = ()
    themes: tuple[ThemeTag, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    actions: tuple[ActionPoint, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Meeting:
    council: str | None
    body: str | None
    date: dt.date | None
    evidence: Evidence
    start_time: str | None = None  # "HH:MM"
    end_time: str | None = None
    venue: str | None = None
    attendees: tuple[Attendee, ...] = ()
    items: tuple[Item, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something the lenient parser noticed and carried on past (``--strict`` fails on these)."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything read from one document."""

    source: SourceInfo
    meetings: tuple[Meeting, ...]
    warnings: tuple[ParseWarning, ...] = field(default=())

"""Intermediate shapes passed between parse stages (not part of the public model)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graphgov.ingest.document import Line
from graphgov.model.minutes import Evidence


@dataclass
class MeetingHeader:
    council: str | None = None
    body: str | None = None
    date: dt.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    venue: str | None = None
    evidence: Evidence | None = None


@dataclass
class ItemBlock:
    """An agenda item's heading and the lines under it, up to the next item."""

    number: str | None
    title: str
    heading: Line
    body: list[Line] = field(default_factory=list)


@dataclass
class MeetingSegment:
    """The lines of one meeting within a document (most documents record one meeting)."""

    lines: list[Line]

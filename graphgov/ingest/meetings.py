"""Split a document into the meetings it records (most record one)."""

from __future__ import annotations

from graphgov.ingest.blocks import MeetingSegment
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line


def split_meetings(ctx: ParseContext, lines: list[Line]) -> list[MeetingSegment]:
    return [MeetingSegment(lines)]

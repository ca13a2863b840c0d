"""The meeting's header: council, body, date, start and end time, venue."""

from __future__ import annotations

from graphgov.ingest.blocks import MeetingHeader
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line


def parse_header(ctx: ParseContext, lines: list[Line]) -> MeetingHeader:
    return MeetingHeader()

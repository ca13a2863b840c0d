"""Attendance: members and officers present, posts, chair, apologies, lateness, substitutes."""

from __future__ import annotations

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.minutes import Attendee


def parse_attendance(
    ctx: ParseContext, lines: list[Line], preamble: list[Line], items: list[ItemBlock]
) -> list[Attendee]:
    return []

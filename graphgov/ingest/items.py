"""Agenda items: numbered headings and the lines under each."""

from __future__ import annotations

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line


def split_items(ctx: ParseContext, lines: list[Line]) -> tuple[list[Line], list[ItemBlock]]:
    """(lines before the first item, the items)."""
    return lines, []

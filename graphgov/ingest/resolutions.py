"""Resolved clauses of an item: one per clause, with or without a RESOLVED heading."""

from __future__ import annotations

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.model.minutes import Resolution


def find_resolutions(ctx: ParseContext, block: ItemBlock) -> list[Resolution]:
    return []

"""Who presented an item: named people and posts resolved to the attendee holding them."""

from __future__ import annotations

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.model.minutes import PersonRef
from graphgov.resolve.roster import Roster


def find_presenters(ctx: ParseContext, block: ItemBlock, roster: Roster) -> list[PersonRef]:
    return []

"""Whose action an item is ("Action by: Z. Cooke, Corporate Director, Resources")."""

from __future__ import annotations

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.model.minutes import ActionPoint
from graphgov.resolve.roster import Roster


def find_actions(ctx: ParseContext, block: ItemBlock, roster: Roster) -> list[ActionPoint]:
    return []

"""Committees, boards, teams and organisations named in the text, with defined acronyms."""

from __future__ import annotations

from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.minutes import Mention


def find_mentions(ctx: ParseContext, lines: list[Line]) -> list[Mention]:
    return []

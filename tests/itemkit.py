"""Build parse-stage inputs from fictional text: a ParseContext, ItemBlocks and a Roster.

Shared by the presenters / actions / mentions / themes tests so each test states only the
minutes it reads.
"""

from __future__ import annotations

import hashlib
import textwrap

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line, TextDocument
from graphgov.model.minutes import Attendee, Evidence
from graphgov.model.vocab import Capacity, DocFormat, Status
from graphgov.resolve.roster import Roster


def context(text: str) -> ParseContext:
    text = textwrap.dedent(text).strip("\n") + "\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    return ParseContext(TextDocument(path="fictional.txt", sha256=sha, format=DocFormat.TEXT,
                                     text=text))


def lines_of(ctx: ParseContext) -> list[Line]:
    return [Line(ln.no, ln.text.strip()) for ln in ctx.doc.lines if ln.text.strip()]


def block(text: str, number: str | None = "5") -> tuple[ParseContext, ItemBlock]:
    """The first non-blank line is the item's heading (its title), the rest its body."""
    ctx = context(text)
    lines = lines_of(ctx)
    return ctx, ItemBlock(number=number, title=lines[0].text, heading=lines[0], body=lines[1:])


def attendee(name: str, role: str | None = None, *, chair: bool = False,
             status: Status = Status.PRESENT, honorific: str | None = None,
             capacity: Capacity = Capacity.OFFICER) -> Attendee:
    return Attendee(name=name, role=role, capacity=capacity, status=status,
                    evidence=Evidence(1, name), chair=chair, honorific=honorific)


def roster(*people: Attendee) -> Roster:
    return Roster(list(people))


def verbatim(ctx: ParseContext, quote: str) -> bool:
    """Whether an evidence quote is a verbatim span of the document's text."""
    return bool(quote.strip()) and quote in ctx.doc.text

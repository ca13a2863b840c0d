"""Drop lines that carry no minutes (blank, navigation, attachment residue); keep numbering."""

from __future__ import annotations

from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line


def clean_lines(ctx: ParseContext) -> list[Line]:
    return [Line(ln.no, ln.text.strip()) for ln in ctx.doc.lines if ln.text.strip()]

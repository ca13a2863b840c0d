"""State shared by the parse stages of one document: its lines, warnings, and evidence helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphgov.ingest.document import Line, TextDocument
from graphgov.model.minutes import Evidence, ParseWarning

_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z0-9\"'(])")


@dataclass
class ParseContext:
    doc: TextDocument
    warnings: list[ParseWarning] = field(default_factory=list)

    def raw(self, no: int) -> str:
        """The verbatim text of line ``no`` (1-based)."""
        return self.doc.lines[no - 1].text

    def evidence(self, no: int, needle: str | None = None, limit: int = 300) -> Evidence:
        """Evidence for a fact read from line ``no``: the sentence of that line holding ``needle``.

        The quote is always a verbatim span of the document's text (whitespace inside it may be
        folded by readers of the quote, never changed here), short enough to cite.
        """
        raw = self.raw(no).strip()
        quote = raw
        if len(raw) > limit:
            quote = _sentence_with(raw, needle) or raw[:limit].rstrip()
        return Evidence(line=no, quote=quote)

    def warn(self, no: int, message: str) -> None:
        self.warnings.append(ParseWarning(line=no, message=message))


def _sentence_with(text: str, needle: str | None) -> str | None:
    sentences = _SENTENCE_END.split(text)
    if needle:
        folded = needle.lower()
        for s in sentences:
            if folded in s.lower():
                return s.strip()
    return sentences[0].strip() if sentences else None


def lines_between(lines: list[Line], start: int, end: int) -> list[Line]:
    """Lines whose number is in [start, end)."""
    return [ln for ln in lines if start <= ln.no < end]

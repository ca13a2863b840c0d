"""Paragraphs of minutes: lines a layout wrapped mid-sentence joined back, and clause breaks.

Stages that read sentences (presenters, actions, mentions, themes) read paragraphs, so a
post or a name split over two lines ("Chair of the Overview and Scrutiny / Committee") is
read whole; :meth:`Paragraph.line_at` maps a position back to the document line for evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphgov.ingest.document import Line

__all__ = ["MAX_PARAGRAPH", "Paragraph", "clause_start", "paragraphs"]

MAX_PARAGRAPH = 2000  # regexes below never see more than this much of one paragraph


@dataclass(frozen=True)
class Paragraph:
    """Wrapped lines joined back into one text; ``starts`` maps offsets to document lines."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number)

    def line_at(self, offset: int) -> int:
        no = self.starts[0][1]
        for start, line_no in self.starts:
            if start > offset:
                break
            no = line_no
        return no


_LIST_MARK = re.compile(r"(?:\(?[a-z0-9]{1,3}\)|[0-9]{1,2}\.|[-–—•·▪])\s+[A-Z]")


def paragraphs(lines: list[Line], long_lines: bool = True,
               wrap_width: int = 60) -> list[Paragraph]:
    """Join lines that a layout wrapped mid-sentence: the next one starts in lower case, the
    line ends in a joining word or leaves a bracket open, or (``long_lines``) the line is
    at least ``wrap_width`` long and has no full stop."""
    out: list[Paragraph] = []
    text = last = ""
    starts: list[tuple[int, int]] = []
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        # a long line without a full stop was wrapped by the layout, and so was one ending
        # in a joining word or followed by a lower-case start
        wrapped = bool(text) and not re.search(r"[.:;!?]\s*$", text) and (
            t[:1].islower() or re.search(r"\b(?:and|of|the|for|to|by|from|with|a|an|&)$", text)
            or long_lines and len(last) >= wrap_width and t[:1].isalpha()
            or text.count("(") > text.count(")")  # a bracket left open goes on
        )
        if wrapped and _LIST_MARK.match(t):
            wrapped = False  # "c) Cllr Lee reported ...": a new list entry, not a wrapped line
        if wrapped and len(text) < MAX_PARAGRAPH:
            starts.append((len(text) + 1, ln.no))
            text, last = f"{text} {t}", t
            continue
        if text:
            out.append(Paragraph(text[:MAX_PARAGRAPH], tuple(starts)))
        text, last, starts = t, t, [(0, ln.no)]
    if text:
        out.append(Paragraph(text[:MAX_PARAGRAPH], tuple(starts)))
    return out


def clause_start(text: str, end: int) -> int:
    """Where the clause holding position ``end`` begins (after a sentence or clause break)."""
    start = 0
    for m in re.finditer(r"(?:[.!?;]\s+|:\s*|\s[-–—]\s+|^\s*[-–—•·▪]\s*)", text[:end]):
        # "Mr. Smith", "N. Brooke": a full stop after an initial or a title does not end a clause
        before = text[max(0, m.start() - 4):m.start() + 1]
        if m.group(0).startswith(".") and re.search(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St)\.$", before):
            continue
        start = m.end()
    return start

"""Narrative text cut into the sentences attendance rules read.

Lines a layout wrapped mid-sentence are joined back (a sentence that ends "... and Cllr" or
"... Councillors Verma," goes on), a page dump on one long line is read alone, and a sentence
too long to match safely is read by its head and its tail.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphgov.ingest.document import Line
from graphgov.ingest.paragraphs import paragraphs

_SENTENCE = re.compile(r"(?<=[a-z0-9)\]’'][a-z0-9)\]’'.][.!?])\s+(?=[A-Z(])")

#: Lines at least this long are read alone (a page dump on one line is not joined to more).
_LONG_LINE = 1000


def texts(lines: list[Line]) -> list[tuple[str, Callable[[int], int]]]:
    """The meeting's text as sentences run: lines a layout wrapped mid-sentence joined back
    ("Councillor A had / given apologies for lateness"), each with its offset-to-line map."""
    out: list[tuple[str, Callable[[int], int]]] = []
    run: list[Line] = []

    def flush() -> None:
        for p in paragraphs(run, long_lines=False):
            out.append((p.text, p.line_at))
        run.clear()

    for ln in lines:
        if len(ln.text) >= _LONG_LINE:
            flush()
            out.append((ln.text, _at_line(ln.no)))
        elif run and (_OPEN_END.search(run[-1].text) or _BRACKET_START.match(ln.text)):
            # "... from Councillors Verma," / "... and Cllr" then the names on the next line
            run[-1] = Line(run[-1].no, f"{run[-1].text.rstrip()} {ln.text.strip()}")
        else:
            run.append(ln)
    flush()
    return out


#: A line opening with a bracket that qualifies the name before it ("(Chairman) and ...").
_BRACKET_START = re.compile(r"^\s*\([A-Z][a-z]{2,}[^()]*\)")
#: A line ending where a list of names must go on: a comma or a title with no name after it.
_OPEN_END = re.compile(
    r"(?:,|\b(?:Cllrs?|Councillors?|Aldermen|Alderman|Mr|Mrs|Ms|Miss|Dr|Cr)\.?)\s*$"
)


#: Longest sentence read (regexes below only ever see text this long).
MAX_SENTENCE = 1500


def windows(sentences: list[str]) -> list[str]:
    """Sentences, with an over-long one (a page dump run together) read by its head and its tail."""
    out: list[str] = []
    for s in sentences:
        if len(s) <= MAX_SENTENCE:
            out.append(s)
        else:
            out.extend((s[:MAX_SENTENCE], s[-MAX_SENTENCE:]))
    return out


_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Prof|Rev|Revd|St|No|Co|Ltd|Cr|Nos|Hon|Rt)\.$")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for piece in _SENTENCE.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if out and _ABBREV.search(out[-1]):
            out[-1] = out[-1] + " " + piece  # "Mrs. G.L. Ferris" does not end a sentence
        else:
            out.append(piece)
    return out


def _at_line(no: int) -> Callable[[int], int]:
    """The offset-to-line map of text that is all one line."""

    def line_at(_pos: int) -> int:
        return no

    return line_at

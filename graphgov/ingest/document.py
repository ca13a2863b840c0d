"""A document's text as the parser sees it: lines numbered from 1.

Every reader (text, HTML, PDF, DOCX) produces a :class:`TextDocument`. For plain text the
lines are the file's own lines, so evidence line numbers point into the file a researcher
opens. For other formats they are lines of the extracted text (``graphgov extract --format
text`` shows it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from graphgov.model.vocab import DocFormat


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document: its 1-based number and its text (verbatim, newline removed)."""

    no: int
    text: str


@dataclass(frozen=True)
class TextDocument:
    path: str
    sha256: str
    format: DocFormat
    text: str

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        return tuple(Line(i, t) for i, t in enumerate(self.text.split("\n"), start=1))

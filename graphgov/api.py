"""Public functions of graphgov. The CLI calls these and only formats their results."""

from __future__ import annotations

from pathlib import Path

from graphgov.ingest.document import TextDocument
from graphgov.ingest.parse import parse_minutes
from graphgov.ingest.readers import read_document
from graphgov.ingest.sniff import ensure_minutes
from graphgov.ingest.themes import Taxonomy, default_taxonomy
from graphgov.model.minutes import Minutes


def extract(path: str | Path, taxonomy: Taxonomy | None = None) -> Minutes:
    """Read one document of minutes and return what it records."""
    doc = read_document(path)
    ensure_minutes(doc)  # refuse a novel or a recipe in milliseconds, before the full parse
    return parse_minutes(doc, taxonomy or default_taxonomy())


def read_text(path: str | Path) -> TextDocument:
    """The text graphgov reads from a document (txt, html, pdf, docx); evidence lines refer to
    its lines."""
    return read_document(path)

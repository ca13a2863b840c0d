"""Public functions of graphgov. The CLI calls these and only formats their results."""

from __future__ import annotations

from pathlib import Path

from graphgov.ingest.parse import parse_minutes
from graphgov.ingest.readers import read_document
from graphgov.ingest.themes import Taxonomy, default_taxonomy
from graphgov.model.minutes import Minutes


def extract(path: str | Path, taxonomy: Taxonomy | None = None) -> Minutes:
    """Read one document of minutes and return what it records."""
    doc = read_document(path)
    return parse_minutes(doc, taxonomy or default_taxonomy())

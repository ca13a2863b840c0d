"""Text forms of what the Neo4j commands return: query rows and push counts.

Rendering itself is :func:`graphgov.output.render`, shared with the other query commands, so
``--format table|json|csv`` means the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graphgov.graph.stores.neo4j_store import PushReport
from graphgov.output import render

__all__ = ["PUSH_COLUMNS", "format_push_report", "format_rows"]

PUSH_COLUMNS = ("kind", "name", "rows", "written", "created")


def format_rows(columns: Sequence[str], rows: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """Query rows in ``fmt``; a query that returns no columns prints nothing in a table."""
    if fmt == "table" and not columns:
        return ""
    return render(rows, columns, fmt)


def format_push_report(report: PushReport, fmt: str) -> str:
    """Per label and per relationship group: rows sent, rows written, entities created."""
    rows = [{"kind": c.kind, "name": c.name, "rows": c.rows, "written": c.written,
             "created": c.created} for c in report.counts]
    return render(rows, PUSH_COLUMNS, fmt)

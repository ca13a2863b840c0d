"""Rows of a query as text: aligned table, JSON or CSV (the ``--format`` of query commands).

Rows are dicts keyed by column. In table and CSV cells, lists are joined with ``"; "`` and
None is empty; JSON keeps the values as they are. Others may import :func:`render`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["FORMATS", "cell_text", "render", "render_csv", "render_json", "render_table"]

Rows = Sequence[Mapping[str, Any]]
#: Table cells longer than this are cut with an ellipsis (JSON and CSV keep everything).
TABLE_CELL_WIDTH = 72


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v) for v in value)
    return str(value)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())  # quotes can hold newlines; a table row must stay one line
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(rows: Rows, columns: Sequence[str]) -> str:
    cells = [[_cut(cell_text(row.get(c)), TABLE_CELL_WIDTH) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
              for r in cells]
    return "\n".join(lines) + "\n"


def render_json(rows: Rows, columns: Sequence[str]) -> str:
    data = [{c: row.get(c) for c in columns} for row in rows]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_csv(rows: Rows, columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell_text(row.get(c)) for c in columns] for row in rows)
    return out.getvalue()


FORMATS: dict[str, Callable[[Rows, Sequence[str]], str]] = {
    "table": render_table,
    "json": render_json,
    "csv": render_csv,
}


def render(rows: Rows, columns: Sequence[str], fmt: str = "table") -> str:
    """Rows as text in ``fmt`` (table, json or csv)."""
    try:
        return FORMATS[fmt](rows, columns)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}") from None

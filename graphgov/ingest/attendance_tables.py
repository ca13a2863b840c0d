"""Attendance tables: "Attendee | Role | Attendance" rows (pipes or tabs), where "Present",
"Apologies", "Absent" or "In attendance" is attendance and "Expected" or "Invited" is not."""

from __future__ import annotations

import re

ABSENT, APOLOGIES, OFFICERS, PRESENT = "absent", "apologies", "officers", "present"


_TABLE_STATUS = (
    (re.compile(r"^in attendance$", re.I), OFFICERS),
    (re.compile(r"^(?:present|attended|attending|yes|y|✓|x)$", re.I), PRESENT),
    (re.compile(r"^apolog", re.I), APOLOGIES),
    (re.compile(r"^(?:absent|no|n)$", re.I), ABSENT),
)


def split_cells(text: str) -> list[str]:
    if "|" not in text and text.count("\t") >= 2:
        return [c.strip() for c in re.split(r"\t+", text.strip())]  # a table pasted with tabs
    return [c.strip() for c in text.strip().strip("|").split("|")]


def table_header(text: str) -> list[int] | None:
    """Columns (name, role, attendance) of a table header "Attendee | Role | Attendance"."""
    if (text.count("|") < 2 and text.count("\t") < 2) or len(text) > 200:
        return None
    cells = [c.lower() for c in split_cells(text)]
    name = next(
        (
            i
            for i, c in enumerate(cells)
            if c in {"attendee", "attendees", "name", "member", "members"}
        ),
        None,
    )
    status = next(
        (i for i, c in enumerate(cells) if c in {"attendance", "status", "present", "attended"}),
        None,
    )
    if name is None or status is None:
        return None
    role = next(
        (
            i
            for i, c in enumerate(cells)
            if c in {"role", "post", "position", "title", "organisation"}
        ),
        -1,
    )
    return [name, role, status]


def table_row(text: str, cols: list[int]) -> tuple[str, str] | tuple[()] | None:
    """(kind, "Name (Role)") for a table row; () for a row to skip ("Expected"); None when the
    table ends."""
    if "|" not in text and text.count("\t") < 2:
        return None
    cells = split_cells(text)
    if set("".join(cells)) <= set("-: "):
        return ()  # the markdown rule under the header
    if len(cells) <= max(cols):
        return None
    name, status = cells[cols[0]], cells[cols[2]]
    role = cells[cols[1]] if cols[1] >= 0 else ""
    for rx, kind in _TABLE_STATUS:
        if rx.search(status):
            return kind, f"{name} ({role})" if role else name
    return ()  # "Expected", "Invited": not attendance

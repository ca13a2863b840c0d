"""Attendance tables: "Attendee | Role | Attendance" rows (pipes or tabs), where "Present",
"Apologies", "Absent" or "In attendance" is attendance and "Expected" or "Invited" is not.

The status cell may carry a note ("Present - left at 8.30pm", "Present (remote)", "Present as
substitute"). Tables without a status column ("Name | Title | Initials", "Councillor<TAB>Role",
"Officer | Title") list people under the heading above them ("Present (voting members)",
"Apologies"), so their rows take that heading's kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABSENT, APOLOGIES, OFFICERS, PRESENT = "absent", "apologies", "officers", "present"


_TABLE_STATUS = (
    (re.compile(r"^in attendance\b", re.I), OFFICERS),
    (re.compile(r"^(?:present|attended|attending|yes|y|✓|x)\b", re.I), PRESENT),
    (re.compile(r"^(?:apolog\w*|regrets)\b", re.I), APOLOGIES),
    (re.compile(r"^(?:absent|no|n)\b", re.I), ABSENT),
)
_NAME_COLUMNS = {
    "attendee",
    "attendees",
    "name",
    "names",
    "member",
    "members",
    "councillor",
    "councillors",
    "trustee",
    "trustees",
    "governor",
    "governors",
    "director",
    "directors",
    "officer",
    "officers",
    "person",
}
_OFFICER_COLUMNS = {"officer", "officers"}
_STATUS_COLUMNS = {"attendance", "status", "present", "attended", "attendance status"}
_ROLE_COLUMNS = {"role", "post", "position", "title", "organisation", "category", "job title"}


@dataclass(frozen=True)
class TableColumns:
    """Where a table keeps names, posts and attendance (-1: no such column)."""

    name: int
    role: int
    status: int
    width: int
    kind: str | None = None  # what every row is when there is no status column


def split_cells(text: str) -> list[str]:
    if "|" not in text and text.count("\t") >= 1:
        return [c.strip() for c in re.split(r"\t+", text.strip())]  # a table pasted with tabs
    return [c.strip() for c in text.strip().strip("|").split("|")]


def table_header(text: str) -> TableColumns | None:
    """Columns of a table header ("Attendee | Role | Attendance", "Name | Title | Initials")."""
    if ("|" not in text and "\t" not in text) or len(text) > 200:
        return None
    cells = [c.lower().strip(" *") for c in split_cells(text)]
    if len(cells) < 2:
        return None
    name = next((i for i, c in enumerate(cells) if c in _NAME_COLUMNS), None)
    status = next((i for i, c in enumerate(cells) if c in _STATUS_COLUMNS), -1)
    role = next((i for i, c in enumerate(cells) if c in _ROLE_COLUMNS), -1)
    if name is None or (status < 0 and role < 0):
        return None
    kind = OFFICERS if cells[name] in _OFFICER_COLUMNS else None
    return TableColumns(name, role, status, len(cells), kind)


def table_row(
    text: str, cols: TableColumns, kind: str | None = None
) -> tuple[str, str] | tuple[()] | None:
    """(kind, "Name<TAB>Role (note)") for a table row; () for a row to skip ("Expected"); None
    when the table ends. ``kind`` is the heading the table sits under."""
    if "|" not in text and text.count("\t") < 1:
        return None
    cells = split_cells(text)
    if set("".join(cells)) <= set("-: "):
        return ()  # the markdown rule under the header
    if len(cells) <= max(cols.name, cols.role, cols.status) or len(cells) > cols.width + 1:
        return None
    name = cells[cols.name]
    role = cells[cols.role] if cols.role >= 0 else ""
    entry = f"{name}\t{role}" if role else name
    if cols.status < 0:
        return (cols.kind or kind or PRESENT), entry
    status = cells[cols.status]
    for rx, row_kind in _TABLE_STATUS:
        m = rx.search(status)
        if m:
            note = re.sub(r"^(?:as|,|-|–)\s*", "", status[m.end() :].strip(" ,-–()"))
            if row_kind not in {PRESENT, OFFICERS}:
                note = ""  # "Apologies, sent substitute": who came instead is another row
            return row_kind, f"{entry} ({note})" if note else entry
    return ()  # "Expected", "Invited": not attendance

"""Split a document into the meetings it records (most record one).

Three layouts record several meetings, and only clear evidence of them splits a document:

- issue pages listing the item at several meetings: one "Meeting: 05/02/2018 - Cabinet (Item 7)"
  line per meeting, each followed by that meeting's minutes;
- minutes of a site visit and the meeting that followed, whose attendance lists are divided by
  sub-headings naming each ("Site Visit Meeting on 2 June:", "Scheduled Meeting on 10
  June:"). Each meeting keeps the shared lines and its own sub-lists;
- several sets of minutes one after another, each opening with its own "Minutes of the X held
  on <date>" (or "A site visit was held on <date>") title and attendance list.
"""

from __future__ import annotations

import re

from graphgov.ingest.blocks import MeetingSegment
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line

_ISSUE_MEETING = re.compile(r"^\s*Meeting:\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\S")
#: "Site Visit Meeting on 2 June:" — a sub-heading naming one of several meetings.
SUB_MEETING = re.compile(
    r"^\s*(?P<label>[A-Z][\w -]{2,50}?\s(?:Meeting|Visit|Inspection))\s+(?:on|of|held\s+on)\s+"
    r"(?:[A-Z][a-z]+day,?\s+)?(?P<when>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:,?\s+\d{4})?)\s*"
    r":?\s*$"
)
#: Any attendance heading ends a sub-list ("Officials in attendance:", "Also in attendance:").
_MAIN_HEADING = re.compile(
    r"^\s*(?:[\w ]{0,30}\b(?:present|attendance|apologies|absent)\b[\w"
    r" ]{0,20}:?|\d+[.)]?\s+\S.*)\s*$",
    re.IGNORECASE,
)


_MINUTES_TITLE = re.compile(
    r"^\s*(?:(?:draft\s+)?minutes?\s+of\s+(?!the\s+(?:previous|last)\b).{0,150}?\bheld"
    r"|(?:an?\s+|the\s+)?(?:site\s+visit|site\s+inspection|site\s+meeting|inspection)\s+"
    r"(?:was\s+)?held)\b",
    re.IGNORECASE,
)
_ATTENDANCE_HEADING = re.compile(
    r"^\s*(?:(?:members|councillors)\s+)?(?:present|in\s+attendance|attendance)\b", re.IGNORECASE
)
#: How far below its title a meeting's attendance list may start.
_TITLE_TO_LIST = 12


def split_meetings(ctx: ParseContext, lines: list[Line]) -> list[MeetingSegment]:
    issue = [i for i, ln in enumerate(lines) if _ISSUE_MEETING.match(ln.text)]
    if len(issue) >= 2:
        cuts = [0, *issue[1:], len(lines)]
        return [
            MeetingSegment(lines[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if lines[a:b]
        ]
    labels = _sub_meeting_labels(lines)
    if len(labels) >= 2:
        return [MeetingSegment(_lines_for(lines, label)) for label in labels]
    starts = _minutes_starts(lines)
    if len(starts) >= 2:
        cuts = [0, *starts[1:], len(lines)]
        return [MeetingSegment(lines[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [MeetingSegment(lines)]


def _minutes_starts(lines: list[Line]) -> list[int]:
    """Where each set of minutes starts in a document holding several in a row: a title line
    "Minutes of the X held on <date>" followed closely by its own attendance heading, each for
    a different date. An item "Minutes of the meeting held on ..." has no attendance under it."""
    from graphgov.ingest.header_dates import find_date

    starts: list[int] = []
    dates: set[object] = set()
    for i, ln in enumerate(lines):
        text = ln.text[:400]
        if not _MINUTES_TITLE.match(text):
            continue
        when = find_date(text)
        if when is None or when in dates:
            continue
        if any(_ATTENDANCE_HEADING.match(x.text) for x in lines[i + 1 : i + 1 + _TITLE_TO_LIST]):
            starts.append(i)
            dates.add(when)
    return starts if len(starts) >= 2 else []


def _sub_meeting_labels(lines: list[Line]) -> list[str]:
    """Labels of sub-meetings, each used under at least one heading, in order of first use."""
    seen: list[str] = []
    for ln in lines:
        m = SUB_MEETING.match(ln.text)
        if m:
            label = _key(m)
            if label not in seen:
                seen.append(label)
    return seen


def _key(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", m.group("label").strip().lower())


def _lines_for(lines: list[Line], label: str) -> list[Line]:
    """The document's lines without the sub-lists that belong to other meetings."""
    out: list[Line] = []
    current: str | None = None
    for ln in lines:
        m = SUB_MEETING.match(ln.text)
        if m:
            current = _key(m)
            if current == label:
                out.append(ln)
            continue
        if current is not None and _MAIN_HEADING.match(ln.text) and not _is_entry_like(ln.text):
            current = None
        if current is None or current == label:
            out.append(ln)
    return out


def _is_entry_like(text: str) -> bool:
    """An attendance entry line ("Mr A Smith, Principal Planner") is not a heading."""
    return "," in text or text.strip().startswith(
        ("Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor")
    )

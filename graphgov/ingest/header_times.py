"""The meeting's start and end time and its venue, as title blocks and closing lines give them:
"Duration: 15:00 till 16:57", "Time: 2.00 pm - 4.15 pm", "held at 7.30pm", "The meeting commenced
at 7.30 pm", "The meeting closed at 9.12pm", "Venue: Council Chamber", "held at the Guildhall on".
"""

from __future__ import annotations

import re

from graphgov.ingest.document import Line
from graphgov.ingest.header_dates import find_date, find_time, parse_time

#: Lines longer than this are cut before matching (one-line PDF dumps hold whole documents).
MAX_SCAN = 1500
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_VENUE = re.compile(
    r"^\s*(?:Venue|Place|Location)\s*(?:for meeting)?\s*:\s*(.+?)(?:\.?\s*View directions)?\s*$",
    re.IGNORECASE,
)
_HELD_AT = re.compile(
    r"\bheld\s+(?:at|in)\s+(?:the\s+)?(?!\d)(.{4,120}?)(?:,?\s+on\s+"
    + _DAY
    + r"|\s+on\s+\d|\s+ON\b)",
    re.IGNORECASE,
)
_END = re.compile(
    r"(?:meeting|it)\s+(?:ended|closed|concluded|terminated|finished|rose|was closed|closed at)"
    r"|Meeting Concluded|meeting\s+closed|Close of meeting|closed the meeting",
    re.IGNORECASE,
)
_T = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?"
#: "Duration: 15:00 till 16:57", "Time: 2.00 pm - 4.15 pm"
_DURATION = re.compile(
    r"\b(?:Duration|Time|Times)\s*:?\s*(" + _T + r")\s*(?:till|to|until|-|–)\s*(" + _T + r")",
    re.IGNORECASE,
)
_START = re.compile(
    r"(?:commenc\w*|start\w*|began|held at|begin\w*|Meeting Commenced|time)\s*:?\s*(?:at\s+)?",
    re.IGNORECASE,
)


#: A short line timing one person ("Cllr A left the meeting at 8.15pm"), not the meeting.
_SOMEONES_TIME = re.compile(r"\b(?:left|arrived|joined|returned|rejoined|withdrew)\b")


def _scan(text: str) -> str:
    return text[:MAX_SCAN]


def start_time(texts: list[str]) -> str | None:
    for text in texts:
        if re.match(r"^\s*(?:source|contact)\b", text, re.IGNORECASE):
            continue
        if len(text) < 150 and _SOMEONES_TIME.search(text):
            continue  # "Councillor A left the meeting at 8.15pm": someone's time, not the meeting's
        m = _DURATION.search(text)
        if m:
            return parse_time(m.group(1), twenty_four=True)
        m = re.search(r"Meeting Commenced:?\s*(.{0,20})", text, re.IGNORECASE)
        if m and (t := find_time(m.group(1))):
            return t
        if find_date(text) or _START.search(text) or re.search(r"\b(?:at|AT)\s+\d", text):
            t = find_time(text)
            if t:
                return t
    return None


_OPENED = re.compile(
    r"\b(?:meeting\s+(?:commenced|started|began|opened)|declared\s+the\s+meeting\s+open|"
    r"opened\s+the\s+meeting)\s+at\s+",
    re.IGNORECASE,
)


def opened_at(lines: list[Line]) -> str | None:
    """ "The meeting commenced at 7.30 pm" / "The Mayor declared the meeting open at 6.02pm",
    when the title block gives no time."""
    for ln in lines[:60]:
        text = _scan(ln.text)
        m = _OPENED.search(text)
        if m:
            t = find_time(text[m.end() : m.end() + 20])
            if t:
                return t
    return None


def end_time(lines: list[Line]) -> str | None:
    found = None
    for ln in lines:
        text = _scan(ln.text) if len(ln.text) <= MAX_SCAN else ln.text[-MAX_SCAN:]
        m = _DURATION.search(text)
        if m:
            found = parse_time(m.group(2), twenty_four=True)
            continue
        for m in _END.finditer(text):
            t = find_time(text[m.end() : m.end() + 40])
            if t:
                found = t
    return found


def venue(texts: list[str]) -> str | None:
    for text in texts:
        m = _VENUE.match(text)
        if m:
            return m.group(1).strip()
    for text in texts:
        m = _HELD_AT.search(text)
        if m:
            return m.group(1).strip(" ,")
    return None

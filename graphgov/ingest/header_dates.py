"""Dates and clock times as minutes write them ("TUESDAY, 14 MAY 2019", "4th March, 2019",
"05/02/2018" day first, "6.30 P.M.", "19:00", "10.30am")."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DMY_WORDS = re.compile(
    r"\b(\d{1,2})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b\.?,?\s+(\d{4})\b", re.IGNORECASE
)
_MDY_WORDS = re.compile(
    r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE
)
_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.])")
_TIME_12 = re.compile(
    r"(?<![\d.:/])(\d{1,2})(?:[.:](\d{2}))?\s*(a\.\s?m\b\.?|p\.\s?m\b\.?|am\b|pm\b|yh\b|yb\b)",
    re.IGNORECASE,
)
_TIME_24 = re.compile(r"(?<![\d.:/])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:/]|\.\d)")


def find_date(text: str) -> dt.date | None:
    """The first date written in ``text`` (UK day-first for numeric dates)."""
    best: tuple[int, dt.date] | None = None
    for rx, order in ((_DMY_WORDS, "dmy"), (_MDY_WORDS, "mdy"), (_NUMERIC, "num"), (_ISO, "iso")):
        m = rx.search(text)
        if not m:
            continue
        d = _build(m, order)
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
    return best[1] if best else None


def _build(m: re.Match[str], order: str) -> dt.date | None:
    try:
        if order == "dmy":
            return dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if order == "iso":
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if order == "mdy":
            return dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        return dt.date(year, int(m.group(2)), int(m.group(1)))
    except (ValueError, KeyError):
        return None


def find_time(text: str) -> str | None:
    """The first clock time in ``text`` as "HH:MM" (24h): "6.30 P.M." -> "18:30"."""
    m = _TIME_12.search(text)
    m24 = _TIME_24.search(text)
    if m and (not m24 or m.start() <= m24.start()):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        suffix = m.group(3).lower().replace(".", "").replace(" ", "")
        if hour > 12 or minute > 59:
            return None
        if suffix in {"pm", "yh"} and hour < 12:
            hour += 12
        if suffix in {"am", "yb"} and hour == 12:
            hour = 0
        return f"{hour:02d}:{minute:02d}"
    if m24:
        return f"{int(m24.group(1)):02d}:{m24.group(2)}"
    return None


def parse_time(text: str, twenty_four: bool = False) -> str | None:
    t = find_time(text)
    if t is None and twenty_four:
        m = re.match(r"(\d{1,2})[:.](\d{2})", text)
        if m:
            return f"{int(m.group(1)):02d}:{m.group(2)}"
    return t

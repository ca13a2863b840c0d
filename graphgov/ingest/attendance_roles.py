"""Posts read off an entry after it is split: brackets left inside a post joined from several
segments ("Lead Member, X Council (Chair)"), and a chair title that belongs to another body
("Chair, Fenland Medical Committee").
"""

from __future__ import annotations

import re

from graphgov.ingest.attendance_entry import _CHAIR_MARK, Entry, _classify_paren

_OTHER_BODY = re.compile(
    r"\b(?:Committee|Board|Council|Forum|Group|Trust|Association|Partnership|Panel)\b"
)


def chair_of_other(e: Entry, extra: str) -> None:
    """ "Dr A Lee, Chair, Fenland Medical Committee": chair of the body named after the post,
    not of this meeting."""
    if e.chair and e.role and _CHAIR_MARK.fullmatch(e.role.strip()) and _OTHER_BODY.search(extra):
        e.chair = False


def role_brackets(e: Entry) -> None:
    """Brackets left inside a post joined from several segments ("Lead Member, X Council
    (Chair)", "Commissioner (Chair)") qualify the person: chair, notes, initials."""
    assert e.role is not None
    kept: list[str] = []
    pos = 0
    role = e.role
    for m in re.finditer(r"\(([^()]*)\)", role):
        kept.append(role[pos : m.start()])
        pos = m.end()
        kind, value = _classify_paren(m.group(1))
        if kind == "chair":
            e.chair = True
            if value:
                kept.append(f"({value})")
        elif kind in {"late", "left_early", "remote"}:
            if kind not in e.notes:
                e.notes.append(kind)
        elif kind == "role":
            kept.append(m.group(0))
        elif kind == "sub_for" and "substitute" not in e.notes:
            e.notes.append("substitute")
    kept.append(role[pos:])
    e.role = re.sub(r"\s+", " ", "".join(kept)).strip(" ,;-–") or None

"""How attendance lists are laid out over lines: a heading sentence inside a labelled line
("Clerk: Mrs A Lowe. Also present: ..."), the label column of a two-column list wrapped over
two lines ("Officers in" / "Attendance :"), and lists wrapped mid-entry (a lone given name, or
a post whose holder is on the next line).
"""

from __future__ import annotations

import re

from graphgov.ingest.attendance_headings import HEAD_ALT, LINE_HEAD
from graphgov.ingest.document import Line
from graphgov.resolve.names import looks_like_name, split_honorific

#: Longest line read as a list of its own when it has no heading.
MAX_ENTRY_LINE = 400

#: A sentence of a headed line that starts another heading: "Clerk: Mrs A Lowe. Also present: ..."
_NEXT_HEADING = re.compile(r"(?<=[.;])\s+(?=(?:" + HEAD_ALT + r")\s*:)", re.IGNORECASE)


#: The label column of a two-column list, on a line of its own list ("(In Person)<TAB>...",
#: "Non-Committee<TAB>Councillor X"), before a titled name or a plural rank.
LEFT_LABEL = re.compile(
    r"^(\([^()]{2,30}\)|[\w-]*(?:Committee|Members?|Present|Attendance)[\w-]*)\t+\s*"
    r"(?=(?:Councillors?|Aldermen|Alderman|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s)",
    re.IGNORECASE,
)


def join_split_labels(lines: list[Line]) -> list[Line]:
    """A heading wrapped in the label column of a two-column list ("Officers in<TAB>A" over
    "Attendance :<TAB>B") is read whole on the first line."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i].text.strip(), out[i + 1].text.strip()
        if "\t" not in a or "\t" not in b or len(a) > MAX_ENTRY_LINE:
            continue
        left_a, rest_a = a.split("\t", 1)
        left_b, rest_b = b.split("\t", 1)
        if not left_a or not left_b or LINE_HEAD.match(left_a.strip()):
            continue
        head = f"{left_a.strip()} {left_b.strip()}"
        m = LINE_HEAD.match(head)
        if m and m.group("colon") and m.end() >= len(head.rstrip()):
            out[i] = Line(out[i].no, f"{head} {rest_a.strip()}")
            out[i + 1] = Line(out[i + 1].no, rest_b)
    return out


def split_headed_sentences(lines: list[Line]) -> list[Line]:
    """Lines that start with a heading, cut where a later sentence starts another heading."""
    out: list[Line] = []
    for ln in lines:
        text = ln.text.strip()
        m = LINE_HEAD.match(text) if len(text) <= MAX_ENTRY_LINE else None
        if m is None or not m.group("colon") or not _NEXT_HEADING.search(text, m.end()):
            out.append(ln)
            continue
        pos = 0
        for cut in _NEXT_HEADING.finditer(text, m.end()):
            out.append(Line(ln.no, text[pos : cut.start()]))
            pos = cut.end()
        out.append(Line(ln.no, text[pos:]))
    return out


def dangling_post(text: str) -> bool:
    """Does a list end with a post whose holder is on the next line ("...; Independent Co-opted
    Member")?"""
    if not re.search(r"[;,]", text):
        return False
    last = re.split(r"[;,]", text)[-1].strip()
    words = last.split()
    return (
        0 < len(words) <= 5
        and not looks_like_name(last)
        and split_honorific(last)[0] is None
        and words[-1].lower() in {"member", "officer", "director", "representative", "adviser"}
    )


def split_name_at_end(text: str) -> bool:
    """Does a list of full names end with a lone given name, its surname on the next line
    ("Councillors Ann Lee (Chair), Raj Patel, Priya")?"""
    parts = [p.strip() for p in re.split(r",|;|\band\b|&", re.sub(r"\([^()]*\)", "", text))]
    parts = [split_honorific(p)[1] for p in parts if p]
    parts = [re.sub(r"^(?:Councillors|Cllrs|Cr)\.?\s+", "", p) for p in parts if p]
    if len(parts) < 3 or not re.fullmatch(r"[A-Z][a-z][\w'’-]*", parts[-1]):
        return False
    if not looks_like_name(parts[-1]) or not all(looks_like_name(p) for p in parts[:-1]):
        return False  # "Ann Lee, Assistant Director, Roads": a post, not a list of names
    full = sum(1 for p in parts[:-1] if len(p.split()) >= 2)
    return full * 3 >= (len(parts) - 1) * 2  # most names in the list have given names

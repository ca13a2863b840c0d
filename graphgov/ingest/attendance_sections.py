"""Headed attendance lists: "Present:", "Members Present:", "Officers in attendance:",
"Apologies:", "In the Chair:", "(Officials)", attendance grids with a P/A legend.

A heading opens a section of one kind; the section runs over the following lines while they
read as attendance entries, and ends at the next heading or at the first line that does not.
A heading may also sit inside a long line (PDF text where the whole header is one line); then
the line is cut at each heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphgov.ingest.attendance import Person, Register
from graphgov.ingest.attendance_capacity import capacity_of, staff_among_councillors
from graphgov.ingest.attendance_entries import parse_entries
from graphgov.ingest.attendance_entry import _IGNORE_PAREN, Entry
from graphgov.ingest.attendance_headings import (
    ABSENT,
    APOLOGIES,
    CAPS_HEAD,
    CHAIR,
    CLERK,
    INLINE_HEAD,
    LINE_HEAD,
    NOTES,
    OFFICERS,
    OTHER_APOLOGIES,
    PRESENT,
    SUBHEAD,
    VICE_CHAIR,
    kind_of,
)
from graphgov.ingest.attendance_layout import (
    LEFT_LABEL,
    MAX_ENTRY_LINE,
    dangling_post,
    join_split_labels,
    split_headed_sentences,
    split_name_at_end,
)
from graphgov.ingest.attendance_tables import TableColumns, table_header, table_row
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.vocab import Status
from graphgov.resolve.names import split_honorific

_GRID = re.compile(r"^(P|A|Ab|Abs|X|S|R|V)\s+(?=[A-Z][a-z])")
_LEGEND = re.compile(r"^([A-Z][a-z]{0,2})\s*[:=]\s*(present|apolog\w*|absent\w*)", re.IGNORECASE)
_ITEM_LINE = re.compile(r"^(?:\d+(?:\.\d+)*[.):]?|[A-Z]{2,}/[\w/-]+:?)\s+[A-Z]")
_SKIP_LINE = re.compile(r"^(?:minutes?|decision)\s*:?\s*$", re.IGNORECASE)



@dataclass
class Chunk:
    kind: str
    text: str
    line: int
    own_line: bool  # the chunk is a whole line (so "Name, Post" reads as one person)
    remote: bool = False  # under a heading such as "Present (virtually):"


def read_sections(ctx: ParseContext, lines: list[Line], register: Register) -> None:
    legend = _legend(lines)
    for chunk in _chunks(lines):
        _read_chunk(chunk, register, legend)
    staff_among_councillors(register)


#: One mark of a grid's key ("P = Present", "R = Attended remotely"), several to a line.
_LEGEND_PAIR = re.compile(
    r"(?:^|(?<=[\s,;:]))([A-Z][a-z]{0,2})\s*[:=]\s*(present|apolog\w*|regrets|absent\w*|"
    r"(?:attended\s+|present\s+)?(?:remote\w*|virtual\w*|online))",
    re.IGNORECASE,
)
#: A grid mark read as present and remote ("R = Attended remotely").
REMOTE = "remote"


def _legend(lines: list[Line]) -> dict[str, str]:
    out: dict[str, str] = {}
    for ln in lines:
        if len(ln.text) >= 160 or not _LEGEND_PAIR.search(ln.text):
            continue
        for m in _LEGEND_PAIR.finditer(ln.text.strip()):
            word = m.group(2).lower()
            out[m.group(1).upper()] = (
                PRESENT
                if word.startswith("present") and "remote" not in word
                else APOLOGIES
                if word.startswith(("apolog", "regret"))
                else ABSENT
                if word.startswith("absent")
                else REMOTE
            )
    return out


def _chunks(lines: list[Line]) -> list[Chunk]:
    """(kind, text) pieces of the attendance lists, in document order."""
    out: list[Chunk] = []
    kind: str | None = None
    prev: Chunk | None = None
    grace = 0
    remote = False
    headless = _headless_runs(lines)
    table: TableColumns | None = None  # the columns of the attendance table being read
    last_table: TableColumns | None = None  # resumed by pipe rows under the next heading
    for ln in split_headed_sentences(join_split_labels(lines)):
        text = _unspace(ln.text.strip())
        if not text:
            continue
        line_remote = False
        if kind is not None and (label := LEFT_LABEL.match(text)):
            # "(In Person)<TAB>Aldermen A and B", "Non-Committee<TAB>Councillor C": the label
            # column of a two-column list, wrapped; a remote label marks the line's people
            line_remote = bool(_REMOTE_QUAL.search(label.group(1)))
            text = text[label.end() :]
        if prev and re.fullmatch(r"\([^()]{2,30}\)", text) and _REMOTE_QUAL.search(text):
            prev.remote = True  # "Members Present: Councillors A and B" over "(Remotely)"
            continue
        if table is None and last_table is not None and kind is not None and "|" in text:
            table = last_table  # "In attendance (non-voting)" then more rows of the same table
        if table is not None:
            row = table_row(text, table, kind)
            if row is not None:
                if row:
                    out.append(row_chunk := Chunk(row[0], row[1], ln.no, own_line=True))
                    prev = row_chunk
                continue
            last_table, table = table, None
        header = table_header(text)
        if header is not None:
            table, prev = header, None
            continue
        if (
            len(text) > MAX_ENTRY_LINE
            and kind is not None
            and prev is None
            and not LINE_HEAD.match(text)
        ):
            # a heading's list written as one long line
            out.append(Chunk(kind, _cut_tail(text[:1500]), ln.no, own_line=False))
            kind = None
            continue
        if len(text) > MAX_ENTRY_LINE or (
            len(text) > 150
            and not LINE_HEAD.match(text)
            and INLINE_HEAD.search(text)
            and (kind is None or not _entry_line(text))
        ):
            inline = _inline_chunks(text, ln.no)
            if inline:
                out.extend(inline)
            kind, prev = None, None
            continue
        m = LINE_HEAD.match(text)
        if (
            m
            and prev is not None
            and prev.own_line
            and "(" not in prev.text
            and not text.endswith(":")
            and kind_of(m) in {CHAIR, VICE_CHAIR, CLERK}
            and not text[m.end() :].strip()
        ):
            prev.text = f"{prev.text} ({text})"  # "Chair" on the line under the name
            continue
        if m and _heading_ok(m, text):
            label_kind, outer = kind_of(m), kind
            kind = label_kind
            rest = text[m.end() :].strip()
            prev = None
            grace = 2
            remote = bool(
                m.group("qual") and _REMOTE_QUAL.search(m.group("qual"))
            ) or bool(_REMOTE_QUAL.search(m.group(0)))  # "Attending Remotely:"
            title = re.match(r"(chair(?:man|person)?|cathaoirleach)\b", m.group(0), re.IGNORECASE)
            if rest and label_kind == CHAIR and title:
                # "Chair: Dr X", "Cathaoirleach: Cllr. X presiding": the post in the role slot
                rest = re.sub(r"\s+presiding\s*\.?\s*$", "", rest, flags=re.IGNORECASE)
                rest = f"{rest}\t{title.group(1).title()}"
            if rest:
                prev = Chunk(kind, rest, ln.no, own_line=False, remote=remote)
                out.append(prev)
                if label_kind in {CHAIR, VICE_CHAIR, CLERK}:
                    # "Chair: Dr X" labels one person; the list it sits in goes on
                    kind = outer or PRESENT
            continue
        if kind is None:
            if ln.no in headless or _chaired_list(text):
                out.append(Chunk(PRESENT, text, ln.no, own_line=ln.no in headless))
            continue
        if _SKIP_LINE.match(text):
            continue
        sub = SUBHEAD.fullmatch(text.strip())
        if sub:
            kind = OFFICERS if sub.group(1).lower().startswith("offic") else PRESENT
            continue
        if prev is not None and prev.text.count("(") > prev.text.count(")"):
            prev.text = prev.text + " " + text.lstrip("-–\t ")  # a post wrapped onto the next line
            continue
        if prev and prev.own_line and re.search(r"\b(?:of|for|the|to|in)\s*$", prev.text):
            prev.text = f"{prev.text} {text}"  # "Director of" / "Corporate Services": one post
            continue
        if (
            prev is not None
            and (re.search(r"(?:[,;&]|\band)\s*$", prev.text) or re.match(r"(?:and|&)\s", text))
            and len(text) < 300
            and not _ITEM_LINE.match(text)
            and not re.match(r"^[A-Z][\w -]{2,40}:\s", text)  # "Co-opted members: X": a new list
        ):
            prev.text = prev.text + " " + text  # a list wrapped onto the next line
            prev.own_line = False
            continue
        if (
            prev is not None
            and (";" in prev.text or not prev.own_line)  # a running list, not "Name, Post" lines
            and dangling_post(prev.text)
            and split_honorific(text)[0]
        ):
            prev.text = f"{prev.text} {text}"  # "...; Independent Co-opted Member" / "Mr E Lowe"
            prev.own_line = False
            continue
        if prev is not None and split_name_at_end(prev.text) and re.match(r"[A-Z][\w'’-]+", text):
            prev.text = prev.text + " " + text  # "..., Priya" / "Sethuraman, Callum Rennie"
            prev.own_line = False
            continue
        if prev is not None and prev.own_line and "(" not in prev.text and _post_line(text):
            prev.text = f"{prev.text} ({text})"  # the post on the line under the name
            continue
        if _LEGEND.match(text) or _ITEM_LINE.match(text) or not _entry_line(text):
            if _LEGEND.match(text):
                continue
            if grace > 0 and prev is None and len(text) < 80 and not _ITEM_LINE.match(text):
                grace -= 1
                continue
            kind, prev = None, None
            continue
        grace = 0
        prev = Chunk(kind, text, ln.no, own_line=True, remote=remote or line_remote)
        out.append(prev)
    return out


_STATUS_WORD = re.compile(r"^(?:apologies|apology|regrets|absent|present)$", re.IGNORECASE)
_REMOTE_QUAL = re.compile(r"virtual|remote|online|teams|zoom|video", re.IGNORECASE)
_CHAIR_IN_LIST = re.compile(r"\((?:in\s+the\s+chair|chair(?:man|person|woman)?)\)", re.IGNORECASE)
_POST_SEP = re.compile(r"\s/\s|\t| [-–—] ")
#: How far into a document a list with no heading is looked for.
HEADLESS_SPAN = 40


def _chaired_list(text: str) -> bool:
    """A list with no heading that names its chair:
    "Councillor X (in the Chair); Councillors A, B and C"."""
    if len(text) > MAX_ENTRY_LINE or not _CHAIR_IN_LIST.search(text):
        return False
    outside = re.sub(r"\([^()]*\)", " ", text)
    lower = [
        w
        for w in re.findall(
            r"\b[a-z][a-z'’-]*"
            r"\b",
            outside,
        )
        if w not in {"and", "of", "the", "de", "van"}
    ]
    if lower:  # prose, not a list: "Councillor X (Chair) thanked Councillors A and B"
        return False
    return len(parse_entries(text)) >= 3


def _headless_runs(lines: list[Line]) -> set[int]:
    """Line numbers of runs (3 or more) of "Name / Post" lines near the top with no heading."""
    found: set[int] = set()
    run: list[int] = []
    for ln in lines[:HEADLESS_SPAN]:
        text = ln.text.strip()
        if LINE_HEAD.match(text) and _heading_ok(LINE_HEAD.match(text), text):  # type: ignore[arg-type]
            break
        entries = parse_entries(text) if len(text) < 250 and _POST_SEP.search(ln.text) else []
        if entries and entries[0].role and not re.search(r"\b(?:was|were|is|are|will)\b", text):
            run.append(ln.no)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    if len(run) >= 3:
        found.update(run)
    return found


_POST_WORDS = re.compile(
    r"\b(?:chair(?:man|person|woman)?|vice[-"
    r" ]chair\w*|mayor|leader|clerk|officer|director|manager|head|"
    r"executive|secretary|treasurer|member|councillor|adviser|advisor|lead|solicitor|convene[rn]|"
    r"convenor|provost|portfolio)\b",
    re.IGNORECASE,
)


def _post_line(text: str) -> bool:
    """A short line that is only a post ("Chair", "Vice-Chair", "Head of Planning")."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and _POST_WORDS.search(text) is not None
        and not parse_entries(text)
        and not LINE_HEAD.match(text)
        and not _ITEM_LINE.match(text)
    )


def _unspace(text: str) -> str:
    """ "P r e s e n t :" -> "Present:" (letter-spaced headings)."""
    m = re.match(r"^((?:[A-Za-z] ){3,}[A-Za-z])\s*(:?)", text)
    if m:
        return m.group(1).replace(" ", "") + m.group(2) + text[m.end() :]
    return text


def _heading_ok(m: re.Match[str], text: str) -> bool:
    kind = kind_of(m)
    rest = text[m.end() :].strip()
    has_colon = bool(m.group("colon")) and m.group("colon") not in ("",)
    if not rest:
        # a bare heading line: "Present", "In attendance", "Apologies"
        return len(text) < 60
    if not has_colon:
        return False
    if kind in {CHAIR, VICE_CHAIR, CLERK, NOTES} and (
        len(rest) > 80 or len(parse_entries(rest)) != 1
    ):
        return False
    return True


def _entry_line(text: str) -> bool:
    """Does a line under a heading read as attendance (people), not prose?"""
    if len(text) > MAX_ENTRY_LINE:
        return False
    outside = re.sub(r"\([^()]*\)", " ", text)
    if re.search(
        r"\b(?:was|were|is|are|be|had|has|will|would|welcomed|noted|received|accepted|resolved|"
        r"joined|left|arrived|atte"
        r"nded|"
        r"declared|agreed|said|reported|asked|confirmed|submitted|sent)\b",
        outside,
    ):
        return False
    entries = parse_entries(_strip_grid(text)[1], single_per_line=True)
    if len(entries) == 1 and " " not in entries[0].name and not entries[0].honorific:
        return bool(entries[0].role)  # a lone word on its own line is a heading, not a surname
    return bool(entries)


def _strip_grid(text: str) -> tuple[str | None, str]:
    m = _GRID.match(text)
    if m and _grid_name(text[m.end() :]):
        return m.group(1), text[m.end() :]
    return None, text


def _grid_name(rest: str) -> bool:
    """After a grid mark comes a whole name: "P  Cllr Ann Lee", "A  Ann Lee". "A Hamill -
    Director" is an initial and a surname, no mark."""
    if split_honorific(rest)[0] is not None:
        return True
    head = re.split(r"\s+[-–—/]\s+|\t|\s*\(|,", rest.strip(), maxsplit=1)[0].split()
    return len(head) >= 2


def _inline_chunks(text: str, no: int) -> list[Chunk]:
    """Chunks of a long line cut at each heading with a colon ("Present: ... Apologies: ...")."""
    heads = sorted(
        [*INLINE_HEAD.finditer(text), *CAPS_HEAD.finditer(text)], key=lambda m: m.start()
    )
    out: list[Chunk] = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else min(len(text), m.end() + 1500)
        body = text[m.end() : end]
        kind = kind_of(m)
        if kind == PRESENT and m.group(0).strip().lower().startswith("members") and i == 0:
            pass
        # "(Councillors) ... (Officials) ..." sub-headings inside the chunk
        pos = 0
        for sm in SUBHEAD.finditer(body):
            if body[pos : sm.start()].strip():
                out.append(Chunk(kind, body[pos : sm.start()], no, own_line=False))
            kind = OFFICERS if sm.group(1).lower().startswith("offic") else PRESENT
            pos = sm.end()
        if body[pos:].strip():
            out.append(Chunk(kind, _cut_tail(body[pos:]), no, own_line=False))
    return out


def _cut_tail(text: str) -> str:
    """Cut a chunk from a long line where the minutes proper start (an item number or code)."""
    m = re.search(r"\s(?:\d+(?:\.\d+)*\.?\s+[A-Z][a-z]|[A-Z]{2,}/[\w/-]+|[A-Z]:\\|Cou/)", text)
    return text[: m.start()] if m else text


def _read_chunk(chunk: Chunk, register: Register, legend: dict[str, str]) -> None:
    mark, text = _strip_grid(chunk.text) if chunk.own_line else (None, chunk.text)
    entries = parse_entries(text, single_per_line=chunk.own_line)
    kind = chunk.kind
    remote = chunk.remote
    if mark:
        kind = legend.get(mark.upper(), PRESENT if mark.upper() == "P" else APOLOGIES)
        if kind == REMOTE:
            kind, remote = PRESENT, True
    for e in entries:
        if remote and "remote" not in e.notes:
            e.notes.append("remote")
        _add(register, e, kind, chunk.line)
        for s in e.substitutes:
            _add(register, s, PRESENT, chunk.line, member=True)


_CHIEF_RANK = re.compile(r"(?:Temporary )?(?:Assistant |Deputy )?Chief Constable")


def _add(register: Register, e: Entry, kind: str, line: int, member: bool = False) -> None:
    status = Status.PRESENT
    if kind in {APOLOGIES, OTHER_APOLOGIES}:
        status = Status.APOLOGIES
    elif kind == ABSENT:
        status = Status.ABSENT
    role = e.role
    said = _STATUS_WORD.match(role or "")
    if said:  # "Cllr X - apologies", "Cllr Y (absent)"
        role = None
        word = said.group(0).lower()
        status = (
            Status.APOLOGIES
            if word.startswith(("apolog", "regret"))
            else (Status.ABSENT if word.startswith("absent") else Status.PRESENT)
        )
    if role and status is not Status.PRESENT and _IGNORE_PAREN.match(role.split(".")[0].strip()):
        role = None  # "Cllr X - family commitments": the reason for absence, not a post
    if not role and _CHIEF_RANK.fullmatch(e.honorific or ""):
        role = e.honorific  # a chief officer's rank is the post they attend in
    if e.chair and status is not Status.PRESENT and not role and e.chair_title:
        role = e.chair_title  # "Apologies: Councillor A (Chairman)": the post, not this chair
    if kind == CLERK and not role:
        role = "Clerk"
    if kind == VICE_CHAIR and not role:
        role = "Vice-Chair"
    capacity = capacity_of(kind, e, role, member)
    person = Person(
        name=e.name,
        honorific=e.honorific,
        role=role,
        capacity=capacity,
        status=status,
        line=line,
        needle=e.needle,
        notes=list(e.notes),
        chair=(e.chair or kind == CHAIR) and status is Status.PRESENT,
        substitute_for=e.substitute_for,
        listed=True,
    )
    register.add(person)


__all__ = ["read_sections"]

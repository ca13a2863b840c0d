"""The meeting's header: council, body, date, start and end time, venue.

Minutes open with a title block in one of a few shapes: "MINUTES OF THE <BODY> HELD AT <time>
ON <date>", "<Body> - Tuesday, 4th March, 2019 7.00 pm" (committee web pages), an item page's
"Meeting of <Body>, <date> (Item 6.)", an issue page's "Meeting: 05/02/2018 - <Body> (Item 7)", or
a title line followed by a date line. The header is read from the first lines of the meeting
(joined, so a title wrapped over lines still reads as one phrase); the end time is read anywhere.
"""

from __future__ import annotations

import datetime as dt
import re

from graphgov.ingest.blocks import MeetingHeader
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.ingest.header_dates import find_date
from graphgov.ingest.header_times import end_time, opened_at, start_time, venue
from graphgov.ingest.header_titles import (
    english_part,
    strip_document_label,
    strip_title_suffix,
    title_case,
    word_case,
)

#: How many lines at the top of a meeting may hold its title block.
HEADER_LINES = 18
#: Lines longer than this are cut before matching (one-line PDF dumps hold whole documents).
MAX_SCAN = 1500

_BODY_WORDS = (
    r"(?:Committee|Sub-Committee|Subcommittee|Board|Panel|Cabinet|Council|Commission|Forum|"
    r"Municipal District|"
    r"Group|Authority|Partnership|Assembly|Executive|Body|Trust|Meeting)"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_ISSUE_MEETING = re.compile(
    r"^\s*(?:Meeting|Decided at"
    r" meeting):\s*(\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(.+?)(?:\s*\(Item\s*[\w.]+\))?\s*$",
    re.IGNORECASE,
)
_ITEM_PAGE = re.compile(
    r"\bMeeting of (?:the )?(.+?),\s*" + _DAY + r",?\s*(.+?)(?:\(Item\s*[\w.]+\))?\s*$",
    re.IGNORECASE,
)
_TITLE_DATE = re.compile(r"^(.{3,120}?)\s+[-–]\s+" + _DAY + r"\b,?\s*(.*)$", re.IGNORECASE)
#: "Cabinet – 5 June 2024", "Planning Committee, 5th June 2024": a title and a bare date.
_TITLE_BARE_DATE = re.compile(
    r"^([^,–-]{3,100}?)\s*(?:[-–,]\s*)(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z"
    r"]+,?\s+\d{4}.*)$"
)
#: "Meeting: Planning Committee", "Committee: Audit Committee" (a labelled header block).
_BODY_LABEL = re.compile(
    r"^\s*(?:Meeting|Committee|Body|Meeting of|Name of"
    r" (?:meeting|committee))\s*:\s*"
    r"([A-Z][^:]{2,100}?)\s*$",
    re.IGNORECASE,
)
_MINUTES_OF = re.compile(
    r"\b(?:MINUTES?|NOTES|RECORD)\s+(?:of|from)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:meetin"
    r"g|proceedings)\s+o"
    r"f\s+"
    r"(?:(?:the|a)\s+)?(.{3,150}?)(?=\s+(?:held|HELD|meeting|MEETING|which|on|ON|at\s|AT\s)\b|\s*["
    r",.(]|"
    r"\s*Date of|\s+(?:Date|Time|Venue|Present)\b|$)",
    re.IGNORECASE,
)
_MINUTES_OF_THE = re.compile(
    r"\b(?:MINUTES?|NOTES)\s+OF\s+(?:THE\s+)?(.{3,150}?)(?=\s+(?:held|HELD|on|ON|at|AT|Date|Time|V"
    r"enue|"
    r"Present)\b|\s*[,.(]"
    r"|$)",
    re.IGNORECASE,
)
_X_MEETING = re.compile(
    r"\b(?:Minutes|Record\s+of\s+decisions)(?:\s+of)?(?:\s+the)?\s+(?:(?:Annual|Monthly|Statutory|"
    r"Special|Ordinary|Extraordinary)\s+)*"
    r"(.{3,80}?)\s+(?:virtual\s+|remote\s+|decision\s+)?meeting\b",
    re.IGNORECASE,
)
_COUNCIL = re.compile(
    r"\b((?:London Borough|Royal Borough|City|County|Borough|District|Shire|Town|Village|"
    r"Municipality|Municipal District|Township|Region) of [A-Z][\w&'-]*"
    r"(?:\s+(?:[A-Z][\w&'-]*|and|upon|on))*(?:\s+Council)?|[A-Z][\w&'’,-]*(?:\s+[A-Z&][\w&'’,-]*){"
    r"0,5}\s+"
    r"(?:County|Borough|District|City|Town|Parish|Community|Metropolitan|Regional)?\s*Council)\b",
)
_COUNCIL_KINDS = {
    "county",
    "borough",
    "district",
    "city",
    "town",
    "parish",
    "community",
    "metropolitan",
    "regional",
    "full",
    "special",
    "the",
}
_MEETING_KINDS = {
    "special", "monthly", "annual", "ordinary", "extraordinary", "full", "statutory", "regular",
}
_GENERIC_BODIES = {
    "board",
    "council",
    "committee",
    "the board",
    "the council",
    "the committee",
    "meeting",
}


def parse_header(ctx: ParseContext, lines: list[Line]) -> MeetingHeader:
    head = lines[:HEADER_LINES]
    # bilingual titles: the English half; "Minutes - Audit Committee - 4 March": the title
    texts = [strip_document_label(english_part(_scan(ln.text))) for ln in head]
    header = MeetingHeader()
    header.council = _council(texts)
    body, date, ev_line = _issue_or_item_page(lines)
    if body is None:
        body, ev_line = _body_from_title(head, texts, header.council)
    if date is None:
        date = _date(texts)
    if body is None or len(body.split()) == 1 and body.lower() in _FALLBACK_GENERIC:
        body = _body_from_text(lines, body) or body
    if body is None and header.council and _COUNCIL_MEETING.search(" ".join(texts[:8])):
        body = header.council  # "Minutes of the Ordinary Meeting" under the council's name
    if body is None:
        body = _first_title(texts[:6], header.council)
    header.body = body
    header.date = _sub_meeting_date(lines, date) or date
    header.start_time = start_time(texts) or opened_at(lines)
    header.end_time = end_time(lines)
    header.venue = venue(texts)
    if ev_line is not None:
        header.evidence = ctx.evidence(ev_line, body)
    return header


#: A title naming only the kind of meeting, under the council's name: the council met.
_COUNCIL_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:the\s+|an?\s+)?(?:(?:ordinary|monthly|annual|regular|special|"
    r"extraordinary|full|general)\s+)*meeting\b(?!\s+of\b)",
    re.IGNORECASE,
)
_FALLBACK_GENERIC = {"commission", "committee", "board", "panel", "forum", "group", "council"}
_BODY_NAME = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&|/|on))*?\s+)?"
    r"(?:Sub-Committee|Committee|Board|Panel|Commission|Forum|Working Group|Cabinet))\b"
)
_BODY_CONTEXT = re.compile(
    r"(?:meeting|minutes|Chair(?:man)?|members?|Vice[-"
    r" ]Chair)\s+of\s+the\s+$|^\s*$|\bThe\s+$|\bat\s+$",
)


def _body_from_text(lines: list[Line], generic: str | None) -> str | None:
    """The body the minutes keep naming when the header does not ("The Library
    Sub-Committee AGREED", "Chair of the East Area Committee", "meeting of the Steering Group")."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for ln in lines:
        text = ln.text[:MAX_SCAN]
        for m in _BODY_NAME.finditer(text):
            name = re.sub(
                r"^(?:The|A|An|This|That|Its|Minutes|Meeting|Council|At)\s+", "", m.group(1)
            )
            before = text[max(0, m.start() - 30) : m.start()]
            if not _BODY_CONTEXT.search(before) and not re.match(
                r"\s+(?:meeting|AGREED|RESOLVED|agreed|resolved)", text[m.end() : m.end() + 12]
            ):
                continue
            if generic and not name.lower().endswith(generic.lower()):
                continue
            if len(name.split()) > 9 or _is_noise(name):
                continue
            if len(name.split()) < 2 and name != "Cabinet" or name.lower() in _GENERIC_BODIES:
                continue
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, ln.no)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], len(n.split()) > 1, -first[n]))


def _sub_meeting_date(lines: list[Line], date: dt.date | None) -> dt.date | None:
    """The date of the one sub-meeting a segment keeps ("Scheduled Meeting on 10 June:")."""
    from graphgov.ingest.meetings import SUB_MEETING

    whens = {m.group("when") for ln in lines if (m := SUB_MEETING.match(ln.text))}
    if len(whens) != 1:
        return None
    when = whens.pop()
    found = find_date(when)
    if found is None and date is not None:
        found = find_date(f"{when} {date.year}")
    return found


def _scan(text: str) -> str:
    return text[:MAX_SCAN]


def _issue_or_item_page(lines: list[Line]) -> tuple[str | None, dt.date | None, int | None]:
    for ln in lines[:40]:
        text = _scan(ln.text)
        m = _ISSUE_MEETING.match(text)
        if m:
            return _tidy_body(m.group(2)), _dmy(m.group(1)), ln.no
        m = _ITEM_PAGE.search(text)
        if m:
            return _tidy_body(m.group(1)), find_date(m.group(2)), ln.no
    return None, None, None


def _dmy(text: str) -> dt.date | None:
    d, m, y = (int(x) for x in text.split("/"))
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _body_from_title(
    head: list[Line], texts: list[str], council: str | None
) -> tuple[str | None, int | None]:
    for ln, text in zip(head, texts, strict=True):
        m = _TITLE_DATE.match(text)
        if m and find_date(m.group(2)):
            return _tidy_body(m.group(1)), ln.no
        m = _BODY_LABEL.match(text)
        if m and _title_like(m.group(1)):
            return _tidy_body(m.group(1)), ln.no
    for i, text in enumerate(texts[:8]):
        if (
            i + 1 < len(texts)
            and _title_like(text)
            and _date_follows(texts, i)
            and not _titled_date(texts[i + 1])  # "Council" over "Licensing Committee - 4 March"
        ):
            body = _tidy_body(text)
            if not _is_noise(body):
                return _resolve_generic(body, "", council), head[i].no
    for ln, text in zip(head, texts, strict=True):
        m = _TITLE_BARE_DATE.match(text)
        if m and len(text) <= 140 and find_date(m.group(2)) and _title_like(m.group(1)):
            return _tidy_body(m.group(1)), ln.no
    joined, starts = _joined(head, texts)
    for rx in (_MINUTES_OF, _MINUTES_OF_THE, _X_MEETING):
        m = rx.search(joined)
        if m:
            body = _tidy_body(re.split(r"\s+" + _DAY + r"\b", m.group(1), flags=re.I)[0])
            if council and body.lower().startswith(council.lower() + " "):
                body = body[len(council) + 1 :]
            line_start = max((p for p, _ in starts if p <= m.start()), default=0)
            before = joined[line_start : m.start()].strip() or _previous_line(
                starts, joined, line_start
            )
            body = _resolve_generic(body, before, council)
            if body and not _is_noise(body):
                return body, _line_at(starts, m.start(1))
    # a title line just before a date line or a "Committee Members:" / "Present:" heading
    for i, text in enumerate(texts[:-1]):
        nxt = texts[i + 1]
        if _title_like(text) and (
            _date_line(nxt) or re.match(r"^\s*(?:Committee Members|Present)\b", nxt, re.I)
        ):
            return _tidy_body(text), head[i].no
    return None, None


def _joined(head: list[Line], texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    pos = 0
    for ln, text in zip(head, texts, strict=True):
        starts.append((pos, ln.no))
        parts.append(text)
        pos += len(text) + 1
    return " ".join(parts), starts


def _previous_line(starts: list[tuple[int, int]], joined: str, line_start: int) -> str:
    prev = [p for p, _ in starts if p < line_start]
    return joined[prev[-1] : line_start].strip() if prev else ""


def _line_at(starts: list[tuple[int, int]], pos: int) -> int:
    no = starts[0][1] if starts else 1
    for p, n in starts:
        if p <= pos:
            no = n
    return no


def _resolve_generic(body: str, before: str, council: str | None) -> str:
    """ "MINUTES OF THE BOARD MEETING" under an authority's name: the body is the authority;
    "Minutes of the Council Meeting" under a council's name: that council."""
    words = body.split()
    while len(words) > 1 and words[0].lower() in _MEETING_KINDS:
        words = words[1:]
    body = " ".join(words)
    if (
        council
        and body.lower() != council.lower()
        and council.lower().endswith(" " + body.lower())
        and len(words) <= 2
    ):
        return council
    if body.lower() not in _GENERIC_BODIES:
        return body
    prior = before.strip()
    if prior and len(prior) < 120:
        title = _tidy_body(prior)
        if re.search(_BODY_WORDS + r"\s*$", title) and not _is_noise(title):
            return title
    if body.lower().endswith("council") and council:
        return council
    return body


def _first_title(texts: list[str], council: str | None) -> str | None:
    """The first line of the title block that names a body other than the council
    ("PLANNING COMMITTEE" above "MINUTES" and "SITE VISIT")."""
    for text in texts:
        if _title_like(text) and not _is_noise(tidy := _tidy_body(text)):
            if council is None or tidy.lower() != council.lower():
                return tidy
    return None


def _title_like(text: str) -> bool:
    t = text.strip()
    return (
        3 <= len(t) <= 100
        and re.search(_BODY_WORDS.replace("|Meeting", "") + r"\b", t, re.IGNORECASE) is not None
        and not re.match(r"^(?:source|venue|contact|minutes?\b|agenda)", t, re.IGNORECASE)
        and not re.search(r"\bheld\b", t, re.IGNORECASE)
        and "|" not in t  # a table row
        and not t.endswith((".", ":"))
    )


def _titled_date(text: str) -> bool:
    """A line that is a title and a date of its own ("Licensing Committee - 4 March 2025")."""
    m = _TITLE_BARE_DATE.match(text)
    return bool(m) and len(text) <= 140 and _title_like(m.group(1))  # type: ignore[union-attr]


def _date_follows(texts: list[str], i: int) -> bool:
    """A date line under title line ``i``, or under a bare "MINUTES" line below it."""
    if _date_line(texts[i + 1]):
        return True
    return (
        i + 2 < len(texts)
        and re.fullmatch(r"\s*(?:draft\s+)?(?:minutes|notes)\s*", texts[i + 1], re.IGNORECASE)
        is not None
        and _date_line(texts[i + 2])
    )


_DATE_FIRST = re.compile(
    r"^\s*(?:" + _DAY + r",?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}\b", re.IGNORECASE
)


def _date_line(text: str) -> bool:
    """A line giving the meeting's date: short, or "Minutes of a meeting held ... on <date>"."""
    if find_date(text) is None:
        return False
    return (
        len(text) < 60
        or _DATE_FIRST.match(text) is not None  # "26 September 2024, 10:00-12:30, Room 1, ..."
        or re.match(
            r"^\s*(?:(?:draft\s+)?minutes\s+of\s+(?:a|the)\s+(?:meeting|hearing|session)|meeting)"
            r"\s+held\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _is_noise(body: str) -> bool:
    """Phrases the "minutes of ..." patterns catch that are not a body's name."""
    return (
        len(body) < 3
        or len(body) > 90
        or not body[:1].isupper()
        or body.lower() in {"meeting", "the meeting", "meetings"}
        or re.search(r"\b(?:previous|last|pdf|held|meetings?/s|KB)\b", body, re.IGNORECASE)
        is not None
        or re.search(_BODY_WORDS, body, re.IGNORECASE) is None
    )


def _tidy_body(text: str) -> str:
    t = strip_title_suffix(re.sub(r"\s+", " ", text)).strip(" -–,.:")
    t = re.sub(r"\s*\((?:\d{4}\s*-\s*\d{4}|[^)]*\d{4}[^)]*)\)\s*$", "", t)  # "(2005-2015)"
    t = re.sub(
        r"^(?:(?:draft\s+)?(?:minutes|notes|record)\s+of\s+(?:the\s+)?|meeting\s+of\s+(?:the\s+)?)",
        "",
        t,
        flags=re.I,
    )
    t = re.sub(
        r"(?:\s+(?:quarterly|annual|monthly|special|ordinary|extraordinary|statutory|regular|virtual|remot"
        r"e|hybrid|"
        r"meeting(?:\s+in\s+public)?|minutes))+$",
        "",
        t,
        flags=re.I,
    )
    t = re.sub(r"\s+(?:virtual|remote|hybrid)$", "", t, flags=re.I)
    t = re.sub(r"(?<=[a-z])Date$", "", t)  # "BoardDate of meeting" glued by PDF extraction
    if t.isupper() and len(t) > 4:
        t = title_case(t)
    return t.strip()


def _council(texts: list[str]) -> str | None:
    for text in texts:
        if re.match(r"^\s*source:", text, re.IGNORECASE):
            continue
        # capitals read as names: "MEETING of STIRLING COUNCIL" -> "Meeting of Stirling Council"
        text = re.sub(r"\b[A-Z][A-Z&'’-]+\b", lambda w: word_case(w.group(0)), text)
        m = _COUNCIL.search(text)
        if m and re.search(r"\b(?:Chambers?|Headquarters|Offices|Hall|Room)\b", m.group(1)):
            m = None
        if m:
            name = m.group(1).strip()
            name = re.sub(
                r"^(?:(?:Minutes|Draft|Annual|Meeting|Special|Monthly|Full|Agenda|The|And|Of)\s+)+",
                "",
                name,
                flags=re.I,
            )
            name = re.sub(r"^(?:MINUTES OF|Minutes of|Meeting of|of)\s+", "", name).strip()
            if name.isupper():
                name = title_case(name)
            words = name.split()
            if len(words) > 1 and not (len(words) == 2 and words[0].lower() in _COUNCIL_KINDS):
                return name
    return None


#: Lines whose date is not the meeting's (publication, call-in, page updates).
_NOT_MEETING_DATE = re.compile(
    r"^\s*(?:source|contact|publication date|date of publication|published|issued|printed|"
    r"dispatched|despatched|effective from|last updated|updated|uploaded|call-in|deadline)\b",
    re.IGNORECASE,
)


def _date(texts: list[str]) -> dt.date | None:
    for text in texts:
        if _NOT_MEETING_DATE.match(text):
            continue
        d = find_date(text)
        if d:
            pos = _date_pos(text)
            before = text[max(0, pos - 150) : pos]
            after = text[pos : pos + 60]
            if re.search(
                r"\b(?:previous|last)\s+meeting\b|\bthe\s+minutes\s+of\b|"
                r"\b(?:approve|confirm|agree)\b",
                before,
                re.IGNORECASE,
            ) or re.search(
                r"\b(?:were|was|be|being)\s+(?:agreed|approved|confirmed|signed|accepted|noted)",
                after,
            ):
                continue  # the minutes of an earlier meeting, not this one
            return d
    return None


def _date_pos(text: str) -> int:
    m = re.search(r"\d", text)
    return m.start() if m else 0

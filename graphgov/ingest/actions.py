"""Whose action an item is ("Action by: N. Brooke, Corporate Director, Resources").

Minutes record who must act in several ways, all read here:

- a label, with the owners on the same or the next lines: "Action by:", "Action:", "Lead
  officer:", "Owner:"; owners written "N. Brooke, Corporate Director, Resources", as a post
  alone, or as a post in capitals with the name in brackets ("ACTING DIRECTOR, LAW (G. WHITE)");
- action-point tables, one action a row with its owner last: "Review the budget / Ann Lee";
- a resolution that asks someone to act: "requests the Policy Officer to investigate";
- note-style actions: "Clerk to write to the county council", "Chair & Clerk to arrange";
- commitments: "the Clerk will order the benches", "The Head of Audit agreed to provide ...".

Owners are resolved as presenters are: a name to the attendee it names (initials and surname
to the full name), a post to the attendee holding it, else the name or post as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.ingest.paragraphs import Paragraph, paragraphs
from graphgov.model.minutes import ActionPoint, PersonRef
from graphgov.resolve import names
from graphgov.resolve.phrases import (
    THING_WORDS,
    Who,
    by_initials,
    fuller,
    is_area,
    resolve_phrase,
    who_from_list,
)
from graphgov.resolve.posts import looks_like_post
from graphgov.resolve.roster import Roster

__all__ = ["find_actions", "owners_from_text"]

_MAX_TEXT = 2000

_LABEL = re.compile(
    r"(?:^|(?<=[\s|.;/]))(?:actions?\s+(?:by|for|owner|lead)|action\s+officer|lead\s+officers?|"
    r"responsible\s+officers?|officers?\s+responsible|responsibility|responsible|owner|actions?|"
    r"by\s+whom)"
    r"\s*(?:[:–—-]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Where the owner text after a label ends ("... (M. LEE) Minutes: Apologies ...").
_LABEL_END = re.compile(
    r"\s*\b(?:Minutes|Decision|Notes?|Resolved|RESOLVED|Deadline|Date|Due|By\s+when|Timescale)"
    r"\s*[:\-]", re.IGNORECASE
)
_BRACKETED = re.compile(r"\(([^()]{2,60})\)")
_INITIALS_NAME = re.compile(
    r"^(?:[A-Z]\.?\s*){1,3}[A-Z][A-Za-z'’-]+(?:[\s-][A-Z][A-Za-z'’-]+)?$"
)
_REQUEST = re.compile(
    r"\b(?:requests?|requested|asks?|asked|instructs?|instructed|directs?|directed|invites?|"
    r"invited|tasks?|tasked)\s+(?:that\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:()]{2,100}?)\s+to\s+(?P<verb>[a-z]{3,})\b"
    # "requested that the Head of Audit report on ...": the task as a bare verb
    r"|\b(?:requests?|requested|asks?|asked|instructs?|instructed|directs?|directed)\s+that\s+"
    r"(?P<who2>(?:the\s+)?[A-Z][^.;:()]{2,100}?)\s+(?:report|provide|prepare|write|bring|"
    r"review|investigate|circulate|arrange|contact|consult|update|present)\b",
)
# Authorising or delegating ("be authorised to sign", "delegate authority to the Director")
# gives a power, not a task: not an action.
_MODAL = re.compile(
    r"\s+(?:will|would|shall|agreed\s+to|undertook\s+to|offered\s+to|volunteered\s+to|"
    r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:asked\s+|requested\s+)?to|"
    r"be\s+(?:asked|requested|instructed|invited|tasked)\s+to|to)"
    r"\s+(?P<verb>[a-z]{2,})\b"
)
# Verbs after "will / to" that are not something to do.
_NOT_ACTS = frozenset(
    """be have like not also continue remain serve stand act accept join attend chair sit note
    the a an this that their his her its being been had receive consider sign leave retire
    resign depart start commence return step""".split()
)
# What a chair or officer does in the meeting itself ("The Chair to welcome everybody", "The
# Chairman to report apologies"): agenda wording, not an action after the meeting.
_CONDUCT = frozenset(
    "welcome introduce lead present open close move propose second declare thank announce".split()
)
# Asked or invited to do in the meeting itself ("invited the Vice-Chair to address members").
_IN_MEETING = frozenset("address speak comment explain respond answer outline summarise".split())
# Verbs that are conduct only with these words after them ("The Chairman to report apologies",
# "The Chair to update members"); "Clerk to report the pothole" is an action.
_CONDUCT_BEFORE = {
    "report": re.compile(r"\s+(?:apologies|on\b|any\b|that\b)", re.IGNORECASE),
    "update": re.compile(r"\s+(?:the\s+)?(?:members|meeting|committee|board|panel|councillors|"
                         r"cabinet|council|forum|group|on\b)", re.IGNORECASE),
    "give": re.compile(r"\s+(?:a|an)\s+(?:verbal\s+)?(?:update|report|presentation)",
                       re.IGNORECASE),
}
_DEADLINE = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]*\.?(?:[\s'-]+\d{2,4})?|ongoing|asap|tbc|tba|complete[d]?|done|open|"
    r"closed|next meeting|immediate(?:ly)?|(?:by\s+)?end of [\w\s]{1,20}|q[1-4](?:\s+\d{2,4})?)$",
    re.IGNORECASE,
)
# Tasks written as a bare verb after "that": "... seconded that the Clerk write to the MP".
_SUBJUNCTIVE = re.compile(
    r"\s+(?P<verb>write|contact|arrange|investigate|obtain|circulate|prepare|review|liaise|chase|"
    r"order|purchase|provide|seek|send|check|draft|organise|organize|consult|approach|"
    r"undertake|explore|bring|proceed|report\s+back)\b"
    r"(?=\s+(?:the|a|an|to|with|all|any|further|his|her|their|up|back|them|it|on|for|and)\b)"
)
_THAT = re.compile(r"\b(?:that|whereby)\s+", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^(?:he|she|they|it|we|i|you|this|there)\b", re.IGNORECASE)


def _tidy_name(text: str) -> str:
    _, name = names.clean_name(text)
    return name


def _owner_from_entry(entry: str, roster: Roster) -> Who | None:
    """One owner entry: "N. Brooke, Corporate Director, Resources", "Clerk", "ANN LEE", "JB"."""
    entry = entry.strip(" ,;:.-–—()")
    if not entry or len(entry) > 160:
        return None
    initials = by_initials(entry, roster)
    if initials is not None:
        return initials
    first, _, rest = entry.partition(",")
    first = first.strip()
    if _INITIALS_NAME.match(first) or names.looks_like_name(first) and not looks_like_post(first):
        role = rest.strip() or None
        return resolve_phrase(f"{first}, {role}" if role else first, roster, set_off=True) or Who(
            _tidy_name(first), role
        )
    return resolve_phrase(entry, roster, set_off=True)


def owners_from_text(text: str, roster: Roster) -> list[Who]:
    """The owners an action label names, in order."""
    text = _LABEL_END.split(text[:_MAX_TEXT], maxsplit=1)[0]
    bracketed = [(m.group(1).strip(), m.start()) for m in _BRACKETED.finditer(text)]
    found = [(b, at) for b, at in bracketed if _INITIALS_NAME.match(b) or (
        names.looks_like_name(b) and not looks_like_post(b))]
    if found:
        out = []
        prev = 0
        for b, at in found:
            # the post written before the bracket: "ACTING DIRECTOR, LAW (P. QUARRIE)"
            post = re.sub(r"^[\s()–—-]+|[\s(–—-]+$", "", text[prev:at])
            post = names.tidy_case(post) if post.isupper() else post
            who = _resolve_name(names.tidy_case(b), roster)
            if who.role is None and post and looks_like_post(post) and len(post) <= 120:
                who = replace(who, role=post)
            out.append(who)
            prev = at + len(b) + 2
        return out
    out = []
    for part in re.split(r"\s*(?:;|\s/\s|/(?=[A-Z]{2,4}\b))\s*", text):
        for entry in _and_entries(part):
            owner = _owner_from_entry(entry, roster)
            if owner is not None:
                out.append(owner)
    return out


def _and_entries(part: str) -> list[str]:
    """Split at "and" / "&" only where both sides name someone, so "Head of ICT and Digital
    Services" stays one post."""
    pieces = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", part) if p.strip()]
    heads = [p.split(",")[0].strip() for p in pieces]
    if len(pieces) > 1 and all(
        looks_like_post(h) or _INITIALS_NAME.match(h) or names.looks_like_name(h) and not is_area(h)
        for h in heads
    ):
        return pieces
    return [part]


def _resolve_name(name: str, roster: Roster) -> Who:
    return resolve_phrase(name, roster, set_off=True) or Who(_tidy_name(name), None)


def _label_actions(lines: list[Line], roster: Roster) -> Iterator[tuple[Who, int, str | None]]:
    i = 0
    while i < len(lines):
        text = lines[i].text[:_MAX_TEXT]
        m = _LABEL.search(text)
        if not m:
            i += 1
            continue
        rest = m.group("rest").strip()
        if rest:
            note = _note_owner(rest, roster) or _labelled_task_owner(rest, roster)
            if note:
                for who in note:
                    yield who, lines[i].no, rest
            else:
                for who in owners_from_text(rest, roster):
                    yield who, lines[i].no, None
            i += 1
            continue
        # owners on the following short lines
        j = i + 1
        while j < len(lines) and j <= i + 4:
            nxt = lines[j].text.strip()
            if len(nxt) > 160 or re.match(r"(?:RESOLVED|Minutes|Decision)\b", nxt, re.IGNORECASE):
                break
            if _HEADER_ROW.match(nxt):
                j += 1  # "| No. | Action | Owner | Due |": the table's rows follow
                continue
            owners = owners_from_text(nxt, roster)
            if not owners:
                break
            for who in owners:
                yield who, lines[j].no, None
            j += 1
        i = j


# After an action label the owner may come before a dash or "to" and the task
# ("Action: Ann Lee - launch the consultation", "ACTION: CFO to present the budget"); the label
# says it is a task, so a verb that would be conduct in a meeting ("present") counts here.
_LABELLED_TASK = re.compile(
    r"^(?P<who>[^.;:]{2,80}?)(?:\s+[-–—]\s+|\s+(?:to|will|should)\s+)(?=[a-z])"
)


def _labelled_task_owner(rest: str, roster: Roster) -> list[Who]:
    m = _LABELLED_TASK.match(rest)
    return owners_from_text(m.group("who"), roster) if m else []


# A table's header row: only column names ("No. | Action | Lead | Due").
_HEADER_ROW = re.compile(
    r"^[|\s]*(?:(?:no\.?|ref\.?|item|action|actions|owner|lead|by|who|responsible|due|date|"
    r"deadline|by when|status|update|progress|minute)\s*(?:[|\t/]+\s*|$)){2,}$",
    re.IGNORECASE,
)


def _table_actions(lines: list[Line], roster: Roster) -> Iterator[tuple[Who, int, str | None]]:
    """Action-point rows "what to do / Owner" (the owner is the last cell)."""
    for ln in lines:
        cells = [c.strip(" |") for c in re.split(r"\s/\s|\t+|\s\|\s", ln.text[:_MAX_TEXT])]
        cells = [c for c in cells if c]
        while len(cells) > 2 and _DEADLINE.match(cells[-1]):
            cells.pop()  # "Review fees | Clerk | March 2026": the owner is before the date
        if len(cells) < 2 or len(cells[-1].split()) > 6:
            continue
        owner = cells[-1]
        if not (_INITIALS_NAME.match(owner) or names.looks_like_name(owner)
                or looks_like_post(owner) or by_initials(owner, roster)):
            continue
        if len(" ".join(cells[:-1]).split()) < 3 or not _task_row(cells, roster):
            continue  # a name list, not an action with its owner
        who = _owner_from_entry(owner, roster)
        if who is not None:
            yield who, ln.no, " / ".join(cells[:-1])


def _task_row(cells: list[str], roster: Roster) -> bool:
    """Whether a row's cells are a task and its owner: not an attendance row ("Cr Ann Lee |
    Deputy President"), a mover and seconder ("Moved Cr Lee / Seconded Cr Roe") or a
    document's title ("24/079 | Chief Executive's Report")."""
    if any(re.match(r"(?:moved|proposed|seconded)\b", c, re.IGNORECASE) for c in cells):
        return False
    if any(w.lower().strip(".,") in THING_WORDS for w in cells[-1].split()):
        return False
    for cell in cells[:-1]:
        cell = re.sub(r"^[\w ]{1,30}:\s*", "", cell)  # "Staff: Mr Ann Lee"
        if names.split_honorific(cell)[0] is not None and names.looks_like_name(cell) \
                or roster.by_name(cell) is not None and names.looks_like_name(cell):
            return False
    return True


def _note_owner(
    clause: str, roster: Roster, firsts: dict[str, str] | None = None, after_that: bool = False
) -> list[Who]:
    """"Clerk to write to ...", "Chair & Clerk to arrange", "Ann Lee will circulate ...", and
    after "that" a bare verb ("agreed that the Clerk write to the MP")."""
    m = _MODAL.search(clause[:300])
    if after_that:
        # "that the Clerk proceed to tender": the bare verb comes before any "to"
        sub = _SUBJUNCTIVE.search(clause[:300])
        if sub and (m is None or m.group("verb") in _NOT_ACTS or sub.start() < m.start()):
            m = sub
    if not m or m.group("verb") in _NOT_ACTS:
        return []
    verb = m.group("verb")
    after = clause[m.end():]
    if verb in _CONDUCT or verb in _CONDUCT_BEFORE and _CONDUCT_BEFORE[verb].match(after):
        return []
    if verb == "take" and re.match(r"\s+(?:up|over)\s+(?:the|a|his|her|their|as)\b",
                                   clause[m.end():]):
        return []  # "would take up the post of ...": a change of post, not a task
    subject = clause[:m.start()].strip()
    bare_to = m.group(0).split()[0] == "to"
    longest = 8 if bare_to else 12
    if not subject or _PRONOUN_SUBJECT.match(subject) or len(subject.split()) > longest:
        return []
    if not re.match(r"(?:the\s+)?[A-Z]", subject):
        return []
    initials = by_initials(subject, roster)
    if initials is not None:
        return [initials]  # "TW to confirm dates"
    subject = (firsts or {}).get(subject, subject)
    people = who_from_list(subject, roster)
    if len(people) > 1 or re.search(r"\s(?:and|&)\s", subject):
        return people
    who = resolve_phrase(subject, roster, set_off=True)
    return [who] if who is not None else []


def _clauses(para: Paragraph) -> Iterator[tuple[str, int]]:
    """Clauses that can start a note-style action: sentences, bullets, " - " parts, "that ..."."""
    text = para.text
    starts = {0}
    for m in re.finditer(r"[.!?;:]\s+|\s[-–—]\s+|^\s*[-–—•·▪]\s*", text):
        before = text[max(0, m.start() - 4):m.start() + 1]
        if m.group(0).startswith(".") and re.search(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St)\.$", before):
            continue
        if m.group(0).strip() in {"-", "–", "—"} and _post_dash_area(text, m.start(), m.end()):
            continue  # "the Executive Director – Place be requested to ...": one post
        starts.add(m.end())
    for m in _THAT.finditer(text):
        starts.add(m.end())
    ordered = sorted(starts)
    for k, s in enumerate(ordered):
        end = ordered[k + 1] if k + 1 < len(ordered) else len(text)
        clause = re.sub(r"^\s*(?:[-–—•·▪]+|\(?[a-z0-9]{1,3}[.)])\s*", "", text[s:end])
        yield clause, s


def _post_dash_area(text: str, dash: int, after: int) -> bool:
    """Whether a dash joins a post to its area ("Strategic Director – Place")."""
    last = text[max(0, dash - 30):dash].split()[-1:]
    nxt = re.match(r"[A-Z][\w'’&]*(?:\s+(?:and|&)\s+[A-Z][\w'’]*)?", text[after:after + 60])
    return bool(last and nxt and looks_like_post(last[0]) and is_area(nxt.group(0)))


def _narrative_actions(
    lines: list[Line], roster: Roster, firsts: dict[str, str]
) -> Iterator[tuple[Who, int, str | None]]:
    for para in paragraphs(lines):
        for m in _REQUEST.finditer(para.text):
            if m.group("verb") and m.group("verb") in _NOT_ACTS | _CONDUCT | _IN_MEETING:
                continue
            who_text = m.group("who") or m.group("who2")
            for who in who_from_list(who_text, roster):
                yield who, para.line_at(m.start()), para.text[m.start():m.start() + 200]
        for clause, at in _clauses(para):
            after_that = bool(re.search(r"\b(?:that|whereby)\s+$", para.text[max(0, at - 9):at],
                                        re.IGNORECASE))  # "3. That the Clerk write to ..."
            for who in _note_owner(clause, roster, firsts, after_that):
                yield who, para.line_at(at), clause.strip()[:300]


def _first_names(lines: list[Line]) -> dict[str, str]:
    """Full names in the item keyed by first name, so "Robin to speak to ..." finds Robin Lee."""
    seen: dict[str, set[str]] = {}
    for ln in lines:
        for m in re.finditer(r"\b([A-Z][a-z]+)\s+([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b(?=\s+[a-z])",
                             ln.text[:_MAX_TEXT]):
            full = f"{m.group(1)} {m.group(2)}"
            if names.looks_like_name(full) and not looks_like_post(full):
                seen.setdefault(m.group(1), set()).add(full)
    return {first: next(iter(fulls)) for first, fulls in seen.items() if len(fulls) == 1}


def find_actions(ctx: ParseContext, block: ItemBlock, roster: Roster) -> list[ActionPoint]:
    """Everyone an item's text gives an action to, in order of the text, each once."""
    lines = list(block.body)
    if len(block.heading.text) > len(block.title) + 20:
        lines = [block.heading, *lines]  # a table row holds the whole item on its heading line
    firsts = _first_names(lines)
    found: list[ActionPoint] = []
    seen: set[str] = set()
    hits = [*_label_actions(lines, roster), *_table_actions(lines, roster),
            *_narrative_actions(lines, roster, firsts)]
    for who, line_no, text in sorted(hits, key=lambda h: h[1]):
        who = fuller(ctx.doc.text, who)
        if who.name and len(who.name.split()) < 2 and not _in_roster(who, roster) \
                and not names.split_honorific(who.name)[0]:
            continue  # a lone capitalised word is not enough to name an owner
        key = (who.name or who.role or "").lower()
        if not key or key in seen:
            continue
        seen.add(key)
        owner = PersonRef(name=who.name, role=who.role, honorific=who.honorific,
                          evidence=ctx.evidence(line_no, text or who.name or who.role))
        found.append(ActionPoint(owner=owner, text=text, evidence=owner.evidence))
    return found


def _in_roster(who: Who, roster: Roster) -> bool:
    return any(a.name == who.name for a in roster.attendees)

"""Who presented an item: named people and posts resolved to the attendee holding them.

Minutes say who brought an item in a few ways, all handled here:

- a subject and a presenting verb: "The Corporate Director, Resources presented the report",
  "Wendi Smith, the Director of Communities, introduced the report", "The Chair updated members
  on ...", "The Clerk gave a verbal update", "Councillor Rowe took members through the report";
- a passive or a label: "a report presented by the Senior Planning Officer", "(Update by Ann
  Lee)", "Presented by: ...", "To receive a presentation by Ann Lee, Anyshire Council, and ...",
  "The Board heard from the Service Manager that ...";
- an introduction of someone else: "The Audit Manager introduced the Principal Auditor who
  would be presenting the report" (the Principal Auditor presents);
- a bullet list under a speaker: "Ann Lee representing the Residents' Association" followed by
  "- Updated the Board on ...".

Not presenters: people who only advised, informed, announced, welcomed, moved or seconded, and
authors ("Report of the Head of Planning"). A post is resolved to the attendee who holds it
(:meth:`Roster.by_post`); when nobody listed holds it the reference keeps the post as written
with no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.paragraphs import MAX_PARAGRAPH, Paragraph, clause_start, paragraphs
from graphgov.model.minutes import PersonRef
from graphgov.resolve import names
from graphgov.resolve.phrases import (
    THING_WORDS,
    Who,
    fuller,
    is_area,
    resolve_phrase,
    tidy,
    who_for_post,
    who_from_list,
)
from graphgov.resolve.posts import looks_like_post
from graphgov.resolve.roster import Roster

__all__ = ["find_presenters"]

_BULLET = re.compile(
    r"^\s*(?:[-–—•·▪§o*]+|\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+\.?)\s+", re.IGNORECASE
)

_LEAD_LABEL = re.compile(
    r"^\s*(?:minutes|decision|notes?|discussion|summary)\s*:\s*", re.IGNORECASE
)

# The presenting verbs, after the subject. Each alternative is anchored at its verb.
_AREA = r"(?:[\w'’-]+\s+){0,3}?"

_VERB = re.compile(
    r"\b(?:"
    r"presented\b(?!\s+(?:by|to\s+the\s+(?:council|cabinet|committee)\b))"
    r"|introduced\b"
    # "outlined the application / the proposed criteria / the General Allocation / progress":
    # any object but a view in the discussion (see _PERSONAL)
    r"|outlined\s+(?=(?:the|a|an|his|her|their|its|this|these|budget|progress|proposals?|plans?|"
    r"options|details|key|main)\b|[A-Z0-9])"
    # "The Treasurer reported a balance of ...", "PG reported fill rates of 91%": figures brought
    r"|reported\s+(?=(?:a|an)\s|[£€$]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"fill|the\s+(?:balance|figures|results|outcome|position))\b)"
    r"|reported\s+(?:on|to|that|back|verbally)\b"
    r"|gave\s+(?:a|an|the|his|her|their)\s+" + _AREA
    + r"(?:update|presentation|overview|report|briefing|summary|introduction)"
    r"|provided\s+(?:a|an|the)\s+" + _AREA
    + r"(?:update|presentation|overview|briefing|verbal\s+report|summary)"
    r"|delivered\s+(?:a|an|the)\s+" + _AREA + r"(?:presentation|update|report|briefing)"
    r"|updated\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:members|councillors|board|committee|"
    r"panel|meeting|cabinet|council|forum|group|sub-committee)\b"
    r"|took\s+(?:the\s+)?(?:members|councillors|board|committee|panel|cabinet|meeting|group|"
    r"forum|those present|everyone|attendees|trustees|governors|directors|commissioners|"
    r"partners|council|sub-committee|executive|authority)\s+(?:[\w-]+\s+){0,3}?through"
    r"|(?:talked|walked)\s+(?:members|councillors|trustees|governors|the\s+\w+)\s+through"
    r"|(?:talked|walked)\s+through\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|paper|item|presentation|proposals?|update|plan|strategy|budget|accounts)"
    r"|referred\s+(?:the\s+)?(?:members|councillors|board|committee|panel|sub-committee|cabinet)"
    r"(?:\s+of\s+the\s+[\w-]+(?:\s+[\w-]+)?)?\s+to\s+(?:the|his|her|their)\b"
    r"|spoke\s+to\s+the\s+(?:report|item|paper)"
    r"|led\s+(?:the\s+)?(?:item|presentation)"
    r")",
    re.IGNORECASE,
)

# After "introduced": a person or a post is someone being introduced, not the item.
_INTRODUCED_PERSON = re.compile(
    r"introduced\s+(?:himself|herself|themselves|(?:the\s+)?(?P<who>[A-Z][^.;:]{1,120}?))"
    r"(?:\s*,?\s*who\s+(?:would\s+be\s+|was\s+|will\s+be\s+|then\s+)?"
    r"(?P<pres>presenting|presented|present|gave|give|took|reported|introduced|outlined)\b"
    r"|(?=[,.;:]|\s+(?:who|to|and|as|from)\b|$))",
)

# After "reported ...", a personal statement is not the item being brought.
_PERSONAL = re.compile(
    r"^(?:reported\s+(?:on|that|back)?\s*(?:he|she|they|i|we|his|her|their|my|our|him)\b"
    # "outlined her concerns": a view in the discussion, not the item brought
    r"|outlined\s+(?:the\s+|his\s+|her\s+|their\s+|some\s+|several\s+|a\s+number\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:concerns?|views?|thanks|appreciation|dissatisfaction|objections?|"
    r"reasons?|worries|questions?|comments?|opposition|support|experiences?|frustrations?|"
    r"disappointment)\b)",
    re.IGNORECASE,
)

# Labels and passives that put the presenter after the words.
_BY_LABEL = re.compile(
    r"(?:\b(?:report|presentation|update|item|paper|briefing|overview)\s+(?:was\s+)?"
    r"(?:presented|introduced|given|delivered|made|provided|led)\s+by"
    r"|\((?:verbal\s+)?(?:update|presentation|presented|introduced|report\s+presented)\s+by"
    # "Lead: Head of Strategy", "Lead officer: Ann Lee": who leads on the item brings it
    r"|^\s*(?:presented|introduced|presenter|presenting\s+officer|update|presentation|lead|"
    r"lead\s+officer)\s*(?:by)?\s*:"
    r"|\b(?:received|receive|heard|considered|noted|given|shown|provided\s+with)\s+(?:a|an|the)\s+"
    r"(?:verbal\s+|brief\s+|short\s+)?"
    r"(?:presentation|update|briefing|overview)\s+(?:from|by|given\s+by)"
    # "Presentation by Ann Lee", "Verbal update from the Clerk" opening a line
    r"|^\s*(?:verbal\s+|oral\s+)?(?:presentation|update|briefing)\s+(?:from|by)"
    r"|\bheard\s+from"
    r"|\b(?:presented|introduced)\s+by"
    r"|\b(?:taken|talked|led)\s+through\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?by"
    # "In introducing the report, the Head of Planning said ..."
    r"|\bin\s+(?:introducing|presenting)\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:report|item|paper|update|application|proposals?)\s*,"
    # "The Chair invited the Head of Planning to present the report"
    r"|\binvited(?=\s+[^.;:]{2,120}?\s+to\s+(?:present|introduce|outline)\b))"
    r":?\s+(?P<who>[^.;:()]{2,300})",  # "Paper presented by: Dr Ann Lee"
    re.IGNORECASE,
)

# A bracketed post alone on the line under a heading: "(Democratic Services Manager)".
_TITLE_BRACKET = re.compile(r"\(\s*(?P<post>[A-Z][^()]{2,80}?)\s*\)\s*$")
_BRACKET_POST = re.compile(r"^\(\s*(?P<post>[A-Z][^()]{2,80})\s*\)$")

_REPRESENTING = re.compile(
    r"^(?P<who>[^,.;:]{3,80}?)\s*(?:,\s*)?(?:representing|on behalf of|from|of)\s+\S", re.IGNORECASE
)


def _subject_before(text: str, start: int) -> tuple[str, bool]:
    """The words before a verb at ``start`` that may be its subject; whether a comma closes them."""
    begin = clause_start(text, start)
    subject = text[begin:start]
    # "The Strategic Director – Place presented": a dash inside a post is not a clause break
    dash = re.search(r"\s[-–—]\s+$", text[:begin])
    if dash and is_area(subject.strip(" ,")):
        begin = clause_start(text, dash.start())
        subject = text[begin:start]
    closed = subject.rstrip().endswith(",")
    subject = _BULLET.sub("", _LEAD_LABEL.sub("", subject))
    return subject.strip(), closed

# Where a later phrase may start the subject: after a joined clause, or at "the <Post>"
# ("In the absence of the Chair the Head of Planning presented ...").
_RESTART = re.compile(
    r"(?:,\s*|\s+)(?:and|but|while|whilst|then|after which)\s+(?=\S)"
    r"|(?<!\bof)(?<!\bfor)\s+(?=the\s+[A-Z])"
)

_JOINT = re.compile(
    r",?\s+and\s+(?=the\s+[A-Z]|(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Sir)\b)"
    r"|,\s+and\s+(?=[A-Z])"
)


def _joint_subjects(subject: str, roster: Roster, closed: bool) -> list[Who]:
    """"Ann Lee, Director of Care, and the Corporate Director, Resources presented": both."""
    pieces = [p for p in _JOINT.split(subject[:400]) if p.strip()]
    if len(pieces) < 2:
        return []
    found = [resolve_phrase(p, roster, set_off=closed or k < len(pieces) - 1)
             for k, p in enumerate(pieces)]
    return [w for w in found if w is not None] if all(found) else []


def _resolve_subject(subject: str, roster: Roster, closed: bool) -> tuple[Who | None, str]:
    """The person a subject names; when the whole fails, the part after a joined clause
    ("X introduced the proposals, and the Corporate Director, Resources took members ...")."""
    who = resolve_phrase(subject, roster, set_off=closed)
    if who is not None:
        return who, subject
    for m in _RESTART.finditer(subject):
        tail = subject[m.end():]
        who = resolve_phrase(tail, roster, set_off=closed)
        if who is not None:
            return who, tail
    return None, subject


def _verb_hits(para: Paragraph, roster: Roster, lead: Who | None) -> Iterator[tuple[Who, int]]:
    text = para.text
    for m in _VERB.finditer(text):
        verb = m.group(0)
        if _PERSONAL.match(verb + text[m.end():m.end() + 30]):
            continue
        if verb.lower().startswith("introduced"):
            if re.match(r"introduced\s+(?:himself|herself|themselves)\b", text[m.start():]):
                continue
            intro = _INTRODUCED_PERSON.match(text, m.start())
            if intro and intro.group("who") and _introduces_person(intro.group("who"), roster):
                if intro.group("pres"):
                    who = resolve_phrase(intro.group("who"), roster)
                    if who is not None:
                        yield who, m.start()
                continue
        subject, closed = _subject_before(text, m.start())
        if not subject:
            # A bullet that starts with the verb takes its subject from the line it hangs from.
            if lead is not None and m.start() <= 12:
                yield lead, m.start()
            continue
        joint = _joint_subjects(subject, roster, closed)
        if joint:
            for who in joint:
                yield who, m.start()
            continue
        who, subject = _resolve_subject(subject, roster, closed)
        # "X reported that ..." brings an item when an officer or the chair says it; a member
        # reporting that something happened is taking part in the discussion.
        if who is not None and re.match(r"reported\s+(?:that|back|to)", verb, re.IGNORECASE) \
                and not looks_like_post(names.split_honorific(tidy(subject))[1]):
            continue
        if who is not None:
            yield who, m.start()


def _introduces_person(obj: str, roster: Roster) -> bool:
    obj = tidy(obj)
    lead = re.match(r"(?:[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|&)\s+|\s+|$))+", obj)
    if lead and any(w.lower() in THING_WORDS for w in lead.group(0).split()):
        return False  # "introduced the Statutory Scrutiny Officer Report"
    if re.match(r"(?:report|item|paper|update|presentation|draft|proposal|discussion|"
                r"document|briefing|session|review|plan|strategy|topic|new|latest|annual)\b",
                obj, re.IGNORECASE):
        return False
    first = re.split(r"\s+(?:who|to|and|as|from)\b", obj)[0]
    return looks_like_post(first) or names.looks_like_name(first) and (
        names.split_honorific(first)[0] is not None
        or roster.by_name(first) is not None
        or len(first.split()) >= 2
    )


def _lead_who(text: str, roster: Roster) -> Who | None:
    """"Ann Lee representing the Tenants' Forum" / "Mr Lee (resident)": a speaker's lead line."""
    text = _BULLET.sub("", text).strip()
    if len(text) > 120 or re.search(r"[.;:]\s*$", text) and not text.endswith(":"):
        return None
    m = _REPRESENTING.match(text)
    cand = m.group("who") if m else re.sub(r"\s*\([^()]*\)\s*:?$|:$", "", text)
    if not names.looks_like_name(cand):
        return None
    who = resolve_phrase(cand, roster, set_off=True)
    return who if who is not None and who.name else None


def _label_hits(para: Paragraph, roster: Roster) -> Iterator[tuple[Who, int]]:
    for m in _BY_LABEL.finditer(para.text):
        who_text = m.group("who")
        if ":" in para.text[m.start():m.start("who")]:  # a label: "Presented by: ..."
            who_text = _same_line(para, m.start("who"), who_text)
        for who in who_from_list(who_text, roster):
            yield who, m.start()


def _same_line(para: Paragraph, at: int, text: str) -> str:
    """A label line ("Presented by: Ann Lee, Head of Housing") names its people on that line;
    the next line of the paragraph is the minute, unless the list ends in a joining word."""
    ends = [start for start, _ in para.starts if start > at]
    if not ends:
        return text
    cut = ends[0] - at
    head = text[:cut].rstrip()
    if re.search(r"(?:\band|&|,)$", head):
        return text
    return head


def find_presenters(ctx: ParseContext, block: ItemBlock, roster: Roster) -> list[PersonRef]:
    """Everyone the item's text says presented it, in order, each once."""
    found: list[PersonRef] = []
    seen: set[str] = set()

    def add(who: Who, line_no: int, needle: str) -> None:
        who = fuller(ctx.doc.text, who)
        key = (who.name or who.role or "").lower()
        if not key or key in seen:
            return
        seen.add(key)
        found.append(PersonRef(name=who.name, role=who.role, honorific=who.honorific,
                               evidence=ctx.evidence(line_no, needle)))

    title_para = Paragraph(block.title[:MAX_PARAGRAPH], ((0, block.heading.no),))
    for who, at in _label_hits(title_para, roster):
        add(who, block.heading.no, block.heading.text[max(0, at):at + 40] or block.title)
    in_title = _TITLE_BRACKET.search(block.title[:MAX_PARAGRAPH])
    if in_title and _bracket_presenter(in_title.group("post")):
        add(who_for_post(in_title.group("post"), roster), block.heading.no, in_title.group(0))
    lead: Who | None = None
    for i, para in enumerate(paragraphs(block.body)):
        if i == 0:
            bracket = _BRACKET_POST.match(para.text)
            if bracket and _bracket_presenter(bracket.group("post")):
                add(who_for_post(bracket.group("post"), roster), para.starts[0][1], para.text)
                continue
        hits = [*_verb_hits(para, roster, lead), *_label_hits(para, roster)]
        for who, at in sorted(hits, key=lambda h: h[1]):
            add(who, para.line_at(at), para.text[at:at + 40])
        if not _BULLET.match(para.text):
            lead = _lead_who(para.text, roster)
    return found


def _bracket_presenter(post: str) -> bool:
    """A bracketed post under or after an item's heading names the officer bringing it
    ("(Democratic Services Manager)"); not an author ("Report of ..."), not a portfolio."""
    return looks_like_post(post) and not _names_someone(post) and not re.match(
        r"(?:report|paper|minute|item|appendix|see|page|pages|pp?\.)\b", post, re.IGNORECASE)


def _names_someone(text: str) -> bool:
    """A portfolio label ("Cabinet Member with Special Responsibility Councillor Lee") names
    who is responsible, not who presented."""
    return bool(re.search(r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b", text)) or bool(
        re.search(r"\bCabinet Member|Portfolio Holder\b", text)
    )

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
from dataclasses import dataclass, replace

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.minutes import Attendee, PersonRef
from graphgov.resolve import names
from graphgov.resolve.posts import ABBREVIATIONS, POST_WORDS, looks_like_post
from graphgov.resolve.roster import Roster

__all__ = [
    "Paragraph", "Who", "find_presenters", "fuller", "paragraphs", "resolve_phrase",
    "who_from_list",
]

_MAX_LINE = 2000  # regexes below never see more than this much of one paragraph
_MAX_SUBJECT_WORDS = 16

# Words that may sit in lower case inside a person phrase.
_CONNECTORS = frozenset(
    "of for and the to in on with at & - – — from".split()
)
# Nouns that make a subject a thing, not a person ("The report of the Director outlined ...").
_THING_WORDS = frozenset(
    """report reports paper item items minutes presentation update document documents committee
    board meeting council members officers councillors it this that which who he she they there
    we i you appendix plan programme panel group forum strategy policy review charter budget
    scheme proposal proposals""".split()
)
# Verbs and relatives: a phrase holding one is a clause ("Mr Lee, who had registered to speak").
_CLAUSE = re.compile(r"\b(?:who|which|whom|whose|had|has|have|was|were|is|are|been|being)\b",
                     re.IGNORECASE)
_RANK_NAME = re.compile(
    r"^(?P<rank>(?:Chief\s+|Detective\s+)?(?:Inspector|Sergeant|Superintendent|Constable|"
    r"PCSO|PC|Sgt|Insp|Supt|DCI|DI|DS|DC))\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)(?:\s+(?:of|from)\s+[A-Z].{0,80})?$"
)
_TRAILING_BRACKET = re.compile(r"^([^()]{2,120}?)\s*\(([^()]{2,120})\)$")
# Heads of bodies: a phrase ending in one names a body, not a person.
_BODY_HEADS = frozenset(
    """committee sub-committee subcommittee board council panel group cabinet forum commission
    authority partnership trust association team service network""".split()
)
# Pronouns and relatives: a subject holding one is a clause, not a person phrase.
_CLAUSE_WORDS = frozenset("it this that which who whom he she they there we i you".split())
# Plural posts name nobody in particular ("Officers presented ...").
_PLURAL_HEADS = frozenset(
    """officers members councillors directors managers representatives colleagues staff
    partners trustees governors""".split()
)

_BULLET = re.compile(
    r"^\s*(?:[-–—•·▪§o*]+|\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+\.?)\s+", re.IGNORECASE
)
_LEAD_LABEL = re.compile(
    r"^\s*(?:minutes|decision|notes?|discussion|summary)\s*:\s*", re.IGNORECASE
)
_ADVERBIAL = re.compile(
    r"^(?:then|also|further|next|finally|subsequently|firstly|secondly|in addition|"
    r"at the invitation of [^,]{1,60}|at the request of [^,]{1,60}|"
    r"with the agreement of [^,]{1,60}|"
    r"in (?:his|her|their) absence|during (?:the )?discussion|following (?:this|that|which)|"
    r"in response|as requested|for this item|on behalf of [^,]{1,60})\s*,?\s+",
    re.IGNORECASE,
)
_TRAIL_ADVERB = re.compile(
    r"\s+(?:then|also|briefly|verbally|formally|further|subsequently|duly|jointly|first)$",
    re.IGNORECASE,
)

# The presenting verbs, after the subject. Each alternative is anchored at its verb.
_AREA = r"(?:[\w'’-]+\s+){0,3}?"
_VERB = re.compile(
    r"\b(?:"
    r"presented\b(?!\s+(?:by|to\s+the\s+(?:council|cabinet|committee)\b))"
    r"|introduced\b"
    r"|outlined\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?" + _AREA
    + r"(?:report|item|paper|proposals?|purpose|background|key|main|details|findings|"
    r"recommendations?|progress|update|presentation|position|review|plan|strategy|options)"
    r"|reported\s+(?:on|to|that|back|verbally)\b"
    r"|gave\s+(?:a|an|the|his|her|their)\s+" + _AREA
    + r"(?:update|presentation|overview|report|briefing|summary|introduction)"
    r"|provided\s+(?:a|an|the)\s+" + _AREA
    + r"(?:update|presentation|overview|briefing|verbal\s+report|summary)"
    r"|delivered\s+(?:a|an|the)\s+" + _AREA + r"(?:presentation|update|report|briefing)"
    r"|updated\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:members|councillors|board|committee|"
    r"panel|meeting|cabinet|council|forum|group|sub-committee)\b"
    r"|took\s+(?:the\s+)?(?:members|councillors|board|committee|panel|cabinet|meeting|group|"
    r"forum|those present|everyone|attendees)\s+(?:[\w-]+\s+){0,3}?through"
    r"|talked\s+(?:members|councillors|the\s+\w+)\s+through"
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
    r"^(?:reported\s+(?:on|that|back)?\s*(?:he|she|they|i|we|his|her|their|my|our|him)\b)",
    re.IGNORECASE,
)

# Labels and passives that put the presenter after the words.
_BY_LABEL = re.compile(
    r"(?:\b(?:report|presentation|update|item|paper|briefing|overview)\s+(?:was\s+)?"
    r"(?:presented|introduced|given|delivered|made|provided|led)\s+by"
    r"|\((?:verbal\s+)?(?:update|presentation|presented|introduced|report\s+presented)\s+by"
    r"|^\s*(?:presented|introduced|presenter|presenting\s+officer|update|presentation)\s*(?:by)?\s*:"
    r"|\b(?:received|receive|heard|considered|noted)\s+(?:a|an|the)\s+(?:verbal\s+|brief\s+|short\s+)?"
    r"(?:presentation|update|briefing|overview)\s+(?:from|by|given\s+by)"
    r"|\bheard\s+from"
    r"|\b(?:presented|introduced)\s+by"
    r"|\b(?:taken|talked|led)\s+through\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?by"
    # "In introducing the report, the Head of Planning said ..."
    r"|\bin\s+(?:introducing|presenting)\s+(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:report|item|paper|update|application|proposals?)\s*,"
    # "The Chair invited the Head of Planning to present the report"
    r"|\binvited(?=\s+[^.;:]{2,120}?\s+to\s+(?:present|introduce|outline)\b))"
    r"\s+(?P<who>[^.;:()]{2,300})",
    re.IGNORECASE,
)
# Where the presenter list after a label ends.
_BY_END = re.compile(
    r"\s+(?:that|who|which|on|about|regarding|concerning|in\s+relation|in\s+respect|setting|"
    r"said|explained|stated|advised|noted|reported|confirmed|highlighted|told|informed|"
    r"seeking|outlining|explaining|providing|detailing|updating|informing|highlighting|"
    r"giving|covering|in\s+which|to\s+(?!the\b)|to\s+the\s+(?:board|committee|meeting|panel|members))\b.*$",
    re.IGNORECASE,
)
# A bracketed post alone on the line under a heading: "(Democratic Services Manager)".
_BRACKET_POST = re.compile(r"^\(\s*(?P<post>[A-Z][^()]{2,80})\s*\)$")

_REPRESENTING = re.compile(
    r"^(?P<who>[^,.;:]{3,80}?)\s*(?:,\s*)?(?:representing|on behalf of|from|of)\s+\S", re.IGNORECASE
)


@dataclass(frozen=True)
class Paragraph:
    """Wrapped lines joined back into one text; ``starts`` maps offsets to document lines."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, line number)

    def line_at(self, offset: int) -> int:
        no = self.starts[0][1]
        for start, line_no in self.starts:
            if start > offset:
                break
            no = line_no
        return no


@dataclass(frozen=True)
class Who:
    """A person phrase resolved: the attendee's name if known, else as written, and the post."""

    name: str | None
    role: str | None
    honorific: str | None = None


_WRAP_WIDTH = 60


def paragraphs(lines: list[Line], long_lines: bool = True) -> list[Paragraph]:
    """Join lines that a layout wrapped mid-sentence: the next one starts in lower case, the
    line ends in a joining word or leaves a bracket open, or (``long_lines``) the line is
    long and has no full stop."""
    out: list[Paragraph] = []
    text = last = ""
    starts: list[tuple[int, int]] = []
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        # a long line without a full stop was wrapped by the layout, and so was one ending
        # in a joining word or followed by a lower-case start
        wrapped = bool(text) and not re.search(r"[.:;!?]\s*$", text) and (
            t[:1].islower() or re.search(r"\b(?:and|of|the|for|to|by|from|with|a|an|&)$", text)
            or long_lines and len(last) >= _WRAP_WIDTH and t[:1].isalpha()
            or text.count("(") > text.count(")")  # a bracket left open goes on
        )
        if wrapped and len(text) < _MAX_LINE:
            starts.append((len(text) + 1, ln.no))
            text, last = f"{text} {t}", t
            continue
        if text:
            out.append(Paragraph(text[:_MAX_LINE], tuple(starts)))
        text, last, starts = t, t, [(0, ln.no)]
    if text:
        out.append(Paragraph(text[:_MAX_LINE], tuple(starts)))
    return out


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding position ``end`` begins (after a sentence or clause break)."""
    start = 0
    for m in re.finditer(r"(?:[.!?;]\s+|:\s*|\s[-–—]\s+|^\s*[-–—•·▪]\s*)", text[:end]):
        # "Mr. Smith", "Z. Cooke": a full stop after an initial or a title does not end a clause
        before = text[max(0, m.start() - 4):m.start() + 1]
        if m.group(0).startswith(".") and re.search(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St)\.$", before):
            continue
        start = m.end()
    return start


def _honorific_name(text: str) -> bool:
    return names.split_honorific(text)[0] is not None


def _is_name(part: str, roster: Roster, closed: bool) -> bool:
    """Whether ``part`` of a subject names a person rather than a post or an area."""
    part = part.strip()
    if not part or looks_like_post(part) and not _honorific_name(part) or is_area(part):
        return False
    if not names.looks_like_name(part):
        return False
    words = part.split()
    if any(w.lower().strip(".,") in _BODY_HEADS for w in words) or any(
            w.isupper() and len(w) > 3 for w in words) and not part.isupper():
        return False
    if _honorific_name(part) or _attendee_by_name(roster, part) is not None:
        return True
    words = names.clean_name(part)[1].split()
    # An unknown two-word capitalised phrase is a name only when the text sets it off as one:
    # first in the subject or enclosed in commas ("The Officer, Ann Lee, presented").
    return len(words) >= 2 and closed


def _attendee_by_name(roster: Roster, name: str) -> Attendee | None:
    """The attendee a name refers to (the roster's matching: initials, honorifics, hyphens)."""
    return roster.by_name(name)


def _valid_post(phrase: str) -> bool:
    """A post phrase: holds a post word, is not plural, and no thing-noun comes before the post."""
    words = re.findall(r"[\w'’&-]+", phrase)
    # a post written as its acronym ("the DCS") is read in full
    words = [x for w in words for x in (
        ABBREVIATIONS[w.lower()].title().split() if w.isupper() and w.lower() in ABBREVIATIONS
        else [w])]
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return False
    low = [w.lower() for w in words]
    first_post = next((i for i, w in enumerate(low) if w in POST_WORDS), None)
    if first_post is None or any(w in _CLAUSE_WORDS for w in low):
        return False
    if any(w[0].islower() and w.lower() in _THING_WORDS for w in words[:first_post]):
        return False
    head_end = first_post
    while head_end + 1 < len(low) and low[head_end + 1] in POST_WORDS | _PLURAL_HEADS:
        head_end += 1
    if low[head_end] in _PLURAL_HEADS:
        return False
    # Lower-case words must be joiners ("the", "of") or words of posts; a lower-case post
    # ("the democratic services manager") must at least end with its post word.
    ends_with_post = low[-1] in POST_WORDS
    for w in words:
        lw = w.lower()
        if not w[0].islower() or lw in _CONNECTORS or lw in POST_WORDS or lw in _POST_MODIFIERS:
            continue
        if not ends_with_post or len(words) > 5 or lw not in AREA_WORDS:
            return False
    return True


#: Words naming a service area, which follow a post ("Director, Information Technology").
AREA_WORDS = frozenset(
    """technology information resources place communities community governance finance financial
    education children's childrens children adults adult health housing strategy policy
    performance partnerships partnership regeneration environment environmental planning legal
    transformation customer customers digital operations operational economy economic growth
    culture leisure transport highways neighbourhoods neighbourhood people corporate services
    service commercial property assets waste audit risk safeguarding public social care
    wellbeing development infrastructure projects programmes change improvement quality
    commissioning schools skills employment communications marketing democratic democracy
    elections electoral revenues benefits procurement facilities estates human workforce
    organisational equality equalities diversity inclusion engagement support business
    investment sustainability climate regulatory regulation enforcement licensing parks
    libraries sport arts heritage tourism families adult's delivery programme monitoring
    scrutiny members member's data intelligence insight research""".split()
)


def is_area(text: str) -> bool:
    """Whether a phrase only names a service area ("Strategy, Policy & Performance")."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", text.replace("’", "'"))]
    return bool(words) and all(w in AREA_WORDS or w in _CONNECTORS or w in {"it", "ict", "hr"}
                               for w in words)


_POST_MODIFIERS = frozenset(
    """acting interim senior principal deputy assistant chief corporate executive strategic
    divisional service group area head democratic statutory new former joint""".split()
)


def _who_for_post(post: str, roster: Roster) -> Who:
    """The holder of a post, with the post as this text writes it (the evidence shows it)."""
    post = _cap(_tidy(post))
    holder = roster.by_post(post)
    if holder is not None:
        return Who(holder.name, post, holder.honorific)
    return Who(None, post)


def _who_for_name(name: str, role: str | None, roster: Roster) -> Who:
    honorific, clean = names.clean_name(name)
    found = _attendee_by_name(roster, name)
    if found is not None:
        return Who(found.name, role or found.role, found.honorific or honorific)
    return Who(clean or name.strip(), role, honorific)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-–—\t")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return text


def resolve_phrase(phrase: str, roster: Roster, set_off: bool = False) -> Who | None:
    """A person phrase as minutes write it -> who it is, or None if it names nobody.

    Handles "Councillor Wood", "Wendi Smith, the Director of Communities", "The Chair,
    Councillor Lee", "The Statutory Scrutiny Officer, Kevin Gibbs", "Corporate Director,
    Resources", "the DCS", "The Mayor", "Chair" (the meeting's chair). ``set_off`` says the
    text closed the phrase with a comma or it stands alone (a list entry), so a trailing
    capitalised pair after a post is a name ("The Officer, Ann Lee,") rather than the post's
    area ("Director, Information Technology").
    """
    phrase = _TRAIL_ADVERB.sub("", _tidy(phrase))
    for _ in range(3):
        stripped = _ADVERBIAL.sub("", phrase)
        if stripped == phrase:
            break
        phrase = _tidy(stripped)
    if not phrase or len(phrase.split()) > _MAX_SUBJECT_WORDS or _CLAUSE.search(phrase):
        return None
    rank = _RANK_NAME.match(phrase)
    if rank:  # "Inspector Dave Cole of Anyshire Police": a police rank before a name
        return _who_for_name(rank.group("name"), rank.group("rank"), roster)
    bracket = _TRAILING_BRACKET.match(phrase)
    if bracket:  # "Sarah Vine (Head of Finance)", "The Cabinet Member for Housing (Cllr Vine)"
        outer, inner = bracket.group(1), bracket.group(2)
        keep = not re.fullmatch(r"[A-Z]{2,8}", inner.strip()) and (
            looks_like_post(inner) or looks_like_post(outer))
        phrase = f"{outer}, {inner}" if keep else outer  # "... Committee (OSC)": an acronym
    parts = [p.strip() for p in re.split(r"\s*,\s*", phrase) if p.strip()]
    name_idx = None
    for i, part in enumerate(parts):
        # first part, or a part enclosed by commas / ending the phrase after a post
        closed = i == 0 or (i == len(parts) - 1 and i > 0)
        if _is_name(part, roster, closed=closed and (i == 0 or set_off)):
            name_idx = i
            break
    if name_idx is not None:
        role_parts = [p for j, p in enumerate(parts) if j != name_idx]
        role = _tidy(", ".join(role_parts)) if role_parts else None
        if role and not looks_like_post(role):
            role = None  # an organisation or a place, not a post
        return _who_for_name(parts[name_idx], role, roster)
    if not _valid_post(phrase):
        return None
    return _who_for_post(phrase, roster)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _list_entries(text: str) -> list[str]:
    """Split a list of people at commas, keeping a post's area with it ("Director, Resources")
    and splitting at "and" only where both sides name someone."""
    entries: list[str] = []
    for part in re.split(r"\s*[,;/]\s*", text[:400]):
        part = part.strip()
        if not part:
            continue
        if entries and looks_like_post(entries[-1]) and is_area(part):
            entries[-1] += ", " + part
        else:
            entries.append(part)
    out: list[str] = []
    for entry in entries:
        pieces = [p for p in re.split(r"\s+(?:and|&)\s+", entry) if p.strip()]
        if len(pieces) > 1 and all(
            looks_like_post(p) or names.looks_like_name(p) and not is_area(p) for p in pieces
        ):
            out.extend(pieces)
        else:
            out.append(entry)
    return out


def who_from_list(text: str, roster: Roster) -> list[Who]:
    """People in a list after a label: "Ann Lee, Anyshire Council, Bob Hill and the Clerk"."""
    text = _BY_END.sub("", text.strip())
    text = re.sub(r"\s*\((?:[^()]{0,80})\)", "", text)
    found: list[Who] = []
    for part in _list_entries(text):
        part = _tidy(part)
        if not part:
            continue
        who = resolve_phrase(part, roster, set_off=True)
        if who is None:
            continue
        # An unknown one-word "name" after a list is most likely an organisation or a cut-off.
        if who.name and who.role is None and len(who.name.split()) < 2 and not _known(who, roster):
            continue
        found.append(who)
    return found


def _known(who: Who, roster: Roster) -> bool:
    return any(a.name == who.name for a in roster.attendees)


def _subject_before(text: str, start: int) -> tuple[str, bool]:
    """The words before a verb at ``start`` that may be its subject; whether a comma closes them."""
    begin = _clause_start(text, start)
    subject = text[begin:start]
    # "The Strategic Director – Place presented": a dash inside a post is not a clause break
    dash = re.search(r"\s[-–—]\s+$", text[:begin])
    if dash and is_area(subject.strip(" ,")):
        begin = _clause_start(text, dash.start())
        subject = text[begin:start]
    closed = subject.rstrip().endswith(",")
    subject = _BULLET.sub("", _LEAD_LABEL.sub("", subject))
    return subject.strip(), closed


_AND_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whilst|then|after which)\s+(?=\S)")


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
    for m in _AND_CLAUSE.finditer(subject):
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
                and not looks_like_post(_tidy(subject)):
            continue
        if who is not None:
            yield who, m.start()


def _introduces_person(obj: str, roster: Roster) -> bool:
    obj = _tidy(obj)
    lead = re.match(r"(?:[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|&)\s+|\s+|$))+", obj)
    if lead and any(w.lower() in _THING_WORDS for w in lead.group(0).split()):
        return False  # "introduced the Statutory Scrutiny Officer Report"
    if re.match(r"(?:report|item|paper|update|presentation|draft|proposal|discussion|"
                r"document|briefing|session|review|plan|strategy|topic|new|latest|annual)\b",
                obj, re.IGNORECASE):
        return False
    first = re.split(r"\s+(?:who|to|and|as|from)\b", obj)[0]
    return looks_like_post(first) or names.looks_like_name(first) and (
        _honorific_name(first)
        or _attendee_by_name(roster, first) is not None
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
        for who in who_from_list(m.group("who"), roster):
            yield who, m.start()


_INITIAL_SURNAME = re.compile(r"^([A-Z])\.?\s+(?:[A-Z]\.?\s+)?([A-Z][A-Za-z'’-]+)$")


def fuller(ctx: ParseContext, who: Who) -> Who:
    """"M. Mannion" -> "Matthew Mannion" when the document writes that name in full once
    (a contact line, a signature); names keep their fullest form in the document."""
    m = _INITIAL_SURNAME.match(who.name or "")
    if not m:
        return who
    initial, surname = m.group(1), m.group(2)
    pattern = re.compile(rf"\b({initial}[a-z]+(?:[ -][A-Z][a-z]+)?)\s+{re.escape(surname)}\b")
    fulls = {f"{g.group(1)} {surname}" for g in pattern.finditer(ctx.doc.text[:_MAX_DOC])}
    fulls = {f for f in fulls if names.looks_like_name(f) and not looks_like_post(f)}
    return replace(who, name=fulls.pop()) if len(fulls) == 1 else who


_MAX_DOC = 2_000_000  # the full-name search reads at most this much of a document


def find_presenters(ctx: ParseContext, block: ItemBlock, roster: Roster) -> list[PersonRef]:
    """Everyone the item's text says presented it, in order, each once."""
    found: list[PersonRef] = []
    seen: set[str] = set()

    def add(who: Who, line_no: int, needle: str) -> None:
        who = fuller(ctx, who)
        key = (who.name or who.role or "").lower()
        if not key or key in seen:
            return
        seen.add(key)
        found.append(PersonRef(name=who.name, role=who.role, honorific=who.honorific,
                               evidence=ctx.evidence(line_no, needle)))

    title_para = Paragraph(block.title[:_MAX_LINE], ((0, block.heading.no),))
    for who, at in _label_hits(title_para, roster):
        add(who, block.heading.no, block.heading.text[max(0, at):at + 40] or block.title)
    lead: Who | None = None
    for i, para in enumerate(paragraphs(block.body)):
        if i == 0:
            bracket = _BRACKET_POST.match(para.text)
            if bracket and looks_like_post(bracket.group("post")) and not _names_someone(
                    bracket.group("post")):
                add(_who_for_post(bracket.group("post"), roster), para.starts[0][1], para.text)
                continue
        hits = [*_verb_hits(para, roster, lead), *_label_hits(para, roster)]
        for who, at in sorted(hits, key=lambda h: h[1]):
            add(who, para.line_at(at), para.text[at:at + 40])
        if not _BULLET.match(para.text):
            lead = _lead_who(para.text, roster)
    return found


def _names_someone(text: str) -> bool:
    """A portfolio label ("Cabinet Member with Special Responsibility Councillor Lee") names
    who is responsible, not who presented."""
    return bool(re.search(r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b", text)) or bool(
        re.search(r"\bCabinet Member|Portfolio Holder\b", text)
    )

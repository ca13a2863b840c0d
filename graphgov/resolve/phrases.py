"""Person phrases as minutes write them, resolved to who they name.

"Councillor Wood", "Wendi Smith, the Director of Communities", "The Chair, Councillor Lee",
"The Statutory Scrutiny Officer, Kevin Gibbs", "Corporate Director, Resources", "the DCS",
"Sarah Vine (Head of Legal)", "Inspector Dave Cole of Anyshire Police": a name resolves to the
attendee it names (:meth:`Roster.by_name`), a post to the attendee holding it
(:meth:`Roster.by_post`), and otherwise stays as written (a post with no name). Presenters and
action owners are both read with these helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from graphgov.model.minutes import Attendee
from graphgov.resolve import names
from graphgov.resolve.posts import ABBREVIATIONS, POST_WORDS, is_acronym, looks_like_post
from graphgov.resolve.roster import Roster

__all__ = [
    "AREA_WORDS", "THING_WORDS", "Who", "by_initials", "fuller", "is_area", "resolve_phrase",
    "tidy", "who_for_post", "who_from_list",
]

_MAX_SUBJECT_WORDS = 16

# Words that may sit in lower case inside a person phrase.
_CONNECTORS = frozenset(
    "of for and the to in on with at & - – — from".split()
)

# Nouns that make a subject a thing, not a person ("The report of the Director outlined ...").
THING_WORDS = frozenset(
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
    authority partnership trust association team service network llp ltd limited plc
    auditors consulting consultants consultancy solicitors associates practice surgery club
    hospital""".split()
)

# Pronouns and relatives: a subject holding one is a clause, not a person phrase.
_CLAUSE_WORDS = frozenset("it this that which who whom he she they there we i you".split())

# Plural posts name nobody in particular ("Officers presented ...").
_PLURAL_HEADS = frozenset(
    """officers members councillors directors managers representatives colleagues staff
    partners trustees governors""".split()
)

_ADVERBIAL = re.compile(
    r"^(?:then|also|further|next|finally|subsequently|firstly|secondly|in addition|"
    r"at the invitation of [^,]{1,60}|at the request of [^,]{1,60}|"
    r"with the agreement of [^,]{1,60}|"
    r"in (?:his|her|their) absence|during (?:the )?discussion|following (?:this|that|which)|"
    r"in response|as requested|for this item|on behalf of [^,]{1,60}|"
    # "At 7.15 pm the Head of Planning ...", "Following a short break the Clerk ..."
    r"(?:at|after|before|following|during|on|in|with)\s+[^,]{1,40}?(?=\s+the\s+[A-Z]))"
    r"\s*,?\s+",
    re.IGNORECASE,
)

_TRAIL_ADVERB = re.compile(
    r"\s+(?:then|also|briefly|verbally|formally|further|subsequently|duly|jointly|first)$",
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


@dataclass(frozen=True)
class Who:
    """A person phrase resolved: the attendee's name if known, else as written, and the post."""

    name: str | None
    role: str | None
    honorific: str | None = None


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
    # "Vice-Chair", "Co-opted Member": the parts of a hyphenated post are its words
    words = [p for w in re.findall(r"[\w'’&-]+", phrase) for p in w.split("-") if p]
    # a post written as its acronym ("the DCS") is read in full
    words = [x for w in words for x in (
        ABBREVIATIONS[w.lower()].title().split() if is_acronym(w) and w.lower() in ABBREVIATIONS
        else [w])]
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return False
    low = [w.lower() for w in words]
    first_post = next((i for i, w in enumerate(low) if w in POST_WORDS), None)
    if first_post is None or any(w in _CLAUSE_WORDS for w in low):
        return False
    if any(w[0].islower() and w.lower() in THING_WORDS for w in words[:first_post]):
        return False
    # "the" joins a post to its area after "of"/"for" ("Chair of the Audit Committee");
    # elsewhere it starts another phrase ("Chair the Head of Planning")
    if any(w == "the" and k and low[k - 1] not in {"of", "for", "to", "and", "&"}
           for k, w in enumerate(low)):
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


def who_for_post(post: str, roster: Roster) -> Who:
    """The holder of a post, with the post as this text writes it (the evidence shows it)."""
    post = _cap(tidy(post))
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


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-–—\t")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return text


def by_initials(token: str, roster: Roster) -> Who | None:
    """"JB": the attendee those initials name (defined in the attendance list, or the one
    attendee whose name has them; :meth:`Roster.by_initials`), else the name the text
    defines them for."""
    person = roster.by_initials(token)
    if person is not None:
        return Who(person.name, person.role, person.honorific)
    defined = roster.defined_initials(token)
    return _post_then_name(defined, roster) or Who(defined, None) if defined else None


def resolve_phrase(phrase: str, roster: Roster, set_off: bool = False) -> Who | None:
    """A person phrase as minutes write it -> who it is, or None if it names nobody.

    Handles "Councillor Wood", "Wendi Smith, the Director of Communities", "The Chair,
    Councillor Lee", "The Statutory Scrutiny Officer, Kevin Gibbs", "Corporate Director,
    Resources", "the DCS", "The Mayor", "Chair" (the meeting's chair). ``set_off`` says the
    text closed the phrase with a comma or it stands alone (a list entry), so a trailing
    capitalised pair after a post is a name ("The Officer, Ann Lee,") rather than the post's
    area ("Director, Information Technology").
    """
    phrase = _TRAIL_ADVERB.sub("", tidy(phrase))
    for _ in range(3):
        stripped = _ADVERBIAL.sub("", phrase)
        if stripped == phrase:
            break
        phrase = tidy(stripped)
    if not phrase or len(phrase.split()) > _MAX_SUBJECT_WORDS or _CLAUSE.search(phrase):
        return None
    short = _short_form(phrase, roster)
    if short is not None:
        return short
    initials = by_initials(phrase, roster)
    if initials is not None:  # "SK presented the update" in notes written with initials
        return initials
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
        role = tidy(", ".join(role_parts)) if role_parts else None
        if role and not looks_like_post(role):
            role = None  # an organisation or a place, not a post
        return _who_for_name(parts[name_idx], role, roster)
    titled = _post_then_name(phrase, roster)
    if titled is not None:
        return titled
    if not _valid_post(phrase):
        return None
    return who_for_post(phrase, roster)


def _post_then_name(phrase: str, roster: Roster) -> Who | None:
    """"Temporary Assistant Chief Constable Liddell", "Head Librarian Amy Roe": a post or rank
    written as a title before a name (an attendee's surname, or a full name)."""
    words = phrase.split()
    if len(words) < 2 or "," in phrase:
        return None
    for k in (1, 2, 3):
        if k >= len(words):
            break
        post, name = " ".join(words[:-k]), " ".join(words[-k:])
        if words[-k - 1].lower() not in POST_WORDS or looks_like_post(name) or is_area(name) \
                or not all(w[:1].isupper() for w in words[-k:]) \
                or any(w.lower() in POST_WORDS | _BODY_HEADS | AREA_WORDS for w in words[-k:]):
            continue
        person = _attendee_by_name(roster, name)
        if person is not None:
            return Who(person.name, post, person.honorific)
        if k >= 2 and names.looks_like_name(name) and _valid_post(post):
            return Who(name, post)
    return None


def _short_form(phrase: str, roster: Roster) -> Who | None:
    """Initials ("SK", defined in the attendance list or unique among attendees) or a post's
    acronym that an attendee's post spells ("PCC", "CFO")."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", phrase):
        return None
    person = roster.by_initials(phrase)
    if person is None and phrase.lower() not in ABBREVIATIONS:
        person = roster.by_post(phrase)
    if person is None:
        defined = roster.defined_initials(phrase)
        return _post_then_name(defined, roster) or Who(defined, None) if defined else None
    return Who(person.name, person.role, person.honorific)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _list_entries(text: str, roster: Roster | None = None) -> list[str]:
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
        # after a post ending in "of ..." an unknown capitalised pair goes on with its area
        # ("Head of Children in Care and Care Leavers")
        run_on = len(pieces) > 1 and re.search(r"\b(?:of|for)\b", pieces[0]) and not any(
            looks_like_post(p) or roster is not None and _attendee_by_name(roster, p)
            or _honorific_name(p) for p in pieces[1:])
        if len(pieces) > 1 and not run_on and all(
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
    for part in _list_entries(text, roster):
        part = tidy(part)
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

_INITIAL_SURNAME = re.compile(r"^([A-Z])\.?\s+(?:[A-Z]\.?\s+)?([A-Z][A-Za-z'’-]+)$")


_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor|Captain|Sir|Dame)\.?\s+)?"
_WRAP = r"|[ \t]*\n[ \t]*"  # a name after its post may wrap onto the next line
_NAMED = rf"(?P<name>[A-Z][\w'’-]*\.?(?:(?:[ \t]+{_WRAP})[A-Z][\w'’-]*\.?){{1,3}})"
_SEP_AFTER = r"[ \t]*(?:[,:(|\t–—-]|\.{2,}|[ ]{2,})[ \t.]*"
_SEP_BEFORE = r"[ \t]*(?:[,(|\t–—-])\s*"


@lru_cache(maxsize=512)
@lru_cache(maxsize=512)  # the same unresolved post recurs across a document's items
def named_holder(text: str, post: str) -> str | None:
    """The one name the document writes next to a post ("Treasurer (Mr. Ian Dube)", "The Head
    of Housing, Ann Lee, introduced", "Ann Lee - Head of Housing"), for a post no attendee
    holds; None if the text names nobody or several people with it."""
    words = post.split()
    if not words or len(words) > 12:
        return None
    spelled = r"\s+".join(re.escape(w) for w in words)  # a post may wrap over lines
    # the post whole: not the end of another ("Vice-Chair" is not "Chair")
    after = re.compile(rf"(?<![\w'’-])(?i:{spelled})(?![\w'’]){_SEP_AFTER}{_TITLE}{_NAMED}")
    before = re.compile(rf"(?<![\w'’.]){_TITLE}{_NAMED.replace(_WRAP, '')}{_SEP_BEFORE}"
                        rf"(?i:the[ \t]+)?(?i:{spelled})(?![\w'’])")
    found: set[str] = set()
    for pattern in (after, before):
        for m in pattern.finditer(text[:_MAX_DOC]):
            name = names.clean_name(m.group("name"))[1]
            # a name wrapped onto the next line may run into what follows: keep its first words
            for cand in (name, " ".join(name.split()[:2])):
                if _plain_name(cand):
                    found.add(cand)
                    break
    return found.pop() if len(found) == 1 else None


def _plain_name(name: str) -> bool:
    return len(name.split()) >= 2 and names.looks_like_name(name) and not looks_like_post(name) \
        and not is_area(name) and not any(w.lower() in _BODY_HEADS for w in name.split())


def fuller(text: str, who: Who) -> Who:
    """"M. Mannion" -> "Matthew Mannion" when the document writes that name in full once
    (a contact line, a signature); names keep their fullest form in the document. A post
    nobody listed holds takes the name the document writes next to it (:func:`named_holder`)."""
    if who.name is None and who.role:
        for post in [who.role, *who.role.split(" / ")]:  # bilingual "Clerc / Clerk"
            holder = named_holder(text, post.strip())
            if holder:
                return replace(who, name=holder)
        return who
    m = _INITIAL_SURNAME.match(who.name or "")
    if not m:
        return who
    initial, surname = m.group(1), m.group(2)
    pattern = re.compile(rf"\b({initial}[a-z]+(?:[ -][A-Z][a-z]+)?)\s+{re.escape(surname)}\b")
    fulls = {f"{g.group(1)} {surname}" for g in pattern.finditer(text[:_MAX_DOC])}
    fulls = {f for f in fulls if names.looks_like_name(f) and not looks_like_post(f)}
    return replace(who, name=fulls.pop()) if len(fulls) == 1 else who

_MAX_DOC = 2_000_000  # the full-name search reads at most this much of a document

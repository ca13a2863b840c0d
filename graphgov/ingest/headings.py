"""What an item heading looks like: the title part of a heading line, and whether it reads
as a heading (short, capitalised, not a sentence) rather than a clause, a list point, a date.

Used by :mod:`graphgov.ingest.items`. Every function looks at a bounded prefix of a line.
"""

from __future__ import annotations

import re

from graphgov.resolve.names import looks_like_name

_PROBE = 300
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_NOT_TITLE_START = re.compile(
    rf"^(?:(?:{_MONTHS})\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[ap]\.?m\b|%|that\b|"
    r"\(|[-–—•·,;)]|\d(?!\d{3}(?:/\d{2,4})?\s+[A-Z]|\d{1,3}/\d{3,6}/[A-Z]{2,6}\b))",
    re.I,
)
# Quantities: "15 minutes are allowed", "3 members of the public" (lowercase, so "Minutes" stays).
_UNIT_START = re.compile(
    r"^(?:hours?|minutes?|mins?|years?|days?|weeks?|months?|members?|people|votes?)\b|"
    r"^(?i:members? of (?:the )?(?:public|press))"
)
# A decision, not a heading: "Agreed, subject to ...", "Noted.", "Resolved that ..."
_DECISION_START = re.compile(
    r"^(?:unanimously\s+)?(?:agreed|resolved|noted|approved|decided|deferred|refused)"
    r"(?:[,.;:]|\s+(?:that|to|subject|unanimously|by|as)\b|$)",
    re.I,
)
_SENTENCE_START = re.compile(
    r"^(?:it|there|this|he|she|they|we|i|you|these|those)\s+(?:\w+\s+){0,2}?"
    r"(?:was|were|is|are|had|has|have|would|will|noted|advised|reported|said|confirmed)\b",
    re.I,
)
_NARRATIVE = re.compile(
    r"\b(?:was|were|had|has been|have been|would|will|should|could|is|are|did|"
    r"confirmed|advised|reported|welcomed|noted|agreed|explained|asked|said|stated|thanked)\b"
)
_STOP = {
    "a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "or",
    "re", "into", "under", "&", "-", "–", "—", "/", "as", "its", "their", "any", "be",
}  # fmt: skip
_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")
_CAPS_RUN = re.compile(r"^((?:[A-Z0-9][A-Z0-9'’&/(),.:-]*\s+){1,14}?)(?=[A-Z][a-z])")
# Where an agenda description or the minutes start after a title on the same line.
_TITLE_END = re.compile(
    r"\s(?:Minutes?:|Decision:|Additional documents:?|Supporting documents:?|\(Pages?\s|"
    r"To (?:receive|approve|consider|note|confirm|agree|elect|appoint|provide|report|update|"
    r"discuss|review|determine|seek)\b)"
)
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-z.]) (?=(?:The|It|There|He|She|They|This|Apologies|Members) \S|(?:No|An?) [a-z]|"
    r"(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr) [A-Z])"
)
_PROCEDURAL = re.compile(
    r"^(?:vary(?:ing)?|variation (?:in|of|to)|change (?:in|to|of)|alteration (?:in|to|of))"
    r"(?: the)? order of (?:business|the agenda|items)|"
    r"^re-?order(?:ing)? of (?:the )?(?:agenda|business|items)|"
    r"^exclusion of (?:the )?(?:press and (?:the )?public|public and (?:the )?press)\s*$",
    re.I,
)
# A full stop after a word: the end of a sentence ("... Roads Dept.", "... on 23rd March. Thanks")
_SENTENCE_END = re.compile(r"[a-z]{2}\.(?:\s|$)")
# A planning application reference opening a title: "25/00417/FUL", "NP/24/0117/FUL"
_APP_REF = re.compile(r"^(?:[A-Z]{1,4}/)?\d{2,4}/\d{3,6}/[A-Z]{2,6}\b|^[A-Z]{2,6}/\d{4}/\d{3,6}\b")
# A past-tense verb after a short subject: "Residents' representatives raised concerns about"
_SENTENCE_VERB = re.compile(
    r"^(?:\S+\s+){1,5}?[a-z]+ed\s+(?:the|a|an|that|to|about|on)\s|\b[a-z]{3,}s\s+[a-z]{3,}ed\s+[a-z]"
)
_SENTENCE_OPENERS = {
    "to", "the", "a", "an", "it", "this", "that", "there", "which", "as", "we", "they", "he",
    "she", "no", "nil", "none", "noted", "agreed", "resolved", "approved", "deferred",
}  # fmt: skip
_RESOLUTION_WORD = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED|PENDERFYNWYD)\b")
_DATED_TITLE = re.compile(rf"\b(?:{_MONTHS})\s+\d{{4}}\.$", re.I)
_LABEL_AFTER = re.compile(r"^((?:[A-Z][\w'’&-]*\s+){1,4}?)[A-Z][a-z]+:\s")
_AGENDA_TITLE = re.compile(
    r"^To (?:receive|approve|confirm|consider|note|agree|elect|appoint|adopt|discuss|review|"
    r"resolve|accept|sign|co-opt|report) [a-z']"
)
_PERSON = re.compile(
    r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Professor|Prof|Alderman|Rev(?:erend)?)"
    r"\.?\s+(?!(?:Reports?|Questions?|Updates?|Announcements|Matters|Items?|Motions?|Vacanc(?:y|ies))\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:\([^)]{0,40}\))?[.,;]?$"
)
_PERSON_ROLE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2})\s*[-–—,(/]\s*"
    r"(?:[A-Za-z&]+\s+){0,4}"
    r"(?:Officer|Director|Manager|Head|Clerk|Executive|Assistant|Adviser|Advisor|Lead|Solicitor|"
    r"Accountant|Planner|Engineer|Secretary|Treasurer|Member|Councillor|Chair(?:man|person)?)\b"
)
_HONORIFIC_ONLY = re.compile(
    r"^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Sir|Professor|Alderman)\.?$", re.I
)
_PARAGRAPH = re.compile(r"^\d{1,2}\.\s+[A-Z]")
# ("MINUTES OF THE LAST MEETING" and "MEMBERS' QUESTIONS" are items.)
_HEADER_CAPS = re.compile(
    r"^(?:MINUTES OF (?!(?:THE )?(?:PREVIOUS|LAST|PRIOR)\b)|MINUTES$|MEETING OF|HELD\b)|"
    r"^(?:PRESENT|ALSO PRESENT|IN ATTENDANCE|ALSO IN ATTENDANCE|APOLOGIES|"
    r"(?:OFFICERS|MEMBERS|COUNCILLORS)(?: PRESENT| IN ATTENDANCE)?)\s*:?$|"
    r"\b(?:COUNCIL|BOROUGH|DISTRICT|COUNTY|AUTHORITY|COMMITTEE|SUB-COMMITTEE|BOARD|PANEL|"
    r"CABINET|PARTNERSHIP)$"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_SENTENCE_AFTER = re.compile(r"^\s+[A-Z][a-z]+\s+[a-z]")
# A title-case line that belongs to the document's header, not to an item.
# ("Apologies for Absence" and "Chair's Announcements" are items; "Present" is a list label.)
_HEADER_WORDS = re.compile(
    r"^(?:Minutes of|Meeting of|Held\b|Venue\b|Date\b|Time\b)|"
    r"^(?:Present|Apologies|In Attendance|Also Present|Also in Attendance|"
    r"(?:Officers|Members|Councillors)(?: Present| in Attendance)?|"
    r"Chair(?:man|person)?|Clerk)\s*:?$|"
    r"\b(?:Council|Committee|Sub-Committee|Board|Panel|Cabinet|Forum|Authority|Group|Commission|"
    r"Partnership|Trust)$",
    re.I,
)
_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")
_DETERMINER = re.compile(r"^(?:any|all|a|an|the|this|these|each|every|members?|no|some)\b", re.I)
_CONNECTOR = {"of", "and", "the", "for", "&", "to", "in", "on", "at", "a", "-", "–", "/"}


def title_and_rest(text: str) -> tuple[str, str]:
    """Split a heading's text into the title and whatever follows it on the line.

    "APOLOGIES AND REMARKS Apologies were received ..." -> the capitals; "Maes Glas - to
    follow up ..." -> the part before the dash that starts a sentence; "Minutes Minutes: ..."
    -> the part before the agenda cue.
    """
    text = text[:_PROBE].strip()
    cut = _TITLE_END.search(text)
    if cut and cut.start() > 0:
        return _tidy(text[: cut.start()]), text[cut.start() :].strip()
    caps = _CAPS_RUN.match(text + " ")
    if caps and _is_caps(caps.group(1)):
        words = caps.group(1).split()
        # one word in capitals heads a sentence only when it is a word, not an initial
        if len(words) >= 2 or len(words[0]) >= 4 and _SENTENCE_AFTER.match(text[len(words[0]) :]):
            return _tidy(caps.group(1)), text[len(caps.group(1)) :].strip()
    parts = _DASH_SPLIT.split(text)
    if len(parts) > 1:
        for k in range(1, len(parts)):
            if _sentence_like(parts[k]):
                head = " - ".join(parts[:k])
                return _tidy(head), text[len(head) :].lstrip(" -–—")
    return _tidy(text), ""


def glued_title(title: str) -> tuple[str, str] | None:
    """A heading that text extraction glued to the sentence after it, split where that
    sentence starts: "Welcome and apologies The Chair welcomed ..." -> ("Welcome and
    apologies", "The Chair welcomed ..."). Only for titles that failed as a whole."""
    m = _GLUED_SENTENCE.search(title[:_PROBE])
    if m is None or m.start() == 0:
        return None
    return _tidy(title[: m.start()]), title[m.start() :].strip()


def labelled_title(title: str) -> tuple[str, str] | None:
    """A heading run into a labelled list: "Present Members: Cllr A, Cllr B" -> "Present"."""
    m = _LABEL_AFTER.match(title[:_PROBE])
    if m is None:
        return None
    return _tidy(m.group(1)), title[m.end(1) :].strip()


def agenda_title(title: str) -> bool:
    """An agenda-style title: "To approve the minutes of the meeting held on 5 March"."""
    return _AGENDA_TITLE.match(title) is not None


def capitalised(title: str) -> bool:
    """Title case or capitals: most significant words start with a capital."""
    return _caps_ratio(title.split()) >= 0.6


def procedural(text: str) -> bool:
    """An unnumbered procedural heading ("VARY ORDER OF BUSINESS"): not an item, and what
    follows it is not part of the item before."""
    return len(text) < 80 and _PROCEDURAL.match(text) is not None


def heading_like(title: str, *, wide: bool, strict: bool) -> bool:
    """Whether ``title`` reads as an item heading rather than a sentence, clause or value.

    ``wide``: the number stood apart from the title (own line, tab, several spaces, a dot),
    which lets a lowercase title ("public forum") through. ``strict``: for sub-items such as
    "6.1", which share their numbering with numbered paragraphs ("1.1 The Chair welcomed").
    """
    words = title.split()
    if not words or len(words) > 18 or len(title) > 160:
        return False
    if _NOT_TITLE_START.match(title) or _UNIT_START.match(title) or _SENTENCE_START.match(title):
        return False
    if _PERSON.match(title) or _HONORIFIC_ONLY.match(title) or _DECISION_START.match(title):
        return False
    person = _PERSON_ROLE.match(title)
    if person and looks_like_name(person.group("name")):
        # "1. Jane Smith – Head of Finance" in a numbered attendance list
        return False
    if _POSTCODE.search(title):  # an address line: "10 Quay Street, Larkhaven LK1 2AB"
        return False  # a numbered attendance list: "1. Councillor A Rowe (Chair)"
    if _AGENDA_TITLE.match(title):
        return not strict and len(words) <= 18 and not title.endswith(";")
    if words[0][:1].islower() and not wide:
        return False
    if not any(ch.isalpha() for ch in title):
        return False
    caps = _caps_ratio(words)
    narrative = _NARRATIVE.search(title) is not None
    if strict and (len(words) > 14 or narrative):
        return False
    if strict and len(words) >= 8 and words[0] in ("The", "A", "An"):
        return False  # "3.1 The Treasurer and Director of Finance presented the report and"
    if strict and title.endswith(".") and (caps < 0.6 or _SENTENCE_END.search(title[:-1])):
        return False  # "6.1 The report was noted." (a capitalised title may end in a stop)
    if _DATED_TITLE.search(title) and len(words) <= 5:
        return False  # "10 February / Chwefror 2026.": the date of the next meeting
    if len(words) > 10 and caps < 0.5 and not (wide and len(words) <= 14 and _plain(title)):
        return False  # a long sentence-case title set apart from its number may be a heading
    if title.endswith(".") and len(words) > 8 and caps < 0.5:
        return False
    if narrative and title.endswith(".") and len(words) > 3:
        return False  # "Apologies were received from Cllr Smith."
    return not (narrative and caps < 0.5 and len(words) > 3)


def unnumbered_heading(text: str, next_text: str, row_start: bool = False) -> str | None:
    """The title of an unnumbered item heading, if this line is one.

    Flattened agenda tables put the heading, the agenda text and the minutes on one row:
    "APOLOGIES FOR ABSENCE To receive ... Minutes: ...", "Chair's Announcements To receive
    ...", or the heading line is followed by a line starting "Minutes:".
    """
    if not text[:1].isupper() or text.startswith(
        ("Minutes:", "Decision", "Note:", "Venue:", "Contact:")
    ):
        return None
    if _FIELD.match(text):
        return None  # "Date: Tuesday, 17 September 2013" is a header field, not a heading
    # the cue: "Minutes:" follows, or the first numbered paragraph under the heading
    cue_next = next_text.startswith(("Minutes:", "Decision:")) or bool(_PARAGRAPH.match(next_text))
    cut = _TITLE_END.search(text)
    if cut is None and not cue_next and not row_start:
        # no cue but capitals: a heading, unless it is part of the document's own header
        # ("MINUTES OF THE ...", "HELD AT 6 P.M. ...", "BOROUGH COUNCIL", "PRESENT")
        caps = _CAPS_RUN.match(text + " ")
        if not (text.isupper() and len(text.split()) >= 2) and not (
            caps and len(caps.group(1).split()) >= 3 and _is_caps(caps.group(1))
        ):
            return None
        if _HEADER_CAPS.search(text[:120]) or any(ch.isdigit() for ch in text[:60]):
            return None
    title, _ = title_and_rest(text)
    if _AGENDA_TITLE.match(title) and len(title.split()) <= 16:
        return title  # "To confirm the minutes of the meeting held on 23 March 2015"
    glued = glued_title(title) if len(title.split()) > 6 else None
    if glued and heading_like(glued[0], wide=False, strict=False):
        title = glued[0]  # "Harbour Dues The Harbour Master presented ..." -> "Harbour Dues"
    elif not heading_like(title, wide=False, strict=False):
        title = _capitalised_run(title)
    if not title or procedural(title) or not heading_like(title, wide=False, strict=False):
        return None
    return title


def plain_heading(text: str, next_text: str) -> str | None:
    """A short capitalised line on its own over a sentence ("Allotments" is too short;
    "Village Hall Lighting" over "The Clerk reported that ..."): a weak heading, used only
    where a document has no numbered and no cued headings."""
    text = text.strip().rstrip(":")
    words = text.split()
    if not 2 <= len(words) <= 8 or text.endswith((".", ",", ";")) or any(c.isdigit() for c in text):
        return None
    if _FIELD.match(text + " ") or _HEADER_WORDS.search(text) or not capitalised(text):
        return None
    if not heading_like(text, wide=False, strict=True):
        return None
    nxt = next_text.split()
    if (
        len(nxt) < 5
        or not next_text[:1].isupper()
        or not (next_text.rstrip().endswith(".") or _NARRATIVE.search(next_text))
    ):
        return None
    return text


def _capitalised_run(title: str) -> str:
    """The leading run of capitalised words (with connectors): the heading glued to a sentence."""
    if _DETERMINER.match(title):
        return ""
    kept: list[str] = []
    for w in title.split():
        if w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTOR and kept:
            kept.append(w)
            continue
        break
    while kept and kept[-1].lower() in _CONNECTOR:
        kept.pop()
    return " ".join(kept) if len(kept) >= 3 else ""


def _plain(title: str) -> bool:
    """No verb of narrative, no full stop, no sentence subject ("Members of the public raised
    ..."): "Minutes of the meeting of 7 May and matters arising", "NP/24/0132/FUL - Erection
    of two dwellings, land adjacent to Capel Bethania"."""
    return (
        not title.endswith((".", ";", ","))
        and _NARRATIVE.search(title) is None
        and _DETERMINER.match(title) is None
        and _SENTENCE_VERB.search(title) is None
        or bool(_APP_REF.match(title))
    )


def _sentence_like(part: str) -> bool:
    """After a dash: a sentence ("to follow up ...", "Secretary has written again.", "the
    Clerk reported ..."), not more of the title ("period 7", "Land at Mill Lane")."""
    words = part.split()
    if not words:
        return False
    return (
        words[0][:1].islower()
        and (len(words) > 5 or words[0] in _SENTENCE_OPENERS)
        or len(words) > 12
        or _NARRATIVE.search(part) is not None
        or _RESOLUTION_WORD.search(part[:80]) is not None
        or len(words) >= 3
        and _SENTENCE_END.search(part) is not None
    )


def _caps_ratio(words: list[str]) -> float:
    sig = [
        w for w in words if w.lower().strip("(),.:;") not in _STOP and any(c.isalpha() for c in w)
    ]
    if not sig:
        return 1.0
    return sum(1 for w in sig if w.lstrip("('\"‘“")[:1].isupper()) / len(sig)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c.isupper()) / len(letters) > 0.8


def _tidy(title: str) -> str:
    return title.strip().rstrip(":;,-–—| ").strip()

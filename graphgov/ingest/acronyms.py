"""Bodies the text names by defining their acronym: "Transport Infrastructure Ireland (TII)".

An acronym in brackets right after a run of words defines that run as a name when the words'
initials spell it: joining words may give their letter or not ("Department for Transport
(DfT)", "Office of the Police and Crime Commissioner (OPCC)"), "and" may be written "&"
("Finance and General Purposes Committee (F&GP)"), and a head noun the acronym leaves out
may end the name ("... Purposes Committee (F&GP)"). This finds organisations whatever their
head noun ("Planning and Environment Decisions Wales (PEDW)"), which the head-noun reading in
:mod:`graphgov.ingest.mentions` cannot. Posts ("Chief Finance Officer (CFO)") and documents
("Community Risk Management Plan (CRMP)") are not bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from graphgov.resolve.posts import POST_WORDS

__all__ = ["defined_acronyms"]

_DEFINED = re.compile(r"\(\s*(?:the\s+)?[\"'‘“]?([A-Z][A-Za-z&]{1,9})[\"'’”]?\s*\)")
_WORDS = re.compile(r"[\w'’-]+|&|[^\w\s]")
_JOINERS = frozenset({"of", "for", "the", "and", "&", "on", "in", "to", "de", "y", "an", "a"})
# Head nouns an acronym may leave out at the end of the name.
_HEADS = frozenset(
    """committee sub-committee board panel group forum trust commission partnership council
    authority association agency service services network team unit""".split()
)
# Names of documents, schemes and programmes: an acronym for one of them is not a body.
_DOCUMENTS = frozenset(
    """plan plans strategy framework programme programmes scheme schemes fund funding grant
    grants policy policies act regulations order report review assessment statement standard
    standards code guidance agreement procedure process project projects survey system tool
    index rate level target targets account accounts initiative pilot study""".split()
)
_MAX_WORDS = 14
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?\s*$")


def defined_acronyms(text: str) -> Iterator[tuple[str, str, int]]:
    """(name, acronym, offset) for each "Name (ACR)" whose initials spell the acronym."""
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = text[max(0, m.start() - 300):m.start()]
        tokens = _WORDS.findall(before)
        # the name cannot cross punctuation other than "&" and an apostrophe
        cut = max((k for k, t in enumerate(tokens) if not re.match(r"[\w&]", t)), default=-1)
        words = tokens[cut + 1:][-_MAX_WORDS:]
        found = _name_for(words, acronym)
        if found:
            spelled = r"\s*".join(re.escape(w) for w in found.split())
            hits = list(re.finditer(spelled, before))
            pos = hits[-1].start() if hits else len(before)
            if _TITLED.search(before[:pos]):
                continue  # "Ms Ann Lee (AL)": a person's initials
            yield found, acronym, m.start() - len(before) + pos


def _name_for(words: list[str], acronym: str) -> str | None:
    """The shortest tail of ``words`` that the acronym abbreviates, as a name, or None."""
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if not tail[0][:1].isupper() or tail[0].lower() in _JOINERS:
            continue
        for left_out in (0, 1):
            covered = tail[:len(tail) - left_out]
            if not covered or left_out and tail[-1].lower() not in _HEADS:
                continue
            if _spells(covered, acronym) and _is_body(tail):
                return " ".join(tail)
    return None


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the words' initials spell the acronym, each joining word giving its letter
    (or "&") or nothing."""
    target = acronym.lower()
    joins = [k for k, w in enumerate(words) if w.lower() in _JOINERS]
    if len(joins) > 5 or any(not w[:1].isupper() for k, w in enumerate(words) if k not in joins):
        return False
    for choice in product((False, True), repeat=len(joins)):
        used = dict(zip(joins, choice, strict=True))
        letters = ""
        for k, w in enumerate(words):
            if k in used:
                if used[k]:
                    letters += "&" if w.lower() in {"and", "&"} else w[0].lower()
                continue
            letters += "".join(part[0].lower() for part in w.split("-") if part)
        if letters == target or letters.replace("&", "") == target.replace("&", ""):
            return True
    return False


def _is_body(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if low[-1] in _DOCUMENTS or any(w in _DOCUMENTS for w in low[-2:]):
        return False
    # a post ("Chief Finance Officer (CFO)") unless an office of it ("Office of the ... PCC")
    return not (low[-1] in POST_WORDS and low[0] not in {"office", "department", "ministry"})

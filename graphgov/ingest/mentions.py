"""Committees, boards, teams and organisations named in the text, with defined acronyms.

A body's name is a run of capitalised words ending in a head noun ("Grants Determination
Sub-Committee", "Millbrook Park Management Group", "Local Government Association") or led by
one ("Department for Education", "Centre for Public Scrutiny"), optionally followed by the
acronym the text defines for it ("Overview and Scrutiny Committee (OSC)"). An acronym in
brackets is accepted when its letters are the initials of the name's words, and it trims a
name that ran too far to the left ("The Council's Business Continuity Committee (BCC)").
Organisations are also read after "representing" / "on behalf of". The kind comes from the
head noun (:func:`graphgov.resolve.bodies.body_kind`).

Posts that name a body ("Chair of the Overview and Scrutiny Committee") mention that body;
the post words themselves are cut off the name. The meeting's own body is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from graphgov.ingest.acronyms import defined_acronyms
from graphgov.ingest.body_patterns import named_bodies
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.ingest.paragraphs import Paragraph, paragraphs
from graphgov.model.minutes import Item, Mention
from graphgov.model.vocab import BodyKind
from graphgov.resolve.bodies import body_key, body_kind, canonical_body_name
from graphgov.resolve.phrases import AREA_WORDS
from graphgov.resolve.posts import POST_WORDS

__all__ = ["HEAD_NOUNS", "LEADING_HEADS", "find_mentions", "prune_meeting", "prune_mentions"]

#: Nouns that end a body's name.
HEAD_NOUNS: frozenset[str] = frozenset(
    """committee committees sub-committee sub-committees subcommittee subcommittees board boards
    panel panels group groups forum forums trust trusts commission partnership partnerships
    council councils authority authorities association associations agency service services
    network team unit directorate cabinet party office society federation foundation
    institute alliance consortium company limited ltd plc llp corporation college university
    gallery museum library government watch komiti runanga rūnanga inspectorate ombudsman
    collaborative assembly parliament tribunal court police organisation organization
    club clubs surgery practice hospice infirmary hospital hospitals charity union mutual
    trustees foodbank academy responders highways water eisteddfod consulting consultancy
    solicitors associates fc afc jfc rfc gac gaa bank scouts""".split()
)
#: Nouns that start a body's name and take a complement ("Department for Education").
LEADING_HEADS: frozenset[str] = frozenset(
    """department centre center office ministry institute society friends campaign council
    board association federation chamber college transport town city borough district county
    shire municipality""".split()
)
# Single head words that on their own are too generic to be a name ("the Council", "Cabinet").
_GENERIC = frozenset(
    """committee sub-committee subcommittee board panel group forum trust commission partnership
    council authority association agency service services network team unit directorate
    executive cabinet party office government police company club surgery practice hospice
    infirmary hospital charity union mutual trustees foodbank academy responders highways water
    eisteddfod bank scouts""".split()
)
# Capitalised words that start sentences or qualify rather than name.
_NOT_NAME_START = frozenset(
    """the a an this that these those its their his her our any each every all both
    minutes officers agreed noted resolved resolution update report reports
    meeting meetings item items chair chairman vice deputy new previous next last current
    proposed draft full special extraordinary annual relevant appropriate respective
    various other such where when if whilst while following further following under at on in
    for from to with by of and as it was were has had is are be january february march april
    may june july august september october november december autumn spring summer
    winter""".split()
)
# Capitalised words that end a post and, before "of (the)", separate it from the body named.
_LEFT_CUT = POST_WORDS | frozenset(
    """minutes meeting meetings report reports review terms membership remit role work
    programme plan recommendation recommendations representative representatives members
    chairs decision decisions business meetings meeting state application applications""".split()
)

# A capitalised word; a full stop stays inside it only between letters ("U.K."), so a run
# never crosses the end of a sentence.
_WORD = r"(?:[A-Z](?:[\w'’-]|\.(?=\w))*|\((?:[A-Z][a-z]+)\))"
_JOIN = r"(?:\s+(?:(?:of|for|to)\s+the|of|for|and|&|the|on|in|to|de|y)\s+|\s+|-)"
# A run of capitalised words joined by small words. Bounded so the regex stays linear.
_RUN = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD}){{0,14}}")
_ACRONYM = re.compile(r"^\s*\(\s*(?:the\s+)?[\"'‘“]?([A-Z][A-Za-z&]{1,9})[\"'’”]?\s*\)")
_REPRESENTING = re.compile(
    r"\b(?:representing|on behalf of|representative of|representatives of)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&)){0,8})"
)
_MAX_TEXT = 4000


def _initials(words: list[str]) -> str:
    """Initials of a name's words; an acronym inside it ("NHS Trust") gives all its letters
    unless the whole name is in capitals."""
    caps = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    out = ""
    for w in words:
        if w.lower() in {"of", "for", "and", "&", "the", "on", "in", "to", "de", "y"}:
            continue
        for part in re.split(r"[-‐–]", w):
            part = part.strip("()")
            if part:
                out += part if part.isupper() and len(part) > 1 and not caps else part[0].upper()
    return out


def _fits_acronym(words: list[str], acronym: str) -> int | None:
    """Index of the first word of the shortest tail of ``words`` whose initials spell
    ``acronym`` (case and a plural "s" ignored), or None."""
    target = acronym.upper().rstrip("S") if acronym.endswith("s") else acronym.upper()
    for start in range(len(words) - 1, -1, -1):
        ini = _initials(words[start:])
        if ini == target or ini.replace("&", "") == target.replace("&", ""):
            return start
        # "Sub-Committee" may give one or two letters
        if ini.replace("SC", "C") == target or ini == target.replace("SC", "C"):
            return start
    return None


def _split_words(name: str) -> list[str]:
    return re.findall(r"\([A-Z][a-z]+\)|[\w'’&.-]+", name)


def _trim(words: list[str]) -> list[str]:
    """Cut leading words that are not part of a body's name: sentence starters, posts
    ("Chair of the"), and anything before "of/for the" after such a word."""
    # "Updated the Community Board": a name starts after "the" unless the name holds it
    # ("Friends of the Earth", "Department for the Economy")
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() == "the" and words[i - 1].lower() not in {"of", "for"}:
            words = words[i + 1:]
            break
    # a post or a generic noun before "of (the)" separates it from the body named after it
    for i in range(len(words) - 1, 0, -1):
        if words[i].lower() in {"of", "for", "to", "at", "on", "in"} and \
                words[i - 1].lower() in _LEFT_CUT | _DOC_WORDS:
            words = words[i + 1:]
            break
    while words and (words[0].lower() in _NOT_NAME_START or words[0].lower() in {
            "of", "for", "and", "&", "on", "in", "to"}) and len(words) > 1:
        words = words[1:]
    while words and words[0].lower() in POST_WORDS - {"member"} and len(words) > 1 \
            and words[1][:1].isupper():
        words = words[1:]
    return words


# Capitalised words after a head noun that make the head a modifier ("Local Government Act").
_DOC_WORDS = frozenset(
    """act acts regulations order bill fund funding grant grants award awards scheme strategy
    policy plan report review framework charter agreement code guidance directive statement
    standards programme minutes meeting meetings elections election schemes plans policies
    strategies reports reviews funds grants frameworks agreements codes statements""".split()
)
# Words that end a document's name ("Local Authority Schemes"): a body's name restarts after.
_DOC_ENDS = frozenset(
    """act acts regulations order bill scheme schemes report reports framework frameworks
    charter agreement agreements statement statements minutes""".split()
)
# A possessive ends a name: "the Programme Board's membership".
_POSSESSIVE = re.compile(r"^(.*?)['’]s$")


def _is_head(words: list[str], i: int) -> bool:
    """A head noun that ends a name here: not followed by another head, a post word
    ("Board Secretary") or a document word ("Local Government Act")."""
    low = _bare(words[i]).lower().strip(".")
    if low not in HEAD_NOUNS:
        return False
    if low == "police" and i + 1 < len(words):
        return False  # "Police and Crime Panel", "Police Forum": police qualifies what follows
    if low == "party" and (i == 0 or words[i - 1].lower() not in {"working", "task"}):
        return False  # only a "Working Party" is a body; a political party is not mentioned here
    if _POSSESSIVE.match(words[i]) or i + 1 == len(words):
        return True
    nxt = words[i + 1].lower()
    return nxt not in HEAD_NOUNS and nxt not in POST_WORDS and nxt not in _DOC_WORDS


def _later_head(words: list[str], i: int) -> bool:
    """Whether the name goes on to a later head noun without crossing "and" / "&" / "of"
    ("Children Services Improvement Board")."""
    for k in range(i + 1, len(words)):
        low = words[k].lower()
        if low in {"and", "&", "of", "for", "the"} or low in _DOC_WORDS or low in POST_WORDS:
            return False
        if _is_head(words, k):
            return True
    return False


def _segments(words: list[str]) -> Iterator[list[str]]:
    """Body names inside a run of capitalised words: each ends at a head noun (plus a letter
    designation, "Sub-Committee A", or a complement, "Network for Wales")."""
    begin = 0
    i = 0
    while i < len(words):
        nxt_low = words[i + 1].lower() if i + 1 < len(words) else ""
        if words[i].lower() in _DOC_ENDS and nxt_low in {"", "and", "&", "of", "or", "for"}:
            begin = i + 1  # "Local Authority Schemes": a document's name, not a body's
            i += 1
            continue
        if not _is_head(words, i) or not _POSSESSIVE.match(words[i]) and _later_head(words, i):
            i += 1
            continue
        end = i + 1
        nxt = words[end] if end < len(words) else ""
        if _POSSESSIVE.match(words[i]):
            yield [*words[begin:i], _bare(words[i])]
            begin = i = end
            continue
        if len(nxt) == 1 and nxt.isupper():
            end += 1
        elif nxt.lower() in {"for", "of"} and end + 1 < len(words) \
                and words[end + 1][:1].isupper() \
                and words[end + 1].lower() not in HEAD_NOUNS | {"the"}:
            end += 2
            # the complement runs on to the next head noun at most ("Council for Voluntary
            # Service", "Network for Wales")
            while end < len(words) and words[end][:1].isupper() and end - i < 6 \
                    and words[end - 1].lower() not in HEAD_NOUNS:
                end += 1
        yield words[begin:end]
        begin = i = end


def _leading(words: list[str]) -> list[str] | None:
    """"Department for Education", "Centre for Public Scrutiny": a leading head and complement."""
    lead = next((i for i, w in enumerate(words) if w.lower() in LEADING_HEADS), None)
    if lead is None or lead + 2 >= len(words) or words[lead + 1].lower() not in {"for", "of", "to"}:
        return None
    out = words[lead:]
    cut = next((k for k, w in enumerate(out) if _POSSESSIVE.match(w)), None)
    return out if cut is None else [*out[:cut], _bare(out[cut])]


def _runs(text: str) -> Iterator[tuple[list[str], int, int]]:
    """Runs of capitalised words: (words, start offset, end offset)."""
    for m in _RUN.finditer(text):
        yield _split_words(m.group(0)), m.start(), m.end()


def _bare(word: str) -> str:
    """The word without a possessive ending."""
    poss = _POSSESSIVE.match(word)
    return poss.group(1) if poss else word


def _candidates(text: str) -> Iterator[tuple[str, str | None, int]]:
    """(name, acronym, offset) for each body named in ``text``."""
    for words, start, end in _runs(text):
        acr_m = _ACRONYM.match(text[end:end + 16]) if end > start else None
        segs = list(_segments(words))
        if segs and len(segs[0]) == 1 and segs[0][0].lower() in LEADING_HEADS:
            segs = segs[1:]  # "Office of the Police ... Commissioner": a head that leads
            lead = _leading(_trim(list(words)))
            segs = [lead, *segs] if lead else segs
        if not segs:
            lead = _leading(_trim(list(words)))
            segs = [lead] if lead else []
        else:  # "Marl Water and Transport for the Fells": a led name after the last head
            after = max((k for k, w in enumerate(words) if w.lower() in {"and", "&"}), default=-1)
            lead = _leading(words[after + 1:]) if after >= 0 else None
            if lead and lead[-1] != segs[-1][-1]:
                segs.append(lead)
        for k, seg in enumerate(segs):
            seg = _trim(seg)
            # an acronym in brackets belongs to the name just before it
            acronym = acr_m.group(1) if acr_m and k == len(segs) - 1 else None
            if acronym:
                first = _fits_acronym(seg, acronym)
                if first is None:
                    acronym = None
                else:
                    seg = seg[first:]
            name = _acceptable(seg)
            if name:
                yield name, acronym, start
    yield from named_bodies(text)  # "NHS Anyshire", "Natural England", "Cabinet"
    yield from defined_acronyms(text)  # "Transport Infrastructure Ireland (TII)"
    for m in _REPRESENTING.finditer(text):
        words = m.group("org").strip().split()
        while words and words[-1].lower() in {"of", "for", "and", "&"}:
            words.pop()
        name = _acceptable(words) if words else None
        if name and not any(w.lower() in POST_WORDS for w in words):
            yield name, None, m.start("org")


def _acceptable(seg: list[str]) -> str | None:
    # "Deputy Mayor and Cabinet": a body's name starts after the last post word in it
    last_post = max((k for k, w in enumerate(seg[:-1]) if w.lower() in POST_WORDS and
                     seg[k + 1].lower() in {"and", "&", "of", "for", "to"}), default=-1)
    if last_post >= 0:
        seg = seg[last_post + 1:]
        while seg and seg[0].lower() in {"and", "&", "of", "for", "the", "to"}:
            seg = seg[1:]
    if not seg or len(seg) == 1 and _singular(seg[0]) in _GENERIC:
        return None
    if len(seg) == 2 and seg[0].lower() in _KIND_OF and _singular(seg[1]) in _GENERIC:
        return None  # "the District Council", "a Local Authority": a kind, not a name
    if all(_bare(w).lower() in AREA_WORDS or w.lower() in {"and", "&", "of", "for", "ict", "it",
                                                          "hr"} for w in seg):
        return None  # "Children's Services", "Policy and Partnerships": a department or area
    name = " ".join(seg).strip(" .,'’")
    if len(name) < 4:
        return None
    if name.isupper() and " " in name:
        name = _title_case(name)  # "THE AUDIT COMMITTEE" in a heading
    return name


_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "y"})


def _title_case(name: str) -> str:
    words = name.split()
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in _SMALL:
            out.append(low)
        elif len(w) <= 4 and k == 0 and low not in HEAD_NOUNS and low not in _SMALL:
            out.append(w)  # a leading acronym ("NHS", "LGA") stays in capitals
        else:
            out.append(re.sub(r"[A-Za-z][a-z'’]*", lambda m: m.group(0).capitalize(), low))
    return " ".join(out)


# Words that say what kind of council or authority, not which ("the County Council").
_KIND_OF = frozenset(
    """local unitary combined district city county parish community town borough full formal
    principal constituent neighbouring other partner relevant respective statutory trade
    general local""".split()
)


def _singular(word: str) -> str:
    low = word.lower().strip(".,")
    if low in _GENERIC:
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in _GENERIC else low


_KINDS: dict[str, BodyKind] = {
    "committee": BodyKind.COMMITTEE, "committees": BodyKind.COMMITTEE,
    "commission": BodyKind.COMMITTEE,
    "sub-committee": BodyKind.SUB_COMMITTEE, "sub-committees": BodyKind.SUB_COMMITTEE,
    "subcommittee": BodyKind.SUB_COMMITTEE, "subcommittees": BodyKind.SUB_COMMITTEE,
    "board": BodyKind.BOARD, "boards": BodyKind.BOARD,
    "panel": BodyKind.PANEL, "panels": BodyKind.PANEL,
    "group": BodyKind.GROUP, "groups": BodyKind.GROUP, "forum": BodyKind.GROUP,
    "forums": BodyKind.GROUP, "party": BodyKind.GROUP, "partnership": BodyKind.GROUP,
    "komiti": BodyKind.COMMITTEE,
    "council": BodyKind.COUNCIL, "councils": BodyKind.COUNCIL,
    "cabinet": BodyKind.CABINET,
    "team": BodyKind.TEAM, "unit": BodyKind.TEAM, "directorate": BodyKind.TEAM,
}


def mention_kind(name: str) -> str:
    """The kind of body a name's head noun says ("... Sub-Committee A" is a sub-committee)."""
    words = [w.lower().strip(".,") for w in name.split()]
    for w in reversed(words):
        if w in _KINDS:
            return _KINDS[w].value
        if w in HEAD_NOUNS or w in LEADING_HEADS:
            return BodyKind.ORGANISATION.value  # "... Council for Voluntary Service"
    return body_kind(name)


def find_mentions(
    ctx: ParseContext, lines: list[Line], own_body: str | None = None,
    people: Iterable[str] = (),
) -> list[Mention]:
    """Bodies the lines name, each once (the first time), without the meeting's own body and
    without the ``people`` attending ("Ann Lee (AL)" defines initials, not a body)."""
    own = body_key(own_body) if own_body else None
    persons = {body_key(p) for p in people}
    found: list[Mention] = []
    seen: dict[str, int] = {}
    crossing: set[str] = set()  # names read across a line break
    for name, acronym, para, at in _line_candidates(lines, crossing):
        name = canonical_body_name(name)
        key = body_key(name)
        # the meeting's own body, also when run on ("Chair, Ann Lee Parks Board") or cut
        # short ("West / Central Committee" read as "Central Committee")
        if not key or key in persons or own and (key == own or key.endswith(" " + own) or
                                                 own.endswith(" " + key)):
            continue
        if key in seen:
            i = seen[key]
            if acronym and not found[i].acronym:
                prev = found[i]
                found[i] = Mention(prev.name, acronym, prev.kind, prev.evidence)
            continue
        seen[key] = len(found)
        found.append(Mention(name=name, acronym=acronym, kind=mention_kind(name),
                             evidence=ctx.evidence(para.line_at(at), name)))
    # the part of a broken name found on its second line alone ("Safety Partnership")
    found = [m for m in found if not any(c.endswith(" " + body_key(m.name)) for c in crossing)]
    return prune_mentions(found)


def _line_candidates(
    lines: list[Line], crossing: set[str]
) -> Iterator[tuple[str, str | None, Paragraph, int]]:
    """Candidates in paragraphs joined only where a sentence clearly goes on, then names a
    layout broke over two lines ("the Stennick Community / Safety Partnership") read from
    paragraphs joined at every long line, keeping only those that cross the break and do not
    just run a name found whole onto the next line ("... Department for Education / Ann Lee")."""
    whole: list[str] = []
    for para in paragraphs(lines, long_lines=False):
        for name, acronym, at in _candidates(para.text[:_MAX_TEXT]):
            whole.append(body_key(name))
            yield name, acronym, para, at
    for para in paragraphs(lines, wrap_width=40):
        if len(para.starts) < 2:
            continue
        text = para.text[:_MAX_TEXT]
        breaks = [start for start, _ in para.starts[1:]]
        for name, acronym, at in _candidates(text):
            begin = text.find(name.split()[0], at)
            if begin < 0 or not any(begin < b < begin + len(name) for b in breaks):
                continue
            key = body_key(name)
            if any(key.startswith(w + " ") for w in whole):
                continue
            crossing.add(key)
            yield name, acronym, para, at


def prune_mentions(found: list[Mention], known: list[Mention] | None = None) -> list[Mention]:
    """Drop a name that is another mention's name with words run on in front ("Funding Acme
    Trust Board" beside "Acme Trust Board"): the run-on words came from the sentence."""
    keys = {body_key(m.name) for m in [*found, *(known or [])]}
    out = []
    for m in found:
        words = body_key(m.name).split()
        if m.acronym:  # a name its acronym spells is whole ("Office of the Police and ... (OPCC)")
            out.append(m)
            continue
        # a two-word tail ("Development Trust") is too generic to be the true name unless
        # the words in front are a document's or a sentence's ("Service Level Agreement ...")
        if any(" ".join(words[k:]) in keys and (len(words) - k >= 3 or any(
                w in _DOC_WORDS or w in _NOT_NAME_START for w in words[:k]))
               for k in range(1, len(words) - 1)):
            continue
        out.append(m)
    return out


def prune_meeting(
    items: list[Item], meeting_mentions: list[Mention]
) -> tuple[list[Item], list[Mention]]:
    """:func:`prune_mentions` across a meeting: its own mentions and every item's."""
    known = [*meeting_mentions, *(m for item in items for m in item.mentions)]
    pruned = [replace(item, mentions=tuple(prune_mentions(list(item.mentions), known)))
              for item in items]
    return pruned, prune_mentions(meeting_mentions, known)

"""Reading one attendance entry or list of entries into people.

The grammar of attendance lists, as minutes write them:

- one per line: "Name<TAB>(Post)", "Name, Post", "Name - Post", "Name / Post", "Name (AB) Post",
  "Post (Mr X)", a grid mark before the name ("P  Name", "A  Name");
- lists: "Name, Name and Name", semicolon chains, one rank or honorific before many names
  ("Councillors Pike (in the Chair), Fenwick and Oduya"), role prefixes
  ("Chairperson Ana Holt", "Deputy Mayor Councillor J Ormond");
- run-ons where only honorifics or initials separate people ("Councillor Neil BRAKE Councillor
  Ian BRODIE", "P J Abel J Bird Mrs C Carr");
- brackets that qualify an entry (read by :mod:`graphgov.ingest.attendance_entry`).
"""

from __future__ import annotations

import re

from graphgov.ingest.attendance_entry import (
    _CHAIR_MARK,
    _ROLE_PREFIX,
    MAX_ROLE,
    Entry,
    _entry,
    _has_role_sep,
    _join_role,
    _name_head,
    _paren_name,
)
from graphgov.ingest.attendance_roles import chair_of_other, role_brackets
from graphgov.ingest.attendance_text import normalise
from graphgov.resolve.names import (
    NOT_NAME_WORDS,
    is_initial,
    looks_like_name,
    split_honorific,
)

_RUN_HONORIFIC = re.compile(
    r"\b(?:(?:County |Borough |District |Town |Community |Parish |Ward )?(?:Councillor|Cllr\.?)|"
    r"Provost|"
    r"Depute Convenor|Depute Provost|Deputy Mayor|Alderman|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|"
    r"Sir|Dame|(?:(?:The )?(?:Right Worshipful|His Worship|Her Worship) the )?(?:Lord )?Mayor)"
    r"\s+(?=[A-Z])"
)

_HONORIFIC_WORDS = re.compile(
    r"\b(?:(?:County |Borough |District |Town |Community |Parish |Ward )?(?:Councillor|Cllr\.?)|"
    r"Provost|"
    r"Depute Convenor|Depute Provost|Deputy Mayor|Alderman|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|"
    r"Sir|Dame|(?:(?:The )?(?:Right Worshipful|His Worship|Her Worship) the )?(?:Lord )?Mayor)"
    r"(?=\s|$)"
)

_INITIALS_PERSON = re.compile(
    r"(?:(?:Mrs|Mr|Miss|Ms|Dr)\.?\s+)?(?:[A-Z]{1,2}\.?\s+){1,3}"
    r"(?!(?:Mrs|Mr|Miss|Ms|Dr)\b)[A-Z][\w'’-]+(?:\s+(?!(?:Mrs|Mr|Miss|Ms|Dr)\b)[A-Z][a-zí][\w'’-]+"
    r")*"
)

_LIST_RANK = re.compile(
    r"^(?:(?:County\s+|Borough\s+|District\s+|Town\s+|Parish\s+|Community\s+)?Councillors|Cllrs\.?|"
    r"Aldermen|Members|Y\s+Cynghorwyr\s*/\s*Councillors|Councillors\s*:)"
    r"\s+",
    re.IGNORECASE,
)


#: "Independent Persons: Mr A and Mrs B", "Investigating Officer: Ms C": a post labels the list.
_POST_LABEL = re.compile(
    r"^\s*((?:[A-Z][\w-]*\s+){0,3}(?:Person|Representative|Officer|Adviser|Advisor|Auditor|"
    r"Observer|Secretary|Treasurer|Clerk)s?)\s*:\s+(?=\S)"
)


def parse_entries(text: str, single_per_line: bool = False) -> list[Entry]:
    """All people in ``text`` (a list line or an entry line)."""
    label = _POST_LABEL.match(text)
    if label:
        post = re.sub(r"(?<=[a-z])s$", "", label.group(1))  # "Independent Persons" -> Person
        found = parse_entries(text[label.end() :], single_per_line)
        for e in found:
            e.role = e.role or post
        return found
    text = normalise(text)
    if not text:
        return []
    rank_honorific = None
    m = _LIST_RANK.match(text)
    if m:
        rank_honorific, _ = split_honorific(m.group(0).split("/")[-1].strip().rstrip(":"))
        if rank_honorific is None and m.group(0).strip().lower().startswith("member"):
            rank_honorific = None
        text = text[m.end() :]
    pieces = _honorific_pieces(text)
    if len(pieces) >= 2:
        out: list[Entry] = []
        org = None
        for piece in pieces:
            if _ORG.fullmatch(piece.strip()):
                org = piece
                continue
            found = parse_entries(piece)
            for e in found:
                e.org = e.org or org
                if e.role and _ORG.search(e.role):
                    org = _ORG.search(e.role).group(0)  # type: ignore[union-attr]
            out.extend(found)
        for e in out:
            if rank_honorific and not e.honorific:
                e.honorific = rank_honorific
        return out
    semis = _semicolon_posts(text)
    if semis:  # "Eve Park, Scrutiny Officer; Fred Quin, Head of Finance": a person a piece
        found = [e for piece in semis for e in parse_entries(piece)]
        for e in found:
            e.honorific = e.honorific or rank_honorific
        return found
    plain = [text] if single_per_line and _dashed_single(text) else _segments(text)
    segments = _role_tail_split(plain)
    split_tails = len(segments) > len(plain)
    entries: list[Entry] = []
    if (
        len(segments) >= 2
        and _name_head(segments[0])
        and not _name_head(segments[1])
        and not _has_role_sep(segments[0])
        and not split_tails
    ):
        # "Name, Post, more post": one person
        first = _entry(segments[0])
        if first:
            chair_of_other(first, segments[1])
            first.role = _join_role(first.role, ", ".join(segments[1:]))
            entries.append(first)
    else:
        plural: str | None = None  # "Councillors" before part of a list titles the rest of it
        for seg in segments:
            acronym = bool(entries) and re.fullmatch(r"[A-Z]{3,8}", seg.strip()) is not None
            people = [] if acronym else _run_on(seg)
            if not people:  # "Name<TAB>Chief Executive, OPCC": an acronym ends the post
                if entries and (acronym or not _name_head(seg)):
                    chair_of_other(entries[-1], seg)
                    entries[-1].role = _join_role(entries[-1].role, seg)
                continue
            rank = _LIST_RANK.match(seg)
            if rank:
                plural = split_honorific(rank.group(0).split("/")[-1])[0]
            elif split_honorific(seg)[0] is not None:
                plural = None
            for p in people:
                person = _entry(p)
                if person:
                    person.honorific = person.honorific or plural
                    entries.append(person)
    for e in entries:
        if rank_honorific and not e.honorific:
            e.honorific = rank_honorific
        if e.role and "(" in e.role:
            role_brackets(e)
        if e.role:
            # "Name, Post - AB": initials after the post are not part of it
            e.role = re.sub(r"\s+[-–]\s+[A-Z]{2,4}$", "", e.role.strip(" \t,;"))
            e.role = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", e.role) or None  # "The Mayor (Cllr X)"
        if e.role and _CHAIR_MARK.match(e.role):
            e.chair = True  # "Name, Chair", "Name<TAB>Chair", "Deputy Mayor X, Chair"
        if e.role and len(e.role) > MAX_ROLE:
            e.role = None
    return [e for e in entries if e.name]


def _semicolon_posts(text: str) -> list[str]:
    """The pieces of a semicolon list whose pieces are "Name, Post" (else [])."""
    depth_at = _depths(text)
    cuts = [i for i, ch in enumerate(text) if ch == ";" and depth_at[i] == 0]
    if not cuts:
        return []
    pieces = [p.strip() for p in re.split(r"(?<=;)", text)]
    pieces = [p.rstrip(";").strip() for p in pieces if p.rstrip(";").strip()]
    if len(pieces) < 2 or not any("," in p for p in pieces):
        return []
    for p in pieces:
        first, _, rest = p.partition(",")
        if not _name_head(first) or (rest and _name_head(rest.strip())):
            return []  # a list of names, not of "Name, Post"
    return pieces


def _dashed_single(text: str) -> bool:
    """One person per line around one dash, the post holding commas: "Corporate Director,
    Children and Families (DCS) - Ada Lowe", "Ada Lowe (AL) - Strategic Director, People"."""
    if ";" in text or len(list(_RUN_HONORIFIC.finditer(text))) > 1:
        return False
    parts = re.split(r"\s+[-–—]\s+", re.sub(r"\([^()]*\)", " ", text))
    if len(parts) != 2 or "," not in text:
        return False
    left, right = (p.strip(" ,") for p in parts)
    return looks_like_name(left) != looks_like_name(right) and bool(left and right)


_ORG = re.compile(
    r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|&)){0,8}\s+(?:Service|Trust|Association|Agency|"
    r"Authority)"
    r"(?:\s*\([A-Z]{2,6}\))?\s*$"
)


def _honorific_pieces(text: str) -> list[str]:
    """ "Mr. L Hale, Chief Executive Mr. J Ince, Assistant Director": cut before each
    title outside brackets, when every piece then starts with a title."""
    depth_at = _depths(text)
    starts = [
        m.start()
        for m in _RUN_HONORIFIC.finditer(text)
        if depth_at[m.start()] == 0 and not re.search(r"\bfor\s*$", text[: m.start()])
    ]  # "Cllr A - Deputy for Cllr B": the person stood in for is no entry of their own
    starts = _merge_adjacent(text, starts) if starts else []
    if len(starts) < 2:
        return [text]
    pieces = []
    if starts[0] > 0:
        lead = text[: starts[0]].strip(" ,;")
        if lead and _name_head(lead):
            return [text]  # names without titles lead: an ordinary list
        if lead:
            pieces.append(lead)
    bounds = [*starts[1:], len(text)]
    pieces += [
        re.sub(r"\s+(?:and|&)$", "", text[a:b].strip(" ,;"))
        for a, b in zip(starts, bounds, strict=True)
    ]
    # only when every person carries a title (posts may follow them); plain lists parse as lists
    segs = [x.strip() for x in re.split(r"[,;]", text) if x.strip()]
    if any(_name_head(x) and not _honorific_start(x) for x in segs):
        return [text]
    if not any("," in p and not _name_head(p.split(",", 1)[1].strip() or "x") for p in pieces):
        return [text]
    return _carry_dangling_posts([p for p in pieces if p])


def _carry_dangling_posts(pieces: list[str]) -> list[str]:
    """ "Chief Executive - Mr A, Director - Ms B": a post left hanging before a dash belongs to the
    title that follows it ("Director - Ms B"), not to the person before."""
    out: list[str] = []
    carry = ""
    for piece in pieces:
        piece = f"{carry} {piece}".strip() if carry else piece
        carry = ""
        m = re.search(r"(?:^|,)\s*([^,]+?)\s*[-–—]$", piece)
        if m:
            carry = m.group(1) + " -"
            piece = piece[: m.start()].strip(" ,")
        if piece:
            out.append(piece)
    if carry and out:
        out[-1] = f"{out[-1]}, {carry.rstrip(' -')}"
    return out


def _role_tail_split(segments: list[str]) -> list[str]:
    """ "Ivy Ross, Chief Accountant, Corporate Services Tom Fane, Head of Housing": a segment that
    ends a post and starts the next person is cut before the person's name."""
    out: list[str] = []
    for i, seg in enumerate(segments):
        m = re.search(r"^(.*\S)\s+([A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z][\w'’-]*)$", seg)
        if (
            i > 0
            and m
            and "(" not in m.group(2)
            and (m.group(1).endswith(")") or "(" not in seg)
            and not _name_head(seg)
            and looks_like_name(m.group(2))
            and _post_end(m.group(1))
        ):
            out.append(m.group(1))
            out.append(m.group(2))
        else:
            out.append(seg)
    return out


_POST_END_WORDS = frozenset(
    """services service officer executive director manager council department team unit resources
    projects planning partnership partnerships authority trust board informatics performance
    development policy
    strategy governance support finance secretary clerk lead""".split()
)


def _post_end(text: str) -> bool:
    """Does ``text`` end the way a post or organisation does ("Corporate Services", "CNPA")?"""
    if text.endswith(")"):
        return True  # "Head of Governance (Clerk) Ada Lowe"
    last = text.split()[-1].strip(",.&")
    return last.lower() in _POST_END_WORDS or (last.isupper() and last.isalpha() and len(last) >= 2)


def _roleish(text: str) -> bool:
    words = text.split()
    return any(w.lower().strip(",.&") in NOT_NAME_WORDS for w in words) or (
        len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
    )


def _segments(text: str) -> list[str]:
    """Split at top-level commas / semicolons / bullets, then at "and"/"&" between two names."""
    parts: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;·•":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    out: list[str] = []
    for p in (p.strip() for p in parts):
        if not p:
            continue
        out.extend(_split_and(p))
    return out


def _split_and(seg: str) -> list[str]:
    depth_at = _depths(seg)
    for m in reversed(list(re.finditer(r" (?:and|&) ", seg))):
        if depth_at[m.start()] != 0:
            continue
        left, right = seg[: m.start()], seg[m.end() :]
        if (
            (_name_head(left) or _paren_name(left))
            and (_name_head(right) or _paren_name(right))
            and not re.search(r"[-–—/]\s*$|\t", left.split("(")[0])
            and not (
                _has_role_sep(left)
                and not _has_role_sep(right)
                and not _honorific_start(right)
                and len(right.split()) == 1
            )
        ):
            return [*_split_and(left), right]
        break
    return [seg]


def _honorific_start(text: str) -> bool:
    return split_honorific(text)[0] is not None


def _run_on(seg: str) -> list[str]:
    """People in a segment where only honorifics or initials separate them."""
    seg = seg.strip()
    if not seg:
        return []
    if (
        "\t" in seg
        and (_name_head(seg) or _paren_name(seg))
        and sum(1 for cell in seg.split("\t") if cell.strip() and _name_head(cell.strip())) <= 1
    ):
        return [seg]  # "Name<TAB>Post" / "Post<TAB>Name": one person per tabbed line
    words = seg.split()
    if len(words) <= 4 or not any(_name_head(" ".join(words[:k])) for k in (2, 3, 4)):
        if _name_head(seg) or _paren_name(seg):
            return [seg]
        return _post_then_name(seg)
    depth_at = _depths(seg)
    post = _ROLE_PREFIX.match(seg)  # "Cathaoirleach Cllr. X": the post before a titled name
    starts = [
        m.start()
        for m in _RUN_HONORIFIC.finditer(seg)
        if depth_at[m.start()] == 0
        and not re.search(r"\bfor\s*$", seg[: m.start()])
        and not (post and m.start() == post.end())
    ]
    starts += [
        m.end()
        for m in re.finditer(r"(?<![A-Z][A-Z])(?<![A-Z][A-Z][a-z])\)\s+(?=[A-Z])", seg)
        if depth_at[m.start()] == 0 and _name_head(seg[m.end() : m.end() + 40])
    ]
    starts = sorted(set(starts))
    if starts:
        starts = _merge_adjacent(seg, starts)
    pieces = [seg]
    if len(starts) >= 2 or (starts and starts[0] > 0):
        if starts[0] > 0 and seg[: starts[0]].strip():
            starts.insert(0, 0)
        pieces = [seg[a:b].strip() for a, b in zip(starts, [*starts[1:], len(seg)], strict=True)]
    out: list[str] = []
    for piece in (p for p in pieces if p):
        out.extend(_bare_run(piece))
    return out


_POST_NOUNS = frozenset(
    """commissioner director officer executive manager head leader chair chairman chairperson mayor
    member clerk secretary solicitor adviser advisor representative inspector superintendent
    constable treasurer
    convener convenor provost""".split()
)


def _post_then_name(seg: str) -> list[str]:
    """ "the Police and Crime Commissioner Ada Lowe" -> "Ada Lowe (Police and Crime
    Commissioner)"."""
    words = re.sub(r"^the\s+", "", seg.strip(), flags=re.IGNORECASE).split()
    if "(" in seg or len(words) < 3:
        return []
    for n in (2, 3):
        if len(words) <= n:
            break
        role, name = words[:-n], " ".join(words[-n:])
        if (
            role[-1].lower().strip(",") in _POST_NOUNS
            and looks_like_name(name)
            and not is_initial(words[-n])
        ):
            return [f"{name} ({' '.join(role)})"]
    return []


def _bare_run(piece: str) -> list[str]:
    """Split a piece with no separators at all: initials start each person, or name pairs."""
    words = piece.split()
    if len(words) <= 4 or "(" in piece or not all(w[0].isupper() for w in words[:6]):
        return [piece]
    people = [m.group(0) for m in _INITIALS_PERSON.finditer(piece)]
    if len(people) >= 2:
        return people
    if len(words) >= 4 and not any(is_initial(w) for w in words[:6]):
        return _pairs(words) or [piece]
    return [piece]


def _depths(seg: str) -> list[int]:
    """Bracket depth before each character of ``seg``."""
    out: list[int] = []
    depth = 0
    for ch in seg:
        if ch == ")":
            depth = max(0, depth - 1)
        out.append(depth)
        if ch == "(":
            depth += 1
    return out


def _merge_adjacent(seg: str, starts: list[int]) -> list[int]:
    """ "Cllr Mrs B Okafor": consecutive honorifics belong to one person."""
    keep: list[int] = []
    for s in starts:
        if keep and not re.search(r"[^\s]", _strip_honorifics(seg[keep[-1] : s])):
            continue
        keep.append(s)
    return keep


def _strip_honorifics(text: str) -> str:
    return _HONORIFIC_WORDS.sub("", text).strip()


def _pairs(words: list[str]) -> list[str]:
    """ "Ann Dale Bob Eyre ...": given name + surname pairs, while words look like names."""
    out: list[str] = []
    i = 0
    while i + 1 < len(words):
        a, b = words[i], words[i + 1]
        if not (_capword(a) and _capword(b)):
            break
        out.append(f"{a} {b}")
        i += 2
    return out if len(out) >= 2 else []


def _capword(w: str) -> bool:
    return (
        w[:1].isupper()
        and w[1:2].islower()
        and w.isalpha() is not False
        and w.lower() not in NOT_NAME_WORDS
    )

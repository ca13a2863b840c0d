"""One attendance entry read into a person: "Name<TAB>(Post)", "Name, Post", "Name - Post",
"Name / Post", "Name (AB) Post", "Post (Mr X)", a post before the name ("Chairperson Ana Holt"), and
the brackets that qualify an entry: chair markers, "(substitute for X)", "(X attended as
substitute)", "(left at 7.45pm)", "(arrived at 7.01pm)", initials "(AB)", or the post.

Lists of entries are split by :mod:`graphgov.ingest.attendance_entries`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphgov.resolve.names import (
    NOT_NAME_WORDS,
    clean_name,
    is_initial,
    looks_like_name,
    split_honorific,
)

#: Longest role text kept; longer is residue of a run-on line, not a post.
MAX_ROLE = 140

_CHAIR_MARK = re.compile(
    r"^(?:.*[/,]\s*)?(?:in\s+the\s+chair|chair(?:man|person|woman)?|presiding(?:\s+member)?|convene[rn]"
    r"|convenor|cathaoirleach"
    r")$",
    re.IGNORECASE,
)

#: "Chair of Trustees", "Chairman of the Board": the chair of the body meeting, by its members.
_CHAIR_OF_BODY = re.compile(
    r"^chair(?:man|person|woman)?\s+of\s+(?:the\s+)?(?:trustees|governors|directors|board|committee|"
    r"council|panel|authority|partnership|commissioners)$",
    re.IGNORECASE,
)

_TITLED_CHAIR = re.compile(
    r"^(?!vice|deputy|depute|co-)[A-Za-z]+\s+chair(?:man|person|woman)?$", re.IGNORECASE
)

_VICE = re.compile(r"^(?:vice|v\.|deputy|depute)[\s.-]*chair(?:man|person|woman)?$", re.IGNORECASE)

_LEFT = re.compile(r"\bleft\b|\bleaving\b|\bdeparted\b|gadawodd", re.IGNORECASE)

_LATE = re.compile(r"\barriv\w*|\blate\b|\bjoined\b|^from\s+(?:item|minute|\d)", re.IGNORECASE)

_REMOTE = re.compile(
    r"\b(?:remote(?:ly)?|virtual(?:ly)?|online|(?:via|on|by)\s+(?:ms\s+|microsoft\s+)?(?:teams|zoom)|"
    r"^(?:ms\s+)?(?:teams|zoom)$|by\s+(?:video|phone|telephone)|electronic\s+(?:participation|means"
    r"|link))\b",
    re.IGNORECASE,
)

_SUB_FOR = re.compile(
    r"^(?:as\s+)?(?:a\s+|the\s+)?(?:substitut\w*|deputi[sz]ing|deputy|standing\s+in)\s+"
    r"(?:member\s+)?for\s+(.+)$",
    re.IGNORECASE,
)

_SUB_BY = re.compile(r"^(?:substituted|replaced)\s+by\s+(.+)$", re.IGNORECASE)

_ATTENDED_FOR = re.compile(
    r"^(.+?)\s+(?:(?:attended|was\s+present|deputised|deputising|substituted)\b.*"
    r"(?:substitute|absence|stead|place|deputis)|(?:substituting|deputising)$)",
    re.IGNORECASE,
)

_IGNORE_PAREN = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,3}|reason\w*\b.*|work\b.*|excluding\b.*|except\b.*|items?\b.*|minute"
    r"s?\b(?!\s+secretary).*|"
    r"personal\b.*|holiday|illness|ill|unwell|family\b.*|prior\b.*|.*commitments?|(?!.*\bofficer\b).*\d.*|.*\bitem"
    r"s?\b.*|"
    r".*\bvote\b.*|and\b.*|labour|conservatives?|liberal democrats?|lib dems?|independent|green"
    r"(?: party)?|plaid cymru|reform(?: uk)?|.*\bward\b.*|.*\bdivision\b.*)$",
    re.IGNORECASE,
)

#: Posts written before a name ("Chairperson Ana Holt", "Deputy Mayor Councillor J Ormond").
_ROLE_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:right\s+worshipful|his\s+worship|her\s+worship)\s+)?(?:the\s+)?"
    r"(Cathaoirleach|Leas-Chathaoirleach|Chairperson|Chairman|Chairwoman|Chair|Vice[-"
    r" ]Chair(?:man|person)?|Deputy\s+Mayor|Lord\s+Mayor|"
    r"Deputy\s+Lord\s+Mayor|Depute\s+Provost|Provost|Depute\s+Convenor|Depute\s+Convener|Convenor|"
    r"Convener|"
    r"Deputy\s+Leader|Leader|Mayor|Deputy\s+Chair(?:man|person|woman)?)\s+(?=[A-Z])",
    re.IGNORECASE,
)

#: What a dash after a name may say instead of a post: how or when they attended.
_NOTE_AFTER_DASH = re.compile(
    r"^(?:joined\s+|attended\s+|present\s+)?(?:remotely|virtually|online|via\s|by\s+(?:video|phone|"
    r"telephone)|left\b|arrived\b|from\s+(?:item|minute|\d)|late\b)",
    re.IGNORECASE,
)
_SPLIT_ROLE = re.compile(r"\s+[-–—/|]\s+|\t+|\s*/\s+|\s+/\s*")


@dataclass
class Entry:
    """One person read from an attendance entry."""

    name: str
    honorific: str | None = None
    role: str | None = None
    chair: bool = False
    notes: list[str] = field(default_factory=list)
    substitute_for: str | None = None
    #: the people this entry says stood in for them ("(substituted by Cllr X)")
    substitutes: list[Entry] = field(default_factory=list)
    needle: str = ""
    #: the organisation a list groups this person under
    #: ("Riverside Health Trust Mr X, Chief Executive")
    org: str | None = None
    #: the chair title as written ("Chairman"), the post of a chair who sent apologies
    chair_title: str | None = None


def _name_head(seg: str) -> bool:
    """Does ``seg`` start with a person (before any bracket or post separator)?"""
    head = re.split(r"\s*\(|\s+[-–—/|]\s+|\t", seg, maxsplit=1)[0].strip()
    m = _ROLE_PREFIX.match(head)
    if m:
        head = head[m.end() :]
    head = re.sub(r"^(?:Members?|Cr)\s+", "", head)
    prefix = _name_prefix(head)
    if looks_like_name(head):
        return True
    hon, rest = split_honorific(" ".join(prefix))
    starts_person = hon is not None or bool(rest.split() and is_initial(rest.split()[0]))
    if len(prefix) >= 2 and starts_person and looks_like_name(" ".join(prefix)):
        return True
    # "Chief Executive Officer - Mr Lee Pine", "Harbour Master<TAB>Captain A Lowe": a post, a
    # dash or tab, then a name (titled, or untitled after words that make a post)
    parts = re.split(r"\s+[-–—]\s+|\s*\t\s*", seg, maxsplit=1)
    return len(parts) == 2 and _post_first(parts[0], parts[1].split("(")[0])


def _post_first(left: str, right: str) -> bool:
    """Is "left - right" a post followed by its holder's name?"""
    left, right = left.strip(), right.strip()
    if not right or not looks_like_name(right):
        return False
    if split_honorific(right)[0] is not None:
        return split_honorific(left)[0] is None and not looks_like_name(left)
    words = [w.lower().strip(",.&") for w in left.split()]
    return bool(words) and not looks_like_name(left) and any(w in NOT_NAME_WORDS for w in words)


def _has_role_sep(seg: str) -> bool:
    return bool(re.search(r"\s[-–—/]\s|\t|\(", seg))


_PAREN_HOLDER = re.compile(
    r"\(((?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Alderman|Cr)\.?\s+[^()]+|(?:[A-Z]\.?\s+){1,3}[A-Z][\w'’-]+|"
    r"[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\)"
)


def _paren_name(seg: str) -> bool:
    """ "Head of Marketing (Mrs C Vane)": a post with the holder's name in brackets."""
    m = _PAREN_HOLDER.search(seg)
    return m is not None and not _name_head(seg) and looks_like_name(m.group(1))


def _name_prefix(text: str) -> list[str]:
    """The leading words of ``text`` that can be a name ("Mrs H Ince Town Clerk" -> Mrs H Ince)."""
    words = text.split()
    out: list[str] = []
    for w in words:
        core = w.strip(",.'’")
        if not core or core.lower() in NOT_NAME_WORDS or not core[0].isupper():
            break
        out.append(w)
    return out


def _entry(seg: str) -> Entry | None:
    seg = seg.strip(" ,;.")
    if not seg:
        return None
    # Post first, holder in brackets: "Head of Marketing (Mrs C Vane)"
    if _paren_name(seg):
        m = _PAREN_HOLDER.search(seg)
        assert m is not None
        e = _entry(m.group(1))
        if e:
            e.role = _join_role(e.role, _last_post(seg[: m.start()].strip()))
            if re.match(r"^\s*,?\s*(?:in\s+the\s+chair|\(?chair(?:man|person)?\)?|presiding)\b",
                        seg[m.end() :], re.IGNORECASE):
                e.chair = True  # "The Mayor (Councillor X) in the Chair"
        return e
    chair = False
    chair_title: str | None = None
    notes: list[str] = []
    subs: list[Entry] = []
    sub_for = None
    roles: list[str] = []
    acronyms: list[str] = []  # "(CEO)", "(DCS)": kept in brackets after the post they shorten
    # brackets
    head_parts: list[str] = []
    pos = 0
    for m in re.finditer(r"\(([^()]*)\)?", seg):
        head_parts.append(seg[pos : m.start()])
        pos = m.end()
        inner = m.group(1).strip()
        kind, value = _classify_paren(inner)
        if kind == "chair":
            chair = True
            chair_title = re.sub(r"^(?:in\s+the\s+)", "", inner.strip(" ."), flags=re.IGNORECASE)
            if value:
                roles.append(value)
        elif kind == "role":
            roles.append(value)
        elif kind in {"late", "left_early", "remote"}:
            notes.append(kind)
        elif kind == "sub_for":
            notes.append("substitute")
            sub_for = value or None
        elif kind == "sub_by":
            subs.extend(_sub_entries(value))
        elif kind == "initials" and not _initials_of("".join(head_parts), inner):
            acronyms.append(inner)  # "Mr N Black (CEO)": an acronym of a post, not initials
        elif kind == "initials":
            head_parts.append(" \t ")
    head_parts.append(seg[pos:])
    head = "".join(head_parts)
    head = re.sub(r"[ \xa0]+", " ", head.replace("\t", " \t ")).strip()
    m = re.search(
        r"\s+(?:substituting|as\s+(?:a\s+)?substitute)\s+for\s+(.+)"
        r"$",
        head,
        re.IGNORECASE,
    )
    if m:  # "Councillor A Smith substituting for Councillor B Jones"
        notes.append("substitute")
        sub_for = clean_name(m.group(1))[1]
        head = head[: m.start()]
    # role prefix before the name
    m = _ROLE_PREFIX.match(head)
    prefix_role = None
    if m:
        word = re.sub(r"\s+", " ", m.group(1))
        rest = head[m.end() :]
        if word.lower() == "mayor" and not split_honorific(rest)[0]:
            head = "Mayor " + rest  # "Mayor Ada Brennan": a title
        else:
            prefix_role = word[:1].upper() + word[1:]
            head = rest
            if _CHAIR_MARK.match(word):
                chair = True
    head = re.sub(
        r"^(?:Members?|Cr\.?)\s+(?=[A-Z])",
        lambda x: "Councillor " if x.group(0).startswith("Cr") else "",
        head,
    )
    name_part, role_part = _split_name_role(head)
    honorific, name = clean_name(name_part)
    if not name or not looks_like_name(name):
        return None
    name = re.sub(r"-(?:Clerk|Secretary|Treasurer)$", "", name)
    if role_part and _NOTE_AFTER_DASH.match(role_part):
        kind, _ = _classify_paren(role_part)
        if kind in {"late", "left_early", "remote"}:
            notes.append(kind)  # "Councillor X - virtually", "Y – left at 8.10pm"
            role_part = None
    role = prefix_role
    if role_part:
        role = _join_role(role, role_part)
        if _CHAIR_MARK.match(role_part.strip(" ,;-–")):
            chair = True  # "Name<TAB>Chair (X Council)": the chair's bracket is another post
        if re.match(r"^substitute\b", role_part, re.IGNORECASE) and "substitute" not in notes:
            notes.append("substitute")  # "Substitute (X Council)" in a role column
        sub = _SUB_FOR.match(role_part.strip())
        if sub:  # "Cllr A - Deputy for Cllr B": a substitute, not a post
            notes.append("substitute")
            sub_for = clean_name(sub.group(1))[1]
            role = prefix_role
    for r in roles:
        role = _join_role(role, r)
    for acr in acronyms:
        role = f"{role} ({acr})" if role else acr
    if role and (_CHAIR_MARK.match(role) or _TITLED_CHAIR.match(role)) and not prefix_role:
        chair = True
    if role_part and _CHAIR_OF_BODY.match(role_part.strip(" ,;-–")):
        chair = True
    e = Entry(
        name=name,
        honorific=honorific,
        role=role,
        chair=chair,
        notes=notes,
        substitute_for=sub_for,
        substitutes=subs,
        needle=_needle(name),
        chair_title=chair_title.title() if chair_title else None,
    )
    return e


_POST_START = re.compile(
    r"\b(?:Head|Director|Chief|Assistant|Deputy|Senior|Acting|Interim|Principal)\b"
)


def _last_post(text: str) -> str:
    """The last post in a run of posts ("Chief Executive Director of X Head of Y" -> Head of Y)."""
    if len(text.split()) <= 6:
        return text
    starts = [m.start() for m in _POST_START.finditer(text)]
    return text[starts[-1] :] if starts else text


def _split_name_role(head: str) -> tuple[str, str | None]:
    parts = _SPLIT_ROLE.split(head, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        left, right = parts[0].strip(), parts[1].strip(" \t,;-–")
        titled_right = split_honorific(right)[0] is not None and split_honorific(left)[0] is None
        if looks_like_name(right) and (not looks_like_name(left) or titled_right):
            return right, left  # "Chief Executive Officer - Mr Lee Pine": post first
        return left, right
    head = head.replace("\t", " ").strip()
    m = re.match(r"^(.+?)-(Clerk|Secretary|Treasurer)$", head)
    if m:
        return m.group(1), m.group(2)
    honorific, rest = split_honorific(head)
    words = rest.split()
    prefix = _name_prefix(rest)
    if 0 < len(prefix) < len(words):
        role = " ".join(words[len(prefix) :])
        if any(w.lower().strip(",.") in NOT_NAME_WORDS for w in words[len(prefix) :][:3]):
            name = " ".join(prefix)
            return (f"{honorific} {name}" if honorific else name), role
    return head, None


#: "(Maer / Mayor)", "(Clerc y Dref / Town Clerk)": a Welsh or Irish post and its English form.
_BILINGUAL_PAIR = re.compile(r"^([^/()\d]{2,40}?)\s*/\s*([^/()\d]{2,40})$")


def _classify_paren(inner: str) -> tuple[str, str]:
    text = inner.strip(" .")
    pair = _BILINGUAL_PAIR.match(text)
    if pair and len(pair.group(2).split()) <= 5 and len(pair.group(1).split()) <= 5:
        text = pair.group(2).strip()  # the English form, written second
    low = text.lower()
    if not text:
        return "skip", ""
    if _CHAIR_MARK.match(text):
        m = re.match(
            r"^(.+?),\s*(?:in\s+the\s+chair|chair(?:man|person)?|presiding(?:\s+member)?)$",
            text,
            re.IGNORECASE,
        )
        return "chair", m.group(1) if m else ""  # "(Mayor, in the Chair)"
    if re.fullmatch(r"(?:committee|board|panel|meeting)\s+chair(?:man|person)?", text, re.I):
        return "chair", ""  # "(Committee Chair)"
    if _CHAIR_OF_BODY.match(text):
        return "chair", text  # "(Chair of Trustees)": the chair of this board, and the post
    if _VICE.match(text):
        return "role", text
    m = (
        _SUB_FOR.match(text)
        or re.match(r"^for\s+((?:Councillor|Cllr)\.?\s+.+)$", text)
        or re.match(r"^for\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)$",
                    text)
    )  # "(for Councillor X)", "(for Martin Holt)", "(deputising for Dr X)"
    if m:
        return "sub_for", clean_name(m.group(1))[1]
    if re.fullmatch(r"sub|substitute(?:\s+member)?", low):
        return "sub_for", ""
    m = _SUB_BY.match(text)
    if m:
        return "sub_by", m.group(1).strip()
    if _ATTENDED_FOR.match(text):
        return "sub_by", text
    if _LEFT.search(text):
        return "left_early", ""
    if _REMOTE.search(text) and len(text) < 40:
        return "remote", ""  # before lateness: "(joined remotely)" is not a late arrival
    if _LATE.search(text):
        return "late", ""
    if (
        re.fullmatch(r"[A-Z][A-Za-z]{1,3}", text)
        and text[1:].isupper()
        or re.fullmatch(r"[A-Z]{2}[a-z]", text)
    ):
        return "initials", ""
    if _IGNORE_PAREN.match(text) and not text.isupper():
        return "skip", ""
    if low in {"councillors", "officials", "officers"}:
        return "skip", ""
    return "role", text


_PARTIES = frozenset("LD LDP SNP DUP SDLP UUP TUV UKIP PC GP IND LAB CON GRN SF APNI REF".split())


def _initials_of(name: str, letters: str) -> bool:
    """Can ``letters`` ("JB", "MAK") be the initials of ``name`` ("Joanna Breckenridge")? A party
    ("LD", "SNP") counts as initials too: neither is a post. Without a name, they may be."""
    if letters.upper() in _PARTIES:
        return True
    _, rest = split_honorific(name.strip())
    parts = [p for w in rest.split() for p in w.split("-") if p[:1].isupper()]
    if not parts:
        return True
    firsts = {p[0] for p in parts}
    caps = [ch for ch in letters if ch.isupper()]  # "MWh": the capitals are the initials
    return letters[0] == parts[0][0] and all(ch in firsts for ch in caps)


def _sub_entries(text: str) -> list[Entry]:
    """People a bracket names as standing in ("Ms H Tarrant attended as substitute")."""
    from graphgov.ingest.attendance_entries import parse_entries  # the bracket holds a list

    m = _ATTENDED_FOR.match(text)
    who = m.group(1) if m else text
    out = []
    for e in parse_entries(who):
        e.notes.append("substitute")
        out.append(e)
    return out


def _join_role(a: str | None, b: str | None) -> str | None:
    b = (b or "").strip(" ,;-–—/")
    if not b:
        return a
    if not a:
        return b
    return f"{a}, {b}"


def _needle(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else name

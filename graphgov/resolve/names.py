"""People's names as minutes write them: honorifics, initials, capitals, hyphen/space variants.

Minutes name one person several ways ("Councillor Petra Lindqvist Howe", "Councillor
Lindqvist-Howe", "Cllr Lindqvist Howe"; "Zara Quinlan", "Z. Quinlan"). These helpers split off the
honorific, tidy the name, decide whether two mentions can be the same person, and choose the
fullest form. Nothing here knows any particular person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Titles written before a name; kept separately as the attendee's honorific.
#: Longest first so "Councillors" wins over "Councillor".
HONORIFICS: tuple[str, ...] = (
    "The Right Worshipful the Mayor",
    "Right Worshipful the Mayor",
    "Her Worship the Mayor",
    "His Worship the Mayor",
    "The Rt Hon",
    "Rt Hon",
    "County Councillors",
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "Town Councillor",
    "Community Councillor",
    "Parish Councillor",
    "Councillors",
    "Councillor",
    "County Cllr",
    "Borough Cllr",
    "District Cllr",
    "Town Cllr",
    "Parish Cllr",
    "Ward Cllr",
    "Cllrs.",
    "Cllrs",
    "Cllr.",
    "Cllr",
    "Cr.",
    "Cr",
    "Cyng.",
    "Y Cynghorwyr",
    "Aldermen",
    "Alderman",
    "Executive Mayor",
    "Deputy Mayor",
    "Metro Mayor",
    "Mayor",
    "Provost",
    # police, fire and harbour ranks and clergy titles written before a name (not posts)
    "Temporary Assistant Chief Constable",
    "Assistant Chief Constable",
    "Deputy Chief Constable",
    "Chief Constable",
    "Chief Superintendent",
    "Superintendent",
    "Chief Inspector",
    "Inspector",
    "Station Commander",
    "Group Commander",
    "Sergeant",
    "Sgt.",
    "Sgt",
    "PCSO",
    "PC",
    "Captain",
    "Capt.",
    "Capt",
    "Canon",
    "Father",
    "Comhairleoir",
    "Baroness",
    "Baron",
    "Lord",
    "Lady",
    "Dame",
    "Sir",
    "Professor",
    "Prof.",
    "Prof",
    "Reverend",
    "Revd.",
    "Revd",
    "Rev.",
    "Rev",
    "Doctor",
    "Dr.",
    "Dr",
    "Mrs.",
    "Mrs",
    "Mr.",
    "Mr",
    "Ms.",
    "Ms",
    "Miss",
    "Mx",
)

#: Letters after a name (honours, qualifications) that are not part of it.
POST_NOMINALS = frozenset(
    "CBE OBE MBE BEM KBE DBE CB CMG JP DL MP MSP MS MLA AM QC KC FRS FRICS PhD MA BA MSc".split()
)

#: Words that make a phrase a post or an organisation rather than a person's name.
NOT_NAME_WORDS = frozenset(
    """
    director officer manager head chief executive clerk services service council member members
    cabinet lead assistant team leader planner solicitor support administrator secretary chair
    chairman chairperson vice committee board panel group authority corporate governance
    democratic legal finance resources development environment housing planning policy strategy
    department partnership partnerships trust association nhs police commissioner consultant
    engineer accountant advisor adviser auditor coordinator co-ordinator portfolio holder deputy
    apologies present attendance absent minutes meeting item items public press none also
    representative representatives agenda community parish town city county borough district
    councillors councillor elected inspection visit site declaration nil none n/a no yes
    welcome introductions introduction declarations interests interest matters arising business
    report reports questions question actions action update updates any other date next close
    opening summary purpose background discussion decision decisions recommendations budget
    monitoring review annual forward plan programme work urgent exclusion notice minute
    performance informatics projects unit department team operations strategy
    treasurer secretariat headteacher trustee trustees governor governors convener convenor
    cathaoirleach leas-chathaoirleach independent co-opted observer registrar
    llp ltd limited plc inc llc master harbour tidy towns society club network federation
    partner experience church churches academy college hospital
    labour conservative conservatives liberal democrat democrats independent
    the of for and to in on at by with from was were had has be been noted received
    """.split()
)

#: Lower-case particles allowed inside a name ("Rhian ap Iorwerth", "Van der Berg").
PARTICLES = frozenset("ap ab de del der di da du van von le la st bin al el y".split())

_HONORIFIC_RE = re.compile(
    r"^(?:"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HONORIFICS)
    + r")(?=[\s.]|$)\.?\s*",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case ASCII letters only (accents dropped), for comparing names."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", text.lower())


def split_honorific(text: str) -> tuple[str | None, str]:
    """("Councillor", "Petra Lindqvist Howe") from "Councillor Petra Lindqvist Howe".

    Several titles in a row ("Cllr Mrs B Okafor", "Professor Sir Alun Pryce") are all
    removed; the first is kept as the honorific.
    """
    first: str | None = None
    rest = text.strip()
    for _ in range(4):
        m = _HONORIFIC_RE.match(rest)
        if not m or m.end() == 0:
            break
        word = re.sub(r"\s+", " ", m.group(0).strip().rstrip("."))
        first = first or _canonical_honorific(word)
        rest = rest[m.end() :].strip()
    return first, rest


def _canonical_honorific(word: str) -> str:
    low = word.lower()
    if re.fullmatch(r"(?:county|borough|district|town|parish|ward) cllr", low):
        return word.split()[0].title() + " Councillor"  # "County Cllr" -> "County Councillor"
    if low in {"cllr", "cllrs", "cr", "councillors", "cyng", "y cynghorwyr"} or low.endswith(
        ("councillor", "councillors")
    ):
        return "Councillor"
    if "mayor" in low and "worship" in low:
        return "Mayor"
    if low == "aldermen":
        return "Alderman"
    return word[:1].upper() + word[1:] if word.islower() else word


def strip_post_nominals(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[-1].strip(",.") in POST_NOMINALS:
        words.pop()
    return " ".join(words)


def tidy_case(name: str) -> str:
    """Title-case surnames printed in capitals ("Hamish TODD" -> "Hamish Todd").

    Mixed-case prefixes survive ("MacTAVISH" -> "MacTavish", "McCLUSKEY" -> "McCluskey",
    "O’DONNELL" -> "O’Donnell"); initials ("J", "JJ", "J.V.") are left alone.
    """
    return " ".join(_tidy_word(w) for w in name.split())


def _tidy_word(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) <= 2 or not any(c.isupper() for c in letters):
        return word
    if "." in word and len(letters) <= 3:
        return word  # initials such as "J.V."
    m = re.match(r"^(Ma?c)([A-Z].*)$", word)
    if m and m.group(2).isupper():
        return m.group(1) + _cap_parts(m.group(2))
    if sum(c.isupper() for c in letters) < len(letters):
        return word  # already mixed case
    return _cap_parts(word)


def _cap_parts(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), word)


@lru_cache(maxsize=8192)
def clean_name(text: str) -> tuple[str | None, str]:
    """(honorific, name) for a raw name: titles, honours and stray punctuation removed."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:.-–—·•*\t")
    honorific, rest = split_honorific(text)
    rest = strip_post_nominals(rest.strip(" ,;:-–—"))
    rest = rest.rstrip(",;:")
    if rest.endswith(".") and not re.search(r"\b[A-Z]\.$", rest):
        rest = rest[:-1]
    return honorific, tidy_case(rest.strip())


@lru_cache(maxsize=16384)
def is_initial(token: str) -> bool:
    """ "J", "J.", "JJ", "J.V." — a token of initials rather than a given name."""
    letters = token.replace(".", "")
    return (
        bool(letters)
        and letters.isalpha()
        and letters.isupper()
        and len(letters) <= 3
        and (len(letters) == 1 or "." in token or len(letters) <= 2)
    )


@lru_cache(maxsize=16384)
def looks_like_name(text: str) -> bool:
    """Could ``text`` be a person's name (with or without honorific)? Posts and bodies are not."""
    _, rest = split_honorific(text.strip())
    rest = strip_post_nominals(rest)
    words = rest.replace("’", "'").split()
    if not words or len(words) > 6:
        return False
    if (
        words[0].isupper()
        and words[0].isalpha()
        and len(words[0]) > 3
        and len(words) > 1
        and not all(w.isupper() for w in words)
    ):
        return False  # an acronym leads ("NHS England")
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
        return False  # an acronym ("ICB", "HQ")
    if len(words) > 1 and is_initial(words[-1]) and not all(is_initial(w) for w in words):
        return False  # a name ends with a surname ("Part I" is not one)
    caps = 0
    for w in words:
        if (
            sum(c.isupper() for c in w) >= 3
            and not w.isupper()
            and not re.match(r"^(?:Ma?c|O['’])", w)
        ):
            return False  # camel-case run-together words ("NoDescriptionResolution")
        core = w.strip(".,'()")
        if not core or ":" in core:
            return False
        if core.lower() in NOT_NAME_WORDS:
            return False
        if core.lower() in PARTICLES:
            continue
        if not core[0].isupper() or any(c.isdigit() for c in core):
            return False
        caps += 1
    return caps >= 1


@dataclass(frozen=True)
class NameParts:
    """A name split for matching: given names / initials, and the surname words."""

    given: tuple[str, ...]
    surname: tuple[str, ...]

    @property
    def initials(self) -> str:
        out = ""
        for g in self.given:
            out += "".join(c for c in g if c.isupper()) if is_initial(g) else g[0].upper()
        return out

    @property
    def has_full_given(self) -> bool:
        return any(not is_initial(g) for g in self.given)


@lru_cache(maxsize=8192)
def name_parts(name: str) -> NameParts:
    """Split "Petra Lindqvist Howe" / "D G. Wilberforce" / "J.V. Ashby Price" for matching.

    The surname is the last word plus any particles before it; initials-only names keep every
    capitalised word after the initials as surname ("J.V. Ashby Price" -> Ashby Price).
    """
    _, rest = clean_name(name)
    words = [w for w in re.split(r"\s+", rest.replace("’", "'")) if w]
    if not words:
        return NameParts((), ())
    # split glued initials "J.V." into J, V
    expanded: list[str] = []
    for w in words:
        if re.fullmatch(r"(?:[A-Z]\.){2,}", w):
            expanded.extend(p + "." for p in w.split(".") if p)
        else:
            expanded.append(w)
    words = expanded
    n_init = 0
    while n_init < len(words) - 1 and is_initial(words[n_init]):
        n_init += 1
    if n_init:
        return NameParts(tuple(words[:n_init]), tuple(words[n_init:]))
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    return NameParts(tuple(words[:cut]), tuple(words[cut:]))


def _surname_key(parts: NameParts) -> str:
    return fold("".join(parts.surname))


@lru_cache(maxsize=16384)
def could_be_same(a: str, b: str) -> bool:
    """Can two mentions name the same person? Surnames agree (hyphen/space folded; a
    double-barrelled name may be cited by its whole or, when given names match, written with
    a space) and given names / initials do not conflict."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa.surname or not pb.surname:
        return False
    ka, kb = _surname_key(pa), _surname_key(pb)
    if ka != kb:
        # "Petra Lindqvist Howe" vs "Lindqvist-Howe": given+surname of one spell the other's surname
        full_a = fold("".join(pa.given[-1:] + pa.surname)) if pa.has_full_given else ""
        full_b = fold("".join(pb.given[-1:] + pb.surname)) if pb.has_full_given else ""
        if full_a == kb and not pb.given:
            return True
        if full_b == ka and not pa.given:
            return True
        return False
    if not pa.given or not pb.given:
        return True
    ia, ib = pa.initials, pb.initials
    if ia[:1] != ib[:1]:
        return False
    if pa.has_full_given and pb.has_full_given:
        ga, gb = fold(pa.given[0]), fold(pb.given[0])
        return ga.startswith(gb) or gb.startswith(ga) or _nickname(ga, gb)
    return True


_NICKNAMES = {
    frozenset(p)
    for p in (
        ("dave", "david"),
        ("bob", "robert"),
        ("bill", "william"),
        ("will", "william"),
        ("jim", "james"),
        ("mike", "michael"),
        ("tony", "anthony"),
        ("andy", "andrew"),
        ("steve", "stephen"),
        ("steve", "steven"),
        ("chris", "christopher"),
        ("liz", "elizabeth"),
        ("sue", "susan"),
        ("tom", "thomas"),
        ("dan", "daniel"),
        ("ben", "benjamin"),
    )
}


def _nickname(a: str, b: str) -> bool:
    return frozenset((a, b)) in _NICKNAMES


def fullest(a: str, b: str) -> str:
    """The fuller of two forms of one name: full given names beat initials, then more words."""

    def weight(name: str) -> tuple[int, int, int]:
        p = name_parts(name)
        given_letters = sum(len(g.replace(".", "")) for g in p.given if not is_initial(g))
        return (given_letters, len(p.given), len(name))

    return a if weight(a) >= weight(b) else b

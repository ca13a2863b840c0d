"""Councils and bodies across documents: one node per real body despite spelling variants.

Minutes spell one committee several ways ("Grants Scrutiny Sub-Committee", "Grants Scrutiny
Subcommittee", "grants scrutiny sub committee") and shorten it to an acronym the text defines
("... (GSSC)"). :func:`body_key` folds the variants; :class:`BodyIndex` remembers, per council,
the first spelling seen for each key and the acronyms defined for it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from graphgov.model.vocab import BodyKind

__all__ = [
    "BodyIndex",
    "UNKNOWN_COUNCIL",
    "body_key",
    "body_kind",
    "canonical_body_name",
    "council_key",
    "infer_council",
    "is_unknown_council",
    "unknown_council",
    "looks_like_body",
]

UNKNOWN_COUNCIL = "unknown"


def unknown_council(document_sha256: str) -> str:
    """The council key of a document whose council cannot be told: unknown, and its own."""
    return f"{UNKNOWN_COUNCIL} {document_sha256[:12]}"


def is_unknown_council(key: str) -> bool:
    return key == UNKNOWN_COUNCIL or key.startswith(UNKNOWN_COUNCIL + " ")

# Longest first: "London Borough of X Council" loses both ends.
_COUNCIL_PREFIXES = (
    "royal borough of", "london borough of", "metropolitan borough of", "city and county of",
    "borough of", "city of", "county of", "the",
)
_COUNCIL_SUFFIXES = (
    "metropolitan borough council", "borough council", "district council", "county council",
    "city council", "town council", "parish council", "council",
)

_SUB_COMMITTEE = re.compile(r"\bsub[\s\-\u2010-\u2013]*committee\b", re.IGNORECASE)
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc`']")


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def council_key(name: str | None) -> str:
    """The council's key: its place name without "London Borough of" / "Council" wrappers."""
    if not name or not name.strip():
        return UNKNOWN_COUNCIL
    text = _spaces(name.replace("\u2019", "'"))
    lowered = text.lower()
    changed = True
    while changed:
        changed = False
        for prefix in _COUNCIL_PREFIXES:
            if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 1:
                text, lowered = text[len(prefix) + 1:], lowered[len(prefix) + 1:]
                changed = True
        for suffix in _COUNCIL_SUFFIXES:
            if lowered.endswith(" " + suffix) and len(lowered) > len(suffix) + 1:
                text, lowered = text[: -len(suffix) - 1], lowered[: -len(suffix) - 1]
                changed = True
    text = text.strip(" ,-")
    if text.isupper() and len(text) > 4:
        text = text.title()  # "TOWER HAMLETS" from a shouting header
    return text or UNKNOWN_COUNCIL


def infer_council(body: str | None, known_councils: list[str]) -> str | None:
    """A known council whose key starts the body's name ("Larkhaven Best Value ... Board")."""
    if not body:
        return None
    folded = body_key(body)
    best: str | None = None
    for council in known_councils:
        if is_unknown_council(council):
            continue
        prefix = body_key(council)
        if prefix and (folded == prefix or folded.startswith(prefix + " ")):
            if best is None or len(council) > len(best):
                best = council
    return best


# A page title's "Minutes - " / "Minutes of the " is not part of the body's name.
_MINUTES_PREFIX = re.compile(
    r"^minutes\s*(?:of\s+(?:a\s+meeting\s+of\s+)?(?:the\s+)?|[-:\u2013]\s*)", re.IGNORECASE
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def canonical_body_name(name: str) -> str:
    """The name to show: spacing tidied, every sub-committee spelling written "Sub-Committee"."""
    text = _THE.sub("", _MINUTES_PREFIX.sub("", _spaces(name))).strip(" .,;:")
    return _SUB_COMMITTEE.sub("Sub-Committee", text)


@lru_cache(maxsize=16384)
def body_key(name: str) -> str:
    """Fold a body name for matching: case, accents, apostrophes, '&', 'the', sub-committee."""
    text = unicodedata.normalize("NFKD", canonical_body_name(name))
    text = _APOSTROPHES.sub("", text.encode("ascii", "ignore").decode().lower())
    text = _SUB_COMMITTEE.sub("subcommittee", text).replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_KIND_WORDS: tuple[tuple[str, BodyKind], ...] = (
    ("subcommittee", BodyKind.SUB_COMMITTEE),
    ("committee", BodyKind.COMMITTEE),
    ("cabinet", BodyKind.CABINET),
    ("board", BodyKind.BOARD),
    ("panel", BodyKind.PANEL),
    ("forum", BodyKind.GROUP),
    ("group", BodyKind.GROUP),
    ("partnership", BodyKind.GROUP),
    ("team", BodyKind.TEAM),
    ("council", BodyKind.COUNCIL),
)


def body_kind(name: str, hint: str | None = None) -> str:
    """The kind a mention gave, else the one its name ends with, else organisation."""
    if hint and hint in {k.value for k in BodyKind} and hint != BodyKind.POST.value:
        return hint
    words = body_key(name).split()
    for word in reversed(words):  # "Committee of the Board" is a committee: the head noun is last
        for needle, kind in _KIND_WORDS:
            if word == needle:
                return kind.value
    return BodyKind.ORGANISATION.value


# Words that make a role a post rather than the name of an organisation someone represents.
_POST_WORDS = re.compile(
    r"\b(chair|chairman|chairwoman|vice|deputy|mayor|member|director|officer|manager|head|"
    r"chief|executive|leader|lead|secretary|clerk|adviser|advisor|councillor|cllr|"
    r"representative|controller|treasurer|solicitor|monitoring|portfolio|holder|"
    r"coordinator|co-ordinator|assistant|analyst|consultant|commissioner|president|"
    r"inspector|auditor|partner|principal|senior|specialist)\b",
    re.IGNORECASE,
)
_BODY_HEADS = re.compile(
    r"\b(association|committee|sub-committee|board|panel|forum|group|partnership|trust|"
    r"council|authority|agency|commission|network|federation|foundation|service|limited|"
    r"ltd|plc|llp|university|college|police|society|union)$",
    re.IGNORECASE,
)


def looks_like_body(text: str) -> bool:
    """Whether a role such as "(Local Government Association)" names an organisation, not a post."""
    cleaned = _spaces(text).strip(" .,;:()")
    if not cleaned or _POST_WORDS.search(cleaned):
        return False
    return bool(_BODY_HEADS.search(cleaned))


@dataclass
class _CouncilBodies:
    names: dict[str, str] = field(default_factory=dict)  # body_key -> canonical name
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> canonical name


class BodyIndex:
    """Bodies known per council; resolves spelling variants and defined acronyms to one name."""

    def __init__(self, aliases: dict[str, str] | None = None) -> None:
        self._councils: dict[str, _CouncilBodies] = {}
        # alias key -> canonical spelling, from the user's aliases file
        self._aliases = {body_key(k): canonical_body_name(v) for k, v in (aliases or {}).items()}

    def _bodies(self, council: str) -> _CouncilBodies:
        return self._councils.setdefault(council, _CouncilBodies())

    def add(self, council: str, name: str, acronym: str | None = None) -> None:
        """Remember a body already in the store (its stored spelling wins)."""
        bodies = self._bodies(council)
        bodies.names.setdefault(body_key(name), name)
        if acronym:
            bodies.acronyms.setdefault(acronym.upper(), name)

    def resolve(self, council: str, name: str, acronym: str | None = None) -> str:
        """The canonical name for ``name`` in ``council``; learns new bodies and acronyms."""
        bodies = self._bodies(council)
        text = canonical_body_name(name)
        aliased = self._aliases.get(body_key(text))
        if aliased:
            text = aliased
        key = body_key(text)
        if key in bodies.names:
            found = bodies.names[key]
        elif _is_acronym(text) and text.upper() in bodies.acronyms:
            found = bodies.acronyms[text.upper()]
        else:
            found = text
            bodies.names[key] = text
        if acronym and not _is_acronym(text):
            bodies.acronyms.setdefault(acronym.upper(), found)
        return found

    def acronym_of(self, council: str, name: str) -> str | None:
        bodies = self._bodies(council)
        for acronym, body in bodies.acronyms.items():
            if body == name:
                return acronym
        return None


def _is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,9}s?", text))

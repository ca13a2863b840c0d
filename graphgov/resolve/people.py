"""People across documents of one council: one node per real person, never a guessed merge.

A person's key within a council is their fullest name. A shortened reference ("N. Brooke",
"Councillor Brooke", "Brooke") joins a known person only when exactly one known person of that
council fits it: same surname and compatible initials or first names, narrowed by the post the
reference gives when several fit. Two people who merely share a surname are never merged:
an ambiguous reference gets its own node and is recorded as :class:`Uncertain` so a person can
review it (and settle it in the aliases file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphgov.graph.schema import slug
from graphgov.resolve.names import split_honorific, strip_post_nominals

__all__ = ["NameParts", "PersonIndex", "Resolved", "Uncertain", "compatible", "name_parts"]

@dataclass(frozen=True, slots=True)
class NameParts:
    given: tuple[str, ...]  # lower-case given names or initials, in order
    surname: tuple[str, ...]  # lower-case tokens of the last word ("whitelock", "gibbs")

    @property
    def abbreviated(self) -> bool:
        """Only initials, or no given name at all ("N. Brooke", "Brooke")."""
        return all(len(g) == 1 for g in self.given)


def name_parts(name: str) -> NameParts:
    """Split a name into given names / initials and surname tokens, dropping honorifics."""
    # Titles and post-nominals are the same vocabulary the parser strips (resolve/names.py).
    _, rest = split_honorific(name)
    words = [w for w in re.split(r"\s+", strip_post_nominals(rest).strip()) if w]
    if not words:
        return NameParts((), ())
    surname = tuple(t for t in re.split(r"[^a-z0-9]+", slug(words[-1])) if t)
    given: list[str] = []
    for word in words[:-1]:
        tokens = [t for t in re.split(r"[^a-z0-9]+", slug(word)) if t]
        # "J.P." and "JP" are two initials; a real name stays whole.
        if len(tokens) == 1 and word.replace(".", "").isupper() and 1 < len(tokens[0]) <= 3:
            given.extend(tokens[0])
        else:
            given.extend(tokens)
    return NameParts(tuple(given), surname)


def compatible(ref: NameParts, known: NameParts) -> bool:
    """Whether ``ref`` can name the same person as ``known`` (surname equal, initials fit)."""
    if not ref.surname or not known.surname:
        return False
    full_known = (*known.given, *known.surname)
    n = len(ref.surname)
    # "Hartley-Quinn" matches "Rosa Hartley Quinn": the surname may span known's last words.
    if tuple(full_known[-n:]) != ref.surname:
        return False
    known_given = full_known[:-n]
    if len(ref.given) > len(known_given):
        return False
    for mine, theirs in zip(ref.given, known_given, strict=False):
        if len(mine) == 1 or len(theirs) == 1:
            if mine[0] != theirs[0]:
                return False
        elif mine != theirs:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Uncertain:
    """A reference that could be several known people (or a fuller form of one)."""

    council: str
    name: str
    candidates: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str  # the canonical name to key the Person on
    uncertain: Uncertain | None = None


@dataclass
class _Known:
    name: str
    parts: NameParts
    posts: set[str] = field(default_factory=set)


class PersonIndex:
    """Known people per council; resolves a reference to one of them or to a new person."""

    def __init__(
        self,
        forced: dict[str, str] | None = None,
        forbidden: list[tuple[str, str]] | None = None,
    ) -> None:
        self._people: dict[str, dict[str, _Known]] = {}
        # council -> last surname token -> people: only these can fit a reference.
        self._by_last: dict[str, dict[str, list[_Known]]] = {}
        self._forced = {slug(k): v for k, v in (forced or {}).items()}
        self._forbidden = {frozenset((slug(a), slug(b))) for a, b in (forbidden or [])}

    def add(self, council: str, name: str, post: str | None = None) -> None:
        people = self._people.setdefault(council, {})
        known = people.get(slug(name))
        if known is None:
            known = people[slug(name)] = _Known(name, name_parts(name))
            if known.parts.surname:
                last = known.parts.surname[-1]
                self._by_last.setdefault(council, {}).setdefault(last, []).append(known)
        if post:
            known.posts.add(slug(post))

    def names(self, council: str) -> list[str]:
        return sorted(k.name for k in self._people.get(council, {}).values())

    def resolve(self, council: str, name: str, post: str | None = None) -> Resolved:
        """The canonical name for a reference; ambiguous references come back uncertain."""
        text = re.sub(r"\s+", " ", name).strip()
        forced = self._forced.get(slug(text))
        if forced:
            return Resolved(forced)
        people = self._people.get(council, {})
        exact = people.get(slug(text))
        ref = name_parts(text)
        same_last = self._by_last.get(council, {}).get(ref.surname[-1], []) if ref.surname else []
        fits = [
            k for k in same_last
            if k is not exact and compatible(ref, k.parts) and not self._is_forbidden(text, k.name)
        ]
        if not ref.abbreviated:
            # A full name is its own key; shortened forms already stored may be this person.
            canonical = exact.name if exact else text
            shorter = [k.name for k in fits if k.parts.abbreviated]
            if shorter:
                return Resolved(canonical, Uncertain(council, text, tuple(sorted(shorter)),
                                                     "fuller form of a name already stored"))
            return Resolved(canonical)
        full = [k for k in fits if not k.parts.abbreviated]
        if len(full) == 1:
            return Resolved(full[0].name)
        if len(full) > 1 and post:
            holders = [k for k in full if slug(post) in k.posts]
            if len(holders) == 1:
                return Resolved(holders[0].name)
        if len(full) > 1:
            candidates = tuple(sorted(k.name for k in full))
            return Resolved(exact.name if exact else text,
                            Uncertain(council, text, candidates, "several people fit this name"))
        if exact is not None:
            return Resolved(exact.name)
        if len(fits) == 1:  # only another shortened form fits ("Brooke" for a stored "N. Brooke")
            return Resolved(fits[0].name)
        return Resolved(text)

    def _is_forbidden(self, a: str, b: str) -> bool:
        return frozenset((slug(a), slug(b))) in self._forbidden

"""Attendance: members and officers present, posts, chair, apologies, lateness, substitutes.

Two passes over the meeting's lines:

1. lists (``attendance_sections``): headed lists such as "Members Present:", "Officers in
   attendance:", "Apologies:" (headings in ``attendance_headings``), attendance grids and
   tables (``attendance_tables``), lists with no heading that name their chair, wherever they
   are in the document, wrapped over lines as ``attendance_layout`` reads them; each person's
   capacity from ``attendance_capacity``;
2. narrative (``attendance_narrative``, over the sentences of ``attendance_sentences``):
   sentences that add or qualify people ("Apologies for absence were received from ...",
   "An apology for lateness was received on behalf of ...", "X attended as a substitute for Y",
   "X took the chair").

The grammar of one list is in ``attendance_entries`` (its text tidied by ``attendance_text``,
posts finished by ``attendance_roles``) and of one entry in ``attendance_entry``; names are
compared with ``graphgov.resolve.names``.

Both feed a :class:`Register` that merges mentions of one person ("Councillor Lindqvist-Howe" is
the listed "Councillor Petra Lindqvist Howe") and keeps the fullest name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.minutes import Attendee
from graphgov.model.vocab import Capacity, Status
from graphgov.resolve.names import could_be_same, fold, fullest, name_parts

#: Lines longer than this are only read up to here (one-line PDF dumps hold whole documents).
MAX_LINE = 5000


@dataclass
class Person:
    """An attendee being assembled from the mentions that name them."""

    name: str
    honorific: str | None
    role: str | None
    capacity: Capacity
    status: Status
    line: int
    needle: str
    notes: list[str] = field(default_factory=list)
    chair: bool = False
    substitute_for: str | None = None
    listed: bool = False  # read from an attendance list (not only from a sentence)


class Register:
    """The meeting's people, in order of first mention; merges mentions of one person."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        # Surname keys -> people, so finding a name looks at a handful of candidates instead
        # of every person (long documents list hundreds). Keys only ever get added: a stale
        # entry is harmless because candidates are still checked with could_be_same.
        self._index: dict[str, list[Person]] = {}

    def _keys(self, name: str) -> set[str]:
        """Keys under which could_be_same can match ``name``: its surname, and given+surname
        (a double-barrelled surname cited whole, "Lindqvist-Howe")."""
        parts = name_parts(name)
        if not parts.surname:
            return set()
        keys = {fold("".join(parts.surname))}
        if parts.given:
            keys.add(fold("".join(parts.given[-1:] + parts.surname)))
        return keys

    def _remember(self, person: Person) -> None:
        for key in self._keys(person.name):
            bucket = self._index.setdefault(key, [])
            if not any(p is person for p in bucket):
                bucket.append(person)

    def _candidates(self, name: str) -> list[Person]:
        seen: dict[int, Person] = {}
        for key in self._keys(name):
            for p in self._index.get(key, ()):
                seen.setdefault(id(p), p)
        order = {id(p): i for i, p in enumerate(self.people)}
        return sorted(seen.values(), key=lambda p: order.get(id(p), len(order)))

    def rename(self, person: Person, name: str) -> None:
        """Change a person's name (to a fuller form) and keep the index in step."""
        person.name = name
        self._remember(person)

    def find(self, name: str) -> Person | None:
        """The one person ``name`` can be; None if nobody or several fit."""
        hits = [p for p in self._candidates(name) if could_be_same(p.name, name)]
        if len(hits) > 1:
            exact = [p for p in hits if p.name.lower() == name.lower()]
            hits = exact
        return hits[0] if len(hits) == 1 else None

    def find_role(self, role: str) -> Person | None:
        low = role.lower().strip()
        hits = [p for p in self.people if p.role and p.role.lower().startswith(low)]
        return hits[0] if len(hits) == 1 else None

    def ambiguous(self, name: str) -> bool:
        return sum(1 for p in self._candidates(name) if could_be_same(p.name, name)) > 1

    def add(self, person: Person, merge: bool = True) -> Person:
        """Add ``person`` or merge it into the listed person it names. Returns the kept record."""
        found = self.find(person.name) if merge else None
        if found is None:
            self.people.append(person)
            self._remember(person)
            return person
        self.rename(found, fullest(found.name, person.name))
        found.honorific = found.honorific or person.honorific
        found.role = found.role or person.role
        found.chair = found.chair or person.chair
        found.substitute_for = found.substitute_for or person.substitute_for
        for n in person.notes:
            if n not in found.notes:
                found.notes.append(n)
        if person.listed and not found.listed:
            found.listed = True
            found.capacity = person.capacity
            found.status = person.status
            found.line, found.needle = person.line, person.needle
        return found


def parse_attendance(
    ctx: ParseContext, lines: list[Line], preamble: list[Line], items: list[ItemBlock]
) -> list[Attendee]:
    from graphgov.ingest.attendance_narrative import read_narrative
    from graphgov.ingest.attendance_sections import read_sections

    register = Register()
    bounded = [Line(ln.no, ln.text[:MAX_LINE]) for ln in lines]
    read_sections(ctx, bounded, register)
    # sentences are bounded one by one, so a whole document on one line is still read
    read_narrative(ctx, lines, register)
    return [_attendee(ctx, p) for p in register.people if p.name]


def _attendee(ctx: ParseContext, p: Person) -> Attendee:
    notes = tuple(dict.fromkeys(p.notes))
    return Attendee(
        name=p.name,
        role=p.role,
        capacity=p.capacity,
        status=p.status,
        evidence=ctx.evidence(p.line, p.needle),
        honorific=p.honorific,
        notes=notes,
        chair=p.chair,
        substitute_for=p.substitute_for,
    )

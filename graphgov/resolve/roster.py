"""The people of one meeting, for resolving names and post phrases mentioned in its items."""

from __future__ import annotations

import re

from graphgov.model.minutes import Attendee


class Roster:
    def __init__(self, attendees: list[Attendee], text: str = "") -> None:
        self.attendees = list(attendees)
        # the document's text, where initials may be defined beside a name the attendance
        # list missed ("Chief Constable Ann Lee (AL)")
        self.text = text
        self._initials: dict[str, set[str]] | None = None

    def by_name(self, text: str) -> Attendee | None:
        """The attendee ``text`` names ("Z. Quinlan", "Councillor Lindqvist-Howe"), if any.

        Honorifics are ignored, initials match first names, hyphen and space variants of a
        surname match. Two attendees who fit equally (same surname, no first name or initial to
        tell them apart) name nobody: a shared surname is never enough.
        """
        from graphgov.resolve.names import clean_name, could_be_same, fold

        _, name = clean_name(text)
        if not name:
            return None
        hits = [a for a in self.attendees if a.name and could_be_same(a.name, name)]
        if len(hits) > 1:
            hits = [a for a in hits if fold(a.name) == fold(name)]
        return hits[0] if len(hits) == 1 else None

    def by_post(self, text: str) -> Attendee | None:
        """The attendee holding the post ``text`` describes ("Divisional Director, IT").

        "The Chair" / "the Chairman" / "the Convener" is whoever chaired this meeting. Only
        people present count, and only a single clear holder: a tie names nobody.
        """
        from graphgov.resolve.posts import best_holder, is_chair_post

        if " / " in text:  # bilingual "Clerc / Clerk": either language names the post
            for part in text.split(" / "):
                found = self.by_post(part)
                if found is not None:
                    return found
            return None
        present = [a for a in self.attendees if str(a.status) != "apologies" and a.name]
        if is_chair_post(text):
            chairs = [a for a in present if a.chair]
            return chairs[0] if len(chairs) == 1 else None
        # An honorific can be the post: "Mayor Alan Marsh" holds "the Mayor".
        held = [a.role or a.honorific for a in present]
        i = best_holder(text, held)
        if i is None:
            held = [" ".join(x for x in (a.honorific, a.role) if x) or None for a in present]
            i = best_holder(text, held)
        if i is None and _ACRONYM.fullmatch(text.strip()):
            i = _acronym_holder(text.strip(), [a.role for a in present])
        return present[i] if i is not None else None

    def defined_initials(self, token: str) -> str | None:
        """The one name the document writes with these initials in brackets ("Ann Lee (AL)")."""
        if not _INITIALS.fullmatch(token.strip()) or not self.text:
            return None
        found = {n for n in self._bracketed_initials().get(token.strip(), ())
                 if _name_initials(n).endswith(token.strip())}
        return found.pop() if len(found) == 1 else None

    def _bracketed_initials(self) -> dict[str, set[str]]:
        """Every "Name (XY)" in the text, read in one pass: initials -> the names before them.

        One scan per meeting instead of one per initials looked up, which made long documents
        quadratic."""
        if self._initials is None:
            self._initials = {}
            for m in _BRACKETED_INITIALS.finditer(self.text[:_MAX_TEXT]):
                self._initials.setdefault(m.group(2), set()).add(m.group(1))
        return self._initials

    def by_initials(self, token: str) -> Attendee | None:
        """The attendee that initials written in notes name ("SK presented", "Action: JW").

        Initials the attendance list defines next to a name ("Shabnam Karimi (SK)", "- SK", an
        initials column) win; otherwise the one attendee whose name has those initials.
        """
        from graphgov.resolve.names import clean_name

        token = token.strip()
        if not _INITIALS.fullmatch(token):
            return None
        word = re.compile(rf"(?<![\w'’-]){token}(?![\w'’-])")
        defined = [a for a in self.attendees if a.name and token not in a.name.split()
                   and word.search(a.evidence.quote)]
        if len(defined) > 1:  # several people on the line that defines them
            defined = [a for a in defined if _name_initials(clean_name(a.name or "")[1]) == token]
        if defined:
            return defined[0] if len(defined) == 1 else None
        hits = [a for a in self.attendees
                if a.name and _name_initials(clean_name(a.name)[1]) == token]
        return hits[0] if len(hits) == 1 else None


_INITIALS = re.compile(r"[A-Z]{2,4}")
_BRACKETED_INITIALS = re.compile(
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*\([ \t]*([A-Z]{2,4})[ \t]*\)")
_MAX_TEXT = 2_000_000
_ACRONYM = re.compile(r"(?:the\s+)?[A-Z][A-Z0-9&]{1,7}")
_JOINING = frozenset({"of", "for", "and", "the", "&", "to", "in", "on"})


def _name_initials(name: str) -> str:
    """"Leonora Vasquez-Hale" -> "LVH"; "Úna Prendergast" -> "UP"."""
    from graphgov.resolve.names import fold

    parts = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(fold(w)[:1].upper() for w in parts)


def _acronym_holder(acronym: str, held: list[str | None]) -> int | None:
    """The one held post an acronym abbreviates: its initials ("PCC" for "Police and Crime
    Commissioner") or the acronym the post carries in brackets ("Chief Financial Officer
    (CFO)")."""
    acronym = re.sub(r"^the\s+", "", acronym).upper()
    hits = []
    for i, role in enumerate(held):
        if not role:
            continue
        bracketed = re.findall(r"\(([A-Z][A-Za-z0-9&]{1,7})\)", role)
        words = [w for w in re.findall(r"[A-Za-z0-9']+", re.sub(r"\([^()]*\)", " ", role))
                 if w.lower() not in _JOINING]
        # the post before a comma is the post; what follows is often its organisation
        head = [w for w in re.findall(r"[A-Za-z0-9']+", role.split(",")[0])
                if w.lower() not in _JOINING]
        initials = {"".join(w[0].upper() for w in ws) for ws in (words, head) if ws}
        if acronym in {b.upper() for b in bracketed} or acronym in initials:
            hits.append(i)
    return hits[0] if len(hits) == 1 else None

"""The people of one meeting, for resolving names and post phrases mentioned in its items."""

from __future__ import annotations

from graphgov.model.minutes import Attendee


class Roster:
    def __init__(self, attendees: list[Attendee]) -> None:
        self.attendees = list(attendees)

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

        present = [a for a in self.attendees if str(a.status) != "apologies" and a.name]
        if is_chair_post(text):
            chairs = [a for a in present if a.chair]
            return chairs[0] if len(chairs) == 1 else None
        # An honorific can be the post: "Mayor John Biggs" holds "the Mayor".
        held = [a.role or a.honorific for a in present]
        i = best_holder(text, held)
        if i is None:
            held = [" ".join(x for x in (a.honorific, a.role) if x) or None for a in present]
            i = best_holder(text, held)
        return present[i] if i is not None else None

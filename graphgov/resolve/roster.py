"""The people of one meeting, for resolving names and post phrases mentioned in its items."""

from __future__ import annotations

from graphgov.model.minutes import Attendee


class Roster:
    def __init__(self, attendees: list[Attendee]) -> None:
        self.attendees = list(attendees)

    def by_name(self, text: str) -> Attendee | None:
        """The attendee ``text`` names ("Z. Cooke", "Councillor Whitelock-Gibbs"), if any."""
        return None

    def by_post(self, text: str) -> Attendee | None:
        """The attendee holding the post ``text`` describes ("Divisional Director, IT")."""
        return None

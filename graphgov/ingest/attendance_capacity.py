"""Capacity of a listed attendee: member, officer or other.

The list's heading says most ("Officers present", "Guests"); the entry says the rest: a
councillor's title makes a member, a post in another organisation (police, auditors, a
consultancy) or a guest's part (Independent Person, observer, applicant) makes someone other,
and staff named by their posts in a list of councillors are officers.
"""

from __future__ import annotations

import re

from graphgov.ingest.attendance import Register
from graphgov.ingest.attendance_entry import Entry
from graphgov.ingest.attendance_headings import (
    CLERK,
    NOTES,
    OFFICERS,
    OTHER_APOLOGIES,
    OTHERS,
)
from graphgov.model.vocab import Capacity

_CLERKISH = re.compile(
    r"\bclerk\b|minute\s*taker|democratic services officer|committee (?:officer|administrator)",
    re.IGNORECASE,
)
#: A post held in another organisation ("..., Riverside University Health Board", "ICB
#: Non-Executive Member"): people in attendance from outside the council.
_OUTSIDE_BODY = re.compile(
    r"\b(?:Non-Executive|Health\s+Board|University|(?<=\w\s)Trust|Association|Agency|Police|Fire\s+an"
    r"d\s+Rescue|Ambulance|ICB|CCG|Constabulary|Constable|Policing|Healthwatch|LLP|Ltd|Limited|"
    r"Consultancy|Consulting|Auditors?|Audit\s+Partnership|Independent\s+(?:Person|Adviser|Advisor)|"
    r"[Oo]bserv\w*|[Aa]pplicant|[Oo]bjector|on\s+behalf\s+of|Churches|[Ss]ervice\s+[Uu]ser|"
    r"National\s+Highways|Tidy\s+Towns|Chamber\s+of\s+Commerce)\b"
)
#: Posts of people who sit with a body without being its members or its staff.
_GUEST_ROLE = re.compile(
    r"\b(?:Independent\s+Persons?|[Oo]bserv\w+|[Aa]pplicant|[Oo]bjector|"
    r"Investigating\s+Officer|Lived\s+Experience|[Ss]ervice\s+[Uu]ser)\b"
)
#: Ranks that are written as titles by police and fire officers attending from their service.
_SERVICE_RANK = re.compile(
    r"^(?:Inspector|Chief Inspector|Superintendent|Chief Superintendent|Sgt|Sergeant|PC|PCSO|"
    r"Station Commander|Group Commander)$"
)


#: Staff posts (not board posts such as directors or chief executives, who sit on boards).
_STAFF_POST = re.compile(
    r"\b(?:Manager|Officer|Head\s+of|Clerk|Secretary|Assistant|Administrator|Co-?ordinator"
    r"|Engineer|Planner|Solicitor|Lawyer|Accountant)\b"
)
_COUNCILLOR_TITLES = {"councillor", "alderman", "mayor", "provost"}


def staff_among_councillors(register: Register) -> None:
    """A list of councillors that also names staff by their posts ("Attendees: Cllr A - Lead
    Member; Ben Ray - Partnership Manager"): the staff are officers, not members."""
    members = [p for p in register.people if p.listed and p.capacity is Capacity.MEMBER]
    titled = sum(1 for p in members if (p.honorific or "").lower() in _COUNCILLOR_TITLES)
    if titled < 2 or titled * 2 < len(members):
        return  # a board of executives and partners, where posts are members' posts
    for p in register.people:
        if (
            p.listed
            and p.capacity is Capacity.MEMBER
            and (p.honorific or "").lower() not in _COUNCILLOR_TITLES
            and p.role
            and _STAFF_POST.search(p.role)
            and not re.search(r"\b(?:member|councillor|chair\w*)\b", p.role, re.IGNORECASE)
        ):
            p.capacity = Capacity.OFFICER


_OTHER_TIER = re.compile(r"^(?:County|Borough|District|Ward)\s+Councillor$", re.IGNORECASE)


def capacity_of(kind: str, e: Entry, role: str | None, member: bool) -> Capacity:
    councillor = (e.honorific or "").lower() in {"councillor", "alderman", "mayor", "provost"}
    if kind in {OFFICERS, OTHERS} and not member and _OTHER_TIER.match(e.honorific or ""):
        # "Also present: District Cllr X": a councillor of another tier visiting, not a member
        return Capacity.OTHER
    if kind == OTHER_APOLOGIES:
        return Capacity.OTHER
    if member or councillor:
        return Capacity.MEMBER
    if role and _GUEST_ROLE.search(role) and not re.search(r"\bmember\b", role, re.IGNORECASE):
        return Capacity.OTHER  # listed with members, but the text does not call them one
    if kind in {CLERK, NOTES}:
        return Capacity.OFFICER
    if kind in {OTHERS, OTHER_APOLOGIES}:
        return Capacity.OTHER
    if kind == OFFICERS:
        outside = (
            e.org
            or (role and _OUTSIDE_BODY.search(role))
            or _SERVICE_RANK.match(e.honorific or "")
        )
        return Capacity.OTHER if outside else Capacity.OFFICER
    if role and _CLERKISH.search(role):
        return Capacity.OFFICER
    return Capacity.MEMBER

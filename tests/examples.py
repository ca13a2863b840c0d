"""Example Minutes for tests of the graph, store and resolution (cdp-backend style).

Everything here is fictional: the Borough of Ashcombe, its boards and its people. Two people
share the surname Baxter on purpose (Owen, an officer; Ruth, a councillor) so tests can check
they are never merged.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from graphgov.model.minutes import (
    ActionPoint,
    Attendee,
    Evidence,
    Item,
    Meeting,
    Mention,
    Minutes,
    PersonRef,
    Resolution,
    SourceInfo,
    ThemeTag,
)
from graphgov.model.vocab import Capacity, DocFormat, Status

BOARD = "Ashcombe Improvement Board"


def source(name: str, version: str = "1") -> SourceInfo:
    sha = hashlib.sha256(f"{name}:{version}".encode()).hexdigest()
    return SourceInfo(path=f"/minutes/{name}", sha256=sha, format=DocFormat.TEXT)


def ev(line: int, quote: str) -> Evidence:
    return Evidence(line=line, quote=quote)


def attendee(name: str | None, role: str | None, capacity: Capacity, line: int, *,
             status: Status = Status.PRESENT, chair: bool = False,
             honorific: str | None = None, notes: tuple[str, ...] = ()) -> Attendee:
    quote = f"{honorific + ' ' if honorific else ''}{name or ''} ({role or ''})".strip()
    return Attendee(name=name, role=role, capacity=capacity, status=status,
                    evidence=ev(line, quote), honorific=honorific, chair=chair, notes=notes)


def march_minutes() -> Minutes:
    """The board's March meeting: full names, posts, a chair, two Baxters, mentions."""
    attendees = (
        attendee("Tom Hale", "Leader of the Council", Capacity.MEMBER, 8, chair=True,
                 honorific="Councillor"),
        attendee("Ruth Baxter", "Chair of the Finance Scrutiny Sub-Committee", Capacity.MEMBER, 9,
                 honorific="Councillor"),
        attendee("Imogen Fry", "Ashcombe Tenants Association", Capacity.MEMBER, 10),
        attendee("Owen Baxter", "Corporate Director, Resources", Capacity.OFFICER, 13),
        attendee("Priya Marsh", "Chief Executive", Capacity.OFFICER, 14),
        attendee("Dev Anand", "Cabinet Member for Housing", Capacity.MEMBER, 17,
                 status=Status.APOLOGIES, honorific="Councillor"),
    )
    budget = Item(
        number="2", title="Budget Monitoring Quarter 3",
        evidence=ev(24, "2. Budget Monitoring Quarter 3"),
        presenters=(PersonRef("Owen Baxter", "Corporate Director, Resources",
                              ev(25, "The Corporate Director, Resources presented the report.")),),
        themes=(ThemeTag("Finance", "budget", ev(24, "2. Budget Monitoring Quarter 3")),),
        resolutions=(
            Resolution("That the forecast overspend be noted.",
                       ev(28, "1. That the forecast overspend be noted."), "1"),
            Resolution("That a savings plan come to the next meeting.",
                       ev(29, "2. That a savings plan come to the next meeting."), "2"),
        ),
        actions=(ActionPoint(PersonRef("O. Baxter", None, ev(30, "Action by: O. Baxter")),
                             "Savings plan", ev(30, "Action by: O. Baxter")),),
        mentions=(Mention("Finance Scrutiny Sub Committee", "FSSC", "sub-committee",
                          ev(26, "referred to the Finance Scrutiny Sub Committee (FSSC)")),),
    )
    apologies = Item(number="1", title="Apologies for Absence",
                     evidence=ev(20, "1. Apologies for Absence"))
    meeting = Meeting(
        council="Borough of Ashcombe", body=BOARD, date=dt.date(2024, 3, 4),
        evidence=ev(3, "MINUTES OF THE ASHCOMBE IMPROVEMENT BOARD"), start_time="18:00",
        end_time="19:30", venue="Council Chamber, Ashcombe Town Hall", attendees=attendees,
        items=(apologies, budget),
        mentions=(Mention("Local Government Association", None, "organisation",
                          ev(5, "with the Local Government Association")),),
    )
    return Minutes(source=source("2024-03-04_board.txt"), meetings=(meeting,))


def june_minutes() -> Minutes:
    """The board's June meeting: shortened names, a subcommittee spelling, an acronym."""
    attendees = (
        attendee("Tom Hale", "Leader of the Council", Capacity.MEMBER, 7, chair=True,
                 honorific="Councillor"),
        attendee("Owen Baxter", "Corporate Director, Resources", Capacity.OFFICER, 12),
        attendee("Priya Marsh", "Chief Executive", Capacity.OFFICER, 13),
    )
    item = Item(
        number="3", title="Savings Plan", evidence=ev(20, "3. Savings Plan"),
        presenters=(PersonRef("P. Marsh", None, ev(21, "P. Marsh introduced the savings plan.")),),
        actions=(
            # "Baxter" alone could be Owen or Ruth: must not be merged with either.
            ActionPoint(PersonRef("Baxter", None, ev(24, "Action by: Baxter")), "Consult staff",
                        ev(24, "Action by: Baxter")),
            ActionPoint(PersonRef(None, "Head of Audit", ev(25, "Action by: Head of Audit")),
                        "Audit the plan", ev(25, "Action by: Head of Audit")),
        ),
        mentions=(
            Mention("Finance Scrutiny Subcommittee", None, "sub-committee",
                    ev(22, "as the Finance Scrutiny Subcommittee asked")),
            Mention("FSSC", None, "sub-committee", ev(23, "the FSSC will review it")),
        ),
    )
    meeting = Meeting(
        council="Ashcombe Borough Council", body=BOARD, date=dt.date(2024, 6, 10),
        evidence=ev(2, "Ashcombe Improvement Board - 10 June 2024"), start_time="18:00",
        attendees=attendees, items=(item,),
    )
    return Minutes(source=source("2024-06-10_board.txt"), meetings=(meeting,))


def february_minutes() -> Minutes:
    """An earlier meeting that names Owen Baxter only as "O. Baxter", an action's owner."""
    item = Item(
        number="4", title="Office Moves", evidence=ev(12, "4. Office Moves"),
        actions=(ActionPoint(PersonRef("O. Baxter", None, ev(15, "Action by: O. Baxter")),
                             "Cost the moves", ev(15, "Action by: O. Baxter")),),
    )
    meeting = Meeting(
        council="Borough of Ashcombe", body=BOARD, date=dt.date(2024, 2, 5),
        evidence=ev(2, "Ashcombe Improvement Board - 5 February 2024"),
        attendees=(attendee("Tom Hale", "Leader of the Council", Capacity.MEMBER, 6, chair=True),),
        items=(item,),
    )
    return Minutes(source=source("2024-02-05_board.txt"), meetings=(meeting,))


def planning_minutes() -> Minutes:
    """A meeting whose document names no council: the body's name starts with the council's."""
    attendees = (attendee("Ruth Baxter", None, Capacity.MEMBER, 5, chair=True,
                          honorific="Councillor"),)
    meeting = Meeting(
        council=None, body="Ashcombe Planning Committee", date=dt.date(2024, 5, 1),
        evidence=ev(1, "Ashcombe Planning Committee, 1 May 2024"), attendees=attendees,
        items=(Item("1", "Land at Mill Lane", ev(8, "1. Land at Mill Lane")),),
    )
    return Minutes(source=source("2024-05-01_planning.txt"), meetings=(meeting,))


def hostile_minutes() -> Minutes:
    """Document text that would be markup if pasted into HTML unescaped."""
    meeting = Meeting(
        council="Borough of Ashcombe", body="<script>alert(1)</script> Board",
        date=dt.date(2024, 7, 1), evidence=ev(1, "<script>alert(1)</script> Board"),
        attendees=(attendee("<img src=x onerror=alert(2)>", None, Capacity.MEMBER, 3),),
    )
    return Minutes(source=source("hostile.txt"), meetings=(meeting,))

"""Header layouts from outside English district councils: bilingual titles, boards that add the
part of the minutes after their name, shires and towns of Australia and Canada, community
councils whose title names only the kind of meeting, records of decisions, hearings.

All minutes here are fictional.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from graphgov.ingest.document import TextDocument
from graphgov.ingest.header_titles import english_part, strip_document_label, strip_title_suffix
from graphgov.ingest.parse import parse_minutes
from graphgov.model.minutes import Meeting
from graphgov.model.vocab import DocFormat


def _meeting(text: str) -> Meeting:
    doc = TextDocument(
        path="fictional.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=DocFormat.TEXT,
        text=text,
    )
    return parse_minutes(doc).meetings[0]


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "CYNGOR TREF ABERDYFNANT / ABERDYFNANT TOWN COUNCIL\n"
            "COFNODION CYFARFOD Y CYNGOR LLAWN / MINUTES OF THE FULL COUNCIL MEETING\n"
            "Nos Iau 6 Mawrth 2025 / Thursday 6 March 2025, 7pm\n\n"
            "Presennol / Present:\nCyng. / Cllr Eleri Vaughan (Cadeirydd / Chair)\n",
            "Aberdyfnant Town Council",
            dt.date(2025, 3, 6),
        ),
        (
            "CYNGOR SIR BRYN GLAS / BRYN GLAS COUNTY COUNCIL\n\n"
            "Cofnodion cyfarfod y Cabinet / Minutes of the meeting of the Cabinet\n\n"
            "DYDDIAD / DATE: Dydd Llun, 3 Mawrth 2025 / Monday, 3 March 2025\n",
            "Cabinet",
            dt.date(2025, 3, 3),
        ),
        (
            "Marshfield Partnership NHS Foundation Trust\nPEOPLE COMMITTEE - MINUTES (PART 1)\n\n"
            "Date:\t11 June 2024\nTime:\t10:00 - 12:00\n",
            "People Committee",
            dt.date(2024, 6, 11),
        ),
        (
            "Oakridge Community Health NHS Trust\nTRUST BOARD - PART 1 (PUBLIC)\nMINUTES\n"
            "19 March 2024, 10:00-12:30, Board Room, Beech House, Oakridge\n\nPRESENT\n",
            "Trust Board",
            dt.date(2024, 3, 19),
        ),
        (
            "SHIRE OF WALLABY CREEK\nMINUTES\nORDINARY COUNCIL MEETING\n24 July 2024\n\n"
            "1.\tDECLARATION OF OPENING\n",
            "Shire of Wallaby Creek",
            dt.date(2024, 7, 24),
        ),
        (
            "Town of Cedar Point\nRegular Council Meeting - Minutes\nOctober 7, 2024\n"
            "Council Chambers\n\nPresent:\tMayor Lise Gagnon\n",
            "Town of Cedar Point",
            dt.date(2024, 10, 7),
        ),
        (
            "Town of Maple Falls | Council | Agendas & Minutes\n\nCOMMITTEE OF THE WHOLE\nMINUTES\n"
            "Monday, May 6, 2024 - 6:00 p.m.\nCouncil Chambers\n",
            "Committee of the Whole",
            dt.date(2024, 5, 6),
        ),
        (
            "STOWMERE CITY COUNCIL\n\nRECORD OF DECISIONS of the Cabinet Member for Parks and "
            "Leisure decision meeting held on Tuesday, 4 March 2025 at 10.00 am\n\nPresent\n"
            "Councillor Ruth Ode (Cabinet Member for Parks and Leisure)\n",
            "Cabinet Member for Parks and Leisure",
            dt.date(2025, 3, 4),
        ),
        (
            "Ardmore & Glenbrae Community Council\n"
            "Minutes of Ordinary Meeting, Monday 13th May 2024, 7.30pm, Ardmore Hall\n\n"
            "Present: Isla Rankin (Chair), Sean Kerr\n",
            "Ardmore & Glenbrae Community Council",
            dt.date(2024, 5, 13),
        ),
        (
            "KELMSTON DISTRICT COUNCIL\n\nLICENSING SUB-COMMITTEE (LICENSING ACT 2003 HEARING)\n\n"
            "Minutes of the hearing held on Friday 9 May 2025 at 10.00am in Room 2, Kelmston\n",
            "Licensing Sub-Committee",
            dt.date(2025, 5, 9),
        ),
        (
            "Minutes - Audit Committee - 4 March 2025\n\nPresent: Councillor A Lee (Chair)\n",
            "Audit Committee",
            dt.date(2025, 3, 4),
        ),
        (
            "Notes of the Westshire Safer Communities Strategic Board\nheld on 6 March 2025\n"
            "Attendees\nA Lee - Chair\n",
            "Westshire Safer Communities Strategic Board",
            dt.date(2025, 3, 6),
        ),
    ],
)
def test_general_header_layouts(text: str, body: str, date: dt.date) -> None:
    m = _meeting(text)
    assert (m.body, m.date) == (body, date)


def test_english_half_of_bilingual_lines_only() -> None:
    assert english_part("CYNGOR TREF X / X TOWN COUNCIL") == "X TOWN COUNCIL"
    assert english_part("Date: 05/02/2025") == "Date: 05/02/2025"
    venue = "Venue: Room 4, Ash House / MS Teams"
    assert english_part(venue) == venue


def test_title_suffixes_naming_the_document_are_dropped() -> None:
    assert strip_title_suffix("Strategic Board – Notes of meeting") == "Strategic Board"
    assert strip_title_suffix("Planning Committee - 5 June") == "Planning Committee - 5 June"
    assert strip_document_label("Audit Committee - Minutes - 4 March 2025") == (
        "Audit Committee - 4 March 2025"
    )


SITE_VISIT = """Brackwell District Council
PLANNING COMMITTEE
MINUTES

SITE VISIT
A site visit was held on Monday 3 March 2025 at 10am at Mill Farm, Lower Brackwell.
Present: Councillors Ann Pryor (Chair) and Ted Vance.
Officer: Lyle Oduro (Senior Planning Officer)

MEETING
Minutes of the meeting of the Planning Committee held on Tuesday 4 March 2025 at 6pm.
Present: Councillors Ann Pryor (Chair), Ted Vance and Roz Hale
Officers: Lyle Oduro (Senior Planning Officer)

PL.1\tApologies for Absence
None.
"""


def test_site_visit_and_meeting_on_different_days_are_two_meetings() -> None:
    doc = TextDocument(
        path="fictional.txt",
        sha256=hashlib.sha256(SITE_VISIT.encode()).hexdigest(),
        format=DocFormat.TEXT,
        text=SITE_VISIT,
    )
    visit, meeting = parse_minutes(doc).meetings
    assert (visit.body, visit.date) == ("Planning Committee", dt.date(2025, 3, 3))
    assert (meeting.body, meeting.date) == ("Planning Committee", dt.date(2025, 3, 4))
    visitors = {a.name: a for a in visit.attendees}
    assert set(visitors) == {"Ann Pryor", "Ted Vance", "Lyle Oduro"}
    assert str(visitors["Lyle Oduro"].capacity) == "officer"
    assert {a.name for a in meeting.attendees} >= {"Roz Hale", "Lyle Oduro"}

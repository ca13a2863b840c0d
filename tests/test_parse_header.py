"""Meeting header: council, body, date, times, venue; documents recording several meetings.

All minutes here are fictional, written in the layouts councils publish.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from graphgov.ingest.document import TextDocument
from graphgov.ingest.parse import parse_minutes
from graphgov.model.minutes import Meeting
from graphgov.model.vocab import DocFormat


def _parse(text: str) -> list[Meeting]:
    doc = TextDocument(
        path="fictional.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=DocFormat.TEXT,
        text=text,
    )
    return list(parse_minutes(doc).meetings)


def _one(text: str) -> Meeting:
    meetings = _parse(text)
    assert len(meetings) == 1
    return meetings[0]


CAPITALS = """LONDON BOROUGH OF NORTHWICK

MINUTES OF THE NORTHWICK HOUSING IMPROVEMENT BOARD

HELD AT 6.30 P.M. ON TUESDAY, 14 MAY 2019

COMMITTEE ROOM 2, CIVIC CENTRE, NORTHWICK

Members Present:

Councillor Ada Brennan (Chair)\t(Cabinet Member for Housing)

1. APOLOGIES FOR ABSENCE

None.

The meeting ended at 8.05 p.m.
"""


def test_header_in_capitals() -> None:
    m = _one(CAPITALS)
    assert m.council == "London Borough of Northwick"
    assert m.body == "Northwick Housing Improvement Board"
    assert m.date == dt.date(2019, 5, 14)
    assert (m.start_time, m.end_time) == ("18:30", "20:05")


@pytest.mark.parametrize(
    ("text", "body", "date", "start"),
    [
        (
            "Agenda item\nLibrary Review\n- Meeting of Westmoor Scrutiny Panel, Monday, 4th March,"
            " 2019 7.00 p.m. (Item 6.)\n"
            "The Panel noted the report.\n",
            "Westmoor Scrutiny Panel",
            dt.date(2019, 3, 4),
            "19:00",
        ),
        (
            "Issue - meetings\nLibrary Review\nMeeting: 05/02/2018 - Cabinet (Item 7)\n7 Library"
            " Review\n"
            "RESOLVED: That the report be noted.\n",
            "Cabinet",
            dt.date(2018, 2, 5),
            None,
        ),
        (
            "Decision Maker: Cabinet\nDecided at meeting: 21/06/2015 - Cabinet\nPublication date:"
            " 23/06/2015\n",
            "Cabinet",
            dt.date(2015, 6, 21),
            None,
        ),
        (
            "Agenda and minutes\nLicensing Panel - Wednesday, 9th October, 2019 10.00 am\nVenue:"
            " Room 4\n"
            "Items\n1.\nApologies\n",
            "Licensing Panel",
            dt.date(2019, 10, 9),
            "10:00",
        ),
        (
            "Ashdown Parish Council\nMinutes of the Annual Meeting of Ashdown Parish Council held"
            " in the Village Hall "
            "on Wednesday 5 May 2021 commencing at 19:30.\nPresent:\nCllr Mr P Dorne (Chair)\n",
            "Ashdown Parish Council",
            dt.date(2021, 5, 5),
            "19:30",
        ),
        (
            "Minutes\nof the Meeting of the\nCoastal Planning Committee\nThursday, 12th March"
            " 2020\n"
            "Meeting Commenced: 2.15pm      Meeting Concluded: 3.40pm\n",
            "Coastal Planning Committee",
            dt.date(2020, 3, 12),
            "14:15",
        ),
        (
            "Highmoor Fire Authority\nMINUTES OF THE BOARD MEETING held at the Fire HQ on 8 June"
            " 2004 at 10.30am "
            "Present: Ann Dale Bob Eyre Carl Firth Dee Gale\n",
            "Highmoor Fire Authority",
            dt.date(2004, 6, 8),
            "10:30",
        ),
    ],
)
def test_header_layouts(text: str, body: str, date: dt.date, start: str | None) -> None:
    m = _parse(text)[0]
    assert (m.body, m.date, m.start_time) == (body, date, start)


def test_end_time_from_concluded_label() -> None:
    m = _one(
        "Minutes\nof the Meeting of the\nCoastal Planning Committee\nThursday, 12th March 2020\n"
        "Meeting Commenced: 2.15pm      Meeting Concluded: 3.40pm\nCouncillors:\nP  Alan Reed"
        " (Chairman)\n"
    )
    assert m.end_time == "15:40"


def test_title_line_before_committee_members() -> None:
    m = _one(
        "Audit Committee\nCommittee Members:\nCouncillors Ormsby (Chairman), Hale and Penrose\n"
        "1. Apologies for Absence\nThere were none.\n"
    )
    assert m.body == "Audit Committee"


def test_previous_meeting_date_is_not_the_meeting_date() -> None:
    m = _parse(
        "Agenda and minutes\nVenue: Room 1\n1.\nMinutes of the previous meeting held on 3 March"
        " 2020\n"
        "The minutes of the Westfield Area Committee meeting held on 3 March 2020 were agreed.\n"
    )[0]
    assert m.date is None
    assert m.body == "Westfield Area Committee"


def test_issue_page_with_two_meetings_splits() -> None:
    text = (
        "Issue - meetings\nMinutes of the previous meeting\n"
        "Meeting: 19/04/2017 - Audit Committee (Item 56)\n56 Minutes of the previous meeting\n"
        "Resolved: That the minutes be approved.\n"
        "Meeting: 23/11/2016 - Audit Committee (Item 31)\n31 Minutes of the previous meeting\n"
        "Resolved: That the minutes be approved.\n"
    )
    meetings = _parse(text)
    assert [(m.body, m.date) for m in meetings] == [
        ("Audit Committee", dt.date(2017, 4, 19)),
        ("Audit Committee", dt.date(2016, 11, 23)),
    ]


def test_site_visit_and_meeting_split_with_their_own_lists() -> None:
    text = (
        "Minute of the site visit of the Upland Planning Committee held on 2 June, 2014 at 10.30"
        " am and "
        "the meeting of the Committee on Tuesday 10 June 2014 at 10.30 am.\n"
        "Committee Members Present:\nSite Visit Meeting on 2 June:\nMr A Bell, Mrs C Dunn and Mr E"
        " Frost.\n"
        "Scheduled Meeting on 10 June:\nMr A Bell, Mr G Hart and Mrs I Judd.\n"
        "Officials in attendance:\nMr K Lowe, Principal Planner\n"
        "1. Apologies\nThere were none.\n"
    )
    meetings = _parse(text)
    assert [m.date for m in meetings] == [dt.date(2014, 6, 2), dt.date(2014, 6, 10)]
    first = {a.name for a in meetings[0].attendees}
    second = {a.name for a in meetings[1].attendees}
    assert first == {"A Bell", "C Dunn", "E Frost", "K Lowe"}
    assert second == {"A Bell", "G Hart", "I Judd", "K Lowe"}


def test_one_meeting_without_clear_evidence_of_more() -> None:
    meetings = _parse(
        CAPITALS + "\nThe Board noted the Site Visit Meeting on 3 June had been cancelled.\n"
    )
    assert len(meetings) == 1


def test_real_seed_headers() -> None:
    from pathlib import Path

    docs = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "docs"
    seed = docs / "000_dad3d57178b0f6b2.txt"
    if not seed.exists():
        pytest.skip("shared evaluation documents are not available next to the repository")
    from graphgov.api import extract

    m = extract(seed).meetings[0]
    assert m.date == dt.date(2018, 3, 19)
    assert (m.start_time, m.end_time) == ("18:00", "19:25")


@pytest.mark.parametrize(
    ("text", "body", "date", "start"),
    [
        (
            "CABINET\nMinutes of a meeting of the Cabinet held at the Town Hall on Tuesday 6 June"
            " 2023 "
            "at 7.00 pm.\nPresent:\nCouncillors A Sole (Leader) and B Dace\n",
            "Cabinet",
            dt.date(2023, 6, 6),
            "19:00",
        ),
        (
            "MINUTES OF THE MEETING OF LITTLE MARSTON PARISH COUNCIL HELD ON MONDAY 12TH JUNE 2023"
            " AT 7.30PM "
            "IN THE VILLAGE HALL\nPRESENT: Cllrs J Sole (Chairman), K Dace\n",
            "Little Marston Parish Council",
            dt.date(2023, 6, 12),
            "19:30",
        ),
        (
            "Minute of Meeting of the Roads Committee held in the Chambers on Wednesday, 7"
            " September 2016 at "
            "10.00 am.\nSederunt:\nCouncillor I Reid (Convener)\n",
            "Roads Committee",
            dt.date(2016, 9, 7),
            "10:00",
        ),
        (
            "Notes of the meeting of the Tenants Steering Group held on 3 May 2022 at"
            " 2pm\nPresent: Ann Dale\n",
            "Tenants Steering Group",
            dt.date(2022, 5, 3),
            "14:00",
        ),
    ],
)
def test_more_title_styles(text: str, body: str, date: dt.date, start: str) -> None:
    m = _parse(text)[0]
    assert (m.body, m.date, m.start_time) == (body, date, start)


def test_two_sets_of_minutes_in_one_file_split() -> None:
    text = (
        "Minutes of the Parks Committee held on 3 May 2022 at 7pm\nPresent: Councillors Abel"
        " and Bray\n"
        "1. Minutes of the meeting held on 1 March 2022\nThey were approved.\n"
        "Minutes of the Parks Committee held on 7 June 2022 at 7pm\nPresent: Councillors Abel"
        " and Coe\n"
        "1. Minutes of the meeting held on 3 May 2022\nThey were approved.\n"
    )
    meetings = _parse(text)
    assert [m.date for m in meetings] == [dt.date(2022, 5, 3), dt.date(2022, 6, 7)]
    assert {a.name for a in meetings[1].attendees} == {"Abel", "Coe"}


def test_minutes_item_does_not_split() -> None:
    text = (
        "Minutes of the Parks Committee held on 3 May 2022 at 7pm\nPresent: Councillors Abel"
        " and Bray\n"
        "1. Apologies\nNone.\n2. Minutes of the meeting held on 1 March 2022\nThey were"
        " approved.\n"
    )
    assert len(_parse(text)) == 1


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Cabinet – 5 June 2024", "Cabinet"),
        ("Planning Committee, 5th June 2024 at 7pm", "Planning Committee"),
    ],
)
def test_title_with_bare_date(title: str, body: str) -> None:
    m = _parse(title + "\nPresent: Councillors Abel and Bray\n")[0]
    assert (m.body, m.date) == (body, dt.date(2024, 6, 5))


def test_publication_dates_are_not_meeting_dates() -> None:
    m = _parse(
        "Cabinet\nPublished: 12 January 2020\nMinutes of the meeting held on Wednesday 8 January"
        " 2020\n"
        "Present: Councillors Abel and Bray\n"
    )[0]
    assert (m.body, m.date) == ("Cabinet", dt.date(2020, 1, 8))


def test_start_time_from_the_opening_sentence() -> None:
    m = _parse(
        "Parks Committee\n3 May 2022\nPresent: Councillors Abel and Bray\n"
        "1. Opening\nThe Chair declared the meeting open at 7.05pm.\n"
    )[0]
    assert m.start_time == "19:05"


def test_labelled_header_block() -> None:
    m = _parse(
        "Meeting: Planning Committee\nDate: Tuesday 5 March 2024\nTime: 7.00 pm\n"
        "Venue: Council Chamber\nPresent: Councillors Abel and Bray\n"
    )[0]
    assert (m.body, m.date, m.start_time, m.venue) == (
        "Planning Committee",
        dt.date(2024, 3, 5),
        "19:00",
        "Council Chamber",
    )

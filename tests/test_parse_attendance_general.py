"""Attendance layouts from outside English district councils: bilingual Welsh lists, boards of
commissioners and trustees with dotted leaders, posts written before names, ranks as titles,
Australian and New Zealand conventions, attendance tables with notes in the status column.

All minutes here are fictional.
"""

from __future__ import annotations

import hashlib

from graphgov.ingest.document import TextDocument
from graphgov.ingest.parse import parse_minutes
from graphgov.model.minutes import Attendee, Meeting
from graphgov.model.vocab import Capacity, DocFormat, Status


def _meeting(text: str) -> Meeting:
    doc = TextDocument(
        path="fictional.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        format=DocFormat.TEXT,
        text=text,
    )
    return parse_minutes(doc).meetings[0]


def _people(text: str) -> dict[str, Attendee]:
    return {a.name: a for a in _meeting(text).attendees if a.name}


WELSH = """CYNGOR CYMUNED PENRHOS FACH / PENRHOS FACH COMMUNITY COUNCIL
Nos Lun 3 Mawrth 2025 / Monday 3 March 2025, 7pm

Yn bresennol / Present:
Cyng. / Cllr Mererid Owen (Maer / Mayor) (Cadeirydd / Chair)
Cyng. / Cllr Tomos ap Huw (Dirprwy Faer / Deputy Mayor)
Cyng. / Cllr Lowri Bevan (ymunodd o bell / joined remotely)

Hefyd yn bresennol / Also present:
Gwenno Price (Clerc y Dref / Town Clerk)
Cyng. Sir / County Cllr Iwan Rhys

Ymddiheuriadau / Apologies: Cyng./Cllr Dai Lewis; Cyng./Cllr Nerys Ellis.

1. Datgan buddiant / Declarations of interest
Dim / None.
"""


def test_bilingual_welsh_lists_read_the_english_titles_and_posts() -> None:
    people = _people(WELSH)
    assert people["Mererid Owen"].role == "Mayor"
    assert people["Mererid Owen"].chair
    assert people["Tomos ap Huw"].role == "Deputy Mayor"
    assert people["Lowri Bevan"].notes == ("remote",)
    assert people["Gwenno Price"].role == "Town Clerk"
    assert people["Iwan Rhys"].honorific == "County Councillor"
    assert people["Dai Lewis"].status is Status.APOLOGIES
    assert people["Nerys Ellis"].status is Status.APOLOGIES
    assert not any(name.startswith("Cyng") for name in people)


HARBOUR = """WESTERLY COVE HARBOUR COMMISSIONERS
Minutes of the Board of Commissioners
Tuesday 12 March 2024 at 18:00, Harbour Office

Commissioners present:
  Morwenna Jago .............. Chair
  Captain Idris Penrose ...... Vice Chair
  Tobias Keast
  Elowen Hicks (left 19:40)

In attendance:
  Harbour Master ............. Captain Rowan Tregear
  Finance Manager ............ Cerys Polglase

Apologies: Jory Angwin (Commissioner)

1\tMINUTES OF THE PREVIOUS MEETING
\tAgreed and signed by the Chair.
"""


def test_dotted_leaders_and_posts_before_names() -> None:
    people = _people(HARBOUR)
    assert people["Morwenna Jago"].role == "Chair" and people["Morwenna Jago"].chair
    assert people["Idris Penrose"].role == "Vice Chair"
    assert people["Idris Penrose"].honorific == "Captain"
    assert people["Tobias Keast"].capacity is Capacity.MEMBER
    assert people["Elowen Hicks"].notes == ("left_early",)
    assert people["Rowan Tregear"].role == "Harbour Master"
    assert people["Rowan Tregear"].capacity is Capacity.OFFICER
    assert people["Cerys Polglase"].role == "Finance Manager"
    assert people["Jory Angwin"].status is Status.APOLOGIES


SHIRE = """Wirrimbah Shire Council
Minutes of the Council Meeting
Wednesday 8 May 2024

Present
Cr Alana Birch (Mayor), Cr Ned Calloway, Cr Priya Raman (via Zoom)

Officers
Chief Executive Officer - Moira Tulloch
Director Infrastructure - Kofi Mensah

Apologies
Cr Grant Hollis

Leave of absence
Cr Tessa Vine (approved 10 April 2024)

Others present: Sgt Rhiannon Pike (Victoria Police), Inspector Tom Gale

1\tAcknowledgement of Country
"""


def test_role_first_officers_leave_of_absence_and_ranks() -> None:
    people = _people(SHIRE)
    assert people["Moira Tulloch"].role == "Chief Executive Officer"
    assert people["Moira Tulloch"].capacity is Capacity.OFFICER
    assert people["Kofi Mensah"].role == "Director Infrastructure"
    assert people["Priya Raman"].notes == ("remote",)
    assert people["Grant Hollis"].status is Status.APOLOGIES
    assert people["Tessa Vine"].status is Status.ABSENT
    assert people["Rhiannon Pike"].capacity is Capacity.OTHER
    assert people["Rhiannon Pike"].honorific == "Sgt"
    assert "Tom Gale" in people


PIPE_TABLE = """Eastmere Parish Council
Minutes of the Parish Council Meeting
Monday 2 February 2026, 7.30pm, Village Hall

| Councillor | Attendance |
|---|---|
| Cllr Hazel Drummond (Chair) | Present |
| Cllr Ravi Kohli | Present - left at 9.05pm |
| Cllr Nia Foster | Present (remote) |
| Cllr Owen Tate | Apologies |
| Cllr Sal Moreno | Absent |

Clerk: Mrs Joy Pell. Also present: District Cllr Ian Webb and 4 members of the public.

Min. 12/26 Apologies
Accepted.
"""


def test_pipe_table_with_notes_in_the_status_column() -> None:
    people = _people(PIPE_TABLE)
    assert people["Hazel Drummond"].chair
    assert people["Ravi Kohli"].notes == ("left_early",)
    assert people["Nia Foster"].notes == ("remote",)
    assert people["Owen Tate"].status is Status.APOLOGIES
    assert people["Sal Moreno"].status is Status.ABSENT
    assert people["Joy Pell"].role == "Clerk"
    assert people["Joy Pell"].capacity is Capacity.OFFICER
    assert people["Ian Webb"].capacity is Capacity.OTHER  # a councillor of another tier
    assert people["Ian Webb"].role is None  # "and 4 members of the public" is nobody


SPLIT_TABLE = """Northfen Integrated Care Board
Primary Care Committee
Minutes of the meeting held on 4 July 2024

Present (voting members)
| Name | Title | Initials |
| Maeve Ostrander | Non-Executive Member (Chair) | MO |
| Colin Drury | Director of Primary Care | CD |
In attendance (non-voting)
| Priti Varma | Head of Contracting | PV |
Apologies
| Hal Benning | Chief Finance Officer | HB |

1. Welcome
"""


def test_table_without_a_status_column_takes_the_heading_above_it() -> None:
    people = _people(SPLIT_TABLE)
    assert people["Maeve Ostrander"].chair
    assert people["Colin Drury"].role == "Director of Primary Care"
    assert people["Colin Drury"].status is Status.PRESENT
    assert people["Priti Varma"].capacity is Capacity.OFFICER
    assert people["Hal Benning"].status is Status.APOLOGIES
    assert "Name" not in people


ROLE_TABLE = """Westholm Combined Authority
Scrutiny Committee
Minutes of the meeting held on Tuesday 5 March 2024 at 10.00am

| Attendee | Role | Attendance |
|---|---|---|
| Councillor Amir Khan | Chair (Eastholm Council) | Present |
| Councillor Jo Platt | Substitute (Westholm Council) | Present |
| Councillor Bea Lund | Member (Northholm Council) | Absent |
| Dana Voss | Statutory Scrutiny Officer | In attendance |
| Finn Lowry | Governance Services | Expected |

1\tApologies
"""


def test_role_column_with_council_in_brackets() -> None:
    people = _people(ROLE_TABLE)
    assert people["Amir Khan"].chair
    assert people["Amir Khan"].role and "Eastholm Council" in people["Amir Khan"].role
    assert "substitute" in people["Jo Platt"].notes
    assert people["Bea Lund"].status is Status.ABSENT
    assert people["Dana Voss"].capacity is Capacity.OFFICER
    assert "Finn Lowry" not in people


BOARD = """Eastfold Community Health Trust
Minutes of the Quality Committee
Held on 6 March 2024

Present:
Dr Ines Kovac, Non-Executive Director (Committee Chair) - IK
Omar Seddik, Chief Nurse - OS
Ruth Allard (RA)\t\tChair of the Patients' Forum

In attendance:
Kasia Nowak, Company Secretary
Treasurer (Mr. Abel Dunmore)

1. Welcome
"""


def test_chair_marks_inside_posts_and_initials_after_them() -> None:
    people = _people(BOARD)
    assert people["Ines Kovac"].chair
    assert people["Ines Kovac"].role == "Non-Executive Director"
    assert people["Omar Seddik"].role == "Chief Nurse"
    assert not people["Ruth Allard"].chair  # chair of another body is a post, not this chair
    assert people["Abel Dunmore"].role == "Treasurer"


IRISH = """Comhairle Contae Bhaile an Locha
Ballinlough Municipal District
MONDAY 14TH OCTOBER 2024 AT 3.00 P.M.

MEMBERS PRESENT:
Cathaoirleach Cllr. Pádraig Ó Súilleabháin
Cllr. Máire Ní Bhriain, Leas-Chathaoirleach, Cllr. Eoin Walsh

1. Minutes
"""


def test_irish_chair_titles_before_and_after_names() -> None:
    people = _people(IRISH)
    assert people["Pádraig Ó Súilleabháin"].chair
    assert people["Pádraig Ó Súilleabháin"].role == "Cathaoirleach"
    assert people["Máire Ní Bhriain"].role == "Leas-Chathaoirleach"
    assert not people["Máire Ní Bhriain"].chair
    assert "Cathaoirleach" not in people


COMMA_POSTS = """Lochmhor Port Trust
Minutes of the Board
Tuesday 9 April 2024

Present:
Fergus Dalgleish, Chair
Moira Tennant, Vice Chair
Deputy Mayor Colette Roy, Chair

1. Apologies
"""


def test_chair_written_as_the_post_after_a_comma() -> None:
    people = _people(COMMA_POSTS)
    assert people["Fergus Dalgleish"].chair
    assert not people["Moira Tennant"].chair
    assert people["Colette Roy"].chair


PARTNERSHIP = """Vale Waste Partnership
Joint Members' Board
Notes of meeting held on 6 February 2024, 2pm

Attendees
Cllr Nadia Brook - Lead Member for Environment, Vale Borough Council (Chair)
Cllr Olu Bankole - Portfolio Holder for Waste, Hill District Council
Cllr Jess Tarrant - Cabinet Member, Moor County Council
Kit Palmer - Partnership Manager
Sana Iqbal - Communications Officer

In attendance:
Inspector Mark Dunne, Vale Neighbourhood Policing Team
Ray Olsen - Engagement Lead, Cobb & Pryce LLP
Ada Wren (observer)

Independent Persons: Mr Tom Birch and Mrs Hilda Cray.

Item 1 - Welcome
"""


def test_capacity_of_staff_guests_and_outside_bodies() -> None:
    people = _people(PARTNERSHIP)
    assert people["Nadia Brook"].capacity is Capacity.MEMBER and people["Nadia Brook"].chair
    assert people["Kit Palmer"].capacity is Capacity.OFFICER  # staff named among councillors
    assert people["Sana Iqbal"].capacity is Capacity.OFFICER
    assert people["Mark Dunne"].capacity is Capacity.OTHER  # police rank, in attendance
    assert people["Ray Olsen"].capacity is Capacity.OTHER  # external auditor
    assert people["Ada Wren"].capacity is Capacity.OTHER
    assert people["Tom Birch"].role == "Independent Person"
    assert people["Tom Birch"].capacity is Capacity.OTHER
    assert people["Hilda Cray"].role == "Independent Person"


EXEC_BOARD = """Severn Moor Integrated Care Board
Minutes of the Board meeting held on 2 May 2024

Members:
Prof Lena Ashby (LA)\t\tChair
Cllr Roy Eames (RE)\t\tPartner Member - Local Authorities
Joan Whit (JW)\t\tChief Executive
Omar Faris (OF)\t\tChief Finance Officer

1. Welcome
"""


def test_executives_on_a_board_stay_members() -> None:
    people = _people(EXEC_BOARD)
    assert people["Omar Faris"].capacity is Capacity.MEMBER
    assert people["Joan Whit"].capacity is Capacity.MEMBER


LABELLED_POSTS = """Fenmoor Hospitals NHS Foundation Trust
Minutes of the Board of Directors held in public on 7 March 2024

Present:
Chair: Dr Hester Vane
Non-Executive Director: Kofi Adjei
Non-Executive Director: Prof. Lin Zhao (via Teams)
Director of Finance: Carys Mold

In attendance:
Dr Pia Stenberg\tChair, Fenmoor Local Medical Committee

1. Welcome
"""


def test_posts_written_as_labels_before_their_holders() -> None:
    people = _people(LABELLED_POSTS)
    assert people["Hester Vane"].chair and people["Hester Vane"].role == "Chair"
    assert not people["Kofi Adjei"].chair  # the "Chair:" label does not run on
    assert people["Kofi Adjei"].role == "Non-Executive Director"
    assert people["Lin Zhao"].notes == ("remote",)
    assert people["Lin Zhao"].role == "Non-Executive Director"
    assert people["Carys Mold"].role == "Director of Finance"
    assert not people["Pia Stenberg"].chair  # chair of another body


MAYOR_CHAIR = """Carrowmore Borough Council
Minutes of the Meeting of the Council held on Monday 4 November 2024 at 7.00 pm

PRESENT: The Mayor (Councillor Dara Quinn) in the Chair;
The Deputy Mayor (Alderman Nuala Breen);
Councillors Amos, Byrne and Corr.

1. Apologies
"""

TRUSTEES = """Oakfield Learning Trust
MINUTES OF THE BOARD OF TRUSTEES
Thursday 7 March 2024, 17:30

Trustees present:
Mr Ravi Dutt - Chair of Trustees
Mrs Ola Berg - Vice Chair

1.\tWelcome
"""

CANADA = """Town of Birch Hollow
Regular Council Meeting - Minutes
October 7, 2024

Present:\tMayor Lise Gagnon
\t\tCouncillor Paul Roy

1. Call to Order
Mayor Gagnon called the meeting to order at 7:00 p.m. and presided.
"""


def test_chair_from_mayor_in_the_chair_chair_of_trustees_and_call_to_order() -> None:
    council = _people(MAYOR_CHAIR)
    assert council["Dara Quinn"].chair and council["Dara Quinn"].role == "Mayor"
    assert council["Nuala Breen"].role == "Deputy Mayor" and not council["Nuala Breen"].chair
    trustees = _people(TRUSTEES)
    assert trustees["Ravi Dutt"].chair
    assert not trustees["Ola Berg"].chair
    assert _people(CANADA)["Lise Gagnon"].chair
    assert not _people(CANADA)["Paul Roy"].chair


WRAPPED = """Kestrel Borough Council
Minutes of the Scrutiny Committee held on 3 April 2025

PRESENT:
Councillors Ivo Grant (Chair), Efe Okoro (Vice-Chair), Liam Hart, Priya
Nandakumar, Ross Bell and Tova Lind.

OFFICERS:
Dee Marsh, Assistant Director, Neighbourhoods
Sam Ode, Scrutiny Officer

1. Apologies
"""


def test_a_name_wrapped_between_given_name_and_surname() -> None:
    people = _people(WRAPPED)
    assert "Priya Nandakumar" in people
    assert "Priya" not in people
    assert people["Dee Marsh"].role == "Assistant Director, Neighbourhoods"
    assert "Sam Ode" in people


DEPUTIES = """Northmere Waste Partnership
Notes of meeting held on 4 March 2024

Attendees
Cllr Ann Cole - Lead Member for Waste, Moor Borough Council (Chair)
Cllr Asha Rahman - Deputy for Cllr Ben Ford, Vale County Council
Dr Ian Pike, Deputy Medical Director (deputising for Dr Jo Frame)
Kay Lund, Deputy Finance Officer (for Pat Hogg)

Apologies
Cllr Ben Ford - Cabinet Member, Vale County Council

1. Welcome
Councillor Cole had given apologies for lateness and
joined the meeting at 2.20pm. Cllr Rahman left the meeting at 15.10.
Dr Pike left the chamber at 3.20pm. Dr Pike returned to the chamber at 3.30pm.
"""


def test_deputies_wrapped_sentences_and_leaving_and_returning() -> None:
    people = _people(DEPUTIES)
    assert people["Asha Rahman"].notes[0] == "substitute"
    assert people["Asha Rahman"].substitute_for == "Ben Ford"
    assert people["Ben Ford"].status is Status.APOLOGIES
    assert "substitute" in people["Ian Pike"].notes
    assert "substitute" in people["Kay Lund"].notes
    assert "late" in people["Ann Cole"].notes  # the sentence wraps onto the next line
    assert "left_early" in people["Asha Rahman"].notes  # a 24-hour time
    assert "left_early" not in people["Ian Pike"].notes  # left and came back


COMMA_POSTS_DASHED = """Harlow Vale Council
Corporate Parenting Board
Minutes of the meeting held on 9 October 2024

Officers:
Corporate Director, Children and Families (DCS) - Tamsin Ure
Bola Ade (BA) - Strategic Director, People (DCS)

Support officers:
Ms Joy Kerr – Panel Secretary

In attendance: Deputy Monitoring Officer (Ian Vale) and Democratic Services Officer (Rhys Orme).

1. Apologies
"""


def test_posts_with_commas_around_one_dash_and_posts_before_bracketed_names() -> None:
    people = _people(COMMA_POSTS_DASHED)
    assert people["Tamsin Ure"].role == "Corporate Director, Children and Families"
    assert people["Bola Ade"].role == "Strategic Director, People"
    assert people["Joy Kerr"].capacity is Capacity.OFFICER
    assert people["Ian Vale"].role == "Deputy Monitoring Officer"
    assert people["Rhys Orme"].role == "Democratic Services Officer"
    assert not {"Children", "Families", "People"} & set(people)


COOPTED = """Westmoor Police and Crime Panel
Minutes of the meeting held on 5 June 2024

Present:
Councillors Ron Lowe (Chair), Ida Marsh, Ken Platt and Una Reid;
Independent co-opted members: Ms Jo Okafor and Mr Lee Tran

Attending Remotely:   Councillor Eve Dunn

1. Apologies
"""


def test_a_labelled_list_after_a_list_ending_in_a_semicolon_and_remote_headings() -> None:
    people = _people(COOPTED)
    assert people["Una Reid"].role is None
    assert people["Jo Okafor"].capacity is Capacity.MEMBER
    assert "Lee Tran" in people
    assert people["Eve Dunn"].notes == ("remote",)


NZ_BOARD = """Kawatiri District Council
Rapaki Community Board
Minutes of a meeting held on Monday 2 September 2024 at 4.30pm

PRESENT:\tChairperson Mere Tane, Deputy Chairperson Hemi Walker, Members Ana Roa and Tui Hale

IN ATTENDANCE:\tRex Dunn, Harbour Master

Apologies: Councillor Ivy Lam (regrets)

2.3\tApproved Leave of Absence
Cr Joel Pratt

Community Councillors present: Ada Lyle (Chair), Ben Moss (Treasurer), Cara Finn (Minute Secretary)
"""


def test_nz_prefix_posts_numbered_status_headings_and_post_words() -> None:
    people = _people(NZ_BOARD)
    assert people["Mere Tane"].chair
    assert people["Hemi Walker"].role == "Deputy Chairperson"
    assert "Ana Roa" in people and "Tui Hale" in people
    assert people["Rex Dunn"].role == "Harbour Master"
    assert "Harbour Master" not in people
    assert people["Ivy Lam"].status is Status.APOLOGIES
    assert people["Joel Pratt"].status is Status.ABSENT
    assert people["Cara Finn"].role == "Minute Secretary"


WRAPPED_APOLOGIES = """Dunmore Borough Council
Minutes of the Meeting of the Council held on 2 December 2024

PRESENT: The Mayor (Councillor Ann Ross) in the Chair;
Councillors Bell, Cole and Dunne.

Item 1 – Apologies
Cllr Paul Hart (Cabinet Member for Highways).

MEMBERS ABSENT:
Councillor Joy Lake (regrets)

Min. 4/24 Apologies
Cllr Vance - family commitments. Accepted.

5. Other apologies
Apologies for absence were received from Councillors Ince,
Jolley and Kerr. Apologies were recorded for Alderman Moore and Cllr
Tariq Nadim (illness).
"""


def test_apologies_under_numbered_items_and_in_wrapped_sentences() -> None:
    people = _people(WRAPPED_APOLOGIES)
    assert people["Paul Hart"].status is Status.APOLOGIES
    assert people["Paul Hart"].role == "Cabinet Member for Highways"
    assert people["Joy Lake"].status is Status.APOLOGIES
    for name in ("Ince", "Jolley", "Kerr", "Moore", "Tariq Nadim"):
        assert people[name].status is Status.APOLOGIES, name
    assert people["Vance"].status is Status.APOLOGIES
    assert people["Vance"].role is None  # the reason for absence is no post
    assert people["Ann Ross"].chair


COLUMNS = """Ballyfern and Lough Ree Borough Council
Minutes of the Meeting of the Council held on Tuesday 7 May 2024 at 7.00 pm

In the Chair :\t\tThe Mayor (Councillor Orla Dunne)

Members Present :\tThe Deputy Mayor (Alderman Vic Glen)
(In Person)\t\tAldermen Hale, Kirk and Moss
\t\t\tCouncillors Adair, Breen and Devlin

Members Present :\tCouncillors Lavin, Nash and Sweeney
(Remotely)

Non-Committee\t\tCouncillor F Morrow
Members present:

Officers in\t\tChief Executive (Mr S Brennan)
Attendance :\t\tDirector of Leisure (Ms R Fergus)

1. Apologies
"""


def test_two_column_lists_with_labels_wrapped_in_the_left_column() -> None:
    people = _people(COLUMNS)
    assert people["Orla Dunne"].chair
    assert people["Hale"].role is None
    assert people["Lavin"].notes == ("remote",)
    assert people["Sweeney"].notes == ("remote",)
    assert people["Breen"].notes == ()
    assert people["F Morrow"].role is None
    assert people["S Brennan"].role == "Chief Executive"
    assert people["S Brennan"].capacity is Capacity.OFFICER
    assert people["R Fergus"].capacity is Capacity.OFFICER


GRID_KEY = """Riverton Children's Scrutiny Panel
Wednesday 5 February 2025 at 18:30

Attendance
P   Cllr Ada Holm (Chair)
R   Cllr Ben Ives
A   Cllr Cara Jude
Ab  Cllr Dan Kemp

Key: P = Present, A = Apologies, R = Attended remotely, Ab = Absent

Present:
Joanna Brook (JB)   Police, Fire and Crime Commissioner (Chair)
Chief Constable Aled Morris (AM)   Westvale Police
Ian Gray (IG)       Chief Executive, OPFCC

Apologies:
Deputy Chief Constable Tom Wren (TW)
"""


def test_grid_key_on_one_line_and_columns_aligned_with_spaces() -> None:
    people = _people(GRID_KEY)
    assert people["Ben Ives"].status is Status.PRESENT and people["Ben Ives"].notes == ("remote",)
    assert people["Cara Jude"].status is Status.APOLOGIES
    assert people["Dan Kemp"].status is Status.ABSENT
    assert people["Aled Morris"].role == "Westvale Police"
    assert people["Ian Gray"].role == "Chief Executive, OPFCC"
    assert people["Tom Wren"].role == "Deputy Chief Constable"
    assert people["Tom Wren"].status is Status.APOLOGIES
    assert "Opfcc" not in people


WRAPS = """Fernmoor Fire Authority
Minutes of a meeting held on Thursday 6 March 2025 at 10.00 am

Members Present:
Councillor Ada Pike\t(Chair)
Councillors C. Nolan, D. Orr
and Z. Quint

Substitute Members:
Councillor Rob Vane (for Councillor Sue Wall)

Officers Present:
Cat Bell\tTreasurer and Director of
\tCorporate Services
Mark Ode\tMonitoring Officer

1\tAPOLOGIES
"""


def test_posts_and_lists_wrapped_onto_the_next_line_and_substitute_headings() -> None:
    people = _people(WRAPS)
    assert "Z. Quint" in people or "Z Quint" in people
    assert people["Cat Bell"].role == "Treasurer and Director of Corporate Services"
    assert people["Mark Ode"].role == "Monitoring Officer"
    assert people["Mark Ode"].capacity is Capacity.OFFICER
    assert "substitute" in people["Rob Vane"].notes
    assert people["Rob Vane"].capacity is Capacity.MEMBER


CABINET = """Minutes of the Cabinet

Date: Wednesday 12 March 2025
Time: 6.00 pm

Members of the Cabinet present:
Councillor Nia Hart (Leader of the Council) (Chair)
Councillor Tom Reed (Cabinet Member for Finance)

The following were also present:
Councillor Dee Orr (Cabinet Member) - virtually

Officers: Eve Park, Scrutiny Officer; Fred Quin, Head of Finance

P25/031  APOLOGIES
Cllr Mo Grant – personal.
"""


def test_long_present_headings_semicolon_posts_dash_notes_and_coded_items() -> None:
    people = _people(CABINET)
    assert people["Nia Hart"].chair and people["Nia Hart"].role == "Leader of the Council"
    assert people["Tom Reed"].status is Status.PRESENT
    assert people["Dee Orr"].notes == ("remote",) and people["Dee Orr"].role == "Cabinet Member"
    assert people["Eve Park"].role == "Scrutiny Officer"
    assert people["Fred Quin"].role == "Head of Finance"
    assert people["Mo Grant"].status is Status.APOLOGIES and people["Mo Grant"].role is None


ACRONYM_POSTS = """Greenholm Academy Trust
Minutes of the meeting of the Board of Trustees held on 12 March 2025

Present: Mr Jon Smith (JS) (Chair), Mrs Kay Brown (KB), Dr Lyn Green (Vice-Chair) and Ms Mia White
In attendance: Mr Ned Black (CEO), Mrs Ola Grey (Clerk)
Apologies: Prof Pia Rose

1. Welcome
"""


def test_bracketed_acronyms_are_posts_unless_they_are_the_persons_initials() -> None:
    people = _people(ACRONYM_POSTS)
    assert people["Ned Black"].role == "CEO"
    assert people["Jon Smith"].role is None and people["Jon Smith"].chair
    assert people["Kay Brown"].role is None
    assert people["Pia Rose"].status is Status.APOLOGIES


SUBSTITUTED_BY = """Minutes of the Planning Committee held on 4 December 2024

Present: Councillors Ann Lee (Chair), Bob Marsh and Hal Shaw

1. Apologies and substitutions
Apologies were received from Councillor Gus Reed, who was substituted by Councillor Hal Shaw.
Councillor Bob Marsh left the meeting at 8.15pm during item 5.
"""


def test_who_was_substituted_by_and_a_persons_time_is_not_the_meetings() -> None:
    meeting = _meeting(SUBSTITUTED_BY)
    people = {a.name: a for a in meeting.attendees}
    assert people["Hal Shaw"].notes == ("substitute",)
    assert people["Hal Shaw"].substitute_for == "Gus Reed"
    assert people["Gus Reed"].status is Status.APOLOGIES
    assert meeting.start_time is None


NON_VOTING = """Mercia Vale Combined Authority
Minutes of the Board held on 6 March 2025

Present:
Councillor Ray Holt (Chair); Councillor Sue Park; Independent Co-opted Member
Mr Eli Vance.

Non-voting:
Councillor Nia Dunn, Cabinet Member for Transport, Severn Council

In attendance:
Kai Ernst, Finance Director (Section 73 Officer)
Tom Lenz, Locality Planning Officer
Dr Ada Fry, Non-Executive Board Member

1\tApologies
"""


def test_non_voting_heading_statutory_officer_posts_and_a_post_before_a_wrapped_holder() -> None:
    people = _people(NON_VOTING)
    assert people["Nia Dunn"].capacity is Capacity.MEMBER
    assert people["Kai Ernst"].role == "Finance Director (Section 73 Officer)"
    assert people["Eli Vance"].role == "Independent Co-opted Member"
    assert people["Tom Lenz"].role == "Locality Planning Officer"
    assert "Ada Fry" in people


CLAUSES = """Minutes of the Cabinet held on 3 March 2025

Present:
Cyng. / Cllr Nia Rhys (ymunodd o bell / joined remotely)
Councillor Owen Pugh

1. Apologies
Councillor Owen Pugh sent apologies for being unable to attend in person and joined remotely.
"""


def test_a_clause_before_a_verb_gives_its_leading_name_not_a_post() -> None:
    people = _people(CLAUSES)
    assert people["Nia Rhys"].role is None and people["Nia Rhys"].notes == ("remote",)
    assert people["Owen Pugh"].role is None
    assert people["Owen Pugh"].notes == ("remote",)
    assert people["Owen Pugh"].status is Status.PRESENT


INITIALS_LIKE_MARKS = """Minutes of the Council held on 4 March 2025

Officers Present:     M Dunne - Chief Executive
                      A Hollis - Director of Corporate Services
                      P Keane - Director of Leisure
"""


def test_an_initial_before_a_surname_is_no_grid_mark() -> None:
    people = _people(INITIALS_LIKE_MARKS)
    assert people["A Hollis"].status is Status.PRESENT
    assert people["A Hollis"].capacity is Capacity.OFFICER
    assert people["P Keane"].role == "Director of Leisure"


PRESIDING = """Kilbride County Council
Minutes of the Monthly Meeting of Kilbride County Council held on Monday 10 March 2025

Cathaoirleach: Cllr. Aine Lee presiding.

Members present: Cllrs. B. Moran, C. Nolan and Cllr. Dara Vane in the Chair
"""


def test_presiding_and_in_the_chair_after_a_name() -> None:
    people = _people(PRESIDING)
    assert people["Aine Lee"].chair and people["Aine Lee"].role == "Cathaoirleach"
    assert "B. Moran" in people or "B Moran" in people
    assert people["Dara Vane"].chair


VICE_TOOK_CHAIR = """Minutes of the Audit Committee held on 4 March 2025

Members: Councillors Ann Lee (Chair), Bob Marsh (Vice-Chair), Cy Nunn and Di Orr

Apologies for absence were received from Councillor Ann Lee.
In the absence of the Chair, Councillor Bob Marsh (Vice-Chair) took the chair.
Councillor Cy Nunn joined the meeting via Microsoft Teams.
"""


def test_chair_sending_apologies_and_the_vice_chair_taking_the_chair() -> None:
    people = _people(VICE_TOOK_CHAIR)
    assert people["Ann Lee"].status is Status.APOLOGIES and not people["Ann Lee"].chair
    assert people["Bob Marsh"].chair
    assert people["Cy Nunn"].notes == ("remote",)


ATTENDANCE_DETAILS = """Southmere Borough Council
Licensing Committee - 4 March 2025

Attendance details
Attendee | Role | Attendance
Councillor Ann Lee | Chairman | Present
Councillor Bob Marsh | Vice-Chairman | Apologies, sent substitute
Councillor Cy Nunn | Committee Member | Present as substitute
Hal Shaw | Committee Member | Present, virtual
Gus Rowe | Officer | Expected
"""


def test_status_cells_with_notes_and_without() -> None:
    meeting = _meeting(ATTENDANCE_DETAILS)
    people = {a.name: a for a in meeting.attendees}
    assert meeting.body == "Licensing Committee"
    assert people["Bob Marsh"].role == "Vice-Chairman"
    assert people["Bob Marsh"].status is Status.APOLOGIES
    assert people["Cy Nunn"].notes == ("substitute",)
    assert people["Hal Shaw"].notes == ("remote",)
    assert "Gus Rowe" not in people


CHAIRMAN_AWAY = """Minutes of the Standards Committee held on 4 March 2025

Present: Councillor Bea Ross (Vice-Chairman, in the Chair) and Councillor Carl Timms

1. Apologies
Apologies for absence were received from Councillor Andy Chase
(Chairman) and Councillor Bella Lowe.
"""


def test_a_chairman_sending_apologies_keeps_the_title_as_post() -> None:
    people = _people(CHAIRMAN_AWAY)
    assert people["Andy Chase"].status is Status.APOLOGIES
    assert people["Andy Chase"].role == "Chairman" and not people["Andy Chase"].chair
    assert people["Bella Lowe"].status is Status.APOLOGIES
    assert people["Bea Ross"].chair

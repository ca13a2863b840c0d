"""``graphgov quality``: per-meeting checks on fictional graphs (tests/graph_fixtures.py) and on
fictional minutes ingested through the CLI (the Thornbury Vale minutes of tests/test_review.py).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from graphgov.cli import cli
from graphgov.errors import QueryError
from graphgov.graph.schema import Label, node_id
from graphgov.quality import (
    QUALITY_COLUMNS,
    MeetingQuality,
    is_procedural,
    is_single_holder_post,
    meeting_quality,
)
from tests.graph_fixtures import COUNCIL, RESOURCES, fixture_graph
from tests.test_review import CABINET, PLANNING, ingested_store


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def meeting(body: str, date: str) -> str:
    return node_id(Label.MEETING, COUNCIL, body, date, "18:30")


def report_for(reports: list[MeetingQuality], body: str | None, date: str | None
               ) -> MeetingQuality:
    return next(r for r in reports if r.body == body and r.date == date)


# -- vocabularies ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("APOLOGIES FOR ABSENCE", True),
    ("Apologies and Substitutions", True),
    ("Declarations of Interest", True),
    ("Disclosures of Pecuniary Interests", True),
    ("MINUTES OF THE PREVIOUS MEETING", True),
    ("To confirm the minutes of the meeting held on 3 May", True),
    ("Item 2 - Minutes", True),
    ("Any Other Business", True),
    ("Date of Next Meeting", True),
    ("Exclusion of the Press and Public", True),
    ("Chair's Announcements", True),
    ("Budget Monitoring Quarter 3", False),
    ("Community Grants Programme Review", False),
    ("Minerals and Waste Local Plan", False),
    ("Declining Bus Services", False),
])
def test_procedural_titles(title: str, expected: bool) -> None:
    assert is_procedural(title) is expected


@pytest.mark.parametrize(("post", "expected"), [
    ("Chief Executive", True),
    ("Corporate Director, Resources", True),
    ("Scrutiny Officer", False),
    ("Director of Finance", True),
    ("Cabinet Member for Housing", True),
    ("Leader of the Council", True),
    ("Monitoring Officer", True),
    ("Vice-Chair", False),
    ("Co-opted Member", False),
    ("Democratic Services Officer", False),
    ("Non-Executive Director", False),
    ("Principal Planner", False),
])
def test_single_holder_posts(post: str, expected: bool) -> None:
    assert is_single_holder_post(post) is expected


# -- the Fernbridge graph --------------------------------------------------------------------

def test_every_meeting_gets_a_row_in_date_order() -> None:
    reports = meeting_quality(fixture_graph())
    assert [(r.body, r.date) for r in reports] == [
        ("Cabinet", "2023-01-10"), ("Overview and Scrutiny Committee", "2023-02-14"),
        ("Schools Forum", "2023-03-20"), ("Cabinet", "2023-07-11")]
    first = reports[0]
    assert first.documents == ("minutes/cabinet-2023-01-10.txt",)
    assert (first.attendees, first.items) == (5, 3)
    assert not first.no_attendance and not first.no_chair and not first.missing


def test_items_without_outcome_skip_procedural_and_actioned_items() -> None:
    reports = meeting_quality(fixture_graph())
    # Apologies (procedural) and the two items with actions are fine.
    assert report_for(reports, "Cabinet", "2023-01-10").items_without_outcome == ()
    osc = report_for(reports, "Overview and Scrutiny Committee", "2023-02-14")
    assert len(osc.items_without_outcome) == 1
    assert osc.items_without_outcome[0].startswith("1. Budget Monitoring Quarter 3 (")
    assert osc.problems == ("1 item(s) without outcome",)


def test_a_resolution_is_an_outcome() -> None:
    graph = fixture_graph()
    item = node_id(Label.ITEM, meeting("Overview and Scrutiny Committee", "2023-02-14"), "1",
                   "Budget Monitoring Quarter 3")
    rid = node_id(Label.RESOLUTION, item, 1)
    graph.add_node(rid, label="Resolution", id=rid, item=item, index=1,
                   text="That the report be noted.")
    graph.add_edge(item, rid, key="RESOLVED", type="RESOLVED")
    osc = report_for(meeting_quality(graph), "Overview and Scrutiny Committee", "2023-02-14")
    assert osc.items_without_outcome == () and osc.problems == ()


def line_of(graph: nx.MultiDiGraph, start: str, end: str, rel: str) -> int:
    return int(graph.edges[start, end, rel]["line"])


def test_post_only_presenter_and_owner_are_unresolved_mentions() -> None:
    graph = fixture_graph()
    cabinet = report_for(meeting_quality(graph), "Cabinet", "2023-07-11")
    post = node_id(Label.POST, COUNCIL, "Head of Procurement")
    item = node_id(Label.ITEM, meeting("Cabinet", "2023-07-11"), "2", "Contracts Register")
    action = node_id(Label.ACTION, item, 1)
    assert cabinet.unresolved_mentions == (
        f"Head of Procurement (presenter, item 2, cabinet-2023-07-11.txt:"
        f"{line_of(graph, post, item, 'PRESENTED')})",
        f"Head of Procurement (action owner, item 2, cabinet-2023-07-11.txt:"
        f"{line_of(graph, action, post, 'ASSIGNED_TO')})",
    )


def holds(graph: nx.MultiDiGraph, person: str, post: str, *, doc: str, sha: str, date: str,
          line: int) -> None:
    pid, sid = node_id(Label.PERSON, COUNCIL, person), node_id(Label.POST, COUNCIL, post)
    for node, label, name in ((pid, "Person", person), (sid, "Post", post)):
        if node not in graph:
            graph.add_node(node, label=label, id=node, council=COUNCIL, name=name)
    quote = f"{person}, {post}"
    graph.add_edge(pid, sid, key="HOLDS", type="HOLDS", source=doc, document=sha, line=line,
                   quote=quote, evidence_sources=[doc], evidence_documents=[sha],
                   evidence_lines=[line], evidence_quotes=[quote], evidence_dates=[date],
                   sources=[sha], first_seen=date, last_seen=date)


def test_two_posts_for_one_person_at_one_meeting_conflict() -> None:
    graph = fixture_graph()
    cabinet = meeting("Cabinet", "2023-01-10")
    doc = next(u for u, _, k in graph.in_edges(cabinet, keys=True) if k == "RECORDS")
    sha, path = graph.nodes[doc]["sha256"], graph.nodes[doc]["path"]
    holds(graph, "Lena Hart", "Director of Finance", doc=path, sha=sha, date="2023-01-10",
          line=30)
    report = report_for(meeting_quality(graph), "Cabinet", "2023-01-10")
    line = line_of(graph, node_id(Label.PERSON, COUNCIL, "Lena Hart"),
                   node_id(Label.POST, COUNCIL, RESOURCES), "HOLDS")
    assert report.conflicting_posts == (
        f"Lena Hart recorded as Corporate Director, Resources (cabinet-2023-01-10.txt:{line}) "
        "and as Director of Finance (cabinet-2023-01-10.txt:30)",)
    # Lena Hart holds the resources post alone in February: that meeting is fine.
    assert report_for(meeting_quality(graph), "Overview and Scrutiny Committee",
                      "2023-02-14").conflicting_posts == ()


def test_one_post_for_two_people_on_one_date_conflicts() -> None:
    graph = fixture_graph()
    # Another document of the same date names someone else as Leader.
    holds(graph, "Piers Vell", "Leader of the Council", doc="minutes/other.txt", sha="b" * 64,
          date="2023-01-10", line=7)
    report = report_for(meeting_quality(graph), "Cabinet", "2023-01-10")
    line = line_of(graph, node_id(Label.PERSON, COUNCIL, "Mara Quill"),
                   node_id(Label.POST, COUNCIL, "Leader of the Council"), "HOLDS")
    assert report.conflicting_posts == (
        f"Leader of the Council held by Mara Quill (cabinet-2023-01-10.txt:{line}) and by "
        "Piers Vell (other.txt:7)",)
    # The Leader seen in July is no conflict: another date.
    assert report_for(meeting_quality(graph), "Cabinet", "2023-07-11").conflicting_posts == ()
    # A post several people hold is never a conflict, even on one date.
    holds(graph, "Piers Vell", "Scrutiny Officer", doc="minutes/other.txt", sha="b" * 64,
          date="2023-02-14", line=8)
    assert report_for(meeting_quality(graph), "Overview and Scrutiny Committee",
                      "2023-02-14").conflicting_posts == ()
    assert len(report_for(meeting_quality(graph), "Cabinet",
                          "2023-01-10").conflicting_posts) == 1


def test_undated_meeting_without_body_or_attendance() -> None:
    graph = fixture_graph()
    mid = node_id(Label.MEETING, COUNCIL, None, "undated 0123456789ab", None)
    graph.add_node(mid, label="Meeting", id=mid, council=COUNCIL)
    reports = meeting_quality(graph)
    assert reports[-1].meeting == mid  # undated meetings last
    report = reports[-1]
    assert report.missing == ("date", "body")
    assert report.problems == ("no date", "no body", "no attendance", "no chair", "no items")


def test_one_meeting_and_an_unknown_one() -> None:
    graph = fixture_graph()
    wanted = meeting("Schools Forum", "2023-03-20")
    assert [r.meeting for r in meeting_quality(graph, wanted)] == [wanted]
    with pytest.raises(QueryError, match="no meeting 'meeting:nowhere'"):
        meeting_quality(graph, "meeting:nowhere")


# -- through the CLI on ingested fictional minutes -------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("quality"))


def rows_json(store: Path, *extra: str) -> list[dict[str, object]]:
    result = run("quality", "--store", str(store), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by_body(rows: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {r["body"]: r for r in rows}


def test_minutes_without_attendance_are_flagged(store: Path) -> None:
    rows = by_body(rows_json(store))
    cabinet = rows["Cabinet"]
    assert cabinet["no_attendance"] is True and cabinet["no_chair"] is True
    assert cabinet["attendees"] == 0 and cabinet["items"] == 3
    # Item 1 (declarations) is procedural, item 2 was resolved, item 3 was only noted.
    line = CABINET.splitlines().index("3. COMMUNITY CENTRE LEASES") + 1
    assert cabinet["items_without_outcome"] == [f"3. COMMUNITY CENTRE LEASES (cabinet.txt:{line})"]
    assert rows["Planning Committee"]["no_attendance"] is False
    assert rows["Planning Committee"]["no_chair"] is False


def test_resolved_items_are_not_flagged(store: Path) -> None:
    planning = by_body(rows_json(store))["Planning Committee"]
    flagged = planning["items_without_outcome"]
    assert isinstance(flagged, list) and len(flagged) == 1
    assert flagged[0].startswith("4. TOWN CENTRE PARKING REVIEW")
    assert not any("TREE PRESERVATION" in f or "PLAYGROUND" in f for f in flagged)
    assert not any("MINUTES" in f or "APOLOGIES" in f for f in flagged)  # procedural


def test_post_only_presenter_is_an_unresolved_mention(store: Path) -> None:
    planning = by_body(rows_json(store))["Planning Committee"]
    line = PLANNING.splitlines().index("The Head of Leisure Services presented the report on "
                                       "the refurbishment of four playgrounds.") + 1
    assert planning["unresolved_mentions"] == [
        f"Head of Leisure Services (presenter, item 5, planning.txt:{line})"]


def test_two_chief_executives_on_one_date(store: Path) -> None:
    rows = by_body(rows_json(store))
    expected = ["Chief Executive held by Gregory Ashworth (scrutiny.txt:16) and by "
                "Harriet Quinlan (planning.txt:18)"]
    assert rows["Overview and Scrutiny Committee"]["conflicting_posts"] == expected
    assert rows["Planning Committee"]["conflicting_posts"] == expected
    assert rows["Cabinet"]["conflicting_posts"] == []


def test_table_csv_summary_and_exit_code(store: Path) -> None:
    result = run("quality", "--store", str(store))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["body", "date", "documents", "attendees", "items", "problems"]
    cabinet = next(line for line in lines if line.startswith("Cabinet"))
    assert "cabinet.txt" in cabinet and "/" not in cabinet.split("2025-03-04")[1].split()[0]
    assert "no attendance; no chair; 1 item(s) without outcome" in cabinet
    assert result.stderr == "3 meeting(s), 3 with problems.\n"
    rows = list(csv.DictReader(io.StringIO(
        run("quality", "--store", str(store), "--format", "csv").stdout)))
    assert list(rows[0]) == list(QUALITY_COLUMNS) and len(rows) == 3
    assert next(r for r in rows if r["body"] == "Cabinet")["no_attendance"] == "true"


def test_one_meeting_by_id(store: Path) -> None:
    wanted = str(by_body(rows_json(store))["Cabinet"]["meeting"])
    rows = rows_json(store, "--meeting", wanted)
    assert [r["body"] for r in rows] == ["Cabinet"]
    missing = run("quality", "--store", str(store), "--meeting", "meeting:nowhere")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Error: no meeting 'meeting:nowhere' in the store")


def test_problems_only_leaves_out_clean_meetings(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "planning.txt").write_text(PLANNING.replace(
        "Members discussed the parking survey", "RESOLVED\n\nThat the parking survey be "
        "noted.\n\nMembers discussed the survey").replace(
        "The Head of Leisure Services presented", "Tomasz Brennan presented"), encoding="utf-8")
    (docs / "cabinet.txt").write_text(CABINET, encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", str(docs), "--store", str(store), "--no-progress").exit_code == 0
    everything = rows_json(store)
    assert {r["body"]: r["problems"] for r in everything}["Planning Committee"] == []
    result = run("quality", "--store", str(store), "--problems-only")
    assert result.exit_code == 0
    assert "Cabinet" in result.stdout and "Planning Committee" not in result.stdout
    assert result.stderr == "2 meeting(s), 1 with problems.\n"


def test_quality_without_a_store_is_an_error(tmp_path: Path) -> None:
    result = run("quality", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no graphgov store here" in result.stderr

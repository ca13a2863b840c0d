"""``graphgov review``: uncertain references, post-only presenters and owners, possible
duplicates, each with evidence and an aliases-file line; on fictional graphs and on fictional
minutes ingested through the CLI (Thornbury Vale is an invented council)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from graphgov.cli import cli
from graphgov.graph.schema import Label, node_id
from graphgov.resolve.aliases import Aliases
from graphgov.resolve.people import name_parts
from graphgov.review import (
    DUPLICATE_BODY,
    DUPLICATE_PERSON,
    POST_OWNER,
    POST_PRESENTER,
    REVIEW_COLUMNS,
    UNCERTAIN,
    body_pair_reason,
    person_pair_reason,
    review_graph,
    uncertain_records,
)
from tests.graph_fixtures import COUNCIL, fixture_graph

# -- fictional minutes, shared with tests/test_quality.py ------------------------------------

PLANNING = """THORNBURY VALE DISTRICT COUNCIL

MINUTES OF THE PLANNING COMMITTEE

HELD AT 6.00 P.M. ON TUESDAY, 4 MARCH 2025

COUNCIL OFFICES, MILL LANE, THORNBURY VALE

Members Present:

Councillor Jane Smith (Chair)
Councillor John Smith
Councillor Daniel Okafor
Councillor Wendy Pargeter

Officers Present:

Harriet Quinlan\t\u2013\t(Chief Executive)
Tomasz Brennan\t\u2013\t(Planning Policy Manager)

1. APOLOGIES FOR ABSENCE

There were no apologies for absence.

2. MINUTES OF THE PREVIOUS MEETING

The minutes of the meeting held on 4 February 2025 were approved as a correct record.

3. TREE PRESERVATION ORDER, ORCHARD ROW

Tomasz Brennan, Planning Policy Manager, presented the report on the provisional order
covering six oak trees.

RESOLVED

That the Tree Preservation Order be confirmed without modification.

4. TOWN CENTRE PARKING REVIEW

Members discussed the parking survey and asked about the charges at the station car park.

5. PLAYGROUND REFURBISHMENT PROGRAMME

The Head of Leisure Services presented the report on the refurbishment of four playgrounds.

RESOLVED

That the refurbishment programme be approved.

The meeting ended at 7.40 p.m.
"""

# No attendance list at all; an action owner "J. Smith" that two councillors fit.
CABINET = """THORNBURY VALE DISTRICT COUNCIL

MINUTES OF THE CABINET

HELD AT 5.00 P.M. ON TUESDAY, 4 MARCH 2025

COUNCIL OFFICES, MILL LANE, THORNBURY VALE

1. DECLARATIONS OF INTEREST

There were no declarations of interest.

2. WASTE COLLECTION CONTRACT

The Cabinet considered the report on the renewal of the waste collection contract.

RESOLVED

That the contract be extended for two years.

Action by:

J. Smith

3. COMMUNITY CENTRE LEASES

The Cabinet noted the position on the community centre leases.

The meeting ended at 5.50 p.m.
"""

# Same date: another Chief Executive, and "Dan Okafor" beside the planning "Daniel Okafor".
SCRUTINY = """THORNBURY VALE DISTRICT COUNCIL

MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE

HELD AT 7.00 P.M. ON TUESDAY, 4 MARCH 2025

COUNCIL OFFICES, MILL LANE, THORNBURY VALE

Members Present:

Councillor Wendy Pargeter (Chair)
Councillor Dan Okafor

Officers Present:

Gregory Ashworth\t\u2013\t(Chief Executive)

1. BUDGET MONITORING

Gregory Ashworth, Chief Executive, presented the budget monitoring report.

RESOLVED

That the report be noted.
"""

MINUTES = {"planning.txt": PLANNING, "cabinet.txt": CABINET, "scrutiny.txt": SCRUTINY}


def write_minutes(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in MINUTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def ingested_store(tmp: Path) -> Path:
    docs, store = write_minutes(tmp / "docs"), tmp / "store"
    result = run("ingest", str(docs), "--store", str(store), "--no-progress")
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_store(tmp_path_factory.mktemp("review"))


# -- name and body pairs ---------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "reason"), [
    ("J Smith", "John Smith", "compatible"),
    ("Smith", "John Smith", "compatible"),
    ("J. P. Smith", "John Peter Smith", "compatible"),
    ("Dan Okafor", "Daniel Okafor", "shortens"),
    ("Wendy Pargetter", "Wendy Pargeter", "letter"),
    ("Jane Smith", "John Smith", None),
    ("J. Smith", "Jane Smithson", None),
    ("Ann Lee", "Ann Lew", None),  # short surnames: a letter makes another name
    ("Daniel Okafor", "Danielle Okafor", "shortens"),
])
def test_person_pairs(a: str, b: str, reason: str | None) -> None:
    found = person_pair_reason(name_parts(a), name_parts(b))
    assert (found is None) if reason is None else (found is not None and reason in found)


def body(name: str, acronym: str | None = None) -> dict[str, str | None]:
    return {"name": name, "acronym": acronym}


@pytest.mark.parametrize(("a", "b", "reason"), [
    (body("Licensing Committee", "LC"), body("Licensing Cttee", "LC"), "both are called LC"),
    (body("Overview and Scrutiny Committee", "OSC"), body("OSC"), "acronym"),
    (body("Health and Well Being Board"), body("Health and Wellbeing Board"), "spaced"),
    (body("Youth Council"), body("Thornbury Vale Youth Council"), "council's name"),
    (body("Licensing Commitee"), body("Licensing Committee"), "spelling"),
    (body("North Area Committee"), body("South Area Committee"), None),
    (body("Area 1 Committee"), body("Area 2 Committee"), None),
    (body("Planning Committee"), body("Planning Sub-Committee"), None),
    (body("Audit Committee"), body("Standards Committee"), None),
])
def test_body_pairs(a: dict[str, str | None], b: dict[str, str | None],
                    reason: str | None) -> None:
    found = body_pair_reason(a, b, "Thornbury Vale")
    assert (found is None) if reason is None else (found is not None and reason in found)


# -- findings on the Fernbridge graph (tests/graph_fixtures.py) ------------------------------

def add_body(graph: nx.MultiDiGraph, name: str, acronym: str | None, quote: str,
             line: int) -> str:
    """A Body mentioned by the first Cabinet meeting of the fixture, with evidence."""
    bid = node_id(Label.BODY, COUNCIL, name)
    graph.add_node(bid, label="Body", id=bid, council=COUNCIL, name=name, kind="committee",
                   acronym=acronym, sources=["a" * 64])
    meeting = node_id(Label.MEETING, COUNCIL, "Cabinet", "2023-01-10", "18:30")
    graph.add_edge(meeting, bid, key="MENTIONS", type="MENTIONS", source="minutes/cab.txt",
                   document="a" * 64, line=line, quote=quote,
                   evidence_sources=["minutes/cab.txt"], evidence_documents=["a" * 64],
                   evidence_lines=[line], evidence_quotes=[quote], evidence_dates=["2023-01-10"],
                   sources=["a" * 64])
    return bid


def test_post_only_presenter_and_owner_with_quotes() -> None:
    findings = review_graph(fixture_graph())
    posts = [f for f in findings if f.kind in (POST_PRESENTER, POST_OWNER)]
    assert [(f.kind, f.subject) for f in posts] == [
        (POST_PRESENTER, "Head of Procurement"), (POST_OWNER, "Head of Procurement")]
    presenter, owner = posts
    assert presenter.evidence.quote == "Head of Procurement presented the report on Contracts " \
                                       "Register."
    assert presenter.evidence.document == "minutes/cabinet-2023-07-11.txt"
    assert presenter.context == "Cabinet 2023-07-11, item 2. Contracts Register"
    assert owner.evidence.quote == "Action by: Head of Procurement"
    assert presenter.candidates == () and "nobody is recorded holding" in presenter.suggestion


def test_post_holders_elsewhere_are_the_candidates() -> None:
    graph = fixture_graph()
    person = node_id(Label.PERSON, COUNCIL, "Ruth Vane")
    post = node_id(Label.POST, COUNCIL, "Head of Procurement")
    graph.add_node(person, label="Person", id=person, council=COUNCIL, name="Ruth Vane")
    graph.add_edge(person, post, key="HOLDS", type="HOLDS", first_seen="2023-05-01",
                   last_seen="2023-09-01")
    finding = next(f for f in review_graph(graph) if f.kind == POST_PRESENTER)
    assert finding.candidates == ("Ruth Vane (2023-05-01 to 2023-09-01)",)
    assert "check the attendance list" in finding.suggestion


def test_fixture_people_are_not_duplicates() -> None:
    # Distinct full names of one council (Lena Hart, Sam Okoro, ...): nothing to review.
    assert [f for f in review_graph(fixture_graph()) if f.kind == DUPLICATE_PERSON] == []


def test_duplicate_bodies_suggest_a_bodies_line() -> None:
    graph = fixture_graph()
    add_body(graph, "Overview and Scrutiny Commitee", None,
             "referred to the Overview and Scrutiny Commitee", 40)
    findings = [f for f in review_graph(graph) if f.kind == DUPLICATE_BODY]
    assert len(findings) == 1
    found = findings[0]
    # The misspelling is attested once; the committee that met has several documents.
    assert found.subject == "Overview and Scrutiny Commitee"
    assert found.candidates == ("Overview and Scrutiny Committee",)
    assert found.evidence.line == 40 and "Commitee" in (found.evidence.quote or "")
    assert found.suggestion == ('[bodies] "Overview and Scrutiny Commitee" = '
                                '"Overview and Scrutiny Committee"')


def test_acronym_body_is_a_duplicate() -> None:
    graph = fixture_graph()
    add_body(graph, "OSC", None, "as the OSC had asked", 41)
    found = [f for f in review_graph(graph) if f.kind == DUPLICATE_BODY]
    assert [(f.subject, f.candidates) for f in found] == [
        ("OSC", ("Overview and Scrutiny Committee",))]


# -- uncertain records -----------------------------------------------------------------------

def test_uncertain_records_carry_their_document() -> None:
    documents = {
        "/docs/b.txt": {"sha256": "b" * 64, "uncertain": [
            {"council": "X", "name": "J. Smith", "candidates": ["Jane Smith", "John Smith"],
             "reason": "several people fit this name"}]},
        "/docs/a.txt": {"sha256": "a" * 64, "uncertain": []},
        "/docs/c.txt": {"sha256": "c" * 64},
    }
    records = uncertain_records(documents)
    assert len(records) == 1
    record = records[0]
    assert (record.document, record.sha256, record.name) == ("/docs/b.txt", "b" * 64, "J. Smith")
    assert record.candidates == ("Jane Smith", "John Smith") and record.line is None


# -- through the CLI on ingested fictional minutes -------------------------------------------

def findings_json(store: Path, *extra: str) -> list[dict[str, object]]:
    result = run("review", "--store", str(store), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_review_lists_the_ambiguous_reference_with_its_line(store: Path) -> None:
    rows = findings_json(store)
    uncertain = [r for r in rows if r["kind"] == UNCERTAIN]
    # "Jane Smith is a fuller form of J. Smith" only echoes the ambiguity: reported once.
    assert len(uncertain) == 1
    row = uncertain[0]
    assert row["subject"] == "J. Smith"
    assert row["candidates"] == ["Jane Smith", "John Smith"]
    assert row["reason"] == "several people fit this name"
    assert str(row["document"]).endswith("cabinet.txt")
    assert row["line"] == CABINET.splitlines().index("J. Smith") + 1
    assert row["quote"] == "J. Smith"
    assert '[people] "J. Smith" = "Jane Smith"' in str(row["suggestion"])
    assert '[people] "J. Smith" = "John Smith"' in str(row["suggestion"])


def test_review_lists_the_post_only_presenter_with_its_quote(store: Path) -> None:
    row = next(r for r in findings_json(store) if r["kind"] == POST_PRESENTER)
    assert row["subject"] == "Head of Leisure Services"
    assert row["quote"] == ("The Head of Leisure Services presented the report on the "
                            "refurbishment of four playgrounds.")
    assert row["line"] == PLANNING.splitlines().index(str(row["quote"])) + 1
    assert row["context"] == "Planning Committee 2025-03-04, item 5. PLAYGROUND REFURBISHMENT " \
                             "PROGRAMME"
    # The named presenter of item 3 is resolved: not a finding.
    assert all(r["subject"] != "Planning Policy Manager" for r in findings_json(store))


def test_review_lists_the_shortened_first_name(store: Path) -> None:
    row = next(r for r in findings_json(store) if r["kind"] == DUPLICATE_PERSON)
    assert (row["subject"], row["candidates"]) == ("Dan Okafor", ["Daniel Okafor"])
    assert str(row["document"]).endswith("scrutiny.txt")
    assert row["quote"] == "Councillor Dan Okafor"
    assert "planning.txt:13: Councillor Daniel Okafor" in str(row["context"])
    assert str(row["suggestion"]).startswith('[people] "Dan Okafor" = "Daniel Okafor"')


def test_review_table_and_csv(store: Path) -> None:
    table = run("review", "--store", str(store))
    assert table.exit_code == 0, table.output
    header = table.stdout.splitlines()[0].split()
    assert header == ["kind", "subject", "candidates", "evidence", "suggestion"]
    assert "cabinet.txt:23: J. Smith" in table.stdout
    assert table.stderr.strip() == ("3 finding(s): 1 possible duplicate person, "
                                    "1 post-only presenter, 1 uncertain person.")
    rows = list(csv.DictReader(io.StringIO(run("review", "--store", str(store), "--format",
                                               "csv").stdout)))
    assert list(rows[0]) == list(REVIEW_COLUMNS)
    assert {r["kind"] for r in rows} == {UNCERTAIN, POST_PRESENTER, DUPLICATE_PERSON}
    assert next(r for r in rows if r["kind"] == UNCERTAIN)["candidates"] == \
        "Jane Smith; John Smith"


def test_aliases_settle_what_review_suggests(tmp_path: Path) -> None:
    store = ingested_store(tmp_path)
    (store / "aliases.toml").write_text(
        '[people]\n"J. Smith" = "Jane Smith"\n\n'
        '[distinct]\npeople = [["Dan Okafor", "Daniel Okafor"]]\n', encoding="utf-8")
    # [distinct] is read by review at once: the pair is settled.
    kinds = [r["kind"] for r in findings_json(store)]
    assert DUPLICATE_PERSON not in kinds and UNCERTAIN in kinds
    # [people] applies when documents are read again.
    again = run("ingest", str(tmp_path / "docs"), "--store", str(store), "--force",
                "--no-progress")
    assert again.exit_code == 0, again.output
    assert [r["kind"] for r in findings_json(store)] == [POST_PRESENTER]


def test_review_with_settled_pairs_in_library() -> None:
    graph = fixture_graph()
    person = node_id(Label.PERSON, COUNCIL, "L. Hart")
    graph.add_node(person, label="Person", id=person, council=COUNCIL, name="L. Hart")
    assert [f.subject for f in review_graph(graph) if f.kind == DUPLICATE_PERSON] == ["L. Hart"]
    settled = Aliases(distinct_people=(("L. Hart", "Lena Hart"),))
    assert [f for f in review_graph(graph, aliases=settled) if f.kind == DUPLICATE_PERSON] == []


def test_review_without_a_store_is_an_error(tmp_path: Path) -> None:
    result = run("review", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "no graphgov store here" in result.stderr


def test_review_of_a_bad_aliases_file_is_an_error(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "aliases.toml"
    bad.write_text("[people\n", encoding="utf-8")
    result = run("review", "--store", str(store), "--aliases", str(bad))
    assert result.exit_code == 1 and "not valid TOML" in result.stderr


def attend(graph: nx.MultiDiGraph, name: str, meeting: str, role: str | None,
           chair: bool = False) -> None:
    pid = node_id(Label.PERSON, COUNCIL, name)
    if pid not in graph:
        graph.add_node(pid, label="Person", id=pid, council=COUNCIL, name=name)
    graph.add_edge(pid, meeting, key="ATTENDED", type="ATTENDED", role=role, chair=chair,
                   status="present", capacity="officer")


def test_an_attendee_whose_post_matches_is_the_first_candidate() -> None:
    graph = fixture_graph()
    july = node_id(Label.MEETING, COUNCIL, "Cabinet", "2023-07-11", "18:30")
    attend(graph, "Ruth Vane", july, "Head of Procurement and Commercial Services")
    attend(graph, "Colin Barr", july, "Head of Legal Services")
    finding = next(f for f in review_graph(graph) if f.kind == POST_PRESENTER)
    assert finding.candidates == (
        "Ruth Vane (at the meeting: Head of Procurement and Commercial Services)",)
    assert finding.suggestion.startswith("an attendee's post matches")


def test_the_chair_answers_a_chair_post() -> None:
    graph = fixture_graph()
    july = node_id(Label.MEETING, COUNCIL, "Cabinet", "2023-07-11", "18:30")
    item = node_id(Label.ITEM, july, "1", "Grants Programme Update")
    chair = node_id(Label.POST, COUNCIL, "The Chair")
    graph.add_node(chair, label="Post", id=chair, council=COUNCIL, name="The Chair")
    graph.add_edge(chair, item, key="PRESENTED", type="PRESENTED", source="minutes/c.txt",
                   line=9, quote="The Chair presented the update.")
    found = [f for f in review_graph(graph) if f.subject == "The Chair"]
    assert [f.candidates for f in found] == [("Mara Quill (chaired the meeting)",)]
    assert found[0].evidence.quote == "The Chair presented the update."

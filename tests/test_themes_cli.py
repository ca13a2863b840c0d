"""`graphgov themes`, `ingest --themes`, and docs/themes.md kept in step with the taxonomy."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from graphgov import api
from graphgov.cli import cli

REPO = Path(__file__).resolve().parents[1]

REQUIRED = [
    "Communications", "Property", "Elections", "Organisational Culture", "Grants", "ICT",
    "Children's Services", "Governance", "Scrutiny", "Finance", "Housing",
    "Health and Wellbeing", "Adult Social Care", "Planning", "Licensing", "Environment",
    "Community Safety", "Regeneration", "Transport", "Education",
]

CUSTOM_TAXONOMY = """
[themes."Allotments"]
description = "Allotment sites, plots and waiting lists."
triggers = ["allotment", "plot holder"]
"""

MINUTES = """NORTHCLIFFE TOWN COUNCIL

MINUTES OF THE AMENITIES COMMITTEE

HELD AT 7.00 P.M. ON TUESDAY, 3 MARCH 2026

Members Present:

Councillor Ada Winter (Chair)
Councillor Tom Bright

1. APOLOGIES FOR ABSENCE

There were no apologies.

2. ALLOTMENT WAITING LIST

The Town Clerk presented the report on the allotment waiting list and plot holder rents.

RESOLVED

That the report be noted.
"""


def test_themes_lists_every_required_theme_with_triggers() -> None:
    result = CliRunner().invoke(cli, ["themes", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_name = {row["theme"]: row for row in rows}
    for name in REQUIRED:
        assert name in by_name, name
        assert by_name[name]["description"], name
        assert by_name[name]["triggers"], name


def test_themes_table_and_csv() -> None:
    table = CliRunner().invoke(cli, ["themes"])
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split() == ["theme", "description", "triggers"]
    as_csv = CliRunner().invoke(cli, ["themes", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {row["theme"] for row in rows} >= set(REQUIRED)


def test_themes_reads_a_custom_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(CUSTOM_TAXONOMY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["themes", "--themes", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [row["theme"] for row in json.loads(result.stdout)] == ["Allotments"]


def test_themes_with_a_broken_file_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[themes\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["themes", "--themes", str(path)])
    assert result.exit_code != 0
    assert result.output.startswith("Error: ") and str(path) in result.output
    assert "Traceback" not in result.output


def test_ingest_uses_a_custom_taxonomy(tmp_path: Path) -> None:
    taxonomy = tmp_path / "mine.toml"
    taxonomy.write_text(CUSTOM_TAXONOMY, encoding="utf-8")
    minutes = tmp_path / "amenities.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["ingest", "--store", str(store), "--themes",
                                      str(taxonomy), str(minutes)])
    assert result.exit_code == 0, result.output
    graph = api.load_graph(store)
    themes = {d["name"] for _, d in graph.nodes(data=True) if d.get("label") == "Theme"}
    assert themes == {"Allotments"}
    about = [d for _, _, d in graph.edges(data=True) if d.get("type") == "ABOUT"]
    assert about and about[0]["trigger"].lower().startswith("allotment")


def test_docs_themes_md_describes_every_shipped_theme() -> None:
    text = (REPO / "docs" / "themes.md").read_text(encoding="utf-8")
    for row in api.theme_taxonomy():
        assert f"### {row['theme']}" in text, row["theme"]
        assert str(row["description"]) in text, row["theme"]

"""Theme taxonomy and assignment (ingest/themes.py, data/themes.toml, extract --themes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphgov.cli import cli
from graphgov.errors import ConfigError
from graphgov.ingest.themes import assign_themes, default_taxonomy, load_taxonomy
from tests.itemkit import block, verbatim

REQUIRED = {
    "Communications", "Property", "Elections", "Organisational Culture", "Grants", "ICT",
    "Children's Services", "Governance", "Scrutiny", "Finance", "Housing",
    "Health and Wellbeing", "Adult Social Care", "Planning", "Licensing", "Environment",
    "Community Safety", "Regeneration", "Transport", "Education",
}


def themes(text: str, taxonomy=None) -> list[str]:
    ctx, item = block(text)
    tags = assign_themes(ctx, item, taxonomy or default_taxonomy())
    for tag in tags:
        assert verbatim(ctx, tag.evidence.quote)
        # the trigger starts on the evidence line (it may go on to the next one)
        assert tag.trigger.split()[0].lower() in ctx.raw(tag.evidence.line).lower()
    return [t.theme for t in tags]


def test_the_packaged_taxonomy_has_every_required_theme_with_a_description() -> None:
    tax = default_taxonomy()
    assert REQUIRED <= set(tax.themes)
    assert all(tax.descriptions[name] and tax.themes[name] for name in REQUIRED)


@pytest.mark.parametrize(("title", "theme"), [
    ("6. ICT TRANSFORMATION", "ICT"),
    ("5. Spotlight - Grants", "Grants"),
    ("7. Children's Services Improvement - Progress Report", "Children's Services"),
    ("18. Licensing Sub-Committees A & B, 12 Month Review", "Licensing"),
    ("PAR 1 Public speaking at Planning Committees", "Planning"),
    ("Replacement Bin Programme", "Environment"),
    ("Statutory Scrutiny Officer Report", "Scrutiny"),
    ("5. Internal Audit Charter", "Governance"),
])
def test_a_title_trigger_decides(title: str, theme: str) -> None:
    text = f"""
        {title}
        The Committee considered the report. Members asked about the budget and the schools.
        """
    assert themes(text) == [theme]


def test_a_report_covering_listed_areas_gets_each_area() -> None:
    found = themes("""
        4. Improvement plan: quarter two update
        The update covered the five areas (communications, property, elections, organisational
        culture and grants) set by the directions.
        Members asked about the underspend in one budget.
        """)
    assert set(found) == {"Communications", "Property", "Elections", "Organisational Culture",
                          "Grants"}


def test_body_themes_need_more_than_a_passing_mention() -> None:
    found = themes("""
        8. Review of the year
        - New communications strategy adopted and a weekly staff newsletter launched.
        - Media survey completed.
        - One property disposal agreed.
        """)
    assert found == ["Communications"]


def test_procedural_items_get_no_themes() -> None:
    assert themes("""
        2. Declarations of interest
        Councillor Ryle declared an interest in the housing and planning items.
        """) == []
    assert themes("""
        3. Election of Vice-Chair
        Nominations were received.
        """) == []


def test_acronym_triggers_match_only_in_capitals() -> None:
    assert themes("""
        9. Year ahead
        It was agreed that it would be reviewed; it was noted.
        """) == []


def test_load_taxonomy_reads_a_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[themes."Allotments"]\ndescription = "Plots"\n'
                    'triggers = ["allotment", "plot holders"]\n', encoding="utf-8")
    tax = load_taxonomy(path)
    assert themes("""
        5. Allotment rents
        Plot holders will pay more.
        """, tax) == ["Allotments"]


@pytest.mark.parametrize("content", [
    "not = [valid\n",
    "[colours]\nred = 1\n",
    '[themes."Empty"]\ntriggers = []\n',
])
def test_an_unusable_themes_file_is_a_config_error_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_taxonomy(path)


MINUTES = """MINUTES OF THE ALLOTMENTS PANEL
Held on Monday, 2 March 2026 at 7.00 pm

Present: Councillors Ryle (Chair) and Hume

1. ALLOTMENT RENTS

The Clerk presented the report on allotment rents.

RESOLVED: That the rents be increased.
"""


def test_extract_uses_the_themes_file_given(tmp_path: Path) -> None:
    doc = tmp_path / "minutes.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text('[themes."Allotments"]\ndescription = "Plots"\ntriggers = ["allotment"]\n',
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "json", "--themes", str(mine),
                                      str(doc)])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)["meetings"][0]["items"]
    assert [i["themes"] for i in items] == [["Allotments"]]


def test_extract_with_a_broken_themes_file_fails_with_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "minutes.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("not = [valid\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--themes", str(bad), str(doc)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: not a valid TOML themes file")
    assert len(result.output.strip().splitlines()) == 1


def test_a_trigger_inside_a_longer_one_belongs_to_the_longer() -> None:
    assert themes("""
        44. Children's social care placements
        The Director presented the report.
        """) == ["Children's Services"]


def test_a_theme_on_one_line_of_a_busy_opening_is_not_enough() -> None:
    assert themes("""
        7. Customer portal: first phase
        The Head of ICT gave a presentation on the portal, live for council tax and missed bin
        collections.
        Action by: Head of ICT
        """) == ["ICT"]


@pytest.mark.parametrize(("title", "theme"), [
    ("7. Treasurer's report", "Finance"),
    ("8. District Rate and Rates Estimates 2026/27", "Finance"),
    ("9. Serious Violence Duty - Needs Assessment", "Community Safety"),
    ("10. Active Travel Programme", "Transport"),
    ("11. Valley Nature Recovery Plan", "Environment"),
    ("12. Board Assurance Framework", "Governance"),
    ("13. Development Management Performance - Quarter 2", "Planning"),
    ("14. Headteacher's report", "Education"),
])
def test_more_title_vocabulary(title: str, theme: str) -> None:
    assert themes(f"{title}\nThe item was discussed.\n") == [theme]


@pytest.mark.parametrize(("title", "want"), [
    ("6. Proposed Police Precept 2026/27", ["Finance"]),
    ("7. Joint Waste Budget 2026/27", ["Finance"]),
    ("8. Village Hall Car Park Lease", ["Property"]),
    ("9. Town Centre Regeneration - Parking and Housing Options", ["Regeneration"]),
    ("10. Housing and Planning Update", ["Housing", "Planning"]),
])
def test_a_title_is_about_its_head_unless_it_lists_themes(title: str, want: list) -> None:
    assert sorted(themes(f"{title}\nThe item was discussed.\n")) == want


@pytest.mark.parametrize(("title", "theme"), [
    ("15. Capital Strategy 2026/27", "Finance"),
    ("16. Flood Risk Management", "Environment"),
    ("17. Community Infrastructure Levy Charging Schedule", "Planning"),
    ("18. UK Shared Prosperity Fund Allocations", "Regeneration"),
])
def test_common_agenda_titles(title: str, theme: str) -> None:
    assert themes(f"{title}\nThe item was discussed.\n") == [theme]


@pytest.mark.parametrize(("title", "want"), [
    ("19. Single-Use Plastics in Council Premises", ["Environment"]),
    ("20. Budget planning 2027/28", ["Finance"]),
])
def test_the_head_before_a_place_and_budget_planning(title: str, want: list) -> None:
    assert themes(f"{title}\nThe item was discussed.\n") == want

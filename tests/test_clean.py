"""Line cleaning: noise dropped, numbering and verbatim text kept, headings tidied."""

from __future__ import annotations

from graphgov.ingest.clean import clean_lines, clean_text
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line, TextDocument
from graphgov.model.vocab import DocFormat


def _ctx(text: str) -> ParseContext:
    return ParseContext(
        TextDocument(path="t.txt", sha256="0" * 64, format=DocFormat.TEXT, text=text)
    )


def _clean(text: str) -> list[Line]:
    return clean_lines(_ctx(text))


WEB_PAGE = """source: https://example.org/ieListDocuments.aspx?MId=1

Agenda and minutes
Venue: Council Chamber, Larkhaven Hall. View directions
Media
Items
No. Item
12.
Minutes of the Previous Meeting pdf icon PDF 126 KB
\u2022 Share this item
Additional documents:
- Appendix A, item 12 PDF 58 KB
- Webcast for Minutes of the Previous Meeting
Minutes:
RESOLVED\u00a0\u2013 That the minutes be approved.
- View the background to item 12.
"""


def test_web_page_furniture_is_dropped_and_line_numbers_kept() -> None:
    lines = _clean(WEB_PAGE)
    assert [(ln.no, ln.text) for ln in lines] == [
        (3, "Agenda and minutes"),
        (4, "Venue: Council Chamber, Larkhaven Hall"),
        (8, "12."),
        (9, "Minutes of the Previous Meeting"),
        (14, "Minutes:"),
        (15, "RESOLVED \u2013 That the minutes be approved."),
    ]


def test_raw_line_stays_verbatim_for_evidence() -> None:
    ctx = _ctx(WEB_PAGE)
    lines = clean_lines(ctx)
    heading = next(ln for ln in lines if ln.text.startswith("Minutes of"))
    assert ctx.raw(heading.no) == "Minutes of the Previous Meeting pdf icon PDF 126 KB"


def test_repeated_dated_page_header_is_dropped_but_repeated_clauses_are_not() -> None:
    text = "\n".join(
        [
            "LARKHAVEN HARBOUR BOARD, 04/03/2024",
            "1. APOLOGIES",
            "RESOLVED",
            "That the minutes of the meeting held on 5 February 2024 be approved.",
            "LARKHAVEN HARBOUR BOARD, 04/03/2024",
            "Decision:",
            "That the minutes of the meeting held on 5 February 2024 be approved.",
            "LARKHAVEN HARBOUR BOARD, 04/03/2024",
        ]
    )
    kept = [ln.text for ln in _clean(text)]
    assert "LARKHAVEN HARBOUR BOARD, 04/03/2024" not in kept
    assert kept.count("That the minutes of the meeting held on 5 February 2024 be approved.") == 2


def test_page_markers_and_table_rules_are_dropped() -> None:
    kept = [ln.text for ln in _clean("Page 3\n---|---|\n||||\nHousing Update |\n- 4 -\n")]
    assert kept == ["Housing Update"]


def test_letter_spaced_heading_is_closed_up() -> None:
    assert clean_text("P r e s e n t:") == "Present:"


def test_glued_words_are_separated_but_names_are_not() -> None:
    assert clean_text("Welcome and apologies for absenceThe Chair welcomed all") == (
        "Welcome and apologies for absence The Chair welcomed all"
    )
    assert clean_text("Councillor MrsHarding and Mr McAllister") == (
        "Councillor Mrs Harding and Mr McAllister"
    )
    assert clean_text("Ms FitzGerald and Mr MacKenzie") == "Ms FitzGerald and Mr MacKenzie"


def test_markup_residue_and_escapes_are_removed() -> None:
    assert clean_text("<p>Housing &amp; Regeneration\u200b</p>") == "Housing & Regeneration"
    assert clean_text(r"\- 1\. That the report be noted") == "- 1. That the report be noted"


def test_blank_document_gives_no_lines() -> None:
    assert _clean("\n \n\u00a0\n") == []


def test_running_header_with_a_page_number_is_dropped() -> None:
    text = (
        "Cabinet - 5 March 2024 - Page 1\n1. APOLOGIES\nNone.\n"
        "Cabinet - 5 March 2024 - Page 2\n2. MINUTES\nCabinet - 5 March 2024 - Page 3\n"
    )
    assert [ln.text for ln in _clean(text)] == ["1. APOLOGIES", "None.", "2. MINUTES"]


def test_markdown_headings_and_bold_are_unwrapped() -> None:
    assert clean_text("## 5. Housing") == "5. Housing"
    assert clean_text("**5.** **Housing Strategy**") == "5. Housing Strategy"
    assert clean_text("__RESOLVED__") == "RESOLVED"
    assert clean_text("#5 bus route") == "#5 bus route"

"""graphgov.output: rows as an aligned table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from graphgov.output import TABLE_CELL_WIDTH, cell_text, render

ROWS = [
    {"name": "Lena Hart", "items": 2, "chair": True, "bodies": ["Cabinet", "Schools Forum"],
     "note": None},
    {"name": "Sam Okoro", "items": 10, "chair": False, "bodies": [], "note": "line one\nline two"},
]
COLUMNS = ("name", "items", "chair", "bodies", "note")


def test_cells_as_text() -> None:
    assert cell_text(None) == ""
    assert cell_text(True) == "true"
    assert cell_text(["a", 1, None]) == "a; 1; "
    assert cell_text(0.25) == "0.25"


def test_table_aligns_columns_and_keeps_rows_on_one_line() -> None:
    lines = render(ROWS, COLUMNS, "table").splitlines()
    assert len(lines) == 4
    assert lines[0].split() == list(COLUMNS)
    start = lines[0].index("items")
    assert lines[2][start:].startswith("2 ") and lines[3][start:].startswith("10")
    assert lines[2][lines[0].index("bodies"):].startswith("Cabinet; Schools Forum")
    assert lines[3].endswith("line one line two")  # a newline in a cell becomes a space


def test_table_cuts_long_cells() -> None:
    text = render([{"quote": "x" * 200}], ("quote",), "table")
    assert max(len(line) for line in text.splitlines()) == TABLE_CELL_WIDTH
    assert text.splitlines()[2].endswith("…")


def test_json_keeps_values_and_column_order() -> None:
    data = json.loads(render(ROWS, ("note", "name", "bodies"), "json"))
    assert data[0] == {"note": None, "name": "Lena Hart", "bodies": ["Cabinet", "Schools Forum"]}
    assert list(data[0]) == ["note", "name", "bodies"]
    assert render([], COLUMNS, "json") == "[]\n"


def test_csv_quotes_and_joins() -> None:
    rows = list(csv.reader(io.StringIO(render(ROWS, COLUMNS, "csv"))))
    assert rows[0] == list(COLUMNS)
    assert rows[1] == ["Lena Hart", "2", "true", "Cabinet; Schools Forum", ""]
    assert rows[2][4] == "line one\nline two"  # CSV keeps the text whole, quoted
    assert render([], COLUMNS, "csv") == "name,items,chair,bodies,note\n"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(ROWS, COLUMNS, "xml")

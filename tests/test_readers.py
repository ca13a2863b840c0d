"""Readers: text encodings, HTML markup, PDF text layer, DOCX body order, one-line errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphgov.cli import cli
from graphgov.errors import (
    DocumentError,
    NoTextLayerError,
    NotMinutesError,
    UnsupportedFormatError,
)
from graphgov.ingest.document import TextDocument
from graphgov.ingest.html import html_to_text
from graphgov.ingest.readers import read_document
from graphgov.ingest.sniff import ensure_minutes, looks_like_minutes
from graphgov.model.vocab import DocFormat

DATA = Path(__file__).parent / "data"
DEV_DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev" / "docs"

QUOTED = "The Chair’s “Café Strategy” – £5,000 for the Renée Fund"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- plain text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16", b""),
     ("utf-16-le", b""), ("utf-16-be", b"")],
)
def test_text_encodings_decode_without_mojibake(tmp_path: Path, encoding: str, prefix: bytes
                                                ) -> None:
    body = f"MINUTES\r\n{QUOTED}\r\nRESOLVED that the report be noted.\r\n"
    path = _write(tmp_path, "m.txt", prefix + body.encode(encoding))
    doc = read_document(path)
    assert doc.format is DocFormat.TEXT
    assert doc.lines[1].text == QUOTED
    assert "\r" not in doc.text and "\ufeff" not in doc.text


def test_latin1_file_reads_pound_and_accents(tmp_path: Path) -> None:
    line = "Councillor Ren\u00e9e Dupr\u00e9 approved \u00a3250 for the caf\u00e9."
    path = _write(tmp_path, "m.txt", f"Present:\n{line}\n".encode("latin-1"))
    assert read_document(path).lines[1].text == line


def test_legacy_encoding_found_past_the_first_megabyte(tmp_path: Path) -> None:
    # Detection reads a sample; a quote far into the file must still decode as cp1252.
    filler = ("The Committee noted the report.\n" * 40_000).encode("ascii")
    path = _write(tmp_path, "big.txt", filler + QUOTED.encode("cp1252") + b"\n")
    assert read_document(path).text.rstrip().endswith(QUOTED)


# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Example Panel - 4 March 2025</title>
<style>p {{ color: red }}</style><script>var s = "<p>Not minutes</p>";</script></head><body>
<a class="skip-link" href="#c">Skip to content</a>
<header><p>Exampleshire Council</p></header>
<ul id="mgBreadcrumbs"><li>Home</li><li>Meetings</li></ul>
<nav><a href="/">Committees</a></nav><div role="navigation">Councillors A-Z</div>
<div class="cookie-banner">We use cookies</div><div hidden>Hidden text</div>
<span class="visually-hidden">(opens in a new window)</span>
<main id="c"><h1>Minutes</h1>
<p>Venue: Council Chamber&nbsp;&ndash; Town Hall<br>Contact: Jo Bloggs</p>
{body}
</main><footer>Copyright Exampleshire</footer><aside>Related pages</aside></body></html>"""


def _page(body: str) -> str:
    return html_to_text(PAGE.format(body=body))


def test_html_drops_navigation_scripts_and_chrome() -> None:
    text = _page("<p>RESOLVED that the report be noted.</p>")
    for noise in ("Skip to content", "Home", "Committees", "Councillors A-Z", "cookies",
                  "Hidden text", "Copyright", "Related pages", "color", "var s",
                  "Exampleshire Council", "new window"):
        assert noise not in text
    assert text.splitlines()[:4] == [
        "Example Panel - 4 March 2025", "", "Minutes", "",
    ]
    assert "Venue: Council Chamber \u2013 Town Hall\nContact: Jo Bloggs" in text


def test_html_table_rows_are_lines_of_tab_separated_cells() -> None:
    text = _page(
        "<table><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>"
        "<tr><td>Councillor Ann <b>Example</b></td><td>Chair</td><td>Present</td></tr>"
        "<tr><td>Councillor Bob Sample</td><td>Committee Member</td><td>Apologies</td></tr>"
        "</table>"
    )
    assert "Attendee\tRole\tAttendance\nCouncillor Ann Example\tChair\tPresent\n" in text
    assert "Councillor Bob Sample\tCommittee Member\tApologies" in text


def test_html_moderngov_item_table_keeps_numbers_headings_and_minutes() -> None:
    text = _page(
        "<table class='mgItemTable'><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td><p>35.</p></td><td><p>Public Participation Period</p>"
        "<p>Minutes:</p><p>There was no public participation.</p></td></tr>"
        "<tr><td>36.</td><td><p>Budget Monitoring <a>PDF 126 KB</a></p><p>Decision:</p>"
        "<p><strong>RESOLVED</strong> that:</p><ol><li>the report be noted;</li>"
        "<li>the lease be approved.</li></ol></td></tr></table>"
    )
    lines = [ln for ln in text.splitlines() if ln]
    start = lines.index("35. Public Participation Period")
    assert lines[start:start + 9] == [
        "35. Public Participation Period", "Minutes:", "There was no public participation.",
        "36. Budget Monitoring PDF 126 KB", "Decision:", "RESOLVED that:",
        "1. the report be noted;", "2. the lease be approved.",
    ][:9]


def test_html_label_cells_join_their_content_and_sidebars_go() -> None:
    text = html_to_text(
        "<html><body><div class='entry-content'><p>Minutes of the Parish Council</p>"
        "<table><tr><td>Present:</td><td>Cllr A Example (Chair)<br>Cllr B Sample</td></tr>"
        "<tr><td>In attendance:</td><td>J Bloggs (Clerk)</td></tr></table></div>"
        "<div id='secondary' class='widget-area'><p>Recent posts</p></div></body></html>"
    )
    assert text == (
        "Minutes of the Parish Council\n\nPresent:\tCllr A Example (Chair)\nCllr B Sample\n\n"
        "In attendance:\tJ Bloggs (Clerk)\n"
    )


def test_html_lists_headings_and_entities() -> None:
    text = _page(
        "<h2>4. Budget &amp; Finance</h2><p>Members noted:</p>"
        "<ul><li>the caf&eacute; income of &pound;5,000;</li>"
        "<li>the &ldquo;risk&rdquo; log</li></ul>"
        "<ol start='3'><li>That the plan be approved.</li><li>That it be reviewed.</li></ol>"
        "<ol type='a'><li>first</li><li>second<ul><li>nested</li></ul></li></ol>"
    )
    assert "\n\n4. Budget & Finance\n\nMembers noted:\n\n" in text
    assert "- the caf\u00e9 income of \u00a35,000;\n- the \u201crisk\u201d log" in text
    assert "3. That the plan be approved.\n4. That it be reviewed." in text
    assert "(a) first\n(b) second\n  - nested" in text


def test_html_article_header_is_content_not_chrome() -> None:
    text = html_to_text(
        "<html><body><header>Site banner</header><article><header><h1>Minutes of the "
        "Licensing Sub-Committee</h1></header><p>Present: Cllr Ann Example</p></article>"
        "</body></html>"
    )
    assert "Site banner" not in text
    assert text.startswith("Minutes of the Licensing Sub-Committee\n\nPresent: Cllr Ann Example")


@pytest.mark.parametrize(
    ("head", "encoding"),
    [('<meta charset="windows-1252">', "cp1252"),
     ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252"),
     ("", "cp1252"),
     ('<meta charset="utf-8">', "utf-8")],
)
def test_html_charset_from_meta_or_detection(tmp_path: Path, head: str, encoding: str) -> None:
    page = f"<html><head>{head}</head><body><p>Present:</p><p>{QUOTED}</p></body></html>"
    path = _write(tmp_path, "page.htm", page.encode(encoding))
    doc = read_document(path)
    assert doc.format is DocFormat.HTML
    assert QUOTED in doc.text


def test_html_is_recognised_by_content_whatever_the_name(tmp_path: Path) -> None:
    page = b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>Minutes of the Board</p></body></html>"
    doc = read_document(_write(tmp_path, "mgAi.aspx?ID=12.txt", page))
    assert doc.format is DocFormat.HTML
    assert doc.text == "Minutes of the Board\n"


# --- PDF --------------------------------------------------------------------------------------


def _pdf(pages: list[list[str | tuple[str, str]]], *, header: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        if header:
            pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        for line in lines:
            if isinstance(line, tuple):
                pdf.cell(70, 6, line[0])
                pdf.cell(0, 6, line[1], new_x="LMARGIN", new_y="NEXT")
            elif line:
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(6)
        pdf.set_y(-20)
        pdf.cell(0, 6, f"Page {number} of {len(pages)}", align="C")
    return bytes(pdf.output())


def test_pdf_text_layer_in_reading_order(tmp_path: Path) -> None:
    data = _pdf([[
        "MINUTES OF THE EXAMPLE BOARD", "", "Members Present:",
        ("Councillor Ann Example (Chair)", "(Cabinet Member for Caf\u00e9s)"),
        ("Jo Bloggs", "(Chief Executive)"), "", QUOTED,
    ]])
    doc = read_document(_write(tmp_path, "minutes.pdf", data))
    assert doc.format is DocFormat.PDF
    assert doc.text == (
        "MINUTES OF THE EXAMPLE BOARD\n\nMembers Present:\n"
        "Councillor Ann Example (Chair)\t(Cabinet Member for Caf\u00e9s)\n"
        "Jo Bloggs\t(Chief Executive)\n\n" + QUOTED + "\n\nPage 1 of 1\n"
    )


def test_pdf_pages_are_paragraphs_and_running_headers_go_after_page_one(tmp_path: Path) -> None:
    pages = [[f"{n}. ITEM {n}", f"RESOLVED that item {n} be noted."] for n in (1, 2, 3)]
    data = _pdf(pages, header="Example Board - 14 October 2025")
    doc = read_document(_write(tmp_path, "m.pdf", data))
    assert doc.text == (
        "Example Board - 14 October 2025\n\n"
        "1. ITEM 1\nRESOLVED that item 1 be noted.\n\n"
        "2. ITEM 2\nRESOLVED that item 2 be noted.\n\n"
        "3. ITEM 3\nRESOLVED that item 3 be noted.\n"
    )


def test_pdf_lines_wrapped_at_the_margin_are_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    present = ("Present: Councillors Ann Example (Chair), Bob Sample, Carol Test, Dev Patel, "
               "Erin Moss, Farid Khan, Gwen Ashford, Hamish Reid, Isla Byrne and Jack Lowe.")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, present, new_x="LMARGIN", new_y="NEXT")
    for line in ("Officers:", "Jo Bloggs (Chief Executive)", "Sam Clerk (Democratic Services)"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "1. " + "That the report of the Director be noted and agreed. " * 3,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "2. That the plan be approved.", new_x="LMARGIN", new_y="NEXT")
    doc = read_document(_write(tmp_path, "wrapped.pdf", bytes(pdf.output())))
    lines = doc.text.splitlines()
    assert lines[0] == present  # one line again, as in text minutes
    assert lines[1:4] == ["Officers:", "Jo Bloggs (Chief Executive)",
                          "Sam Clerk (Democratic Services)"]
    assert lines[4].startswith("1. That the report") and lines[4].endswith("noted and agreed.")
    assert lines[5] == "2. That the plan be approved."


def test_pdf_paragraph_running_on_to_the_next_page_is_one_line(tmp_path: Path) -> None:
    from fpdf import FPDF

    sentence = "That the Director be asked to report back on the budget position. "
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_y(266)  # one line from the bottom margin: the paragraph breaks across pages
    pdf.multi_cell(0, 6, "1. " + sentence * 4, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "2. That the plan be approved.", new_x="LMARGIN", new_y="NEXT")
    doc = read_document(_write(tmp_path, "pages.pdf", bytes(pdf.output())))
    assert doc.text == "1. " + (sentence * 4).strip() + "\n2. That the plan be approved.\n"


def test_pdf_two_columns_of_prose_read_column_by_column(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = [f"Left column sentence number {n:02d} goes here." for n in range(12)]
    right = [f"Right column sentence number {n:02d} goes here." for n in range(12)]
    for n, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(10, 20 + 6 * n)
        pdf.cell(85, 6, a)
        pdf.set_xy(110, 20 + 6 * n)
        pdf.cell(85, 6, b)
    doc = read_document(_write(tmp_path, "cols.pdf", bytes(pdf.output())))
    assert [ln for ln in doc.text.splitlines() if ln] == left + right


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (60, 40), "white"), x=10, y=10, w=60)
    path = _write(tmp_path, "scan.pdf", bytes(pdf.output()))
    with pytest.raises(NoTextLayerError, match=r"scan\.pdf: no text layer \(scanned\?\)"):
        read_document(path)


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    # A throwaway password for a generated test file, not a credential.
    pdf.set_encryption(owner_password="owner", user_password="secret")  # noqa: S106
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, "Minutes of the Board")
    path = _write(tmp_path, "locked.pdf", bytes(pdf.output()))
    with pytest.raises(DocumentError, match=r"locked\.pdf: encrypted PDF"):
        read_document(path)


def test_pdf_with_undecodable_fonts_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphgov.ingest import pdf as pdf_reader

    garbage = pdf_reader._Piece(50, 300, 700, 690, "(cid:3)(cid:4)(cid:5) (cid:6)(cid:7)")
    monkeypatch.setattr(pdf_reader, "_page_pieces", lambda path, data: [(600.0, [garbage])])
    with pytest.raises(DocumentError, match=r"x\.pdf: the PDF's text layer cannot be decoded"):
        pdf_reader.read_pdf(Path("x.pdf"), b"%PDF-1.4")


def test_corrupt_pdf_is_one_line_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message


# --- DOCX -------------------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("MINUTES OF THE EXAMPLE BOARD", level=1)
    d.add_paragraph("Members Present:")
    table = d.add_table(rows=3, cols=2)
    for r, (name, role) in enumerate([("Attendee", "Role"), ("Councillor Ann Example", "Chair"),
                                      ("Jo Bloggs", "Chief Executive")]):
        table.cell(r, 0).text = name
        table.cell(r, 1).text = role
    merged = d.add_table(rows=2, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Officers in attendance"
    merged.cell(1, 0).text = "Sam Clerk"
    merged.cell(1, 1).text = "Democratic Services"
    d.add_paragraph("Apologies for absence", style="List Number")
    d.add_paragraph("Budget monitoring", style="List Number")
    d.add_paragraph("income noted", style="List Bullet")
    para = d.add_paragraph(QUOTED)
    para.add_run().add_break()
    para.add_run("Action by:\tJo Bloggs")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_tables_and_numbering_in_document_order(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "minutes.docx", _docx_bytes()))
    assert doc.format is DocFormat.DOCX
    assert doc.text == (
        "MINUTES OF THE EXAMPLE BOARD\n\nMembers Present:\n\n"
        "Attendee\tRole\nCouncillor Ann Example\tChair\nJo Bloggs\tChief Executive\n\n"
        "Officers in attendance\nSam Clerk\tDemocratic Services\n\n"
        "1. Apologies for absence\n2. Budget monitoring\n- income noted\n"
        + QUOTED + "\nAction by:\tJo Bloggs\n"
    )


def test_docx_title_kept_only_in_the_page_header_is_read(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Minutes of the Licensing Committee - 14 Oct 2025"
    d.sections[0].footer.paragraphs[0].text = "Page 1"
    d.add_paragraph("Present: Councillor Ann Example (Chair)")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_document(_write(tmp_path, "h.docx", buf.getvalue()))
    assert doc.text == (
        "Minutes of the Licensing Committee - 14 Oct 2025\n\n"
        "Present: Councillor Ann Example (Chair)\n"
    )


def test_corrupt_docx_and_other_zips(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"bad\.docx: corrupt DOCX"):
        read_document(_write(tmp_path, "bad.docx", b"PK\x03\x04" + b"\x00junk" * 50))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<office:document/>")
    with pytest.raises(UnsupportedFormatError, match=r"not a Word document"):
        read_document(_write(tmp_path, "sheet.docx", buf.getvalue()))


# --- formats refused, and the minutes sniff -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Word"),
     ("notes.rtf", b"{\\rtf1\\ansi Minutes}", "RTF"),
     ("blob.bin", b"\x00\x01\x02\x03minutes" * 20, "binary file"),
     ("fake.pdf", b"Present: Councillor Ann Example", "not a PDF")],
)
def test_unsupported_files_are_named_in_the_error(tmp_path: Path, name: str, data: bytes,
                                                  problem: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(DocumentError, match=problem) as info:
        read_document(path)
    assert str(info.value).startswith(f"{path}: ")


def test_fixtures_and_non_minutes_are_told_apart() -> None:
    assert looks_like_minutes((DATA / "fictional_minutes.txt").read_text(encoding="utf-8"))
    for name in ("not_minutes_recipe.txt", "not_minutes_novel.txt"):
        doc = read_document(DATA / name)
        with pytest.raises(NotMinutesError, match=f"{name}: does not look like minutes"):
            ensure_minutes(doc)


@pytest.mark.parametrize(
    "fragment",
    ["Present: Councillors A. Example (Chair), B. Sample and C. Test.",
     "Apologies for absence were received from Cllr Jones.\nRESOLVED - That the report be noted.",
     "MINUTES of the Annual Parish Meeting\nThe Chairman welcomed everyone.",
     "Decision Maker: Cabinet\nDate of decision: 16/07/2024\nRecommendation agreed.",
     "Sederunt: Provost A Example; Bailie B Sample.\nThe Convener welcomed members.",
     "Cofnodion Cyfarfod Cyngor Cymuned\nYn bresennol: Cynghorydd A Example (Cadeirydd)"],
)
def test_short_minutes_fragments_pass_the_sniff(fragment: str) -> None:
    assert looks_like_minutes(fragment)


def test_binary_junk_without_nul_bytes_is_not_text() -> None:
    junk = bytes(range(1, 32)) * 40 + bytes(range(128, 160)) * 40
    doc = TextDocument(path="junk.txt", sha256="0", format=DocFormat.TEXT,
                       text=junk.decode("cp1252", errors="replace"))
    with pytest.raises(UnsupportedFormatError, match="junk.txt: binary data"):
        ensure_minutes(doc)


def test_every_dev_document_passes_the_minutes_sniff() -> None:
    # Real minutes are read from ../shared at run time; refusing one would lose it entirely.
    if not DEV_DOCS.is_dir():
        pytest.skip(f"dev documents not available at {DEV_DOCS}")
    refused = [p.name for p in sorted(DEV_DOCS.glob("*.txt"))
               if not looks_like_minutes(read_document(p).text)]
    assert refused == []


# --- CLI: one-line errors, --show-text -------------------------------------------------------


def _scan_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 30, style="F")
    return _write(path.parent, path.name, bytes(pdf.output()))


@pytest.mark.parametrize("case", ["missing", "empty", "junk", "scanned", "recipe", "novel"])
def test_cli_extract_errors_are_one_line(tmp_path: Path, case: str) -> None:
    paths = {
        "missing": lambda: tmp_path / "nowhere.txt",
        "empty": lambda: _write(tmp_path, "empty.txt", b"  \n\n"),
        "junk": lambda: _write(tmp_path, "junk.dat", bytes(range(256)) * 8),
        "scanned": lambda: _scan_pdf(tmp_path / "scanned.pdf"),
        "recipe": lambda: DATA / "not_minutes_recipe.txt",
        "novel": lambda: DATA / "not_minutes_novel.txt",
    }
    path = paths[case]()
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"Error: {path}: ")
    assert "Traceback" not in result.output
    expected = {"missing": "no such file", "empty": "file is empty", "junk": "binary",
                "scanned": "no text layer (scanned?)", "recipe": "does not look like minutes",
                "novel": "does not look like minutes"}[case]
    assert expected in lines[0]


def test_cli_show_text_prints_numbered_extracted_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "m.docx", _docx_bytes())
    result = CliRunner().invoke(cli, ["extract", "--show-text", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == " 1  MINUTES OF THE EXAMPLE BOARD"
    assert lines[1] == " 2"
    assert " 6  Councillor Ann Example\tChair" in lines
    assert lines[-1] == "16  Action by:\tJo Bloggs"

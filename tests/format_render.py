"""Render plain-text minutes as HTML, DOCX and PDF, the way councils publish them.

Used by the format equivalence tests and scripts/score_formats.py, so no binary fixture is
kept in git. The layout rules are generic (they read blocks, tabs and numbering, never
particular words):

- blocks are separated by blank lines;
- a one-line block in capitals is a heading (``<h2>``, Word "Heading 2", bold in PDF);
- lines with tabs are table rows (HTML and DOCX tables; PDF columns at fixed positions),
  a line starting with a tab continues the row above in the next column;
- a run of lines "1. ...", "2. ..." is an ordered list (``<ol start>``), "- ..." a bullet list;
- other blocks are paragraphs whose lines are kept apart by ``<br>`` / line breaks.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")
_PDF_FONT_SIZE = 8
_PDF_COLUMN_MM = (0.0, 82.0, 92.0, 102.0)
_DEJAVU_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


def blocks(text: str) -> list[list[str]]:
    """The text's blocks: runs of non-blank lines (right-stripped)."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _is_heading(block: list[str]) -> bool:
    line = block[0].strip()
    return len(block) == 1 and "\t" not in line and line.upper() == line and any(
        c.isalpha() for c in line
    )


def _kind(block: list[str]) -> str:
    if _is_heading(block):
        return "heading"
    if any("\t" in ln for ln in block):
        return "table"
    if all(_NUMBERED.match(ln.strip()) for ln in block):
        return "ol"
    if all(ln.strip().startswith("- ") for ln in block):
        return "ul"
    return "p"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


# --- HTML -------------------------------------------------------------------------------------


def to_html(text: str, title: str | None = None) -> str:
    """An HTML page with navigation chrome around the minutes (which the reader must drop).

    The page title repeats the first line, as council sites title a page by its heading.
    """
    title = title or next((ln.strip() for ln in text.splitlines() if ln.strip()), "Minutes")
    body: list[str] = []
    for block in blocks(text):
        kind = _kind(block)
        if kind == "heading":
            body.append(f"<h2>{html.escape(block[0].strip())}</h2>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in _cells(ln)) + "</tr>"
                for ln in block
            )
            body.append(f"<table class=\"attendance\">{rows}</table>")
        elif kind == "ol":
            first = _NUMBERED.match(block[0].strip())
            start = first.group(1) if first else "1"
            items = "".join(
                f"<li>{html.escape(m.group(2))}</li>"
                for m in (_NUMBERED.match(ln.strip()) for ln in block) if m
            )
            body.append(f"<ol start=\"{start}\">{items}</ol>")
        elif kind == "ul":
            items = "".join(f"<li>{html.escape(ln.strip()[2:])}</li>" for ln in block)
            body.append(f"<ul>{items}</ul>")
        else:
            body.append("<p>" + "<br>\n".join(html.escape(ln.strip()) for ln in block) + "</p>")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<script>window.dataLayer = [];</script></head><body>"
        "<a class=\"skip-link\" href=\"#content\">Skip to main content</a>"
        "<header><p>Council website</p><nav><ul><li>Home</li><li>Meetings</li></ul></nav></header>"
        "<div class=\"breadcrumb\">Home &gt; Meetings &gt; Minutes</div>"
        "<div id=\"cookie-notice\"><p>We use cookies.</p></div>"
        "<main id=\"content\">" + "\n".join(body) + "</main>"
        "<footer><p>Contact us | Accessibility</p></footer></body></html>\n"
    )


# --- DOCX -------------------------------------------------------------------------------------


def write_docx(text: str, path: Path) -> Path:
    """A Word document: headings, paragraphs (one per line), tables for tabbed blocks."""
    import docx

    document = docx.Document()
    first = True
    for block in blocks(text):
        if not first:
            document.add_paragraph("")
        first = False
        kind = _kind(block)
        if kind == "heading":
            document.add_heading(block[0].strip(), level=2)
        elif kind == "table":
            rows = [_cells(ln) for ln in block]
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
        else:
            for line in block:
                document.add_paragraph(line.strip())
    document.save(str(path))
    return path


# --- PDF --------------------------------------------------------------------------------------


def write_pdf(text: str, path: Path) -> Path:
    """A landscape PDF: one text line per line, tabbed segments at column positions."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # quotes, dashes, pound signs as Word writes them
    font = _unicode_font(pdf)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()
    line_h = _PDF_FONT_SIZE * 0.5
    first = True
    for block in blocks(text):
        if not first:
            pdf.ln(line_h)
        first = False
        heading = _kind(block) == "heading"
        pdf.set_font(font, style="B" if heading else "", size=_PDF_FONT_SIZE)
        for line in block:
            _pdf_line(pdf, line if font != "Helvetica" else _pdf_safe(line), line_h)
    pdf.output(str(path))
    return path


def _pdf_line(pdf: object, line: str, line_h: float) -> None:
    segments = line.split("\t")
    if len(segments) == 1:
        pdf.multi_cell(0, line_h, line.strip(),  # type: ignore[attr-defined]
                       new_x="LMARGIN", new_y="NEXT")
        return
    left = pdf.l_margin  # type: ignore[attr-defined]
    y = pdf.get_y()  # type: ignore[attr-defined]
    for k, segment in enumerate(segments):
        segment = segment.strip()
        if not segment:
            continue
        column = _PDF_COLUMN_MM[min(k, len(_PDF_COLUMN_MM) - 1)]
        x = max(left + column, pdf.get_x() + 4 if k else left)  # type: ignore[attr-defined]
        pdf.set_xy(x, y)  # type: ignore[attr-defined]
        pdf.cell(pdf.get_string_width(segment) + 1, line_h, segment)  # type: ignore[attr-defined]
    pdf.set_xy(left, y + line_h)  # type: ignore[attr-defined]


def _unicode_font(pdf: object) -> str:
    """DejaVu Sans when the system has it (every character of the text), else Helvetica."""
    for folder in _DEJAVU_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))  # type: ignore[attr-defined]
            pdf.add_font("DejaVu", "B", str(bold))  # type: ignore[attr-defined]
            return "DejaVu"
    return "Helvetica"


def _pdf_safe(text: str) -> str:
    # The core fonts cover cp1252; anything else (rare in minutes) is replaced, not dropped.
    return text.encode("cp1252", errors="replace").decode("cp1252")


def write_all(text: str, folder: Path, stem: str = "minutes") -> dict[str, Path]:
    """The same minutes as .txt, .html, .docx and .pdf in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    txt = folder / f"{stem}.txt"
    txt.write_text(text, encoding="utf-8")
    page = folder / f"{stem}.html"
    page.write_text(to_html(text), encoding="utf-8")
    return {
        "text": txt,
        "html": page,
        "docx": write_docx(text, folder / f"{stem}.docx"),
        "pdf": write_pdf(text, folder / f"{stem}.pdf"),
    }

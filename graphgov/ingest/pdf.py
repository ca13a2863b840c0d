"""PDF minutes to text lines, from the text layer (pdfminer.six layout analysis).

pdfminer finds the text lines of each page; we lay them out ourselves because its text-box
order reads a two-column attendance table ("Name   (Post)") as all names, then all posts.
Here pieces of text on the same row are joined left to right with a tab, as a copy from a
PDF viewer gives; a wide vertical gap starts a new paragraph (blank line); pages are
separated by a blank line. Real two-column pages (two columns of prose) are read column by
column. Running headers and footers repeated on most pages ("Page 3 of 12") are dropped.

A PDF without a text layer (a scan) raises :class:`NoTextLayerError`; an encrypted or
broken one a :class:`DocumentError` with a one-line message.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphgov.errors import DocumentError, NoTextLayerError

__all__ = ["pdf_to_text", "read_pdf"]

#: Ligatures and odd spaces some PDF producers emit in the text layer.
_CHAR_FIXES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u00ad": "", "\u00a0": " ", "\x0c": "",
})
_CID_RX = re.compile(r"\(cid:\d+\)")
_DIGITS_RX = re.compile(r"\d+")
# Starts of a new point: "2.", "4.1", "(b)", "iv)", bullets; and "Action by:"-style labels.
_NEW_POINT_RX = re.compile(
    r"\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]\s|\(?[a-z]{1,4}\)\s|[-\u2022\u2013\u00b7*]\s"
)
# "Present:", "Action by:", "Officers in attendance:" - up to three words ("The Board heard
# that:" is the end of a sentence, not a label).
_LABEL_RX = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:")
_PAGE_NUMBER_RX = re.compile(r"\bpage\s*#|^\W*#\W*$|^\W*#\s*(?:of|/)\s*#\W*$")


@dataclass(frozen=True, slots=True)
class _Piece:
    """One text line found by pdfminer, in page coordinates (y grows upwards)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


def read_pdf(path: Path, data: bytes) -> str:
    """A PDF's text layer as lines (see the module docstring)."""
    pages = _page_pieces(path, data)
    if not any(pieces for _, pieces in pages):
        raise NoTextLayerError(path, "no text layer (scanned?): run OCR first, then try again")
    text = pdf_to_text(pages)
    # "(cid:42)" is pdfminer's stand-in for a glyph whose font has no Unicode map.
    undecodable = len(_CID_RX.findall(text))
    text = _CID_RX.sub("", text)
    if undecodable and undecodable > len(text.split()):
        raise DocumentError(
            path, "the PDF's text layer cannot be decoded (fonts without a Unicode map): "
                  "run OCR first, then try again"
        )
    return text


def pdf_to_text(pages: list[tuple[float, list[_Piece]]]) -> str:
    """Text of pages given as (page width, text pieces)."""
    laid_out = [_layout_page(pieces, width) for width, pieces in pages]
    doomed = _running_lines([lines for lines, _ in laid_out])
    out: list[str] = []
    last_open = False
    for (lines, open_lines), drop in zip(laid_out, doomed, strict=True):
        kept = [(ln, i in open_lines) for i, ln in enumerate(lines) if i not in drop]
        while kept and not kept[0][0]:
            kept.pop(0)
        while kept and not kept[-1][0]:
            kept.pop()
        if not kept:
            continue
        if out and last_open and _may_continue(out[-1], kept[0][0]):
            # A paragraph running on from the previous page: one line, as in text minutes.
            out[-1] = _joined(out[-1], kept[0][0])
            out.extend(ln for ln, _ in kept[1:])
        else:
            if out:
                out.append("")  # a page break reads as a paragraph break
            out.extend(ln for ln, _ in kept)
        last_open = kept[-1][1]
    return "\n".join(out) + "\n" if out else ""


def _page_pieces(path: Path, data: bytes) -> list[tuple[float, list[_Piece]]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException

    # line_margin small: lines of different rows must not be merged into one text box line;
    # char_margin moderate: a tab-sized gap between "Name" and "(Post)" keeps them apart.
    params = LAParams(line_margin=0.3, char_margin=1.5, word_margin=0.1, all_texts=True)
    try:
        return [(page.width, _pieces(page))
                for page in extract_pages(io.BytesIO(data), laparams=params)]
    except PDFPasswordIncorrect:
        raise DocumentError(path, "encrypted PDF: it needs a password to open") from None
    except PDFEncryptionError as exc:
        raise DocumentError(path, f"encrypted PDF that cannot be read ({exc})") from None
    except (PDFSyntaxError, PSException) as exc:
        detail = " ".join(str(exc).split())[:80]
        raise DocumentError(path, f"corrupt or truncated PDF ({detail})") from None


def _pieces(container: Any) -> list[_Piece]:
    from pdfminer.layout import LTTextLine

    found: list[_Piece] = []
    for element in container:
        if isinstance(element, LTTextLine):
            text = _clean(element.get_text())
            if text.strip():
                found.append(_Piece(element.x0, element.x1, element.y1, element.y0, text))
        elif hasattr(element, "__iter__"):
            found.extend(_pieces(element))  # text boxes, figures holding text
    return found


def _clean(text: str) -> str:
    return text.translate(_CHAR_FIXES).strip()


def _layout_page(pieces: list[_Piece], page_width: float) -> tuple[list[str], set[int]]:
    """Lines of one page in reading order, blank lines between paragraphs, and the indices
    of lines that run on to the right margin (a paragraph may continue on the next page)."""
    if not pieces:
        return [], set()
    bands = _reading_bands(pieces)
    lines: list[str] = []
    open_lines: set[int] = set()
    for band in bands:
        if lines and lines[-1] != "":
            lines.append("")
        rows = _rows(band)
        line_height = statistics.median(p.height for r in rows for p in r)
        fill = _fill_edge(rows, page_width) if len(bands) == 1 else None
        if fill is not None:
            rows = _unwrap(rows, fill, line_height)
        for text, row in _rows_to_lines(rows, line_height):
            if row is not None and fill is not None and _runs_on(row, fill):
                open_lines.add(len(lines))
            lines.append(text)
    return lines, open_lines


def _fill_edge(rows: list[list[_Piece]], page_width: float) -> float | None:
    """The x a line must reach to have been wrapped at the right margin."""
    singles = [r[0] for r in rows if len(r) == 1]
    if not singles:
        return None
    left = min(p.x0 for p in singles)
    right = page_width - left  # margins are symmetric far more often than not
    # Within the length of a long word of the margin.
    return right - 0.12 * (right - left)


def _runs_on(row: list[_Piece], fill: float) -> bool:
    return len(row) == 1 and row[0].x1 >= fill and not row[0].text.endswith(":")


def _reading_bands(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Groups read one after another: the page itself, or each column of a two-column page."""
    gutter = _gutter(pieces)
    if gutter is None:
        return [pieces]
    left = [p for p in pieces if p.x1 <= gutter]
    right = [p for p in pieces if p.x0 >= gutter]
    spanning = [p for p in pieces if p.x0 < gutter < p.x1]
    if not spanning:
        return [left, right]
    # Text crossing the gutter (a title above the columns) is read first.
    return [spanning, left, right]


def _gutter(pieces: list[_Piece]) -> float | None:
    """The x of an empty vertical strip splitting the page into two columns of prose."""
    if len(pieces) < 12:
        return None
    x_min = min(p.x0 for p in pieces)
    x_max = max(p.x1 for p in pieces)
    width = x_max - x_min
    narrow = [p for p in pieces if p.x1 - p.x0 < 0.55 * width]
    if len(narrow) < 0.7 * len(pieces):
        return None  # most lines span the page: one column
    covered = [False] * (int(width) + 2)
    for p in narrow:
        for x in range(int(p.x0 - x_min), int(p.x1 - x_min) + 1):
            covered[x] = True
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(0.3 * width), int(0.7 * width)):
        if not covered[x]:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None or best[1] - best[0] < 8:
        return None
    gutter = x_min + (best[0] + best[1]) / 2
    left = [p for p in narrow if p.x1 <= gutter]
    right = [p for p in narrow if p.x0 >= gutter]
    # Columns of prose fill their width; a table's name column does not.
    if len(left) < 6 or len(right) < 6:
        return None
    left_fill = statistics.median((p.x1 - p.x0) / max(gutter - x_min, 1) for p in left)
    right_fill = statistics.median((p.x1 - p.x0) / max(x_max - gutter, 1) for p in right)
    return gutter if left_fill >= 0.75 and right_fill >= 0.75 else None


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped into rows: pieces overlapping vertically by half their height."""
    rows: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.top, p.x0)):
        row = rows[-1] if rows else None
        if row is not None and _same_row(row, piece):
            row.append(piece)
        else:
            rows.append([piece])
    return [sorted(r, key=lambda p: p.x0) for r in rows]


def _same_row(row: list[_Piece], piece: _Piece) -> bool:
    top = max(p.top for p in row)
    bottom = min(p.bottom for p in row)
    overlap = min(top, piece.top) - max(bottom, piece.bottom)
    return overlap >= 0.5 * min(piece.height, top - bottom)


def _unwrap(rows: list[list[_Piece]], fill: float, line_height: float) -> list[list[_Piece]]:
    """Join lines the PDF wrapped at the right margin back into one line.

    Text minutes keep a paragraph ("Present: Councillors A, B, C, ...") on one line; a PDF
    breaks it wherever the margin falls, and a list cut in two reads as two lists. A row is
    a soft wrap when it is one piece of text reaching the right margin (within the length of
    a long word), the next row follows without a paragraph gap, is not indented left of it,
    and does not start a new numbered point, bullet or "Label:".
    """
    out: list[list[_Piece]] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and len(prev) == 1 and len(row) == 1 and _continues(
            prev[0], row[0], fill, line_height
        ):
            out[-1] = [_merge(prev[0], row[0])]
        else:
            out.append(row)
    return out


def _continues(prev: _Piece, nxt: _Piece, fill: float, line_height: float) -> bool:
    return (
        prev.x1 >= fill
        and prev.bottom - nxt.top <= 0.8 * line_height
        and nxt.x0 >= prev.x0 - 0.5 * line_height
        and _may_continue(prev.text, nxt.text)
    )


def _may_continue(prev: str, nxt: str) -> bool:
    """Whether text ``nxt`` may carry on the line ``prev`` (wrapped at the margin)."""
    return (
        not prev.endswith(":")
        and "\t" not in nxt
        and not _NEW_POINT_RX.match(nxt)
        # "Label:" starts a new line only after a finished sentence: "Councillor M" +
        # "Murnin In attendance: ..." is one line cut in the middle of a name.
        and not (_LABEL_RX.match(nxt) and prev.endswith((".", ";", ")", "!", "?")))
    )


def _merge(prev: _Piece, nxt: _Piece) -> _Piece:
    return _Piece(min(prev.x0, nxt.x0), nxt.x1, prev.top, nxt.bottom, _joined(prev.text, nxt.text))


def _joined(prev: str, nxt: str) -> str:
    # A hyphen at the margin joins its halves ("Sub-" + "Committee"); anything else a space.
    sep = "" if prev.endswith("-") and not prev.endswith(" -") else " "
    return prev + sep + nxt


def _rows_to_lines(rows: list[list[_Piece]], line_height: float
                   ) -> list[tuple[str, list[_Piece] | None]]:
    """Each row's text with its row, and ("", None) for a paragraph gap."""
    lines: list[tuple[str, list[_Piece] | None]] = []
    prev_bottom: float | None = None
    for row in rows:
        top = max(p.top for p in row)
        if prev_bottom is not None and prev_bottom - top > 0.8 * line_height:
            lines.append(("", None))  # a paragraph gap
        lines.append((_join_row(row), row))
        prev_bottom = min(p.bottom for p in row)
    return lines


def _join_row(row: list[_Piece]) -> str:
    parts: list[str] = []
    prev: _Piece | None = None
    for piece in row:
        if prev is not None and piece.text == prev.text and abs(piece.x0 - prev.x0) < 2:
            continue  # text drawn twice for a bold effect
        if prev is not None:
            char_width = (prev.x1 - prev.x0) / max(len(prev.text), 1)
            parts.append("\t" if piece.x0 - prev.x1 > 1.5 * char_width else " ")
        parts.append(piece.text)
        prev = piece
    return "".join(parts)


def _running_lines(pages: list[list[str]]) -> list[set[int]]:
    """Per page, the indices of headers and footers repeated at the top or bottom of most pages.

    Page numbers go everywhere; a repeated header ("Cabinet - 14 October 2025") stays where
    it first appears, since on the first page it is often the document's own title.
    """
    doomed: list[set[int]] = [set() for _ in pages]
    if len(pages) < 3:
        return doomed
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_running_key(lines[i]) for i in _edge_indices(lines)}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(3, int(0.6 * len(pages)))
    running = {k for k, n in counts.items() if n >= threshold and k}
    seen: set[str] = set()
    for lines, drop in zip(pages, doomed, strict=True):
        for i in _edge_indices(lines):
            key = _running_key(lines[i])
            if key in running and (key in seen or _PAGE_NUMBER_RX.search(key)):
                drop.add(i)
            seen.add(key)
    return doomed


def _edge_indices(lines: list[str]) -> list[int]:
    """Indices of the first two and last two non-blank lines of a page."""
    text = [i for i, ln in enumerate(lines) if ln]
    return text[:2] + text[-2:] if len(text) > 4 else text


def _running_key(line: str) -> str:
    """What must repeat for a line to be a running header: its exact text, or, for page
    numbers ("Page 3 of 12", "- 4 -", "Cabinet 14.10.25 Page 3"), its text with digits folded.
    Folding digits in every line would take "1. ITEM 1" on page 1 and "2. ITEM 2" on page 2
    for a running header."""
    folded = " ".join(line.lower().split())
    numbered = _DIGITS_RX.sub("#", folded)
    if _PAGE_NUMBER_RX.search(numbered):
        return numbered
    return folded

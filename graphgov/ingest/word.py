"""DOCX minutes to text lines (python-docx), paragraphs and tables in document order.

The body's children are walked in order so a table sits where it is in the document. Each
paragraph is a line; Word's automatic numbering is written out ("1.", "(a)", "2.3") because
minutes number their items and resolutions that way and the numbers are facts; headings get
a blank line around them, empty paragraphs stay blank lines. Table rows are laid out as in
HTML: a tab between cells when each cell is one line, cell by cell otherwise.

(The module is ``word`` rather than ``docx`` so that ``import docx`` means python-docx.)
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graphgov.errors import DocumentError, UnsupportedFormatError
from graphgov.ingest.html import table_row_lines

__all__ = ["docx_to_text", "read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(path: Path, data: bytes) -> str:
    """A DOCX file's text (see the module docstring)."""
    buf = io.BytesIO(data)
    try:
        with zipfile.ZipFile(buf) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise DocumentError(path, "corrupt DOCX (not a valid zip archive)") from None
    if "word/document.xml" not in names:
        raise UnsupportedFormatError(
            path, "zip archive that is not a Word document (no word/document.xml)"
        )
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocumentError(path, f"corrupt DOCX ({exc})") from None
    return docx_to_text(document)


def docx_to_text(document: Any) -> str:
    numbering = _Numbering(document)
    lines: list[str] = []
    for line in _block_lines(document.element.body, numbering, document):
        if line == "" and (not lines or lines[-1] == ""):
            continue
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    header = _header_lines(document, "\n".join(lines[:200]).lower())
    if header and lines:
        lines = [*header, "", *lines]
    return "\n".join(lines) + "\n" if lines else ""


def _header_lines(document: Any, head: str) -> list[str]:
    """Lines of the first page header the body does not already show.

    Word minutes often carry "Minutes of the Cabinet - 14 October 2025" only in the page
    header; page numbers and repeats of the body's title are left out.
    """
    try:
        header = document.sections[0].header
        if header.is_linked_to_previous:
            return []
        element = header._element  # python-docx exposes no public element of a header part
    except (IndexError, AttributeError, KeyError, ValueError):
        return []
    numbering = _Numbering(document)
    found = []
    for line in _block_lines(element, numbering, document):
        text = " ".join(line.split())
        if len(text) > 3 and any(c.isalpha() for c in text) and text.lower() not in head:
            found.append(line.strip())
    return found


def _block_lines(container: Any, numbering: _Numbering, document: Any) -> Iterator[str]:
    """Lines of the paragraphs and tables directly in ``container`` (body, cell, control)."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield from _paragraph_lines(child, numbering, document)
        elif tag == f"{_W}tbl":
            yield ""
            yield from _table_lines(child, numbering, document)
            yield ""
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _block_lines(content, numbering, document)


def _paragraph_lines(p: Any, numbering: _Numbering, document: Any) -> Iterator[str]:
    text = _paragraph_text(p)
    style = _style_name(p, document)
    heading = style.startswith(("heading", "title", "subtitle"))
    if not text.strip():
        yield ""
        return
    label = numbering.label(p, document)
    if heading:
        yield ""
    parts = text.split("\n")
    yield (label + parts[0]).strip()
    yield from (part.strip() for part in parts[1:] if part.strip())
    if heading:
        yield ""


def _paragraph_text(p: Any) -> str:
    """Visible text of a paragraph: runs, hyperlinks, insertions; tabs and breaks kept."""
    out: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{_W}t":
            if not _in_fallback(el, p):
                out.append(el.text or "")
        elif tag == f"{_W}tab" and el.getparent().tag == f"{_W}r":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
    return "".join(out).replace("\u00a0", " ")


def _in_fallback(el: Any, stop: Any) -> bool:
    # Text boxes are stored twice (DrawingML and a VML fallback); read the first copy only.
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag == _MC_FALLBACK:
            return True
        node = node.getparent()
    return False


def _style_name(p: Any, document: Any) -> str:
    ppr = p.find(f"{_W}pPr")
    style = ppr.find(f"{_W}pStyle") if ppr is not None else None
    if style is None:
        return ""
    style_id = style.get(f"{_W}val") or ""
    element = _style_element(document, style_id)
    name = element.name_val if element is not None else None
    return str(name or style_id).lower()


def _style_element(document: Any, style_id: str | None) -> Any:
    if not style_id:
        return None
    try:
        return document.styles.element.get_by_id(style_id)
    except (KeyError, ValueError, AttributeError):
        return None


def _table_lines(tbl: Any, numbering: _Numbering, document: Any) -> Iterator[str]:
    for tr in tbl.iterchildren(f"{_W}tr"):
        cells: list[list[str]] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            if _continues_vertical_merge(tc):
                cells.append([])  # the merged cell's text was written in the row above
                continue
            cell = [ln for ln in _block_lines(tc, numbering, document)]
            while cell and cell[-1] == "":
                cell.pop()
            while cell and cell[0] == "":
                cell.pop(0)
            cells.append(_squeeze_blanks(cell))
        yield from table_row_lines(cells)


def _continues_vertical_merge(tc: Any) -> bool:
    tcpr = tc.find(f"{_W}tcPr")
    vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
    return vmerge is not None and vmerge.get(f"{_W}val") in (None, "continue")


def _squeeze_blanks(lines: list[str]) -> list[str]:
    return [ln for i, ln in enumerate(lines) if ln or (i and lines[i - 1])]


class _Numbering:
    """Word's automatic list numbering, counted as the document is read."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(f"{_W}abstractNum"):
            abstract[an.get(f"{_W}abstractNumId")] = _levels_of(an)
        for num in root.iterchildren(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{_W}val"), {}))
            for override in num.iterchildren(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl") or 0)
                start = override.find(f"{_W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(f"{_W}val") or 1))
            self._levels[num.get(f"{_W}numId")] = levels

    def label(self, p: Any, document: Any) -> str:
        """The number Word shows before paragraph ``p`` ("3. ", "(b) ", "- "), or ""."""
        ref = _num_ref(p, document)
        if ref is None:
            return ""
        num_id, ilvl = ref
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "- "
        if fmt == "none":
            return ""
        label = text
        for k in range(ilvl + 1):
            k_fmt, _, k_start = levels.get(k, ("decimal", "", 1))
            label = label.replace(f"%{k + 1}", _format_number(counters.get(k, k_start), k_fmt))
        return f"{label} " if label else ""


def _levels_of(abstract_num: Any) -> dict[int, tuple[str, str, int]]:
    levels: dict[int, tuple[str, str, int]] = {}
    for lvl in abstract_num.iterchildren(f"{_W}lvl"):
        ilvl = int(lvl.get(f"{_W}ilvl") or 0)
        fmt_el, text_el, start_el = (lvl.find(f"{_W}{n}") for n in ("numFmt", "lvlText", "start"))
        fmt = fmt_el.get(f"{_W}val") if fmt_el is not None else "decimal"
        text = text_el.get(f"{_W}val") if text_el is not None else f"%{ilvl + 1}."
        start = int(start_el.get(f"{_W}val") or 1) if start_el is not None else 1
        levels[ilvl] = (fmt or "decimal", text or "", start)
    return levels


def _num_ref(p: Any, document: Any) -> tuple[str, int] | None:
    """(numId, level) of a numbered paragraph, from its own properties or its style's."""
    ppr = p.find(f"{_W}pPr")
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if numpr is None and ppr is not None:
        numpr = _style_numpr(ppr, document)
    if numpr is None:
        return None
    num_id_el, ilvl_el = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
    num_id = num_id_el.get(f"{_W}val") if num_id_el is not None else None
    if not num_id or num_id == "0":
        return None  # numId 0 switches numbering off
    return num_id, int(ilvl_el.get(f"{_W}val") or 0) if ilvl_el is not None else 0


def _style_numpr(ppr: Any, document: Any) -> Any:
    style = ppr.find(f"{_W}pStyle")
    if style is None:
        return None
    element = _style_element(document, style.get(f"{_W}val"))
    style_ppr = element.find(f"{_W}pPr") if element is not None else None
    return style_ppr.find(f"{_W}numPr") if style_ppr is not None else None


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out: list[str] = []
    for value, numeral in values:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)

"""HTML pages of minutes to text lines, through a real HTML parser (BeautifulSoup + lxml).

The layout the parser reads is rebuilt from the markup, not guessed from tag soup:

- headings, paragraphs, lists and tables become blocks separated by a blank line, the way
  plain-text minutes separate paragraphs; ``<br>`` and block elements start a new line;
- a list item is ``- item`` (``1. item`` in an ordered list, following ``start``/``type``);
- a table row whose cells are each one line becomes one line, cells joined by a tab
  (``Attendee<TAB>Role<TAB>Attendance``): the column break every reader uses, since text
  copied from a PDF or Word table separates columns with tabs too, so the parser meets one
  convention in every format; a row holding whole paragraphs (ModernGov item tables,
  layout tables) is written cell by cell, with a bare item number ("35.") joined to the
  heading that follows it;
- navigation, scripts, forms, cookie banners and skip links are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from graphgov.ingest.readers import bom_encoding, detect_legacy_encoding

__all__ = ["html_to_text", "read_html", "table_row_lines"]

#: Elements whose whole subtree is never minutes.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "svg", "canvas", "iframe", "object", "embed", "head", "title", "meta", "link", "input",
    "textarea", "dialog", "map", "video", "audio",
})
#: Page chrome: dropped unless inside the main content (an article's own header is content).
_CHROME_TAGS = frozenset({"header", "footer"})
#: Landmark roles that mark page chrome.
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar",
                         "toolbar", "dialog", "alertdialog", "tablist"})
# id/class words of navigation and banners: "breadcrumb", "mgNavigation", "site-nav",
# "cookie-banner", "skip-link". Matched on the lower-cased attribute value.
_DROP_ATTR_RX = re.compile(
    r"breadcrumb|navigation|navbar|\bnav\b|(?:^|[-_\s])nav(?:$|[-_\s])|menu|cookie|"
    r"skip[-_]?(?:link|to|nav|content)|skiplink|sidebar[-_]?nav|share[-_]?(?:bar|links)|"
    r"social[-_]?(?:links|media)|\bsearch[-_]?(?:box|form|bar)\b|printlink|sidebar|widget-area|"
    # text only for screen readers: "(opens in a new window)", "View the background to item 5"
    r"sr-only|visually-?hidden|screen-reader"
)
#: Elements that hold paragraphs: separated from their neighbours by a blank line.
_PARA_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "figure",
    "ul", "ol", "dl", "table", "hr", "fieldset", "details", "center",
})
#: Elements that start and end a line but do not make a paragraph.
_LINE_TAGS = frozenset({
    "div", "section", "article", "main", "header", "footer", "li", "dt", "dd", "tr",
    "caption", "figcaption", "summary", "legend", "body", "html", "option", "tbody",
    "thead", "tfoot", "td", "th", "label",
})
_ITEM_NUMBER_RX = re.compile(r"^(?:item\s+)?\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[a-z]?[.)]?$", re.I)
_META_CHARSET_RX = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([-\w:.]{1,40})""", re.I)
_TITLE_SPLIT_RX = re.compile(r"\s[-|:\u2013\u2014]\s")
#: id/class values of site banners and footers (exact words: "item-header" is content).
_CHROME_NAMES = frozenset({"header", "footer", "masthead", "site-header", "site-footer",
                           "page-footer", "global-header", "global-footer", "banner"})
_SPACE_RX = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def read_html(path: Path, data: bytes) -> str:
    """An HTML file's text, one block per line (see the module docstring)."""
    return html_to_text(decode_html(data))


def decode_html(data: bytes) -> str:
    """Decode an HTML page: BOM, then a ``<meta charset>``, then UTF-8, then detection."""
    enc = bom_encoding(data)
    if enc is not None:
        return data.decode(enc, errors="replace").lstrip("\ufeff")
    match = _META_CHARSET_RX.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii", errors="ignore").lower()
        # Pages labelled latin-1 are written by Windows tools: cp1252 is what browsers use.
        if declared in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            declared = "cp1252"
        try:
            return data.decode(declared, errors="replace")
        except LookupError:
            pass  # an unknown label: fall through to detection, as browsers do
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(detect_legacy_encoding(data), errors="replace")


def html_to_text(markup: str) -> str:
    """The readable text of an HTML document, laid out as lines for the minutes parser."""
    soup = BeautifulSoup(markup, "lxml")
    title = _SPACE_RX.sub(" ", soup.title.get_text()).strip() if soup.title else ""
    _drop_chrome(soup)
    root = soup.body or soup
    out = _Lines()
    _render(root, out)
    text = out.text()
    # The page title often names the council, body and date ("Agenda for Cabinet on Tuesday,
    # 7th March, 2017 - Exampleshire Council") that the page shows only in its banner, or
    # not at all: keep the parts of the title the page does not already show, as a first line.
    unseen = _title_parts_unseen(title, text) if title else ""
    return f"{unseen}\n\n{text}" if unseen else text


def _title_parts_unseen(title: str, text: str) -> str:
    head = _SPACE_RX.sub(" ", text[:5000]).lower()
    parts = [p.strip() for p in _TITLE_SPLIT_RX.split(title) if p.strip()]
    return " - ".join(p for p in parts if p.lower() not in head)


def _drop_chrome(soup: BeautifulSoup) -> None:
    doomed: list[Tag] = []
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        if _is_chrome(tag):
            doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _is_chrome(tag: Tag) -> bool:
    name = tag.name
    if name in _DROP_TAGS:
        return True
    if name in _CHROME_TAGS and tag.find_parent(["article", "main"]) is None:
        return True
    names = {str(tag.get("id") or "").lower(), *(c.lower() for c in _classes(tag))}
    if names & _CHROME_NAMES and tag.find_parent(["article", "main"]) is None:
        return True
    role = str(tag.get("role") or "").lower()
    if role in _DROP_ROLES:
        return True
    if tag.get("hidden") is not None or tag.get("aria-hidden") == "true":
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if name in {"html", "body", "main", "article"}:
        return False  # a body classed "no-menu" is still the page
    label = " ".join([str(tag.get("id") or ""), *_classes(tag)]).lower()
    return bool(label.strip()) and _DROP_ATTR_RX.search(label) is not None


def _classes(tag: Tag) -> list[str]:
    value: object = tag.get("class") or []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


class _Lines:
    """Accumulates inline text into lines and lines into blank-separated blocks."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._buf: list[str] = []
        self.prefix = ""

    def add(self, text: str) -> None:
        self._buf.append(text)

    def newline(self) -> None:
        """End the current line (if it has text)."""
        text = _SPACE_RX.sub(" ", "".join(self._buf)).strip()
        self._buf.clear()
        if text:
            self.lines.append(self.prefix + text)
            self.prefix = ""

    def hard_break(self) -> None:
        """``<br>``: end the line even when it is empty, but never stack blank lines."""
        had_text = bool("".join(self._buf).strip())
        self.newline()
        if not had_text and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def blank(self) -> None:
        self.newline()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def extend(self, lines: Iterable[str]) -> None:
        self.newline()
        self.lines.extend(lines)

    def text(self) -> str:
        self.newline()
        lines = self.lines
        while lines and lines[-1] == "":
            lines.pop()
        start = next((i for i, ln in enumerate(lines) if ln), len(lines))
        return "\n".join(lines[start:]) + ("\n" if lines[start:] else "")


def _render(node: Tag, out: _Lines) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Doctype, Declaration, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.add(str(child))
        elif isinstance(child, Tag):
            _render_tag(child, out)


def _render_tag(tag: Tag, out: _Lines) -> None:
    name = tag.name
    if name == "br":
        out.hard_break()
    elif name == "hr":
        out.blank()
    elif name == "table":
        out.blank()
        out.extend(_table_lines(tag))
        out.blank()
    elif name in ("ul", "ol"):
        out.blank()
        _render_list(tag, out)
        out.blank()
    elif name == "pre":
        out.blank()
        out.extend(ln.rstrip() for ln in tag.get_text().strip("\n").split("\n"))
        out.blank()
    elif name in _PARA_TAGS:
        out.blank()
        _render(tag, out)
        out.blank()
    elif name in _LINE_TAGS:
        out.newline()
        _render(tag, out)
        out.newline()
    else:
        _render(tag, out)  # inline: span, a, strong, em, font...


def _render_list(lst: Tag, out: _Lines, depth: int = 0) -> None:
    ordered = lst.name == "ol"
    kind = str(lst.get("type") or "1")
    try:
        n = int(str(lst.get("start") or 1))
    except ValueError:
        n = 1
    indent = "  " * depth
    for li in lst.find_all("li", recursive=False):
        out.newline()
        out.prefix = indent + (_list_marker(kind, n) if ordered else "- ")
        for child in li.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol"):
                out.newline()
                _render_list(child, out, depth + 1)
            elif isinstance(child, Tag):
                _render_tag(child, out)
            else:
                out.add(str(child))
        out.newline()
        out.prefix = ""
        n += 1


def _list_marker(kind: str, n: int) -> str:
    if kind in ("a", "A"):
        letter = chr(ord("a") + (n - 1) % 26)
        return f"({letter.upper() if kind == 'A' else letter}) "
    if kind in ("i", "I"):
        roman = _roman(n)
        return f"({roman.upper() if kind == 'I' else roman}) "
    return f"{n}. "


def _roman(n: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for value, numeral in values:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _table_lines(table: Tag) -> list[str]:
    """A table's rows: simple rows as tab-separated cells, rows holding paragraphs cell by cell."""
    lines: list[str] = []
    caption = table.find("caption", recursive=False)
    if isinstance(caption, Tag):
        lines.append(_SPACE_RX.sub(" ", caption.get_text(" ")).strip())
    for row in _own_rows(table):
        cells = [_cell_lines(c) for c in row.find_all(["td", "th"], recursive=False)]
        lines.extend(table_row_lines(cells))
    return [ln for i, ln in enumerate(lines) if ln or (i and lines[i - 1])]


def _own_rows(table: Tag) -> list[Tag]:
    """The rows of this table, not of tables nested in its cells."""
    rows: list[Tag] = []
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            rows.append(child)
        elif child.name in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child.find_all("tr", recursive=False))
    return rows


def _cell_lines(cell: Tag) -> list[str]:
    out = _Lines()
    _render(cell, out)
    text = out.text()
    return text.split("\n")[:-1] if text else []


def _is_label(text: str) -> bool:
    return text.endswith(":") and len(text) <= 40


def table_row_lines(cells: list[list[str]]) -> list[str]:
    """One table row: its cells joined by tabs when each is one line, else cell after cell."""
    if not any(cells):
        return []
    if all(len(c) <= 1 for c in cells):
        texts = [c[0] if c else "" for c in cells]
        while texts and not texts[-1]:
            texts.pop()
        while texts and not texts[0]:
            texts.pop(0)
        return ["\t".join(texts)]
    # A row that holds paragraphs: write it cell by cell, as the page reads top to bottom.
    # A bare number cell ("35.") joins the heading after it; a label cell ("Present:")
    # joins the first line after it with a tab, as the same layout reads in text minutes.
    lines: list[str] = []
    pending = ""
    for cell in cells:
        if not cell:
            continue
        if len(cell) == 1 and (_ITEM_NUMBER_RX.match(cell[0]) or _is_label(cell[0])):
            pending = cell[0]
            continue
        if pending:
            sep = "\t" if _is_label(pending) else " "
            cell = [f"{pending}{sep}{cell[0]}", *cell[1:]]
            pending = ""
        if lines and lines[-1]:
            lines.append("")
        lines.extend(cell)
    if pending:
        lines.append(pending)
    return [*lines, ""]

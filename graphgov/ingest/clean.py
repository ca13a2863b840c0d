"""Drop lines that carry no minutes (blank, navigation, attachment residue); keep numbering.

Every kept line keeps its 1-based number, so ``ctx.raw(line.no)`` is still the verbatim text
for evidence. The cleaned text is what the later stages parse: whitespace tidied (non-breaking
spaces, zero-width characters), markdown escapes and tag residue removed, attachment-size
residue ("pdf icon PDF 55 KB") cut out of headings, words that text extraction glued
together ("absenceThe", "MrsBurr") separated, letter-spaced headings ("P r e s e n t:") closed up.

Dropped whole: blank lines, a leading "source: URL" line, site navigation of council web
pages ("Share this item", "View the background to item 4.", "Additional documents:" and the
attachment list under it), table rules ("---|---|", "||||"), "Page 3" markers and running page
headers (a short line with a date that repeats, e.g. "BODY NAME, 19/03/2018").
"""

from __future__ import annotations

import html
import re
from collections import Counter

from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line

#: How much of a line the noise patterns look at (keeps every regex linear and cheap).
_PROBE = 400

_INVISIBLE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?/?>")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_ESCAPE = re.compile(r"\\([-\\`*_{}\[\]()#+.!|>~])")
# "pdf icon PDF 55 KB", "PDF 1 MB" as left by moderngov pages after a document link.
_SIZE_RESIDUE = re.compile(r"\s*(?:pdf icon\s*)?\bPDF\s+\d{1,4}(?:\.\d{1,2})?\s*[KM]B\b", re.I)
_VIEW_DIRECTIONS = re.compile(r"\.?\s*View directions\s*$")
# A lowercase run glued to a capitalised word: "absenceThe", "ChairDr". Needs 4+ lowercase
# letters (or a lowercase start) so "McDonald", "MacKenzie", "FitzGerald" stay whole.
_GLUED = re.compile(r"(?<![A-Za-z])((?:[a-z]{3,}|[A-Z][a-z]{4,}))([A-Z][a-z])")
_ANY_GLUE = re.compile(r"[a-z][A-Z]")
_GLUED_HONORIFIC = re.compile(r"(?<![A-Za-z])(Mrs|Miss|Mr|Ms|Dr|Cllr)(?=[A-Z])")
_LETTER_SPACED = re.compile(r"^(?:[A-Za-z] ){2,}[A-Za-z] ?:?$")
_TABLE_RULE = re.compile(r"^[|\-:=\s]+$")
_PAGE_MARK = re.compile(r"^(?:Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-)$", re.I)
_SOURCE = re.compile(r"^source:\s*\S+$", re.I)
_BREADCRUMB = re.compile(r"^[^>]{1,60}(?:\s>\s[^>]{1,80}){2,}$")
_ATTACHMENT = re.compile(r"^[-•·*]\s.{0,300}\bPDF\s+\d{1,4}(?:\.\d{1,2})?\s*[KM]B\s*$", re.I)
_WEBCAST = re.compile(r"^[-•·*]\s*Webcast for\b", re.I)
_ATTACHMENTS_HEAD = re.compile(
    r"^(?:Additional|Supporting|Background|Accompanying) documents?:?$", re.I
)
_NAVIGATION = re.compile(
    r"^(?:[-•·]\s*)?(?:Share this item|View the background to item \d{1,3}\.?|View directions|"
    r"Media|Items|"
    r"No\.\s*Item|Select your language|Page Contents|\[?Show full text\]?|Transcription|"
    r"Size:\s*px|Start display at page:?|Download\s+\".{0,200}\"|Print this page|Back to top|"
    r"Skip to (?:main )?content|Webcast for .{0,200}|Link:\s.{0,200})$",
    re.I,
)
_PAGE_TAIL = re.compile(r"[\s,|-]*\b[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$")
_SENTENCE_WORDS = re.compile(
    r"^(?:that|to|resolved|agreed|meeting|date|minutes of)\b|"
    r"\b(?:be|was|were|is|are|has|had|will)\b",
    re.I,
)
_DATE = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},?\s+\d{4}\b",
    re.I,
)


def clean_lines(ctx: ParseContext) -> list[Line]:
    """The document's lines that carry minutes, tidied, with their original numbers."""
    tidy = [Line(ln.no, clean_text(ln.text)) for ln in ctx.doc.lines]
    headers = _running_headers(tidy)
    out: list[Line] = []
    in_attachments = False
    seen_text = False
    for ln in tidy:
        text = ln.text
        if not text:
            continue
        if not seen_text:
            seen_text = True
            if _SOURCE.match(text[:_PROBE]):
                continue
        if _ATTACHMENTS_HEAD.match(text[:_PROBE]):
            in_attachments = True
            continue
        if in_attachments and text[:1] in "-•·*":
            continue
        in_attachments = False
        if (len(text) <= 90 and _header_key(text) in headers) or is_noise(text):
            continue
        out.append(Line(ln.no, strip_residue(text)))
    return [ln for ln in out if ln.text]


def clean_text(text: str) -> str:
    """One line tidied for parsing (not for quoting: evidence comes from ``ctx.raw``)."""
    text = text.translate(_INVISIBLE)
    if "&" in text:
        text = html.unescape(text).translate(_INVISIBLE)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")  # markdown bold: "**5. Housing**"
    text = _MD_HEADING.sub("", text.strip())
    if _LETTER_SPACED.match(text[:_PROBE]):
        return text.replace(" ", "")
    if _ANY_GLUE.search(text) is None:
        return text  # most lines: no lowercase letter runs into a capital
    text = _GLUED_HONORIFIC.sub(r"\1 ", text)
    return _GLUED.sub(r"\1 \2", text)


def strip_residue(text: str) -> str:
    """Cut attachment sizes and "View directions" out of a line, and a table cell's trailing bar."""
    if "PDF" in text or "pdf" in text:
        text = _SIZE_RESIDUE.sub("", text)
    if "View directions" in text:
        text = _VIEW_DIRECTIONS.sub("", text)
    if text.endswith("|"):
        text = text.rstrip("| ")
    if text.startswith("|"):
        text = text.lstrip("| ")  # a table row's first cell: "| 1. | Apologies |"
    return text.strip()


def is_noise(text: str) -> bool:
    """Whether a (tidied, non-blank) line is site furniture rather than minutes."""
    probe = text[:_PROBE]
    return bool(
        _TABLE_RULE.match(probe)
        or _PAGE_MARK.match(probe)
        or _NAVIGATION.match(probe)
        or _BREADCRUMB.match(probe)
        or _ATTACHMENT.match(probe)
        or _WEBCAST.match(probe)
    )


def _running_headers(lines: list[Line]) -> set[str]:
    """Page headers repeated through a document: short, dated, and seen at least twice (page
    numbers in them aside: "Cabinet - 5 March 2024 - Page 3")."""
    counts = Counter(_header_key(ln.text) for ln in lines if 8 <= len(ln.text) <= 90)
    return {key for key, n in counts.items() if n >= 2 and _looks_like_page_header(key)}


def _header_key(text: str) -> str:
    return _PAGE_TAIL.sub("", text).strip() if "age" in text else text


def _looks_like_page_header(text: str) -> bool:
    # A body name and a date; never a sentence (a resolution repeated on an issue page
    # under "Decision:" and "RESOLVED" can carry a date too).
    return (
        text[:1].isalpha()
        and not text.endswith(":")
        and len(text.split()) <= 10
        and _DATE.search(text) is not None
        and _SENTENCE_WORDS.search(text) is None
    )

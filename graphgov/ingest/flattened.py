"""Long lines from text extraction that lost its line breaks (PDF transcriptions), split
back into pieces at the places where headings start. Pieces keep their line number.

Two layouts are recognised inside such a line:

* minute references of one shape: "... Lead SC/35/2018 APOLOGIES ... SC/36/2018 DECLARATIONS"
  (two or more references) -> a piece starts at each reference;
* numbers going up by one or two after a sentence or a heading: numbered headings run
  together ("... were approved. 37. DECLARATIONS OF INTEREST There were none. 38. ...") or
  numbered paragraphs under unnumbered headings ("... the evening. Minutes of Last Meeting
  2. Agreed, subject to ... Matters Arising 4. The Convener") -> a piece starts at each
  number, and a short capitalised heading just before it ("Minutes of Last Meeting") becomes a
  piece of its own.
"""

from __future__ import annotations

import re

from graphgov.ingest.document import Line

#: Lines shorter than this are ordinary lines.
_LONG = 400
#: Longest heading recognised in front of a numbered paragraph.
_MAX_HEADING_WORDS = 8

_FLAT_CODE = re.compile(
    r"(?<=\s)([A-Za-z]{1,6}/\d{1,4}/[0-9][0-9-]{1,8}|[A-Z]{1,4}/[0-9]{4}/[0-9]{1,4})"
    r"(?=:?\s+[A-Z])"
)
_PARAGRAPH_NO = re.compile(r"(?<=[a-z)\"”’.]) (\d{1,2})\. (?=[A-Z])")
_CONNECTORS = {"of", "and", "the", "for", "&", "to", "in", "on", "at", "a", "-", "–"}


def split_flattened(lines: list[Line]) -> list[Line]:
    """The lines, with long flattened lines split where a heading starts."""
    out: list[Line] = []
    for ln in lines:
        if len(ln.text) < _LONG:
            out.append(ln)
            continue
        cuts = _reference_cuts(ln.text) or _paragraph_cuts(ln.text)
        if not cuts:
            out.append(ln)
            continue
        start = 0
        for c in [*cuts, len(ln.text)]:
            piece = ln.text[start:c].strip()
            if piece:
                out.append(Line(ln.no, piece))
            start = c
    return out


def _reference_cuts(text: str) -> list[int]:
    cuts = [m.start() for m in _FLAT_CODE.finditer(text)]
    shapes = {re.sub(r"\d+", "9", text[c : c + 16].split()[0]) for c in cuts}
    if len(cuts) < 2 or len(shapes) > len(cuts) - 1:
        return []
    return cuts


def _paragraph_cuts(text: str) -> list[int]:
    """Cuts before numbered paragraphs 1., 2., 3. ... and before the heading over each."""
    marks: list[re.Match[str]] = []
    for m in _PARAGRAPH_NO.finditer(text):
        # a paragraph number follows a sentence or a heading ("paragraph 4. Members" does not)
        before = text[max(0, m.start() - 1) : m.start()]
        starts = before in '.)"”’' or _trailing_heading(text[max(0, m.start() - 80) : m.start()])
        n = int(m.group(1))
        if starts and (not marks or 0 < n - int(marks[-1].group(1)) <= 2):
            marks.append(m)
    if len(marks) < 2:
        return []
    cuts: list[int] = []
    prev = 0
    for m in marks:
        heading = _trailing_heading(text[max(prev, m.start() - 200) : m.start()])
        at = text.rfind(heading, prev, m.start()) if heading else -1
        if at > prev:
            cuts.append(at)
        cuts.append(m.start() + 1)
        prev = m.end()
    return cuts


def _trailing_heading(span: str) -> str:
    """The short run of capitalised words that ends ``span`` ("... evening. Matters Arising")."""
    words = span.rstrip().split(" ")
    kept: list[str] = []
    for w in reversed(words):
        if not w:
            break
        if (
            w[:1].isupper()
            and not w.endswith((".", ",", ";", ":", ")"))
            or (kept and w.lower() in _CONNECTORS)
        ):
            kept.append(w)
            if len(kept) > _MAX_HEADING_WORDS:
                return ""
            continue
        break
    while kept and kept[-1].lower() in _CONNECTORS:
        kept.pop()
    kept.reverse()
    joins = [k for k, w in enumerate(kept) if w.lower() in _CONNECTORS]
    if joins and joins[0] > 1:
        # names run straight into the heading in flattened attendance lists: a heading has
        # one capitalised word before its first "and" / "of" ("Tom Rigg Welcome and Apologies")
        kept = kept[joins[0] - 1 :]
    if len(kept) < 2 or sum(1 for c in "".join(kept) if c.isupper()) > len("".join(kept)) // 2:
        return ""  # a single word, or a run of capitals (names, acronyms), is no heading
    return " ".join(kept)

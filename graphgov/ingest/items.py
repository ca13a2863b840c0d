"""Agenda items: numbered headings and the lines under each.

Minutes number their items in many ways: "1. APOLOGIES", "39." alone with the title on the
next line, "21.44 ELECTION OF CHAIR", "39/20", "2026/031", "GBP/2223/001: Welcome", "Minute
reference: 24/058", "PAR" / "1" / title in a flattened grid, sub-items "6.1", "5(a)" and
"9.1.1" under their items (unless the decimals number paragraphs). Numbers also start clauses,
list points, dates, times and addresses, so a numbered line becomes an item only when

* its title looks like a heading (short, not a sentence, not "That ..."), and
* it belongs to the best *sequence* of such lines: numbers that go up by small steps, or
  references of one shape ("SC/35/2018", "SC/36/2018").

Ties go to the later sequence (an agenda or contents list before the minutes repeats the
numbers); the points of a list an intro announces ("The grants awarded:" / "1 ..." / "2 ...")
and a bare number between lines of text (a page number) weigh nothing or little.

Pages that hold a single item (issue pages "Meeting: ... (Item 5)", "Agenda item" pages,
decision pages "Decision Maker: Cabinet") get that one item. Documents without numbers
(flattened tables: "APOLOGIES FOR ABSENCE Minutes: ...") get unnumbered items from
headings that an agenda cue follows ("Minutes:", "Decision:", "To receive ...", a table
row, a numbered paragraph), from the rows of an "| Item | Discussion | Action |" table, else
from two or more short capitalised lines over sentences.
An unnumbered procedural heading ("VARY ORDER OF BUSINESS") is no item and ends the item
before it. Long lines that lost their line breaks are split first (:mod:`.flattened`).
"""

from __future__ import annotations

import re

from graphgov.ingest import flattened, headings, item_chains, resolution_patterns
from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.ingest.item_chains import Cand

#: How much of a line heading patterns look at: headings are short, lines may not be.
_PROBE = 300

# Minute references: "GBP/2223/001", "Cou/285/07-08", "C 08/042", "AM119", "39/20".
# Parish references by year: "2026/031" (not "2024/0456", a planning application).
_CODE = (
    r"[A-Za-z]{1,6}(?:/[A-Za-z0-9-]{1,10}){1,3}|[A-Z]{1,3}\s\d{2}/\d{2,4}|"
    r"[A-Z]{1,4}\.?\d{1,4}(?:[/.]\d{1,4}){0,2}|\d{1,3}/\d{2,4}|(?:19|20)\d\d/\d{3}(?!\d)"
)
# "5(a)" (a lettered sub-item), "9.1.1" (three levels), "6.1", "12", "4a"
_NUMBER = (
    rf"(?:{_CODE}|\d{{1,3}}\([a-z]\)|\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}}|\d{{1,3}}\.\d{{1,3}}[a-z]?|"
    r"\d{1,4}[a-z]?)(?=[.:)\s/\-–—|]|$)"
)
# "Minute 12", "Min. 12", "Item 3", "Minute No. 12", "Minute reference: 24/058"
_PREFIX = (
    r"(?:(?P<pre>(?i:Minute\s+(?:reference|ref\.?|number)\s*:|Minute|Min\.?|Item|Agenda Item|"
    r"Note|Ref\.?|Eitem|Cofnod))\s+(?:(?i:No)\.?\s*)?)?"  # Eitem, Cofnod: Welsh item, minute
)
_WITH_TITLE = re.compile(
    rf"^{_PREFIX}(?P<num>{_NUMBER})"
    r"(?P<sep>\s*[.:)]\s*(?:[-–—/|]\s*)?|\s*[-–—|/]\s+|\s{2,}|\t+\s*|\s)(?P<title>\S.*)$"
)
_ALONE = re.compile(rf"^{_PREFIX}(?P<num>{_NUMBER})\s*[.:)]?$")
_CELL = re.compile(r"\s*(?:\||\t)\s*")
# Agenda text between a heading and its "Minutes:" ("To receive any apologies.").
_AGENDA_TEXT = re.compile(r"^(?:To [a-z]|\(|Report (?:of|by)\b|Members (?:are|may)\b)")
_GRID_PREFIX = re.compile(r"^[A-Z]{2,5}$")
_GLUED_ROW = re.compile(r"^(?P<num>\d{1,4})(?P<title>[A-Z][a-z].*)$")
_ROW_TABLE_HEAD = re.compile(r"^(?:Min(?:ute)?\.?\s*No\.?|No\.)\s*\S", re.I)
_HAS_DIGIT = re.compile(r"\d")
_TABLE_ITEM_HEAD = re.compile(r"^(?:Agenda\s+)?(?:Item|Subject|Topic)s?$", re.I)
# The column of minutes beside the item column ("| Item | Discussion | Action |"); an action
# log ("| Item | Action | Owner |") lists no items.
_TABLE_NOTES_HEAD = re.compile(
    r"^(?:Discussion|Minutes?|Notes?|Summary|Decisions?|Outcomes?|Description|Details|"
    r"Comments?|Report|Discussion and (?:decisions?|outcomes?))\b",
    re.I,
)
_TABLE_ROW_RULE = re.compile(r"^\|[|\s]*$")
_DATE_CODE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FINANCIAL_YEAR = re.compile(r"^((?:19|20)\d\d)/(\d{2}|\d{4})$")

# Single-item pages.
# "Meeting: 07/03/2017 - Cabinet (Item 5)", "- Meeting of Cabinet, Monday, ... (Item 4.)"
_ITEM_REF = re.compile(
    r"^-?\s*Meeting\b.{0,200}\(Item\s+(?P<num>[0-9A-Za-z][0-9A-Za-z./]{0,12}?)\.?\)\s*$"
)
_AGENDA_ITEM_PAGE = re.compile(r"^Agenda item$", re.I)
_DECISION_PAGE = re.compile(r"^(?:Decision Maker:|Issue - decisions$|Decision details$)", re.I)
_META_FIELD = re.compile(r"^[A-Z][A-Za-z ?'/-]{1,40}\??:\s*\S")
_PAGE_KIND = re.compile(r"^(?:Issue - (?:meetings|decisions)|Agenda item|Decision details)$", re.I)


def split_items(ctx: ParseContext, lines: list[Line]) -> tuple[list[Line], list[ItemBlock]]:
    """(lines before the first item, the items)."""
    lines = flattened.split_flattened(lines)
    single = _single_item_page(lines)
    if single is not None:
        return single
    chosen = _numbered(lines)
    if len(chosen) <= 1:
        rows = _agenda_table_rows(lines)
        if len(rows) >= 2:
            return lines[: rows[0].idx], _blocks(lines, rows)
    if len(chosen) <= 1:
        # one numbered line may be a stray ("2 Councillors joined online"): headings that
        # agenda cues mark, two or more, describe the document better
        unnumbered, cued = _unnumbered(ctx, lines)
        if not chosen or cued and len(unnumbered) >= 2:
            chosen = unnumbered
    if not chosen:
        return lines, []
    return lines[: chosen[0].idx], _blocks(lines, chosen)


def _agenda_table_rows(lines: list[Line]) -> list[Cand]:
    """Rows of a notes table headed "| Item | Discussion | Action |": the first cell of each
    row is an (unnumbered) item, the other cells its minutes. The table ends at the first
    line that is not a row; other tables ("| Action | Owner | Date |") hold no items."""
    found: list[Cand] = []
    in_table = False
    for i, ln in enumerate(lines):
        cells = [c.strip() for c in ln.text[:_PROBE].split("|")]
        if len(cells) < 2:
            in_table = False
            continue
        if _TABLE_ITEM_HEAD.match(cells[0]):
            in_table = _TABLE_NOTES_HEAD.match(cells[1]) is not None
            continue
        if in_table and cells[0] and not cells[0][:1].isdigit():
            rest = " | ".join(c for c in cells[1:] if c)
            found.append(Cand(i, i + 1, None, cells[0], "none", (0,), "none", 1.0, rest))
    return found


def _blocks(lines: list[Line], chosen: list[Cand]) -> list[ItemBlock]:
    blocks = []
    for k, c in enumerate(chosen):
        stop = chosen[k + 1].idx if k + 1 < len(chosen) else len(lines)
        body = list(lines[c.end : stop])
        cut = next((j for j, ln in enumerate(body) if headings.procedural(ln.text)), None)
        if cut is not None:
            body = body[:cut]
        head = lines[c.idx]
        if c.rest:
            body.insert(0, Line(head.no, c.rest))
        blocks.append(ItemBlock(number=c.number, title=_final(c.title), heading=head, body=body))
    return blocks


# --------------------------------------------------------------------------- numbered items


def _numbered(lines: list[Line]) -> list[Cand]:
    cands = _candidates(lines)
    if not cands:
        return []
    families: dict[str, list[Cand]] = {}
    for c in cands:
        families.setdefault(c.shape if c.kind == "code" else c.kind, []).append(c)
    best: list[Cand] = []
    best_score = 0.0
    for fam, members in families.items():
        if fam == "int":
            chain = item_chains.with_sub_items(
                lines, item_chains.best_int_chain(members), families.get("dec", [])
            )
        else:
            chain = item_chains.best_chain(
                members, item_chains.dec_step if fam == "dec" else item_chains.code_step
            )
            if fam == "code:9/9":  # "5/24 Planning" with "5.1", "5.2" under it
                chain = item_chains.with_sub_items(lines, chain, families.get("dec", []))
        score = sum(c.weight for c in chain)
        if score > best_score:
            best, best_score = chain, score
    return best


def _candidates(lines: list[Line]) -> list[Cand]:
    found: list[Cand] = []
    glued_rows = False
    for i, ln in enumerate(lines):
        text = ln.text[:_PROBE]
        if _ROW_TABLE_HEAD.match(text):
            glued_rows = True
        c = _candidate_at(lines, i, text, glued_rows)
        if c is not None:
            found.append(c)
    return _without_listed_points(lines, found)


def _without_listed_points(lines: list[Line], found: list[Cand]) -> list[Cand]:
    """Drop the points of a numbered list that an intro announces ("The grants awarded:" /
    "1 ..." / "2 ..." / "3 ..." on consecutive lines): they are no items, however many."""
    drop: set[int] = set()
    k = 0
    while k < len(found):
        c = found[k]
        intro = c.idx > 0 and lines[c.idx - 1].text.rstrip().endswith((":", ":-"))
        if not (intro and c.kind == "int" and c.key[0] == 1):
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(found):
            a, b = found[run[-1]], found[run[-1] + 1]
            if b.kind != "int" or b.idx != a.end or b.key[0] != a.key[0] + 1:
                break
            run.append(run[-1] + 1)
        if len(run) >= 3:
            drop.update(run)
        k = run[-1] + 1
    return [c for k, c in enumerate(found) if k not in drop]


def _candidate_at(lines: list[Line], i: int, text: str, glued_rows: bool) -> Cand | None:
    m = _ALONE.match(text)
    if m:
        return _alone_candidate(lines, i, m)
    m = _WITH_TITLE.match(text)
    if m:
        number = m.group("num")
        sep = m.group("sep")
        wide = "\t" in sep or len(sep) >= 2 or sep.strip() != ""
        cell, *after = _CELL.split(m.group("title"), maxsplit=1)
        title, rest = headings.title_and_rest(cell)
        if after:  # a table row: the title is the first cell after the number
            rest = f"{rest} {after[0].strip()}".strip()
        if not headings.heading_like(title, wide=wide, strict=False):
            split = headings.labelled_title(title) or headings.glued_title(title)
            if split is None or not headings.heading_like(split[0], wide=wide, strict=False):
                return None
            title, rest = split[0], f"{split[1]} {rest}".strip()
        if title.endswith((".", ";")) and _continues_list(lines, i, number):
            return None  # "2. Officers review the policy." after "1. The report be noted."
        weight = _weight(lines, i, title, 1.0 + (0.5 if sep.strip() else 0.0))
        return _make(i, i + 1, number, title, weight=weight, rest=rest)
    if glued_rows:
        m = _GLUED_ROW.match(text)
        if m:
            words = m.group("title").split()
            return _make(
                i, i + 1, m.group("num"), " ".join(words[:8]), weight=1.0, rest=m.group("title")
            )
    return None


def _alone_candidate(lines: list[Line], i: int, m: re.Match[str]) -> Cand | None:
    """A number on its own line: the title is on the next line ("39." / "Title")."""
    if i + 1 >= len(lines):
        return None
    nxt = lines[i + 1].text[:_PROBE]
    numbered = _WITH_TITLE.match(nxt)
    if _ALONE.match(nxt) or numbered and (not nxt[:1].isalpha() or numbered.group("pre")):
        return None  # "Item 3" (a page header) over "Item 4  Police Update": no title of its own
    title, _ = headings.title_and_rest(nxt)
    if not headings.heading_like(title, wide=False, strict=False) or len(title.split()) > 16:
        return None
    number = m.group("num")
    prev = lines[i - 1].text if i > 0 else ""
    idx = i
    # "35." is an item number; a bare "12" may be a page number between two lines of text
    base = 2.0 if lines[i].text.rstrip()[-1:] in ".:)" or not number.isdigit() else 1.2
    if _GRID_PREFIX.match(prev) and number.isdigit():
        number, idx = f"{prev} {number}", i - 1  # "PAR" / "1" / title: the item is "PAR 1"
        base = 2.0
    full = lines[i + 1].text
    rest = full[len(title) :].strip() if full.startswith(title) and len(full) > len(title) else ""
    return _make(idx, i + 2, number, title, weight=_weight(lines, i, title, base), rest=rest)


def _continues_list(lines: list[Line], i: int, number: str) -> bool:
    """Whether the line before is the previous point of the same numbered list, written as a
    sentence ("1. The report be noted.") rather than a heading."""
    if i == 0 or not number.isdigit():
        return False
    prev = _WITH_TITLE.match(lines[i - 1].text[:_PROBE])
    if prev is None or prev.group("num").rstrip(".") != str(int(number) - 1):
        return False
    title = prev.group("title").strip()
    return title.endswith((".", ";")) and not headings.capitalised(title)


def _weight(lines: list[Line], i: int, title: str, base: float) -> float:
    """How much a candidate weighs in the sequence search: headings in capitals or title case
    weigh more; agenda-style "To approve ..." titles and lines right under a resolution or a
    list intro ("RESOLVED", "... as follows:") weigh less, as they may be numbered clauses."""
    prev = lines[i - 1].text[:_PROBE].rstrip() if i > 0 else ""
    if prev.endswith((":", ":-")) or resolution_patterns.HEADING.match(prev):
        return 0.3
    if headings.agenda_title(title):
        return base - 0.4 - (0.2 if title.endswith((".", ";")) else 0.0)
    return base + (0.3 if headings.capitalised(title) else 0.0)


def _make(
    idx: int, end: int, number: str, title: str, weight: float, rest: str = ""
) -> Cand | None:
    number = number.rstrip(".:")
    if not re.search(r"\([a-z]\)$", number):  # "5(a)" keeps its bracket
        number = number.rstrip(".:)")
    if _DATE_CODE.match(number) or (_YEAR.match(number) and weight < 1.5):
        return None
    fy = _FINANCIAL_YEAR.match(number)
    if fy and (int(fy.group(1)) + 1) % 100 == int(fy.group(2)) % 100:
        return None  # "2025/26 Budget": a financial year, not a minute reference
    kind, key, shape = _classify(number)
    if not key:
        return None
    return Cand(idx, end, number, title, kind, key, shape, weight, rest)


def _classify(number: str) -> tuple[str, tuple[int, ...], str]:
    m = re.fullmatch(r"(\d{1,4})(?:([a-z]?)|\(([a-z])\))", number)
    if m:
        letter = m.group(2) or m.group(3)
        return "int", (int(m.group(1)), ord(letter) - 96 if letter else 0), "int"
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{1,2})", number)
    if m:  # "9.1.1": a sub-item of a sub-item
        return "dec", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "dec"
    m = re.fullmatch(r"(\d{1,3})\.(\d{1,3})[a-z]?", number)
    if m and m.group(2) == "0":
        return "int", (int(m.group(1)), 0), "int"  # "1.0 Apologies", "2.0 Minutes"
    if m:
        return "dec", (int(m.group(1)), int(m.group(2))), "dec"
    if not _HAS_DIGIT.search(number):
        return "code", (), ""
    shape = re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+", "A", number))
    return "code", tuple(int(d) for d in re.findall(r"\d+", number)[:4]), "code:" + shape


# --------------------------------------------------------------------------- single-item pages


def _single_item_page(lines: list[Line]) -> tuple[list[Line], list[ItemBlock]] | None:
    head = lines[:12]
    refs = [
        i for i, ln in enumerate(lines) if "(Item" in ln.text and _ITEM_REF.search(ln.text[:_PROBE])
    ]
    if refs and refs[0] < 15:
        return _item_ref_page(lines, refs)
    for i, ln in enumerate(head[:4]):
        if _AGENDA_ITEM_PAGE.match(ln.text) and i + 1 < len(lines):
            return lines[: i + 1], [_block(lines, i + 1, None, lines[i + 1].text, len(lines))]
    for i, ln in enumerate(head[:6]):
        if _DECISION_PAGE.match(ln.text):
            if ln.text.startswith("Decision Maker") and i > 0 and not _meta(lines[i - 1].text):
                # the page's title stands above its fields, maybe numbered ("Item 3.1 - Budget")
                number, title = _page_heading(lines[i - 1].text)
                return lines[: i - 1], [_block(lines, i - 1, number, title, len(lines))]
            t = i + 1
            while t < len(lines) and _meta(lines[t].text):
                t += 1
            if t >= len(lines):
                return None
            title, _ = headings.title_and_rest(lines[t].text)
            return lines[:t], [_block(lines, t, None, title, len(lines))]
    return None


def _page_heading(text: str) -> tuple[str | None, str]:
    """A decision page's title line: its number if labelled ("Item 3.1 - Budget"), and its
    title ("2027 Budget Setting" keeps its year)."""
    m = _WITH_TITLE.match(text[:_PROBE])
    if m is None or not m.group("pre"):
        return None, text
    title, _ = headings.title_and_rest(m.group("title"))
    return m.group("num").rstrip(".:"), title


def _meta(text: str) -> bool:
    return bool(_META_FIELD.match(text) or _PAGE_KIND.match(text))


def _item_ref_page(lines: list[Line], refs: list[int]) -> tuple[list[Line], list[ItemBlock]]:
    """Issue pages: "Meeting: 07/03/2017 - Cabinet (Item 5)" then "5 Title" (maybe repeated)."""
    blocks: list[ItemBlock] = []
    for k, r in enumerate(refs):
        stop = refs[k + 1] if k + 1 < len(refs) else len(lines)
        m = _ITEM_REF.search(lines[r].text[:_PROBE])
        assert m is not None
        number = m.group("num").rstrip(".")
        at, title = _numbered_heading_near(lines, r, stop, number)
        if at is None:
            at, title = r, _page_title(lines, r)
            start = r + 1
        else:
            start = at + 1
        blocks.append(
            ItemBlock(
                number=number, title=_final(title), heading=lines[at], body=list(lines[start:stop])
            )
        )
    return lines[: refs[0] + 1], blocks


def _numbered_heading_near(
    lines: list[Line], r: int, stop: int, number: str
) -> tuple[int | None, str]:
    for j in range(r + 1, min(stop, r + 4)):
        m = _WITH_TITLE.match(lines[j].text[:_PROBE])
        if m and m.group("num").rstrip(".") == number:
            title, _ = headings.title_and_rest(m.group("title"))
            return j, title
    return None, ""


def _page_title(lines: list[Line], r: int) -> str:
    for j in range(r - 1, -1, -1):
        text = lines[j].text
        if not _PAGE_KIND.match(text) and not _META_FIELD.match(text):
            return text
    return lines[r].text


def _block(lines: list[Line], at: int, number: str | None, title: str, stop: int) -> ItemBlock:
    return ItemBlock(
        number=number, title=_final(title), heading=lines[at], body=list(lines[at + 1 : stop])
    )


def _final(title: str) -> str:
    """The title as printed, without the full stop some minutes put after it."""
    return title[:-1].rstrip() if title.endswith(".") and not title.endswith("..") else title


# --------------------------------------------------------------------------- unnumbered items


def _unnumbered(ctx: ParseContext, lines: list[Line]) -> tuple[list[Cand], bool]:
    """Unnumbered headings: with an agenda cue ("Minutes:", a table row, "To receive ..."),
    else plain headings over sentences, when a document has at least two of them. The flag
    says whether the headings had cues."""
    found: list[Cand] = []
    plain: list[Cand] = []
    for i, ln in enumerate(lines):
        nxt = _next_cue(lines, i)
        row_start = (
            ln.no > 1 and _TABLE_ROW_RULE.match(ctx.raw(ln.no - 1).strip() or "x") is not None
        )
        title = headings.unnumbered_heading(ln.text[:_PROBE], nxt, row_start)
        if title is not None:
            if (
                found
                and found[-1].idx == i - 1
                and not found[-1].rest
                and _AGENDA_TEXT.match(title)
            ):
                continue  # the agenda text under a heading on its own line ("To receive ...")
            rest = ln.text[len(title) :].strip() if ln.text.startswith(title) else ""
            found.append(Cand(i, i + 1, None, title, "none", (0,), "none", 1.0, rest))
            continue
        nxt_line = lines[i + 1].text[:_PROBE] if i + 1 < len(lines) else ""
        title = headings.plain_heading(ln.text[:_PROBE], nxt_line)
        if title is not None:
            plain.append(Cand(i, i + 1, None, title, "none", (0,), "none", 1.0))
    if found:
        return found, True
    return (plain if len(plain) >= 2 else []), False


def _next_cue(lines: list[Line], i: int) -> str:
    """The line after ``i``, or the "Minutes:" line a wrapped agenda text leads to.

    The agenda text under a heading may wrap onto a few lines (each continuing the sentence,
    so starting in lowercase) before "Minutes:" follows."""
    for j in range(i + 1, min(i + 5, len(lines))):
        text = lines[j].text[:40]
        if text.startswith(("Minutes:", "Decision:")):
            return text
        if not (text[:1].islower() or _AGENDA_TEXT.match(text)):
            break
    return lines[i + 1].text[:40] if i + 1 < len(lines) else ""

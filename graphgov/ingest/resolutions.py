"""Resolved clauses of an item: one per clause, with or without a RESOLVED heading.

A clause counts when it sits under a resolution marker or carries one:

* headings on their own line: "RESOLVED", "Resolved:", "DECISION", "Decision:", "AGREED",
  "It was resolved to:", "The Committee resolved:";
* inline markers: "RESOLVED – That ...", "RESOLVEDthat ...", "It was RESOLVED that ...",
  "Resolved (by 7 votes to 0) to elect ...", "the Council RESOLVED to elect ...",
  "AGREED to approve ...", "It was (also) (unanimously) agreed that/to ...";
* "The Board APPROVED / NOTED ...", "Decision: The Commissioner approved ...", "the following
  resolution was adopted:";
* motions: "Moved Cr A, Seconded Cr B" (after a "RESOLUTION 2024/45" heading or not) with
  "That ..." / "AND THAT ..." or labelled clauses, counted when "CARRIED" and dropped when
  "LOST" / "Defeated" (a bare motion without a marker counts only when carried);
* numbered "That ..." / "To ..." / "Agreed ..." clauses closing an item (pages often lose the
  "Resolved:" label above them), or one unlabelled closing "That ... be ..." clause.

Under a heading, labelled clauses (1., (a), A) count one each; sub-points of another label
style ((i), (ii) inside a lettered clause), bullets and wrapped lines do not. An intro
("RESOLVED that ... as follows:-") counts once only if no clause follows it. Issue pages
repeat the clauses under "Decision:" and again in the minutes: a labelled clause whose label
and text were already counted is not counted again. "Decision:" followed by narrative
("Apologies were received ...") is not a resolution, nor is narrative without a marker.
"It was agreed that ..." counts only in items that record no formal resolution.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from graphgov.ingest import resolution_patterns as pat
from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.minutes import Evidence, Resolution

#: Resolution markers are looked for in this much of a line; clauses are cut to this length.
_PROBE = 20_000
_TEXT_LIMIT = 400
#: No item resolves more than this; text that seems to is not minutes.
_MAX_CLAUSES = 200


@dataclass
class _Clause:
    line: Line
    text: str
    label: str | None = None
    soft: bool = False  # "it was agreed that ...": a decision only where no formal one is recorded


@dataclass
class _Collector:
    """The clauses found so far in one item, with the state of the block being read."""

    clauses: list[_Clause] = field(default_factory=list)
    active: bool = False  # reading the clauses under a heading or an intro
    weak: bool = False  # under "Decision:": only clause-shaped lines count
    style: str | None = None  # label style of the block's top-level clauses
    last: str | None = None  # label of the last top-level clause
    intro: _Clause | None = None  # "RESOLVED that ... as follows:" awaiting its clauses
    got: int = 0  # clauses taken in the current block
    seen: dict[str, list[str]] = field(default_factory=dict)  # label -> starts of its clauses
    mark: int = 0  # where the current block's clauses start (a lost motion drops them)
    motion: bool = False  # a motion with no resolution marker: it counts only if carried
    unfinished: bool = False  # the last clause line did not end its sentence
    pending: list[_Clause] = field(default_factory=list)  # "That ..." before its mover

    def carry_pending(self) -> None:
        """A motion carried without clauses of its own takes those written before it."""
        if self.pending and (not self.active or self.motion and self.got == 0):
            clauses = self.pending[1:] if len(self.pending) > 1 else self.pending
            if not self.active:
                self.open(weak=False, motion=True)
            self.intro = None
            for clause in clauses:
                self.take(clause)

    def open(self, weak: bool, intro: _Clause | None = None, motion: bool = False) -> None:
        self.close()
        self.active, self.weak, self.intro, self.got = True, weak, intro, 0
        self.style = self.last = None
        self.mark, self.motion, self.unfinished = len(self.clauses), motion, False

    def close(self, carried: bool = False) -> None:
        if self.active and self.got == 0 and self.intro is not None:
            self.clauses.append(self.intro)
        if self.active and self.motion and not carried:
            del self.clauses[self.mark :]  # a motion whose outcome the text does not give
        self.active, self.intro, self.motion = False, None, False

    def discard(self) -> None:
        """The motion being read was lost, defeated or withdrawn."""
        if self.active:
            del self.clauses[self.mark :]
        self.active, self.intro, self.motion = False, None, False

    def take(self, clause: _Clause) -> None:
        self.got += 1
        self.unfinished = pat.UNFINISHED.search(clause.text) is not None
        if clause.label is not None:
            start = _fold(clause.text)[:30]
            earlier = self.seen.setdefault(clause.label.lower(), [])
            # a repeat (possibly cut short) of a clause already counted under this label; only
            # the last few are compared, which is all a repeated decision block needs
            if any(_same_start(s, start) for s in earlier[-8:]):
                return
            earlier.append(start)
        self.clauses.append(clause)


def find_resolutions(ctx: ParseContext, block: ItemBlock) -> list[Resolution]:
    """One :class:`Resolution` per resolved clause of the item, with its evidence."""
    clauses = _clauses(block.body)
    if any(not c.soft for c in clauses):
        # Minutes that record decisions formally (RESOLVED, Decision:) use "it was agreed"
        # for points of discussion ("It was agreed that this would be done").
        clauses = [c for c in clauses if not c.soft]
    closing = _closing_clauses(block.body)
    closing_lines = {c.line.no for c in closing}
    if len(closing) > len(clauses) and all(c.line.no in closing_lines for c in clauses):
        clauses = closing  # "1. Agreed that ..." / "2. Noted ...": the run, not just its markers
    if not clauses:
        clauses = [
            _Clause(ln, block.title)
            for ln in block.body
            if pat.RECOMMENDATION_AGREED.match(ln.text)
        ][:1]
    if not clauses:
        clauses = _closing_sentence(block.body)
    out = []
    quotes: dict[tuple[int, str], Evidence] = {}  # a long line quoted once per needle
    for c in clauses[:_MAX_CLAUSES]:
        text = (
            pat.LEADING_MARKER.sub("", c.text[:_TEXT_LIMIT]).strip() or c.text[:_TEXT_LIMIT].strip()
        )
        key = (c.line.no, text[:60])
        if key not in quotes:
            quotes[key] = ctx.evidence(c.line.no, text[:60])
        out.append(Resolution(text=text, evidence=quotes[key], number=c.label))
    return out


def _clauses(body: list[Line]) -> list[_Clause]:
    col = _Collector()
    texts = _prepared(body)
    for k, ln in enumerate(body):
        text = texts[k]
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if pat.HEADING.match(text) or pat.NUMBERED_HEADING.match(text):
            col.open(weak=pat.WEAK_HEADING.match(text) is not None)
            continue
        if pat.STOP.match(text):
            col.close()
            continue
        outcome = pat.OUTCOME.match(text) if len(text) < 120 else None
        if outcome:
            if outcome.group("amendment") or outcome.group("amended"):
                continue  # the motion itself is still to be decided
            if outcome.group("v").lower() == "carried":
                col.carry_pending()
                col.close(carried=True)
            else:
                col.discard()
            col.pending = []
            continue
        if col.active and col.style is not None and pat.LABEL.match(text):
            _read_clause_line(col, ln, text)  # "b) AGREED that ...": a clause of the list
            continue
        inline = _inline(ln, text)
        if inline:
            _take_inline(col, inline, nxt)
            continue
        if pat.MOVER.match(text) or pat.SECONDER.match(text):
            _read_motion_line(col, ln, text)
            continue
        if pat.SKIP.match(text):
            continue
        intro = _intro_before_labels(text, nxt)
        if intro is not None:
            col.open(weak=intro == "", intro=_Clause(ln, intro) if intro else None)
            continue
        if col.active:
            _read_clause_line(col, ln, text)
        else:
            _remember(col, ln, text)
    col.close()
    return col.clauses


def _remember(col: _Collector, ln: Line, text: str) -> None:
    """Outside a block, a motion's "That ..." clauses written before its mover ("That Council
    adopt the budget." / "Moved Cr A, Seconded Cr B" / "CARRIED") wait for its outcome."""
    if pat.AND_THAT.match(text) and text[:2] != "To":
        if not text.upper().startswith("AND") or col.pending:
            col.pending.append(_Clause(ln, text))
        return
    m = pat.LABEL.match(text)
    if m and col.pending and pat.INTRO_END.search(col.pending[0].text):
        label = m.group("a") or m.group("b") or m.group("c")
        col.pending.append(_Clause(ln, m.group("rest"), label))
        return
    if not (text[:1].islower() or col.pending and pat.UNFINISHED.search(col.pending[-1].text)):
        col.pending = []  # narrative: what came before was no motion


def _prepared(body: list[Line]) -> list[str]:
    """The lines' text as the clause reader needs it: "It was" / "resolved that ..." wrapped
    over two lines joined at the marker; "A Adopt ..." / "B Request ..." (letters with one
    space, in sequence) marked as labels."""
    texts = [ln.text[:_PROBE] for ln in body]
    for k in range(len(texts) - 1):
        if pat.IT_WAS_END.search(texts[k][-40:]) and pat.MARKER_START.match(texts[k + 1]):
            texts[k + 1] = "It was " + texts[k + 1]
    letters: dict[int, str] = {}
    for k, text in enumerate(texts):
        m = pat.SPACED_LETTER.match(text)
        if m:
            letters[k] = m.group(1)
    for k, letter in letters.items():
        before = any(letters.get(j) == chr(ord(letter) - 1) for j in range(k - 4, k))
        after = any(letters.get(j) == chr(ord(letter) + 1) for j in range(k + 1, k + 5))
        if (letter == "A" and after) or (letter != "A" and before):
            texts[k] = f"{letter}  {texts[k][2:]}"
    return texts


def _read_motion_line(col: _Collector, ln: Line, text: str) -> None:
    """ "Moved Cr Ayr, Seconded Cr Pike [that ...]": a new motion (unless a resolution heading
    just opened the block), with its clause if the line ends with one."""
    if pat.MOVER.match(text) and not (col.active and col.got == 0 and not col.motion):
        col.open(weak=False, motion=True)
    m = pat.MOTION_THAT.search(text)
    if m is None or not col.active:
        return
    clause = _Clause(ln, text[m.start() + 1 :])
    if pat.INTRO_END.search(clause.text):
        col.intro = clause  # "... that Council:" / "1. Endorse ..." / "2. Receive ..."
    else:
        col.take(clause)


def _intro_before_labels(text: str, nxt: str) -> str | None:
    """An intro whose clauses are labelled on the lines after it: "DECISIONS: The Cabinet
    Member" / "(1) approved ..." gives "The Cabinet Member"; "The Board:" / "a) APPROVED ..."
    gives "" (no clause of its own)."""
    if not _first_label(nxt):
        return None
    if pat.BODY_INTRO.match(text):
        return ""
    m = pat.DECISION_INLINE.match(text)
    if m and pat.UNFINISHED.search(m.group("rest")) and len(m.group("rest").split()) <= 8:
        return m.group("rest")
    return None


def _first_label(text: str, roman: bool = True) -> bool:
    """Whether the line opens a labelled list: "1.", "(a)", "A  ", or (``roman``) "(i)"; "(i)"
    after an intro that breaks off mid-sentence is a sub-point of that one clause."""
    m = pat.LABEL.match(text)
    label = m and (m.group("a") or m.group("b") or m.group("c"))
    return label in pat.FIRST_LABELS and (roman or label != "i")


def _take_inline(col: _Collector, found: list[_Clause], nxt: str = "") -> None:
    """Inline markers: each counts once; an intro that ends "as follows:" (or breaks off
    before labelled clauses: "Resolved: That the Panel" / "(a) ...") waits for clauses."""
    under_heading = col.active and col.got == 0 and col.intro is None
    col.motion = False  # "Proposed by ... / AGREED - that ...": the marker records the outcome
    for k, clause in enumerate(found):
        last = k == len(found) - 1
        labelled = pat.MARKER_THEN_LABEL.match(clause.text)
        if last and labelled:
            # "RESOLVED: 1. To approve the minutes." opens a numbered list of clauses
            label = labelled.group("label")
            col.open(weak=False)
            col.style, col.last = _style(label, None, None), label
            col.take(_Clause(clause.line, labelled.group("rest"), label))
            return
        if last and (
            pat.INTRO_END.search(clause.text)
            or pat.UNFINISHED.search(clause.text)
            and _first_label(nxt, roman=False)
        ):
            if under_heading:
                col.intro = clause
            else:
                col.open(weak=False, intro=clause)
            return
        col.take(clause)
    col.close()


def _read_clause_line(col: _Collector, ln: Line, text: str) -> None:
    m = pat.LABEL.match(text)
    if m:
        label = m.group("a") or m.group("b") or m.group("c")
        style = _style(label, col.style, col.last)
        rest = m.group("rest")
        if col.style is None:
            if col.weak and not _clause_shaped(rest):
                col.close()
                return
            col.style = style
        if style == col.style:
            col.last = label
            col.take(_Clause(ln, rest, label))
        return
    bullet = pat.BULLET.match(text)
    if bullet and col.style in (None, "bullet"):
        rest = text[bullet.end() :]
        if _clause_shaped(rest) and (col.style == "bullet" or col.got == 0):
            col.style = "bullet"  # "RESOLVED:" / "• That ..." / "• That ...": one each
            col.take(_Clause(ln, rest))
        return
    if bullet or text[:1].islower() or col.style is not None:
        if not bullet:
            col.unfinished = pat.UNFINISHED.search(text) is not None
        return  # a sub-point or a wrapped line of the clause above
    if col.got > 0 and col.unfinished and not pat.AND_THAT.match(text):
        col.unfinished = pat.UNFINISHED.search(text) is not None
        return  # "... to Maritime Pipe &" / "Civil Ltd. in the amount of ...": wrapped
    if col.got == 0 and (not col.weak or _clause_shaped(text)):
        if col.intro is None and pat.INTRO_END.search(text):
            col.intro = _Clause(ln, text)  # "That the Board:" / "a) ..." / "b) ..."
            return
        if col.intro is None or pat.CLAUSE_START.match(text):
            col.take(_Clause(ln, text))  # under an intro, only clauses ("That ...") count
            return
    if col.got > 0 and pat.AND_THAT.match(text):
        col.take(_Clause(ln, text))
        return
    col.close()


def _inline(ln: Line, text: str) -> list[_Clause]:
    """Clauses a line carries with their own marker ("RESOLVED that ...", "It was agreed to")."""
    if not any(word in text for word in pat.MARKER_WORDS):
        return []  # most lines: nothing to look for
    starts = sorted(
        {m.start() for m in pat.STRONG_INLINE.finditer(text)}
        | {m.start() for m in pat.LEADING_INLINE.finditer(text)}
        | {m.start() for m in pat.IT_WAS.finditer(text)}
        | {m.start() for m in pat.BODY_DECIDED.finditer(text)}
        | {m.start() for m in pat.BODY_CAPS.finditer(text)}
        | {m.start() for m in pat.RESOLUTION_ADOPTED.finditer(text)}
    )
    soft = {m.start() for m in pat.IT_WAS.finditer(text) if m.group(1) == "agreed"} | {
        m.start() for m in pat.BODY_DECIDED.finditer(text) if m.group(1) != "resolved"
    }
    found = []
    last_end = -1
    for s in starts:
        if s < last_end:
            continue  # "It was RESOLVED": one marker, found by two patterns
        nxt = bisect.bisect_right(starts, s + 12)
        seg_end = starts[nxt] if nxt < len(starts) else len(text)
        found.append(_Clause(ln, text[s:seg_end].strip(), soft=s in soft))
        last_end = seg_end
    if not found:
        m = pat.DECISION_INLINE.match(text)
        if m and _clause_shaped(m.group("rest")):
            found.append(_Clause(ln, m.group("rest")))
    return [part for clause in found for part in _split_inline_labels(clause)]


def _clause_shaped(text: str) -> bool:
    """Reads as a decision: "That ...", "Approved.", "The Cabinet agreed to ...", "The
    Commissioner approved ...", "Trustees approved ..."."""
    return (
        pat.CLAUSE_START.match(text) is not None
        or pat.BODY_DECIDED.search(text[:80]) is not None
        or pat.ACTOR_DECIDED.match(text) is not None
    )


def _split_inline_labels(clause: _Clause) -> list[_Clause]:
    """ "RESOLVED – (1) that X; and (2) that Y." holds two clauses."""
    marks = list(pat.INLINE_LABEL.finditer(clause.text))
    labels = [m.group(1) for m in marks]
    if len(marks) < 2 or labels[0] not in {"1", "a", "i"} or len(set(labels)) != len(labels):
        return [clause]
    parts = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(clause.text)
        text = clause.text[m.end() : end].strip()
        parts.append(_Clause(clause.line, text, m.group(1), clause.soft))
    return parts


def _closing_clauses(body: list[Line]) -> list[_Clause]:
    """Numbered "That ..." / "To ..." clauses that end an item without a RESOLVED heading."""
    run: list[_Clause] = []
    style: str | None = None
    tail = 0  # wrapped lines after the last clause ("... bring a plan to" / "the June meeting.")
    for ln in reversed(body):
        m = pat.LABEL.match(ln.text[:_PROBE])
        if m is None:
            if run and (ln.text[:1].islower() or pat.BULLET.match(ln.text)):
                continue  # wrapped line or sub-point inside the run
            if not run and ln.text[:1].islower() and tail < 3:
                tail += 1
                continue
            if run or not ln.text.startswith(("(Reference", "Reference:", "(Ref")):
                if run:
                    break
                return []
            continue
        label = m.group("a") or m.group("b") or m.group("c")
        s = _style(label, style, None)
        if style is not None and s != style:
            continue
        if not pat.CLAUSE_START.match(m.group("rest")):
            return []
        style = s
        run.append(_Clause(ln, m.group("rest"), label))
    run.reverse()
    if not run or run[0].label is None or run[0].label.lower() not in {"1", "a", "i"}:
        return []
    return run


def _closing_sentence(body: list[Line]) -> list[_Clause]:
    """One unlabelled "That ... be ..." (or, after the item's discussion, "To recommend /
    approve ...") clause that ends an item whose "Resolved:" label the page lost."""
    k = len(body) - 1
    while k > 0 and k >= len(body) - 2 and pat.MEETING_CLOSED.match(body[k].text):
        k -= 1
    last = k
    while k > 0 and k >= last - 2 and body[k].text[:1].islower():
        k -= 1  # the clause's wrapped lines
    if k < 0 or pat.REFERENCE_END.match(body[k].text):
        return []
    text = body[k].text[:_PROBE]
    prev = body[k - 1].text if k > 0 else ""
    if pat.RECOMMENDATION_LABEL.search(prev[-60:]) or pat.RECOMMENDED_START.match(prev):
        return []  # an agenda's "Recommendation:" / "That ...": proposed, not resolved
    if pat.CLOSING_THAT.match(text) or k > 0 and pat.CLOSING_TO.match(text):
        return [_Clause(body[k], text)]
    return []


def _style(label: str, current: str | None, last: str | None) -> str:
    """ "num", "lower", "upper" or "roman"; "i" is a letter only right after "h"."""
    if label.isdigit():
        return "num"
    letters = "lower" if label.islower() else "upper"
    if label.lower() in pat.ROMAN:
        follows = (
            len(label) == 1 and last is not None and len(last) == 1 and ord(label) - ord(last) == 1
        )
        if current != letters or not follows:
            return "roman"
    return letters


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _same_start(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]

"""The sequence search over item-heading candidates: which numbered lines are the items.

Numbers also start clauses, list points and paragraphs, so :mod:`graphgov.ingest.items` keeps
the heaviest *sequence* of candidates: numbers that go up by small steps (4, 4a, 5, 7),
decimals (2.1, 2.2) or references of one shape (SC/35/2018, SC/36/2018), and sub-items
("6.1", "9.1.1") under the items they belong to. Every search here is linear in the number
of candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graphgov.ingest import headings
from graphgov.ingest.document import Line

#: How far back the sequence search looks for a predecessor (keeps it linear).
LOOKBACK = 25
#: Largest jump between consecutive item numbers (minutes skip confidential items).
MAX_STEP = 10

_DECIMAL_START = re.compile(r"^(\d{1,3})\.\d{1,3}\s+\S")


@dataclass(frozen=True)
class Cand:
    """A line that could head an item."""

    idx: int  # index of the heading line in the lines list
    end: int  # index of the first line after the heading (title may be on a later line)
    number: str | None
    title: str
    kind: str  # "int", "dec", "code" or "none"
    key: tuple[int, ...]
    shape: str
    weight: float
    rest: str = ""  # text after the title on the heading line (goes to the body)


def dec_step(a: Cand, b: Cand) -> bool:
    return b.key > a.key and b.key[0] - a.key[0] <= MAX_STEP


def code_step(a: Cand, b: Cand) -> bool:
    return b.number != a.number


def best_chain(cands: list[Cand], step: Callable[[Cand, Cand], bool]) -> list[Cand]:
    """The heaviest sequence of candidates, each a plausible successor of the one before.

    Ties go to the later sequence and the nearest predecessor: a document that lists its
    agenda before the minutes repeats the numbers, and the minutes are the items."""
    score = [c.weight for c in cands]
    back = [-1] * len(cands)
    for j, cj in enumerate(cands):
        best = 0.0
        for i in range(max(0, j - LOOKBACK), j):
            if score[i] >= best and step(cands[i], cj):
                best, back[j] = score[i], i
        score[j] += best
    return _trace(cands, score, back)


def best_int_chain(cands: list[Cand]) -> list[Cand]:
    """:func:`best_chain` for item numbers (4, 4a, 5, ...), with no limit on how far back a
    predecessor may be (an item may hold any number of numbered points): the best chain
    ending at each number so far is kept by number, so each candidate looks up at most
    ``MAX_STEP`` numbers (and the letters of its own)."""
    by_key: dict[tuple[int, ...], tuple[float, int]] = {}  # (4, 1) for "4a" -> (score, index)
    by_number: dict[int, tuple[float, int]] = {}  # 4 -> the best of 4, 4a, 4b ...
    score = [0.0] * len(cands)
    back = [-1] * len(cands)
    for j, c in enumerate(cands):
        n, letter = c.key
        found = [by_number.get(m) for m in range(max(0, n - MAX_STEP), n)]
        found += [by_key.get((n, t)) for t in range(letter)]
        best, at = max((f for f in found if f is not None), default=(0.0, -1))
        score[j], back[j] = c.weight + best, at
        # ties go to the later candidate (the minutes after an agenda listing the same items)
        if score[j] >= by_key.get(c.key, (-1.0, -1))[0]:
            by_key[c.key] = (score[j], j)
        if score[j] >= by_number.get(n, (-1.0, -1))[0]:
            by_number[n] = (score[j], j)
    return _trace(cands, score, back)


def _trace(cands: list[Cand], score: list[float], back: list[int]) -> list[Cand]:
    if not cands:
        return []
    j = max(range(len(cands)), key=lambda k: (score[k], k))
    chain = []
    while j >= 0:
        chain.append(cands[j])
        j = back[j]
    return chain[::-1]


def with_sub_items(lines: list[Line], chain: list[Cand], decimals: list[Cand]) -> list[Cand]:
    """Add "6.1", "6.2" (and "9.1.1") headings that sit under item 6 and read as headings
    themselves. Under an item whose decimals number its paragraphs ("3.1 The Treasurer
    presented ...", "3.2 Members asked ...": more sentences than headings), none is."""
    if not decimals or not chain:
        return chain
    out: list[Cand] = []
    d = 0  # both lists are in document order: one pass over each
    for k, c in enumerate(chain):
        out.append(c)
        stop = chain[k + 1].idx if k + 1 < len(chain) else len(lines)
        while d < len(decimals) and decimals[d].idx <= c.idx:
            d += 1
        subs: list[Cand] = []
        last: tuple[int, ...] = ()
        while d < len(decimals) and decimals[d].idx < stop:
            sub = decimals[d]
            d += 1
            if (
                sub.key[0] == c.key[0]
                and sub.key[1:] > last
                and headings.heading_like(sub.title, wide=True, strict=True)
            ):
                subs.append(sub)
                last = sub.key[1:]
        if subs and not _numbered_paragraphs(lines, c, stop, {s.idx for s in subs}):
            out.extend(subs)
    return out


def _numbered_paragraphs(lines: list[Line], item: Cand, stop: int, subs: set[int]) -> bool:
    """Whether more lines under ``item`` numbered like its sub-items are sentences ("3.2
    Members asked ...", "3.3 RESOLVED that:") than read like headings: then the decimals
    number paragraphs."""
    others = 0
    for i in range(item.end, stop):
        m = _DECIMAL_START.match(lines[i].text[:12])
        if m and int(m.group(1)) == item.key[0] and i not in subs:
            others += 1
    return others > len(subs)

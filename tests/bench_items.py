"""Benchmark (not a unit test): item splitting and resolution counting stay linear in the size
of the text. Run with ``.venv/bin/pytest -m bench tests/bench_items.py -s``.

Fictional minutes with numbered items, sub-items, numbered paragraphs, motions and labelled
resolutions are generated at growing sizes (one meeting, so nothing splits the work); the
lines are cleaned, split into items and every item's resolutions counted. The time per
megabyte must not grow with the size (a quadratic pass would double it at each doubling).
"""

from __future__ import annotations

import time

import pytest

from graphgov.ingest.clean import clean_lines
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import TextDocument
from graphgov.ingest.items import split_items
from graphgov.ingest.resolutions import find_resolutions
from graphgov.model.vocab import DocFormat

pytestmark = pytest.mark.bench

MB = 1 << 20

ITEM = """{n}\tHARBOUR WORKS PROGRAMME {n}
{n}.1\tQuay Wall Repairs
The Harbour Master presented the report on the repairs to the quay wall at Larkhaven and
the costs of the temporary moorings for the fishing fleet during the works.
Moved Cr Ayr, Seconded Cr Pike
That the Board:
1. Approve the repair programme;
2. Request a further report in {n} weeks.
CARRIED
{n}.2\tVisitor Berths
Members asked about the charges for visitor berths.
RESOLVED:
(a) That the charges be increased by 3%; and
(b) That the Finance Manager report back, including:
(i) the income forecast; and
(ii) the occupancy figures.
"""


def _minutes(size: int) -> str:
    parts = ["Larkhaven Harbour Board\nMinutes of the meeting held on 4 March 2027\n"]
    n, total = 1, 0
    while total < size:
        part = ITEM.format(n=n)
        parts.append(part)
        total += len(part)
        n += 1
    return "".join(parts)


def _parse(text: str) -> int:
    doc = TextDocument(path="b.txt", sha256="0" * 64, format=DocFormat.TEXT, text=text)
    ctx = ParseContext(doc)
    _, blocks = split_items(ctx, clean_lines(ctx))
    return sum(len(find_resolutions(ctx, b)) for b in blocks)


def test_items_and_resolutions_parse_in_linear_time(capsys: pytest.CaptureFixture[str]) -> None:
    rates = []
    for size in (MB // 4, MB // 2, MB):
        text = _minutes(size)
        start = time.perf_counter()
        count = _parse(text)
        seconds = time.perf_counter() - start
        rates.append(seconds / (len(text) / MB))
        with capsys.disabled():
            print(f"\n[bench] items+resolutions {len(text) / MB:.2f} MB: {seconds:.2f} s "
                  f"({rates[-1]:.2f} s/MB, {count} resolutions)")
        assert count > 0
    assert rates[-1] < 2.5 * rates[0] + 0.5

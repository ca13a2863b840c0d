"""Benchmark (not a unit test): ingesting into the store stays near-linear in the documents.
Run with ``make bench`` or ``.venv/bin/pytest -m bench tests/bench_ingest.py -s``.

Synthetic minutes (fictional names from a pool, so people recur across documents as in a real
council) are ingested at growing batch sizes through the real store (build, resolve, merge,
save); extraction is replaced by a function returning the prepared Minutes, so only graphgov's
own graph work is timed. The time per document must not grow like the batch (quadratic work
would double it at each doubling). A re-ingest of an unchanged batch must be much faster.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import pytest

from graphgov.graph.ingestion import ingest_files
from graphgov.model.minutes import (
    ActionPoint,
    Attendee,
    Evidence,
    Item,
    Meeting,
    Minutes,
    PersonRef,
    Resolution,
    SourceInfo,
)
from graphgov.model.vocab import Capacity, DocFormat, Status

pytestmark = pytest.mark.bench

FIRST = ["Ada", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"]
LAST = ["Abbot", "Birch", "Cole", "Dunn", "Eyre", "Frost", "Gale", "Hart", "Ives", "Judd",
        "Kerr", "Lowe", "Moss", "Nash", "Owen", "Pike", "Quill", "Reed", "Shaw", "Tate"]


def synthetic(path: Path, n: int) -> Minutes:
    ev = Evidence(1, "line")
    people = [f"{FIRST[(n + i) % 10]} {LAST[(n * 3 + i) % 20]}" for i in range(12)]
    attendees = tuple(
        Attendee(name, f"Post {i % 7}", Capacity.MEMBER if i < 8 else Capacity.OFFICER,
                 Status.PRESENT, Evidence(10 + i, name), chair=i == 0)
        for i, name in enumerate(people))
    items = tuple(
        Item(str(k), f"Item {k} of meeting {n}", Evidence(40 + k, f"{k}. Item"),
             presenters=(PersonRef(people[8 + k % 4], None, ev),),
             resolutions=(Resolution("That the report be noted.", ev),),
             actions=(ActionPoint(PersonRef(people[k].split()[1], None, ev), "Do it", ev),))
        for k in range(6))
    meeting = Meeting("Borough of Benchmark", f"Committee {n % 5}", dt.date(2020, 1, 1)
                      + dt.timedelta(days=n), ev, attendees=attendees, items=items)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return Minutes(SourceInfo(str(path), sha, DocFormat.TEXT), (meeting,))


def _batch(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(count):
        f = folder / f"{n:05d}.txt"
        f.write_text(str(n))
        files.append(f)
    return files


def _extract(path: Path) -> Minutes:
    return synthetic(path, int(path.stem))


def test_ingest_time_per_document_stays_flat(tmp_path: Path) -> None:
    rates = []
    for count in (100, 200, 400, 800):
        files = _batch(tmp_path / f"docs{count}", count)
        start = time.perf_counter()
        report = ingest_files(files, tmp_path / f"store{count}", _extract)
        took = time.perf_counter() - start
        assert report.count("ingested") == count
        rates.append(took / count)
        again = time.perf_counter()
        assert ingest_files(files, tmp_path / f"store{count}", _extract).count("unchanged") == count
        print(f"\n{count:5d} documents: {took:6.2f} s ({1000 * took / count:5.1f} ms/doc); "
              f"unchanged re-ingest {time.perf_counter() - again:5.2f} s")
    assert rates[-1] < 3 * rates[0], f"time per document grew: {rates}"

"""Benchmarks (not unit tests): ``graphgov review`` and ``graphgov quality`` on a 10,000-meeting
graph. Run with ``make bench`` or ``.venv/bin/pytest -m bench tests/bench_review_quality.py -s``.

Both walk the whole graph once and index what they compare (HOLDS evidence by document and
date; people by surname and first names), so their time grows with the graph, not with its
square. Timings are printed (run with ``-s``).
"""

from __future__ import annotations

import os
import time

import networkx as nx
import pytest

from graphgov.quality import meeting_quality
from graphgov.review import review_graph
from tests.graph_fixtures import synthetic_graph

pytestmark = pytest.mark.bench

MEETINGS = int(os.environ.get("GRAPHGOV_BENCH_MEETINGS", "10000"))
#: Seconds per 10,000 meetings; generous so a slow machine passes, tight enough to catch a
#: quadratic walk (which takes minutes at this size).
BUDGET = 20.0 * MEETINGS / 10_000


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return synthetic_graph(MEETINGS)


def test_quality_is_linear(graph: nx.MultiDiGraph) -> None:
    start = time.perf_counter()
    reports = meeting_quality(graph)
    elapsed = time.perf_counter() - start
    print(f"\nquality: {len(reports)} meetings in {elapsed:.2f}s")
    assert len(reports) == MEETINGS
    assert elapsed < BUDGET


def test_review_is_linear(graph: nx.MultiDiGraph) -> None:
    start = time.perf_counter()
    findings = review_graph(graph)
    elapsed = time.perf_counter() - start
    print(f"\nreview: {len(findings)} findings in {elapsed:.2f}s")
    assert elapsed < BUDGET

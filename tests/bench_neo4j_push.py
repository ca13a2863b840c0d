"""Benchmark (not a unit test): preparing a push stays linear in the graph's size.
Run with ``make bench`` or ``.venv/bin/pytest -m bench tests/bench_neo4j_push.py -s``.

``plan_push`` (grouping rows and making every value Neo4j-storable) and a whole push against
the fake driver are timed on synthetic graphs of growing size; the time per row must not
grow with the size. The Neo4j server's own write time is not measured (no server here).
"""

from __future__ import annotations

import time

import pytest
from graph_fixtures import synthetic_graph
from neo4j_fake import FakeDriver

from graphgov.graph.stores.neo4j_statements import plan_push
from graphgov.graph.stores.neo4j_store import push_graph

pytestmark = pytest.mark.bench


def _rate(meetings: int) -> tuple[int, float, float]:
    graph = synthetic_graph(meetings)
    start = time.perf_counter()
    rows = plan_push(graph).total_rows
    plan_s = time.perf_counter() - start
    start = time.perf_counter()
    report = push_graph(FakeDriver(), graph, batch_size=1000)
    push_s = time.perf_counter() - start
    assert report.ok
    return rows, plan_s, push_s


def test_push_preparation_is_linear(capsys: pytest.CaptureFixture[str]) -> None:
    results = [_rate(m) for m in (250, 500, 1000, 2000)]
    with capsys.disabled():
        for rows, plan_s, push_s in results:
            print(f"\n{rows:>8} rows: plan {plan_s:6.2f}s ({plan_s / rows * 1e6:5.1f} us/row), "
                  f"push to fake {push_s:6.2f}s")
    small = results[1][1] / results[1][0]
    large = results[-1][1] / results[-1][0]
    assert large < small * 2.5, "time per row grew with the graph: something is quadratic"

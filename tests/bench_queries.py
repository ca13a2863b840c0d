"""Benchmarks (not unit tests): the stored queries' NetworkX twins on a 10,000-meeting graph.
Run with ``make bench`` or ``.venv/bin/pytest -m bench tests/bench_queries.py -s``.

Queries anchored on a name (a person, a post, a body, an owner) start from the graph index and
walk adjacency, so they must stay fast whatever the graph's size; queries over the whole
register (all actions, all theme owners, brokers) are linear and get a larger budget.
Timings are printed (run with ``-s``).
"""

from __future__ import annotations

import os
import time

import networkx as nx
import pytest

from graphgov.queries import run_query
from tests.graph_fixtures import synthetic_graph

pytestmark = pytest.mark.bench

MEETINGS = int(os.environ.get("GRAPHGOV_BENCH_MEETINGS", "10000"))

ANCHORED = [
    ("person", {"name": "Person 0001"}),
    ("co-attendance", {"name": "Person 0003"}),
    ("post-holders", {"post": "Director of ICT 2"}),
    ("post-holders", {"post": "director of ict 2", "date": "2010-06-01"}),
    ("actions", {"owner": "Person 0002"}),
    ("path", {"from": "Person 0001", "to": "Person 1400"}),
]
WHOLE = [
    ("body", {"name": "Grants Committee 0"}),
    ("presenters", {"body": "ICT Committee 1"}),
    ("timeline", {"theme": "Housing"}),
    ("theme-owners", {"theme": "Grants"}),
    ("theme-owners", {}),
    ("actions", {}),
    ("brokers", {}),
]


@pytest.fixture(scope="module")
def big() -> nx.MultiDiGraph:
    graph = synthetic_graph(MEETINGS)
    run_query("person", {"name": "Person 0000"}, graph=graph)  # builds the index once
    return graph


def _timed(graph: nx.MultiDiGraph, name: str, params: dict[str, str]) -> float:
    start = time.perf_counter()
    result = run_query(name, params, graph=graph)
    took = time.perf_counter() - start
    print(f"{name:14} {params!s:58} {len(result.rows):7} rows {took:7.3f} s")
    assert result.rows
    return took


@pytest.mark.parametrize(("name", "params"), ANCHORED, ids=[n for n, _ in ANCHORED])
def test_anchored_queries_stay_fast(big: nx.MultiDiGraph, name: str,
                                    params: dict[str, str]) -> None:
    assert _timed(big, name, params) < 0.5


@pytest.mark.parametrize(("name", "params"), WHOLE, ids=[n for n, _ in WHOLE])
def test_register_queries_stay_linear(big: nx.MultiDiGraph, name: str,
                                      params: dict[str, str]) -> None:
    assert _timed(big, name, params) < 10.0

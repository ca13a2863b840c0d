"""Live Neo4j suite: ``GRAPHGOV_NEO4J_URI=bolt://host:7687 pytest -m neo4j tests/live``.

Skipped unless GRAPHGOV_NEO4J_URI is set. Credentials come from NEO4J_USERNAME /
NEO4J_PASSWORD, the database from GRAPHGOV_NEO4J_DATABASE (else NEO4J_DATABASE, else the
server's default). Point it at a DISPOSABLE database: the suite deletes everything in it,
pushes the fictional fixture graph, pushes it again (nothing may change), then runs every
stored query on both backends and asserts the answers are equal.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphgov.config import Neo4jSettings, neo4j_settings
from graphgov.graph.stores.neo4j_store import connect, graph_counts, push_graph, run_cypher

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))  # the shared fixture graph lives in tests/

from graph_fixtures import fixture_graph  # noqa: E402

URI = os.environ.get("GRAPHGOV_NEO4J_URI")

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not URI, reason="GRAPHGOV_NEO4J_URI is not set (live Neo4j suite; "
                                       "point it at a disposable database)"),
]

#: Columns the backends compute differently by design (see the query's description):
#: brokers ranks by betweenness on NetworkX and by the number of bodies on Neo4j (no GDS).
DIFFERS_BY_DESIGN: dict[str, set[str]] = {"brokers": {"score"}}


@pytest.fixture(scope="module")
def settings() -> Neo4jSettings:
    database = os.environ.get("GRAPHGOV_NEO4J_DATABASE") or os.environ.get("NEO4J_DATABASE")
    return neo4j_settings(uri=URI, database=database)


@pytest.fixture(scope="module")
def driver(settings: Neo4jSettings) -> Iterator[Any]:
    with connect(settings) as drv:
        yield drv


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return fixture_graph()


@pytest.fixture(scope="module")
def pushed(driver: Any, settings: Neo4jSettings, graph: nx.MultiDiGraph) -> dict[str, Any]:
    run_cypher(driver, "MATCH (n) DETACH DELETE n", database=settings.database, write=True)
    first = push_graph(driver, graph, database=settings.database, batch_size=50)
    after_first = graph_counts(driver, settings.database)
    second = push_graph(driver, graph, database=settings.database, batch_size=50)
    after_second = graph_counts(driver, settings.database)
    return {"first": first, "second": second, "counts": (after_first, after_second)}


def _expected_counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, attrs in graph.nodes(data=True):
        counts[attrs["label"]] = counts.get(attrs["label"], 0) + 1
    for *_, key, attrs in graph.edges(keys=True, data=True):
        rel = attrs.get("type", key)
        counts[rel] = counts.get(rel, 0) + 1
    return counts


def test_push_writes_the_graph(pushed: dict[str, Any], graph: nx.MultiDiGraph) -> None:
    report = pushed["first"]
    assert report.ok, report.failures
    counts = pushed["counts"][0]
    assert {k: v for k, v in counts.items() if v} == _expected_counts(graph)
    assert all(c.written == c.rows for c in report.counts)


def test_pushing_twice_changes_nothing(pushed: dict[str, Any]) -> None:
    assert pushed["second"].ok
    assert all(c.created == 0 for c in pushed["second"].counts)
    assert pushed["counts"][0] == pushed["counts"][1]


def test_schema_is_in_place(pushed: dict[str, Any], driver: Any,
                            settings: Neo4jSettings) -> None:
    result = run_cypher(driver, "SHOW CONSTRAINTS YIELD name RETURN name",
                        database=settings.database)
    names = {row["name"] for row in result.rows}
    assert {"person_id", "meeting_id", "item_id"} <= names


def _sample_params() -> dict[str, dict[str, str]]:
    try:
        from test_queries import SAMPLE_PARAMS
    except ImportError:
        return {}
    return dict(SAMPLE_PARAMS)


def _normal(rows: list[dict[str, Any]], ignore: set[str]) -> list[str]:
    """Rows as sorted JSON, lists inside cells sorted: equal answers, whatever the order."""
    def cell(value: Any) -> Any:
        if isinstance(value, list):
            return sorted((cell(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    return sorted(json.dumps({k: cell(v) for k, v in row.items() if k not in ignore},
                             sort_keys=True, ensure_ascii=False) for row in rows)


def _query_cases() -> list[tuple[str, dict[str, str]]]:
    from graphgov.queries.registry import load_queries

    samples = _sample_params()
    cases = []
    for name, query in sorted(load_queries().items()):
        params = samples.get(name)
        if params is None:
            if any(p.required for p in query.params):
                continue  # no sample values known for its required parameters
            params = {}
        cases.append((name, params))
    return cases


@pytest.mark.parametrize(("name", "params"), _query_cases(), ids=lambda v: str(v))
def test_named_queries_answer_alike(pushed: dict[str, Any], graph: nx.MultiDiGraph,
                                    settings: Neo4jSettings, name: str,
                                    params: dict[str, str]) -> None:
    from graphgov.queries.runner import run_query

    embedded = run_query(name, params, graph=graph).rows
    live = run_query(name, params, backend="neo4j", settings=settings).rows
    ignore = DIFFERS_BY_DESIGN.get(name, set())
    assert _normal(live, ignore) == _normal(embedded, ignore)

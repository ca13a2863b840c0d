"""Run a stored query by name on the NetworkX store (default) or on Neo4j."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.errors import QueryError
from graphgov.queries.networkx_queries import NETWORKX_QUERIES
from graphgov.queries.registry import StoredQuery, bind_params, get_query

__all__ = ["BACKENDS", "QueryResult", "load_graph", "run_query"]

BACKENDS = ("networkx", "neo4j")


@dataclass(frozen=True, slots=True)
class QueryResult:
    query: StoredQuery
    params: dict[str, Any]
    rows: list[dict[str, Any]]

    @property
    def columns(self) -> tuple[str, ...]:
        return self.query.columns

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def load_graph(store: str | Path | None) -> nx.MultiDiGraph:
    """The embedded store's graph (``--store``, else ``$GRAPHGOV_STORE``, else ``.graphgov``)."""
    from graphgov.graph.stores.networkx_store import NetworkXStore

    return NetworkXStore.open(store, must_exist=True).graph


def _run_networkx(query: StoredQuery, params: dict[str, Any],
                  graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    twin = NETWORKX_QUERIES.get(query.name)
    if twin is None:
        raise QueryError(f"{query.name}: no NetworkX implementation")
    return twin(graph, params)


def _run_neo4j(query: StoredQuery, params: dict[str, Any], settings: Any) -> list[dict[str, Any]]:
    try:
        from graphgov.graph.stores.neo4j_store import connect, run_named_query
    except ImportError:
        raise QueryError("neo4j backend not available") from None
    if settings is None:
        from graphgov.config import neo4j_settings

        settings = neo4j_settings()
    with connect(settings) as driver:
        rows = run_named_query(driver, settings.database, query.cypher, params)
    # Neo4j returns the RETURN columns; keep the declared order (and notice a mismatch).
    return [{c: row.get(c) for c in query.columns} for row in rows]


def run_query(
    name: str,
    params: Mapping[str, object] | None = None,
    *,
    backend: str = "networkx",
    store: str | Path | None = None,
    graph: nx.MultiDiGraph | None = None,
    settings: Any = None,
) -> QueryResult:
    """Check the parameters against the stored query, then run it on the chosen backend.

    ``graph`` runs the NetworkX twin on a graph already in memory instead of loading ``store``;
    ``settings`` (:class:`graphgov.config.Neo4jSettings`) defaults to the ``NEO4J_*`` env."""
    query = get_query(name)
    bound = bind_params(query, params or {})
    if backend == "networkx":
        rows = _run_networkx(query, bound, graph if graph is not None else load_graph(store))
    elif backend == "neo4j":
        rows = _run_neo4j(query, bound, settings)
    else:
        raise QueryError(f"unknown backend {backend!r}; choose {' or '.join(BACKENDS)}")
    return QueryResult(query, bound, rows)

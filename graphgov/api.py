"""Public functions of graphgov. The CLI calls these and only formats their results."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from graphgov.ingest.document import TextDocument
from graphgov.ingest.parse import parse_minutes
from graphgov.ingest.readers import read_document
from graphgov.ingest.sniff import ensure_minutes
from graphgov.ingest.themes import Taxonomy, default_taxonomy
from graphgov.model.minutes import Minutes

if TYPE_CHECKING:
    import networkx as nx

    from graphgov.config import Neo4jSettings
    from graphgov.queries.registry import StoredQuery
    from graphgov.queries.runner import QueryResult as StoredQueryResult


def extract(path: str | Path, taxonomy: Taxonomy | None = None) -> Minutes:
    """Read one document of minutes and return what it records."""
    doc = read_document(path)
    ensure_minutes(doc)  # refuse a novel or a recipe in milliseconds, before the full parse
    return parse_minutes(doc, taxonomy or default_taxonomy())


def read_text(path: str | Path) -> TextDocument:
    """The text graphgov reads from a document (txt, html, pdf, docx); evidence lines refer to
    its lines."""
    return read_document(path)


# --- stored relationship queries (graphgov.queries) ------------------------------------------


def list_queries() -> list[StoredQuery]:
    """Every stored query (name, description, parameters, columns, Cypher), by name."""
    from graphgov.queries.registry import load_queries

    return [q for _, q in sorted(load_queries().items())]


def query(
    name: str,
    params: Mapping[str, object] | None = None,
    *,
    backend: str = "networkx",
    store: str | Path | None = None,
    settings: Neo4jSettings | None = None,
    graph: nx.MultiDiGraph | None = None,
) -> StoredQueryResult:
    """Run the stored query ``name`` on the store (``networkx``) or on Neo4j (``neo4j``).

    Parameters are checked against the query's declaration: an unknown or missing one is a
    QueryError. ``graph`` runs on a graph already in memory. The result iterates over rows."""
    from graphgov.queries.runner import run_query

    return run_query(name, params, backend=backend, store=store, graph=graph, settings=settings)


def theme_owners(
    theme: str | None = None,
    *,
    backend: str = "networkx",
    store: str | Path | None = None,
    settings: Neo4jSettings | None = None,
) -> StoredQueryResult:
    """Who owns which theme (the ``theme-owners`` query), optionally for one theme."""
    return query("theme-owners", {"theme": theme}, backend=backend, store=store,
                 settings=settings)

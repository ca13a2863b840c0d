"""Stored relationship queries: Cypher texts in ``cypher/queries`` and their NetworkX twins."""

from graphgov.queries.registry import Param, StoredQuery, get_query, load_queries
from graphgov.queries.runner import BACKENDS, QueryResult, run_query

__all__ = ["BACKENDS", "Param", "QueryResult", "StoredQuery", "get_query", "load_queries",
           "run_query"]

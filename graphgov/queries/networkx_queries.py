"""The NetworkX twin of every stored query: same name, same parameters, same columns.

Each function takes the in-memory graph and the bound parameters (see
:func:`graphgov.queries.registry.bind_params`) and returns rows as dicts keyed by the query's
columns, in the order the Cypher's ``ORDER BY`` gives (nulls last, as Neo4j sorts ascending).
List-valued cells are sorted here; Neo4j's ``collect`` gives no order, so compare them as sets.
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from graphgov.queries.graph_access import Params, Row
from graphgov.queries.nx_network import brokers, co_attendance, path
from graphgov.queries.nx_profiles import body, person, theme_owners
from graphgov.queries.nx_registers import actions, post_holders, presenters, timeline

__all__ = ["NETWORKX_QUERIES", "NetworkxQuery"]

NetworkxQuery = Callable[[nx.MultiDiGraph, Params], list[Row]]

NETWORKX_QUERIES: dict[str, NetworkxQuery] = {
    "theme-owners": theme_owners,
    "person": person,
    "body": body,
    "actions": actions,
    "presenters": presenters,
    "post-holders": post_holders,
    "path": path,
    "brokers": brokers,
    "co-attendance": co_attendance,
    "timeline": timeline,
}

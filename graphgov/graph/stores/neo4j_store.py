"""The Neo4j store: load the graph into Neo4j 5 and run Cypher against it.

Functions that work on a server receive a ``neo4j.Driver`` (or anything with its API), never a
URI: :func:`connect` is the one place that turns :class:`~graphgov.config.Neo4jSettings` into a
driver and every connection failure into a one-line :class:`Neo4jConnectionError` that names
the address and never the password. The ``neo4j`` package is imported only in here, lazily.

Push policy: constraints and indexes first (``cypher/schema.cypher``, all IF NOT EXISTS), then
nodes per label, then relationships per (type, start label, end label), each in batches of
``batch_size`` rows, one write transaction per batch. A batch that fails with a transient error
(TransientError, SessionExpired, ServiceUnavailable) is retried ``retries`` times with
exponential backoff. A batch that still fails is reported and the push goes on with the next
batch, except when the server is unavailable: then the push stops, since every later batch
would fail the same way. Everything is MERGEd, so running push again completes a partial push.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.config import Neo4jSettings
from graphgov.errors import Neo4jConnectionError, QueryError, StoreError
from graphgov.graph.schema import Label, Rel
from graphgov.graph.stores.neo4j_statements import (
    NodeGroup,
    RelGroup,
    batched,
    count_nodes_statement,
    count_relationships_statement,
    plan_push,
    split_statements,
)

__all__ = [
    "BatchFailure",
    "GroupCount",
    "PushReport",
    "QueryResult",
    "apply_schema",
    "check_read_only",
    "connect",
    "graph_counts",
    "push_graph",
    "run_cypher",
    "run_named_query",
    "schema_path",
    "to_plain",
]

DEFAULT_BATCH_SIZE = 1000
DEFAULT_RETRIES = 3
SUPPORTED_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

#: Called after each batch with (rows in that batch, rows in the whole push).
Progress = Callable[[int, int], None]


# --- connecting ---------------------------------------------------------------------------------


def _quiet_driver_logs() -> None:
    # The driver logs failed connections at WARNING; with no handler configured Python would
    # print them to stderr, breaking the CLI's one-line error. Our errors carry the reason.
    logger = logging.getLogger("neo4j")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def _server_message(exc: BaseException) -> str:
    # An error the server sent has no args and a readable .message (its str() packs code,
    # message and GQL status together); an error raised in the driver has its text in args.
    message = getattr(exc, "message", None)
    if not exc.args and isinstance(message, str) and message:
        return message
    return str(exc) or type(exc).__name__


def _reason(exc: BaseException, secret: str | None) -> str:
    """One line saying why, from a driver exception, with the password scrubbed out."""
    text = _server_message(exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].startswith("Couldn't connect to"):
        text = lines[-1]  # the first line only repeats the address; the last one says why
    found = re.search(r"\(reason ([^)]*)\)?", text)
    if found:
        text = found.group(1)
    text = re.sub(r"\[Errno -?\d+\]\s*", "", text)
    text = re.sub(r"\s*(?:on|from server|to)?\s*ResolvedIPv[46]Address\(\(.*?\)\)", "", text)
    text = re.sub(r"\s*\(deadline [^)]*\)+", "", text)
    line = " ".join(text.split())
    if secret:
        line = line.replace(secret, "***")
    return line[:300]


def connection_error(settings: Neo4jSettings, exc: BaseException) -> Neo4jConnectionError:
    from neo4j.exceptions import AuthError

    if isinstance(exc, AuthError):
        return Neo4jConnectionError(
            f"Neo4j at {settings.address} refused the credentials of user "
            f"{settings.username!r} (set NEO4J_USERNAME / NEO4J_PASSWORD)"
        )
    return Neo4jConnectionError(
        f"cannot reach Neo4j at {settings.address}: {_reason(exc, settings.password)}"
    )


@contextmanager
def connect(settings: Neo4jSettings, *, timeout: float = 10.0) -> Iterator[Any]:
    """A verified ``neo4j.Driver`` for ``settings``, closed on exit."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    _quiet_driver_logs()
    scheme = settings.uri.partition("://")[0].lower() if "://" in settings.uri else ""
    if scheme not in SUPPORTED_SCHEMES:
        raise Neo4jConnectionError(
            f"cannot reach Neo4j at {settings.address}: the URI must start with "
            + " or ".join(f"{s}://" for s in ("bolt", "neo4j"))
        )
    auth = (settings.username, settings.password) if settings.password is not None else None
    try:
        # The acquisition timeout bounds the Bolt handshake too: a port that accepts and
        # never answers fails after 2 x timeout instead of the driver's default minute.
        driver = GraphDatabase.driver(settings.uri, auth=auth, connection_timeout=timeout,
                                      connection_acquisition_timeout=2 * timeout)
    except (DriverError, Neo4jError, ValueError, OSError) as exc:
        raise connection_error(settings, exc) from None
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, ValueError, OSError) as exc:
        driver.close()
        raise connection_error(settings, exc) from None
    try:
        yield driver
    finally:
        driver.close()


# --- plain values -------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """A driver value as plain Python: temporal -> ISO string, node/relationship -> property
    dict, path -> list of node dicts; lists and maps converted all the way down."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node | Relationship):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    iso = getattr(value, "iso_format", None)  # neo4j.time Date/DateTime/Time/Duration
    if callable(iso):
        return iso()
    return value


# --- schema -------------------------------------------------------------------------------------


def schema_path() -> Path:
    """``cypher/schema.cypher`` in a checkout, or inside the installed wheel."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (package.parent / "cypher", package / "cypher"):
        if (candidate / "schema.cypher").is_file():
            return candidate / "schema.cypher"
    raise StoreError(f"cypher/schema.cypher not found next to {package}")


def apply_schema(driver: Any, database: str | None = None, path: Path | None = None) -> int:
    """Run every statement of the schema file, one auto-commit transaction each (schema
    commands cannot share a transaction with data writes); returns how many."""
    statements = split_statements((path or schema_path()).read_text(encoding="utf-8"))
    with driver.session(database=database) as session:
        for statement in statements:
            session.run(statement).consume()
    return len(statements)


# --- push ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupCount:
    """One label or (type, start, end) group: rows sent, rows Neo4j wrote, entities created."""

    name: str
    kind: str  # "nodes" or "relationships"
    rows: int
    written: int
    created: int


@dataclass(frozen=True, slots=True)
class BatchFailure:
    name: str
    batch: int  # 1-based within its group
    rows: int
    error: str


@dataclass(frozen=True, slots=True)
class PushReport:
    schema_statements: int
    counts: tuple[GroupCount, ...]
    failures: tuple[BatchFailure, ...]
    aborted: str | None = None  # why the push stopped early, if it did

    @property
    def ok(self) -> bool:
        return not self.failures and self.aborted is None

    def problem(self) -> str | None:
        """One line saying what went wrong, or None after a complete push."""
        if self.ok:
            return None
        failed = sum(f.rows for f in self.failures)
        head = f"push stopped: {self.aborted}" if self.aborted else "push incomplete"
        return (f"{head}; {len(self.failures)} batch(es) of {failed} row(s) failed "
                "(run push again: it only adds what is missing)")


def _write_batch(tx: Any, statement: str, rows: list[dict[str, Any]], kind: str) -> tuple[int, int]:
    result = tx.run(statement, {"rows": rows})
    record = result.single()
    counters = result.consume().counters
    created = counters.nodes_created if kind == "nodes" else counters.relationships_created
    return (int(record["written"]) if record is not None else 0), int(created)


class _Unavailable(Exception):
    """The server went away for good during a push."""


def _with_retries(
    work: Callable[[], tuple[int, int]],
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
) -> tuple[int, int]:
    from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

    for attempt in range(retries + 1):
        try:
            return work()
        except (TransientError, SessionExpired, ServiceUnavailable) as exc:
            if attempt < retries:
                sleep(backoff * 2**attempt)
                continue
            if isinstance(exc, ServiceUnavailable | SessionExpired):
                raise _Unavailable(_reason(exc, None)) from exc
            raise
    raise AssertionError("unreachable")  # pragma: no cover


def _kind(group: NodeGroup | RelGroup) -> str:
    return "nodes" if isinstance(group, NodeGroup) else "relationships"


def push_graph(
    driver: Any,
    graph: nx.MultiDiGraph,
    *,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    retries: int = DEFAULT_RETRIES,
    backoff: float = 0.5,
    progress: Progress | None = None,
    sleep: Callable[[float], None] = time.sleep,
    schema: Path | None = None,
) -> PushReport:
    """MERGE ``graph`` into Neo4j (see the module docstring for batching and retries)."""
    from neo4j.exceptions import DriverError, Neo4jError

    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}")
    try:
        schema_count = apply_schema(driver, database, schema)
    except Neo4jError as exc:  # no schema privilege, unknown database, ...
        raise StoreError(f"Neo4j refused the schema statements: {_reason(exc, None)}") from None
    except DriverError as exc:
        raise Neo4jConnectionError(f"lost the Neo4j connection: {_reason(exc, None)}") from None
    counts: list[GroupCount] = []
    failures: list[BatchFailure] = []
    aborted: str | None = None
    plan = plan_push(graph)
    with driver.session(database=database) as session:
        for group in plan.groups:
            kind = _kind(group)
            written = created = 0
            for number, rows in enumerate(batched(group.rows, batch_size), start=1):
                def work(rows: list[dict[str, Any]] = rows, statement: str = group.statement,
                         kind: str = kind) -> tuple[int, int]:
                    result = session.execute_write(_write_batch, statement, rows, kind)
                    return result  # type: ignore[no-any-return]

                try:
                    done, new = _with_retries(work, retries, backoff, sleep)
                    written, created = written + done, created + new
                except _Unavailable as exc:
                    failures.append(BatchFailure(group.name, number, len(rows), str(exc)))
                    aborted = "the server became unavailable"
                    break
                except (Neo4jError, DriverError) as exc:
                    failures.append(BatchFailure(group.name, number, len(rows), _reason(exc, None)))
                if progress is not None:
                    progress(len(rows), plan.total_rows)
            counts.append(GroupCount(group.name, kind, len(group.rows), written, created))
            if aborted is not None:
                break
    return PushReport(schema_count, tuple(counts), tuple(failures), aborted)


def graph_counts(driver: Any, database: str | None = None) -> dict[str, int]:
    """Nodes per label and relationships per type now in the database (zeros included)."""
    statements = {label.value: count_nodes_statement(label) for label in Label}
    statements |= {rel.value: count_relationships_statement(rel) for rel in Rel}

    def read(tx: Any) -> dict[str, int]:
        return {name: int(tx.run(s).single()["count"]) for name, s in statements.items()}

    with driver.session(database=database) as session:
        return session.execute_read(read)  # type: ignore[no-any-return]


# --- queries ------------------------------------------------------------------------------------

# Clauses that change data or schema. Matched on the query with strings and comments removed,
# as whole words not preceded by `.`, `:` or `$` (property keys, labels, parameters) and not
# followed by `:` (map keys). The READ access mode below is the real guard; this check gives a
# clear refusal before anything is sent.
_WRITE_WORDS = re.compile(
    r"(?<![.:$\w])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|RENAME"
    r"|GRANT|DENY|REVOKE|ENABLE|TERMINATE|IN\s+TRANSACTIONS)(?!\w)(?!\s*:)",
    re.IGNORECASE,
)
_NOT_CODE = re.compile(
    r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/""", re.DOTALL
)


def check_read_only(query: str) -> None:
    """Raise QueryError if ``query`` has a clause that writes."""
    found = _WRITE_WORDS.search(_NOT_CODE.sub(" ", query))
    if found:
        word = " ".join(found.group(1).upper().split())
        raise QueryError(f"refusing to run a query that writes ({word}); pass --write to allow it")


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


def _collect(runner: Any, query: str, params: Mapping[str, Any]) -> QueryResult:
    """Rows of ``query`` run by a transaction or (auto-commit) a session."""
    result = runner.run(query, dict(params))
    columns = tuple(result.keys())
    rows = tuple({c: to_plain(record[c]) for c in columns} for record in result)
    return QueryResult(columns, rows)


def _query_error(exc: BaseException) -> QueryError:
    lines = _server_message(exc).strip().splitlines()
    return QueryError(f"Neo4j refused the query: {lines[0] if lines else type(exc).__name__}")


def run_cypher(
    driver: Any,
    query: str,
    params: Mapping[str, Any] | None = None,
    *,
    database: str | None = None,
    write: bool = False,
) -> QueryResult:
    """Run an ad-hoc query. Read-only (checked, and in a READ session) unless ``write``."""
    from neo4j import READ_ACCESS, WRITE_ACCESS
    from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired

    if not write:
        check_read_only(query)
    try:
        if write:
            # An auto-commit transaction: the only kind that can run CALL { ... } IN
            # TRANSACTIONS, and an ad-hoc write is better not replayed by a retry.
            with driver.session(database=database, default_access_mode=WRITE_ACCESS) as session:
                return _collect(session, query, params or {})
        with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            return session.execute_read(_collect, query, params or {})  # type: ignore[no-any-return]
    except (ServiceUnavailable, SessionExpired) as exc:
        raise Neo4jConnectionError(f"lost the Neo4j connection: {_reason(exc, None)}") from None
    except (Neo4jError, DriverError) as exc:
        raise _query_error(exc) from None


def run_named_query(
    driver: Any, database: str | None, query_text: str, params: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """Run a stored (read) query and return its rows as plain dicts, in the query's order."""
    return list(run_cypher(driver, query_text, params, database=database).rows)

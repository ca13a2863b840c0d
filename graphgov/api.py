"""Public functions of graphgov. The CLI calls these and only formats their results."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphgov.ingest.document import TextDocument
from graphgov.ingest.parse import parse_minutes
from graphgov.ingest.readers import read_document
from graphgov.ingest.sniff import ensure_minutes
from graphgov.ingest.themes import Taxonomy, default_taxonomy
from graphgov.model.minutes import Minutes

if TYPE_CHECKING:
    import networkx as nx

    from graphgov.config import Neo4jSettings
    from graphgov.demo import DemoResult
    from graphgov.graph.ingestion import FileOutcome, IngestReport
    from graphgov.graph.stores.neo4j_store import PushReport, QueryResult
    from graphgov.quality import MeetingQuality
    from graphgov.queries.registry import StoredQuery
    from graphgov.queries.runner import QueryResult as StoredQueryResult
    from graphgov.review import Finding


def extract(path: str | Path, taxonomy: Taxonomy | None = None) -> Minutes:
    """Read one document of minutes and return what it records."""
    doc = read_document(path)
    ensure_minutes(doc)  # refuse a novel or a recipe in milliseconds, before the full parse
    return parse_minutes(doc, taxonomy or default_taxonomy())


def load_taxonomy(path: str | Path) -> Taxonomy:
    """A theme taxonomy from a TOML file; :class:`ConfigError` naming the file if invalid."""
    from graphgov.ingest.themes import load_taxonomy as _load

    return _load(path)


def theme_taxonomy(path: str | Path | None = None) -> list[dict[str, object]]:
    """The theme taxonomy as rows (theme, description, triggers): the shipped one, or ``path``."""
    taxonomy = load_taxonomy(path) if path is not None else default_taxonomy()
    return [
        {"theme": name, "description": taxonomy.descriptions.get(name, ""),
         "triggers": list(triggers)}
        for name, triggers in taxonomy.themes.items()
    ]


def read_text(path: str | Path) -> TextDocument:
    """The text graphgov reads from a document (txt, html, pdf, docx); evidence lines refer to
    its lines."""
    return read_document(path)


# -- the embedded store: ingest, stats, viz (graphgov.graph.*) --------------------------------

def load_graph(store: str | Path | None = None) -> nx.MultiDiGraph:
    """The stored graph (``--store`` / ``GRAPHGOV_STORE`` / ``./.graphgov``); errors if none."""
    from graphgov.graph.stores.networkx_store import NetworkXStore

    return NetworkXStore.open(store, must_exist=True).graph


def ingest(
    paths: Iterable[str],
    store: str | Path | None = None,
    *,
    council: str | None = None,
    aliases: str | Path | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
    on_read: Callable[[Path], None] | None = None,
    expanded: tuple[list[Path], list[FileOutcome]] | None = None,
    force: bool = False,
    reraise: bool = False,
    themes: str | Path | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into the store; bad files are reported, not raised.

    ``on_read`` is called after each file is read (for a progress bar), ``on_file`` with each
    file's outcome; ``expanded`` (from :func:`expand_paths`) saves expanding ``paths`` twice;
    ``force`` reads again files whose content is already stored; ``themes`` is a taxonomy TOML
    file used instead of the shipped one (read once, before any document).
    """
    from functools import partial

    from graphgov.graph.ingestion import IngestReport, ingest_files

    reader = partial(extract, taxonomy=load_taxonomy(themes)) if themes is not None else extract
    files, missing = expanded if expanded is not None else expand_paths(paths)
    report = ingest_files(files, store, reader, council=council, aliases_path=aliases,
                          on_file=on_file, on_read=on_read, force=force, reraise=reraise)
    return IngestReport(report.store, (*missing, *report.outcomes))


def expand_paths(paths: Iterable[str]) -> tuple[list[Path], list[FileOutcome]]:
    """Files to ingest from files, folders (recursive) and globs, and the paths matching none."""
    from graphgov.graph.ingestion import expand_paths as _expand

    return _expand(paths)


def stats(store: str | Path | None = None) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: count}, "relationships": {type: count}}`` of the stored graph."""
    from graphgov.graph.stores.networkx_store import graph_stats

    return graph_stats(load_graph(store))


def viz(
    store: str | Path | None = None,
    out: str | Path = "exports/network.html",
    labels: Iterable[str] = (),
) -> Path:
    """Write a self-contained pyvis page of the stored graph; returns the file written."""
    from graphgov.visualize.network import write_network_html

    return write_network_html(load_graph(store), out, labels=tuple(labels))


# --- Neo4j ----------------------------------------------------------------------------------
# Imported inside the functions: the neo4j driver loads only for the commands that use it.


def push(
    store: str | Path | None = None,
    settings: Neo4jSettings | None = None,
    *,
    batch_size: int = 1000,
    retries: int = 3,
    progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Load the store's graph into Neo4j: schema first, then nodes and relationships MERGEd on
    their ids in batches. Pushing the same graph again changes nothing."""
    from graphgov.config import neo4j_settings
    from graphgov.graph.stores.neo4j_store import connect, push_graph

    settings = settings or neo4j_settings()
    graph = load_graph(store)
    with connect(settings) as driver:
        report = push_graph(driver, graph, database=settings.database, batch_size=batch_size,
                            retries=retries, progress=progress)
    if report.aborted:
        report = replace(report, aborted=f"lost the connection to Neo4j at {settings.address}")
    return report


def cypher(
    query: str,
    params: Mapping[str, Any] | None = None,
    settings: Neo4jSettings | None = None,
    *,
    write: bool = False,
) -> QueryResult:
    """Run an ad-hoc Cypher query against Neo4j; refused if it writes, unless ``write``."""
    from graphgov.config import neo4j_settings
    from graphgov.graph.stores.neo4j_store import check_read_only, connect, run_cypher

    if not write:
        check_read_only(query)  # refuse before connecting: no server needed to say no
    settings = settings or neo4j_settings()
    with connect(settings) as driver:
        return run_cypher(driver, query, params, database=settings.database, write=write)



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


# --- review and data quality (graphgov.review, graphgov.quality) ---------------------------


def review(store: str | Path | None = None, aliases: str | Path | None = None) -> list[Finding]:
    """What to settle by hand: uncertain person references, presenters and action owners
    given only as a post, and people or bodies that may be duplicates, each with evidence and
    a suggested aliases-file line. ``aliases`` defaults to ``STORE/aliases.toml``."""
    from graphgov.graph.stores.networkx_store import NetworkXStore
    from graphgov.resolve.aliases import ALIASES_FILE, load_aliases
    from graphgov.review import review_graph, uncertain_records

    opened = NetworkXStore.open(store, must_exist=True)
    settled = load_aliases(aliases if aliases else opened.path / ALIASES_FILE)
    return review_graph(opened.graph, uncertain_records(opened.documents), settled)


def quality(store: str | Path | None = None, meeting: str | None = None) -> list[MeetingQuality]:
    """The data-quality checks of every stored meeting (or of the meeting with id
    ``meeting``): attendance, chair, items without outcome, post-only mentions, conflicting
    posts, missing date or body."""
    from graphgov.quality import meeting_quality

    return meeting_quality(load_graph(store), meeting)


# --- demo: the fictional sample minutes end to end -----------------------------------------


def demo(store: str | Path = ".graphgov-demo",
         out: str | Path = "exports/network.html") -> DemoResult:
    """Ingest the fictional sample minutes shipped with graphgov into ``store``, find who owns
    each theme (the ``theme-owners`` query) and write the network view to ``out``."""
    from graphgov.demo import run_demo

    return run_demo(store, out)

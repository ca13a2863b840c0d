"""The ``graphgov`` command line. Each command parses options, calls one function of
:mod:`graphgov.api`, and formats the result: data on stdout, messages on stderr."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from graphgov import __version__, api
from graphgov.errors import GraphgovError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn graphgov errors into one-line ``Error: ...`` messages unless ``--debug``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GraphgovError as exc:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            raise click.ClickException(str(exc)) from None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphgov")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Read council minutes and build a graph of who governs what, with evidence."""


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text",
              show_default=True, help="JSON per the extract contract, or a readable summary.")
@click.option("--show-text", is_flag=True,
              help="Print the document's extracted text with line numbers (what evidence "
                   "lines refer to for HTML, PDF and DOCX) instead of parsing it.")
@click.option("--themes", "themes_file", type=click.Path(dir_okay=False, path_type=str),
              help="Theme taxonomy (TOML, the layout of graphgov/data/themes.toml) to use "
                   "instead of graphgov's own.")
@handle_errors
def extract(path: str, fmt: str, show_text: bool, themes_file: str | None) -> None:
    """Print what was read from one document of minutes (PATH: txt, html, pdf or docx)."""
    from graphgov.model.serialize import minutes_dict, minutes_summary

    if show_text:
        doc = api.read_text(path)
        width = len(str(len(doc.lines)))
        lines = doc.lines[:-1] if doc.lines and not doc.lines[-1].text else doc.lines
        for line in lines:  # the empty "line" after the final newline is not shown
            click.echo(f"{line.no:>{width}}  {line.text}".rstrip())
        return
    taxonomy = api.load_taxonomy(themes_file) if themes_file else None
    minutes = api.extract(path, taxonomy)
    if fmt == "json":
        click.echo(json.dumps(minutes_dict(minutes), indent=2, ensure_ascii=False))
    else:
        click.echo(minutes_summary(minutes), nl=False)


# --- embedded store: ingest, stats, viz ------------------------------------------------------

_STORE_HELP = "Store folder [env GRAPHGOV_STORE; default ./.graphgov]."


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--store", type=click.Path(file_okay=False, path_type=str), help=_STORE_HELP)
@click.option("--council", help="Council of documents that do not name one.")
@click.option("--aliases", type=click.Path(dir_okay=False, path_type=str),
              help="Aliases TOML forcing or forbidding merges [default STORE/aliases.toml].")
@click.option("--force", is_flag=True,
              help="Read files again even if their content is stored (after an upgrade).")
@click.option("--themes", "themes_file", type=click.Path(dir_okay=False, path_type=str),
              help="A theme taxonomy TOML file instead of the shipped one.")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on stderr for more than a few files.")
@handle_errors
def ingest(paths: tuple[str, ...], store: str | None, council: str | None,
           aliases: str | None, force: bool, themes_file: str | None, progress: bool) -> None:
    """Add minutes to the graph store (PATH: files, folders searched recursively, or globs).

    A file whose content is already stored is skipped; a changed file replaces its own facts.
    Files that cannot be read are reported on stderr, the rest are ingested, and the exit code
    is 1 if any file failed.
    """
    expanded = api.expand_paths(paths)
    debug = bool(click.get_current_context().find_root().params.get("debug"))
    options: dict[str, Any] = {"council": council, "aliases": aliases, "expanded": expanded,
                               "force": force, "reraise": debug, "themes": themes_file}
    if progress and len(expanded[0]) > 3:
        with click.progressbar(length=len(expanded[0]), label="Ingesting", file=sys.stderr) as bar:
            report = api.ingest(paths, store, on_read=lambda _path: bar.update(1), **options)
    else:
        report = api.ingest(paths, store, **options)
    for outcome in report.failed:
        click.echo(f"Error: {outcome.message}", err=True)
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str), help=_STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Form of the counts printed.")
@handle_errors
def stats(store: str | None, fmt: str) -> None:
    """Count the stored graph's nodes per label and relationships per type."""
    counts = api.stats(store)
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
        return
    rows = [("node", k, v) for k, v in counts["nodes"].items()]
    rows += [("relationship", k, v) for k, v in counts["relationships"].items()]
    if fmt == "csv":
        click.echo("kind,name,count")
        for kind, name, n in rows:
            click.echo(f"{kind},{name},{n}")
        return
    width = max([len(name) for _, name, _ in rows] + [4])
    for title, part in (("Nodes", counts["nodes"]), ("Relationships", counts["relationships"])):
        click.echo(f"{title} ({sum(part.values())})")
        for name, n in part.items():
            click.echo(f"  {name:<{width}}  {n:>7}")


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str), help=_STORE_HELP)
@click.option("--out", type=click.Path(dir_okay=False, path_type=str),
              default="exports/network.html", show_default=True, help="HTML file to write.")
@click.option("--label", "labels", multiple=True,
              help="Show only nodes of this label (repeatable), e.g. --label Person.")
@handle_errors
def viz(store: str | None, out: str, labels: tuple[str, ...]) -> None:
    """Write an interactive network page of the graph (opens offline, coloured by label)."""
    path = api.viz(store, out, labels)
    click.echo(f"Wrote {path}", err=True)


# --- stored relationship queries: queries, query, owners ---------------------------------------

_ROWS_FORMAT_HELP = "Rows as an aligned table, JSON or CSV."
_QUERY_STORE_HELP = "Store folder (networkx) [env GRAPHGOV_STORE; default ./.graphgov]."


def _text_params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
                 ) -> dict[str, str]:
    """``k=v`` pairs kept as text: the stored query's declaration types them."""
    parsed: dict[str, str] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", ctx, param)
        parsed[key.strip()] = raw.strip()
    return parsed


def query_target_options(func: F) -> F:
    """--backend, --store and --format, shared by the commands that run a stored query."""
    options = [
        click.option("--backend", type=click.Choice(["networkx", "neo4j"]), default="networkx",
                     show_default=True,
                     help="Run on the embedded store or on Neo4j (NEO4J_* env)."),
        click.option("--store", type=click.Path(file_okay=False, path_type=str),
                     help=_QUERY_STORE_HELP),
        click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                     default="table", show_default=True, help=_ROWS_FORMAT_HELP),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _echo_rows(result: Any, fmt: str) -> None:
    """Rows on stdout; an empty result says so on stderr (JSON still prints [], CSV a header)."""
    from graphgov.output import render

    if result.rows or fmt != "table":
        click.echo(render(result.rows, result.columns, fmt), nl=False)
    if not result.rows:
        shown = ", ".join(f"{k}={v}" for k, v in result.params.items() if v is not None)
        click.echo(f"No results for {result.query.name}" + (f" ({shown})." if shown else "."),
                   err=True)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="List as a table, JSON (with columns) or CSV.")
@handle_errors
def queries(fmt: str) -> None:
    """List the stored queries: name, parameters (NAME? is optional) and description."""
    from graphgov.output import render

    stored = api.list_queries()
    if fmt == "json":
        click.echo(json.dumps([{
            "name": q.name, "description": q.description,
            "params": [{"name": p.name, "required": p.required, "type": p.type,
                        "default": p.default} for p in q.params],
            "columns": list(q.columns)} for q in stored], indent=2, ensure_ascii=False))
        return
    rows = [{"name": q.name, "params": " ".join(p.describe() for p in q.params),
             "description": q.description} for q in stored]
    if fmt == "table":
        for row in rows:  # descriptions are long: wrap them under the name instead of cutting
            click.echo(f"{row['name']} {row['params']}".rstrip())
            click.echo(click.wrap_text(row["description"], 96, initial_indent="    ",
                                       subsequent_indent="    "))
        return
    click.echo(render(rows, ("name", "params", "description"), fmt), nl=False)


@cli.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", callback=_text_params,
              help="A parameter of the query (repeatable); see graphgov queries.")
@query_target_options
@handle_errors
def query(name: str, params: dict[str, str], backend: str, store: str | None, fmt: str) -> None:
    """Run the stored query NAME (graphgov queries lists them and their parameters).

    \b
    graphgov query post-holders --param 'post=Corporate Director, Resources'
    graphgov query path --param 'from=Priya Nandakumar' --param 'to=Owen Pritchard' --format json
    """
    _echo_rows(api.query(name, params, backend=backend, store=store), fmt)


@cli.command()
@click.option("--theme", help="Only this theme (any case).")
@query_target_options
@handle_errors
def owners(theme: str | None, backend: str, store: str | None, fmt: str) -> None:
    """Who owns which theme: basis (action, presenter, portfolio post), post, items, evidence.
    A shortcut for graphgov query theme-owners."""
    _echo_rows(api.theme_owners(theme, backend=backend, store=store), fmt)


@cli.command()
@click.option("--themes", "themes_file", type=click.Path(dir_okay=False, path_type=str),
              help="A taxonomy TOML file instead of the shipped one (same layout).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Aligned table, JSON array, or CSV with a header.")
@handle_errors
def themes(themes_file: str | None, fmt: str) -> None:
    """List the theme taxonomy: each theme, what it covers and the words that trigger it."""
    from graphgov.output import render

    rows = api.theme_taxonomy(themes_file)
    click.echo(render(rows, ["theme", "description", "triggers"], fmt), nl=False)


# --- review and data quality ---------------------------------------------------------------


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str), help=_STORE_HELP)
@click.option("--aliases", type=click.Path(dir_okay=False, path_type=str),
              help="Aliases TOML whose [distinct] pairs are settled [default STORE/aliases.toml].")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Findings as a table (short), or JSON / CSV (every column).")
@handle_errors
def review(store: str | None, aliases: str | None, fmt: str) -> None:
    """List what to settle by hand, each with evidence (file:line: quote).

    \b
    - uncertain person: a reference several known people fit, or a fuller form of a
      shortened name already stored;
    - post-only presenter / action owner: a post that no attendee was recorded holding;
    - possible duplicate person / body: kept apart but perhaps the same.

    Each finding suggests an aliases-file line ([people], [bodies] or [distinct]) that settles
    it; edit STORE/aliases.toml, then run graphgov ingest --force to apply it.
    """
    from graphgov.output import render
    from graphgov.review import REVIEW_COLUMNS, REVIEW_TABLE_COLUMNS

    findings = api.review(store, aliases)
    columns = REVIEW_TABLE_COLUMNS if fmt == "table" else REVIEW_COLUMNS
    if findings or fmt != "table":
        click.echo(render([f.row() for f in findings], columns, fmt), nl=False)
    kinds: dict[str, int] = {}
    for finding in findings:
        kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
    counted = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    click.echo(f"{len(findings)} finding(s)" + (f": {counted}" if counted else "") + ".",
               err=True)


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str), help=_STORE_HELP)
@click.option("--meeting", metavar="ID",
              help="Only this meeting (its id, the meeting column of --format json).")
@click.option("--problems-only", is_flag=True, help="Leave out meetings that pass every check.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="A table (short), or JSON / CSV with every check's details.")
@handle_errors
def quality(store: str | None, meeting: str | None, problems_only: bool, fmt: str) -> None:
    """Report per meeting what reading the minutes may have missed.

    \b
    Checks: no attendance found; no chair recorded; no items; items without outcome
    (neither a resolution nor an action; procedural items such as apologies, declarations of
    interest, minutes of the previous meeting, any other business and date of next meeting
    are not expected to have one and are left out); unresolved mentions (presenters or
    action owners given only as a post nobody present held); conflicting posts (one person
    with two posts at the meeting, or a post one person holds at a time, such as Director
    of Finance, recorded for two people on the same date); no date; no body. A summary
    goes to stderr; the exit code is 0 whatever is found.
    """
    from graphgov.output import render
    from graphgov.quality import QUALITY_COLUMNS, QUALITY_TABLE_COLUMNS, quality_rows

    reports = api.quality(store, meeting)
    with_problems = [r for r in reports if r.problems]
    shown = with_problems if problems_only else reports
    columns = QUALITY_TABLE_COLUMNS if fmt == "table" else QUALITY_COLUMNS
    if shown or fmt != "table":
        click.echo(render(quality_rows(shown, table=fmt == "table"), columns, fmt), nl=False)
    click.echo(f"{len(reports)} meeting(s), {len(with_problems)} with problems.", err=True)


# --- Neo4j: push, cypher ---------------------------------------------------------------------


def neo4j_options(func: F) -> F:
    """--uri/--username/--password/--database, defaulting to NEO4J_URI, NEO4J_USERNAME,
    NEO4J_PASSWORD, NEO4J_DATABASE. Commands receive them as ``neo4j_settings``."""

    @click.option("--uri", metavar="URI", help="Neo4j address [env NEO4J_URI; default "
                  "bolt://localhost:7687].")
    @click.option("--username", "--user", metavar="NAME",
                  help="Neo4j user [env NEO4J_USERNAME; default neo4j].")
    @click.option("--password", metavar="SECRET", help="Neo4j password [env NEO4J_PASSWORD]; "
                  "prefer the variable: options show up in the process list.")
    @click.option("--database", metavar="NAME",
                  help="Database to use [env NEO4J_DATABASE; default: the server's default].")
    @functools.wraps(func)
    def wrapper(*args: Any, uri: str | None, username: str | None, password: str | None,
                database: str | None, **kwargs: Any) -> Any:
        from graphgov.config import neo4j_settings

        settings = neo4j_settings(uri=uri, username=username, password=password,
                                  database=database)
        return func(*args, neo4j_settings=settings, **kwargs)

    return wrapper  # type: ignore[return-value]


def _parse_params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
                  ) -> dict[str, Any]:
    """``k=v`` pairs; a value that reads as JSON (5, true, null, [1,2], "5") is that value,
    anything else is text, so ``date=2024-05-01`` is the string it looks like."""
    parsed: dict[str, Any] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", ctx, param)
        try:
            parsed[key.strip()] = json.loads(raw)
        except ValueError:
            parsed[key.strip()] = raw
    return parsed


class _PushProgress:
    """A progress bar on stderr, opened on the first batch when the total is known."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None

    def __call__(self, step: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Pushing", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(step)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str),
              help="Store folder [env GRAPHGOV_STORE; default ./.graphgov].")
@neo4j_options
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Rows per write transaction.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Retries of a batch that fails with a transient error, with backoff.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Form of the counts printed.")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on stderr.")
@handle_errors
def push(store: str | None, neo4j_settings: Any, batch_size: int, retries: int, fmt: str,
         progress: bool) -> None:
    """Load the stored graph into Neo4j.

    Creates the constraints and indexes of cypher/schema.cypher (IF NOT EXISTS), then MERGEs
    nodes and relationships on their ids in batches: pushing twice changes nothing. Prints,
    per label and relationship type, the rows sent, written and newly created. A batch that
    still fails after its retries is reported and the command exits non-zero; pushing again
    completes it.
    """
    from graphgov.graph.stores.neo4j_output import format_push_report

    bar = _PushProgress(progress)
    try:
        report = api.push(store, neo4j_settings, batch_size=batch_size, retries=retries,
                          progress=bar)
    finally:
        bar.close()
    click.echo(format_push_report(report, fmt), nl=False)
    for failure in report.failures:
        click.echo(f"failed: {failure.name} batch {failure.batch} ({failure.rows} rows): "
                   f"{failure.error}", err=True)
    problem = report.problem()
    if problem:
        raise click.ClickException(problem)


@cli.command()
@click.argument("query")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", callback=_parse_params,
              help="Query parameter $NAME (repeatable); VALUE is JSON if it parses, else text.")
@click.option("--write", is_flag=True, help="Allow a query that changes the database.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Rows as an aligned table, JSON or CSV.")
@neo4j_options
@handle_errors
def cypher(query: str, params: dict[str, Any], write: bool, fmt: str,
           neo4j_settings: Any) -> None:
    """Run a Cypher QUERY against Neo4j and print its rows.

    Read-only unless --write: a query with a writing clause (CREATE, MERGE, SET, DELETE, ...)
    is refused, and the query runs in a read transaction. Pass values as $parameters:

    \b
      graphgov cypher 'MATCH (p:Person {name: $name}) RETURN p.id' --param name='Ann Lee'
    """
    from graphgov.graph.stores.neo4j_output import format_rows

    result = api.cypher(query, params, neo4j_settings, write=write)
    click.echo(format_rows(result.columns, result.rows, fmt), nl=False)


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=str),
              default=".graphgov-demo", show_default=True,
              help="Store folder for the demo graph (kept apart from your own store).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=str),
              default="exports/network.html", show_default=True, help="HTML file to write.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Form of the theme owners printed.")
@handle_errors
def demo(store: str, out: str, fmt: str) -> None:
    """Ingest the fictional sample minutes shipped with graphgov, print who owns each theme
    and write the network view: a tour of graphgov on a made-up council."""
    from graphgov.demo import OWNER_COLUMNS
    from graphgov.output import render

    result = api.demo(store, out)
    click.echo(result.report.summary(), err=True)
    columns = OWNER_COLUMNS if fmt == "table" else result.owner_columns
    click.echo(render(result.owners, columns, fmt), nl=False)
    click.echo(f"Wrote {result.network}", err=True)


def main() -> None:
    cli(prog_name="graphgov")


if __name__ == "__main__":
    main()

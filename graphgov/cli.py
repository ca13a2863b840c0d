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
@handle_errors
def extract(path: str, fmt: str, show_text: bool) -> None:
    """Print what was read from one document of minutes (PATH: txt, html, pdf or docx)."""
    from graphgov.model.serialize import minutes_dict, minutes_summary

    if show_text:
        doc = api.read_text(path)
        width = len(str(len(doc.lines)))
        lines = doc.lines[:-1] if doc.lines and not doc.lines[-1].text else doc.lines
        for line in lines:  # the empty "line" after the final newline is not shown
            click.echo(f"{line.no:>{width}}  {line.text}".rstrip())
        return
    minutes = api.extract(path)
    if fmt == "json":
        click.echo(json.dumps(minutes_dict(minutes), indent=2, ensure_ascii=False))
    else:
        click.echo(minutes_summary(minutes), nl=False)


def main() -> None:
    cli(prog_name="graphgov")


if __name__ == "__main__":
    sys.exit(main())

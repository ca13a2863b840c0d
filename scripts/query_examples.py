"""Print the README's "Query examples" section: each stored query run on the sample minutes.

    .venv/bin/python scripts/query_examples.py > /tmp/examples.md

Ingests the fictional samples into a temporary store, runs every stored query with the
example parameters below through the CLI (as a reader would), and prints Markdown. Re-run it
when the parser or the queries change and paste the output over the README section, so the
documented answers stay the ones graphgov gives.
"""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from graphgov.cli import cli
from graphgov.queries.registry import load_queries
from graphgov.samples import sample_paths

#: (query, example parameters, unused) for every stored query.
EXAMPLES: list[tuple[str, dict[str, str], list[str]]] = [
    ("theme-owners", {"theme": "ICT"}, []),
    ("person", {"name": "Priya Nandakumar"}, []),
    ("body", {"name": "OSC"}, []),
    ("actions", {"theme": "Finance"}, []),
    ("presenters", {"body": "Health and Wellbeing Board"}, []),
    ("post-holders", {"post": "Corporate Director, Resources", "date": "2025-11-12"}, []),
    ("path", {"from": "Marcus Delahaye", "to": "Health and Wellbeing Board"}, []),
    ("brokers", {"top": "5"}, []),
    ("co-attendance", {"name": "Owen Pritchard"}, []),
    ("timeline", {"theme": "Grants"}, []),
]

MAX_WIDTH = 60  # characters per cell in the README; evidence is long, the CLI shows it whole


def _shorten(cell: str) -> str:
    cell = cell.replace("|", "\\|")
    return cell if len(cell) <= MAX_WIDTH else cell[: MAX_WIDTH - 1] + "…"


def _text(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return "" if value is None else str(value)


def _markdown(rows: list[dict[str, object]], root: str) -> str:
    if not rows:
        return "_(no results)_\n"
    columns = list(rows[0])
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows[:8]:
        cells = [_text(row.get(c)).replace(root, "") for c in columns]
        out.append("| " + " | ".join(_shorten(c) for c in cells) + " |")
    if len(rows) > 8:
        out.append(f"\n_({len(rows) - 8} more rows)_")
    return "\n".join(out) + "\n"


def main() -> int:
    import json

    runner = CliRunner()
    known = set(load_queries())
    missing = known - {name for name, _, _ in EXAMPLES}
    if missing:
        print(f"no example for: {', '.join(sorted(missing))}", file=sys.stderr)
        return 1
    root = str(Path(sample_paths()[0]).parent) + "/"
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "store")
        done = runner.invoke(cli, ["ingest", "--store", store, *map(str, sample_paths())])
        if done.exit_code != 0:
            print(done.output, file=sys.stderr)
            return 1
        print("## Query examples (on the sample minutes)\n")
        print("Produced by `scripts/query_examples.py` from `graphgov demo`'s fictional samples;")
        print("long cells are cut here (the CLI prints them whole, evidence as")
        print("`file:line: quote`).\n")
        for name, params, _ in EXAMPLES:
            args = ["query", name, "--store", store, "--format", "json"]
            shown = ["graphgov", "query", name]
            for key, value in params.items():
                args += ["--param", f"{key}={value}"]
                shown += ["--param", shlex.quote(f"{key}={value}")]
            result = runner.invoke(cli, args)
            if result.exit_code != 0:
                print(f"{name}: {result.output}", file=sys.stderr)
                return 1
            rows = json.loads(result.stdout or "[]")
            print(f"```\n{' '.join(shown)}\n```\n")
            print(_markdown(rows, root))
    return 0


if __name__ == "__main__":
    sys.exit(main())

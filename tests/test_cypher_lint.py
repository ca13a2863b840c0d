"""The Cypher we ship: schema.cypher is safe to re-run, and every .cypher file (plus every
statement push sends) passes Neo4j's own parser and semantic analysis
(@neo4j-cypher/language-support via scripts/lint_cypher.mjs, installed by `npm ci`)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graphgov.graph.schema import Label
from graphgov.graph.stores.neo4j_statements import (
    declared_statements,
    push_cypher,
    split_statements,
)

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / "cypher" / "schema.cypher"
LINTER = REPO / "scripts" / "lint_cypher.mjs"
PACKAGE = REPO / "node_modules" / "@neo4j-cypher" / "language-support"
NODE = shutil.which("node")


def _schema_statements() -> list[str]:
    return split_statements(SCHEMA.read_text(encoding="utf-8"))


def test_every_schema_statement_is_if_not_exists() -> None:
    statements = _schema_statements()
    assert len(statements) >= len(Label)
    for statement in statements:
        assert re.match(r"CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS FOR ", statement), statement


def test_every_label_has_a_unique_id() -> None:
    constrained = {m[1] for s in _schema_statements()
                   if (m := re.search(r"FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE$", s))}
    assert constrained == {label.value for label in Label}


def test_split_statements_ignores_separators_in_strings_and_comments() -> None:
    text = ("// header; not a statement\nRETURN 'a;b' AS x;\n/* c; d */ RETURN \"e;f\";\n"
            "RETURN `g;h`")
    assert split_statements(text) == ["RETURN 'a;b' AS x", 'RETURN "e;f"', "RETURN `g;h`"]


needs_linter = pytest.mark.skipif(
    NODE is None or not PACKAGE.is_dir(),
    reason="needs node and node_modules/@neo4j-cypher/language-support (run: npm ci)",
)


def _lint(*paths: Path | str) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run(  # noqa: S603  (fixed argv: node, our script, file paths)
        [NODE, str(LINTER), *map(str, paths)], cwd=REPO, capture_output=True, text=True,
        timeout=300, check=False)


def test_push_cypher_file_is_current() -> None:
    on_disk = (REPO / "cypher" / "push.cypher").read_text(encoding="utf-8")
    assert on_disk == push_cypher(), (
        "regenerate: .venv/bin/python -m graphgov.graph.stores.neo4j_statements push "
        "> cypher/push.cypher")
    assert set(split_statements(on_disk)) == set(declared_statements())


@needs_linter
def test_every_cypher_file_lints_clean() -> None:
    # cypher/ holds schema.cypher, the stored queries and push.cypher (what push sends).
    result = _lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 problems" in result.stderr


# Each mistake with the line and message the linter must report (one node run for all).
MISTAKES = {
    "syntax.cypher": ("// params: name\nMATCH (p:Person {name: $name})\nRETRUN p", 3,
                      "Invalid input"),
    "param.cypher": ("// params: none\nMATCH (p:Person {name: $name}) RETURN p", 2,
                     "Parameter $name"),
    "label.cypher": ("// params: none\nMATCH (p:Persn) RETURN p", 2, "Label Persn"),
    "variable.cypher": ("// params: none\nMATCH (p:Person) RETURN q", 2,
                        "Variable `q` not defined"),
    "reltype.cypher": ("// params: none\nMATCH (p)-[:ATENDED]->(m) RETURN p", 2, "ATENDED"),
    "function.cypher": ("// params: none\nMATCH (p:Person)\nRETURN toLowr(p.name)", 3, "toLowr"),
    "plugin.cypher": ("// params: none\nMATCH (p:Person)\nRETURN apoc.text.join([p.name], ',')",
                      3, "apoc.text.join"),
}


@needs_linter
def test_the_linter_catches_mistakes(tmp_path: Path) -> None:
    for name, (text, _, _) in MISTAKES.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    for name, (_, line, message) in MISTAKES.items():
        assert any(f"{name}:{line}:" in out and message in out
                   for out in result.stdout.splitlines()), (name, result.stdout)

"""Docs that are tested: every CLI command has help text and is documented in README.md."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from graphgov.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands() -> list[tuple[str, click.Command]]:
    """Every command of the group, sub-groups' commands included (as "group sub")."""
    found: list[tuple[str, click.Command]] = []

    def walk(group: click.Group, prefix: str) -> None:
        for name, command in sorted(group.commands.items()):
            path = f"{prefix}{name}"
            found.append((path, command))
            if isinstance(command, click.Group):
                walk(command, f"{path} ")

    walk(cli, "")
    return found


COMMANDS = _commands()


def test_the_cli_has_commands() -> None:
    assert {"extract", "demo"} <= {name for name, _ in COMMANDS}


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help(name: str, command: click.Command) -> None:
    assert (command.help or "").strip(), f"graphgov {name} has no help text"
    assert command.get_short_help_str().strip(), f"graphgov {name} has no short help"
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: cli {name}" in result.output or f"Usage: graphgov {name}" in result.output


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_options_have_help(name: str, command: click.Command) -> None:
    missing = [p.name for p in command.params
               if isinstance(p, click.Option) and not (p.help or "").strip()
               and p.name not in {"help", "version"}]
    assert missing == [], f"graphgov {name}: options without help: {missing}"


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_command_is_in_readme(name: str) -> None:
    assert README.is_file(), "README.md is missing"
    text = README.read_text(encoding="utf-8")
    # Documented means shown as a command: "graphgov NAME" in a code span or block.
    assert re.search(rf"graphgov {re.escape(name)}\b", text), (
        f"`graphgov {name}` does not appear in README.md"
    )

"""The user's aliases file (TOML): force or forbid merges the resolver would not make itself.

Example (``aliases.toml`` in the store folder, or ``--aliases FILE``)::

    # Names on the left become the name on the right.
    [people]
    "N. Brooke" = "Nina Brooke"
    "Cllr Hartley" = "Rosa Hartley Quinn"

    [bodies]
    "OSC" = "Overview and Scrutiny Committee"
    "Scrutiny Committee" = "Overview and Scrutiny Committee"

    [councils]
    "LBL" = "Larkhaven"

    # Pairs of people never to merge, however well their names fit.
    [distinct]
    people = [["J. Smith", "Jane Smith"]]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphgov.errors import ConfigError

__all__ = ["ALIASES_FILE", "Aliases", "load_aliases"]

#: The aliases file looked for in the store folder when none is given.
ALIASES_FILE = "aliases.toml"


@dataclass(frozen=True, slots=True)
class Aliases:
    people: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    councils: dict[str, str] = field(default_factory=dict)
    distinct_people: tuple[tuple[str, str], ...] = ()


def _str_table(path: Path, data: dict[str, Any], name: str) -> dict[str, str]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table of \"variant\" = \"canonical\"")
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{path}: [{name}] {key!r} must map to a non-empty string")
    return {k.strip(): v.strip() for k, v in table.items()}


def _pairs(path: Path, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    distinct = data.get("distinct", {})
    if not isinstance(distinct, dict):
        raise ConfigError(f"{path}: [distinct] must be a table")
    pairs = distinct.get("people", [])
    out: list[tuple[str, str]] = []
    if not isinstance(pairs, list):
        raise ConfigError(f"{path}: distinct.people must be a list of [name, name] pairs")
    for pair in pairs:
        is_pair = isinstance(pair, list) and len(pair) == 2
        if not (is_pair and all(isinstance(p, str) for p in pair)):
            raise ConfigError(f"{path}: distinct.people entry {pair!r} is not a [name, name] pair")
        out.append((pair[0], pair[1]))
    return tuple(out)


def load_aliases(path: str | Path | None) -> Aliases:
    """Read an aliases file; a missing optional file means no aliases."""
    if path is None:
        return Aliases()
    p = Path(path)
    if not p.exists():
        return Aliases()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read ({exc.strerror or exc})") from None
    unknown = sorted(set(data) - {"people", "bodies", "councils", "distinct"})
    if unknown:
        raise ConfigError(f"{p}: unknown section(s) {', '.join(unknown)} "
                          "(expected people, bodies, councils, distinct)")
    return Aliases(
        people=_str_table(p, data, "people"),
        bodies=_str_table(p, data, "bodies"),
        councils=_str_table(p, data, "councils"),
        distinct_people=_pairs(p, data),
    )

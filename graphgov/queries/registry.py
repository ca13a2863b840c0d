"""Stored queries are data: one ``cypher/queries/<name>.cypher`` file per query.

Each file starts with a header of ``//`` comment lines::

    // name: post-holders
    // description: Who held a post, or who held it on a given date.
    // params: post, date?:date
    // columns: post, person, first_seen, last_seen, evidence

``params`` lists the parameters the text uses as ``$name``: ``name`` is required, ``name?`` is
optional (passed as null when not given), ``:int`` / ``:date`` give a type (default text) and
``=value`` a default for an optional one. ``columns`` names what every row returns, in order;
the NetworkX twin of the query (:mod:`graphgov.queries.networkx_queries`) returns the same.

The files ship inside the wheel as ``graphgov/cypher`` (pyproject force-includes the top-level
``cypher/`` there); a source checkout reads ``<repo>/cypher``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from graphgov.errors import QueryError

__all__ = [
    "Param",
    "StoredQuery",
    "bind_params",
    "cypher_dir",
    "get_query",
    "load_queries",
    "parse_query",
    "used_parameters",
]

PARAM_TYPES = ("str", "int", "date")
_PARAM_SPEC = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<opt>\?)?(?::(?P<type>\w+))?(?:=(?P<default>.+))?$"
)
# `$name` or `$`name``; string literals in our queries never contain a dollar sign.
_PARAM_USE = re.compile(r"\$`?([A-Za-z_][A-Za-z0-9_]*)`?")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    required: bool
    type: str = "str"
    default: str | int | None = None

    def describe(self) -> str:
        """``post`` / ``date?`` / ``top?=10``: the form the ``queries`` listing shows."""
        text = self.name if self.required else f"{self.name}?"
        return f"{text}={self.default}" if self.default is not None else text


@dataclass(frozen=True, slots=True)
class StoredQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    cypher: str

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def _convert(param: Param, raw: str, query: str) -> str | int:
    if param.type == "int":
        try:
            return int(raw)
        except ValueError:
            raise QueryError(f"{query}: parameter {param.name} must be a whole number, "
                             f"got {raw!r}") from None
    if param.type == "date" and not _ISO_DATE.match(raw):
        raise QueryError(f"{query}: parameter {param.name} must be a date YYYY-MM-DD, got {raw!r}")
    return raw


def _parse_param(spec: str, source: str) -> Param:
    match = _PARAM_SPEC.match(spec.strip())
    if not match or (match["type"] or "str") not in PARAM_TYPES:
        raise QueryError(f"{source}: bad parameter spec {spec!r}")
    param = Param(match["name"], required=not match["opt"], type=match["type"] or "str")
    if match["default"] is not None:
        if param.required:
            raise QueryError(f"{source}: required parameter {param.name} cannot have a default")
        default = _convert(param, match["default"].strip(), source)
        param = Param(param.name, False, param.type, default)
    return param


def parse_query(text: str, source: str = "<query>") -> StoredQuery:
    """Read the header and keep the whole text as the Cypher to run."""
    header: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        key, sep, value = stripped[2:].partition(":")
        if sep and key.strip() in ("name", "description", "params", "columns"):
            header[key.strip()] = value.strip()
    missing = [k for k in ("name", "description", "params", "columns") if k not in header]
    if missing:
        raise QueryError(f"{source}: header lacks {', '.join(missing)}")
    specs = [s for s in header["params"].split(",") if s.strip() and s.strip() != "none"]
    params = tuple(_parse_param(s, source) for s in specs)
    columns = tuple(c.strip() for c in header["columns"].split(",") if c.strip())
    return StoredQuery(header["name"], header["description"], params, columns, text)


def used_parameters(cypher: str) -> set[str]:
    """The ``$parameters`` a Cypher text uses (comment lines excluded)."""
    body = "\n".join(line for line in cypher.splitlines() if not line.lstrip().startswith("//"))
    return set(_PARAM_USE.findall(body))


def cypher_dir() -> Traversable:
    """``graphgov/cypher`` inside an installed wheel, else ``<repo>/cypher`` of a checkout."""
    packaged = resources.files("graphgov") / "cypher"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "cypher"


@cache
def load_queries() -> dict[str, StoredQuery]:
    """Every stored query by name, read once per process."""
    folder = cypher_dir() / "queries"
    if not folder.is_dir():
        raise QueryError(f"stored queries not found (looked in {folder})")
    queries: dict[str, StoredQuery] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            query = parse_query(entry.read_text(encoding="utf-8"), entry.name)
            queries[query.name] = query
    return queries


def get_query(name: str) -> StoredQuery:
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"unknown query {name!r}; known: {', '.join(sorted(queries))}")
    return queries[name]


def bind_params(query: StoredQuery, given: Mapping[str, object]) -> dict[str, str | int | None]:
    """Check the given values (text, as typed) against the declared parameters, convert them.

    Unknown names and missing required ones are errors; optional ones not given become their
    default or None (``$theme IS NULL OR ...`` in the Cypher)."""
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        declared = ", ".join(p.describe() for p in query.params) or "none"
        raise QueryError(f"{query.name}: unknown parameter {', '.join(unknown)} "
                         f"(parameters: {declared})")
    bound: dict[str, str | int | None] = {}
    for param in query.params:
        raw = given.get(param.name)
        if raw is None or raw == "":
            if param.required:
                raise QueryError(f"{query.name}: missing required parameter {param.name} "
                                 f"(--param {param.name}=...)")
            bound[param.name] = param.default
        else:
            bound[param.name] = _convert(param, str(raw), query.name)
    return bound

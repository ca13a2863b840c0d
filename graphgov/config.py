"""Settings read from the environment, overridable by command-line options.

Neo4j: ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` (the names the
official tools use, so a shell already set up for ``cypher-shell`` works unchanged).
Store: ``GRAPHGOV_STORE``, the folder the embedded graph store lives in (default ``.graphgov``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "DEFAULT_NEO4J_URI",
    "DEFAULT_NEO4J_USERNAME",
    "DEFAULT_STORE_DIR",
    "Neo4jSettings",
    "default_store_dir",
    "neo4j_settings",
]

DEFAULT_NEO4J_URI = "bolt://localhost:7687"
DEFAULT_NEO4J_USERNAME = "neo4j"
DEFAULT_STORE_DIR = ".graphgov"


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """Where and as whom to connect. ``database`` None means the server's default database."""

    uri: str = DEFAULT_NEO4J_URI
    username: str = DEFAULT_NEO4J_USERNAME
    # repr=False: settings end up in debug output and tracebacks; the password must not.
    password: str | None = field(default=None, repr=False)
    database: str | None = None

    def __repr__(self) -> str:
        # The URI may carry user:password@ too; show only the redacted address.
        return (f"Neo4jSettings(uri={self.address!r}, username={self.username!r}, "
                f"database={self.database!r})")

    @property
    def address(self) -> str:
        """The URI without any ``user:password@`` part, safe to print in messages."""
        return redact_uri(self.uri)


def redact_uri(uri: str) -> str:
    """Drop credentials embedded in a URI (``bolt://user:pw@host`` -> ``bolt://host``)."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri.rpartition("@")[2]
    if "@" not in parts.netloc:
        return uri
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def neo4j_settings(
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Neo4jSettings:
    """Settings from explicit values first, then the environment, then the defaults."""
    env = os.environ if env is None else env
    return Neo4jSettings(
        uri=uri or env.get("NEO4J_URI") or DEFAULT_NEO4J_URI,
        username=username or env.get("NEO4J_USERNAME") or DEFAULT_NEO4J_USERNAME,
        password=password if password is not None else env.get("NEO4J_PASSWORD"),
        database=database or env.get("NEO4J_DATABASE") or None,
    )


def default_store_dir(env: Mapping[str, str] | None = None) -> Path:
    """The embedded store folder: ``GRAPHGOV_STORE`` or ``.graphgov`` in the working folder."""
    env = os.environ if env is None else env
    return Path(env.get("GRAPHGOV_STORE") or DEFAULT_STORE_DIR)

"""One error hierarchy; the CLI turns these into one-line messages (``--debug`` for tracebacks)."""

from __future__ import annotations


class GraphgovError(Exception):
    """Base class for every error graphgov raises on purpose."""


class DocumentError(GraphgovError):
    """A document cannot be read or is not minutes. The message names the file."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnsupportedFormatError(DocumentError):
    """The file's format is not one graphgov reads."""


class NoTextLayerError(DocumentError):
    """A PDF with no text layer (most likely a scan)."""


class NotMinutesError(DocumentError):
    """The text does not look like minutes of a meeting."""


class StoreError(GraphgovError):
    """The store folder is missing, unreadable or inconsistent."""


class ConfigError(GraphgovError):
    """A user-supplied file (themes, aliases) is invalid."""


class QueryError(GraphgovError):
    """Unknown query, unknown or missing parameter, or a query that failed."""


class Neo4jConnectionError(GraphgovError):
    """The Neo4j server cannot be reached or refused the credentials."""

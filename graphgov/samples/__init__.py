"""Fictional sample minutes shipped with graphgov (an invented council; see README.md here).

``graphgov demo`` ingests them and the tests read them. They are package data, so they are
found the same way from a source checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["SAMPLE_SUFFIXES", "sample_paths"]

#: Suffixes of the documents here (README.md and this module are not minutes).
SAMPLE_SUFFIXES = (".txt", ".html", ".pdf", ".docx")


def sample_paths() -> list[Path]:
    """Paths of the sample documents, sorted by name (the names start with the meeting date)."""
    root = files(__name__)
    docs = sorted(
        (entry for entry in root.iterdir() if entry.name.endswith(SAMPLE_SUFFIXES)),
        key=lambda entry: entry.name,
    )
    if isinstance(root, Path):
        return [Path(str(entry)) for entry in docs]
    return _materialise(docs)


def _materialise(docs: list[Traversable]) -> list[Path]:
    """Copy samples out of a zip import into a temporary folder, so callers get real paths."""
    folder = Path(tempfile.mkdtemp(prefix="graphgov-samples-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    out = []
    for entry in docs:
        with as_file(entry) as real:
            target = folder / entry.name
            shutil.copyfile(real, target)
            out.append(target)
    return out

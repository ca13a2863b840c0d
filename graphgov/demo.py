"""``graphgov demo``: the fictional sample minutes (:mod:`graphgov.samples`) end to end.

Ingest them into a store, ask who owns each theme, write the network view. It uses only the
public functions of :mod:`graphgov.api`, so it also shows how the library is meant to be used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphgov.errors import StoreError
from graphgov.samples import sample_paths

if TYPE_CHECKING:
    from graphgov.graph.ingestion import IngestReport

#: Columns of the theme-owners rows the demo prints as a table (JSON and CSV keep them all).
OWNER_COLUMNS = ("theme", "person", "post", "basis", "items")


@dataclass(frozen=True)
class DemoResult:
    """What the demo did: the ingest report, who owns each theme, and the page it wrote."""

    report: IngestReport
    owners: list[dict[str, Any]]
    owner_columns: tuple[str, ...]
    network: Path


def run_demo(store: str | Path, out: str | Path) -> DemoResult:
    """Ingest the samples into ``store``, run ``theme-owners``, write the view to ``out``.

    Re-running merges into the same store (node ids come from natural keys), so it is
    repeatable. A sample that fails to ingest is an error: the samples are ours to keep valid.
    """
    from graphgov import api

    report = api.ingest([str(p) for p in sample_paths()], store)
    if report.failed:
        first = report.failed[0]
        raise StoreError(f"demo: {len(report.failed)} sample(s) failed to ingest; "
                         f"{first.path}: {first.message}")
    owners = api.theme_owners(store=store)
    network = api.viz(store, out)
    return DemoResult(report=report, owners=list(owners.rows), owner_columns=owners.columns,
                      network=Path(network))

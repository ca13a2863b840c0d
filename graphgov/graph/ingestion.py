"""Ingest files into the embedded store: expand paths, skip unchanged content, replace changed.

Each file is read, hashed and, unless the store already holds that content, extracted and built
into a :class:`~graphgov.graph.property_graph.PropertyGraph` *before* the store is touched, so
a bad file never loses what was stored. A changed file (same path, new hash) takes out its own
earlier facts, then adds the new ones. Failures are collected per file, never raised: one bad
file in a folder does not stop the rest.
"""

from __future__ import annotations

import glob
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graphgov.errors import GraphgovError
from graphgov.graph.build import Resolver, build_graph
from graphgov.graph.stores.networkx_store import NetworkXStore, resolve_store_path, write_lock
from graphgov.ingest.readers import SUPPORTED_SUFFIXES
from graphgov.model.minutes import Minutes
from graphgov.resolve.aliases import ALIASES_FILE, load_aliases

__all__ = ["FileOutcome", "IngestReport", "expand_paths", "ingest_files"]

INGESTED, REPLACED, UNCHANGED, FAILED = "ingested", "replaced", "unchanged", "failed"
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: str
    status: str  # ingested | replaced | unchanged | failed
    message: str = ""
    nodes_added: int = 0
    relationships_added: int = 0


@dataclass(frozen=True, slots=True)
class IngestReport:
    store: str
    outcomes: tuple[FileOutcome, ...]

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == FAILED)

    @property
    def nodes_added(self) -> int:
        return sum(o.nodes_added for o in self.outcomes)

    @property
    def relationships_added(self) -> int:
        return sum(o.relationships_added for o in self.outcomes)

    def summary(self) -> str:
        return (f"{self.count(INGESTED, REPLACED)} ingested ({self.count(REPLACED)} replaced), "
                f"{self.count(UNCHANGED)} unchanged, {self.count(FAILED)} failed; "
                f"{self.nodes_added} nodes and {self.relationships_added} relationships added "
                f"to {self.store}")


def _is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


#: Read when named, skipped when a folder is searched: in a folder of minutes, Markdown files
#: are the folder's README and notes, not published minutes.
FOLDER_SKIPPED_SUFFIXES = frozenset({".md"})


def _folder_files(folder: Path) -> list[Path]:
    """Supported files under ``folder``, recursively, skipping hidden files and folders and
    Markdown notes (:data:`FOLDER_SKIPPED_SUFFIXES`)."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") for part in rel):
            continue  # a store folder (.graphgov) or editor litter inside the tree
        if path.suffix.lower() in FOLDER_SKIPPED_SUFFIXES:
            continue
        if path.is_file() and _is_supported(path):
            found.append(path)
    return sorted(found)


def expand_paths(paths: Iterable[str]) -> tuple[list[Path], list[FileOutcome]]:
    """Files to ingest from files, folders and globs; paths that match nothing are failures."""
    files: list[Path] = []
    missing: list[FileOutcome] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                missing.append(FileOutcome(raw, FAILED, f"{raw}: no minutes files in this folder "
                                           f"(looked for {', '.join(SUPPORTED_SUFFIXES)})"))
            files.extend(found)
        elif path.exists():
            files.append(path)  # named explicitly: let the reader judge its format
        elif _GLOB_CHARS & set(raw):
            matched = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            for m in matched:
                files.extend(_folder_files(m) if m.is_dir() else [m] if _is_supported(m) else [])
            if not matched:
                missing.append(FileOutcome(raw, FAILED, f"{raw}: no file matches this pattern"))
        else:
            missing.append(FileOutcome(raw, FAILED, f"{raw}: no such file or folder"))
    unique: dict[Path, Path] = {}
    for f in files:
        unique.setdefault(f.resolve(), f)
    return list(unique.values()), missing


def ingest_files(
    files: list[Path],
    store_path: str | Path | None,
    extract: Callable[[Path], Minutes],
    *,
    council: str | None = None,
    aliases_path: str | Path | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
    on_read: Callable[[Path], None] | None = None,
    force: bool = False,
    reraise: bool = False,
    save_every: float = 60.0,
) -> IngestReport:
    """Ingest ``files`` into the store, saved every ``save_every`` seconds of work and at end.

    Every file is read first (``on_read`` is called after each: the slow part); the councils
    and full names of the whole batch are learnt before any document is built, so a document
    that names no council gets one another file names (by body prefix), and "N. Brooke" joins
    "Nina Brooke" of another file, whatever the order of the files. ``force`` reads files whose
    content is stored already again (after an upgrade of graphgov's reading rules).
    """
    with write_lock(resolve_store_path(store_path)):
        return _ingest_locked(files, store_path, extract, council, aliases_path, on_file,
                              on_read, force, reraise, save_every)


def _ingest_locked(
    files: list[Path],
    store_path: str | Path | None,
    extract: Callable[[Path], Minutes],
    council: str | None,
    aliases_path: str | Path | None,
    on_file: Callable[[FileOutcome], None] | None,
    on_read: Callable[[Path], None] | None,
    force: bool,
    reraise: bool,
    save_every: float,
) -> IngestReport:
    store = NetworkXStore.open(store_path)
    aliases = load_aliases(aliases_path if aliases_path else store.path / ALIASES_FILE)
    resolver = Resolver.from_graph(store.graph, aliases)
    outcomes: list[FileOutcome] = []
    pending: list[_Read] = []
    dirty = 0
    last_save = time.monotonic()

    def finish(outcome: FileOutcome) -> None:
        # Saving rewrites the whole graph, so it happens by the clock, not per file: a long
        # ingest keeps its progress without spending its time writing JSON.
        nonlocal dirty, last_save
        outcomes.append(outcome)
        if outcome.status in (INGESTED, REPLACED):
            dirty += 1
            if time.monotonic() - last_save >= save_every:
                store.save()
                dirty, last_save = 0, time.monotonic()
        if on_file is not None:
            on_file(outcome)

    try:
        for path in files:
            read = _read_one(store, path, extract, reraise, force)
            if on_read is not None:
                on_read(path)
            if isinstance(read, FileOutcome):
                finish(read)
            else:
                pending.append(read)
        # Councils, then people's full names, of the whole batch before anything is built, so
        # neither depends on the order of the files.
        for read in pending:
            resolver.learn_councils(read.minutes, council)
        for read in pending:
            resolver.learn_people(read.minutes, council)
        for read in pending:
            finish(_add_one(store, resolver, read, council, reraise))
    finally:
        if dirty:
            store.save()  # keep every document finished before an interruption
    return IngestReport(str(store.path), tuple(outcomes))


@dataclass(frozen=True, slots=True)
class _Read:
    path: Path
    key: str
    minutes: Minutes


def _unexpected(path: Path, exc: Exception) -> FileOutcome:
    return FileOutcome(str(path), FAILED,
                       f"{path}: unexpected error while reading ({type(exc).__name__}: {exc})")


def _unchanged(store: NetworkXStore, path: Path, key: str, sha: str,
               force: bool = False) -> FileOutcome | None:
    entry = store.entry(key)
    if entry is not None and entry.get("sha256") == sha:
        return None if force else FileOutcome(str(path), UNCHANGED)
    twin = store.path_with_sha(sha)
    if twin is not None and twin != key:
        return FileOutcome(str(path), UNCHANGED, f"{path}: same content as {twin}")
    return None


def _read_one(
    store: NetworkXStore, path: Path, extract: Callable[[Path], Minutes], reraise: bool,
    force: bool,
) -> FileOutcome | _Read:
    """Hash the file; unless its content is stored already, extract it (nothing stored yet)."""
    key = str(path.resolve())
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return FileOutcome(str(path), FAILED, f"{path}: cannot read ({exc.strerror or exc})")
    skip = _unchanged(store, path, key, sha, force)
    if skip is not None:
        return skip
    try:
        return _Read(path, key, extract(Path(key)))
    except GraphgovError as exc:
        return FileOutcome(str(path), FAILED, str(exc))
    except Exception as exc:  # a parser bug must not stop a folder's ingest
        if reraise:
            raise
        return _unexpected(path, exc)


def _add_one(
    store: NetworkXStore, resolver: Resolver, read: _Read, council: str | None, reraise: bool
) -> FileOutcome:
    """Build the document's graph, then replace its earlier version in the store, if any."""
    path, key, minutes = read.path, read.key, read.minutes
    skip = _unchanged(store, path, key, minutes.source.sha256, force=True)  # a twin added now
    if skip is not None:
        return skip
    try:
        built = build_graph(minutes, council=council, resolver=resolver)
    except GraphgovError as exc:
        return FileOutcome(str(path), FAILED, str(exc))
    except Exception as exc:
        if reraise:
            raise
        return _unexpected(path, exc)
    replaced = store.entry(key) is not None
    if replaced:
        store.remove_document(key, defer=True)  # re-merged once, when the store is saved
    info = {
        "sha256": minutes.source.sha256,
        "format": str(minutes.source.format),
        "councils": list(built.councils),
        "meetings": len(minutes.meetings),
        "warnings": len(minutes.warnings),
        "uncertain": [
            {"council": u.council, "name": u.name, "candidates": list(u.candidates),
             "reason": u.reason}
            for u in built.uncertain
        ],
    }
    added = store.add_document(key, built.graph, info)
    return FileOutcome(str(path), REPLACED if replaced else INGESTED, "",
                       added.nodes_added, added.relationships_added)

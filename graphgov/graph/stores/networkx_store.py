"""The embedded store: a NetworkX MultiDiGraph kept as JSON in a folder (default ``./.graphgov``).

Files in the store folder:

``graph.json``
    Node-link JSON: ``{"format": "graphgov-graph", "version": 1, "nodes": [{"id", "label", ...}],
    "edges": [{"start", "end", "key", "type", ...}]}``. Edge endpoints are ``start`` / ``end``
    because ``source`` is the evidence's document path.
``manifest.json``
    ``{"format": "graphgov-manifest", "version": 1, "documents": {path: entry}}``; an entry holds
    the document's sha256, its ingest order ``seq`` and time, its council(s), counts, what it
    asserted (``nodes``: id -> properties; ``edges``: ``[start, end, key, properties]``), and
    the references left uncertain.

Both are plain JSON (never pickle) written to a temporary file and moved into place with
``os.replace``, so a crash leaves the previous file whole. A file that cannot be read raises
:class:`~graphgov.errors.StoreError` and is never overwritten.

Every node and edge lists in ``sources`` the sha256 of the documents that asserted it; removing
a document takes its sha256 (and its evidence) out, deletes what is left with no source, and
merges the properties of what remains again from the manifest's record of the other documents.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.errors import StoreError
from graphgov.graph.property_graph import PropertyGraph, Relationship, merge_property

__all__ = [
    "DEFAULT_STORE",
    "LOCK_FILE",
    "GRAPH_FILE",
    "MANIFEST_FILE",
    "STORE_ENV",
    "AddResult",
    "NetworkXStore",
    "graph_stats",
    "read_graph",
    "resolve_store_path",
    "write_graph",
]

DEFAULT_STORE = ".graphgov"
STORE_ENV = "GRAPHGOV_STORE"
GRAPH_FILE = "graph.json"
MANIFEST_FILE = "manifest.json"
LOCK_FILE = ".lock"
_GRAPH_FORMAT = "graphgov-graph"
_MANIFEST_FORMAT = "graphgov-manifest"
_VERSION = 1

#: Parallel evidence lists on every edge, one entry per (document, line, quote) seen.
EVIDENCE_LISTS = ("evidence_sources", "evidence_documents", "evidence_lines", "evidence_quotes",
                  "evidence_dates")


def resolve_store_path(store: str | Path | None) -> Path:
    """``--store DIR``, else ``$GRAPHGOV_STORE``, else ``./.graphgov``."""
    if store:
        return Path(store)
    from graphgov.config import default_store_dir

    return default_store_dir()


# -- JSON format ------------------------------------------------------------------------------

def graph_to_dict(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link JSON, sorted so the same graph always writes the same bytes."""
    nodes = [{**attrs, "id": n} for n, attrs in sorted(graph.nodes(data=True))]
    edges = [
        {**attrs, "start": u, "end": v, "key": k}
        for u, v, k, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
    ]
    return {"format": _GRAPH_FORMAT, "version": _VERSION, "directed": True, "multigraph": True,
            "nodes": nodes, "edges": edges}


def graph_from_dict(data: Any) -> nx.MultiDiGraph:
    """The inverse of :func:`graph_to_dict`; raises ValueError on anything unexpected."""
    if not isinstance(data, dict) or data.get("format") != _GRAPH_FORMAT:
        raise ValueError("not a graphgov graph file")
    if data.get("version") != _VERSION:
        raise ValueError(f"unsupported graph file version {data.get('version')!r}")
    graph = nx.MultiDiGraph()
    for node in data["nodes"]:
        graph.add_node(node["id"], **node)
    for edge in data["edges"]:
        attrs = {k: v for k, v in edge.items() if k not in ("start", "end", "key")}
        for end in (edge["start"], edge["end"]):
            if end not in graph:
                raise ValueError(f"edge refers to unknown node {end!r}")
        graph.add_edge(edge["start"], edge["end"], key=edge["key"], **attrs)
    return graph


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as graphgov node-link JSON, atomically."""
    _write_json_atomic(Path(path), graph_to_dict(graph))


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    p = Path(path)
    try:
        return graph_from_dict(_read_json(p))
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"{p}: corrupt store file ({exc}); restore or remove it") from None


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise StoreError(f"{path}: corrupt store file (invalid JSON at line {exc.lineno}); "
                         "restore or remove it") from None
    except UnicodeDecodeError:
        raise StoreError(f"{path}: corrupt store file (not UTF-8 text); restore or remove it") \
            from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read store file ({exc.strerror or exc})") from None


def _json_lines(data: dict[str, Any]) -> Iterator[str]:
    """Compact JSON with one node, edge or document per line: fast (the C encoder; ``indent``
    would use the slow pure-Python one) and still readable with grep, diff or jq."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    yield "{"
    for n, (key, value) in enumerate(data.items()):
        yield ("," if n else "") + "\n" + dumps(key) + ":"
        if isinstance(value, list):
            yield "[" + ",".join("\n " + dumps(v) for v in value) + "\n]"
        elif isinstance(value, dict) and key == "documents":
            yield "{" + ",".join(f"\n {dumps(k)}:{dumps(v)}" for k, v in value.items()) + "\n}"
        else:
            yield dumps(value)
    yield "\n}\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_json_atomic(path: Path, data: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for chunk in _json_lines(data):
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; keep the usual mode
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StoreError(f"{path}: cannot write store file ({exc.strerror or exc})") from None


@contextmanager
def write_lock(store_path: str | Path) -> Iterator[None]:
    """Hold the store's lock while writing: a second ingest into the same store is refused.

    ``flock`` is released by the system when the process ends, so a crash leaves no stale lock.
    """
    path = Path(store_path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: store path is a file, not a folder")
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock, as before
        yield
        return
    try:
        path.mkdir(parents=True, exist_ok=True)
        fh = (path / LOCK_FILE).open("a")
    except OSError as exc:
        raise StoreError(f"{path}: cannot create store folder ({exc.strerror or exc})") from None
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(f"{path}: another graphgov command is writing this store; "
                             "try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# -- statistics -------------------------------------------------------------------------------

def graph_stats(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Node counts per label and relationship counts per type, sorted by name."""
    labels = Counter(str(attrs.get("label", "?")) for _, attrs in graph.nodes(data=True))
    types = Counter(str(k) for _, _, k in graph.edges(keys=True))
    return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}


# -- the store --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AddResult:
    nodes_added: int
    relationships_added: int


class NetworkXStore:
    """The graph and manifest of one store folder. Call :meth:`save` to persist changes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.graph = nx.MultiDiGraph()
        self.documents: dict[str, dict[str, Any]] = {}
        self._stale_nodes: set[str] = set()
        self._stale_edges: set[tuple[str, str, str]] = set()

    @classmethod
    def open(cls, path: str | Path | None = None, *, must_exist: bool = False) -> NetworkXStore:
        """Load the store at ``path``; a missing folder is an empty store unless ``must_exist``."""
        store = cls(resolve_store_path(path))
        if store.path.exists() and not store.path.is_dir():
            raise StoreError(f"{store.path}: store path is a file, not a folder")
        graph_file, manifest_file = store.path / GRAPH_FILE, store.path / MANIFEST_FILE
        if not graph_file.exists() and not manifest_file.exists():
            if must_exist:
                raise StoreError(f"{store.path}: no graphgov store here "
                                 "(run graphgov ingest first)")
            return store
        if not graph_file.exists():
            raise StoreError(f"{graph_file}: missing while {MANIFEST_FILE} exists; "
                             "restore it or remove the store folder")
        store.graph = read_graph(graph_file)
        if manifest_file.exists():
            store.documents = _manifest_documents(manifest_file, _read_json(manifest_file))
        return store

    def save(self) -> None:
        """Write graph.json then manifest.json, each atomically."""
        self.flush()
        write_graph(self.graph, self.path / GRAPH_FILE)
        _write_json_atomic(self.path / MANIFEST_FILE, {
            "format": _MANIFEST_FORMAT, "version": _VERSION,
            "documents": dict(sorted(self.documents.items())),
        })

    # -- documents ------------------------------------------------------------------------
    def entry(self, path: str) -> dict[str, Any] | None:
        return self.documents.get(path)

    def path_with_sha(self, sha256: str) -> str | None:
        """The stored document path whose content has this hash, if any."""
        for path, entry in self.documents.items():
            if entry.get("sha256") == sha256:
                return path
        return None

    def remove_document(self, path: str, *, defer: bool = False) -> None:
        """Take out everything only this document asserted, and its evidence elsewhere.

        What other documents also asserted stays, with its properties merged again from those
        documents alone (in ingest order), so no value of the removed document lingers. With
        ``defer`` that re-merge waits for :meth:`flush` (which :meth:`save` calls): replacing
        many documents then costs one pass over the manifest instead of one per document.
        """
        entry = self.documents.pop(path, None)
        if entry is None:
            return
        sha = entry["sha256"]
        kept_edges: list[tuple[str, str, str]] = []
        for u, v, k, _props in entry.get("edges", []):
            if not self.graph.has_edge(u, v, k):
                continue
            if _drop_edge_source(self.graph.edges[u, v, k], sha):
                kept_edges.append((u, v, k))
            else:
                self.graph.remove_edge(u, v, k)
        kept_nodes: list[str] = []
        for node in entry.get("nodes", {}):
            if node not in self.graph:
                continue
            attrs = self.graph.nodes[node]
            attrs["sources"] = [s for s in attrs.get("sources", []) if s != sha]
            if attrs["sources"]:
                kept_nodes.append(node)
            else:
                self.graph.remove_node(node)
        self._stale_nodes.update(kept_nodes)
        self._stale_edges.update(kept_edges)
        if not defer:
            self.flush()

    def flush(self) -> None:
        """Re-merge the properties of what removed documents left behind (see remove_document)."""
        nodes = [n for n in self._stale_nodes if n in self.graph]
        edges = [e for e in self._stale_edges if self.graph.has_edge(*e)]
        self._stale_nodes, self._stale_edges = set(), set()
        if nodes or edges:
            self._remerge(nodes, edges)

    def _remerge(self, nodes: list[str], edges: list[tuple[str, str, str]]) -> None:
        """Merge again, in ingest order, what the remaining documents said of these."""
        node_props: dict[str, list[dict[str, Any]]] = {n: [] for n in nodes}
        edge_props: dict[tuple[str, str, str], list[dict[str, Any]]] = {e: [] for e in edges}
        for other in sorted(self.documents.values(), key=lambda e: e.get("seq", 0)):
            said = other.get("nodes", {})
            for node, found in node_props.items():
                if node in said:
                    found.append(said[node])
            if edge_props:
                for u, v, k, props in other.get("edges", []):
                    found_edge = edge_props.get((u, v, k))
                    if found_edge is not None:
                        found_edge.append(props)
        for node, asserted in node_props.items():
            _reset_properties(self.graph.nodes[node], _NODE_KEEP, asserted)
        for (u, v, k), asserted in edge_props.items():
            attrs = self.graph.edges[u, v, k]
            _reset_properties(attrs, _EDGE_KEEP, asserted)
            _set_primary_evidence(attrs)

    def add_document(self, path: str, pg: PropertyGraph, info: dict[str, Any]) -> AddResult:
        """Merge one document's graph in, recording what it asserted under ``path``."""
        sha = str(info["sha256"])
        added_nodes = added_edges = 0
        for node in pg.nodes.values():
            if node.id not in self.graph:
                added_nodes += 1
                self.graph.add_node(node.id, label=node.label.value, id=node.id, sources=[])
            attrs = self.graph.nodes[node.id]
            _merge_into(attrs, node.properties)
            if sha not in attrs["sources"]:
                attrs["sources"].append(sha)
        for rel in pg.relationships.values():
            if not self.graph.has_edge(rel.start, rel.end, rel.type.value):
                added_edges += 1
                self.graph.add_edge(rel.start, rel.end, key=rel.type.value, type=rel.type.value,
                                    sources=[], **{name: [] for name in EVIDENCE_LISTS})
            _merge_edge(self.graph.edges[rel.start, rel.end, rel.type.value], rel, sha)
        seq = max((e.get("seq", 0) for e in self.documents.values()), default=0) + 1
        self.documents[path] = {
            **info,
            "seq": seq,
            "ingested": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "counts": {"nodes": len(pg.nodes), "relationships": len(pg.relationships)},
            # What this document said of each node and edge, to re-merge when another goes.
            "nodes": {n.id: dict(n.properties) for n in sorted(pg.nodes.values(),
                                                               key=lambda n: n.id)},
            "edges": [[*key, dict(pg.relationships[key].properties)]
                      for key in sorted(pg.relationships)],
        }
        return AddResult(added_nodes, added_edges)

    def uncertain(self) -> list[dict[str, Any]]:
        """References left unresolved across all documents (for review)."""
        return [u for entry in self.documents.values() for u in entry.get("uncertain", [])]


def _manifest_documents(path: Path, data: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(data, dict) or data.get("format") != _MANIFEST_FORMAT:
        raise StoreError(f"{path}: corrupt store file (not a graphgov manifest); "
                         "restore or remove it")
    docs = data.get("documents")
    if not isinstance(docs, dict) or not all(isinstance(e, dict) and "sha256" in e
                                             for e in docs.values()):
        raise StoreError(f"{path}: corrupt store file (bad documents table); restore or remove it")
    return docs


#: Attributes the store itself keeps; everything else is a property some document asserted.
_NODE_KEEP = frozenset({"label", "id", "sources"})
_EDGE_KEEP = frozenset({"type", "sources", "source", "document", "line", "quote",
                        *EVIDENCE_LISTS})


def _merge_into(attrs: dict[str, Any], props: Any) -> None:
    for name, value in props.items():
        attrs[name] = merge_property(name, attrs[name], value) if name in attrs else value


def _reset_properties(attrs: dict[str, Any], keep: frozenset[str],
                      asserted: list[dict[str, Any]]) -> None:
    """Forget every asserted property, then merge again what the remaining documents said."""
    for name in [n for n in attrs if n not in keep]:
        del attrs[name]
    for props in asserted:
        _merge_into(attrs, props)


def _merge_edge(attrs: dict[str, Any], rel: Relationship, sha: str) -> None:
    _merge_into(attrs, rel.properties)
    # Only this document's own evidence can repeat (documents are removed before re-adding), so
    # the duplicate check looks at its entries alone: hub edges gather evidence from every file.
    seen: set[tuple[str, int, str]] = set()
    if sha in attrs["sources"]:
        seen = {(d, ln, q) for d, ln, q in zip(attrs["evidence_documents"], attrs["evidence_lines"],
                                             attrs["evidence_quotes"], strict=True) if d == sha}
    for ev in rel.evidence:
        if (ev.document, ev.line, ev.quote) in seen:
            continue
        seen.add((ev.document, ev.line, ev.quote))
        for name, value in zip(EVIDENCE_LISTS, (ev.source, ev.document, ev.line, ev.quote,
                                                ev.date), strict=True):
            attrs[name].append(value)
    if sha not in attrs["sources"]:
        attrs["sources"].append(sha)
    _set_primary_evidence(attrs)


def _set_primary_evidence(attrs: dict[str, Any]) -> None:
    """The first evidence is the one cited by ``source`` / ``document`` / ``line`` / ``quote``."""
    attrs["source"] = attrs["evidence_sources"][0]
    attrs["document"] = attrs["evidence_documents"][0]
    attrs["line"] = attrs["evidence_lines"][0]
    attrs["quote"] = attrs["evidence_quotes"][0]
    dates = sorted(d for d in attrs["evidence_dates"] if d)
    if "first_seen" in attrs or "last_seen" in attrs:
        if dates:
            attrs["first_seen"], attrs["last_seen"] = dates[0], dates[-1]
        else:
            attrs.pop("first_seen", None)
            attrs.pop("last_seen", None)


def _drop_edge_source(attrs: dict[str, Any], sha: str) -> bool:
    """Remove one document's evidence from an edge; False when nothing is left."""
    attrs["sources"] = [s for s in attrs.get("sources", []) if s != sha]
    keep = [i for i, d in enumerate(attrs["evidence_documents"]) if d != sha]
    for name in EVIDENCE_LISTS:
        attrs[name] = [attrs[name][i] for i in keep]
    if not attrs["sources"] or not keep:
        return False
    _set_primary_evidence(attrs)
    return True


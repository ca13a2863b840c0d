"""The NetworkX store: JSON round trip, atomic files, document replacement, corrupt files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import examples
import networkx as nx
import pytest

from graphgov.errors import StoreError
from graphgov.graph.build import Resolver, build_graph
from graphgov.graph.schema import Label, node_id
from graphgov.graph.stores.networkx_store import (
    GRAPH_FILE,
    MANIFEST_FILE,
    NetworkXStore,
    graph_from_dict,
    graph_stats,
    graph_to_dict,
    resolve_store_path,
)
from graphgov.model.minutes import Minutes

OWEN = node_id(Label.PERSON, "Ashcombe", "Owen Baxter")
DIRECTOR = node_id(Label.POST, "Ashcombe", "Corporate Director, Resources")


def add(store: NetworkXStore, minutes: Minutes, resolver: Resolver | None = None) -> None:
    built = build_graph(minutes, resolver=resolver or Resolver.from_graph(store.graph))
    store.add_document(minutes.source.path, built.graph, {"sha256": minutes.source.sha256})


@pytest.fixture()
def store(tmp_path: Path) -> NetworkXStore:
    s = NetworkXStore.open(tmp_path / "store")
    add(s, examples.march_minutes())
    add(s, examples.june_minutes())
    return s


def test_save_and_open_round_trip(store: NetworkXStore) -> None:
    store.save()
    again = NetworkXStore.open(store.path)
    assert graph_to_dict(again.graph) == graph_to_dict(store.graph)
    assert again.documents == store.documents
    assert sorted(p.name for p in store.path.iterdir()) == [GRAPH_FILE, MANIFEST_FILE]


def test_graph_file_is_plain_node_link_json(store: NetworkXStore) -> None:
    store.save()
    data = json.loads((store.path / GRAPH_FILE).read_text(encoding="utf-8"))
    assert data["format"] == "graphgov-graph" and data["version"] == 1
    owen = next(n for n in data["nodes"] if n["id"] == OWEN)
    assert owen["label"] == "Person" and owen["name"] == "Owen Baxter"
    holds = next(e for e in data["edges"] if e["start"] == OWEN and e["key"] == "HOLDS")
    assert holds["end"] == DIRECTOR and holds["type"] == "HOLDS"
    assert holds["source"] == "/minutes/2024-03-04_board.txt"  # evidence, not the start node


def test_merged_edge_keeps_all_evidence_and_widens_dates(store: NetworkXStore) -> None:
    holds = store.graph.edges[OWEN, DIRECTOR, "HOLDS"]
    assert (holds["first_seen"], holds["last_seen"]) == ("2024-03-04", "2024-06-10")
    assert holds["evidence_lines"] == [13, 12]
    assert holds["evidence_dates"] == ["2024-03-04", "2024-06-10"]
    assert len(holds["sources"]) == 2
    assert holds["line"] == 13 and holds["quote"] == "Owen Baxter (Corporate Director, Resources)"
    assert len(store.graph.nodes[OWEN]["sources"]) == 2


def test_removing_a_document_takes_out_only_its_facts(store: NetworkXStore) -> None:
    before_march_only = graph_to_dict(_only(examples.march_minutes()).graph)
    store.remove_document("/minutes/2024-06-10_board.txt")
    audit = node_id(Label.POST, "Ashcombe", "Head of Audit")
    assert audit not in store.graph  # asserted by June only
    holds = store.graph.edges[OWEN, DIRECTOR, "HOLDS"]
    assert (holds["first_seen"], holds["last_seen"]) == ("2024-03-04", "2024-03-04")
    assert holds["evidence_lines"] == [13]
    assert graph_to_dict(store.graph) == before_march_only
    assert list(store.documents) == ["/minutes/2024-03-04_board.txt"]


def test_re_adding_a_document_leaves_the_graph_unchanged(store: NetworkXStore) -> None:
    before = graph_stats(store.graph)
    june = examples.june_minutes()
    store.remove_document(june.source.path)
    add(store, june)
    assert graph_stats(store.graph) == before


def _only(minutes: Minutes) -> NetworkXStore:
    s = NetworkXStore(Path("unused"))
    add(s, minutes)
    return s


def test_graph_stats_shape(store: NetworkXStore) -> None:
    stats = graph_stats(store.graph)
    assert stats["nodes"]["Person"] == 7  # 6 in March, "Baxter" in June ("P. Marsh" is Priya)
    assert stats["nodes"]["Meeting"] == 2 and stats["nodes"]["Document"] == 2
    assert stats["relationships"]["HOLDS"] == 5  # Imogen Fry represents an organisation
    assert list(stats["nodes"]) == sorted(stats["nodes"])


def test_manifest_records_what_each_document_asserted(store: NetworkXStore) -> None:
    entry = store.documents["/minutes/2024-06-10_board.txt"]
    assert entry["sha256"] == examples.june_minutes().source.sha256
    assert node_id(Label.POST, "Ashcombe", "Head of Audit") in entry["nodes"]
    assert [OWEN, DIRECTOR, "HOLDS", {"first_seen": "2024-06-10", "last_seen": "2024-06-10"}] \
        in entry["edges"]
    assert entry["counts"]["nodes"] == len(entry["nodes"])


@pytest.mark.parametrize("content, problem", [
    ("{not json", "invalid JSON"),
    ('{"format": "something-else"}', "not a graphgov graph file"),
    ('{"format": "graphgov-graph", "version": 1, "nodes": [], '
     '"edges": [{"start": "a", "end": "b", "key": "HELD"}]}', "unknown node"),
])
def test_corrupt_graph_file_is_an_error_and_kept(tmp_path: Path, content: str,
                                                 problem: str) -> None:
    (tmp_path / GRAPH_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=problem) as info:
        NetworkXStore.open(tmp_path)
    assert str(tmp_path / GRAPH_FILE) in str(info.value)
    assert (tmp_path / GRAPH_FILE).read_text(encoding="utf-8") == content


def test_corrupt_manifest_is_an_error(store: NetworkXStore) -> None:
    store.save()
    (store.path / MANIFEST_FILE).write_text('{"format": "graphgov-manifest", "documents": 3}')
    with pytest.raises(StoreError, match="manifest.json: corrupt store file"):
        NetworkXStore.open(store.path)


def test_manifest_without_graph_is_an_error(store: NetworkXStore) -> None:
    store.save()
    (store.path / GRAPH_FILE).unlink()
    with pytest.raises(StoreError, match="graph.json: missing"):
        NetworkXStore.open(store.path)


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "store").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        NetworkXStore.open(tmp_path / "store")


def test_missing_store_when_required(tmp_path: Path) -> None:
    assert NetworkXStore.open(tmp_path / "none").graph.number_of_nodes() == 0
    with pytest.raises(StoreError, match="no graphgov store here"):
        NetworkXStore.open(tmp_path / "none", must_exist=True)


def test_failed_write_leaves_previous_file(store: NetworkXStore, monkeypatch: Any) -> None:
    store.save()
    before = (store.path / GRAPH_FILE).read_bytes()
    store.graph.add_node("theme:new", label="Theme", id="theme:new", name="New", sources=["x"])

    def boom(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("graphgov.graph.stores.networkx_store.os.replace", boom)
    with pytest.raises(StoreError, match="No space left"):
        store.save()
    assert (store.path / GRAPH_FILE).read_bytes() == before
    assert sorted(p.name for p in store.path.iterdir()) == [GRAPH_FILE, MANIFEST_FILE]


def test_store_path_from_option_env_default(monkeypatch: Any) -> None:
    monkeypatch.setenv("GRAPHGOV_STORE", "elsewhere/store")
    assert resolve_store_path("given") == Path("given")
    assert resolve_store_path(None) == Path("elsewhere/store")
    monkeypatch.delenv("GRAPHGOV_STORE")
    assert resolve_store_path(None) == Path(".graphgov")


def test_dict_round_trip_keeps_multi_edges() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Person", id="a")
    g.add_node("b", label="Meeting", id="b")
    g.add_edge("a", "b", key="ATTENDED", type="ATTENDED", source="/doc.txt")
    g.add_edge("a", "b", key="CHAIRED", type="CHAIRED", source="/doc.txt")
    back = graph_from_dict(json.loads(json.dumps(graph_to_dict(g))))
    assert sorted(back.edges(keys=True)) == [("a", "b", "ATTENDED"), ("a", "b", "CHAIRED")]
    assert back.edges["a", "b", "ATTENDED"]["source"] == "/doc.txt"


def test_deferred_re_merge_gives_the_same_graph(tmp_path: Path) -> None:
    def replace_june(defer: bool) -> dict[str, Any]:
        s = NetworkXStore.open(tmp_path / f"store-{defer}")
        add(s, examples.march_minutes())
        add(s, examples.june_minutes())
        s.remove_document(examples.june_minutes().source.path, defer=defer)
        add(s, examples.planning_minutes())
        s.save()
        return graph_to_dict(NetworkXStore.open(s.path).graph)

    deferred, direct = replace_june(True), replace_june(False)
    assert deferred == direct
    council = next(n for n in direct["nodes"] if n["id"] == "council:ashcombe")
    assert council["names"] == ["Borough of Ashcombe"]  # June's "Ashcombe Borough Council" gone

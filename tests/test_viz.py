"""``graphgov viz``: a self-contained pyvis page, coloured by label, with text escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import examples
import pytest
from click.testing import CliRunner

from graphgov.cli import cli
from graphgov.graph.build import Resolver, build_graph
from graphgov.graph.stores.networkx_store import NetworkXStore
from graphgov.visualize.network import node_caption, node_tooltip
from graphgov.visualize.styles import LABEL_COLOURS

REMOTE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//",
                    re.IGNORECASE)


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    s = NetworkXStore.open(tmp_path / "store")
    resolver = Resolver()
    for minutes in (examples.march_minutes(), examples.june_minutes(), examples.hostile_minutes()):
        built = build_graph(minutes, resolver=resolver)
        s.add_document(minutes.source.path, built.graph, {"sha256": minutes.source.sha256})
    s.save()
    return s.path


def render(store: Path, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "out" / "network.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"Wrote {out}"
    return out.read_text(encoding="utf-8")


def page_nodes(page: str) -> list[dict[str, Any]]:
    match = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.DOTALL)
    assert match, "no node data in page"
    return list(json.loads(match.group(1)))


def test_page_opens_offline(store: Path, tmp_path: Path) -> None:
    page = render(store, tmp_path)
    assert not REMOTE.findall(page)
    assert "new vis.Network(" in page
    assert "vis-network" in page and len(page) > 200_000  # the library is inlined


def test_nodes_coloured_by_label_with_legend(store: Path, tmp_path: Path) -> None:
    page = render(store, tmp_path)
    nodes = page_nodes(page)
    person = next(n for n in nodes if n["label"] == "Owen Baxter")
    assert person["color"] == LABEL_COLOURS["Person"]
    assert person["title"].startswith("Person\n")
    meeting = next(n for n in nodes if n["node_label"] == "Meeting")
    assert meeting["color"] == LABEL_COLOURS["Meeting"]
    legend = page.split('id="graphgov-legend"', 1)[1].split("</div>", 1)[0]
    for label in ("Person", "Meeting", "Body", "Post", "Council", "Item", "Theme"):
        assert f'background:{LABEL_COLOURS[label]}"></span>{label}</li>' in legend


def test_document_text_with_script_is_escaped(store: Path, tmp_path: Path) -> None:
    page = render(store, tmp_path)
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    nodes = page_nodes(page)
    body = next(n for n in nodes if n["node_label"] == "Body" and "alert(1)" in n["title"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body["title"]
    attendee = next(n for n in nodes if "onerror" in n["label"])
    assert attendee["label"] == "&lt;img src=x onerror=alert(2)&gt;"


def test_caption_and_tooltip_escape_directly() -> None:
    attrs = {"label": "Item", "number": "4", "title": "<b>Budget</b> & <script>x</script>"}
    assert node_caption(attrs) == \
        "4. &lt;b&gt;Budget&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;"
    long = {"label": "Person", "name": "<i>" + "x" * 60}
    assert node_caption(long) == "&lt;i&gt;" + "x" * 36 + "\u2026"
    assert "<" not in node_tooltip(attrs) and "&lt;script&gt;" in node_tooltip(attrs)


def test_label_filter(store: Path, tmp_path: Path) -> None:
    page = render(store, tmp_path, "--label", "Person", "--label", "Post")
    groups = {n["node_label"] for n in page_nodes(page)}
    assert groups == {"Person", "Post"}
    legend = page.split('id="graphgov-legend"', 1)[1].split("</div>", 1)[0]
    assert "Meeting" not in legend


def test_unknown_label_and_missing_store_are_one_line_errors(store: Path, tmp_path: Path) -> None:
    bad = CliRunner().invoke(cli, ["viz", "--store", str(store), "--label", "Persn",
                                   "--out", str(tmp_path / "x.html")])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: unknown label(s) Persn (expected Document, Council")
    missing = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "nothing"),
                                       "--out", str(tmp_path / "x.html")])
    assert missing.exit_code == 1
    assert "no graphgov store here" in missing.stderr
    assert not (tmp_path / "x.html").exists()


def test_large_graph_page_trades_polish_for_speed() -> None:
    import networkx as nx

    from graphgov.visualize.network import render_network_html

    g = nx.MultiDiGraph()
    for n in range(400):
        g.add_node(f"person:x/{n}", label="Person", id=f"person:x/{n}", name=f"P {n}")
    small = nx.MultiDiGraph(g.subgraph(list(g)[:10]))
    big_page, small_page = render_network_html(g), render_network_html(small)
    assert re.search(r'"iterations":\s*150', big_page)
    assert re.search(r'"iterations":\s*1000', small_page)

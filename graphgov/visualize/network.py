"""The network page: the whole stored graph as one self-contained pyvis HTML file.

The page must open offline, so pyvis inlines vis-network (``cdn_resources="in_line"``) and the
Bootstrap links its template always adds are taken out. Every piece of document text that goes
into the page (names, titles, quotes) is HTML-escaped first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graphgov.errors import GraphgovError
from graphgov.graph.schema import Label
from graphgov.visualize.styles import LABEL_SHAPES, LABEL_SIZES, colour

__all__ = ["DEFAULT_OUT", "node_caption", "node_tooltip", "render_network_html",
           "write_network_html"]

DEFAULT_OUT = Path("exports/network.html")
_LARGE = 300  # nodes: beyond this the page trades curved edges and layout polish for speed
_MAX_CAPTION = 40

# External resources pyvis' template adds whatever cdn_resources says (Bootstrap, tom-select).
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>", re.IGNORECASE)
_REMOTE_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>", re.IGNORECASE | re.DOTALL
)
# Labels whose captions stay readable when the whole graph is fitted on screen.
_PROMINENT = frozenset({Label.COUNCIL.value, Label.BODY.value, Label.MEETING.value,
                        Label.PERSON.value, Label.POST.value, Label.THEME.value})
_TOOLTIP_FIELDS = ("name", "council", "kind", "acronym", "body", "date", "start_time", "end_time",
                   "venue", "number", "title", "text", "path", "format", "honorific")


def _esc(value: object) -> str:
    return html.escape(str(value), quote=False)


def _short(text: str, limit: int = _MAX_CAPTION) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def node_caption(attrs: Mapping[str, Any]) -> str:
    """A short caption for a node, escaped: a name, "Body 2025-06-18", "4. Budget"."""
    label = attrs.get("label")
    if label == Label.MEETING:
        text = " ".join(str(attrs[k]) for k in ("body", "date") if attrs.get(k)) or "Meeting"
    elif label == Label.ITEM:
        number = f"{attrs['number']}. " if attrs.get("number") else ""
        text = number + str(attrs.get("title", ""))
    elif label in (Label.RESOLUTION, Label.ACTION):
        text = f"{label} {attrs.get('index', '')}".strip()
    elif label == Label.DOCUMENT:
        text = Path(str(attrs.get("path", "document"))).name
    else:
        text = str(attrs.get("name") or attrs.get("id", "?"))
    return _esc(_short(text))


def node_tooltip(attrs: Mapping[str, Any]) -> str:
    """Plain-text tooltip (vis-network shows it as text), escaped all the same."""
    lines = [str(attrs.get("label", "?"))]
    for name in _TOOLTIP_FIELDS:
        value = attrs.get(name)
        if value not in (None, "", []):
            lines.append(f"{name}: {_short(str(value), 300)}")
    sources = attrs.get("sources") or []
    lines.append(f"documents: {len(sources)}")
    return _esc("\n".join(lines))


def _edge_tooltip(key: str, attrs: Mapping[str, Any]) -> str:
    lines = [key]
    for name in ("capacity", "status", "role", "first_seen", "last_seen", "trigger"):
        if attrs.get(name) not in (None, "", []):
            lines.append(f"{name}: {attrs[name]}")
    if attrs.get("quote"):
        lines.append(f"line {attrs.get('line')}: \u201c{_short(str(attrs['quote']), 300)}\u201d")
    return _esc("\n".join(lines))


def _legend(labels: Iterable[str]) -> str:
    rows = "".join(
        f'<li><span style="background:{colour(lab)}"></span>{_esc(lab)}</li>' for lab in labels
    )
    return (
        '<div id="graphgov-legend" style="position:fixed;top:10px;right:10px;z-index:10;'
        "background:#fff;border:1px solid #ccc;padding:8px 12px;font:13px sans-serif\">"
        '<strong>Legend</strong><ul style="list-style:none;margin:4px 0 0;padding:0">'
        f"{rows}</ul></div>"
        "<style>#graphgov-legend li span{display:inline-block;width:12px;height:12px;"
        "margin-right:6px;border-radius:6px;vertical-align:middle}</style>"
    )


def render_network_html(graph: nx.MultiDiGraph, labels: Iterable[str] = ()) -> str:
    """The page as a string; ``labels`` keeps only nodes of those labels (all when empty)."""
    from pyvis.network import Network

    keep = {str(lab) for lab in labels}
    unknown = keep - {lab.value for lab in Label}
    if unknown:
        raise GraphgovError(f"unknown label(s) {', '.join(sorted(unknown))} "
                            f"(expected {', '.join(lab.value for lab in Label)})")
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    net.barnes_hut(gravity=-6000, spring_length=120)
    shown: list[str] = []
    for node, attrs in sorted(graph.nodes(data=True)):
        label = str(attrs.get("label", "?"))
        if keep and label not in keep:
            continue
        if label not in shown:
            shown.append(label)
        net.add_node(
            node, label=node_caption(attrs), title=node_tooltip(attrs), color=colour(label),
            shape=LABEL_SHAPES.get(label, "dot"), size=LABEL_SIZES.get(label, 10),
            node_label=label,  # not "group": pyvis drops the colour of grouped nodes
            font={"size": 22 if label in _PROMINENT else 12},
        )
    present = set(net.get_nodes())
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        if u in present and v in present:
            net.add_edge(u, v, title=_edge_tooltip(str(key), attrs), color="#bbbbbb")
    if len(present) > _LARGE:
        # Curved edges and a long stabilisation make a big page hang for minutes on open.
        net.options.edges.smooth.enabled = False
        net.options.physics.stabilization.iterations = 150
    page = net.generate_html(notebook=False)
    page = _REMOTE_SCRIPT.sub("", _REMOTE_LINK.sub("", page))
    ordered = [lab.value for lab in Label if lab.value in shown]
    return page.replace("<body>", "<body>\n" + _legend(ordered), 1)


def write_network_html(
    graph: nx.MultiDiGraph, out: str | Path = DEFAULT_OUT, labels: Iterable[str] = ()
) -> Path:
    """Write the page to ``out`` (folders created); returns the path written."""
    path = Path(out)
    page = render_network_html(graph, labels)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise GraphgovError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path

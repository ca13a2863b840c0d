"""Colours and shapes per node label, shared by every view and its legend."""

from __future__ import annotations

from graphgov.graph.schema import Label

#: Colour-blind-friendly palette (Okabe-Ito and Tol), one colour per label.
LABEL_COLOURS: dict[str, str] = {
    Label.COUNCIL.value: "#000000",
    Label.BODY.value: "#E69F00",
    Label.MEETING.value: "#56B4E9",
    Label.PERSON.value: "#009E73",
    Label.POST.value: "#F0E442",
    Label.ITEM.value: "#0072B2",
    Label.RESOLUTION.value: "#D55E00",
    Label.ACTION.value: "#CC79A7",
    Label.THEME.value: "#882255",
    Label.DOCUMENT.value: "#999999",
}

LABEL_SHAPES: dict[str, str] = {
    Label.COUNCIL.value: "star",
    Label.BODY.value: "diamond",
    Label.MEETING.value: "square",
    Label.PERSON.value: "dot",
    Label.POST.value: "triangle",
    Label.ITEM.value: "dot",
    Label.RESOLUTION.value: "dot",
    Label.ACTION.value: "dot",
    Label.THEME.value: "hexagon",
    Label.DOCUMENT.value: "box",
}

LABEL_SIZES: dict[str, int] = {
    Label.COUNCIL.value: 30, Label.BODY.value: 24, Label.MEETING.value: 18,
    Label.PERSON.value: 16, Label.POST.value: 14, Label.THEME.value: 18,
}

DEFAULT_COLOUR = "#777777"


def colour(label: str) -> str:
    return LABEL_COLOURS.get(label, DEFAULT_COLOUR)

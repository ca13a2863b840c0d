"""Themes of an item from a taxonomy (TOML), each assignment keeping its trigger words."""

from __future__ import annotations

from dataclasses import dataclass

from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.model.minutes import ThemeTag


@dataclass(frozen=True)
class Taxonomy:
    themes: dict[str, tuple[str, ...]]


def default_taxonomy() -> Taxonomy:
    return Taxonomy(themes={})


def assign_themes(ctx: ParseContext, block: ItemBlock, taxonomy: Taxonomy) -> list[ThemeTag]:
    return []

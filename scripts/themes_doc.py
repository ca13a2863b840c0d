"""Write docs/themes.md from the shipped taxonomy (graphgov/data/themes.toml).

    .venv/bin/python scripts/themes_doc.py

tests/test_themes_cli.py fails when the two drift apart; run this after editing themes.toml.
"""

from __future__ import annotations

from pathlib import Path

from graphgov import api

INTRO = """# Theme taxonomy

graphgov tags each agenda item with the themes it is about, from the taxonomy shipped in
`graphgov/data/themes.toml` (print it with `graphgov themes`; replace it with
`graphgov extract --themes FILE` / `graphgov ingest --themes FILE`, same layout).

## How an item gets a theme

- A trigger in the item's **title** decides: the title's themes are the item's themes.
- Otherwise the **text** decides: each line holding a theme's trigger counts once (the
  opening paragraph, which says what the report is, counts double); a line that lists three
  or more themes ("the five areas: communications, property, elections ...") gives each of
  them a bonus. Themes that reach the minimum score and are close to the strongest one are
  kept, so a report covering five areas gets five themes and a passing mention gets none.
- Procedural items (apologies, declarations, minutes of the last meeting, urgent business,
  date of the next meeting...) get no themes.
- Triggers match whole words, in any case, with an optional plural ending.

Every assignment is explained: the extract JSON's `theme_evidence` and the graph's
`ABOUT {trigger}` relationship keep the trigger words, the line and a verbatim quote.

## The themes
"""


def render() -> str:
    parts = [INTRO]
    for row in api.theme_taxonomy():
        triggers = ", ".join(f"`{t}`" for t in row["triggers"])  # type: ignore[attr-defined]
        parts.append(f"### {row['theme']}\n\n{row['description']}\n\nTriggers: {triggers}\n")
    return "\n".join(parts)


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "themes.md"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")

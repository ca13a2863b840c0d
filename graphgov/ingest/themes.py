"""Themes of an item from a taxonomy (TOML), each assignment keeping its trigger words.

The taxonomy (``graphgov/data/themes.toml``, or a file given with ``--themes``) lists themes
with a description and trigger terms. An item gets a theme when its words show that the theme
is what the item is about, not when the theme is mentioned in passing:

- a trigger in the item's title decides: the title's themes are the item's themes;
- otherwise the text decides: each line that holds a theme's trigger counts once (the opening
  paragraph, which says what the report is, counts double), and themes that reach
  :data:`MIN_SCORE` and are close to the strongest one are kept, so a report covering five
  areas gets five themes and a passing mention of the budget gets none.

Procedural items (apologies, declarations, minutes of the last meeting) get no themes.
Every :class:`ThemeTag` keeps the trigger words and the line they were read from.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from graphgov.errors import ConfigError
from graphgov.ingest.blocks import ItemBlock
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.ingest.paragraphs import paragraphs
from graphgov.model.minutes import ThemeTag

__all__ = [
    "MIN_SCORE",
    "Taxonomy",
    "assign_themes",
    "default_taxonomy",
    "load_taxonomy",
    "parse_taxonomy",
]

#: Weighted lines a theme needs in an item's text (without a title trigger) to be assigned.
MIN_SCORE = 2
#: A line naming this many themes lists the areas the item covers ("the five areas
#: (communications, property, elections and grants)"); each listed theme gains LIST_BONUS.
LIST_THEMES = 3
LIST_BONUS = 2.0
#: Share of the strongest theme's score another theme needs to be assigned too.
RATIO = 0.4
_MAX_LINE = 3000  # trigger regexes never see more than this much of a line

_PROCEDURAL = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?"
    r"(?:apolog|declarations?\b|disclosures?\b|minutes\b|confirmation of (?:the )?minutes|"
    r"(?:urgent|any other) (?:items|business)|date of (?:the )?next|welcome|matters arising|"
    r"exclusion of|notification of|substitute|chair'?s? announcements|public (?:questions|"
    r"participation|forum)|questions? from|petitions?\b|election of (?:chair|vice)|"
    r"election of|appointments? (?:of|to)\b|nominations?\b|to confirm the minutes|signing of)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Taxonomy:
    """Theme name -> trigger terms (and a description of each theme)."""

    themes: dict[str, tuple[str, ...]]
    descriptions: dict[str, str] = field(default_factory=dict)

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        """One compiled pattern per theme, compiled once per taxonomy."""
        return {name: _compile(terms) for name, terms in self.themes.items()}


def _term_regex(term: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", term.strip()) if w]
    body = r"[\s-]+".join(words).replace("'", "['’]?").replace("’", "['’]?")
    # Acronyms in capitals ("IT", "HR", "NHS") match only in capitals, so "it" stays a word.
    if term.isupper():
        return rf"(?-i:\b{body}s?\b)"
    return rf"\b{body}(?:s|es)?\b"


def _compile(terms: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)  # longest first: "social care" over "care"
    return re.compile("|".join(_term_regex(t) for t in ordered), re.IGNORECASE)


def parse_taxonomy(data: dict[str, Any], source: str = "taxonomy") -> Taxonomy:
    """A taxonomy from parsed TOML (``[themes."Name"]`` tables with ``triggers``)."""
    table = data.get("themes")
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{source}: expected [themes.\"Name\"] tables with triggers")
    themes: dict[str, tuple[str, ...]] = {}
    descriptions: dict[str, str] = {}
    for name, spec in table.items():
        if not isinstance(spec, dict):
            raise ConfigError(f"{source}: theme {name!r} must be a table")
        triggers = spec.get("triggers")
        if not isinstance(triggers, list) or not triggers or not all(
                isinstance(t, str) and t.strip() for t in triggers):
            raise ConfigError(f"{source}: theme {name!r} needs a non-empty list of triggers")
        themes[name] = tuple(t.strip() for t in triggers)
        description = spec.get("description", "")
        if not isinstance(description, str):
            raise ConfigError(f"{source}: theme {name!r}: description must be text")
        descriptions[name] = description
    return Taxonomy(themes=themes, descriptions=descriptions)


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read a taxonomy file. Raises :class:`ConfigError` naming the file if it is unusable."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read themes file ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{p}: not a valid TOML themes file ({exc})") from None
    return parse_taxonomy(data, str(p))


_DEFAULT: list[Taxonomy] = []


def default_taxonomy() -> Taxonomy:
    """graphgov's own taxonomy (``graphgov/data/themes.toml``), read once."""
    if not _DEFAULT:
        text = resources.files("graphgov.data").joinpath("themes.toml").read_text("utf-8")
        _DEFAULT.append(parse_taxonomy(tomllib.loads(text), "graphgov/data/themes.toml"))
    return _DEFAULT[0]


@dataclass
class _Score:
    points: float = 0.0
    trigger: str = ""
    line: int = 0
    lines: set[int] = field(default_factory=set)
    listed: bool = False  # named in a list of the areas the item covers


def _title_text(block: ItemBlock) -> str:
    return block.title[:_MAX_LINE]


def _score_text(
    patterns: dict[str, re.Pattern[str]], text: str, weight: float, line_no: int,
    scores: dict[str, _Score], own: int | None = None,
) -> None:
    """Add ``weight`` to each theme triggered in ``text``; only matches starting before
    ``own`` count (the rest of the text is the next line, read so a trigger split by a line
    break is still seen)."""
    text = text[:_MAX_LINE]
    limit = len(text) if own is None else own
    hits = {theme: m for theme, p in patterns.items()
            if (m := p.search(text)) and m.start() < limit}
    # a trigger inside a longer one belongs to the longer ("children's social care" is not
    # also "social care")
    hits = {theme: m for theme, m in hits.items() if not any(
        o is not m and o.start() <= m.start() and m.end() <= o.end() and len(o.group(0)) >
        len(m.group(0)) for o in hits.values())}
    for theme, m in hits.items():
        s = scores.setdefault(theme, _Score())
        if not s.trigger:
            s.trigger, s.line = m.group(0), line_no
        s.points += weight
        s.lines.add(line_no)


_LIST_GAP = re.compile(r"^\s*(?:[,;/&]|\band\b|\bor\b|\s)*\s*$", re.IGNORECASE)


def _listed(patterns: dict[str, re.Pattern[str]], text: str) -> set[str]:
    """Themes named one after another in a list ("communications, property and grants")."""
    spans = sorted(
        (m.start(), m.end(), theme) for theme, p in patterns.items() for m in p.finditer(text)
    )
    best: set[str] = set()
    chain: list[tuple[int, int, str]] = []
    for span in spans:
        if chain and span[0] < chain[-1][1]:
            continue  # overlapping matches of two themes: keep the first
        if chain and not _LIST_GAP.match(text[chain[-1][1]:span[0]]):
            chain = []
        chain.append(span)
        themes_in = {t for _, _, t in chain}
        if len(themes_in) >= LIST_THEMES and len(themes_in) > len(best):
            best = themes_in
    return best


def assign_themes(ctx: ParseContext, block: ItemBlock, taxonomy: Taxonomy) -> list[ThemeTag]:
    """The item's themes, strongest first, each with its trigger words and evidence line."""
    title = _title_text(block)
    if title and _PROCEDURAL.match(title):
        return []
    patterns = taxonomy.patterns
    in_title: dict[str, _Score] = {}
    if title:
        _score_text(patterns, title, 1.0, block.heading.no, in_title)
    if in_title:
        chosen = _title_head(patterns, title, in_title)
    else:
        chosen = _body_themes(patterns, block)
    ordered = sorted(chosen.items(), key=lambda kv: (-kv[1].points, kv[0]))
    return [
        ThemeTag(theme=name, trigger=s.trigger, evidence=ctx.evidence(s.line, s.trigger))
        for name, s in ordered
    ]


_SUBTITLE = re.compile(r"\s+[-–—]\s+|:\s+")
_PLACE_PREP = re.compile(r"\s+(?:in|at|within|across|on)\s+(?=[A-Z])")


def _title_head(
    patterns: dict[str, re.Pattern[str]], title: str, found: dict[str, _Score]
) -> dict[str, _Score]:
    """A title naming several themes is about the one its head names: the main title before
    a subtitle ("Estate Regeneration - Landlord Offer and Ballot"), and in it the last theme
    ("Police Precept", "Waste Budget", "Car Park Lease"), unless the themes are listed
    ("Housing and Planning Update", "Parks, Trees and Allotments")."""
    if len(found) < 2:
        return found
    main = _SUBTITLE.split(title[:_MAX_LINE], maxsplit=1)[0]
    # "Single-Use Plastics in Council Premises": the head comes before its preposition
    head = _PLACE_PREP.split(main, maxsplit=1)[0]
    spans = sorted((m.start(), m.end(), theme) for theme, p in patterns.items()
                   if theme in found for m in p.finditer(head))
    if not spans:
        spans = sorted((m.start(), m.end(), theme) for theme, p in patterns.items()
                       if theme in found for m in p.finditer(main))
        head = main
    if not spans:
        return found
    themes_in = {t for _, _, t in spans}
    gaps = [head[a[1]:b[0]] for a, b in zip(spans, spans[1:], strict=False)]
    listed = all(gap.strip() and _LIST_GAP.match(gap) for gap in gaps)
    if len(themes_in) > 1 and listed:
        return {t: found[t] for t in themes_in}
    return {spans[-1][2]: found[spans[-1][2]]}


def _body_lines(block: ItemBlock) -> list[Line]:
    lines = list(block.body)
    if len(block.heading.text) > len(block.title) + 20 and block.heading not in lines:
        lines = [block.heading, *lines]  # a table row holds the whole item on its heading line
    return lines


def _body_themes(patterns: dict[str, re.Pattern[str]], block: ItemBlock) -> dict[str, _Score]:
    scores: dict[str, _Score] = {}
    intro: set[str] = set()
    for i, para in enumerate(paragraphs(_body_lines(block))):
        weight = 2.0 if i == 0 else 1.0
        before = {name: s.points for name, s in scores.items()}
        # score each source line of the paragraph once, so long wrapped text is not favoured
        bounds = [start for start, _ in para.starts] + [len(para.text)]
        for k, (start, line_no) in enumerate(para.starts):
            end = bounds[k + 1]
            _score_text(patterns, para.text[start:end + 40], weight, line_no, scores,
                        own=end - start)
        for name in _listed(patterns, para.text):
            if name in scores:
                scores[name].points += LIST_BONUS
                scores[name].listed = True
        if i == 0:
            intro = {name for name, s in scores.items() if s.points > before.get(name, 0.0)}
    if not scores:
        return {}
    top = max(s.points for s in scores.values())
    # A theme named on one line only counts when that line lists the areas the item covers,
    # or when it is all the opening paragraph is about ("The Director of Governance
    # introduced the report ...").
    return {
        name: s for name, s in scores.items()
        if s.points >= MIN_SCORE and s.points >= RATIO * top
        and (len(s.lines) >= 2 or s.listed or intro == {name})
    }

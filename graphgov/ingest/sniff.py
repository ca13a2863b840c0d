"""A fast check that a document's text looks like minutes, before the parser reads it all.

Minutes announce themselves in their first pages: who was present, apologies, RESOLVED
clauses, declarations of interest, "Minutes of the ... meeting". The check counts distinct
cues of that kind in the head of the text only, with simple alternations (no nested
quantifiers), so a 30 MB novel is refused in milliseconds instead of being parsed.

Cues are deliberately generous: refusing real minutes loses a whole document, letting a
non-minutes file through only costs a parse that finds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphgov.errors import NotMinutesError, UnsupportedFormatError
from graphgov.ingest.document import TextDocument

__all__ = ["MinutesCues", "ensure_minutes", "looks_like_minutes", "minutes_cues"]

#: Characters of the head of the text that are examined (about 40 pages of minutes).
HEAD_CHARS = 200_000

#: Share of control / undecodable characters above which "text" is really binary data.
_MAX_JUNK_SHARE = 0.02

# Layout phrases that occur in minutes and rarely anywhere else. Each name counts once.
_STRONG: dict[str, str] = {
    "minutes_heading": r"\bminutes\s+of\b|\bminutes\s*:|^\W*minutes\b"
    r"|\b(?:draft|confirmed|approved|signed|previous)\s+minutes\b",
    "apologies": r"\bapologies\s+(?:for\s+absence|were|had\s+been|received|from)\b|\bapologies\s*:",
    "resolved": r"\bresolved\s*(?::|that\b|-|–)|\bit\s+was\s+(?:resolved|agreed)\b",
    "councillor": r"\bcouncill?ors?\b|\bcllrs?\b|\bbailies?\b",
    "interests": r"\bdeclarations?\s+of\s+(?:interests?|pecuniary)|\bconflicts?\s+of\s+interest",
    "present": r"\b(?:members|officers|councillors|staff|also|those)\s+present\b|\bpresent\s*:"
    r"|\bin\s+attendance\b|\battendees?\s*:|\battendance\s*:",
    "chair": r"\bchair(?:man|person|woman)\b|\bvice[- ]chair|\(chair\)|\bchair\s*:"
    r"|\bin\s+the\s+chair\b",
    "quorum": r"\bquor(?:um|ate)\b|\binquorate\b",
    "motion": r"\b(?:proposed|moved)\s+by\b|\bseconded\s+by\b|\bproposer\b|\bseconder\b",
    "business": r"\bany\s+other\s+business\b|\bdate\s+of\s+(?:the\s+)?next\s+meeting\b"
    r"|\bmatters\s+arising\b|\baction\s+by\s*:|\bdecision\s*:|\bactions?\s*:",
    "agenda": r"\bagenda\s+item\b|\bitem\s+\d|\bagenda\s*:",
    "body_acted": r"\b(?:committee|council|board|cabinet|panel|sub-committee)\s+"
    r"(?:unanimously\s+)?(?:agreed|resolved|noted|considered|approved|gave\s+consideration)\b",
    "decision_record": r"\bdecision\s+maker\b|\bdate\s+of\s+decision\b|\bdecided\s+at\s+meeting\b"
    r"|\bkey\s+decision\b",
    # Scottish "Sederunt" (those present); Welsh minutes, present, apologies, councillor,
    # chair, resolved, declaration of interest; Irish "Cathaoirleach" (chair).
    "sederunt": r"\bsederunt\b",
    "welsh_minutes": r"\bcofnodion\b",
    "welsh_present": r"\byn\s+bresennol\b",
    "welsh_apologies": r"\bymddiheuriadau\b",
    "welsh_councillor": r"\bcynghorydd\b|\bcynghorwyr\b",
    "welsh_chair": r"\bcadeirydd\b|\bcathaoirleach\b",
    "welsh_resolved": r"\bpenderfynwyd\b",
    "welsh_interests": r"\bdatgan\s+buddiant",
}

# Words common in minutes but also in ordinary prose; they only support strong cues.
_MEDIUM: dict[str, str] = {
    "meeting": r"\bmeetings?\b",
    "committee": r"\bcommittees?\b|\bsub-committee\b",
    "council": r"\bcouncils?\b|\bparish\b|\bborough\b|\bcabinet\b",
    "board": r"\bboards?\b|\btrustees?\b|\bgoverning\s+body\b",
    "chair": r"\bchair\b|\bmayor\b|\bprovost\b|\bconvener\b",
    "present": r"\bpresent\b|\battendance\b",
    "agreed": r"\bagreed\b|\bapproved\b|\bnoted\b|\bresolved\b",
    "item": r"\bitems?\b|\bagenda\b",
    "report": r"\breports?\b|\brecommendations?\b|\bdecisions?\b",
    "vote": r"\bmotion\b|\bvoted?\b|\bunanimous(?:ly)?\b|\bseconded\b",
    "apologies": r"\bapologies\b|\babsent\b",
    "officer": r"\bofficers?\b|\bdirector\b|\bclerk\b|\bsecretary\b",
    "minutes": r"\bminutes\b",
}


def _compile(cues: dict[str, str], flags: int) -> re.Pattern[str]:
    # One alternation with a named group per cue: a single pass over the text finds them all.
    return re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in cues.items()), flags)


# Cues whose case matters: RESOLVED in capitals heads resolutions ("she resolved to" in prose
# must not count); "Cr Smith" is the New Zealand / Australian councillor's title.
_STRONG_CASED: dict[str, str] = {
    "resolved": r"\bRESOLVED\b",
    "councillor": r"\bCr\.?\s+[A-Z][a-z]",
}

_STRONG_RX = _compile(_STRONG, re.IGNORECASE | re.MULTILINE)
_STRONG_RX_CASED = _compile(_STRONG_CASED, 0)
_MEDIUM_RX = _compile(_MEDIUM, re.IGNORECASE)
# C0/C1 control characters other than tab, newline, form feed; U+FFFD from undecodable bytes.
_JUNK_RX = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


@dataclass(frozen=True)
class MinutesCues:
    """The distinct cues found in the head of a text."""

    strong: frozenset[str]
    medium: frozenset[str]

    @property
    def is_minutes(self) -> bool:
        s, m = len(self.strong), len(self.medium)
        return s >= 2 or (s >= 1 and m >= 2) or m >= 7


def minutes_cues(text: str) -> MinutesCues:
    head = text[:HEAD_CHARS]
    strong = {m.lastgroup for m in _STRONG_RX.finditer(head) if m.lastgroup}
    strong |= {m.lastgroup for m in _STRONG_RX_CASED.finditer(head) if m.lastgroup}
    medium = {m.lastgroup for m in _MEDIUM_RX.finditer(head) if m.lastgroup}
    return MinutesCues(strong=frozenset(strong), medium=frozenset(medium))


def looks_like_minutes(text: str) -> bool:
    """True when the head of ``text`` reads like minutes of a meeting."""
    return minutes_cues(text).is_minutes


def junk_share(text: str) -> float:
    """Share of control and undecodable characters in the head of ``text``."""
    head = text[:HEAD_CHARS]
    if not head:
        return 0.0
    return len(_JUNK_RX.findall(head)) / len(head)


def ensure_minutes(doc: TextDocument) -> None:
    """Raise :class:`NotMinutesError` (or :class:`UnsupportedFormatError` for binary data)
    naming the file when its text does not look like minutes."""
    if junk_share(doc.text) > _MAX_JUNK_SHARE:
        raise UnsupportedFormatError(
            doc.path, "binary data, not text (expected txt, html, pdf or docx)"
        )
    if not looks_like_minutes(doc.text):
        raise NotMinutesError(
            doc.path,
            "does not look like minutes (no attendance, apologies, resolutions, "
            "declarations or minute headings near the start)",
        )

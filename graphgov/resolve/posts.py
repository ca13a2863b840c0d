"""Posts as minutes write them, normalised so that different spellings of one post compare equal.

Minutes name the same post several ways: "Divisional Director, IT" in the attendance list and
"The Divisional Director, Information Technology" in the item; "Corporate Director for
Children's Services" and "Corporate Director, Children's Services"; "the DCS". A post is reduced
to a tuple of lower-case tokens: abbreviations expanded, "&" read as "and", and the words that
only join a post to its area ("of", "for", "the", commas) dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

__all__ = [
    "ABBREVIATIONS",
    "CHAIR_WORDS",
    "is_acronym",
    "POST_WORDS",
    "best_holder",
    "is_chair_post",
    "looks_like_post",
    "normalise_post",
    "post_match_score",
]

#: Acronyms of whole posts ("the DCS") and of words inside posts ("Director, IT"). Expanded only
#: when written in capitals, so the pronoun "it" stays a word.
ABBREVIATIONS: dict[str, str] = {
    "dcs": "director of children's services",
    "dass": "director of adult social services",
    "dph": "director of public health",
    "ceo": "chief executive",
    "ce": "chief executive",
    "cfo": "chief finance officer",
    "s151": "section 151",
    "mo": "monitoring officer",
    "it": "information technology",
    "ict": "information and communications technology",
    "hr": "human resources",
    "od": "organisational development",
    "cex": "chief executive",
    "dof": "director of finance",
}

#: Shortened words, expanded in any case ("Asst. Director", "Snr Officer").
_SHORT_FORMS: dict[str, str] = {
    "cllr": "councillor",
    "dir": "director",
    "asst": "assistant",
    "dep": "deputy",
    "snr": "senior",
    "mgr": "manager",
    "exec": "executive",
}

#: Words that make a phrase a post ("Senior Property Strategy & Projects Officer").
POST_WORDS: frozenset[str] = frozenset(
    """director officer manager head chief executive mayor chair chairman chairwoman chairperson
    convener convenor leader member clerk secretary solicitor auditor treasurer commissioner
    controller planner adviser advisor consultant coordinator co-ordinator administrator assistant
    deputy lead lawyer accountant engineer inspector superintendent president governor analyst
    specialist strategist architect surveyor registrar ombudsman minister holder supervisor
    principal partner representative councillor provost master librarian headteacher constable
    commander sergeant warden ranger chaplain archivist nurse""".split()
)

#: Posts that mean whoever chairs the meeting.
CHAIR_WORDS: frozenset[str] = frozenset(
    {"chair", "chairman", "chairwoman", "chairperson", "convener", "convenor", "presiding member"}
)

# Words that join a post to its area and carry no meaning for matching.
_JOINERS = frozenset({"of", "for", "the", "to", "at", "on", "in", "a", "an"})
# A held post that adds one of these before the asked-for words is a different post:
# "Deputy Mayor" does not hold "Mayor".
_LESSER = frozenset({"deputy", "vice", "assistant", "associate", "under", "sub"})
# One-word posts too common to name anybody by themselves ("The Director", "The Officer").
_GENERIC_HEADS = frozenset(
    """director officer manager head chief executive member councillor lead assistant deputy
    representative partner adviser advisor consultant principal specialist analyst engineer
    coordinator co-ordinator administrator planner inspector governor holder""".split()
)
# Temporary holders still hold the post: "Interim Chief Executive" is the Chief Executive.
_TEMPORARY = frozenset({"acting", "interim", "temporary"})

_TOKEN = re.compile(r"[A-Za-z0-9']+")
_MAX_POST = 200  # posts are short; never run the tokeniser over a whole paragraph


def _fold(text: str) -> str:
    """ASCII, straight apostrophes, "&" as "and"; case kept (acronyms are read from capitals)."""
    text = text.replace("’", "'").replace("&", " and ")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=8192)  # the same posts are compared again and again within a document
def normalise_post(text: str | None) -> tuple[str, ...]:
    """Tokens of a post for comparison: ``"Director for Children’s Services"`` ->
    ``("director", "children's", "services")``."""
    if not text:
        return ()
    words = _TOKEN.findall(_fold(text[:_MAX_POST]))
    out: list[str] = []
    for w in words:
        low = w.lower()
        expansion = _SHORT_FORMS.get(low)
        if expansion is None and is_acronym(w):
            expansion = ABBREVIATIONS.get(low)
        out.extend(expansion.split() if expansion else [low])
    return tuple(w.strip("'") for w in out if w not in _JOINERS and w.strip("'"))


def is_acronym(word: str) -> bool:
    """"DCS", "S151", "CEx", "DoF": capitals (two or more), so the words "it" and "Mo" are not."""
    return len(word) > 1 and (word.isupper() or word[:1].isupper()
                              and sum(c.isupper() for c in word) >= 2)


def looks_like_post(text: str) -> bool:
    """Whether a phrase names a post (it holds a post word such as Director or Officer)."""
    tokens = normalise_post(text)
    return any(t in POST_WORDS for t in tokens)


def is_chair_post(text: str) -> bool:
    """"The Chair", "Chairman", "the Convener": the person chairing the meeting."""
    tokens = [t for t in normalise_post(text) if t not in _TEMPORARY]
    return " ".join(tokens) in CHAIR_WORDS


def _segments(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A held post split where it joins two posts: "Deputy Mayor and Cabinet Member for X"."""
    parts: list[tuple[str, ...]] = []
    current: list[str] = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t == "and" and current and current[-1] in POST_WORDS | {"services"} and nxt:
            parts.append(tuple(current))
            current = []
            continue
        current.append(t)
    if current:
        parts.append(tuple(current))
    return parts


def _contains(held: tuple[str, ...], asked: tuple[str, ...]) -> bool:
    """``asked`` occurs in ``held`` as a contiguous run not preceded by a lesser word."""
    n = len(asked)
    for i in range(len(held) - n + 1):
        if held[i:i + n] == asked:
            before = held[i - 1] if i else ""
            if before not in _LESSER:
                return True
    return False


@lru_cache(maxsize=8192)
def post_match_score(asked: str, held: str) -> int:
    """How well a held post answers a post mentioned in the text (0 = not at all).

    3: the same post; 2: one of the posts a person holds ("Monitoring Officer" of "Corporate
    Director, Governance and Monitoring Officer"); 1: the asked post inside a longer one
    ("Chief Executive" of "Interim Chief Executive, CNPA").
    """
    a = tuple(t for t in normalise_post(asked) if t not in _TEMPORARY)
    h = tuple(t for t in normalise_post(held) if t not in _TEMPORARY)
    if not a or not h or not any(t in POST_WORDS for t in a):
        return 0
    if a == h:
        return 3
    if any(seg == a for seg in _segments(h)):
        return 2
    # "The Commissioner": the post a held title ends in, before any comma ("Police and Crime
    # Commissioner"), over one merely inside it ("Chief Executive, Office of the ... Commissioner")
    head = tuple(t for t in normalise_post(held.split(",")[0]) if t not in _TEMPORARY)
    if len(a) == 1 and head[-1:] == a and a[0] not in _GENERIC_HEADS \
            and (len(head) < 2 or head[-2] not in _LESSER):
        return 2
    # A one-word post ("Director") inside a longer one names nobody in particular.
    if len(a) >= 2 or a[0] in {"mayor", "clerk", "treasurer", "leader", "secretary", "provost",
                               "commissioner", "headteacher", "president", "registrar"}:
        if _contains(h, a):
            return 1
    return 0


def best_holder(asked: str, held: Sequence[str | None], extra: Iterable[int] = ()) -> int | None:
    """Index of the one post in ``held`` that best answers ``asked``; None if none or a tie.

    ``extra`` lists indexes that hold the post by status rather than by title (the meeting's
    chair answers "The Chair").
    """
    scores = [post_match_score(asked, h) if h else 0 for h in held]
    for i in extra:
        scores[i] = max(scores[i], 3)
    top = max(scores, default=0)
    if top == 0:
        return None
    winners = [i for i, s in enumerate(scores) if s == top]
    return winners[0] if len(winners) == 1 else None

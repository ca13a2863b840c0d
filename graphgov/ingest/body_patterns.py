"""Bodies named by a fixed pattern rather than a head noun, for :mod:`graphgov.ingest.mentions`.

"NHS Anyshire" and "Healthwatch Anyshire" (a prefix naming the kind of body), national bodies
named "<Word> England / Wales / Scotland / Ireland" ("Natural England", "Police Scotland";
compass words make a region instead, "South Wales"), national bodies minutes cite by a bare
name with no head noun ("Ofsted", "Defra", "Network Rail"), "Cabinet" as a body (not a
Cabinet Member), and a one-word organisation written in lower case after a post
("Programme Director for acmepartners").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graphgov.resolve.posts import POST_WORDS

__all__ = ["named_bodies"]

# National bodies named "<Word> England" ("Natural England", "Sport Wales"); compass words
# make a region instead ("South Wales").
_NATIONAL = re.compile(
    r"(?:^|(?<=[a-z] )|(?<=[,;:(] )|(?<=\())((?:[A-Z][a-z]+\s+){1,2})"
    r"(?:England|Wales|Scotland|Ireland)\b"
    r"(?!\s+[A-Z])"
)
_COMPASS = frozenset("North South East West Mid Central Rural Greater Western Eastern Northern "
                     "Southern The In For Of And".split())
_NHS = re.compile(r"\bNHS(?:\s+[A-Z][a-z][\w'’-]*){1,3}\b")
# Local Healthwatch bodies are named "Healthwatch <Place>"
_HEALTHWATCH = re.compile(r"\bHealthwatch(?:\s+(?:and\s+)?[A-Z][\w'’-]+){1,3}\b")
# "submitted to Cabinet", "the Cabinet meeting": the executive as a body, not a Cabinet Member
_CABINET = re.compile(
    r"(?<=[a-z,] )Cabinet\b(?!\s+(?:Members?|Leads?|Portfolios?|Office|Secretary|Ministers?|"
    r"Support|Advis[eo]rs?|Spokes\w+|Assistants?|Deputies|Deputy|Champions?|Room)\b)"
)
# An organisation whose name is one word written in lower case, after a post ("Programme
# Director for acmepartners"): capitalised words there are usually places or areas.
_POST_ORG = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in POST_WORDS)) + r")"
    r"(?:,\s*|\s+(?:for|at|with)\s+)(?P<org>(?!various|others|other|etc)[a-z]+[A-Za-z&-]{4,30})(?=\s*[).,;]|\s*$)"
)


# Public bodies of the UK and Ireland that minutes name without any head noun ("the Ofsted
# inspection", "guidance from Defra"): regulators, departments known by their short names,
# national agencies and charities. Vocabulary of the domain, like the post words.
_BARE_NAMES = (
    "Ofsted", "OFSTED", "Ofwat", "Ofgem", "Ofcom", "Defra", "DEFRA", "Estyn", "Cadw",
    "NatureScot", "HMRC", "Network Rail", "National Highways", "Citizens Advice", "Age UK",
    "Sustrans", "Groundwork", "Openreach", "Tusla", "Young Scot", "HM Treasury", "Home Office",
    "Cabinet Office", "Homes England", "Active Travel England",
)
_BARE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in _BARE_NAMES) + r")(?![\w-])")


def named_bodies(text: str) -> Iterator[tuple[str, str | None, int]]:
    """(name, acronym, offset) for each body these patterns find in ``text``."""
    for m in _NHS.finditer(text):
        yield m.group(0), None, m.start()
    for m in _HEALTHWATCH.finditer(text):
        yield m.group(0), None, m.start()
    for m in _CABINET.finditer(text):
        yield "Cabinet", None, m.start()
    for m in _NATIONAL.finditer(text):
        if m.group(1).split()[0] not in _COMPASS:
            yield m.group(0), None, m.start()
    for m in _POST_ORG.finditer(text):
        yield m.group("org"), None, m.start("org")
    for m in _BARE.finditer(text):
        yield m.group(0), None, m.start()

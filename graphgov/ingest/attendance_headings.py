"""Attendance headings: the words that open a list ("Present:", "Officers in attendance:",
"Apologies:", "In the Chair:", "Yn bresennol / Present:", "Attending Remotely:") and the kind of
list each opens.
"""

from __future__ import annotations

import re

VICE_CHAIR = "vice_chair"
PRESENT, OFFICERS, OTHERS, APOLOGIES, ABSENT, CHAIR, CLERK, NOTES, OTHER_APOLOGIES = (
    "present",
    "officers",
    "others",
    "apologies",
    "absent",
    "chair",
    "clerk",
    "notes",
    "other_apologies",
)

HEADS: tuple[tuple[str, str], ...] = (
    (
        OTHERS,
        r"representatives?\b[^:]{0,40}\bin\s+attendance|guests?|visitors?|observers?|members\s+of"
        r"\s+"
        r"the\s+public|others\s+(?:present|in\s+attendance)|co-opted(?!\s+members?\b)",
    ),
    (
        OFFICERS,
        r"officers?\s+present|officers?\s+in\s+attendance|officials?\s+(?:in\s+attendance|present)|"
        r"officials?|officer|"
        r"(?:council|support(?:ing)?|other|attending)\s+officers|officers|staff\s+present|staff\s+in\s+attendance|staff|"
        r"also\s+in\s+attendance|also\s+present|also\s+attending|in\s+attendance|attending",
    ),
    (CLERK, r"clerk|minute\s+taker|minutes\s+taken\s+by"),
    (NOTES, r"notes\s+taken\s+by|notes|note\s+taker"),
    (OTHER_APOLOGIES, r"other\s+apologies"),
    (
        APOLOGIES,
        r"apolog(?:ies|y)(?:\s+(?:for\s+absence|received|accepted|noted))?(?:\s+from\s+[\w"
        r" ]{1,30}?)?|"
        r"regrets|"
        r"ymddiheuriadau\s*/\s*apologies",
    ),
    (
        ABSENT,
        r"(?:members\s+|councillors\s+)?absent|absentees|(?:approved\s+)?leaves?\s+of\s+absence",
    ),
    (VICE_CHAIR, r"vice[- ]chair(?:man|person)?|deputy\s+chair(?:man|person)?"),
    (CHAIR, r"in\s+the\s+chair|presiding(?:\s+member)?|chair(?:man|person)?|cathaoirleach"),
    (
        PRESENT,
        r"(?:(?:committee|board|council|other|cabinet|panel)\s+)?members?\s+present|councillor"
        r"s?\s+present|"
        r"present\s+members|presennol\s*/\s*present|present|sederunt|attendance\s+details|attendan"
        r"ce|"
        r"committee\s+members|board\s+members|panel\s+members|"
        r"(?:independent\s+|voting\s+|non-voting\s+)?co-opted\s+members?|members|"
        r"councillors|attendees|"
        r"by\s+invitation[^:]{0,40}|(?:[A-Za-z-]+\s+){1,4}present|"
        r"(?:attending|participating|present|joined)\s+(?:remotely|virtually|online)|"
        r"substitute\s+members?|substitutes|non-voting(?:\s+members?)?|voting\s+members?|"
        r"associate\s+members?",
    ),
)
HEAD_ALT = "|".join(f"(?P<{kind}>{rx})" for kind, rx in HEADS)
#: A heading at the start of a line: "Present:", "1 Present:", "OFFICERS PRESENT", "P r e s e n t:".
LINE_HEAD = re.compile(
    r"^(?:(?:(?:Item|Minute|Min\.?)\s+)?(?:[A-Z]{1,4}\s?)?\d+(?:[./]\d+)*[.):]?\s*[-–—]?\s+)?"
    r"(?:[^\W\d][\w' ]{1,40}?\s*/\s*)?(?:" + HEAD_ALT + r")\s*"
    r"(?:\((?P<qual>[^()]{1,40})\)\s*)?"
    r"(?P<colon>[:\-–—]|$)\s*",
    re.IGNORECASE,
)
#: A heading inside a long line needs its colon: "... Present: A, B In Attendance: C ...".
INLINE_HEAD = re.compile(r"(?:^|(?<=\s))(?:" + HEAD_ALT + r")\s*[:—]\s*", re.IGNORECASE)
#: A heading in capitals with no colon, inside a long line: "... PRESENT Councillor A ...".
CAPS_HEAD = re.compile(
    r"(?<=\s)(?:(?P<present>PRESENT|MEMBERS PRESENT)|(?P<officers>IN ATTENDANCE|ALSO"
    r" PRESENT|OFFICERS)|"
    r"(?P<apologies>APOLOGIES))\s+(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Cr)\.?\s)"
)
SUBHEAD = re.compile(r"\((councillors|members|officials|officers)\)", re.IGNORECASE)


def kind_of(m: re.Match[str]) -> str:
    groups = m.groupdict()
    for kind, _ in HEADS:
        if groups.get(kind):
            return kind
    return PRESENT

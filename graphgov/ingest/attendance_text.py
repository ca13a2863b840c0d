"""An attendance entry's text tidied before it is split into people.

Minutes decorate list text in ways that hide who is listed: bilingual titles ("Cyng. / Cllr"),
dotted leaders ("Ada Lowe ........ Chair"), head counts ("and 3 members of the public"),
titles glued to names ("MrsC Vane", "Howe)Mr"), bullets, and a label before the list that is an
organisation ("Water Agency: ...") or a post ("Chief Nurse: Ann Lee").
"""

from __future__ import annotations

import re

from graphgov.resolve.names import looks_like_name, split_honorific

_GLUED_HONORIFIC = re.compile(
    r"(?<=[a-z)])(?=(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Councillor|Cllr)\.?\s)"
)

_GLUED_TITLE = re.compile(r"\b(Mrs|Miss|Mr|Ms|Dr)(?=[A-Z])")


#: A Welsh or Irish title paired with its English one ("Cyng. / Cllr", "Cyng. Sir/County Cllr",
#: "Comhairleoir / Cllr."): the English title is read, its translation dropped.
_BILINGUAL_TITLE = re.compile(
    r"(?<![\w/])[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*/\s*(?=(?:(?:County|Borough|District|Town|Communi"
    r"ty"
    r"|Parish)\s+)?(?:Cllrs?|Councillors?|Cr)\b)"
)
#: Dotted leaders between a name and its post ("Ada Lowe ........ Chair").
_LEADER_DOTS = re.compile(r"[ \t]*(?:[.…][ ]?){3,}[ \t]*(?=\S)")


#: Unnamed people counted in a list ("and 3 members of the public", ", 11 residents"): no one.
_HEADCOUNT = re.compile(
    r"(?:^|\s*[,;]|\s+(?:and|&))\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"a\s+number\s+of)\s+(?:other\s+)?(?:members?\s+of\s+the\s+(?:public|press)|residents?|"
    r"parishioners|(?:press\s+)?representatives?\s+of\s+the\s+press|observers?|visitors?)\b",
    re.IGNORECASE,
)


#: A post written as a label before its holder ("Non-Executive Director: X", "Chief Nurse: Y").
_POST_FIRST_LABEL = re.compile(
    r"^\s*(?:[A-Z][\w-]*\s+){0,4}(?:Director|Executive|Nurse|Officer|Secretary|Treasurer|Clerk|"
    r"Manager|Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|Member|Adviser|Advisor|"
    r"(?:Head|Director|Chief\s+\w+)\s+of\s+[\w &]+)\s*$"
)


def normalise(text: str) -> str:
    """The entry text with decorations removed (see the module docstring)."""
    text = _HEADCOUNT.sub("", text)
    # "Cllr. A Lee presiding", "Councillor B Vane in the Chair": the chair, marked as a bracket
    text = re.sub(r"\s+(presiding|in\s+the\s+chair)\s*\.?\s*$", r" (\1)", text, flags=re.IGNORECASE)
    text = _LEADER_DOTS.sub("\t", text)
    text = re.sub(r"(?<=\S) {3,}(?=\S)", "\t", text)  # columns aligned with spaces
    text = _BILINGUAL_TITLE.sub("", text)
    text = re.sub(r"\t+[_\-–—]?\t*", "\t", text)
    text = _GLUED_HONORIFIC.sub(" ", text)
    text = _GLUED_TITLE.sub(r"\1 ", text)
    text = re.sub(r"[ \xa0]+", " ", text.replace("\t", " \t ")).strip(" .;:,|")
    text = re.sub(r"^(?:[•·\-–*]|\(?[a-z]\)|\(?[ivx]+\))\s+", "", text)
    m = re.match(r"^([^:()]{2,60}):\s+(?=\S)", text)
    if m and (not looks_like_name(m.group(1)) or split_honorific(text[m.end() :])[0] is not None):
        text = text[m.end() :]  # "Water Agency: Mr T Vine - Area Manager"
        if _POST_FIRST_LABEL.match(m.group(1)) and not re.search(r"\s[-–—/]\s|\t|,", text):
            text = f"{text} ({m.group(1).strip()})"  # "Chief Nurse: Ann Lee": the post labels one
    return text

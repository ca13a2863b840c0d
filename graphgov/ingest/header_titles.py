"""Title lines as bilingual and board minutes write them, reduced to the phrase the header
patterns read.

- Welsh and Irish councils print each title line in both languages, the English second:
  "COFNODION CYFARFOD Y CABINET / MINUTES OF THE MEETING OF THE CABINET",
  "Dydd Mawrth, 4 Mawrth 2025 / Tuesday, 4 March 2025". The English half is read.
- Boards and committees add what the document is, or which part, after their name:
  "QUALITY COMMITTEE - MINUTES (PART 1)", "TRUST BOARD - PART 1 (PUBLIC)",
  "Strategic Board – Notes of meeting", "Regular Council Meeting - Minutes".
"""

from __future__ import annotations

import re

#: One " / " between two halves of a line, each with words (dates "05/02/2025" have no spaces).
_HALVES = re.compile(r"^(?P<first>.*?[^\W\d_].*?)\s+/\s+(?P<second>[^/]*[^\W\d_][^/]*)$")
#: Words that show a half is English: what a title, date or label line says in English.
_ENGLISH = re.compile(
    r"\b(?:minutes|meeting|council|committee|board|cabinet|present|date|time|venue|held|of|the|"
    r"and|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|municipal|district|county|"
    r"town|community)\b",
    re.IGNORECASE,
)

_SUFFIX = re.compile(
    r"\s*[-–—:]\s*(?:(?:draft\s+)?(?:minutes|notes)(?:\s+of\s+(?:the\s+)?meeting)?"
    r"(?:\s*\(?part\s+[\w]+\)?)?(?:\s*\((?:public|private)\))?|part\s+(?:[\w]+)"
    r"(?:\s*\([^()]*\))?|\((?:public|private)\))\s*$",
    re.IGNORECASE,
)


def english_part(text: str) -> str:
    """The English half of a bilingual line ("Cyngor Tref X / X Town Council" -> the second);
    other lines unchanged. The label before a colon is kept ("DYDDIAD / DATE: ... / ...")."""
    m = re.match(r"^([^:]{1,40}):\s*(.*)$", text)
    if m and " / " in m.group(1):
        label = m.group(1).split(" / ")[-1]
        return f"{label}: {english_part(m.group(2))}"
    m = _HALVES.match(text.strip())
    if not m or " / " in m.group("second"):
        return text
    first, second = m.group("first"), m.group("second")
    if len(first.split()) < 2 or len(second.split()) < 2:
        return text
    if _ENGLISH.search(second) is None:
        return text
    return second


def strip_title_suffix(text: str) -> str:
    """ "QUALITY COMMITTEE - MINUTES (PART 1)" -> "QUALITY COMMITTEE"."""
    out = _SUFFIX.sub("", text)
    return out if len(out) >= 3 else text


def strip_document_label(text: str) -> str:
    """ "Minutes - Audit Committee - 4 March 2025" and "Audit Committee - Minutes - 4 March 2025"
    -> "Audit Committee - 4 March 2025"."""
    text = re.sub(
        r"\s+[-–—|]\s+(?:draft\s+)?(?:minutes|notes)\s+(?=[-–—|]\s)", " ", text, flags=re.I
    )
    return re.sub(r"^\s*(?:draft\s+)?(?:minutes|notes)\s*[-–—|]\s+(?=[A-Z])", "", text, flags=re.I)


_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "&"}


def title_case(text: str) -> str:
    """ "AUDIT AND GOVERNANCE COMMITTEE" -> "Audit and Governance Committee"."""
    words = text.lower().split()
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL:
            out.append(w)
        elif "-" in w:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def word_case(word: str) -> str:
    """One word in capitals, title-cased ("STIRLING" -> "Stirling", "OF" -> "of")."""
    low = word.lower()
    return low if low in _SMALL else title_case(word)

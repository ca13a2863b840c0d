"""What resolution markers, clause labels and motions look like in minutes: the patterns
:mod:`graphgov.ingest.resolutions` reads items with (kept apart so that module holds only the
reading). Every pattern is anchored or bounded; none backtracks badly on long lines.
"""

from __future__ import annotations

import re

HEADING = re.compile(
    r"^(?:(?:It was|The \w+(?: \w+){0,3})\s+)?(?:UNANIMOUSLY\s+|unanimously\s+)?"
    r"(?:RESOLVED|Resolved|resolved|DECISIONS?|Decisions?|DECIDED|Decided|AGREED|Agreed|agreed|"
    r"PENDERFYNWYD|Penderfynwyd)"  # Welsh: "PENDERFYNWYD:" alone over its clauses
    r"(?:\s*\((?:unanimously|by [^)]{1,40})\))?"
    r"(?:\s+(?:to|that|as follows))?\s*[:\-–—]*\s*-?$"
)
WEAK_HEADING = re.compile(r"^(?:DECISIONS?|Decisions?)\b")
STRONG_INLINE = re.compile(
    r"(?<![A-Za-z])(?:RESOLVED|AGREED|DECIDED)(?![A-Za-z])|(?<![A-Za-z])RESOLVED(?=[a-z])"
)
LEADING_INLINE = re.compile(
    r"(?:^(?:\d{1,2}\.\s+)?|(?<=[a-z)][.:;]\s))(?:UNANIMOUSLY\s+)?(?:Resolved|Agreed|Decided)"
    r"(?=\s*(?:[:\-–—(,]|that\b|to\b|by\b|\s))"
    # "Agreed and signed by the Chair", "Agreed as an accurate record": the minutes, signed
    r"(?!\s+(?:and signed|as (?:an? )?(?:true|correct|accurate)))"
)
IT_WAS = re.compile(
    r"\b[Ii]t was (?:also |further |then |therefore )?(?:unanimously |duly )?"
    r"(resolved|agreed|RESOLVED|AGREED)\b(?=\s*(?:that|to|:|,|\s*-))"
)
# Irish minutes: "... seconded by Cllr. Y, the following resolution was adopted:"
RESOLUTION_ADOPTED = re.compile(
    r"\b(?:the following |this |the )?resolution was (?:unanimously )?"
    r"(?:adopted|passed|carried|agreed)(?=\s*(?:[:.;,\-–]|$))",
    re.I,
)
# "The Committee resolved that ...": a body's formal decision; "The Board agreed to ..." is
# weaker (read like "it was agreed"). A person who "agreed to circulate" decides nothing.
BODY_DECIDED = re.compile(
    r"\b(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Executive|Forum|Authority|"
    r"Commission|Members|Partnership|Trust|Trustees|Governors|(?<=The )[A-Z]{2,5})\s+"
    r"(?:(?:unanimously|therefore|then|also|further)\s+)?"
    r"(resolved|agreed|decided)\b(?=\s*(?:that|to|:|,|\s-))"
)
# "The Board APPROVED ...", "The Committee NOTED ...": a body's decision verb in capitals (how
# NHS and harbour boards record decisions); "the minutes were APPROVED" (passive) is narrative.
BODY_CAPS = re.compile(
    r"\b(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Executive|Forum|Authority|"
    r"Commission|Members|Partnership|Trust|Trustees|Governors|Directors|Commissioners)\s+"
    r"(?:UNANIMOUSLY\s+|unanimously\s+)?(?:APPROVED|NOTED|ENDORSED|RATIFIED|ADOPTED|SUPPORTED|"
    r"ACCEPTED)\b"
)
# After "Decision:": "The Commissioner approved ...", "Trustees approved ..."
ACTOR_DECIDED = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:(?i:unanimously)\s+)?"
    r"(?i:approved|agreed|resolved|decided|noted|endorsed|adopted|accepted|supported|ratified)\b"
)
DECISION_INLINE = re.compile(
    r"^(?:Decisions?|DECISIONS?|Resolution|RESOLUTION)\s*[:\-–—]\s*(?P<rest>\S.*)$"
)
LABEL = re.compile(
    r"^(?:[-•·§o*]\s*)?(?:\((?P<a>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\)"
    r"|(?P<b>\d{1,2}|[a-zA-Z]|[ivx]{1,5})[.)]"
    r"|(?P<c>[A-Z])(?=\s{2,}|\t))\s*(?P<rest>\S.*)$"
)
BULLET = re.compile(r"^[-•·§o*]\s+")
CLAUSE_START = re.compile(
    r"^[\"“']?(?:that|to\s+[a-z]+|resolved|agreed|noted|note[sd]?|approved?|endorsed?|accepted|accept|"
    r"adopted?|deferred|defer|refused|refuse|granted|grant|delegated?|authori[sz]ed?|"
    r"requested|request|recommended|recommend|confirmed|confirm|elected|elect|appointed|"
    r"appoint|received|receive|supported|support|welcomed|rejected|reject|agree|thanked|"
    r"instructed|asked that|recommends|notes|approves|agrees|endorses|delegates|authori[sz]es|"
    r"requests|adopts|accepts|receives|supports|confirms|refers|instructs|awards|grants|"
    r"refuses|defers|appoints)\b",
    re.I,
)
STOP = re.compile(
    r"^(?:Minutes:|Action by|Actions?:|Reasons? for|Alternative options|"
    r"Report author|Background papers|Note:|Decision status|Wards? affected|Publication date|"
    r"Votes? (?:for|against)|Voting)",
    re.I,
)
# Lines inside a resolution block that are neither clauses nor its end.
SKIP = re.compile(r"^(?:Moved|Seconded|Proposed|Mover|Seconder)(?:\s+by)?\s*[:\-–]")
# A motion: "Moved Cr Ayr, Seconded Cr Pike", "MOVED: Cr Ayr  SECONDED: Cr Pike", "Moved by
# Councillor Hale" (its clauses follow, or "that ..." ends the line); it stands if "CARRIED".
MOVER = re.compile(r"^(?:MOVED|Moved|PROPOSED|Proposed|Mover)\b(?:\s+by\b)?")
SECONDER = re.compile(r"^(?:SECONDED|Seconded|Seconder)\b")
MOTION_THAT = re.compile(r"\s(?:that|THAT)\s+(?=\S)")
# The outcome of the motion being read: "CARRIED 6/0", "Lost.", "The motion was put and
# carried", "On being put to the vote the motion was LOST"; an amendment's outcome is not its.
OUTCOME = re.compile(
    r"^(?:(?:the\s+)?(?:(?:substantive\s+)?motion\s+|(?P<amendment>amendment\s+))?(?:was\s+)?|"
    r"(?:the|on|upon|being)\b.{0,60}?\b(?:motion|(?P<amended>amendment)|recommendation)\b"
    r".{0,40}?\b)"
    r"(?P<v>carried|lost|defeated|fell|failed|withdrawn)\b[\s.,;:()\-–/0-9]*"
    r"(?:(?:unanimously|by|absolute|majority|votes?|to|for|against|nem|con|en|bloc)\b"
    r"[\s.,;:()\-–/0-9]*){0,6}$",
    re.I,
)
# "RESOLUTION 2019/45", "COMMITTEE RESOLUTION CR/23/7", "Resolution 2024-188", "COUNCIL
# RESOLUTION 2024/088 - ABSOLUTE MAJORITY REQUIRED": a numbered resolution heading.
NUMBERED_HEADING = re.compile(
    r"^(?:(?:COMMITTEE|COUNCIL|BOARD|PANEL)\s+)?RESOLUTION(?:\s+[A-Z]{0,4}/?\d{2,4}(?:[/-]\d{1,4})?)?"
    r"(?:\s+[-–]\s+[A-Z][A-Z ]{0,60})?\s*$|"
    r"^(?:(?:Committee|Council|Board|Panel)\s+)?Resolution(?:\s+(?:No\.?|number))?"
    r"\s+[A-Z]{0,4}/?\d{2,4}(?:[/-]\d{1,4}){1,2}\s*$"
)
IT_WAS_END = re.compile(r"\b[Ii]t was(?: (?:also|further|then|unanimously|duly))?$")
MARKER_START = re.compile(r"^(?:resolved|agreed|RESOLVED|AGREED)\b")
SPACED_LETTER = re.compile(r"^([A-H]) (?=[A-Z][a-z])")
BODY_INTRO = re.compile(r"^(?:That\s+)?[Tt]he\s+(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*\s*:$")
CLOSING_THAT = re.compile(r"^That (?:the |this |[A-Z])\S*(?:\s+\S+){0,40}?\s+(?:be|is|are)\b")
CLOSING_TO = re.compile(r"^To (?:recommend|approve|note|agree|adopt|endorse|accept)\b")
RECOMMENDATION_LABEL = re.compile(r"recommend\w*\s*[:\-–]*\s*$", re.I)
RECOMMENDED_START = re.compile(r"^recommend", re.I)
MEETING_CLOSED = re.compile(
    r"^(?:The )?meeting (?:closed|ended|concluded|finished)|^There being no further business", re.I
)
REFERENCE_END = re.compile(r"^\(?(?:Reference|Ref)\b")
AND_THAT = re.compile(r"^(?:That|To|THAT|AND THAT|And that)\s")
FIRST_LABELS = {"1", "a", "i", "A"}
UNFINISHED = re.compile(r"[^.;:!?)\s]\s*$")
INTRO_END = re.compile(r"(?::|:-|:–|–|-|as follows[:;,.]?|the following[:;,.]?)\s*$", re.I)
MARKER_THEN_LABEL = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|Agreed)\b[\s:\-–—]*\(?(?P<label>\d{1,2}|[a-z])[.)]\s+(?P<rest>\S.*)$"
)
# "(1) that X; and (2) that Y", "AGREED that: 1) X; 2) Y"
INLINE_LABEL = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2}|[a-h]|i{1,3}|iv|v)\)\s")
# The marker in front of a clause's own text: "RESOLVED – That ..." -> "That ...".
LEADING_MARKER = re.compile(
    r"^(?:UNANIMOUSLY\s+)?(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)"
    r"(?:\s+UNANIMOUSLY)?(?:\s*\([^)]{0,40}\))?\s*(?:[:\-–—]+|,)?\s*"
)
# Every marker holds one of these (a cheap test before the patterns run).
MARKER_WORDS = (
    "esolved", "ESOLVED", "greed", "GREED", "ecided", "ECIDED", "Decision", "DECISION",
    "Resolution", "RESOLUTION", "APPROVED", "NOTED", "ENDORSED", "RATIFIED", "ADOPTED",
    "SUPPORTED", "ACCEPTED", "resolution was",
)  # fmt: skip
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}
RECOMMENDATION_AGREED = re.compile(r"^Recommendations? (?:agreed|approved|accepted)\.?$", re.I)

"""Sentences that add or qualify attendees: apologies, lateness, leaving early, substitutes,
joining remotely, and who took the chair.

Each rule names the people in a clause ("Apologies for absence were received from Councillors
J Abbot and S Lyle-Fry") and updates them in the register, adding people no list named.
"""

from __future__ import annotations

import re

from graphgov.ingest.attendance import Person, Register
from graphgov.ingest.attendance_entries import parse_entries
from graphgov.ingest.attendance_entry import Entry
from graphgov.ingest.attendance_sentences import sentences, texts, windows
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line
from graphgov.model.vocab import Capacity, Status

_APOLOGY = re.compile(
    r"(?<![A-Za-z])apolog(?:y|ies)(?:\s+for\s+(?:absence|non-attendance))?\s+(?:(?:were|was|had\s+"
    r"been|have\s+been|has\s+been)\s+)?"
    r"(?:(?:received|submitted|noted|tendered|given|reported|made|recorded|sent)"
    r"(?:\s+and\s+(?:accepted|noted|approved))?\s+)?(?:from|on\s+behalf\s+of|by|(?<=recorded\s)for|"
    r"(?<=noted\s)for)\s*:?\s*",
    re.IGNORECASE,
)
_LATE_APOLOGY = re.compile(
    r"(?<![A-Za-z])apolog(?:y|ies)\s+for\s+(?:lateness|late\s+arrival|arriving\s+late)\s+(?:(?:was"
    r"|were|had\s+been)\s+)?"
    r"(?:(?:received|submitted|noted|given|made)\s+)?(?:from|on\s+behalf\s+of|by)\s*:?\s*",
    re.IGNORECASE,
)
_EARLY_APOLOGY = re.compile(
    r"(?<![A-Za-z])apolog(?:y|ies)\s+for\s+(?:leaving|having\s+to\s+leave|departing)\s+(?:the\s+me"
    r"eting\s+)?early\s+"
    r"(?:(?:was|were|had\s+been)\s+)?(?:(?:received|submitted|noted|given|made)\s+)?(?:from|on\s+b"
    r"ehalf\s+of|by)\s*:?\s*",
    re.IGNORECASE,
)
_SUBMITTED = re.compile(
    r"\s+(?:each\s+|also\s+|had\s+)?(?:submitted|sent|gave|given|tendered|offered)\s+"
    r"(?:an?\s+|their\s+)?"
    r"apolog(?:y|ies)(?:\s+for\s+(?P<what>lateness|late\s+arrival|leaving\s+early|leaving\s+the\s+"
    r"meeting\s+early|absence))?\b",
    re.IGNORECASE,
)
_LATE_VERB = re.compile(
    r"\s+(?:was|were)\s+(?:delayed|running\s+late)|\s+arrived\s+(?:late|at\s+\d)|\s+joined\s+the"
    r"\s+meeting\s+(?:at|during|late)"
    r"|\s+(?:was|were)\s+late\b",
    re.IGNORECASE,
)
#: "Councillor X left the meeting at 8.40pm": leaving before the end (a time, not an item).
_LEFT_VERB = re.compile(
    r"\s+left\s+the\s+(?:meeting|chamber|room)\s+at\s+\d{1,2}(?:(?:[.:]\d{2})?\s*(?:a\.?m|p\.?m)|"
    r"[.:]\d{2}\b)",
    re.I,
)
_REMOTE_VERB = re.compile(
    r"\s+(?:joined|attended|participated)\s+(?:(?:in\s+)?the\s+meeting\s+)?(?:remotely|virtually|"
    r"online|via\s+(?:MS\s+|Microsoft\s+)?(?:Teams|Zoom|video)|by\s+(?:video|telephone|phone))",
    re.IGNORECASE,
)
_SUB_SENTENCE = re.compile(
    r"^(?P<who>.+?)\s+(?:was\s+present|attended|was\s+in\s+attendance|substituted|deputised)\s+"
    r"(?:as\s+(?:a\s+)?substitute(?:\s+member)?\s+for\s+|for\s+|on\s+behalf\s+of\s+)(?P<for>.+?)"
    r"\.?$",
    re.IGNORECASE,
)
_IN_ABSENCE = re.compile(
    r"^(?P<who>.+?)\s+(?:attended|was\s+present|deputised)\s+(?:in\s+(?:his|her|their)\s+(?:absenc"
    r"e|place|stead)|"
    r"as\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?substitute)\b",
    re.IGNORECASE,
)
_PAIR_SUB = re.compile(
    r"^(?:\(?[ivx\d]+[.)]\s*)?(?P<who>(?:Cllr|Councillor)\.?\s+[^;()]+?)\s+for\s+"
    r"(?P<for>(?:Cllr|Councillor)\.?\s+[^;,()]+?)\s*(?:;|,|\.|$)",
)
_SUBSTITUTED_BY = re.compile(
    r"(?P<absent>(?:Councillor|Cllr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),?\s+(?:who\s+)?"
    r"(?:was|had\s+been)\s+(?:substituted|replaced)\s+by\s+(?P<who>(?:Councillor|Cllr)\.?\s+[A-Z]"
    r"[\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_FOR_WHOM = re.compile(
    r"\s+for\s+whom\s+(.+?)\s+(?:was|were)\s+(?:deputising|substituting|attending)", re.IGNORECASE
)
_TOOK_CHAIR = re.compile(
    r"(?P<who>[A-Z][^.;]{1,80}?)\s*,?\s+(?:accepted\s+and\s+|then\s+|duly\s+)?(?:(?:took|assumed|"
    r"taking|assuming)\s+the\s+(?:chair|meeting)\b|presid(?:ed|ing)\b)",
)
_IN_THE_CHAIR = re.compile(
    r"\b(?P<who>(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’ .-]{1,40}?)(?:\s*\([^()]{1,40}\))?"
    r"\s+in\s+the\s+chair\b",
    re.IGNORECASE,
)
_APPOINTED_FOR_MEETING = re.compile(
    r"(?:appoint|elect)(?:ed)?\s+(?P<who>(?:Councillor|Cllr)\.?\s+[A-Z][\w'’"
    r" -]{1,40}?)\s+as\s+(?:the\s+)?"
    r"Chair(?:man|person)?\s+(?:for|of)\s+(?:the|this)\s+meeting",
    re.IGNORECASE,
)
_CHAIRED_BY = re.compile(
    r"\bchaired\s+by\s+(?P<who>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})"
)
_ELECTED_FOR_MEETING = re.compile(
    r"(?P<who>(?:Councillor|Cllr)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|be)\s+"
    r"(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?Chair(?:man|person)?\s+for\s+(?:the|this)\s+mee"
    r"ting"
)
_CONTINUE_CHAIR = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:agreed\s+to\s+)?continued?\s+as\s+Cha"
    r"ir(?:man|person)?\b"
)
_CHAIR_APPOSITION = re.compile(
    r"\bThe\s+Chair(?:man|person)?,\s+(?P<who>(?:Councillor|Cllr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z]["
    r"\w'’-]+){0,2}),"
)
_STOP_WORDS = frozenset(
    "with the it this in at on he she they there members noted who which was were had has would"
    " will".split()
)
_LIST_OK_LOWER = frozenset("and of for the de van von ap da di du le la y".split())


def read_narrative(ctx: ParseContext, lines: list[Line], register: Register) -> None:
    recent_sub = -10
    for idx, (text, line_at) in enumerate(texts(lines)):
        if re.search(r"substitut", text, re.IGNORECASE):
            recent_sub = idx
        last_away: str | None = None
        pos = 0
        for sentence in windows(sentences(text)):
            found = text.find(sentence[:60], pos)
            pos = found if found >= 0 else pos
            no = line_at(pos)
            last_away = _apologies(sentence, no, register) or last_away
            _subject_rules(sentence, no, register)
            _substitutes(sentence, no, register, idx - recent_sub <= 3, last_away)
            _chairs(sentence, no, register)
            _returned(sentence, register)


_RETURNED = re.compile(
    r"\s+(?:returned\s+to|rejoined|re-?entered)\s+the\s+(?:meeting|chamber|room)\b", re.IGNORECASE
)


def _returned(sentence: str, register: Register) -> None:
    """ "Cr X returned to the chamber at 6.45pm": whoever left and came back did not leave early."""
    m = _RETURNED.search(sentence)
    if not m:
        return
    for e in _subject(sentence[: m.start()]):
        found = register.find(e.name)
        if found is not None and "left_early" in found.notes:
            found.notes.remove("left_early")


def _list_text(text: str) -> str:
    """The people list at the start of ``text``: up to the first word that ends it."""
    text = _FOR_WHOM.sub(
        lambda m: (
            " (" + m.group(1).replace("(", ", ").replace(")", "") + " attended as substitute)"
        ),
        text,
    )
    depth = 0
    out = []
    for tok in re.split(r"(\s+)", text):
        inside = depth > 0 or "(" in tok or ")" in tok
        depth = max(0, depth + tok.count("(") - tok.count(")"))
        word = tok.strip(",.;:·•")
        if not inside and word and not tok.isspace():
            low = word.lower()
            if (word[0].islower() and low not in _LIST_OK_LOWER) or (
                low in _STOP_WORDS and word[0].isupper()
            ):
                break
        out.append(tok)
    return re.sub(r"(?:\s+(?:and|&))+\s*$", "", "".join(out).strip(" ,.;")).strip(" ,.;")


def _apologies(sentence: str, no: int, register: Register) -> str | None:
    """Apply an apologies sentence; the name of the one person it excuses, if exactly one."""
    for rx, note in ((_LATE_APOLOGY, "late"), (_EARLY_APOLOGY, "left_early")):
        m = rx.search(sentence)
        if m:
            for e in parse_entries(_list_text(sentence[m.end() :])):
                _mark(register, e, no, status=Status.PRESENT, note=note)
            return None
    m = _APOLOGY.search(sentence)
    away: list[str] = []
    if m and not re.search(r"\bno\s+apolog", sentence, re.IGNORECASE):
        for rest in re.split(r"\s+and\s+(?:also\s+)?from\s+", sentence[m.end() :]):
            for e in parse_entries(_list_text(rest)):
                away.append(e.name)
                if e.chair and not e.role and e.chair_title:
                    e.role = e.chair_title  # "apologies from Councillor A (Chairman)"
                _mark(register, e, no, status=Status.APOLOGIES)
                for s in e.substitutes:
                    # a substitute stands in the capacity of the person they replace
                    _mark(
                        register,
                        s,
                        no,
                        status=Status.PRESENT,
                        note="substitute",
                        substitute_for=e.name,
                        capacity=_capacity(e),
                    )
    return away[0] if len(away) == 1 else None


def _subject_rules(sentence: str, no: int, register: Register) -> None:
    m = _SUBMITTED.search(sentence)
    if m and not _REMOTE_VERB.search(sentence):
        what = (m.group("what") or "absence").lower()
        note = "late" if "late" in what else "left_early" if "leav" in what else None
        status = Status.APOLOGIES if note is None else Status.PRESENT
        for e in _subject(sentence[: m.start()]):
            _mark(register, e, no, status=status, note=note)
        return
    for rx, note in ((_LATE_VERB, "late"), (_LEFT_VERB, "left_early"), (_REMOTE_VERB, "remote")):
        m = rx.search(sentence)
        if m and not (note == "left_early" and re.search(r"\b(?:returned|rejoined)\b", sentence)):
            for e in _subject(sentence[: m.start()]):
                _mark(register, e, no, status=Status.PRESENT, note=note)
            return


def _subject(text: str) -> list[Entry]:
    """People named as the subject of a clause ending at ``text``'s end."""
    text = re.sub(r"^.*\b(?:that|whereupon|and then)\s+", "", text.strip())
    text = re.sub(r"^(?:The\s+\w+\s+(?:also\s+)?noted\s+(?:an?\s+)?)", "", text)
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].strip()  # "Cllr A (ymunodd o bell / joined remotely)"
    if len(text) > 200 or not text[:1].isupper():
        return []
    outside = re.sub(r"\([^()]*\)", " ", text)
    words = [w for w in re.findall(r"\b[a-z][a-z'’-]*\b", outside) if w not in _LIST_OK_LOWER]
    found = [] if words else parse_entries(text)  # a clause, not a list: read its leading name
    if found:
        return found
    # "Councillor Vale sent apologies for attending in person and": the name that leads
    m = re.match(
        r"^(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*"
        r"(?:\s+(?:(?:and|&)\s+)?(?:(?:Councillor|Cllr)\s+)?[A-Z][\w'’.-]*)*",
        text,
    )
    return parse_entries(m.group(0)) if m else []


def _substitutes(
    sentence: str, no: int, register: Register, in_sub_context: bool, last_away: str | None = None
) -> None:
    m = _SUBSTITUTED_BY.search(sentence)
    if m:  # "... from Councillor A, who was substituted by Councillor B"
        _pair(register, m.group("who"), m.group("absent"), no)
        return
    m = _SUB_SENTENCE.match(sentence)
    if m and re.search(r"substitut|deputis|behalf", sentence, re.IGNORECASE):
        _pair(register, m.group("who"), m.group("for"), no)
        return
    m = _IN_ABSENCE.match(sentence)
    if m and m.group("who").count("(") > m.group("who").count(")"):  # "A; B (C attended as sub"
        m = _IN_ABSENCE.match(sentence[sentence.rindex("(", 0, m.end("who")) + 1 :])
    if m:
        # "her substitute" / "in his absence": the one person the previous sentence excused
        replaced = last_away if re.search(r"\b(?:his|her|their)\b", sentence) else None
        for e in parse_entries(m.group("who")):
            _mark(
                register, e, no, status=Status.PRESENT, note="substitute", substitute_for=replaced
            )
        return
    if in_sub_context:
        # "(i) Cllr A for Cllr B; and (ii) Cllr C for Cllr D": each pair of a wrapped list
        for piece in re.split(r";\s*(?:and\s+)?", sentence):
            m = _PAIR_SUB.match(piece.strip())
            if m:
                _pair(register, m.group("who"), m.group("for"), no)


def _pair(register: Register, who: str, absent: str, no: int) -> None:
    subs = parse_entries(who)
    away = parse_entries(_list_text(absent))
    absent_name = away[0].name if away else None
    for e in subs:
        _mark(register, e, no, status=Status.PRESENT, note="substitute", substitute_for=absent_name)


def _chairs(sentence: str, no: int, register: Register) -> None:
    if not _CHAIR_WORD.search(sentence):
        return  # every rule below names the chair or presiding
    for rx in (
        _TOOK_CHAIR,
        _IN_THE_CHAIR,
        _APPOINTED_FOR_MEETING,
        _ELECTED_FOR_MEETING,
        _CHAIRED_BY,
        _CHAIR_APPOSITION,
        _CONTINUE_CHAIR,
        _CALLED_TO_ORDER,
    ):
        for m in rx.finditer(sentence):
            who = re.split(r":\s+|\s+Minutes\s+", m.group("who").strip())[-1].rstrip(".,;:")
            who = re.sub(r"\s*\([^()]*\)$", "", who)  # "Councillor B (Vice-Chair) took the chair"
            person = _chair_person(who, register)
            if person is not None:
                person.chair = True
            elif rx not in (_TOOK_CHAIR, _CONTINUE_CHAIR, _CALLED_TO_ORDER) or re.match(
                r"^(?:Councillor|Cllr)\b", _tail_name(who)
            ):
                for e in parse_entries(_tail_name(who)):
                    _mark(register, e, no, status=Status.PRESENT, chair=True)
                    break


_CHAIR_WORD = re.compile(r"chair|presid|to\s+order", re.IGNORECASE)
#: "Mayor Lagrange called the meeting to order (and presided)": who opens the meeting chairs it.
_CALLED_TO_ORDER = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+called\s+the\s+meeting\s+to\s+order\b"
)


def _chair_person(who: str, register: Register) -> Person | None:
    """ "The Lead Officer, Sam Iqbal" / "The Clerk" / "Cllr Dorne" -> the register's person."""
    m = re.search(r"\bThe\s+([A-Z][\w ]{2,60}?)(?:,\s+(.+?))?,?$", who)
    if m:
        if m.group(2):
            found = register.find(m.group(2))
            if found is None:
                for e in parse_entries(m.group(2)):
                    e.role = e.role or m.group(1)
                    return _mark(
                        register,
                        e,
                        0,
                        status=Status.PRESENT,
                        capacity=_capacity_for_role(m.group(1)),
                    )
            return found
        return register.find_role(m.group(1))
    name = _tail_name(who)
    return register.find(name) if name else None


def _capacity_for_role(role: str) -> Capacity:
    return (
        Capacity.OFFICER
        if re.search(r"officer|clerk|director|manager|head", role, re.IGNORECASE)
        else Capacity.MEMBER
    )


def _tail_name(text: str) -> str:
    """The name at the end of a clause ("It was agreed that Councillor Tey" -> "Councillor Tey")."""
    m = re.search(
        r"((?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+"
        r")\s*$",
        text,
    )
    return m.group(1) if m else ""


def _mark(
    register: Register,
    e: Entry,
    no: int,
    status: Status,
    note: str | None = None,
    substitute_for: str | None = None,
    add_new: bool = True,
    chair: bool = False,
    capacity: Capacity | None = None,
) -> Person | None:
    """Apply a sentence's fact to the person ``e`` names, adding them if no list did."""
    if register.ambiguous(e.name):
        return None
    found = register.find(e.name)
    if found is not None and _titles_conflict(found.honorific, e.honorific):
        found = None
    if found is None:
        if not add_new:
            return None
        cap = capacity or _capacity(e)
        person = Person(
            name=e.name,
            honorific=e.honorific,
            role=e.role,
            capacity=cap,
            status=status,
            line=no,
            needle=e.needle,
            chair=chair,
            substitute_for=substitute_for,
        )
        if note:
            person.notes.append(note)
        return register.add(person, merge=False)
    register.rename(found, _fuller(found.name, e.name))
    found.honorific = found.honorific or e.honorific
    found.role = found.role or e.role
    if status is Status.APOLOGIES and note is None:
        found.status = Status.APOLOGIES
        found.chair = False  # a listed chair who sent apologies did not chair this meeting
    elif (
        status is Status.PRESENT
        and found.status is not Status.PRESENT
        and note in {"remote", "substitute", "late"}
    ):
        found.status = Status.PRESENT
    if note and note not in found.notes:
        found.notes.append(note)
    found.chair = found.chair or chair
    found.substitute_for = found.substitute_for or substitute_for
    return found


_COUNCILLOR_TITLES = {"councillor", "alderman", "mayor", "provost"}
_PLAIN_TITLES = {"mr", "mrs", "ms", "miss", "dr", "professor", "sir", "dame"}


def _titles_conflict(a: str | None, b: str | None) -> bool:
    """ "Councillor Ormsby" is not the guest "Mr Rob Ormsby"."""
    if not a or not b:
        return False
    la, lb = a.lower(), b.lower()
    return (la in _COUNCILLOR_TITLES and lb in _PLAIN_TITLES) or (
        lb in _COUNCILLOR_TITLES and la in _PLAIN_TITLES
    )


def _fuller(a: str, b: str) -> str:
    from graphgov.resolve.names import fullest

    return fullest(a, b)


def _capacity(e: Entry) -> Capacity:
    if (e.honorific or "").lower() in {
        "councillor",
        "alderman",
        "mayor",
    } or "substitute" in e.notes:
        return Capacity.MEMBER
    if e.role and re.search(
        r"officer|director|manager|head of|chief executive|clerk|service", e.role, re.IGNORECASE
    ):
        return Capacity.OFFICER
    if e.role and re.search(r"\b(?:Commissioner|Inspector|Superintendent|Constable)$", e.role):
        return Capacity.OTHER  # a post outside the council ("Police and Crime Commissioner")
    return Capacity.MEMBER

"""Controlled vocabularies shared by the parser, the graph and the exports."""

from __future__ import annotations

from enum import StrEnum


class DocFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


class Capacity(StrEnum):
    """In what capacity someone is at a meeting (extract contract)."""

    MEMBER = "member"  # listed as a member / councillor of the body
    OFFICER = "officer"  # council staff present or in attendance in an official capacity
    OTHER = "other"  # public, guests, co-optees not called members, press


class Status(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class Note(StrEnum):
    """Qualifiers of someone's attendance. Lateness is a note of someone present."""

    LATE = "late"
    LEFT_EARLY = "left_early"
    SUBSTITUTE = "substitute"
    REMOTE = "remote"


class BodyKind(StrEnum):
    """What kind of body a mention names."""

    COMMITTEE = "committee"
    SUB_COMMITTEE = "sub-committee"
    BOARD = "board"
    PANEL = "panel"
    GROUP = "group"
    COUNCIL = "council"
    CABINET = "cabinet"
    ORGANISATION = "organisation"
    TEAM = "team"
    POST = "post"

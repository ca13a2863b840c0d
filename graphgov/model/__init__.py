"""The domain model: typed, frozen dataclasses and vocabularies."""

from graphgov.model.minutes import (
    ActionPoint,
    Attendee,
    Evidence,
    Item,
    Meeting,
    Mention,
    Minutes,
    ParseWarning,
    PersonRef,
    Resolution,
    SourceInfo,
    ThemeTag,
)
from graphgov.model.vocab import BodyKind, Capacity, DocFormat, Note, Status

__all__ = [
    "ActionPoint",
    "Attendee",
    "BodyKind",
    "Capacity",
    "DocFormat",
    "Evidence",
    "Item",
    "Meeting",
    "Mention",
    "Minutes",
    "Note",
    "ParseWarning",
    "PersonRef",
    "Resolution",
    "SourceInfo",
    "Status",
    "ThemeTag",
]

"""The graph schema: node labels, relationship types, their natural keys and properties.

Node ids are derived from natural keys (:func:`node_id`), so the same person, post or body
seen in two documents of one council is one node, and re-ingesting a document merges instead
of duplicating. The NetworkX node id and the Neo4j MERGE key are the same ``id`` property.
Names follow Popolo where they fit (Person, Organization -> Body, Post, Membership).

``docs/schema.md`` documents this module; a test keeps the two in step.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    DOCUMENT = "Document"
    COUNCIL = "Council"
    BODY = "Body"  # Popolo Organization: board, committee, sub-committee, organisation, team
    MEETING = "Meeting"
    PERSON = "Person"
    POST = "Post"
    ITEM = "Item"
    RESOLUTION = "Resolution"
    ACTION = "Action"
    THEME = "Theme"


class Rel(StrEnum):
    RECORDS = "RECORDS"  # (Document)-[:RECORDS]->(Meeting)
    HELD = "HELD"  # (Body)-[:HELD]->(Meeting)
    PART_OF = "PART_OF"  # (Body)-[:PART_OF]->(Council)
    ATTENDED = "ATTENDED"  # (Person)-[:ATTENDED {capacity, status, notes, role}]->(Meeting)
    CHAIRED = "CHAIRED"  # (Person)-[:CHAIRED]->(Meeting)
    HOLDS = "HOLDS"  # (Person)-[:HOLDS {first_seen, last_seen}]->(Post)
    # Popolo Membership: (Person)-[:MEMBER_OF {first_seen, last_seen}]->(Body)
    MEMBER_OF = "MEMBER_OF"
    CHAIR_OF = "CHAIR_OF"  # (Person)-[:CHAIR_OF]->(Body)  from "Chair of the X Committee"
    POST_OF = "POST_OF"  # (Post)-[:POST_OF]->(Council)
    HAS_ITEM = "HAS_ITEM"  # (Meeting)-[:HAS_ITEM {order}]->(Item)
    PRESENTED = "PRESENTED"  # (Person)-[:PRESENTED]->(Item)  or (Post)-[:PRESENTED]->(Item)
    ABOUT = "ABOUT"  # (Item)-[:ABOUT {trigger}]->(Theme)
    RESOLVED = "RESOLVED"  # (Item)-[:RESOLVED]->(Resolution)
    ARISES_FROM = "ARISES_FROM"  # (Action)-[:ARISES_FROM]->(Item)
    ASSIGNED_TO = "ASSIGNED_TO"  # (Action)-[:ASSIGNED_TO]->(Person) or ->(Post)
    MENTIONS = "MENTIONS"  # (Item|Meeting)-[:MENTIONS]->(Body)


#: Natural key properties per label: the node id is derived from these, in this order.
NATURAL_KEYS: dict[Label, tuple[str, ...]] = {
    Label.DOCUMENT: ("sha256",),
    Label.COUNCIL: ("name",),
    Label.BODY: ("council", "name"),
    Label.MEETING: ("council", "body", "date", "start_time"),
    Label.PERSON: ("council", "name"),
    Label.POST: ("council", "name"),
    Label.ITEM: ("meeting", "number", "title"),
    Label.RESOLUTION: ("item", "index"),
    Label.ACTION: ("item", "index"),
    Label.THEME: ("name",),
}

#: Properties every relationship carries: where the fact was read.
EVIDENCE_PROPERTIES = ("source", "line", "quote")


@dataclass(frozen=True, slots=True)
class RelSpec:
    type: Rel
    start: tuple[Label, ...]
    end: tuple[Label, ...]
    properties: tuple[str, ...] = ()


RELATIONSHIPS: tuple[RelSpec, ...] = (
    RelSpec(Rel.RECORDS, (Label.DOCUMENT,), (Label.MEETING,)),
    RelSpec(Rel.HELD, (Label.BODY,), (Label.MEETING,)),
    RelSpec(Rel.PART_OF, (Label.BODY,), (Label.COUNCIL,)),
    RelSpec(Rel.ATTENDED, (Label.PERSON,), (Label.MEETING,),
            ("capacity", "status", "notes", "role", "substitute_for")),
    RelSpec(Rel.CHAIRED, (Label.PERSON,), (Label.MEETING,)),
    RelSpec(Rel.HOLDS, (Label.PERSON,), (Label.POST,), ("first_seen", "last_seen")),
    RelSpec(Rel.MEMBER_OF, (Label.PERSON,), (Label.BODY,), ("first_seen", "last_seen", "capacity")),
    RelSpec(Rel.CHAIR_OF, (Label.PERSON,), (Label.BODY,), ("first_seen", "last_seen")),
    RelSpec(Rel.POST_OF, (Label.POST,), (Label.COUNCIL,)),
    RelSpec(Rel.HAS_ITEM, (Label.MEETING,), (Label.ITEM,), ("order",)),
    RelSpec(Rel.PRESENTED, (Label.PERSON, Label.POST), (Label.ITEM,)),
    RelSpec(Rel.ABOUT, (Label.ITEM,), (Label.THEME,), ("trigger",)),
    RelSpec(Rel.RESOLVED, (Label.ITEM,), (Label.RESOLUTION,)),
    RelSpec(Rel.ARISES_FROM, (Label.ACTION,), (Label.ITEM,)),
    RelSpec(Rel.ASSIGNED_TO, (Label.ACTION,), (Label.PERSON, Label.POST)),
    RelSpec(Rel.MENTIONS, (Label.ITEM, Label.MEETING), (Label.BODY,), ("acronym",)),
)


def slug(value: object) -> str:
    """Fold a key value for ids: accents, case, '&'/'and', punctuation and spacing vanish."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "_"


def node_id(label: Label, *keys: object) -> str:
    """Stable id from a label and its natural key values, e.g. ``person:larkhaven/ann-lee``."""
    return f"{label.value.lower()}:" + "/".join(slug(k) if k is not None else "_" for k in keys)

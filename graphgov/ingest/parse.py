"""Parse minutes: a :class:`TextDocument` in, :class:`Minutes` out.

The stages run in this order, each in its own module:

    clean       drop noise lines (navigation, "pdf icon PDF 55 KB"), keep line numbers
    meetings    split a document that records several meetings
    header      council, body, date, times, venue
    items       numbered agenda items / minute headings and the lines under them
    attendance  who was present, in what capacity and post; apologies, substitutes, chair
    (roster)    the attendees, for resolving names and posts mentioned later
    resolutions resolved clauses of each item
    presenters  who brought each item
    actions     whose action each item is
    mentions    committees, boards and organisations named, with acronyms
    themes      the item's themes from the taxonomy, with their trigger words
"""

from __future__ import annotations

from graphgov.errors import NotMinutesError
from graphgov.ingest import (
    actions,
    attendance,
    clean,
    header,
    items,
    meetings,
    mentions,
    presenters,
    resolutions,
    themes,
)
from graphgov.ingest.context import ParseContext
from graphgov.ingest.document import Line, TextDocument
from graphgov.model.minutes import Evidence, Item, Meeting, Minutes, SourceInfo
from graphgov.resolve.roster import Roster


def parse_minutes(doc: TextDocument, taxonomy: themes.Taxonomy | None = None) -> Minutes:
    """Read every meeting a document records. Raises :class:`NotMinutesError` if there is none."""
    ctx = ParseContext(doc)
    taxonomy = taxonomy or themes.default_taxonomy()
    lines = clean.clean_lines(ctx)
    found = [
        _parse_meeting(ctx, segment.lines, taxonomy)
        for segment in meetings.split_meetings(ctx, lines)
    ]
    found = [m for m in found if _has_substance(m)]
    if not found:
        raise NotMinutesError(doc.path, "no meeting found (no date, body, attendance or items)")
    source = SourceInfo(path=doc.path, sha256=doc.sha256, format=doc.format)
    return Minutes(source=source, meetings=tuple(found), warnings=tuple(ctx.warnings))


def _parse_meeting(ctx: ParseContext, lines: list[Line], taxonomy: themes.Taxonomy) -> Meeting:
    head = header.parse_header(ctx, lines)
    preamble, blocks = items.split_items(ctx, lines)
    people = attendance.parse_attendance(ctx, lines, preamble, blocks)
    roster = Roster(people, ctx.doc.text)
    people_names = [a.name for a in people if a.name]  # "Ann Lee (AL)" is no body
    parsed_items = []
    for block in blocks:
        parsed_items.append(
            Item(
                number=block.number,
                title=block.title,
                evidence=ctx.evidence(block.heading.no),
                presenters=tuple(presenters.find_presenters(ctx, block, roster)),
                resolutions=tuple(resolutions.find_resolutions(ctx, block)),
                actions=tuple(actions.find_actions(ctx, block, roster)),
                mentions=tuple(mentions.find_mentions(ctx, [block.heading, *block.body],
                                                      own_body=head.body, people=people_names)),
                themes=tuple(themes.assign_themes(ctx, block, taxonomy)),
            )
        )
    item_lines = {ln.no for b in blocks for ln in [b.heading, *b.body]}
    # The preamble may share its line with the first item (one-line pages): read it as split.
    in_preamble = set(preamble)  # a set: a document without items is all preamble
    outside = preamble + [ln for ln in lines if ln.no not in item_lines and ln not in in_preamble]
    meeting_mentions = mentions.find_mentions(ctx, outside, own_body=head.body,
                                              people=people_names)
    parsed_items, meeting_mentions = mentions.prune_meeting(parsed_items, meeting_mentions)
    first = lines[0].no if lines else 1
    return Meeting(
        council=head.council,
        body=head.body,
        date=head.date,
        evidence=head.evidence or Evidence(line=first, quote=ctx.raw(first).strip()),
        start_time=head.start_time,
        end_time=head.end_time,
        venue=head.venue,
        attendees=tuple(roster.attendees),
        items=tuple(parsed_items),
        mentions=tuple(meeting_mentions),
    )


def _has_substance(m: Meeting) -> bool:
    return bool(m.date or m.attendees or m.items or m.body)

"""The extract JSON contract (see ``graphgov/data/extract.schema.json``) and a text summary."""

from __future__ import annotations

from typing import Any

from graphgov.model.minutes import (
    ActionPoint,
    Attendee,
    Evidence,
    Item,
    Meeting,
    Mention,
    Minutes,
    PersonRef,
)


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {"line": ev.line, "quote": ev.quote}


def person_ref_dict(ref: PersonRef) -> dict[str, Any]:
    return {"name": ref.name, "role": ref.role, "honorific": ref.honorific,
            "evidence": evidence_dict(ref.evidence)}


def attendee_dict(a: Attendee) -> dict[str, Any]:
    return {
        "name": a.name,
        "honorific": a.honorific,
        "role": a.role,
        "capacity": str(a.capacity),
        "status": str(a.status),
        "notes": list(a.notes),
        "chair": a.chair,
        "substitute_for": a.substitute_for,
        "evidence": evidence_dict(a.evidence),
    }


def mention_dict(m: Mention) -> dict[str, Any]:
    return {"name": m.name, "acronym": m.acronym, "kind": m.kind,
            "evidence": evidence_dict(m.evidence)}


def action_dict(a: ActionPoint) -> dict[str, Any]:
    return {"owner": person_ref_dict(a.owner), "text": a.text,
            "evidence": evidence_dict(a.evidence)}


def item_dict(item: Item) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "presenters": [person_ref_dict(p) for p in item.presenters],
        "themes": [t.theme for t in item.themes],
        "theme_evidence": [
            {"theme": t.theme, "trigger": t.trigger, "evidence": evidence_dict(t.evidence)}
            for t in item.themes
        ],
        "resolutions": [
            {"text": r.text, "number": r.number, "evidence": evidence_dict(r.evidence)}
            for r in item.resolutions
        ],
        "actions": [action_dict(a) for a in item.actions],
        "mentions": [mention_dict(m) for m in item.mentions],
        "evidence": evidence_dict(item.evidence),
    }


def meeting_dict(m: Meeting) -> dict[str, Any]:
    return {
        "council": m.council,
        "body": m.body,
        "date": m.date.isoformat() if m.date else None,
        "start_time": m.start_time,
        "end_time": m.end_time,
        "venue": m.venue,
        "attendees": [attendee_dict(a) for a in m.attendees],
        "items": [item_dict(i) for i in m.items],
        "mentions": [mention_dict(x) for x in m.mentions],
        "evidence": evidence_dict(m.evidence),
    }


def minutes_dict(minutes: Minutes) -> dict[str, Any]:
    """One document as the extract contract's JSON object."""
    return {
        "source": {
            "path": minutes.source.path,
            "sha256": minutes.source.sha256,
            "format": str(minutes.source.format),
        },
        "meetings": [meeting_dict(m) for m in minutes.meetings],
        "warnings": [{"line": w.line, "message": w.message} for w in minutes.warnings],
    }


def minutes_summary(minutes: Minutes) -> str:
    """A readable summary of what was read, for ``graphgov extract --format text``."""
    out: list[str] = [f"{minutes.source.path} ({minutes.source.format})"]
    for m in minutes.meetings:
        when = m.date.isoformat() if m.date else "date unknown"
        times = "-".join(t for t in (m.start_time, m.end_time) if t)
        out.append("")
        out.append(f"{m.body or 'Unknown body'} - {when} {times}".rstrip())
        if m.council:
            out.append(f"  council: {m.council}")
        if m.venue:
            out.append(f"  venue:   {m.venue}")
        if m.attendees:
            out.append("  attendance:")
            for a in m.attendees:
                bits = [str(a.capacity), str(a.status), *a.notes]
                if a.chair:
                    bits.insert(0, "chair")
                role = f", {a.role}" if a.role else ""
                out.append(
                    f"    {a.name or '?'}{role} [{', '.join(bits)}]  (line {a.evidence.line})"
                )
        for item in m.items:
            out.append(f"  {item.number or '-'}. {item.title}")
            for p in item.presenters:
                out.append(f"      presented by {p.name or p.role}  (line {p.evidence.line})")
            for r in item.resolutions:
                out.append(f"      resolved: {r.text}  (line {r.evidence.line})")
            for act in item.actions:
                who = act.owner.name or act.owner.role
                out.append(f"      action: {who}  (line {act.evidence.line})")
            if item.themes:
                out.append(f"      themes: {', '.join(t.theme for t in item.themes)}")
        names = sorted({f"{x.name} ({x.acronym})" if x.acronym else x.name
                        for x in [*m.mentions, *(y for i in m.items for y in i.mentions)]})
        if names:
            out.append("  bodies mentioned: " + "; ".join(names))
    for w in minutes.warnings:
        out.append(f"warning: {minutes.source.path}:{w.line}: {w.message}")
    return "\n".join(out) + "\n"

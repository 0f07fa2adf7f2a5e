"""How the command line prints records: readable text by default, JSON with --json."""

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from deskapp.services.records import TicketDetail, TicketSummary, to_jsonable


def local(moment: datetime | None) -> str:
    """A stored UTC time in the computer's local time zone, to the minute."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def print_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(to_jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(rows: Sequence[TicketSummary], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    headers = ("Number", "Status", "Priority", "Subject", "Requester", "Assignee", "Updated")
    cells = [
        (
            r.ref,
            r.status.label,
            r.priority.label,
            _clip(r.subject, 48),
            _clip(r.requester, 20),
            _clip(r.assignee, 16),
            local(r.updated_at),
        )
        for r in rows
    ]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(headers)]
    for line in [headers, *cells]:
        out.write("  ".join(value.ljust(width) for value, width in zip(line, widths, strict=True)).rstrip() + "\n")


def print_detail(t: TicketDetail, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    category = "/".join(x for x in (t.category, t.subcategory) if x) or "-"
    priority = t.priority.label + (f" (set by hand: {t.priority_reason})" if t.priority_reason else "")
    fields = [
        ("Ticket", f"{t.ref}  {t.type.label}" + ("  MAJOR" if t.major else "")),
        ("Subject", t.subject),
        ("Status", t.status.label + (f" (merged into {t.merged_into})" if t.merged_into else "")),
        ("Priority", f"{priority}  [impact {t.impact.label}, urgency {t.urgency.label}]"),
        ("Category", category),
        ("Requester", _person(t.requester)),
        ("Assignee", t.assignee.name if t.assignee else "-"),
        ("Group", f"{t.group.name} (tier {t.group.tier})" if t.group else "-"),
        ("Source", t.source.label),
        ("Tags", ", ".join(t.tags) or "-"),
        ("Created", local(t.created_at)),
        ("Updated", local(t.updated_at)),
    ]
    optional = [
        ("First reply", local(t.first_response_at)),
        ("Resolved", local(t.resolved_at)),
        ("Closed", local(t.closed_at)),
        ("Resolution", f"{t.resolution_code.label}: {t.resolution_notes}" if t.resolution_code else ""),
        ("Root cause", t.root_cause or ""),
        ("Problem", t.problem or ""),
        ("Incidents", ", ".join(t.incidents)),
        ("Related", ", ".join(t.related)),
        ("Merged from", ", ".join(t.merged_from)),
        ("Alert key", t.alert_key or ""),
    ]
    for label, value in fields + [(k, v) for k, v in optional if v]:
        out.write(f"{label + ':':<12} {value}\n")
    if t.description:
        out.write(f"\n{t.description}\n")
    if t.attachments:
        out.write("\nAttachments:\n")
        for a in t.attachments:
            out.write(f"  {a.filename} ({a.size:,} bytes)\n")
    out.write("\nConversation:\n")
    for e in t.entries:
        tag = {"reply": "Reply", "note": "Internal note", "event": "Event"}[e.kind.value]
        body = e.body.replace("\n", "\n    ")
        out.write(f"  [{local(e.created_at)}] {tag} by {e.author or 'deskapp'}\n    {body}\n")
    out.write("\nHistory:\n")
    for h in t.history:
        out.write(f"  [{local(h.at)}] {h.actor}: {h.field} {h.old_value or '-'} -> {h.new_value or '-'}\n")


def _person(person: Any) -> str:
    if person is None:
        return "-"
    parts = [person.name]
    if person.email:
        parts.append(f"<{person.email}>")
    if person.department:
        parts.append(f"({person.department})")
    return " ".join(parts)

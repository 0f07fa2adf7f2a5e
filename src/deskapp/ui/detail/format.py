"""Words for what the detail shows: local times, file sizes and readable history lines.

Plain functions (translated through the "TicketDetail" context) so the wording can be tested without widgets.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from deskapp.domain.tickets import Level, Priority, ResolutionCode, Status, TicketType
from deskapp.services.records import AuditRecord
from deskapp.ui.timefmt import format_date, format_moment, format_time, local  # noqa: F401  (shared)

CONTEXT = "TicketDetail"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_size(size: int) -> str:
    if size < 1024:
        return tr("{n} bytes").format(n=size)
    value, unit = size / 1024, "KB"
    for bigger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"


def field_names() -> dict[str, str]:
    """How each audited field is called in history."""
    return {
        "subject": tr("Subject"),
        "description": tr("Description"),
        "status": tr("Status"),
        "impact": tr("Impact"),
        "urgency": tr("Urgency"),
        "priority": tr("Priority"),
        "priority_reason": tr("Priority reason"),
        "category": tr("Category"),
        "subcategory": tr("Subcategory"),
        "requester": tr("Requester"),
        "assignee": tr("Assignee"),
        "group": tr("Support group"),
        "major": tr("Major incident"),
        "tags": tr("Tags"),
        "root_cause": tr("Root cause"),
        "resolution_code": tr("Resolution code"),
        "resolution_notes": tr("Resolution notes"),
        "first_response_at": tr("First response"),
        "resolved_at": tr("Resolved time"),
        "closed_at": tr("Closed time"),
        "response_due_at": tr("Response due"),
        "resolution_due_at": tr("Resolution due"),
        "reopen_count": tr("Times reopened"),
        "review": tr("Post-incident review"),
        "attachment": tr("Attachment"),
    }


_ENUMS = {
    "status": Status,
    "impact": Level,
    "urgency": Level,
    "priority": Priority,
    "resolution_code": ResolutionCode,
    "type": TicketType,
}
_MOMENTS = {"first_response_at", "resolved_at", "closed_at"}
_DUE = {"response_due_at", "resolution_due_at"}
_LONG_TEXT = {"description", "resolution_notes", "root_cause", "priority_reason"}


def value_text(field: str, value: str | None, now: datetime) -> str:
    """A stored history value as a person reads it (labels, local times, yes/no)."""
    if value is None:
        return tr("nothing")
    enum = _ENUMS.get(field)
    if enum is not None:
        try:
            return enum(value).label
        except ValueError:
            return value
    if field in _MOMENTS | _DUE:
        try:
            return format_moment(datetime.fromisoformat(value.replace("Z", "+00:00")), now)
        except ValueError:
            return value
    if value in ("yes", "no") and field == "major":
        return tr("yes") if value == "yes" else tr("no")
    return value


def _quoted(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return "“" + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + "”"


def history_sentence(record: AuditRecord, now: datetime) -> str:
    """What happened, without who and when: 'Priority changed from Medium to High'."""
    field, old, new = record.field, record.old_value, record.new_value
    special = _special_sentence(field, old, new, now)
    if special is not None:
        return special
    name = field_names().get(field, field.replace("_", " ").capitalize())
    if field in _LONG_TEXT:
        if new is None or new == "":
            return tr("{field} cleared").format(field=name)
        return tr("{field} set to {value}").format(field=name, value=_quoted(new))
    if field == "subject" and old is not None and new is not None:
        return tr("{field} changed from {old} to {new}").format(field=name, old=_quoted(old), new=_quoted(new))
    if old is None:
        return tr("{field} set to {value}").format(field=name, value=value_text(field, new, now))
    if new is None:
        return tr("{field} cleared (was {value})").format(field=name, value=value_text(field, old, now))
    return tr("{field} changed from {old} to {new}").format(
        field=name, old=value_text(field, old, now), new=value_text(field, new, now)
    )


def _special_sentence(field: str, old: str | None, new: str | None, now: datetime) -> str | None:
    if field == "created":
        return tr("Ticket logged")
    if field == "merged":
        return tr("{ref} merged into this ticket").format(ref=new)
    if field == "merged_into":
        return tr("Merged into {ref}").format(ref=new)
    if field == "related":
        if new:
            return tr("Linked to related ticket {ref}").format(ref=new)
        return tr("Unlinked from related ticket {ref}").format(ref=old)
    if field == "problem":
        if new and old:
            return tr("Moved from problem {old} to problem {new}").format(old=old, new=new)
        if new:
            return tr("Linked to problem {ref}").format(ref=new)
        return tr("Unlinked from problem {ref}").format(ref=old)
    if field == "attachment":
        return tr("File attached: {name}").format(name=new) if new else tr("File removed: {name}").format(name=old)
    if field == "assignee":
        if new and old:
            return tr("Reassigned from {old} to {new}").format(old=old, new=new)
        return tr("Assigned to {name}").format(name=new) if new else tr("Unassigned (was {name})").format(name=old)
    if field == "major":
        return tr("Marked as a major incident") if new == "yes" else tr("No longer a major incident")
    if field == "tags":
        before = set((old or "").split(", ")) - {""}
        after = set((new or "").split(", ")) - {""}
        parts = []
        if after - before:
            parts.append(tr("Tags added: {tags}").format(tags=", ".join(sorted(after - before))))
        if before - after:
            parts.append(tr("Tags removed: {tags}").format(tags=", ".join(sorted(before - after))))
        return "; ".join(parts) or tr("Tags changed")
    if field in _MOMENTS:
        name = field_names()[field]
        return tr("{field} recorded").format(field=name) if new else tr("{field} cleared").format(field=name)
    if field == "review":
        return {
            "started": tr("Post-incident review started"),
            "completed": tr("Post-incident review completed"),
            "reopened": tr("Post-incident review reopened"),
        }.get(new or "")
    return None


def history_line(record: AuditRecord, now: datetime) -> str:
    """'Priority changed from Medium to High by Alex — 14:02'."""
    return tr("{what} by {who} — {when}").format(
        what=history_sentence(record, now), who=record.actor or tr("deskapp"), when=format_moment(record.at, now)
    )


def strip_field_prefix(message: str, field: str | None) -> str:
    """'priority: give a reason' shown beside the priority field reads better as 'Give a reason'."""
    if field and message.lower().startswith(field.lower() + ":"):
        rest = message[len(field) + 1 :].strip()
        return rest[:1].upper() + rest[1:]
    return message

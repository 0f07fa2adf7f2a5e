"""Every change to a ticket leaves an append-only audit row: who, when, field, old and new value."""

from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from deskapp.domain.tickets import EntryKind
from deskapp.services.people import Actor
from deskapp.storage.tables import AuditRow, Entry, Ticket


def display(value: Any) -> str | None:
    """How a value is written into history."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return str(value)


class TicketEdit:
    """Applies changes to one ticket inside a write session and records each one."""

    def __init__(self, session: Session, ticket: Ticket, actor: Actor, now: datetime) -> None:
        self.session = session
        self.ticket = ticket
        self.actor = actor
        self.now = now
        self.changed = False

    def record(self, field: str, old: Any, new: Any) -> None:
        self.session.add(
            AuditRow(
                ticket_id=self.ticket.id,
                field=field,
                old_value=display(old),
                new_value=display(new),
                actor_id=self.actor.id,
                actor_name=self.actor.name,
                at=self.now,
            )
        )
        self.changed = True

    def set(self, field: str, new: Any) -> bool:
        """Set a plain column; records and returns True only when the value really changes."""
        old = getattr(self.ticket, field)
        if old == new:
            return False
        setattr(self.ticket, field, new)
        self.record(field, old, new)
        return True

    def set_ref(self, field: str, row: Any, old_row: Any) -> bool:
        """Set a foreign key (assignee, group, category...) and record the names, not the ids."""
        new_id = row.id if row is not None else None
        if getattr(self.ticket, f"{field}_id") == new_id:
            return False
        setattr(self.ticket, f"{field}_id", new_id)
        self.record(field, getattr(old_row, "name", None), getattr(row, "name", None))
        return True

    def event(self, text: str) -> None:
        """A system line in the conversation, so the thread tells the story too."""
        self.add_entry(EntryKind.EVENT, text)

    def add_entry(self, kind: EntryKind, body: str, *, author: str | None = None) -> Entry:
        entry = Entry(
            ticket_id=self.ticket.id,
            kind=kind,
            author_agent_id=self.actor.id if author is None else None,
            author_name=author or self.actor.name,
            body=body,
            created_at=self.now,
        )
        self.session.add(entry)
        self.changed = True
        return entry

    def touch(self) -> None:
        if self.changed:
            self.ticket.updated_at = self.now

"""The vocabulary of a ticket: types, statuses, levels, sources and the values they carry."""

import re
from enum import StrEnum
from typing import Self

from deskapp.domain.errors import ValidationError


class _Choice(StrEnum):
    """A closed set of values that parses user input with a message naming the field."""

    @classmethod
    def parse(cls, value: "str | _Choice", field: str) -> Self:
        if isinstance(value, cls):
            return value
        text = "-".join(str(value).strip().lower().replace("_", " ").replace("-", " ").split())
        for member in cls:
            if text in (member.value, member.name.lower().replace("_", "-")):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(f"{field}: '{value}' is not one of {allowed}", field=field)

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class TicketType(_Choice):
    INCIDENT = "incident"
    REQUEST = "request"
    PROBLEM = "problem"

    @property
    def prefix(self) -> str:
        return {"incident": "INC", "request": "REQ", "problem": "PRB"}[self.value]

    @property
    def label(self) -> str:
        return {"incident": "Incident", "request": "Service request", "problem": "Problem"}[self.value]


class Status(_Choice):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"
    CANCELLED = "cancelled"

    @property
    def is_active(self) -> bool:
        """Still needs work: counts in the backlog, takes alert repeats, runs SLA clocks."""
        return self in ACTIVE_STATUSES


ACTIVE_STATUSES = frozenset({Status.NEW, Status.OPEN, Status.PENDING})


class Level(_Choice):
    """Impact and urgency."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Priority(_Choice):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        """Higher is more pressing; the queue sorts on it."""
        return list(Priority).index(self) + 1


class Source(_Choice):
    FORM = "form"
    PHONE = "phone"
    EMAIL = "email"
    MONITORING = "monitoring"
    WALK_IN = "walk-in"
    IMPORT = "import"


class EntryKind(_Choice):
    """What a conversation entry is: seen by the requester, kept among agents, or written by deskapp."""

    REPLY = "reply"
    NOTE = "note"
    EVENT = "event"


class ResolutionCode(_Choice):
    FIXED = "fixed"
    WORKAROUND = "workaround"
    USER_ERROR = "user-error"
    NO_FAULT_FOUND = "no-fault-found"
    REQUEST_FULFILLED = "fulfilled"
    DUPLICATE = "duplicate"
    WONT_FIX = "wont-fix"

    @property
    def label(self) -> str:
        return {
            "fixed": "Fixed",
            "workaround": "Workaround provided",
            "user-error": "User error / training",
            "no-fault-found": "No fault found",
            "fulfilled": "Request fulfilled",
            "duplicate": "Duplicate",
            "wont-fix": "Won't fix",
        }[self.value]


class LinkKind(_Choice):
    RELATED = "related"


def format_number(ticket_type: TicketType, number: int) -> str:
    """INC-1042, REQ-17, PRB-3."""
    return f"{ticket_type.prefix}-{number}"


def parse_number(text: str) -> tuple[TicketType, int]:
    """The type and number of 'INC-1042' (case and spaces forgiven)."""
    cleaned = text.strip().upper().replace(" ", "")
    prefix, _, digits = cleaned.partition("-")
    by_prefix = {t.prefix: t for t in TicketType}
    if prefix not in by_prefix or not re.fullmatch(r"[0-9]{1,12}", digits):
        raise ValidationError(f"ticket: '{text}' is not a ticket number like INC-12, REQ-3 or PRB-7", field="ticket")
    return by_prefix[prefix], int(digits)

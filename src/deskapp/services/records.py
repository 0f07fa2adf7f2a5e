"""Plain records that services hand to the CLI and the GUI (no Session, no lazy loading)."""

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from deskapp.domain.tickets import (
    EntryKind,
    Level,
    Priority,
    ResolutionCode,
    Source,
    Status,
    TicketType,
    format_number,
)


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    email: str | None = None
    department: str | None = None


@dataclass(frozen=True)
class GroupRef:
    id: int
    name: str
    tier: int


@dataclass(frozen=True)
class TicketSummary:
    """One queue row."""

    id: int
    type: TicketType
    number: int
    subject: str
    status: Status
    priority: Priority
    category: str
    requester: str
    assignee: str
    group: str
    created_at: datetime
    updated_at: datetime
    # The SLA clocks (None: no clock, or not running): due and at-risk moments, when each was done,
    # since when the clocks are paused (pending), and whether each target was met.
    response_due_at: datetime | None = None
    resolution_due_at: datetime | None = None
    response_risk_at: datetime | None = None
    resolution_risk_at: datetime | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    sla_paused_at: datetime | None = None
    response_met: bool | None = None
    resolution_met: bool | None = None

    @property
    def ref(self) -> str:
        return format_number(self.type, self.number)


@dataclass(frozen=True)
class EntryRecord:
    id: int
    kind: EntryKind
    author: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class AuditRecord:
    field: str
    old_value: str | None
    new_value: str | None
    actor: str
    at: datetime


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    filename: str
    size: int
    content_type: str
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class TicketDetail:
    """One ticket with everything a person looks at: fields, conversation, history, links, files."""

    id: int
    uuid: str
    type: TicketType
    number: int
    subject: str
    description: str
    status: Status
    impact: Level
    urgency: Level
    priority: Priority
    priority_reason: str | None
    category: str | None
    subcategory: str | None
    requester: PersonRef | None
    assignee: PersonRef | None
    group: GroupRef | None
    source: Source
    alert_key: str | None
    major: bool
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_code: ResolutionCode | None
    resolution_notes: str | None
    root_cause: str | None
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    reopen_count: int
    problem: str | None
    incidents: tuple[str, ...]
    related: tuple[str, ...]
    merged_into: str | None
    merged_from: tuple[str, ...]
    entries: tuple[EntryRecord, ...] = field(default=())
    history: tuple[AuditRecord, ...] = field(default=())
    attachments: tuple[AttachmentRecord, ...] = field(default=())
    sla_policy: str | None = None
    response_risk_at: datetime | None = None
    resolution_risk_at: datetime | None = None
    sla_paused_at: datetime | None = None
    response_met: bool | None = None
    resolution_met: bool | None = None

    @property
    def ref(self) -> str:
        return format_number(self.type, self.number)


def to_jsonable(value: Any) -> Any:
    """Records as JSON-ready dicts: enums by value, times as ISO 8601 UTC."""
    if hasattr(value, "__dataclass_fields__"):
        data = {key: to_jsonable(item) for key, item in asdict(value).items()}
        if hasattr(value, "ref"):
            data["ref"] = value.ref
        return data
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value

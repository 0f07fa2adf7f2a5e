"""The database schema as ORM classes.

Every row that a shared server will one day exchange carries a ``uuid`` (its identity across machines)
and a ``usn`` (update sequence number: -1 = changed here and not yet sent). Links between rows use
integer ids locally and uuids on the wire, so ticket numbers can be renumbered on sync without
breaking anything.
"""

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from deskapp.domain.tickets import EntryKind, Level, Priority, ResolutionCode, Source, Status, TicketType
from deskapp.storage.types import EnumText, PriorityRank, UTCTime

LOCAL_CHANGE = -1


def new_uuid() -> str:
    return uuid4().hex


class Base(DeclarativeBase):
    pass


class Synced:
    """Columns every shared row has."""

    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    usn: Mapped[int] = mapped_column(Integer, default=LOCAL_CHANGE, onupdate=LOCAL_CHANGE)


class Setting(Base):
    """Office-wide settings (priority matrix, reopen window, ...) as JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SupportGroup(Synced, Base):
    __tablename__ = "support_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    tier: Mapped[int] = mapped_column(Integer, default=1)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agent(Synced, Base):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("support_groups.id"))


class Requester(Synced, Base):
    __tablename__ = "requesters"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    department: Mapped[str] = mapped_column(String(120), default="")


class Category(Synced, Base):
    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("parent_id", "name"),
        Index("ix_categories_top_name", "name", unique=True, sqlite_where=text("parent_id IS NULL")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class TicketCounter(Base):
    """The last number given to each ticket type (INC-1, INC-2, ...)."""

    __tablename__ = "ticket_counters"
    type: Mapped[TicketType] = mapped_column(EnumText(TicketType), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Synced, Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("type", "number"),
        Index("ix_tickets_status_updated", "status", "updated_at"),
        Index("ix_tickets_status_priority", "status", "priority"),
        Index("ix_tickets_assignee_status", "assignee_id", "status"),
        Index("ix_tickets_alert_key", "alert_key", sqlite_where=text("alert_key IS NOT NULL")),
        # The column alone, so its rows come in id order: sorts by status or type, and filters on them by
        # number, walk an index instead of sorting (migration 0005).
        Index("ix_tickets_status_id", "status"),
        Index("ix_tickets_type_id", "type"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[TicketType] = mapped_column(EnumText(TicketType))
    number: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[Status] = mapped_column(EnumText(Status), default=Status.NEW)
    impact: Mapped[Level] = mapped_column(EnumText(Level), default=Level.MEDIUM)
    urgency: Mapped[Level] = mapped_column(EnumText(Level), default=Level.MEDIUM)
    priority: Mapped[Priority] = mapped_column(PriorityRank(Priority), index=True)
    priority_reason: Mapped[str | None] = mapped_column(Text)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    subcategory_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("requesters.id"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("support_groups.id"), index=True)
    source: Mapped[Source] = mapped_column(EnumText(Source), default=Source.PHONE, index=True)
    alert_key: Mapped[str | None] = mapped_column(String(200))
    major: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCTime(), index=True)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCTime())
    resolution_code: Mapped[ResolutionCode | None] = mapped_column(EnumText(ResolutionCode))
    resolution_notes: Mapped[str | None] = mapped_column(Text)
    root_cause: Mapped[str | None] = mapped_column(Text)
    response_due_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    resolution_due_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    # The SLA clock (migration 0004): the policy applied, when its clock started (creation or reopen),
    # time spent paused while pending (in business and in wall-clock seconds), the at-risk moments,
    # whether each target was met, and the next moment an SLA event (risk, breach, escalation) is due.
    sla_policy: Mapped[str | None] = mapped_column(String(120))
    sla_started_at: Mapped[datetime | None] = mapped_column(UTCTime())
    sla_paused_at: Mapped[datetime | None] = mapped_column(UTCTime())
    sla_paused_business_s: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sla_paused_wall_s: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    response_risk_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    resolution_risk_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    response_met: Mapped[bool | None] = mapped_column(Boolean)
    resolution_met: Mapped[bool | None] = mapped_column(Boolean)
    sla_next_event_at: Mapped[datetime | None] = mapped_column(UTCTime(), index=True)
    # Copies of names for sorting the queue on an index; written only by triggers (migration 0003).
    requester_name: Mapped[str] = mapped_column(String(250), server_default="", index=True)
    assignee_name: Mapped[str] = mapped_column(String(250), server_default="", index=True)
    group_name: Mapped[str] = mapped_column(String(250), server_default="", index=True)
    category_name: Mapped[str] = mapped_column(String(250), server_default="", index=True)

    category: Mapped[Category | None] = relationship(foreign_keys=[category_id])
    subcategory: Mapped[Category | None] = relationship(foreign_keys=[subcategory_id])
    requester: Mapped[Requester | None] = relationship()
    assignee: Mapped[Agent | None] = relationship(foreign_keys=[assignee_id])
    group: Mapped[SupportGroup | None] = relationship()


class TicketTag(Base):
    __tablename__ = "ticket_tags"
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class TicketLink(Synced, Base):
    """A 'related' link between two tickets, stored once with ticket_id < other_id."""

    __tablename__ = "ticket_links"
    __table_args__ = (UniqueConstraint("ticket_id", "other_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="related")
    created_at: Mapped[datetime] = mapped_column(UTCTime())


class Entry(Synced, Base):
    """One item of a ticket's conversation: a public reply, an internal note or a system event."""

    __tablename__ = "entries"
    __table_args__ = (Index("ix_entries_ticket", "ticket_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[EntryKind] = mapped_column(EnumText(EntryKind))
    author_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    author_requester_id: Mapped[int | None] = mapped_column(ForeignKey("requesters.id"))
    author_name: Mapped[str] = mapped_column(String(120), default="")
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCTime())


class Attachment(Synced, Base):
    """A file attached to a ticket; its bytes live in the content-addressed folder under sha256."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_ticket", "ticket_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entries.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(UTCTime())


class AuditRow(Base):
    """Append-only history: triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_ticket", "ticket_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    actor_name: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCTime())


class Tombstone(Base):
    """A shared row that was deleted here, so a sync can delete it elsewhere too."""

    __tablename__ = "tombstones"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(32), index=True)
    deleted_at: Mapped[datetime] = mapped_column(UTCTime())
    usn: Mapped[int] = mapped_column(Integer, default=LOCAL_CHANGE)


class Review(Synced, Base):
    """A post-incident review of a major incident or a problem."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    went_well: Mapped[str] = mapped_column(Text, default="")
    went_badly: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTime())
    updated_at: Mapped[datetime] = mapped_column(UTCTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCTime())


class ReviewAction(Synced, Base):
    """Something to do after a review, with an owner and a due date."""

    __tablename__ = "review_actions"
    __table_args__ = (Index("ix_review_actions_review", "review_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaEvent(Base):
    """An SLA moment that has come (at risk, breach, an escalation level), recorded once per clock cycle.

    The unique key makes every reminder and escalation fire once, across restarts and sleep; the row
    also remembers whether the person has seen it, dismissed it or snoozed it.
    """

    __tablename__ = "sla_events"
    __table_args__ = (
        UniqueConstraint("ticket_id", "cycle", "kind"),
        Index("ix_sla_events_unseen", "dismissed", "snoozed_until"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    cycle: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(60))
    due_at: Mapped[datetime] = mapped_column(UTCTime())
    fired_at: Mapped[datetime] = mapped_column(UTCTime())
    notified_at: Mapped[datetime | None] = mapped_column(UTCTime())
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCTime())
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)

"""SLA clocks on tickets: due times in business time, pause while pending, events that fire once.

The ticket row is the only record of its deadlines. ``refresh`` recomputes a ticket's clock from
what is stored (policy, start, paused time, priority) after any change; ``sweep`` reads only the
tickets whose next SLA moment has come (an index range), records each event once in sla_events,
applies escalations, and returns the reminders to show.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, literal, or_, select, update
from sqlalchemy.orm import Session

from deskapp.domain.calendar import BusinessCalendar
from deskapp.domain.errors import NotFoundError, ValidationError
from deskapp.domain.sla import EscalationLevel, SlaConfig, SlaPolicy, Target, escalation_moment, remaining_text
from deskapp.domain.tickets import ACTIVE_STATUSES, Priority, Status, format_number
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services import office
from deskapp.services.audit import TicketEdit
from deskapp.services.people import Actor, find_group
from deskapp.storage.engine import Database
from deskapp.storage.tables import SlaEvent, Ticket

SLA_CONFIG = "sla_config"
OFFICE_TIMEZONE = "office_timezone"
SYSTEM = Actor(None, "SLA")
SWEEP_BATCH = 500


@dataclass(frozen=True)
class Moment:
    """Something that happens to a ticket's SLA at a given time."""

    kind: str  # response_risk, response_breach, resolution_risk, resolution_breach, esc:<level key>
    at: datetime
    level: EscalationLevel | None = None


@dataclass(frozen=True)
class Notice:
    """A reminder for the person at the desk: which ticket, what happened, how much time is left."""

    id: int
    ref: str
    subject: str
    kind: str
    due_at: datetime
    fired_at: datetime
    message: str


def office_timezone(session: Session) -> str:
    """The office's IANA time zone: as set in Settings, else this computer's."""
    stored = office.read(session, OFFICE_TIMEZONE)
    if stored:
        return str(stored)
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # no zone configured on this machine
        return "UTC"


def load_config(session: Session) -> SlaConfig:
    stored = office.read(session, SLA_CONFIG)
    if stored is None:
        return SlaConfig.default(office_timezone(session))
    return SlaConfig.from_dict(stored)


def _target(policy: SlaPolicy, priority: Priority, clock_name: str) -> Target:
    targets = policy.targets[priority]
    return targets.response if clock_name == "response" else targets.resolution


class SlaClock:
    """Computes and stores one ticket's SLA times inside the caller's write session."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.config = load_config(session)

    def _policy(self, ticket: Ticket) -> tuple[SlaPolicy, BusinessCalendar]:
        category = ticket.category.name if ticket.category else None
        policy = self.config.policy_for(ticket.type, category)
        return policy, self.config.calendars[policy.calendar]

    def _paused(self, target: Target, ticket: Ticket) -> timedelta:
        seconds = ticket.sla_paused_business_s if target.business else ticket.sla_paused_wall_s
        return timedelta(seconds=seconds)

    def _due(
        self, start: datetime, target: Target, share: float, ticket: Ticket, calendar: BusinessCalendar
    ) -> datetime:
        length = target.duration(calendar) * share + self._paused(target, ticket)
        length = timedelta(seconds=round(length.total_seconds()))
        if target.business:
            return calendar.add_business_time(start, length)
        return start + length

    def moments(self, ticket: Ticket) -> list[Moment]:
        """Every SLA moment of the ticket's current clocks, in time order."""
        if ticket.status not in ACTIVE_STATUSES or ticket.status is Status.PENDING or ticket.merged_into_id:
            return []
        policy, calendar = self._policy(ticket)
        result = []
        clocks = [
            (
                "resolution",
                ticket.sla_started_at or ticket.created_at,
                ticket.resolution_due_at,
                ticket.resolution_risk_at,
            )
        ]
        if ticket.first_response_at is None:
            clocks.append(("response", ticket.created_at, ticket.response_due_at, ticket.response_risk_at))
        for name, start, due, risk in clocks:
            if due is None or risk is None:
                continue
            result.append(Moment(f"{name}_risk", risk))
            result.append(Moment(f"{name}_breach", due))
            target = _target(policy, ticket.priority, name)
            for level in policy.escalations:
                if level.clock == name:
                    at = escalation_moment(level, start, target, self._paused(target, ticket), calendar)
                    result.append(Moment(f"esc:{level.key}", at, level))
        return sorted(result, key=lambda m: m.at)

    def refresh(self, ticket: Ticket) -> None:
        """Bring the ticket's SLA times in line with its state (idempotent)."""
        self._track_pause(ticket)
        if ticket.status in (Status.RESOLVED, Status.CLOSED, Status.CANCELLED) or ticket.merged_into_id:
            if (
                ticket.resolved_at is not None
                and ticket.resolution_due_at is not None
                and ticket.resolution_met is None
            ):
                ticket.resolution_met = ticket.resolved_at <= ticket.resolution_due_at
            ticket.response_risk_at = ticket.resolution_risk_at = None
            ticket.sla_next_event_at = None
            return
        policy, calendar = self._policy(ticket)
        ticket.sla_policy = policy.name
        if ticket.sla_started_at is None:
            ticket.sla_started_at = ticket.created_at
        targets = policy.targets[ticket.priority]
        if ticket.first_response_at is None:
            ticket.response_due_at = self._due(ticket.created_at, targets.response, 1.0, ticket, calendar)
            ticket.response_risk_at = self._due(
                ticket.created_at, targets.response, policy.at_risk_share, ticket, calendar
            )
        else:
            if ticket.response_met is None and ticket.response_due_at is not None:
                ticket.response_met = ticket.first_response_at <= ticket.response_due_at
            ticket.response_risk_at = None
        start = ticket.sla_started_at
        ticket.resolution_due_at = self._due(start, targets.resolution, 1.0, ticket, calendar)
        ticket.resolution_risk_at = self._due(start, targets.resolution, policy.at_risk_share, ticket, calendar)
        ticket.resolution_met = None
        self.session.flush()
        ticket.sla_next_event_at = self._next_event(ticket)

    def _track_pause(self, ticket: Ticket) -> None:
        """Start the pause when a ticket becomes Pending; add the time back when it leaves Pending."""
        if ticket.status is Status.PENDING:
            if ticket.sla_paused_at is None:
                ticket.sla_paused_at = self.now
            return
        if ticket.sla_paused_at is not None:
            _policy, calendar = self._policy(ticket)
            ticket.sla_paused_business_s += int(
                calendar.business_time_between(ticket.sla_paused_at, self.now).total_seconds()
            )
            ticket.sla_paused_wall_s += int((self.now - ticket.sla_paused_at).total_seconds())
            ticket.sla_paused_at = None

    def restart_resolution(self, ticket: Ticket) -> None:
        """A reopen: the resolution clock starts again from now, under the same policy."""
        ticket.sla_started_at = self.now
        ticket.sla_paused_business_s = ticket.sla_paused_wall_s = 0
        ticket.sla_paused_at = None
        ticket.resolution_met = None

    def _fired(self, ticket: Ticket) -> set[str]:
        return set(
            self.session.scalars(
                select(SlaEvent.kind).where(SlaEvent.ticket_id == ticket.id, SlaEvent.cycle == ticket.reopen_count)
            )
        )

    def _next_event(self, ticket: Ticket) -> datetime | None:
        fired = self._fired(ticket)
        upcoming = [m.at for m in self.moments(ticket) if m.kind not in fired]
        return min(upcoming) if upcoming else None

    def fire_due(self, ticket: Ticket) -> list[SlaEvent]:
        """Record every moment that has come and not fired in this clock cycle; apply escalations."""
        fired = self._fired(ticket)
        new: list[SlaEvent] = []
        for moment in self.moments(ticket):
            if moment.at > self.now or moment.kind in fired:
                continue
            event = SlaEvent(
                ticket_id=ticket.id,
                cycle=ticket.reopen_count,
                kind=moment.kind,
                due_at=moment.at,
                fired_at=self.now,
                dismissed=False,
            )
            self.session.add(event)
            new.append(event)
            fired.add(moment.kind)
            if moment.level is not None:
                self._escalate(ticket, moment.level)
        self.session.flush()
        ticket.sla_next_event_at = self._next_event(ticket)
        return new

    def _escalate(self, ticket: Ticket, level: EscalationLevel) -> None:
        edit = TicketEdit(self.session, ticket, SYSTEM, self.now)
        edit.record("escalation", None, level.key)
        if "raise_priority" in level.actions and ticket.priority is not Priority.URGENT:
            higher = list(Priority)[list(Priority).index(ticket.priority) + 1]
            edit.set("priority", higher)
            edit.set("priority_reason", f"Raised by SLA escalation ({level.key})")
        if "reassign_group" in level.actions and level.group:
            try:
                group = find_group(self.session, level.group)
            except NotFoundError:
                group = None
            if group is not None and ticket.group_id != group.id:
                ticket.group_id = group.id
                edit.record("group", None, group.name)
        edit.event(f"SLA escalation: {level.key}")
        edit.touch()


def _message(kind: str, ref: str, subject: str, due: datetime | None, now: datetime) -> str:
    what = {
        "response_risk": "first response due soon",
        "response_breach": "first response overdue",
        "resolution_risk": "resolution due soon",
        "resolution_breach": "resolution overdue",
    }.get(kind)
    if what is None:
        level = kind.removeprefix("esc:")
        clock_name, _, point = level.replace("+", "@+").partition("@")
        what = (
            f"escalated: {point} of the {clock_name} time"
            if "%" in point
            else f"escalated: {point} past the {clock_name} due time"
        )
        what = what.replace("100% of the", "breach of the")
    left = f" ({remaining_text(due, now)})" if due is not None else ""
    return f"{ref} {subject} — {what}{left}"


class SlaService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def config(self) -> SlaConfig:
        with self.database.read() as session:
            return load_config(session)

    def save_config(self, config: SlaConfig, settings: Mapping[str, Any] | None = None) -> int:
        """Store a (validated) configuration and recompute every active ticket's clock; returns how many.

        Other office settings given as key -> value are written in the same transaction, so a settings
        dialog or a config import saves everything or nothing.
        """
        SlaConfig.from_dict(config.to_dict())
        now = self.clock()
        with self.database.write() as session:
            for key, value in (settings or {}).items():
                office.write(session, key, value)
            office.write(session, SLA_CONFIG, config.to_dict())
            clock = SlaClock(session, now)
            tickets = session.scalars(select(Ticket).where(Ticket.status.in_(ACTIVE_STATUSES))).all()
            for ticket in tickets:
                clock.refresh(ticket)
            return len(tickets)

    def next_wake(self) -> datetime | None:
        """When the scheduler must look again: the next SLA moment or the end of a snooze."""
        with self.database.read() as session:
            event_at = session.scalar(select(func.min(Ticket.sla_next_event_at)))
            snooze = session.scalar(select(func.min(SlaEvent.snoozed_until)).where(SlaEvent.dismissed.is_(False)))
        times = [t for t in (event_at, snooze) if t is not None]
        return min(times) if times else None

    def sweep(self) -> list[Notice]:
        """Fire the SLA moments that have come. Reads only tickets whose next moment is due."""
        now = self.clock()
        with self.database.write() as session:
            clock = SlaClock(session, now)
            due = session.scalars(
                select(Ticket)
                .where(Ticket.sla_next_event_at <= now)
                .order_by(Ticket.sla_next_event_at)
                .limit(SWEEP_BATCH)
            ).all()
            for ticket in due:
                clock.fire_due(ticket)
        return self.pending_notices()

    def pending_notices(self) -> list[Notice]:
        """Reminders not yet shown (or whose snooze is over), oldest first."""
        now = self.clock()
        with self.database.read() as session:
            rows = session.execute(
                self._notice_query()
                .where(
                    SlaEvent.dismissed.is_(False),
                    (SlaEvent.notified_at.is_(None)) | (SlaEvent.snoozed_until <= now),
                )
                .order_by(SlaEvent.id)
            ).all()
            return [self._notice(row, now) for row in rows]

    def all_notices(self, limit: int = 200, *, include_snoozed: bool = True) -> list[Notice]:
        """The notification list: recent SLA events not dismissed, newest first; without those snoozed
        until later if include_snoozed is False (they come back when the snooze ends)."""
        now = self.clock()
        query = self._notice_query().where(SlaEvent.dismissed.is_(False))
        if not include_snoozed:
            query = query.where(or_(SlaEvent.snoozed_until.is_(None), SlaEvent.snoozed_until <= now))
        with self.database.read() as session:
            rows = session.execute(query.order_by(SlaEvent.id.desc()).limit(limit)).all()
            return [self._notice(row, now) for row in rows]

    @staticmethod
    def _notice_query():  # type: ignore[no-untyped-def]
        return select(
            SlaEvent, Ticket.type, Ticket.number, Ticket.subject, Ticket.response_due_at, Ticket.resolution_due_at
        ).join(Ticket, Ticket.id == SlaEvent.ticket_id)

    @staticmethod
    def _notice(row, now: datetime) -> Notice:  # type: ignore[no-untyped-def]
        event, ticket_type, number, subject, response_due, resolution_due = row
        ref = format_number(ticket_type, number)
        due = response_due if event.kind.startswith(("response", "esc:response")) else resolution_due
        return Notice(
            event.id,
            ref,
            subject,
            event.kind,
            due or event.due_at,
            event.fired_at,
            _message(event.kind, ref, subject, due, now),
        )

    def mark_shown(self, ids: list[int]) -> None:
        now = self.clock()
        with self.database.write() as session:
            session.execute(update(SlaEvent).where(SlaEvent.id.in_(ids)).values(notified_at=now, snoozed_until=None))

    def snooze(self, event_id: int, minutes: int) -> None:
        if not 1 <= minutes <= 7 * 24 * 60:
            raise ValidationError("snooze: between 1 minute and 7 days", field="snooze")
        now = self.clock()
        until = now + timedelta(minutes=minutes)
        with self.database.write() as session:
            # A snoozed reminder counts as seen: pending_notices must not show it again before `until`.
            session.execute(
                update(SlaEvent)
                .where(SlaEvent.id == event_id)
                .values(
                    snoozed_until=until,
                    notified_at=func.coalesce(SlaEvent.notified_at, literal(now, SlaEvent.notified_at.type)),
                )
            )

    def dismiss(self, event_id: int) -> None:
        with self.database.write() as session:
            session.execute(update(SlaEvent).where(SlaEvent.id == event_id).values(dismissed=True))

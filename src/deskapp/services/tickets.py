"""Logging and working tickets: create, report an alert, update fields and status, reply and note."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from deskapp.domain import validation
from deskapp.domain.errors import ValidationError
from deskapp.domain.lifecycle import TransitionContext, check_transition, is_reopen
from deskapp.domain.priority import PriorityMatrix
from deskapp.domain.tickets import (
    ACTIVE_STATUSES,
    EntryKind,
    Level,
    Priority,
    ResolutionCode,
    Source,
    Status,
    TicketType,
    format_number,
)
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services import office, people
from deskapp.services.audit import TicketEdit
from deskapp.services.people import Actor
from deskapp.services.records import TicketDetail
from deskapp.services.sla import SlaClock
from deskapp.services.ticket_read import load_ticket, ref_of, tags_of, ticket_detail
from deskapp.storage.engine import Database
from deskapp.storage.tables import Agent, Category, Requester, SupportGroup, Ticket, TicketTag

AUTO = "auto"


@dataclass
class NewTicket:
    """What a person or a script gives to log a ticket; every field is validated by the service."""

    subject: str
    description: str = ""
    type: str = TicketType.INCIDENT.value
    impact: str = Level.MEDIUM.value
    urgency: str = Level.MEDIUM.value
    category: str | None = None
    requester_email: str | None = None
    requester_name: str | None = None
    requester_department: str | None = None
    source: str = Source.PHONE.value
    alert_key: str | None = None
    assignee: str | None = None
    group: str | None = None
    priority: str | None = None
    priority_reason: str | None = None
    tags: Sequence[str] = ()
    major: bool = False
    created_at: datetime | None = None


@dataclass
class TicketChanges:
    """One edit of a ticket; None means 'leave as it is'. Applied as one transaction."""

    subject: str | None = None
    description: str | None = None
    status: str | None = None
    impact: str | None = None
    urgency: str | None = None
    priority: str | None = None
    priority_reason: str | None = None
    category: str | None = None
    assignee: str | None = None
    group: str | None = None
    escalate: bool = False
    requester_email: str | None = None
    requester_name: str | None = None
    major: bool | None = None
    problem: str | None = None
    add_tags: Sequence[str] = ()
    remove_tags: Sequence[str] = ()
    resolution_code: str | None = None
    resolution_notes: str | None = None
    root_cause: str | None = None
    reply: str | None = None
    note: str | None = None
    resolve_incidents: bool = False


def _next_number(session: Session, ticket_type: TicketType) -> int:
    return session.execute(
        text(
            "INSERT INTO ticket_counters(type, last_number) VALUES (:type, 1) "
            "ON CONFLICT(type) DO UPDATE SET last_number = last_number + 1 RETURNING last_number"
        ),
        {"type": ticket_type.value},
    ).scalar_one()


def _override_reason(priority: Priority, matrix_priority: Priority, reason: str | None) -> str | None:
    """None when the priority is the matrix's; otherwise the reason, which is then required."""
    if priority is matrix_priority:
        return None
    cleaned = validation.text(reason, "reason")
    if not cleaned:
        raise ValidationError(
            f"priority: {priority.label} differs from the matrix ({matrix_priority.label}); give a reason",
            field="priority",
        )
    return cleaned


def refresh_sla(edit: TicketEdit) -> None:
    """Recompute the ticket's SLA clock after a change; moved targets are written to its history."""
    ticket = edit.ticket
    before = {"response_due_at": ticket.response_due_at, "resolution_due_at": ticket.resolution_due_at}
    edit.session.flush()
    SlaClock(edit.session, edit.now).refresh(ticket)
    for field, old in before.items():
        new = getattr(ticket, field)
        if new != old and old is not None and ticket.status in ACTIVE_STATUSES:
            edit.record(field, old, new)


class TicketService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    # --- reading -------------------------------------------------------------------------------

    def get(self, ref: str) -> TicketDetail:
        with self.database.read() as session:
            return ticket_detail(session, load_ticket(session, ref))

    # --- logging -------------------------------------------------------------------------------

    def create(self, new: NewTicket, actor: Actor) -> TicketDetail:
        with self.database.write() as session:
            ticket = self.insert(session, new, actor)
            return ticket_detail(session, ticket)

    def report_alert(self, new: NewTicket, actor: Actor) -> tuple[TicketDetail, bool]:
        """Log a monitoring alert; a repeat of one still open becomes a note. Returns (ticket, repeated)."""
        key = validation.name(new.alert_key, "alert key")
        with self.database.write() as session:
            existing = session.scalars(
                select(Ticket)
                .where(
                    Ticket.alert_key == key,
                    Ticket.status.in_(ACTIVE_STATUSES),
                    Ticket.merged_into_id.is_(None),
                )
                .order_by(Ticket.id.desc())
            ).first()
            if existing is None:
                if new.source == Source.PHONE.value:
                    new.source = Source.MONITORING.value
                new.alert_key = key
                return ticket_detail(session, self.insert(session, new, actor)), False
            # A repeat is checked exactly as a new ticket would be, then only a note is kept.
            trial = session.begin_nested()
            self.insert(session, new, actor)
            trial.rollback()
            subject = validation.subject(new.subject)
            details = validation.text(new.description, "description")
            edit = TicketEdit(session, existing, actor, self.clock())
            edit.add_entry(EntryKind.NOTE, f"Alert repeated: {subject}" + (f"\n\n{details}" if details else ""))
            edit.touch()
            session.flush()
            return ticket_detail(session, existing), True

    def insert(self, session: Session, new: NewTicket, actor: Actor) -> Ticket:
        now = self.clock()
        created = new.created_at or now
        ticket_type = TicketType.parse(new.type, "type")
        impact = Level.parse(new.impact, "impact")
        urgency = Level.parse(new.urgency, "urgency")
        matrix_priority = office.priority_matrix(session).priority(impact, urgency)
        priority = Priority.parse(new.priority, "priority") if new.priority else matrix_priority
        reason = _override_reason(priority, matrix_priority, new.priority_reason)
        category, subcategory = people.find_category(session, new.category) if new.category else (None, None)
        requester = people.find_or_create_requester(
            session, new.requester_email, new.requester_name, new.requester_department
        )
        assignee = people.find_agent(session, new.assignee, actor) if new.assignee else None
        group = people.find_group(session, new.group) if new.group else None
        tags = sorted({validation.tag(t) for t in new.tags})
        ticket = Ticket(
            type=ticket_type,
            number=_next_number(session, ticket_type),
            subject=validation.subject(new.subject),
            description=validation.text(new.description, "description"),
            status=Status.OPEN if assignee else Status.NEW,
            impact=impact,
            urgency=urgency,
            priority=priority,
            priority_reason=reason,
            category_id=category.id if category else None,
            subcategory_id=subcategory.id if subcategory else None,
            requester_id=requester.id if requester else None,
            assignee_id=assignee.id if assignee else None,
            group_id=group.id if group else None,
            source=Source.parse(new.source, "source"),
            alert_key=validation.name(new.alert_key, "alert key", required=False) or None,
            major=bool(new.major),
            created_at=created,
            updated_at=created,
            created_by_id=actor.id,
        )
        session.add(ticket)
        session.flush()
        session.add_all(TicketTag(ticket_id=ticket.id, tag=t) for t in tags)
        edit = TicketEdit(session, ticket, actor, created)
        edit.record("created", None, ref_of(ticket))
        if reason:
            edit.record("priority", matrix_priority, priority)
        session.flush()
        SlaClock(session, created).refresh(ticket)
        return ticket

    # --- working -------------------------------------------------------------------------------

    def update(self, ref: str, changes: TicketChanges, actor: Actor) -> TicketDetail:
        """Apply every change in one transaction; any invalid part leaves the ticket untouched."""
        with self.database.write() as session:
            ticket = load_ticket(session, ref)
            edit = TicketEdit(session, ticket, actor, self.clock())
            self._apply(session, edit, changes)
            refresh_sla(edit)
            edit.touch()
            session.flush()
            return ticket_detail(session, ticket)

    def _apply(self, session: Session, edit: TicketEdit, changes: TicketChanges) -> None:
        ticket = edit.ticket
        if ticket.merged_into_id is not None:
            raise ValidationError(
                "ticket: this ticket was merged into another; work on the kept ticket instead", field="ticket"
            )
        if changes.subject is not None:
            edit.set("subject", validation.subject(changes.subject))
        if changes.description is not None:
            edit.set("description", validation.text(changes.description, "description"))
        if changes.requester_email is not None or changes.requester_name is not None:
            requester = people.find_or_create_requester(session, changes.requester_email, changes.requester_name)
            edit.set_ref("requester", requester, session.get(Requester, ticket.requester_id or 0))
        if changes.category is not None:
            self._set_category(session, edit, changes.category)
        self._apply_priority(session, edit, changes)
        if changes.major is not None:
            edit.set("major", bool(changes.major))
        self._apply_tags(session, edit, changes)
        if changes.root_cause is not None:
            edit.set("root_cause", validation.text(changes.root_cause, "root cause") or None)
        if changes.problem is not None:
            self._set_problem(session, edit, changes.problem)
        self._apply_assignment(session, edit, changes)
        if changes.resolution_code is not None:
            edit.set("resolution_code", ResolutionCode.parse(changes.resolution_code, "resolution code"))
        status_unchanged = changes.status is None or Status.parse(changes.status, "status") is ticket.status
        if changes.resolution_notes is not None and status_unchanged:
            edit.set("resolution_notes", validation.text(changes.resolution_notes, "resolution") or None)
        self._apply_conversation(edit, changes)
        if changes.status is not None:
            target = Status.parse(changes.status, "status")
            if target is not ticket.status:
                self.transition(session, edit, target, changes.resolution_notes, changes.resolution_code)
                if target is Status.RESOLVED and ticket.type is TicketType.PROBLEM and changes.resolve_incidents:
                    self._resolve_incidents(session, edit)

    def _set_category(self, session: Session, edit: TicketEdit, path: str) -> None:
        ticket = edit.ticket
        top, sub = people.find_category(session, path) if path.strip() else (None, None)
        edit.set_ref("category", top, session.get(Category, ticket.category_id or 0))
        edit.set_ref("subcategory", sub, session.get(Category, ticket.subcategory_id or 0))

    def _apply_priority(self, session: Session, edit: TicketEdit, changes: TicketChanges) -> None:
        ticket = edit.ticket
        if changes.impact is not None:
            edit.set("impact", Level.parse(changes.impact, "impact"))
        if changes.urgency is not None:
            edit.set("urgency", Level.parse(changes.urgency, "urgency"))
        matrix: PriorityMatrix = office.priority_matrix(session)
        matrix_priority = matrix.priority(ticket.impact, ticket.urgency)
        if changes.priority is not None and changes.priority.strip().lower() != AUTO:
            wanted = Priority.parse(changes.priority, "priority")
            reason = _override_reason(wanted, matrix_priority, changes.priority_reason)
            edit.set("priority", wanted)
            edit.set("priority_reason", reason)
        elif changes.priority is not None or ticket.priority_reason is None:
            edit.set("priority", matrix_priority)
            edit.set("priority_reason", None)

    def _apply_tags(self, session: Session, edit: TicketEdit, changes: TicketChanges) -> None:
        if not changes.add_tags and not changes.remove_tags:
            return
        ticket_id = edit.ticket.id
        before = set(tags_of(session, ticket_id))
        after = (before | {validation.tag(t) for t in changes.add_tags}) - {
            validation.tag(t) for t in changes.remove_tags
        }
        if after == before:
            return
        for tag in before - after:
            session.delete(session.get(TicketTag, (ticket_id, tag)))
        session.add_all(TicketTag(ticket_id=ticket_id, tag=t) for t in sorted(after - before))
        edit.record("tags", ", ".join(sorted(before)) or None, ", ".join(sorted(after)) or None)

    def _set_problem(self, session: Session, edit: TicketEdit, ref: str) -> None:
        ticket = edit.ticket
        if ref.strip().lower() in ("", "none"):
            problem = None
        else:
            problem = load_ticket(session, ref)
            if problem.type is not TicketType.PROBLEM:
                raise ValidationError(f"problem: {ref_of(problem)} is not a problem", field="problem")
            if ticket.type is not TicketType.INCIDENT:
                raise ValidationError("problem: only incidents are linked to a problem", field="problem")
        old = session.get(Ticket, ticket.problem_id) if ticket.problem_id else None
        if (old.id if old else None) == (problem.id if problem else None):
            return
        ticket.problem_id = problem.id if problem else None
        edit.record("problem", ref_of(old) if old else None, ref_of(problem) if problem else None)

    def _apply_assignment(self, session: Session, edit: TicketEdit, changes: TicketChanges) -> None:
        ticket = edit.ticket
        old_group = session.get(SupportGroup, ticket.group_id) if ticket.group_id else None
        if changes.escalate:
            group = people.next_tier_group(session, old_group)
            if edit.set_ref("group", group, old_group):
                edit.event(f"Escalated to {group.name} (tier {group.tier})")
        elif changes.group is not None:
            group = people.find_group(session, changes.group)
            edit.set_ref("group", group, old_group)
        if changes.assignee is not None:
            agent = people.find_agent(session, changes.assignee, edit.actor)
            old_agent = session.get(Agent, ticket.assignee_id) if ticket.assignee_id else None
            if edit.set_ref("assignee", agent, old_agent):
                edit.event(f"Assigned to {agent.name}" if agent else "Unassigned")
                if agent is not None and ticket.status is Status.NEW and changes.status is None:
                    self.transition(session, edit, Status.OPEN, None, None)

    def _apply_conversation(self, edit: TicketEdit, changes: TicketChanges) -> None:
        if changes.note is not None:
            edit.add_entry(EntryKind.NOTE, validation.text(changes.note, "note", required=True))
        if changes.reply is not None:
            edit.add_entry(EntryKind.REPLY, validation.text(changes.reply, "reply", required=True))
            if edit.ticket.first_response_at is None and edit.actor.id is not None:
                edit.set("first_response_at", edit.now)

    def transition(
        self,
        session: Session,
        edit: TicketEdit,
        target: Status,
        resolution_notes: str | None,
        resolution_code: str | None,
    ) -> None:
        """Move the ticket to target, with the side effects each status has."""
        ticket = edit.ticket
        notes = validation.text(resolution_notes, "resolution") if resolution_notes is not None else None
        check_transition(
            ticket.status,
            target,
            TransitionContext(
                now=edit.now,
                resolution_notes=notes,
                closed_at=ticket.closed_at,
                reopen_window=office.reopen_window(session),
                merged=ticket.merged_into_id is not None,
            ),
        )
        old = ticket.status
        if is_reopen(old, target):
            SlaClock(session, edit.now).restart_resolution(ticket)
            edit.set("reopen_count", ticket.reopen_count + 1)
            for cleared in ("resolved_at", "closed_at", "resolution_code", "resolution_notes"):
                edit.set(cleared, None)
        edit.set("status", target)
        if target is Status.RESOLVED:
            default_code = (
                ResolutionCode.REQUEST_FULFILLED if ticket.type is TicketType.REQUEST else ResolutionCode.FIXED
            )
            code = ResolutionCode.parse(resolution_code, "resolution code") if resolution_code else None
            edit.set("resolution_code", code or ticket.resolution_code or default_code)
            edit.set("resolution_notes", notes)
            edit.set("resolved_at", edit.now)
        elif target in (Status.CLOSED, Status.CANCELLED):
            edit.set("closed_at", edit.now)
        verb = "Reopened" if is_reopen(old, target) else f"Status changed from {old.label} to {target.label}"
        edit.event(verb)

    def _resolve_incidents(self, session: Session, edit: TicketEdit) -> None:
        problem = edit.ticket
        incidents = session.scalars(
            select(Ticket).where(Ticket.problem_id == problem.id, Ticket.status.in_(ACTIVE_STATUSES))
        ).all()
        note = f"Resolved with problem {ref_of(problem)}: {problem.resolution_notes}"
        for incident in incidents:
            child = TicketEdit(session, incident, edit.actor, edit.now)
            self.transition(session, child, Status.RESOLVED, note, None)
            refresh_sla(child)
            child.touch()

    def open_incidents_of(self, ref: str) -> list[str]:
        """The linked incidents still open, to offer resolving them with the problem."""
        with self.database.read() as session:
            problem = load_ticket(session, ref)
            rows = session.execute(
                select(Ticket.type, Ticket.number)
                .where(Ticket.problem_id == problem.id, Ticket.status.in_(ACTIVE_STATUSES))
                .order_by(Ticket.id)
            )
            return [format_number(t, n) for t, n in rows]

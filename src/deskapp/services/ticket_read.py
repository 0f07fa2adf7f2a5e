"""Loading one ticket, with its conversation, history, links and files, into a TicketDetail."""

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.domain.errors import NotFoundError
from deskapp.domain.tickets import format_number, parse_number
from deskapp.services.people import group_ref, person_ref
from deskapp.services.records import AttachmentRecord, AuditRecord, EntryRecord, TicketDetail
from deskapp.storage.tables import Attachment, AuditRow, Entry, Ticket, TicketLink, TicketTag


def load_ticket(session: Session, ref: str) -> Ticket:
    """The ticket named 'INC-12' (or NotFoundError naming it)."""
    ticket_type, number = parse_number(ref)
    ticket = session.scalars(select(Ticket).where(Ticket.type == ticket_type, Ticket.number == number)).first()
    if ticket is None:
        raise NotFoundError(f"ticket: {format_number(ticket_type, number)} does not exist", field="ticket")
    return ticket


def ref_of(ticket: Ticket) -> str:
    return format_number(ticket.type, ticket.number)


def _refs(session: Session, ids: list[int]) -> tuple[str, ...]:
    if not ids:
        return ()
    rows = session.execute(select(Ticket.type, Ticket.number).where(Ticket.id.in_(ids)).order_by(Ticket.id))
    return tuple(format_number(t, n) for t, n in rows)


def tags_of(session: Session, ticket_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(select(TicketTag.tag).where(TicketTag.ticket_id == ticket_id).order_by(TicketTag.tag)))


def entry_record(entry: Entry) -> EntryRecord:
    return EntryRecord(entry.id, entry.kind, entry.author_name, entry.body, entry.created_at)


def attachment_record(row: Attachment) -> AttachmentRecord:
    return AttachmentRecord(row.id, row.filename, row.size, row.content_type, row.sha256, row.created_at)


def ticket_detail(session: Session, ticket: Ticket) -> TicketDetail:
    tid = ticket.id
    entries = session.scalars(select(Entry).where(Entry.ticket_id == tid).order_by(Entry.created_at, Entry.id))
    history = session.scalars(select(AuditRow).where(AuditRow.ticket_id == tid).order_by(AuditRow.id))
    files = session.scalars(select(Attachment).where(Attachment.ticket_id == tid).order_by(Attachment.id))
    link_rows = session.execute(
        select(TicketLink.ticket_id, TicketLink.other_id).where(
            or_(TicketLink.ticket_id == tid, TicketLink.other_id == tid)
        )
    )
    related = [b if a == tid else a for a, b in link_rows]
    incidents = list(session.scalars(select(Ticket.id).where(Ticket.problem_id == tid)))
    merged_from = list(session.scalars(select(Ticket.id).where(Ticket.merged_into_id == tid)))
    problem = _refs(session, [ticket.problem_id])[0] if ticket.problem_id else None
    merged_into = _refs(session, [ticket.merged_into_id])[0] if ticket.merged_into_id else None
    return TicketDetail(
        id=tid,
        uuid=ticket.uuid,
        type=ticket.type,
        number=ticket.number,
        subject=ticket.subject,
        description=ticket.description,
        status=ticket.status,
        impact=ticket.impact,
        urgency=ticket.urgency,
        priority=ticket.priority,
        priority_reason=ticket.priority_reason,
        category=ticket.category.name if ticket.category else None,
        subcategory=ticket.subcategory.name if ticket.subcategory else None,
        requester=person_ref(ticket.requester),
        assignee=person_ref(ticket.assignee),
        group=group_ref(ticket.group),
        source=ticket.source,
        alert_key=ticket.alert_key,
        major=ticket.major,
        tags=tags_of(session, tid),
        created_at=ticket.created_at,
        updated_at=ticket.updated_at,
        first_response_at=ticket.first_response_at,
        resolved_at=ticket.resolved_at,
        closed_at=ticket.closed_at,
        resolution_code=ticket.resolution_code,
        resolution_notes=ticket.resolution_notes,
        root_cause=ticket.root_cause,
        response_due_at=ticket.response_due_at,
        resolution_due_at=ticket.resolution_due_at,
        reopen_count=ticket.reopen_count,
        problem=problem,
        incidents=_refs(session, incidents),
        related=_refs(session, related),
        merged_into=merged_into,
        merged_from=_refs(session, merged_from),
        entries=tuple(entry_record(e) for e in entries),
        history=tuple(AuditRecord(h.field, h.old_value, h.new_value, h.actor_name, h.at) for h in history),
        attachments=tuple(attachment_record(a) for a in files),
        sla_policy=ticket.sla_policy,
        response_risk_at=ticket.response_risk_at,
        resolution_risk_at=ticket.resolution_risk_at,
        sla_paused_at=ticket.sla_paused_at,
        response_met=ticket.response_met,
        resolution_met=ticket.resolution_met,
    )

"""Tickets that belong together: related links, problems and their incidents, and merging duplicates."""

from collections.abc import Sequence

from sqlalchemy import select

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import EntryKind, ResolutionCode, Status, TicketType
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services.audit import TicketEdit
from deskapp.services.people import Actor
from deskapp.services.records import TicketDetail
from deskapp.services.ticket_read import load_ticket, ref_of, tags_of, ticket_detail
from deskapp.services.tickets import NewTicket, TicketService, refresh_sla
from deskapp.storage.engine import Database
from deskapp.storage.tables import Attachment, Entry, Ticket, TicketLink, TicketTag, Tombstone


class LinkService:
    def __init__(self, database: Database, clock: Clock, tickets: TicketService) -> None:
        self.database = database
        self.clock = whole_seconds(clock)
        self.tickets = tickets

    def link(self, ref: str, other_ref: str, actor: Actor) -> TicketDetail:
        """Mark two tickets as related (both show the link)."""
        with self.database.write() as session:
            a, b = load_ticket(session, ref), load_ticket(session, other_ref)
            if a.id == b.id:
                raise ValidationError("link: a ticket cannot be linked to itself", field="link")
            low, high = sorted((a.id, b.id))
            exists = session.scalars(
                select(TicketLink).where(TicketLink.ticket_id == low, TicketLink.other_id == high)
            ).first()
            if exists is None:
                now = self.clock()
                session.add(TicketLink(ticket_id=low, other_id=high, kind="related", created_at=now))
                for ticket, other in ((a, b), (b, a)):
                    edit = TicketEdit(session, ticket, actor, now)
                    edit.record("related", None, ref_of(other))
                    edit.touch()
            session.flush()
            return ticket_detail(session, a)

    def unlink(self, ref: str, other_ref: str, actor: Actor) -> TicketDetail:
        with self.database.write() as session:
            a, b = load_ticket(session, ref), load_ticket(session, other_ref)
            low, high = sorted((a.id, b.id))
            link = session.scalars(
                select(TicketLink).where(TicketLink.ticket_id == low, TicketLink.other_id == high)
            ).first()
            if link is None:
                raise ValidationError(f"link: {ref_of(a)} and {ref_of(b)} are not linked", field="link")
            now = self.clock()
            session.add(Tombstone(entity="ticket_links", uuid=link.uuid, deleted_at=now))
            session.delete(link)
            for ticket, other in ((a, b), (b, a)):
                edit = TicketEdit(session, ticket, actor, now)
                edit.record("related", ref_of(other), None)
                edit.touch()
            session.flush()
            return ticket_detail(session, a)

    def create_problem_from(
        self, incident_refs: Sequence[str], subject: str, actor: Actor, description: str = ""
    ) -> TicketDetail:
        """Open a problem that explains the given incidents, and link each of them to it."""
        if not incident_refs:
            raise ValidationError("incidents: choose at least one incident", field="incidents")
        with self.database.write() as session:
            incidents = [load_ticket(session, ref) for ref in incident_refs]
            wrong = [ref_of(t) for t in incidents if t.type is not TicketType.INCIDENT]
            if wrong:
                raise ValidationError(f"incidents: {', '.join(wrong)} are not incidents", field="incidents")
            first = incidents[0]
            problem = self.tickets.insert(
                session,
                NewTicket(
                    subject=subject,
                    description=description,
                    type=TicketType.PROBLEM.value,
                    impact=first.impact.value,
                    urgency=first.urgency.value,
                    category=None,
                ),
                actor,
            )
            problem.category_id, problem.subcategory_id = first.category_id, first.subcategory_id
            now = self.clock()
            for incident in incidents:
                edit = TicketEdit(session, incident, actor, now)
                old = session.get(Ticket, incident.problem_id) if incident.problem_id else None
                incident.problem_id = problem.id
                edit.record("problem", ref_of(old) if old else None, ref_of(problem))
                edit.touch()
            session.flush()
            return ticket_detail(session, problem)

    def merge(self, duplicate_ref: str, kept_ref: str, actor: Actor) -> TicketDetail:
        """Fold a duplicate into the kept ticket: its conversation, files and tags are carried over,
        and the duplicate is closed pointing at the kept one. Returns the kept ticket."""
        with self.database.write() as session:
            duplicate, kept = load_ticket(session, duplicate_ref), load_ticket(session, kept_ref)
            self._check_merge(duplicate, kept)
            now = self.clock()
            dup_ref, kept_ref_text = ref_of(duplicate), ref_of(kept)
            kept_edit = TicketEdit(session, kept, actor, now)
            self._copy_conversation(session, duplicate, kept, dup_ref)
            for tag in set(tags_of(session, duplicate.id)) - set(tags_of(session, kept.id)):
                session.add(TicketTag(ticket_id=kept.id, tag=tag))
            kept_edit.record("merged", None, dup_ref)
            kept_edit.event(f"Merged {dup_ref} into this ticket: {duplicate.subject}")
            kept_edit.touch()

            dup_edit = TicketEdit(session, duplicate, actor, now)
            duplicate.merged_into_id = kept.id
            dup_edit.record("merged_into", None, kept_ref_text)
            if duplicate.status is not Status.CLOSED:
                dup_edit.set("status", Status.CLOSED)
                dup_edit.set("closed_at", now)
            dup_edit.set("resolution_code", ResolutionCode.DUPLICATE)
            dup_edit.set("resolution_notes", f"Duplicate of {kept_ref_text}")
            dup_edit.event(f"Merged into {kept_ref_text}")
            refresh_sla(dup_edit)
            dup_edit.touch()
            session.flush()
            return ticket_detail(session, kept)

    @staticmethod
    def _check_merge(duplicate: Ticket, kept: Ticket) -> None:
        if duplicate.id == kept.id:
            raise ValidationError("merge: a ticket cannot be merged into itself", field="merge")
        for ticket in (duplicate, kept):
            if ticket.merged_into_id is not None:
                raise ValidationError(f"merge: {ref_of(ticket)} was already merged into another ticket", field="merge")
        if kept.status in (Status.CLOSED, Status.CANCELLED):
            raise ValidationError(
                f"merge: {ref_of(kept)} is {kept.status.label}; keep a ticket that is still in use", field="merge"
            )
        if duplicate.type is not kept.type:
            raise ValidationError(
                f"merge: {ref_of(duplicate)} and {ref_of(kept)} are of different types", field="merge"
            )

    @staticmethod
    def _copy_conversation(session, duplicate: Ticket, kept: Ticket, dup_ref: str) -> None:  # type: ignore[no-untyped-def]
        """Copy the description, replies, notes and files of the duplicate onto the kept ticket."""
        if duplicate.description:
            session.add(
                Entry(
                    ticket_id=kept.id,
                    kind=EntryKind.NOTE,
                    author_name=duplicate.requester.name if duplicate.requester else "",
                    author_requester_id=duplicate.requester_id,
                    body=f"[from {dup_ref}] {duplicate.subject}\n\n{duplicate.description}",
                    created_at=duplicate.created_at,
                )
            )
        for entry in session.scalars(
            select(Entry).where(Entry.ticket_id == duplicate.id, Entry.kind != EntryKind.EVENT).order_by(Entry.id)
        ):
            session.add(
                Entry(
                    ticket_id=kept.id,
                    kind=entry.kind,
                    author_agent_id=entry.author_agent_id,
                    author_requester_id=entry.author_requester_id,
                    author_name=entry.author_name,
                    body=f"[from {dup_ref}] {entry.body}",
                    created_at=entry.created_at,
                )
            )
        for file in session.scalars(select(Attachment).where(Attachment.ticket_id == duplicate.id)):
            session.add(
                Attachment(
                    ticket_id=kept.id,
                    filename=file.filename,
                    sha256=file.sha256,
                    size=file.size,
                    content_type=file.content_type,
                    created_at=file.created_at,
                )
            )

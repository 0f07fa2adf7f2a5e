"""Closing out finished work: resolved tickets waiting for the requester's confirmation, and the
post-incident reviews still to do once major incidents and problems are over.

Bulk closing is deliberately *not* all-or-nothing: each ticket is closed by its own audited update
(its own transaction), so one ticket that cannot close (reopened meanwhile, merged, deleted) is
reported by number with the reason while the others still close.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Status, TicketType, format_number, parse_number
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services.bulk import update_many
from deskapp.services.people import Actor
from deskapp.services.reviews import ReviewService
from deskapp.services.tickets import TicketChanges, TicketService
from deskapp.storage.engine import Database
from deskapp.storage.tables import Review, ReviewAction, Ticket

RESOLVED_LIMIT = 1000
MAX_AGE_DAYS = 3650


@dataclass(frozen=True)
class ResolvedTicket:
    """One row of "resolved, waiting for confirmation"."""

    ref: str
    subject: str
    requester: str
    resolved_at: datetime | None
    resolution_notes: str
    major: bool


@dataclass(frozen=True)
class ReviewToDo:
    """A major incident or problem that is over but whose review is missing or unfinished."""

    ref: str
    subject: str
    type: TicketType
    major: bool
    status: Status
    resolved_at: datetime | None
    review_started: bool
    review_updated_at: datetime | None
    actions_open: int


@dataclass(frozen=True)
class CloseOutcome:
    """What a bulk close did: the tickets closed, and each one that was not, with the reason."""

    closed: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = field(default=())


class ClosingService:
    def __init__(self, database: Database, tickets: TicketService, reviews: ReviewService, clock: Clock) -> None:
        self.database = database
        self.tickets = tickets
        self.reviews = reviews
        self.clock = whole_seconds(clock)

    # --- reading -------------------------------------------------------------------------------

    def resolved(self, limit: int = RESOLVED_LIMIT) -> list[ResolvedTicket]:
        """Resolved tickets, the longest waiting first (one query, not one per ticket)."""
        with self.database.read() as session:
            rows = session.execute(
                select(
                    Ticket.type,
                    Ticket.number,
                    Ticket.subject,
                    Ticket.requester_name,
                    Ticket.resolved_at,
                    Ticket.resolution_notes,
                    Ticket.major,
                )
                .where(Ticket.status == Status.RESOLVED, Ticket.merged_into_id.is_(None))
                .order_by(Ticket.resolved_at, Ticket.id)
                .limit(limit)
            )
            return [
                ResolvedTicket(format_number(t, n), subject, requester or "", resolved, notes or "", bool(major))
                for t, n, subject, requester, resolved, notes, major in rows
            ]

    def reviews_to_do(self) -> list[ReviewToDo]:
        """ReviewService.awaiting_review() (the one rule), with what a list needs to show."""
        refs = self.reviews.awaiting_review()
        if not refs:
            return []
        wanted = {parse_number(ref) for ref in refs}
        by_ref: dict[str, ReviewToDo] = {}
        with self.database.read() as session:
            for ticket_type in {t for t, _ in wanted}:
                numbers = [n for t, n in wanted if t is ticket_type]
                rows = session.execute(
                    select(Ticket, Review)
                    .outerjoin(Review, Review.ticket_id == Ticket.id)
                    .where(Ticket.type == ticket_type, Ticket.number.in_(numbers))
                )
                for ticket, review in rows:
                    open_actions = 0
                    if review is not None:
                        open_actions = session.scalar(
                            select(func.count())
                            .select_from(ReviewAction)
                            .where(ReviewAction.review_id == review.id, ReviewAction.done.is_(False))
                        )
                    ref = format_number(ticket.type, ticket.number)
                    by_ref[ref] = ReviewToDo(
                        ref=ref,
                        subject=ticket.subject,
                        type=ticket.type,
                        major=ticket.major,
                        status=ticket.status,
                        resolved_at=ticket.resolved_at,
                        review_started=review is not None,
                        review_updated_at=review.updated_at if review is not None else None,
                        actions_open=open_actions,
                    )
        return [by_ref[ref] for ref in refs if ref in by_ref]

    # --- closing -------------------------------------------------------------------------------

    def close(
        self, refs: Sequence[str], actor: Actor, *, report: Callable[[int, int, str], bool] | None = None
    ) -> CloseOutcome:
        """Close each ticket in its own audited update; failures are collected, not raised.

        `report(done, total, label)` is told the progress; when it returns False the rest is left open.
        """
        result = update_many(self.tickets, refs, TicketChanges(status=Status.CLOSED.value), actor, report=report)
        return CloseOutcome(tuple(result.done), tuple(result.failed))

    def resolved_before(self, days: int) -> list[str]:
        """Tickets resolved at least `days` days ago (by the service clock), oldest first."""
        if not 0 <= days <= MAX_AGE_DAYS:
            raise ValidationError(f"days: must be between 0 and {MAX_AGE_DAYS}", field="days")
        cutoff = self.clock() - timedelta(days=days)
        with self.database.read() as session:
            rows = session.execute(
                select(Ticket.type, Ticket.number)
                .where(
                    Ticket.status == Status.RESOLVED,
                    Ticket.merged_into_id.is_(None),
                    Ticket.resolved_at <= cutoff,
                )
                .order_by(Ticket.resolved_at, Ticket.id)
            )
            return [format_number(t, n) for t, n in rows]

    def close_resolved_before(
        self, days: int, actor: Actor, *, report: Callable[[int, int, str], bool] | None = None
    ) -> CloseOutcome:
        """Close every ticket resolved more than `days` days ago, each as its own update."""
        return self.close(self.resolved_before(days), actor, report=report)

"""Post-incident reviews: what happened, why, what went well or badly, and the actions that follow."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.domain import validation
from deskapp.domain.errors import NotFoundError, ValidationError
from deskapp.domain.tickets import Status, TicketType, format_number
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services.audit import TicketEdit
from deskapp.services.people import Actor
from deskapp.services.ticket_read import load_ticket, ref_of
from deskapp.storage.engine import Database
from deskapp.storage.tables import Review, ReviewAction, Ticket

REVIEW_TEXT_FIELDS = ("summary", "timeline", "root_cause", "went_well", "went_badly")


@dataclass(frozen=True)
class ActionRecord:
    id: int
    description: str
    owner: str
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class ReviewRecord:
    ticket: str
    subject: str
    summary: str
    timeline: str
    root_cause: str
    went_well: str
    went_badly: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    actions: tuple[ActionRecord, ...]


@dataclass
class ReviewChanges:
    summary: str | None = None
    timeline: str | None = None
    root_cause: str | None = None
    went_well: str | None = None
    went_badly: str | None = None
    complete: bool | None = None


def _record(session: Session, ticket: Ticket, review: Review) -> ReviewRecord:
    actions = session.scalars(select(ReviewAction).where(ReviewAction.review_id == review.id).order_by(ReviewAction.id))
    return ReviewRecord(
        ticket=ref_of(ticket),
        subject=ticket.subject,
        summary=review.summary,
        timeline=review.timeline,
        root_cause=review.root_cause,
        went_well=review.went_well,
        went_badly=review.went_badly,
        created_at=review.created_at,
        updated_at=review.updated_at,
        completed_at=review.completed_at,
        actions=tuple(ActionRecord(a.id, a.description, a.owner, a.due_date, a.done) for a in actions),
    )


class ReviewService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def get(self, ref: str) -> ReviewRecord | None:
        with self.database.read() as session:
            ticket = load_ticket(session, ref)
            review = session.scalars(select(Review).where(Review.ticket_id == ticket.id)).first()
            return None if review is None else _record(session, ticket, review)

    def save(self, ref: str, changes: ReviewChanges, actor: Actor) -> ReviewRecord:
        """Create or edit the review of a major incident or a problem."""
        with self.database.write() as session:
            ticket = load_ticket(session, ref)
            if not (ticket.major or ticket.type is TicketType.PROBLEM):
                raise ValidationError(
                    f"review: {ref_of(ticket)} is neither a major incident nor a problem; mark it major first",
                    field="review",
                )
            now = self.clock()
            review = session.scalars(select(Review).where(Review.ticket_id == ticket.id)).first()
            edit = TicketEdit(session, ticket, actor, now)
            if review is None:
                review = Review(ticket_id=ticket.id, created_at=now, updated_at=now)
                session.add(review)
                edit.record("review", None, "started")
            for name in REVIEW_TEXT_FIELDS:
                value = getattr(changes, name)
                if value is not None:
                    setattr(review, name, validation.text(value, name.replace("_", " ")))
            if changes.complete is not None:
                if changes.complete and not review.summary.strip():
                    raise ValidationError("summary: a review needs a summary before it is complete", field="summary")
                completed = now if changes.complete else None
                if (review.completed_at is None) != (completed is None):
                    edit.record(
                        "review",
                        "completed" if review.completed_at else "started",
                        "completed" if completed else "reopened",
                    )
                    review.completed_at = completed
            review.updated_at = now
            edit.touch()
            session.flush()
            return _record(session, ticket, review)

    def add_action(self, ref: str, description: str, owner: str, due: date | None, actor: Actor) -> ReviewRecord:
        with self.database.write() as session:
            ticket, review = self._review(session, ref)
            text = validation.text(description, "action", required=True)
            session.add(
                ReviewAction(review_id=review.id, description=text, owner=validation.name(owner, "owner"), due_date=due)
            )
            review.updated_at = self.clock()
            session.flush()
            return _record(session, ticket, review)

    def set_action_done(self, ref: str, action_id: int, done: bool) -> ReviewRecord:
        with self.database.write() as session:
            ticket, review = self._review(session, ref)
            action = session.get(ReviewAction, action_id)
            if action is None or action.review_id != review.id:
                raise NotFoundError(f"action: no action {action_id} in the review of {ref_of(ticket)}", field="action")
            action.done = done
            review.updated_at = self.clock()
            session.flush()
            return _record(session, ticket, review)

    def awaiting_review(self) -> list[str]:
        """Major incidents and problems, resolved or closed, whose review is missing or not complete."""
        with self.database.read() as session:
            rows = session.execute(
                select(Ticket.type, Ticket.number)
                .outerjoin(Review, Review.ticket_id == Ticket.id)
                .where(
                    or_(Ticket.major, Ticket.type == TicketType.PROBLEM),
                    Ticket.status.in_((Status.RESOLVED, Status.CLOSED)),
                    Review.completed_at.is_(None),
                )
                .order_by(Ticket.resolved_at)
            )
            return [format_number(t, n) for t, n in rows]

    @staticmethod
    def _review(session: Session, ref: str) -> tuple[Ticket, Review]:
        ticket = load_ticket(session, ref)
        review = session.scalars(select(Review).where(Review.ticket_id == ticket.id)).first()
        if review is None:
            raise NotFoundError(f"review: {ref_of(ticket)} has no review yet; start one first", field="review")
        return ticket, review

"""Which status changes a ticket may make, and what each one requires.

New -> Open -> Pending -> Resolved -> Closed, with Reopen from Resolved (and from Closed within a
window), and Cancelled as a way out of any active state.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from deskapp.domain.errors import TransitionError, ValidationError
from deskapp.domain.tickets import Status

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.OPEN, Status.PENDING, Status.RESOLVED, Status.CANCELLED}),
    Status.OPEN: frozenset({Status.PENDING, Status.RESOLVED, Status.CANCELLED}),
    Status.PENDING: frozenset({Status.OPEN, Status.RESOLVED, Status.CANCELLED}),
    Status.RESOLVED: frozenset({Status.CLOSED, Status.OPEN}),
    Status.CLOSED: frozenset({Status.OPEN}),
    Status.CANCELLED: frozenset(),
}

DEFAULT_REOPEN_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class TransitionContext:
    """What the rules need to know beyond the two states."""

    now: datetime
    resolution_notes: str | None = None
    closed_at: datetime | None = None
    reopen_window: timedelta = DEFAULT_REOPEN_WINDOW
    merged: bool = False


def allowed_targets(current: Status) -> frozenset[Status]:
    return ALLOWED[current]


def is_reopen(current: Status, target: Status) -> bool:
    return current in (Status.RESOLVED, Status.CLOSED) and target is Status.OPEN


def check_transition(current: Status, target: Status, context: TransitionContext) -> None:
    """Raise TransitionError (or ValidationError for a missing note) unless the change is allowed."""
    if context.merged:
        raise TransitionError(
            "status: this ticket was merged into another; work on the kept ticket instead", field="status"
        )
    if current is target:
        raise TransitionError(f"status: the ticket is already {target.label}", field="status")
    if target not in ALLOWED[current]:
        allowed = ", ".join(s.label for s in sorted(ALLOWED[current], key=list(Status).index)) or "none"
        raise TransitionError(
            f"status: {_article(current.label)} {current.label} ticket cannot become {target.label}"
            f" (allowed: {allowed})",
            field="status",
        )
    if target is Status.RESOLVED and not (context.resolution_notes or "").strip():
        raise ValidationError("resolution: resolving a ticket needs a resolution note", field="resolution")
    too_late = context.closed_at is None or context.now - context.closed_at > context.reopen_window
    if current is Status.CLOSED and target is Status.OPEN and too_late:
        raise TransitionError(
            f"status: this ticket was closed more than {_duration(context.reopen_window)} ago and can no"
            " longer be reopened; log a new ticket and link it",
            field="status",
        )


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _duration(span: timedelta) -> str:
    if span.days >= 1:
        return f"{span.days} day{'s' if span.days != 1 else ''}"
    hours = max(1, int(span.total_seconds() // 3600))
    return f"{hours} hour{'s' if hours != 1 else ''}"

"""The same change applied to many tickets, each in its own transaction, with a report of each."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from deskapp.domain.errors import DeskappError
from deskapp.services.people import Actor
from deskapp.services.tickets import TicketChanges, TicketService


@dataclass
class BulkResult:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason)

    def summary(self) -> str:
        text = f"{len(self.done)} updated"
        if self.failed:
            reasons = "; ".join(f"{ref}: {reason}" for ref, reason in self.failed[:5])
            more = f" and {len(self.failed) - 5} more" if len(self.failed) > 5 else ""
            text += f", {len(self.failed)} not updated ({reasons}{more})"
        return text


def update_many(
    tickets: TicketService,
    refs: Sequence[str],
    changes: TicketChanges,
    actor: Actor,
    *,
    report: Callable[[int, int, str], bool] | None = None,
) -> BulkResult:
    """A ticket the change doesn't fit (say, already closed) is reported and the others still change.

    Each ref is changed once, in the order given; `report(done, total, ref)` is told the progress and
    stops the rest when it returns False.
    """
    result = BulkResult()
    unique = list(dict.fromkeys(refs))
    for done, ref in enumerate(unique):
        if report is not None and not report(done, len(unique), ref):
            break
        try:
            result.done.append(tickets.update(ref, changes, actor).ref)
        except DeskappError as error:
            result.failed.append((ref, str(error)))
    return result

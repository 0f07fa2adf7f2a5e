"""What a queue view shows: filters and a sort, as plain values the GUI, CLI and storage share."""

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from deskapp.domain.tickets import Priority, Status, TicketType

UNASSIGNED = 0
# SLA views: a running (not paused) clock whose at-risk moment has come but not its due time, or whose
# due time has passed, judged at TicketFilter.now.
SLA_AT_RISK = "at_risk"
SLA_OVERDUE = "overdue"
SLA_STATES = (SLA_AT_RISK, SLA_OVERDUE)


@dataclass(frozen=True)
class TicketFilter:
    """What a queue view shows; every field narrows it, None means 'any'."""

    statuses: Sequence[Status] = ()
    types: Sequence[TicketType] = ()
    priorities: Sequence[Priority] = ()
    assignee_ids: Sequence[int] = ()  # UNASSIGNED (0) stands for "nobody"
    group_ids: Sequence[int] = ()
    category_ids: Sequence[int] = ()
    requester_ids: Sequence[int] = ()
    created_from: datetime | None = None
    created_to: datetime | None = None
    search: str | None = None
    include_merged: bool = False
    sort: str = "id"
    descending: bool = True
    ids: Sequence[int] = ()
    sla: str | None = None  # SLA_AT_RISK or SLA_OVERDUE (an at-risk ticket that is also overdue is overdue)
    now: datetime | None = None  # the moment `sla` is judged at; the queue service fills it from its clock


def filter_to_json(flt: TicketFilter) -> dict[str, Any]:
    """A saved view's filter as JSON-ready values."""
    data = asdict(flt)
    for key in ("statuses", "types", "priorities"):
        data[key] = [getattr(v, "value", v) for v in data[key]]
    for key in ("created_from", "created_to"):
        data[key] = data[key].isoformat() if data[key] else None
    data.pop("ids", None)
    data.pop("now", None)  # a saved SLA view is judged at the time it is shown, not when it was saved
    return data


def filter_from_json(data: dict[str, Any]) -> TicketFilter:
    """The filter of a saved view; anything unreadable gives the unfiltered view rather than an error."""
    try:
        return TicketFilter(
            statuses=tuple(Status(v) for v in data.get("statuses", ())),
            types=tuple(TicketType(v) for v in data.get("types", ())),
            priorities=tuple(Priority(v) for v in data.get("priorities", ())),
            assignee_ids=tuple(int(v) for v in data.get("assignee_ids", ())),
            group_ids=tuple(int(v) for v in data.get("group_ids", ())),
            category_ids=tuple(int(v) for v in data.get("category_ids", ())),
            created_from=datetime.fromisoformat(data["created_from"]) if data.get("created_from") else None,
            created_to=datetime.fromisoformat(data["created_to"]) if data.get("created_to") else None,
            search=data.get("search") or None,
            sort=str(data.get("sort", "id")),
            descending=bool(data.get("descending", True)),
            sla=data["sla"] if data.get("sla") in SLA_STATES else None,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return TicketFilter()

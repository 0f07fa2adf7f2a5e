"""What a queue view shows: filters and a sort, as plain values the GUI, CLI and storage share."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from deskapp.domain.tickets import Priority, Status, TicketType

UNASSIGNED = 0


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

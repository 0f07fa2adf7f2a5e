"""Ticket lists: what the queue and `deskapp ticket list` show, filtered and sorted in SQL."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from deskapp.domain.errors import ValidationError
from deskapp.domain.queue import SLA_AT_RISK, SLA_OVERDUE, UNASSIGNED, TicketFilter
from deskapp.domain.tickets import Priority, Status, TicketType
from deskapp.domain.time import Clock, system_clock, whole_seconds
from deskapp.services import people
from deskapp.services.people import Actor
from deskapp.services.records import TicketSummary
from deskapp.storage import queries, search
from deskapp.storage.engine import Database

MAX_LIMIT = 100_000
SORT_NAMES = tuple(queries.SORTS)


def _split(values: Sequence[str]) -> list[str]:
    """Accept both repeated flags and comma lists: ['open,pending', 'new']."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@dataclass(frozen=True)
class Page:
    """Rows of the queue from `offset`, each with the key that anchors the next page."""

    offset: int
    rows: list[TicketSummary]
    keys: list[tuple[Any, int]]
    snippets: dict[int, str]


ACTIVE = (Status.NEW, Status.OPEN, Status.PENDING)
RUNNING = (Status.NEW, Status.OPEN)  # active and not pending: the SLA clocks run
BUILTIN_VIEWS = ("my_open", "unassigned", "all_open", "pending", "resolved", "problems", "all", "due_soon", "overdue")


def builtin_filter(view: str, actor: Actor) -> TicketFilter:
    """The filter behind each view of the sidebar (before the user's own sort and filters)."""
    if view == "my_open":
        return TicketFilter(statuses=ACTIVE, assignee_ids=(actor.id or UNASSIGNED,))
    if view == "unassigned":
        return TicketFilter(statuses=ACTIVE, assignee_ids=(UNASSIGNED,))
    if view == "all_open":
        return TicketFilter(statuses=ACTIVE)
    if view == "pending":
        return TicketFilter(statuses=(Status.PENDING,))
    if view == "resolved":
        return TicketFilter(statuses=(Status.RESOLVED,))
    if view == "problems":
        return TicketFilter(types=(TicketType.PROBLEM,), statuses=(*ACTIVE, Status.RESOLVED))
    if view == "all":
        return TicketFilter()
    if view == "due_soon":  # a clock at risk: its at-risk moment has come, its due time not yet
        return TicketFilter(sla=SLA_AT_RISK)
    if view == "overdue":  # a running clock past its due time
        return TicketFilter(sla=SLA_OVERDUE)
    raise ValidationError(f"view: no view named '{view}'", field="view")


class QueueService:
    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def at_now(self, flt: TicketFilter) -> TicketFilter:
        """The filter with its SLA moment set to now, if it has an SLA condition and no moment yet.

        Pin it once for a view's pages, so every page judges "overdue" at the same moment.
        """
        return replace(flt, now=self.clock()) if flt.sla and flt.now is None else flt

    def make_filter(
        self,
        actor: Actor,
        *,
        statuses: Sequence[str] = (),
        types: Sequence[str] = (),
        priorities: Sequence[str] = (),
        assignees: Sequence[str] = (),
        groups: Sequence[str] = (),
        categories: Sequence[str] = (),
        search_text: str | None = None,
        sort: str = "id",
        descending: bool = True,
    ) -> TicketFilter:
        """A filter from what a person typed, each value checked and named in the error if unknown."""
        if sort not in queries.SORTS:
            raise ValidationError(f"sort: '{sort}' is not one of {', '.join(queries.SORTS)}", field="sort")
        with self.database.read() as session:
            assignee_ids = []
            for text in _split(assignees):
                agent = people.find_agent(session, text, actor)
                assignee_ids.append(agent.id if agent else UNASSIGNED)
            group_ids = [g.id for g in (people.find_group(session, t) for t in _split(groups)) if g]
            category_ids = [people.find_category(session, t)[0].id for t in _split(categories)]
        return TicketFilter(
            statuses=[Status.parse(s, "status") for s in _split(statuses)],
            types=[TicketType.parse(t, "type") for t in _split(types)],
            priorities=[Priority.parse(p, "priority") for p in _split(priorities)],
            assignee_ids=assignee_ids,
            group_ids=group_ids,
            category_ids=category_ids,
            search=(search_text or "").strip() or None,
            sort=sort,
            descending=descending,
        )

    def tickets(self, flt: TicketFilter, limit: int = 50) -> list[TicketSummary]:
        """The first `limit` tickets of the view; a search with few hits comes best match first."""
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(f"limit: must be between 1 and {MAX_LIMIT}", field="limit")
        flt = self.at_now(flt)
        with self.database.engine.connect() as connection:
            query = search.fts_query(flt.search) if flt.search else None
            if query and flt.sort == "id" and search.hit_count(connection, query) <= search.RANK_WHEN_AT_MOST:
                order = search.ranked_ids(connection, query, search.RANK_WHEN_AT_MOST)
                rows = queries.ticket_rows(connection, replace(flt, ids=order), MAX_LIMIT)
                position = {ticket_id: i for i, ticket_id in enumerate(order)}
                rows.sort(key=lambda row: position.get(row.id, len(position)))
                rows = rows[:limit]
            else:
                rows = queries.ticket_rows(connection, flt, limit)
        return [TicketSummary(*row[:-1]) for row in rows]

    def page(self, flt: TicketFilter, offset: int, limit: int, after: tuple[Any, int] | None = None) -> Page:
        """A page of the view for the queue; keyset after a known row, else by offset (a jump)."""
        flt = self.at_now(flt)
        with self.database.engine.connect() as connection:
            rows = queries.ticket_rows(connection, flt, limit, after=after, offset=offset)
            query = search.fts_query(flt.search) if flt.search else None
            snippets = search.snippets(connection, [r.id for r in rows], query) if query and rows else {}
        return Page(
            offset=offset,
            rows=[TicketSummary(*row[:-1]) for row in rows],
            keys=[(row.sort_key, row.id) for row in rows],
            snippets=snippets,
        )

    def view_counts(self, actor: Actor, views: Sequence[str] = BUILTIN_VIEWS) -> dict[str, int]:
        """How many tickets each view holds; the SLA views are counted at one moment, on the risk indexes."""
        now = self.clock()
        with self.database.engine.connect() as connection:
            return {
                view: queries.ticket_count(connection, replace(builtin_filter(view, actor), now=now)) for view in views
            }

    def count(self, flt: TicketFilter) -> int:
        with self.database.engine.connect() as connection:
            return queries.ticket_count(connection, self.at_now(flt))

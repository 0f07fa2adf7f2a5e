"""Ticket lists: what the queue and `deskapp ticket list` show, filtered and sorted in SQL."""

from collections.abc import Sequence
from dataclasses import replace

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Priority, Status, TicketType
from deskapp.services import people
from deskapp.services.people import Actor
from deskapp.services.records import TicketSummary
from deskapp.storage import queries, search
from deskapp.storage.engine import Database
from deskapp.storage.queries import UNASSIGNED, TicketFilter

MAX_LIMIT = 100_000
SORT_NAMES = tuple(queries.SORTS)


def _split(values: Sequence[str]) -> list[str]:
    """Accept both repeated flags and comma lists: ['open,pending', 'new']."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class QueueService:
    def __init__(self, database: Database) -> None:
        self.database = database

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
        return [TicketSummary(*row) for row in rows]

    def count(self, flt: TicketFilter) -> int:
        with self.database.engine.connect() as connection:
            return queries.ticket_count(connection, flt)

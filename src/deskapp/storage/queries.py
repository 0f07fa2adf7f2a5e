"""Ticket lists in SQL: filters and sorts on indexes, keyset pages, and counts. Core, not ORM objects."""

from typing import Any

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.engine import Connection

from deskapp.domain.queue import UNASSIGNED, TicketFilter
from deskapp.storage import search
from deskapp.storage.tables import Ticket

SORTS = {
    "id": Ticket.id,
    "number": Ticket.id,
    "created": Ticket.created_at,
    "updated": Ticket.updated_at,
    "priority": Ticket.priority,
    "status": Ticket.status,
    "subject": Ticket.subject,
    "type": Ticket.type,
    "requester": Ticket.requester_name,
    "assignee": Ticket.assignee_name,
    "group": Ticket.group_name,
    "category": Ticket.category_name,
    "response_due": Ticket.response_due_at,
    "resolution_due": Ticket.resolution_due_at,
}


def _conditions(flt: TicketFilter) -> list[Any]:
    where: list[Any] = [Ticket.id.in_(flt.ids)] if flt.ids else []
    if flt.statuses:
        where.append(Ticket.status.in_(flt.statuses))
    if flt.types:
        where.append(Ticket.type.in_(flt.types))
    if flt.priorities:
        where.append(Ticket.priority.in_(flt.priorities))
    if flt.assignee_ids:
        people = [i for i in flt.assignee_ids if i != UNASSIGNED]
        either = [Ticket.assignee_id.in_(people)] if people else []
        if UNASSIGNED in flt.assignee_ids:
            either.append(Ticket.assignee_id.is_(None))
        where.append(or_(*either))
    if flt.group_ids:
        where.append(Ticket.group_id.in_(flt.group_ids))
    if flt.category_ids:
        where.append(Ticket.category_id.in_(flt.category_ids))
    if flt.requester_ids:
        where.append(Ticket.requester_id.in_(flt.requester_ids))
    if flt.created_from is not None:
        where.append(Ticket.created_at >= flt.created_from)
    if flt.created_to is not None:
        where.append(Ticket.created_at < flt.created_to)
    if not flt.include_merged:
        where.append(Ticket.merged_into_id.is_(None))
    if flt.search:
        query = search.fts_query(flt.search)
        if query:
            where.append(search.matches(query))
    return where


def _row_select() -> Select[Any]:
    return select(
        Ticket.id,
        Ticket.type,
        Ticket.number,
        Ticket.subject,
        Ticket.status,
        Ticket.priority,
        Ticket.category_name,
        Ticket.requester_name,
        Ticket.assignee_name,
        Ticket.group_name,
        Ticket.created_at,
        Ticket.updated_at,
    )


def ticket_rows(
    connection: Connection,
    flt: TicketFilter,
    limit: int,
    after: tuple[Any, int] | None = None,
    offset: int = 0,
) -> list[Any]:
    """One page in the view's order: by keyset after (sort value, id), or else from an offset.

    Each row ends with its sort key, the anchor for the next page.
    """
    key = SORTS.get(flt.sort)
    if key is None:
        raise KeyError(flt.sort)
    where = _conditions(flt)
    if after is not None:
        value, last_id = after
        position = tuple_(key, Ticket.id)
        where.append(position < tuple_(value, last_id) if flt.descending else position > tuple_(value, last_id))
    order = (key.desc(), Ticket.id.desc()) if flt.descending else (key.asc(), Ticket.id.asc())
    query = _row_select().add_columns(key.label("sort_key")).where(and_(*where)).order_by(*order).limit(limit)
    if after is None and offset:
        query = query.offset(offset)
    return list(connection.execute(query))


def ticket_count(connection: Connection, flt: TicketFilter) -> int:
    query = select(func.count()).select_from(Ticket).where(and_(*_conditions(flt)))
    return connection.execute(query).scalar_one()

"""Ticket lists in SQL: filters and sorts on indexes, keyset pages, and counts. Core, not ORM objects."""

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from deskapp.domain.queue import SLA_AT_RISK, SLA_OVERDUE, UNASSIGNED, TicketFilter
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
# Sort columns that may be NULL (a ticket without an SLA clock): see ticket_rows for their order.
NULLABLE_SORTS = frozenset({"response_due", "resolution_due"})


def _not_indexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not pick the column's index for this term."""
    return UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)


def _overdue(now: datetime) -> ColumnElement[bool]:
    """A running clock's due time has passed.

    The at-risk moments are set only while a clock runs (NULL once answered, resolved, closed), so each
    half of the OR is a range on a small index (ix_tickets_response_risk_at, ix_tickets_resolution_risk_at:
    only the running clocks whose risk moment has come); the due times are checked on those rows only.
    """
    return or_(
        and_(Ticket.response_risk_at <= now, _not_indexed(Ticket.response_due_at) < now),
        and_(Ticket.resolution_risk_at <= now, _not_indexed(Ticket.resolution_due_at) < now),
    )


def _at_risk(now: datetime) -> ColumnElement[bool]:
    """A running clock is at risk (its at-risk moment has come, its due time not yet) and none is overdue."""
    response_due, resolution_due = _not_indexed(Ticket.response_due_at), _not_indexed(Ticket.resolution_due_at)
    at_risk = or_(
        and_(Ticket.response_risk_at <= now, response_due >= now),
        and_(Ticket.resolution_risk_at <= now, resolution_due >= now),
    )
    # Spelled out with IS NULL, not NOT(_overdue): a NULL inside NOT(...) would drop the row. Not indexed,
    # so SQLite drives the query from the risk ranges above.
    not_overdue = and_(
        or_(_not_indexed(Ticket.response_risk_at).is_(None), response_due >= now),
        or_(_not_indexed(Ticket.resolution_risk_at).is_(None), resolution_due >= now),
    )
    return and_(at_risk, not_overdue)


def _sla_conditions(flt: TicketFilter) -> list[Any]:
    if flt.sla is None:
        return []
    if flt.now is None:
        raise ValueError("an SLA filter needs the moment it is judged at (TicketFilter.now)")
    if flt.sla == SLA_AT_RISK:
        condition = _at_risk(flt.now)
    elif flt.sla == SLA_OVERDUE:
        condition = _overdue(flt.now)
    else:
        raise ValueError(f"unknown SLA filter {flt.sla!r}")
    return [condition, Ticket.sla_paused_at.is_(None)]  # a paused clock is neither at risk nor overdue


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
        # Nearly every ticket has no merged_into_id: walking its index for IS NULL would visit them all
        # and keep SQLite from using the index of the sort or of the view (the risk moments, say).
        where.append(_not_indexed(Ticket.merged_into_id).is_(None))
    if flt.search:
        query = search.fts_query(flt.search)
        if query:
            where.append(search.matches(query))
    where.extend(_sla_conditions(flt))
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
        Ticket.response_due_at,
        Ticket.resolution_due_at,
        Ticket.response_risk_at,
        Ticket.resolution_risk_at,
        Ticket.first_response_at,
        Ticket.resolved_at,
        Ticket.sla_paused_at,
        Ticket.response_met,
        Ticket.resolution_met,
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

    A nullable sort (the due times: a ticket may have no SLA clock) puts the tickets without a value
    last in both directions, after those with one, by id. Row values cannot do that in one keyset
    condition ((NULL, id) > (v, i) is NULL, so a page anchored on a NULL would end the list), so the
    order is walked as two segments, each an index walk with a plain range condition: the rows with
    a value (`key IS NOT NULL`, ordered by key, id), then the rows without (`key IS NULL`, by id).
    An anchor with a value continues the first segment and spills into the second; an anchor without
    one continues the second. An offset past the first segment is carried into the second (counting
    the first segment: rare, only when a jump lands among the tickets without a value).

    The SLA views (Due soon, Overdue) are driven by the at-risk indexes instead: their few rows are found
    by two index ranges and sorted in a temporary b-tree. Walking the sort column's index there would
    read every ticket ever logged to find the handful still running.
    """
    key = SORTS.get(flt.sort)
    if key is None:
        raise KeyError(flt.sort)
    where = _conditions(flt)
    if flt.sort not in NULLABLE_SORTS:
        return _walk(connection, flt, key, where, limit, after, offset)
    column = _not_indexed(key) if flt.sla else key
    empty = [*where, column.is_(None)]
    if after is not None and after[0] is None:
        return _walk(connection, flt, None, empty, limit, after, 0, key)
    valued = [*where, column.is_not(None)]
    rows = _walk(connection, flt, key, valued, limit, after, offset)
    if len(rows) >= limit:
        return rows
    skip = max(offset - ticket_count_where(connection, valued), 0) if after is None and offset and not rows else 0
    return rows + _walk(connection, flt, None, empty, limit - len(rows), None, skip, key)


def _walk(
    connection: Connection,
    flt: TicketFilter,
    key: Any,
    where: list[Any],
    limit: int,
    after: tuple[Any, int] | None,
    offset: int,
    reported: Any = None,
) -> list[Any]:
    """Rows in (key, id) order, or by id alone for key None, in the view's direction, from a keyset anchor
    or an offset. Each row ends with `reported` (default: the key) as sort_key."""
    reported = reported if reported is not None else key if key is not None else Ticket.id
    if key is Ticket.id:
        key = None
    where = list(where)
    ident = _not_indexed(Ticket.id) if flt.sla else Ticket.id
    if key is not None and flt.sla:
        key = _not_indexed(key)
    if after is not None:
        value, last_id = after
        if key is None:
            where.append(ident < last_id if flt.descending else ident > last_id)
        else:
            # A plain tuple on the right is bound with the column types (UTCTime stores epoch seconds,
            # PriorityRank a rank); tuple_(value, ...) would bind a datetime as text and match nothing.
            position, anchor = tuple_(key, Ticket.id), (value, last_id)
            where.append(position < anchor if flt.descending else position > anchor)
    keys = (ident,) if key is None else (key, ident)
    order = [k.desc() if flt.descending else k.asc() for k in keys]
    query = _row_select().add_columns(reported.label("sort_key")).where(and_(*where)).order_by(*order).limit(limit)
    if after is None and offset:
        query = query.offset(offset)
    return list(connection.execute(query))


def ticket_count_where(connection: Connection, where: list[Any]) -> int:
    query = select(func.count()).select_from(Ticket).where(and_(*where))
    return connection.execute(query).scalar_one()


def ticket_count(connection: Connection, flt: TicketFilter) -> int:
    return ticket_count_where(connection, _conditions(flt))

"""How SQLite runs the queue's SLA queries: EXPLAIN QUERY PLAN of the statements the services really send.

The Due soon and Overdue views (their counts in the sidebar and their rows) are found by ranges on the
at-risk indexes, which hold only the clocks still running; sorting a list by a due time walks the due
time's index, page after page, with no sort step.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from deskapp.domain.queue import TicketFilter
from deskapp.services.queue import builtin_filter
from deskapp.services.tickets import NewTicket, TicketChanges

RISK_INDEXES = ("ix_tickets_response_risk_at", "ix_tickets_resolution_risk_at")
DUE_INDEX = {"response_due": "ix_tickets_response_due_at", "resolution_due": "ix_tickets_resolution_due_at"}


@pytest.fixture
def desk(workspace, clock):  # type: ignore[no-untyped-def]
    """A few tickets in every state, so each query has something to plan for."""
    for i in range(12):
        ref = workspace.tickets.create(
            NewTicket(f"Ticket {i}", urgency=("low", "medium", "high")[i % 3]), workspace.actor
        ).ref
        if i % 4 == 1:
            workspace.tickets.update(ref, TicketChanges(reply="On it.", status="pending"), workspace.actor)
        if i % 4 == 2:
            workspace.tickets.update(ref, TicketChanges(status="resolved", resolution_notes="Done."), workspace.actor)
        clock.advance(minutes=20)
    clock.advance(days=2)
    return workspace


@contextmanager
def statements(workspace) -> Iterator[list[tuple[str, Any]]]:  # type: ignore[no-untyped-def]
    """Every SELECT sent to the database inside the block, with its parameters."""
    sent: list[tuple[str, Any]] = []

    def grab(_conn, _cursor, statement, parameters, _context, _executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", grab)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", grab)


def plans(workspace, work: Callable[[], object]) -> list[str]:  # type: ignore[no-untyped-def]
    """The query plan of each SELECT that work sends, one line per statement ('A | B | C')."""
    with statements(workspace) as sent:
        work()
    assert sent, "the work sent no SELECT"
    with workspace.database.engine.connect() as connection:
        return [
            " | ".join(row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in sent
        ]


def scans_the_table(plan: str) -> bool:
    return any(step.strip().startswith("SCAN tickets") and "USING" not in step for step in plan.split("|"))


@pytest.mark.parametrize("view", ["due_soon", "overdue"])
def test_the_sla_view_counts_are_ranges_on_the_risk_indexes(desk, view):
    flt = replace(builtin_filter(view, desk.actor), now=desk.clock())
    for plan in plans(desk, lambda: desk.queue.count(flt)) + plans(
        desk, lambda: desk.queue.view_counts(desk.actor, [view])
    ):
        assert all(f"USING INDEX {index} (" in plan for index in RISK_INDEXES), plan
        assert "SEARCH tickets" in plan and not scans_the_table(plan), plan


@pytest.mark.parametrize("view", ["due_soon", "overdue"])
@pytest.mark.parametrize("sort", ["id", "resolution_due", "response_due", "updated"])
def test_the_sla_views_rows_come_from_the_risk_indexes(desk, view, sort):
    """In these views the few running clocks are found on the risk indexes and then sorted: walking a sort
    index instead would read every ticket ever logged."""
    flt = replace(builtin_filter(view, desk.actor), sort=sort, descending=False)
    for plan in plans(desk, lambda: desk.queue.page(flt, 0, 50)):
        assert all(f"USING INDEX {index} (" in plan for index in RISK_INDEXES), plan
        assert not scans_the_table(plan), plan


@pytest.mark.parametrize("sort", ["response_due", "resolution_due"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_a_due_time_is_an_index_walk(desk, sort, descending):
    flt = TicketFilter(sort=sort, descending=descending)
    first = desk.queue.page(flt, 0, 3)
    assert len(first.rows) == 3 and first.keys[-1][0] is not None
    pages = {
        "first page": lambda: desk.queue.page(flt, 0, 3),
        "next page": lambda: desk.queue.page(flt, 3, 3, after=first.keys[-1]),
        "among tickets without a clock": lambda: desk.queue.page(flt, 3, 3, after=(None, 5)),
    }
    for name, work in pages.items():
        for plan in plans(desk, work):
            assert f"USING INDEX {DUE_INDEX[sort]} (" in plan, (name, plan)
            assert not scans_the_table(plan), (name, plan)
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (name, plan)


def test_the_plans_were_made_at_a_moment_with_tickets_in_the_views(desk):
    counts = desk.queue.view_counts(desk.actor)
    assert counts["overdue"] > 0 and counts["all"] == 12
    assert desk.clock() - timedelta(days=2) > desk.queue.tickets(TicketFilter(), limit=1)[0].created_at

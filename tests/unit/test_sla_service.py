"""SLA clocks on real tickets: business hours, pause while pending, reopen, priority change, sweeps."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from deskapp.services import office
from deskapp.services.sla import OFFICE_TIMEZONE
from deskapp.services.tickets import NewTicket, TicketChanges

MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def stored(desk, column: str):  # type: ignore[no-untyped-def]
    """A column of the (only) ticket, as the database holds it."""
    with desk.database.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT {column} FROM tickets").scalar()


@pytest.fixture
def desk(workspace, clock):  # type: ignore[no-untyped-def]
    """The shipped default policy on office hours (Mon-Fri 09:00-17:00) in UTC."""
    with workspace.database.write() as session:
        office.write(session, OFFICE_TIMEZONE, "UTC")
    clock.now = MONDAY_9
    return workspace


def test_targets_count_business_hours_only(desk, clock):
    clock.now = datetime(2026, 3, 6, 16, 0, tzinfo=UTC)  # Friday 16:00
    ticket = desk.tickets.create(NewTicket(subject="Printer down", impact="medium", urgency="high"), desk.actor)
    assert ticket.priority.value == "high"  # High: 4 business hours to respond, 1 business day to resolve
    assert ticket.response_due_at == datetime(2026, 3, 9, 12, 0, tzinfo=UTC)  # Monday 12:00
    assert ticket.resolution_due_at == datetime(2026, 3, 9, 16, 0, tzinfo=UTC)


def test_the_first_public_reply_meets_the_response_target_an_internal_note_does_not(desk, clock):
    ticket = desk.tickets.create(NewTicket(subject="Outlook slow"), desk.actor)
    clock.advance(minutes=30)
    desk.tickets.update(ticket.ref, TicketChanges(note="Checking the mailbox size"), desk.actor)
    assert desk.tickets.get(ticket.ref).first_response_at is None
    clock.advance(minutes=30)
    detail = desk.tickets.update(ticket.ref, TicketChanges(reply="Looking at it now"), desk.actor)
    assert detail.first_response_at == MONDAY_9 + timedelta(hours=1)
    assert stored(desk, "response_met") == 1


def test_time_pending_is_added_back_to_the_due_time(desk, clock):
    ticket = desk.tickets.create(NewTicket(subject="New phone"), desk.actor)  # medium: 3 business days
    due = ticket.resolution_due_at
    clock.advance(hours=1)
    desk.tickets.update(ticket.ref, TicketChanges(status="pending", reply="Which model do you need?"), desk.actor)
    clock.advance(hours=3)  # waiting on the requester for 3 business hours
    detail = desk.tickets.update(ticket.ref, TicketChanges(status="open"), desk.actor)
    assert due == datetime(2026, 3, 4, 17, 0, tzinfo=UTC)  # Wednesday at close
    assert detail.resolution_due_at == datetime(2026, 3, 5, 12, 0, tzinfo=UTC)  # + 3 business hours
    assert any(h.field == "resolution_due_at" for h in detail.history), "history says the target moved"


def test_reopening_restarts_the_resolution_clock(desk, clock):
    ticket = desk.tickets.create(NewTicket(subject="VPN fails", urgency="high"), desk.actor)
    clock.advance(hours=2)
    desk.tickets.update(ticket.ref, TicketChanges(status="resolved", resolution_notes="New profile"), desk.actor)
    clock.advance(hours=1)
    detail = desk.tickets.update(ticket.ref, TicketChanges(status="open"), desk.actor)
    # High: 1 business day (8 business hours) from the reopen on Monday at 12:00.
    assert detail.resolution_due_at == datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def test_a_priority_change_recomputes_from_creation_and_history_says_so(desk, clock):
    ticket = desk.tickets.create(NewTicket(subject="Slow laptop", impact="low", urgency="low"), desk.actor)
    clock.advance(hours=1)
    detail = desk.tickets.update(ticket.ref, TicketChanges(impact="high", urgency="high"), desk.actor)
    assert detail.priority.value == "urgent"
    assert detail.resolution_due_at == MONDAY_9 + timedelta(hours=4)
    moved = [h for h in detail.history if h.field == "resolution_due_at"]
    assert moved and moved[-1].new_value.startswith("2026-03-02T13:00")


def test_a_resolved_ticket_records_whether_the_target_was_met(desk, clock):
    ticket = desk.tickets.create(NewTicket(subject="Scanner", impact="high", urgency="high"), desk.actor)
    clock.advance(hours=5)  # urgent: 4 business hours
    desk.tickets.update(ticket.ref, TicketChanges(status="resolved", resolution_notes="Reset"), desk.actor)
    assert stored(desk, "resolution_met") == 0


def test_a_sweep_reads_only_tickets_whose_moment_has_come(desk, clock):
    for i in range(30):
        desk.tickets.create(NewTicket(subject=f"Low ticket {i}", impact="low", urgency="low"), desk.actor)
    urgent = desk.tickets.create(NewTicket(subject="Server down", impact="high", urgency="high"), desk.actor)
    statements: list[str] = []

    def watch(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    clock.advance(minutes=50)  # past the urgent ticket's at-risk moment (75% of 1 h), nobody else's
    event.listen(desk.database.engine, "before_cursor_execute", watch)
    try:
        notices = desk.sla.sweep()
    finally:
        event.remove(desk.database.engine, "before_cursor_execute", watch)
    assert [(n.ref, n.kind) for n in notices] == [(urgent.ref, "response_risk")]
    ticket_loads = [s for s in statements if "FROM tickets" in s and "sla_next_event_at <=" in s]
    assert len(ticket_loads) == 1
    with desk.database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE sla_next_event_at <= 0 ORDER BY sla_next_event_at"
        ).all()
    assert "INDEX ix_tickets_sla_next_event_at" in " ".join(str(row) for row in plan)

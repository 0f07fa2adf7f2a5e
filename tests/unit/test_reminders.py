"""Reminders across sleep and restarts: each fires once, right after resume, none repeated or lost."""

from dataclasses import replace
from datetime import timedelta

import pytest

from deskapp.domain.calendar import BusinessCalendar
from deskapp.domain.sla import EscalationLevel, PriorityTargets, SlaConfig, SlaPolicy, Target
from deskapp.domain.tickets import Priority
from deskapp.services.reminders import NEXT_JOB, TICK_JOB, ReminderScheduler
from deskapp.services.tickets import NewTicket, TicketChanges


class FakeMonotonic:
    """A monotonic clock that, like the real one, does not advance while the machine sleeps."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def one_reminder_per_ticket_config() -> SlaConfig:
    """24/7, a 12-hour response target at risk at half way, no escalations: one moment at +6 h."""
    targets = PriorityTargets(Target(12, "hours", False), Target(5, "days", False))
    policy = SlaPolicy(
        name="Round the clock",
        calendar="24/7",
        targets=dict.fromkeys(Priority, targets),
        at_risk_share=0.5,
        escalations=(),
    )
    return SlaConfig(calendars={"24/7": BusinessCalendar.twenty_four_seven()}, policies=(policy,))


@pytest.fixture
def shown():  # type: ignore[no-untyped-def]
    calls: list[list] = []
    return calls


def scheduler(workspace, clock, shown, mono):  # type: ignore[no-untyped-def]
    return ReminderScheduler(workspace.sla, clock, shown.append, monotonic=mono, tick_seconds=3600)


def test_twenty_reminders_due_during_a_night_asleep_fire_once_as_one_batch(workspace, clock, shown):
    workspace.sla.save_config(one_reminder_per_ticket_config())
    start = clock.now
    for i in range(20):
        clock.now = start - timedelta(minutes=i)
        workspace.tickets.create(NewTicket(subject=f"Alert {i}"), workspace.actor)
    clock.now = start
    mono = FakeMonotonic()
    reminders = scheduler(workspace, clock, shown, mono)
    reminders.start()
    try:
        assert shown == []
        assert reminders.next_at == start - timedelta(minutes=19) + timedelta(hours=6)

        clock.advance(hours=8)  # the lid is closed all day: wall time moves, monotonic time does not
        mono.value += 0.5
        clock.advance(seconds=40)  # the minute tick comes round within 60 s of waking up
        reminders.tick()

        assert len(shown) == 1, "one batch, shown as one summary"
        notices = shown[0]
        assert len(notices) == 20
        assert {n.ref for n in notices} == {f"INC-{i}" for i in range(1, 21)}
        assert all(n.kind == "response_risk" for n in notices)
        assert all(n.fired_at - (start + timedelta(hours=8)) <= timedelta(seconds=60) for n in notices)

        reminders.tick()
        reminders.check()
        assert len(shown) == 1, "nothing fires twice"
    finally:
        reminders.stop()


def test_fifty_restarts_leave_no_duplicate_jobs_and_repeat_no_reminder(workspace, clock, shown):
    workspace.sla.save_config(one_reminder_per_ticket_config())
    workspace.tickets.create(NewTicket(subject="Printer offline"), workspace.actor)
    clock.advance(hours=7)  # the reminder fell due while deskapp was closed
    first = scheduler(workspace, clock, shown, FakeMonotonic())
    first.start()
    first.stop()
    assert [[n.ref for n in batch] for batch in shown] == [["INC-1"]], "not lost: shown at the next start"
    for _ in range(50):
        again = scheduler(workspace, clock, shown, FakeMonotonic())
        again.start()
        assert again.job_ids() == sorted([NEXT_JOB, TICK_JOB])
        again.stop()
    assert len(shown) == 1, "never repeated"


def test_a_change_that_moves_a_deadline_moves_the_job(workspace, clock, shown):
    workspace.sla.save_config(one_reminder_per_ticket_config())
    ticket = workspace.tickets.create(NewTicket(subject="VPN down"), workspace.actor)
    reminders = scheduler(workspace, clock, shown, FakeMonotonic())
    reminders.start()
    try:
        assert reminders.next_at == clock.now + timedelta(hours=6)
        workspace.tickets.update(ticket.ref, TicketChanges(reply="On it"), workspace.actor)
        reminders.rebuild()
        assert reminders.next_at == clock.now + timedelta(days=2, hours=12), "response met: resolution is next"
        workspace.tickets.update(
            ticket.ref, TicketChanges(status="resolved", resolution_notes="Fixed"), workspace.actor
        )
        reminders.rebuild()
        assert reminders.next_at is None and reminders.job_ids() == [TICK_JOB]
    finally:
        reminders.stop()


def test_a_clock_set_back_is_noticed_and_nothing_fires_early(workspace, clock, shown):
    workspace.sla.save_config(one_reminder_per_ticket_config())
    workspace.tickets.create(NewTicket(subject="Backup failed"), workspace.actor)
    mono = FakeMonotonic()
    reminders = scheduler(workspace, clock, shown, mono)
    reminders.start()
    try:
        clock.advance(hours=-3)
        mono.value += 60
        reminders.tick()
        assert shown == []
        assert reminders.next_at is not None and reminders.next_at > clock.now
    finally:
        reminders.stop()


def test_snoozed_reminders_come_back_once_the_snooze_is_over(workspace, clock, shown):
    workspace.sla.save_config(one_reminder_per_ticket_config())
    workspace.tickets.create(NewTicket(subject="Scanner jammed"), workspace.actor)
    mono = FakeMonotonic()
    reminders = scheduler(workspace, clock, shown, mono)
    reminders.start()
    try:
        clock.advance(hours=6, minutes=1)
        mono.value += 6 * 3600 + 60
        reminders.tick()
        (notice,) = shown[-1]
        workspace.sla.snooze(notice.id, 30)
        reminders.rebuild()
        assert reminders.next_at == clock.now + timedelta(minutes=30)
        clock.advance(minutes=31)
        mono.value += 31 * 60
        reminders.tick()
        assert [n.id for n in shown[-1]] == [notice.id] and len(shown) == 2
        workspace.sla.dismiss(notice.id)
        assert workspace.sla.all_notices() == []
    finally:
        reminders.stop()


def test_escalation_levels_fire_once_each_and_are_written_to_history(workspace, clock, shown):
    config = one_reminder_per_ticket_config()
    policy = config.policies[0]
    levels = (
        EscalationLevel("response", 1.0, None, ("notify_admin", "raise_priority")),
        EscalationLevel("response", None, timedelta(hours=1), ("reassign_group",), group="Technical Support"),
    )
    config = SlaConfig(calendars=config.calendars, policies=(replace(policy, escalations=levels),))
    workspace.sla.save_config(config)
    ticket = workspace.tickets.create(NewTicket(subject="Internet down", impact="low", urgency="low"), workspace.actor)
    clock.advance(hours=14)
    workspace.sla.sweep()
    workspace.sla.sweep()
    detail = workspace.tickets.get(ticket.ref)
    assert detail.priority is Priority.MEDIUM, "raised one step at breach"
    assert detail.group is not None and detail.group.name == "Technical Support"
    escalations = [h.new_value for h in detail.history if h.field == "escalation"]
    assert escalations == ["response@100%", "response+1h"]

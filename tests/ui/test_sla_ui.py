"""SLA clocks on screen: the queue's due columns, the Due soon and Overdue views, the ticket header, and
reminders (the Notifications panel, snooze, dismiss, tray balloons), driven by a clock the tests move.

The office runs one 24/7 policy with calendar-time targets, so the arithmetic is easy to follow:
urgent 1 h / 4 h, high 2 h / 8 h, medium 4 h / 24 h, low 8 h / 48 h (response / resolution), at risk
after 75% of each. The clock starts on Monday 2 March 2026, 09:00 UTC.
"""

import os
import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from sqlalchemy import update

from deskapp.domain.calendar import BusinessCalendar
from deskapp.domain.queue import TicketFilter, filter_from_json, filter_to_json
from deskapp.domain.sla import PriorityTargets, SlaConfig, SlaPolicy, SlaState, Target
from deskapp.domain.tickets import Priority
from deskapp.services.queue import builtin_filter
from deskapp.services.sla import Notice
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.storage.tables import Ticket
from deskapp.ui import icons
from deskapp.ui.detail import TicketDetailWidget
from deskapp.ui.main_window import MainWindow
from deskapp.ui.notifications import NotificationPanel, balloons, minutes_until_morning
from deskapp.ui.queue import model as queue_model
from deskapp.ui.queue.model import COLUMN_KEYS, REF_ROLE, SLA_STATE_ROLE, QueueModel
from deskapp.ui.theme import apply_theme
from deskapp.ui.tray import Tray
from deskapp.ui.windows import SHORTCUTS, Windows

RESPONSE = COLUMN_KEYS.index("response_due")
RESOLUTION = COLUMN_KEYS.index("resolution_due")
TARGETS = {
    Priority.URGENT: ("1 hour", "4 hours"),
    Priority.HIGH: ("2 hours", "8 hours"),
    Priority.MEDIUM: ("4 hours", "24 hours"),
    Priority.LOW: ("8 hours", "48 hours"),
}


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


@pytest.fixture
def desk(workspace):  # type: ignore[no-untyped-def]
    """The workspace with the round-the-clock policy."""
    always = BusinessCalendar.twenty_four_seven(name="24/7", timezone="UTC")
    targets = {p: PriorityTargets(Target.parse(r), Target.parse(s)) for p, (r, s) in TARGETS.items()}
    workspace.sla.save_config(SlaConfig({"24/7": always}, (SlaPolicy("Round the clock", "24/7", targets),)))
    return workspace


def log(workspace, subject: str, priority: str = "medium") -> str:  # type: ignore[no-untyped-def]
    ticket = NewTicket(subject, priority=priority, priority_reason="set for the test")
    return workspace.tickets.create(ticket, workspace.actor).ref


def loaded(qtbot, ops, model: QueueModel, flt: TicketFilter) -> QueueModel:  # type: ignore[no-untyped-def]
    model.set_filter(flt)
    settle(qtbot, ops)
    return model


def refreshed(qtbot, ops, model: QueueModel) -> QueueModel:  # type: ignore[no-untyped-def]
    model.refresh()
    settle(qtbot, ops)
    return model


def cells(model: QueueModel, column: int) -> dict[str, tuple[str, SlaState | None]]:
    """ref -> (text, state) of a clock column, for every loaded row."""
    found = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        found[model.data(index, REF_ROLE)] = (model.data(index), model.data(index, SLA_STATE_ROLE))
    return found


def same_icon(model: QueueModel, row: int, column: int, name: str) -> bool:
    icon = model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)
    return icon is not None and icon.cacheKey() == icons.icon(name).cacheKey()


def row_of(model: QueueModel, ref: str) -> int:
    row = model.row_of(ref)
    assert row is not None, ref
    return row


@pytest.fixture
def main_window(qtbot, desk, ops, drafts, tmp_path):  # type: ignore[no-untyped-def]
    def make() -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(desk, ops, drafts, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts with a window context need the active window
        window.raise_()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        settle(qtbot, ops)
        return window

    return make


# --- the queue's clock columns ------------------------------------------------------------------------


def test_the_due_columns_count_down_and_show_the_state_by_icon_and_words(qtbot, desk, ops, clock):
    first = log(desk, "Printer jams on A4")  # medium: response due 13:00 (at risk 12:00), resolution tomorrow 09:00
    model = loaded(qtbot, ops, QueueModel(desk.queue, ops), TicketFilter())
    assert cells(model, RESPONSE)[first] == ("4 h left", SlaState.ON_TRACK)
    assert cells(model, RESOLUTION)[first] == ("1 d left", SlaState.ON_TRACK)
    assert same_icon(model, 0, RESPONSE, "sla-ok")
    assert model.data(model.index(0, RESPONSE), Qt.ItemDataRole.ForegroundRole) is None  # on track: plain text

    clock.advance(hours=3, minutes=10)  # 12:10: the response is at risk; no reload needed to see it
    assert cells(model, RESPONSE)[first] == ("50 m left", SlaState.AT_RISK)
    assert cells(model, RESOLUTION)[first] == ("20 h 50 m left", SlaState.ON_TRACK)
    assert same_icon(model, 0, RESPONSE, "sla-risk")
    assert isinstance(model.data(model.index(0, RESPONSE), Qt.ItemDataRole.ForegroundRole), QColor)
    assert "at risk" in model.data(model.index(0, RESPONSE), Qt.ItemDataRole.ToolTipRole)

    clock.advance(hours=1)  # 13:10
    assert cells(model, RESPONSE)[first] == ("overdue 10 m", SlaState.BREACHED)
    assert same_icon(model, 0, RESPONSE, "sla-breach")

    desk.tickets.update(first, TicketChanges(reply="Looking at it now."), desk.actor)  # answered late
    answered = log(desk, "VPN drops every hour")
    desk.tickets.update(answered, TicketChanges(reply="Which VPN client do you use?"), desk.actor)
    waiting = log(desk, "New laptop for Sam")
    clock.advance(minutes=30)
    desk.tickets.update(waiting, TicketChanges(reply="Which model?", status="pending"), desk.actor)
    cancelled = log(desk, "Duplicate call", "low")
    desk.tickets.update(cancelled, TicketChanges(status="cancelled"), desk.actor)
    refreshed(qtbot, ops, model)
    response, resolution = cells(model, RESPONSE), cells(model, RESOLUTION)
    assert response[first] == ("missed", SlaState.MISSED)
    assert same_icon(model, row_of(model, first), RESPONSE, "sla-missed")
    assert response[answered] == ("met", SlaState.MET)
    assert same_icon(model, row_of(model, answered), RESPONSE, "sla-met")
    assert response[waiting] == ("met", SlaState.MET)
    assert resolution[waiting] == ("paused", SlaState.PAUSED)
    assert same_icon(model, row_of(model, waiting), RESOLUTION, "sla-paused")
    assert resolution[cancelled] == ("—", None)  # a stopped clock: no state, no icon
    assert model.data(model.index(row_of(model, cancelled), RESOLUTION), Qt.ItemDataRole.DecorationRole) is None

    desk.tickets.update(
        answered, TicketChanges(status="resolved", resolution_notes="Updated the VPN client."), desk.actor
    )
    refreshed(qtbot, ops, model)
    assert cells(model, RESOLUTION)[answered] == ("met", SlaState.MET)


def test_the_minute_tick_repaints_only_the_clock_columns(qtbot, desk, ops, clock):
    log(desk, "Printer jams on A4")
    model = loaded(qtbot, ops, QueueModel(desk.queue, ops), TicketFilter())
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): repainted.append((top.column(), bottom.column())))
    clock.advance(minutes=1)
    model.tick()
    assert sorted(repainted) == [(RESPONSE, RESPONSE), (RESOLUTION, RESOLUTION)]
    assert model.data(model.index(0, RESPONSE)) == "3 h 59 m left"


# --- Due soon and Overdue -------------------------------------------------------------------------


def view_refs(desk, view: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {t.ref for t in desk.queue.tickets(builtin_filter(view, desk.actor), limit=1000)}


def test_due_soon_and_overdue_follow_the_workspace_clock(qtbot, desk, ops, clock, main_window):
    medium = log(desk, "Printer jams on A4")  # response at risk 12:00, due 13:00
    urgent = log(desk, "Server room too hot", "urgent")  # response at risk 09:45, due 10:00; resolution 12:00 / 13:00
    log(desk, "Order toner", "low")  # response at risk 15:00
    paused = log(desk, "Wi-Fi slow in meeting room", "urgent")
    desk.tickets.update(paused, TicketChanges(reply="When does it happen?", status="pending"), desk.actor)
    done = log(desk, "Reset the voicemail PIN", "urgent")
    desk.tickets.update(done, TicketChanges(status="resolved", resolution_notes="PIN reset."), desk.actor)

    def views() -> tuple[set[str], set[str], dict[str, int]]:
        return view_refs(desk, "due_soon"), view_refs(desk, "overdue"), desk.queue.view_counts(desk.actor)

    due_soon, overdue, counts = views()
    assert (due_soon, overdue, counts["due_soon"], counts["overdue"]) == (set(), set(), 0, 0)
    clock.advance(minutes=50)  # 09:50
    due_soon, overdue, counts = views()
    assert (due_soon, overdue, counts["due_soon"], counts["overdue"]) == ({urgent}, set(), 1, 0)
    clock.advance(minutes=40)  # 10:30: the urgent first response is late
    due_soon, overdue, counts = views()
    assert (due_soon, overdue, counts["due_soon"], counts["overdue"]) == (set(), {urgent}, 0, 1)
    clock.advance(hours=2)  # 12:30: medium at risk; urgent overdue (an overdue ticket is not "due soon" too)
    due_soon, overdue, counts = views()
    assert (due_soon, overdue) == ({medium}, {urgent})
    assert paused not in due_soon | overdue and done not in due_soon | overdue  # paused and finished clocks

    window = main_window()
    assert "Due soon  (1)" in [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert window.sidebar.current_key() == "overdue"
    assert window.model.rowCount() == 1 and window.model.data(window.model.index(0, 0), REF_ROLE) == urgent
    assert window.sidebar.currentItem().text() == "Overdue  (1)" and window.sidebar.currentItem().font().bold()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert window.sidebar.current_key() == "due_soon"
    assert [window.model.data(window.model.index(r, 0), REF_ROLE) for r in range(window.model.rowCount())] == [medium]

    clock.advance(hours=1)  # 13:30: both late; the minute tick moves the view and the counts on
    window.tick()
    settle(qtbot, ops)
    assert window.model.rowCount() == 0
    counts = {
        window.sidebar.item(i).data(Qt.ItemDataRole.UserRole + 1): window.sidebar.item(i).text()
        for i in range(window.sidebar.count())
    }
    assert counts["overdue"] == "Overdue  (2)" and counts["due_soon"] == "Due soon  (0)"
    assert ("Ctrl+8", "Due soon: tickets at risk of missing their SLA") in SHORTCUTS
    assert any(keys == "Ctrl+9" for keys, _ in SHORTCUTS)


def test_a_saved_sla_view_is_judged_when_shown_not_when_saved(desk):
    saved = filter_to_json(replace(builtin_filter("overdue", desk.actor), now=desk.clock()))
    assert saved["sla"] == "overdue" and "now" not in saved
    assert filter_from_json(saved).sla == "overdue" and filter_from_json(saved).now is None
    assert filter_from_json({**saved, "sla": "soon-ish"}).sla is None


# --- sorting by the due times ----------------------------------------------------------------------


def test_sorting_by_resolution_due_pages_through_tickets_without_a_clock_last(
    qtbot, qtmodeltester, desk, ops, clock, monkeypatch
):
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 5)
    priorities = ["low", "urgent", "medium", "high"]
    refs = []
    for i in range(23):
        refs.append(log(desk, f"Ticket {i}", priorities[i % 4]))
        clock.advance(minutes=7 * (i % 3))
    without_clock = {refs[3], refs[8], refs[9], refs[20]}  # say, logged before the SLA was set up
    with desk.database.write() as session:
        session.execute(
            update(Ticket)
            .where(Ticket.number.in_([int(r.split("-")[1]) for r in without_clock]))
            .values(resolution_due_at=None)
        )
    due = {t.ref: t.resolution_due_at for t in desk.queue.tickets(TicketFilter(), limit=100)}
    number = {ref: int(ref.split("-")[1]) for ref in refs}
    dated = [r for r in refs if due[r] is not None]
    ascending = sorted(dated, key=lambda r: (due[r], number[r])) + sorted(without_clock, key=number.get)
    descending = sorted(dated, key=lambda r: (due[r], number[r]), reverse=True) + sorted(
        without_clock, key=number.get, reverse=True
    )

    model = loaded(qtbot, ops, QueueModel(desk.queue, ops), TicketFilter())
    for order, expected in ((Qt.SortOrder.AscendingOrder, ascending), (Qt.SortOrder.DescendingOrder, descending)):
        model.sort(RESOLUTION, order)
        settle(qtbot, ops)
        assert model.rowCount() == 23
        for row in range(0, 23, 5):  # page after page, each anchored on the last row of the one before
            model.summary(row)
            settle(qtbot, ops)
        shown = [model.data(model.index(row, 0), REF_ROLE) for row in range(23)]
        assert shown == expected, order
        assert [model.data(model.index(r, RESOLUTION)) for r in range(19, 23)] == ["—"] * 4
    qtmodeltester.check(model)

    # A jump (no page before it loaded) lands on the same rows as walking there.
    jumped = QueueModel(desk.queue, ops)
    loaded(qtbot, ops, jumped, TicketFilter(sort="resolution_due", descending=False))
    for row in (20, 15):
        jumped.summary(row)
        settle(qtbot, ops)
        assert jumped.data(jumped.index(row, 0), REF_ROLE) == ascending[row]


# --- the ticket header --------------------------------------------------------------------------------


def test_the_detail_shows_both_clocks_and_the_policy_and_counts_down(qtbot, desk, ops, drafts, clock):
    ref = log(desk, "Printer jams on A4")
    detail = TicketDetailWidget(desk, ops, drafts)
    qtbot.addWidget(detail)
    detail.show_ticket(ref)
    settle(qtbot, ops)
    clocks = detail.header.clocks
    assert clocks.isVisibleTo(detail)
    assert clocks.response.plain_text().startswith("Response: on track · 4 h left (due 13:00")
    assert clocks.resolution.plain_text().startswith("Resolution: on track · 1 d left (due ")
    assert clocks.policy.text() == "SLA policy: Round the clock"
    assert not clocks.response.icon.pixmap().isNull()

    clock.advance(hours=3, minutes=30)
    detail.tick_clocks()  # what the detail's one-minute timer does
    assert clocks.response.plain_text().startswith("Response: at risk · 30 m left")
    assert clocks.response.view.state is SlaState.AT_RISK
    clock.advance(hours=1)
    detail.tick_clocks()
    assert clocks.response.plain_text().startswith("Response: breached · overdue 30 m")

    desk.tickets.update(ref, TicketChanges(reply="On my way.", status="pending"), desk.actor)
    detail.reload()
    settle(qtbot, ops)
    assert clocks.response.plain_text().startswith("Response: missed · done ")
    assert clocks.resolution.plain_text() == "Resolution: paused while pending"
    assert clocks.resolution.view.state is SlaState.PAUSED


# --- reminders ----------------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, desk, ops, tmp_path):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "panel.ini"), QSettings.Format.IniFormat)
    widget = NotificationPanel(desk.sla, ops, settings)
    qtbot.addWidget(widget)
    return widget


def listed(qtbot, ops, panel: NotificationPanel) -> list[str]:  # type: ignore[no-untyped-def]
    panel.refresh()
    settle(qtbot, ops)
    return [panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1)[0].ref for i in range(panel.list.count())]


def select(panel: NotificationPanel, ref: str) -> None:
    for i in range(panel.list.count()):
        item = panel.list.item(i)
        item.setSelected(item.data(Qt.ItemDataRole.UserRole + 1)[0].ref == ref)


def test_the_panel_lists_reminders_after_a_sweep_and_opens_the_ticket(qtbot, desk, ops, clock, panel):
    assert listed(qtbot, ops, panel) == []
    assert "No reminders" in panel.summary.text()
    medium = log(desk, "Printer jams on A4")
    urgent = log(desk, "Server room too hot", "urgent")
    clock.advance(hours=1, minutes=5)  # urgent: response at risk and late; medium: nothing yet
    fired = desk.sla.sweep()
    assert {(n.ref, n.kind) for n in fired} == {(urgent, "response_risk"), (urgent, "response_breach")}
    assert listed(qtbot, ops, panel) == [urgent]  # one row per ticket, naming the most serious
    item = panel.list.item(0)
    assert item.text().splitlines() == [f"{urgent} · overdue 5 m", "First response overdue", "Server room too hot"]
    assert "first response due soon" in item.toolTip() and "first response overdue" in item.toolTip()
    assert panel.unseen == 1  # not looked at yet
    clock.advance(hours=1)  # 11:05: the reminder's time left moves on with the clock
    panel.tick()
    assert item.text().splitlines()[0] == f"{urgent} · overdue 1 h 5 m"
    clock.advance(hours=1)  # 12:05: the medium ticket's response is at risk (and the urgent resolution)
    desk.sla.sweep()
    assert sorted(listed(qtbot, ops, panel)) == [medium, urgent]
    assert panel.unseen == 2
    row = {panel.list.item(i).text().split(" ·")[0]: i for i in range(panel.list.count())}
    assert panel.list.item(row[medium]).text().splitlines()[:2] == [f"{medium} · 55 m left", "First response due soon"]
    with qtbot.waitSignal(panel.open_ticket) as opened:
        panel.list.itemDoubleClicked.emit(panel.list.item(row[medium]))
    assert opened.args == [medium]
    panel.show()
    assert panel.unseen == 0 and panel.toggle_action.isChecked()


def test_snooze_hides_a_reminder_until_the_snooze_ends(qtbot, desk, ops, clock, panel):
    urgent = log(desk, "Server room too hot", "urgent")
    other = log(desk, "Phones down", "urgent")
    clock.advance(minutes=50)
    desk.sla.sweep()
    assert set(listed(qtbot, ops, panel)) == {urgent, other}
    select(panel, urgent)
    panel.snooze_actions[0].trigger()  # 15 minutes
    settle(qtbot, ops)
    assert listed(qtbot, ops, panel) == [other]
    assert desk.sla.pending_notices() == [n for n in desk.sla.pending_notices() if n.ref != urgent]
    clock.advance(minutes=14)
    assert listed(qtbot, ops, panel) == [other]
    clock.advance(minutes=1)
    assert set(listed(qtbot, ops, panel)) == {urgent, other}
    assert urgent in {n.ref for n in desk.sla.pending_notices()}  # due to be shown again by the scheduler

    select(panel, urgent)
    panel.snooze_actions[2].trigger()  # tomorrow 9:00
    settle(qtbot, ops)
    assert listed(qtbot, ops, panel) == [other]
    clock.now = (clock.now.astimezone() + timedelta(days=1)).replace(hour=9, minute=0, second=0)
    assert set(listed(qtbot, ops, panel)) == {urgent, other}


def test_tomorrow_morning_is_counted_in_local_time():
    from datetime import datetime

    evening = datetime(2026, 3, 2, 18, 30).astimezone()
    assert minutes_until_morning(evening) == (14 * 60 + 30)


def test_dismiss_removes_a_reminder_for_good(qtbot, desk, ops, clock, panel):
    urgent = log(desk, "Server room too hot", "urgent")
    other = log(desk, "Phones down", "urgent")
    clock.advance(minutes=50)
    desk.sla.sweep()
    assert set(listed(qtbot, ops, panel)) == {urgent, other}
    select(panel, other)
    assert panel.dismiss_button.isEnabled()
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert listed(qtbot, ops, panel) == [urgent]
    clock.advance(days=2)
    assert other not in listed(qtbot, ops, panel)
    assert other not in {n.ref for n in desk.sla.all_notices()}
    clock.advance(minutes=1)
    desk.sla.sweep()  # the breach is a new reminder, and does come
    assert other in listed(qtbot, ops, panel)


# --- tray balloons ------------------------------------------------------------------------------------


@pytest.fixture
def balloons_shown(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str, str]] = []

    def notify(self, title: str, message: str) -> None:  # type: ignore[no-untyped-def]
        shown.append((title, message, threading.current_thread().name))

    monkeypatch.setattr(Tray, "notify", notify)
    return shown


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    refs: list[str] = []
    monkeypatch.setattr(Windows, "open_ticket", lambda self, ref: refs.append(ref))
    return refs


def at_risk_notices(desk, clock, count: int) -> list[Notice]:  # type: ignore[no-untyped-def]
    refs = [log(desk, f"Urgent thing {i}", "urgent") for i in range(count)]
    clock.advance(minutes=50)  # each urgent ticket's response is at risk: one notice per ticket
    notices = desk.sla.sweep()
    assert sorted(n.ref for n in notices) == sorted(refs)
    return notices


def deliver_from_another_thread(window: MainWindow, notices: list[Notice]) -> None:
    worker = threading.Thread(target=window.notifications.deliver, args=(notices,), name="reminders")
    worker.start()
    worker.join()


def test_five_reminders_at_once_make_one_summary_balloon(qtbot, desk, ops, clock, main_window, balloons_shown, opened):
    window = main_window()
    window.notifications.set_tray(Tray(window))
    notices = at_risk_notices(desk, clock, 5)
    deliver_from_another_thread(window, notices)
    qtbot.waitUntil(lambda: bool(balloons_shown))
    settle(qtbot, ops)
    assert len(balloons_shown) == 1
    title, message, thread = balloons_shown[0]
    assert thread == threading.main_thread().name  # marshalled onto the Qt main thread
    assert title == "5 tickets need attention"
    assert message.startswith("5 SLA reminders: INC-1 10 m left, INC-2 10 m left")
    assert message.endswith(", …")
    assert desk.sla.pending_notices() == []  # marked as shown
    assert window.notifications_panel.list.count() == 5
    assert window.notifications_button.text() == "5 new reminders"

    window.notifications.balloon_clicked()  # a summary opens the panel
    assert window.notifications_panel.isVisible() and opened == []
    assert window.notifications_button.text() == "Reminders"


def test_two_reminders_make_two_balloons_and_a_click_opens_the_ticket(
    qtbot, desk, ops, clock, main_window, balloons_shown, opened
):
    window = main_window()
    window.notifications.set_tray(Tray(window))
    notices = at_risk_notices(desk, clock, 2)
    deliver_from_another_thread(window, notices)
    qtbot.waitUntil(lambda: len(balloons_shown) == 2)
    settle(qtbot, ops)
    assert [(t, m) for t, m, _ in balloons_shown] == [
        ("INC-1 · First response due soon", "Urgent thing 0\n10 m left"),
        ("INC-2 · First response due soon", "Urgent thing 1\n10 m left"),
    ]
    window.notifications.balloon_clicked()  # the balloon on screen is the last one shown
    assert opened == ["INC-2"]


def test_balloons_group_by_ticket(desk, clock):
    urgent = log(desk, "Server room too hot", "urgent")
    clock.advance(hours=1, minutes=5)
    notices = desk.sla.sweep()
    assert len(notices) == 2  # at risk and overdue, found in the same sweep
    assert balloons(notices, clock.now) == [
        (f"{urgent} · First response overdue", "Server room too hot\noverdue 5 m", urgent)
    ]


def test_the_reminder_scheduler_feeds_the_window(qtbot, desk, ops, clock, main_window, balloons_shown):
    from deskapp.services.reminders import ReminderScheduler

    window = main_window()
    window.notifications.set_tray(Tray(window))
    log(desk, "Server room too hot", "urgent")
    scheduler = ReminderScheduler(desk.sla, desk.clock, window.notifications.deliver)
    try:
        clock.advance(minutes=50)
        scheduler.check()
        qtbot.waitUntil(lambda: len(balloons_shown) == 1)
        settle(qtbot, ops)
        assert balloons_shown[0][0] == "INC-1 · First response due soon"
        assert window.notifications_panel.list.count() == 1
    finally:
        scheduler.stop()


# --- how it looks -------------------------------------------------------------------------------------


def test_screenshots_of_the_overdue_view(qtbot, desk, ops, drafts, clock, tmp_path):  # type: ignore[no-untyped-def]
    """The Overdue view at 1280x800 in both palettes, with the notifications shown; PNGs for a person to see."""
    from PySide6.QtWidgets import QApplication

    subjects = [
        ("Internet down for the whole office", "urgent"),
        ("Printer on floor 2 jams on every job", "medium"),
        ("VPN drops every hour when working from home", "high"),
        ("Outlook keeps asking for the password", "low"),
        ("Desk phone in reception has no dial tone", "high"),
        ("Order toner for the colour printer", "low"),
    ]
    refs = [log(desk, subject, priority) for subject, priority in subjects]
    clock.advance(minutes=30)
    desk.tickets.update(refs[1], TicketChanges(reply="Which tray?", assignee="me"), desk.actor)
    desk.tickets.update(refs[5], TicketChanges(reply="Ordered.", status="pending"), desk.actor)
    clock.advance(hours=3, minutes=50)
    desk.sla.sweep()
    folder = Path(os.environ.get("DESKAPP_SCREENSHOTS", "").strip() or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            settings = QSettings(str(tmp_path / f"{theme}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(desk, ops, drafts, settings)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            settle(qtbot, ops)
            window.sidebar.choose("overdue")
            settle(qtbot, ops)
            window.queue.select_row(0)
            window.notifications_panel.show()
            settle(qtbot, ops)
            qtbot.wait(30)
            assert (window.width(), window.height()) == (1280, 800)
            assert window.model.rowCount() == 3
            path = folder / f"sla-overdue-{theme}.png"
            assert window.grab().save(str(path))
            window.close()
    finally:
        apply_theme(app, "light")
        app.setStyle(style)
        app.setPalette(palette)

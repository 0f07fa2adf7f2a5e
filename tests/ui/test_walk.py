"""The whole incident process in the main window, as an office admin works it: real widgets, keys and clicks.

Log a call -> find it by searching -> categorise and prioritise -> assign, escalate, note, reply -> resolve ->
close it from "Resolved, to review" -> every step is in the history. Plus the things around it: messages beside
fields for bad input, sidebar counts, Ctrl+1..9, F5, sorting by a header click, bulk "Assign to me", and a
layout that is remembered between sessions.
"""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QToolBar, QWidget

from deskapp.domain.errors import NotFoundError
from deskapp.domain.tickets import EntryKind, Priority, Status
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.ui.form import LogCallDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.queue.model import COLUMN_KEYS, REF_ROLE
from deskapp.ui.sidebar import REVIEW_PAGE

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
VIEW_KEYS = ["my_open", "unassigned", "all_open", "pending", REVIEW_PAGE, "problems", "all", "due_soon", "overdue"]


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, workspace, ops, drafts, settings):  # type: ignore[no-untyped-def]
    """Build and show a MainWindow on the shared settings, as the app does at start-up."""

    def make() -> MainWindow:
        window = MainWindow(workspace, ops, drafts, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        settle(qtbot, ops)
        return window

    return make


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts with a window context need the window to be the active one."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


# --- doing what a person does ------------------------------------------------------------------------


def counts(window: MainWindow) -> dict[str, int]:
    """The numbers the sidebar shows beside each view, e.g. 'All open  (3)' -> {'all_open': 3}."""
    found = {}
    sidebar = window.sidebar
    for i in range(sidebar.count()):
        item = sidebar.item(i)
        match = re.search(r"\(([\d,]+)\)\s*$", item.text())
        if match:
            found[item.data(Qt.ItemDataRole.UserRole + 1)] = int(match[1].replace(",", ""))
    return found


def click_sidebar(qtbot, ops, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    sidebar: QListWidget = window.sidebar
    row = sidebar.keys().index(key)
    rect = sidebar.visualItemRect(sidebar.item(row))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, ops)
    assert window.sidebar.current_key() == key


def queue_refs(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 0), REF_ROLE) for row in range(model.rowCount())]


def queue_column(window: MainWindow, key: str) -> list[str]:
    model, column = window.model, COLUMN_KEYS.index(key)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def click_row(qtbot, window: MainWindow, ref: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    row = queue_refs(window).index(ref)
    view = window.queue
    rect = view.visualRect(window.model.index(row, COLUMN_KEYS.index("subject")))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(qtbot, ops, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    header = window.queue.horizontalHeader()
    section = COLUMN_KEYS.index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    settle(qtbot, ops)


def click_tool(qtbot, ops, toolbar: QToolBar, action) -> None:  # type: ignore[no-untyped-def]
    assert action.isEnabled(), f"{action.text()} should be available"
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isVisible(), f"{action.text()} is not on the toolbar"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)


def press(qtbot, ops, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)
    settle(qtbot, ops)


def search(qtbot, ops, window: MainWindow, word: str) -> None:  # type: ignore[no-untyped-def]
    box = window.filters.search
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, word)
    qtbot.waitUntil(lambda: window.model.filter.search == word, timeout=5_000)  # after the typing pause
    settle(qtbot, ops)


def log_call_dialog(window: MainWindow) -> LogCallDialog:
    dialogs = [w for w in window.windows._open if isinstance(w, LogCallDialog)]
    assert len(dialogs) == 1, "Ctrl+Shift+N opens one Log a call dialog"
    return dialogs[0]


def exists(workspace, ref: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        workspace.tickets.get(ref)
    except NotFoundError:
        return False
    return True


# --- the walk ----------------------------------------------------------------------------------------


def test_an_incident_from_phone_call_to_closed_in_the_main_window(  # type: ignore[no-untyped-def]
    qtbot, open_window, workspace, ops, clock
) -> None:
    me = workspace.actor.name
    window = open_window()
    assert counts(window) == dict.fromkeys(VIEW_KEYS, 0)

    # 1. The phone rings: Ctrl+Shift+N opens Log a call. Enter before typing what's wrong is refused beside it.
    press(qtbot, ops, window, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = log_call_dialog(window)
    qtbot.waitExposed(dialog)
    settle(qtbot, ops)  # categories loaded
    qtbot.keyClicks(dialog.caller_edit, "Dana Whitfield <dana.whitfield@example.com>")
    press(qtbot, ops, dialog.caller_edit, Qt.Key.Key_Return)
    assert dialog.subject_error.isVisible(), "an empty subject is named beside the subject field"
    assert "wrong" in dialog.subject_error.text()
    assert not dialog.caller_error.isVisible()
    assert not exists(workspace, "INC-1"), "nothing is logged"

    qtbot.keyClicks(dialog.subject_edit, "Accounts laptop cannot open the shared drive")
    assert not dialog.subject_error.isVisible(), "typing in the field clears its message"
    qtbot.keyClicks(dialog.category_combo, "Hardware")
    qtbot.keyClicks(dialog.urgency_combo, "High")
    assert dialog.category_path() == "Hardware"
    assert dialog.priority_label.text() == "High", "medium impact x high urgency, shown while choosing"
    dialog.assign_check.setChecked(False)  # logged for the team; taken from the queue below
    with qtbot.waitSignal(dialog.logged, timeout=10_000) as logged:
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)
    settle(qtbot, ops)
    ref = logged.args[0]
    assert ref == "INC-1" and ref in dialog.status_label.text()
    dialog.close()
    activate(qtbot, window)
    settle(qtbot, ops)
    assert counts(window)["unassigned"] == 1 and counts(window)["all_open"] == 1, counts(window)

    # 2. Find it by a word of its subject, and select it.
    clock.advance(minutes=4)
    search(qtbot, ops, window, "shared")
    assert queue_refs(window) == [ref]
    assert "«shared»" in queue_column(window, "match")[0].lower()
    assert not window.queue.horizontalHeader().isSectionHidden(COLUMN_KEYS.index("match"))
    click_row(qtbot, window, ref)
    settle(qtbot, ops)
    detail = window.detail
    assert detail.ticket is not None and detail.ticket.ref == ref
    assert detail.fields.subject.text() == "Accounts laptop cannot open the shared drive"
    assert detail.header.status.plain_text() == "● New"

    # 3. Categorise and prioritise. A priority chosen by hand without a reason is refused beside the field.
    fields = detail.fields
    qtbot.keyClicks(fields.category, "Network")
    qtbot.keyClicks(fields.subcategory, "Network drive")
    qtbot.keyClicks(fields.impact, "High")
    assert "Automatic" in fields.priority.display_text, "the automatic priority is offered while impact changes"
    qtbot.keyClicks(fields.priority, "Low")
    assert not fields.fields["reason"].cell.isHidden(), "a hand-picked priority asks for a reason"
    assert fields.dirty() == {"category", "subcategory", "impact", "priority"}
    before = workspace.tickets.get(ref)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert list(fields.errors()) == ["priority"], fields.errors()
    assert "reason" in fields.errors()["priority"].lower()
    assert fields.fields["priority"].error.isVisible()
    after = workspace.tickets.get(ref)
    assert (after.category, after.impact, after.priority) == (before.category, before.impact, before.priority)
    assert after.history == before.history, "a refused save changes nothing"
    assert detail.has_unsaved_changes(), "the edits are kept to fix and save again"

    fields.priority.setFocus()
    qtbot.keyClick(fields.priority, Qt.Key.Key_Home)  # back to "Automatic (from impact x urgency)"
    assert fields.fields["reason"].cell.isHidden()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert fields.errors() == {}
    stored = workspace.tickets.get(ref)
    assert (stored.category, stored.subcategory) == ("Network", "Network drive")
    assert stored.impact.value == "high" and stored.priority is Priority.URGENT
    assert stored.priority_reason is None
    assert detail.header.priority.plain_text() == "● Urgent priority"
    assert not detail.has_unsaved_changes()

    # 4. Take it, and hand it to the next support tier.
    clock.advance(minutes=3)
    click_tool(qtbot, ops, detail.toolbar, detail.actions_.assign_to_me)
    stored = workspace.tickets.get(ref)
    assert stored.assignee is not None and stored.assignee.id == workspace.actor.id
    assert stored.status is Status.OPEN, "taking a new ticket opens it"
    assert fields.assignee.currentData() == str(workspace.actor.id)
    assert counts(window)["my_open"] == 1 and counts(window)["unassigned"] == 0, counts(window)

    group_before = stored.group
    click_tool(qtbot, ops, detail.toolbar, detail.actions_.escalate)
    stored = workspace.tickets.get(ref)
    assert stored.group is not None
    assert stored.group.tier == (group_before.tier if group_before else 1) + 1, "one tier up from first line"
    assert fields.group.currentData() == stored.group.name

    # 5. An internal note for colleagues (Ctrl+Shift+Return), then a public reply (Ctrl+Return).
    clock.advance(minutes=5)
    editor = detail.reply_box.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Drive mapping uses the old server name; check the login script")
    press(qtbot, ops, editor, Qt.Key.Key_Return, CTRL_SHIFT)
    assert editor.toPlainText() == ""
    clock.advance(minutes=2)
    qtbot.keyClicks(editor, "Hi Dana, we're on it: please restart the laptop while connected to the office network.")
    press(qtbot, ops, editor, Qt.Key.Key_Return, CTRL)
    assert editor.toPlainText() == ""
    cards = [c for c in detail.conversation.cards if c.kind is not EntryKind.EVENT]
    assert [c.kind for c in cards] == [EntryKind.NOTE, EntryKind.REPLY]
    assert cards[0].kind_label.text().endswith("Internal note")
    assert cards[1].kind_label.text().endswith("Public reply")
    assert detail.tabs.tabText(detail.CONVERSATION) == "Conversation (2)"
    stored = workspace.tickets.get(ref)
    assert stored.first_response_at is not None, "the public reply is the first response"
    assert "First response" in detail.header.times.text()

    # 6. Resolve through the dialog, with notes and a code.
    clock.advance(minutes=20)
    click_tool(qtbot, ops, detail.toolbar, detail.actions_.resolve)
    resolve = detail.resolve_dialog
    assert resolve is not None and resolve.isVisible()
    qtbot.keyClicks(resolve.notes, "Login script now maps the drive by the new server name.")
    qtbot.keyClicks(resolve.code, "Fixed")
    assert resolve.code.currentData() == "fixed"
    qtbot.mouseClick(resolve.resolve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    stored = workspace.tickets.get(ref)
    assert stored.status is Status.RESOLVED
    assert stored.resolution_notes == "Login script now maps the drive by the new server name."
    assert stored.resolution_code is not None and stored.resolution_code.value == "fixed"
    settle(qtbot, ops)
    assert counts(window)[REVIEW_PAGE] == 1 and counts(window)["all_open"] == 0, counts(window)
    assert counts(window)["my_open"] == 0

    # 7. "Resolved, to review" from the sidebar: select it, tick it (Space) and Close selected.
    clock.advance(days=1)
    activate(qtbot, window)  # back from the resolve dialog
    click_sidebar(qtbot, ops, window, REVIEW_PAGE)
    review = window.review_page
    assert window.pages.currentWidget() is review and review.isVisible()
    table = review.resolved_table
    refs = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert refs == [ref]
    row_rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    assert review._selected_resolved() == [ref] and table.hasFocus()
    assert review.close_button.isEnabled(), "a clicked row can be closed without ticking it"
    assert review.close_button.text() == "Close selected (1)"
    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert review.message.text() == f"Closed {ref}."
    assert workspace.tickets.get(ref).status is Status.CLOSED
    settle(qtbot, ops)
    assert counts(window)[REVIEW_PAGE] == 0 and counts(window)["all"] == 1, counts(window)

    # 8. The history tells the whole story, in the store and on the History tab.
    history = workspace.tickets.get(ref).history
    steps = [(h.field, h.old_value, h.new_value) for h in history]
    assert steps[0][0] == "created"
    expected = [
        ("category", "Hardware", "Network"),
        ("subcategory", None, "Network drive"),
        ("impact", "medium", "high"),
        ("priority", "high", "urgent"),
        ("assignee", None, me),
        ("status", "new", "open"),
        ("group", None, stored.group.name),
        ("status", "open", "resolved"),
        ("status", "resolved", "closed"),
    ]
    for step in expected:
        assert step in steps, f"{step} missing from {steps}"
    assert [s for s in steps if s[0] == "status"] == [s for s in expected if s[0] == "status"], "in order"
    assert any(field == "first_response_at" and new for field, _old, new in steps), steps
    assert {h.actor for h in history} == {me}

    press(qtbot, ops, window, Qt.Key.Key_7, CTRL)  # All tickets, still searching "shared"
    assert window.pages.currentWidget() is window.work_splitter
    assert queue_refs(window) == [ref]
    click_row(qtbot, window, ref)
    settle(qtbot, ops)
    assert detail.ticket is not None and detail.ticket.status is Status.CLOSED
    detail.tabs.setCurrentIndex(detail.HISTORY)
    lines = detail.history.lines()
    for sentence in (
        f"Ticket logged by {me}",
        f"Category changed from Hardware to Network by {me}",
        f"Subcategory set to Network drive by {me}",
        f"Impact changed from Medium to High by {me}",
        f"Priority changed from High to Urgent by {me}",
        f"Assigned to {me} by {me}",
        f"Status changed from New to Open by {me}",
        f"Support group set to {stored.group.name} by {me}",
        f"First response recorded by {me}",
        f"Status changed from Open to Resolved by {me}",
        f"Status changed from Resolved to Closed by {me}",
    ):
        assert any(line.startswith(sentence + " — ") for line in lines), f"{sentence!r} not in {lines}"
    assert detail.header.status.plain_text() == "● Closed"


# --- views, shortcuts, refresh, sorting, bulk ---------------------------------------------------------


def fill_queue(workspace) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Twelve tickets across the views: unassigned, mine, pending, resolved, and a problem."""
    me = workspace.actor
    made = {}
    specs = [
        ("printer", "Printer on floor 2 jams", "low", "low", None),
        ("vpn", "VPN drops every hour", "high", "high", None),
        ("mail", "Shared mailbox missing", "medium", "high", None),
        ("phone", "Desk phone has no dial tone", "medium", "medium", None),
        ("wifi", "Wi-Fi slow in meeting room", "high", "medium", None),
        ("laptop", "New laptop for Sam", "low", "medium", None),
        ("mine1", "Excel crashes on start", "medium", "low", "me"),
        ("mine2", "Scanner sends blank pages", "high", "low", "me"),
        ("pending", "Waiting for toner delivery", "low", "high", "me"),
        ("resolved", "Password reset for Ann", "low", "low", "me"),
    ]
    for key, subject, impact, urgency, assignee in specs:
        made[key] = workspace.tickets.create(
            NewTicket(subject, impact=impact, urgency=urgency, assignee=assignee, requester_name="Ann Smith"), me
        ).ref
    workspace.tickets.update(made["pending"], TicketChanges(status="pending"), me)
    workspace.tickets.update(made["resolved"], TicketChanges(status="resolved", resolution_notes="Reset"), me)
    made["problem"] = workspace.links.create_problem_from([made["vpn"]], "VPN concentrator firmware", me).ref
    return made


def test_views_shortcuts_refresh_sorting_and_bulk_assign(qtbot, open_window, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    made = fill_queue(workspace)
    window = open_window()
    expected = workspace.queue.view_counts(workspace.actor)
    shown = counts(window)
    assert shown == {view: expected["resolved" if view == REVIEW_PAGE else view] for view in VIEW_KEYS}
    assert shown["unassigned"] == 7 and shown["my_open"] == 3 and shown[REVIEW_PAGE] == 1

    # Ctrl+1 .. Ctrl+9 switch views; each queue holds exactly what its sidebar count says.
    for number, key in enumerate(VIEW_KEYS, start=1):
        press(qtbot, ops, window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.sidebar.current_key() == key, f"Ctrl+{number}"
        if key == REVIEW_PAGE:
            assert window.pages.currentWidget() is window.review_page
            continue
        assert window.pages.currentWidget() is window.work_splitter
        assert window.model.rowCount() == shown[key], f"Ctrl+{number}: {key}"
        assert window.count_label.text() == f"{shown[key]} tickets in this view"
    press(qtbot, ops, window, Qt.Key.Key_7, CTRL)

    # F5 picks up a ticket logged elsewhere (by a monitoring script, say) in the queue and the counts.
    assert window.sidebar.current_key() == "all"
    total = window.model.rowCount()
    workspace.tickets.create(NewTicket("Disk 92% full on NAS", source="monitoring", urgency="high"), workspace.actor)
    qtbot.wait(50)
    assert window.model.rowCount() == total, "nothing announced the new ticket yet"
    press(qtbot, ops, window, Qt.Key.Key_F5)
    assert window.model.rowCount() == total + 1
    assert counts(window)["all"] == total + 1 and counts(window)["unassigned"] == 8

    # A click on the Priority header sorts the queue by priority; a second click reverses it.
    rank = {p.label: p.rank for p in Priority}
    click_header(qtbot, ops, window, "priority")
    ranks = [rank[text] for text in queue_column(window, "priority")]
    assert ranks == sorted(ranks) and ranks[0] < ranks[-1], queue_column(window, "priority")
    assert window.queue.horizontalHeader().sortIndicatorSection() == COLUMN_KEYS.index("priority")
    click_header(qtbot, ops, window, "priority")
    ranks = [rank[text] for text in queue_column(window, "priority")]
    assert ranks == sorted(ranks, reverse=True), queue_column(window, "priority")
    assert queue_column(window, "priority")[0] == "Urgent"

    # Bulk: select two unassigned tickets (click, Ctrl+click), Ctrl+M assigns both to me.
    press(qtbot, ops, window, Qt.Key.Key_2, CTRL)
    before = counts(window)
    click_row(qtbot, window, made["printer"])
    click_row(qtbot, window, made["phone"], CTRL)
    settle(qtbot, ops)
    assert sorted(window.queue.selected_refs()) == sorted([made["printer"], made["phone"]])
    assert window.queue.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    press(qtbot, ops, window.queue, Qt.Key.Key_M, CTRL)
    for key in ("printer", "phone"):
        ticket = workspace.tickets.get(made[key])
        assert ticket.assignee is not None and ticket.assignee.id == workspace.actor.id, key
        assert ticket.status is Status.OPEN
    after = counts(window)
    assert after["unassigned"] == before["unassigned"] - 2 and after["my_open"] == before["my_open"] + 2, after
    assert made["printer"] not in queue_refs(window) and made["phone"] not in queue_refs(window)
    assert window.model.rowCount() == after["unassigned"]
    assert "2" in window.statusBar().currentMessage(), window.statusBar().currentMessage()


# --- layout ------------------------------------------------------------------------------------------


def test_layout_is_remembered_between_sessions(qtbot, open_window, workspace, ops, settings) -> None:  # type: ignore[no-untyped-def]
    fill_queue(workspace)
    window = open_window()
    assert window.size().toTuple() == (1280, 800)
    press(qtbot, ops, window, Qt.Key.Key_7, CTRL)
    window.main_splitter.setSizes([300, 976])
    window.work_splitter.setSizes([260, 480])
    header = window.queue.horizontalHeader()
    requester, group = COLUMN_KEYS.index("requester"), COLUMN_KEYS.index("group")
    assert not header.isSectionHidden(requester) and header.isSectionHidden(group)
    header.setSectionHidden(requester, True)  # what the header's column menu does
    header.setSectionHidden(group, False)
    header.resizeSection(COLUMN_KEYS.index("subject"), 360)
    click_header(qtbot, ops, window, "priority")
    click_header(qtbot, ops, window, "priority")  # descending: most pressing first
    main_sizes, work_sizes = window.main_splitter.sizes(), window.work_splitter.sizes()
    order = queue_column(window, "priority")
    assert main_sizes[0] == 300 and order[0] == "Urgent"
    window.close()
    settle(qtbot, ops)

    # The window's own geometry is saved too; the test screen (offscreen, 800x800) is smaller than the
    # window, so a restored geometry would be shrunk to fit it. Start from the default 1280x800 instead,
    # so the splitters can be compared pixel for pixel.
    geometry = settings.value("window/geometry")
    assert geometry is not None and not geometry.isEmpty()
    settings.remove("window/geometry")
    again = open_window()
    assert again.size() == window.size()
    assert again.sidebar.current_key() == "all", "the last view comes back"
    assert again.main_splitter.sizes() == main_sizes
    assert again.work_splitter.sizes() == work_sizes
    header = again.queue.horizontalHeader()
    assert header.isSectionHidden(requester) and not header.isSectionHidden(group)
    assert header.sectionSize(COLUMN_KEYS.index("subject")) == 360
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("priority")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert (again.model.filter.sort, again.model.filter.descending) == ("priority", True)
    assert queue_column(again, "priority") == order, "the queue comes back in the same order"

"""The review page and form, driven through their real widgets on a fresh database."""

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from deskapp.domain.tickets import Status
from deskapp.services.reviews import ReviewChanges
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.ui.ops import Change
from deskapp.ui.review import ReviewForm, ReviewView
from deskapp.ui.review.models import ActionItem, ActionsModel

RENDER_DIR = Path("/tmp")
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # where the shared `clock` fixture starts


class TemplateClock:
    """A movable clock for building the module's template database (the `clock` fixture is per test)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def log(workspace, subject: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    kwargs.setdefault("requester_email", "ann@example.com")
    kwargs.setdefault("requester_name", "Ann Smith")
    return workspace.tickets.create(NewTicket(subject, **kwargs), workspace.actor).ref


def resolve(workspace, ref: str, notes: str = "Fixed it") -> None:  # type: ignore[no-untyped-def]
    workspace.tickets.update(ref, TicketChanges(status="resolved", resolution_notes=notes), workspace.actor)


DESK_AGE = {"days": 10, "hours": 2}  # how far the template's clock moved while it was filled


def fill_desk(workspace, clock) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Resolved tickets 10 days, 3 days (two, one a major incident) and 2 hours old, and one still open."""
    refs = {
        "printer": log(workspace, "Printer jams on tray 2"),
        "vpn": log(workspace, "VPN drops every hour", requester_email="bob@example.com", requester_name="Bob Lee"),
        "mail": log(workspace, "Shared mailbox missing"),
        "open": log(workspace, "Laptop fan noisy"),
        "outage": log(workspace, "Internet down for the whole office", major=True, impact="high", urgency="high"),
    }
    resolve(workspace, refs["printer"], "Replaced the pick-up roller.\nTested 50 pages.")
    clock.advance(days=7)
    resolve(workspace, refs["vpn"], "Raised the VPN idle timeout")
    resolve(workspace, refs["outage"], "ISP replaced the router")
    clock.advance(days=3)
    resolve(workspace, refs["mail"], "Re-granted access")
    clock.advance(hours=2)
    return refs


@pytest.fixture(scope="module")
def desk_template(tmp_path_factory) -> tuple[Path, dict[str, str]]:  # type: ignore[no-untyped-def]
    """The desk, built once per module; each test gets its own copy of the (closed) file."""
    from deskapp.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("review_template") / "desk.sqlite3"
    clock = TemplateClock()
    workspace = open_workspace(path, clock=clock)
    try:
        refs = fill_desk(workspace, clock)
    finally:
        workspace.close()
    return path, refs


@pytest.fixture
def db_path(tmp_path: Path, desk_template) -> Path:  # type: ignore[no-untyped-def]
    template, _refs = desk_template
    for suffix in ("", "-wal"):
        if Path(f"{template}{suffix}").exists():
            shutil.copyfile(f"{template}{suffix}", tmp_path / f"desk.sqlite3{suffix}")
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def desk(workspace, clock, desk_template) -> dict[str, str]:  # type: ignore[no-untyped-def]
    assert clock() == START
    clock.advance(**DESK_AGE)
    return dict(desk_template[1])


@pytest.fixture
def view(qtbot, workspace, ops, desk) -> Iterator[ReviewView]:  # type: ignore[no-untyped-def]
    page = ReviewView(workspace, ops)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(qtbot, ops)
    yield page
    settle(qtbot, ops)


def table_refs(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def row_of(table: QTableView, ref: str) -> int:
    return table_refs(table).index(ref)


def click_check(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click the checkbox drawn in the first cell, where a person would."""
    index = table.model().index(row, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def double_click(qtbot, table: QTableView, row: int, column: int = 1) -> None:  # type: ignore[no-untyped-def]
    center = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """keyClicks, with Return for each line break (QTest cannot type a raw newline)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClicks(widget, line)


def select_row(qtbot, table: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 1)).center()
    )


# --- resolved tickets ----------------------------------------------------------------------------------


def test_resolved_list_shows_resolved_tickets_oldest_first(view, desk, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    table = view.resolved_table
    assert table_refs(table) == [desk["printer"], desk["vpn"], desk["outage"], desk["mail"]]
    model = table.model()
    vpn = row_of(table, desk["vpn"])
    assert model.index(vpn, 1).data() == "VPN drops every hour"
    assert model.index(vpn, 2).data() == "Bob Lee"
    assert model.index(vpn, 3).data().startswith("3 days ago (")
    assert model.index(vpn, 4).data() == "Raised the VPN idle timeout"
    printer = row_of(table, desk["printer"])
    assert model.index(printer, 3).data().startswith("10 days ago")
    assert model.index(printer, 4).data() == "Replaced the pick-up roller. Tested 50 pages."  # one line
    assert model.index(printer, 4).data(Qt.ItemDataRole.ToolTipRole) == "Replaced the pick-up roller.\nTested 50 pages."
    assert view.resolved_heading.text().endswith("(4)")
    assert not view.close_button.isEnabled()
    qtmodeltester.check(model)


def test_close_selected_closes_each_ticked_ticket_with_history(qtbot, view, workspace, desk) -> None:  # type: ignore[no-untyped-def]
    table = view.resolved_table
    click_check(qtbot, table, row_of(table, desk["printer"]))
    click_check(qtbot, table, row_of(table, desk["mail"]))
    assert view.close_button.isEnabled()
    assert view.close_button.text() == "Close selected (2)"

    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_refs(table) == [desk["vpn"], desk["outage"]], timeout=5000)

    for ref in (desk["printer"], desk["mail"]):
        ticket = workspace.tickets.get(ref)
        assert ticket.status is Status.CLOSED
        assert ticket.closed_at is not None
        assert any(
            h.field == "status" and h.old_value == "resolved" and h.new_value == "closed" for h in ticket.history
        )
        assert any("Resolved to Closed" in e.body for e in ticket.entries)
    assert workspace.tickets.get(desk["vpn"]).status is Status.RESOLVED
    assert view.message.isVisible()
    assert view.message.text() == f"Closed {desk['printer']}, {desk['mail']}."
    assert not view.close_button.isEnabled()


def test_close_selected_reports_the_one_that_failed_and_closes_the_others(qtbot, view, workspace, desk) -> None:  # type: ignore[no-untyped-def]
    table = view.resolved_table
    click_check(qtbot, table, row_of(table, desk["printer"]))
    click_check(qtbot, table, row_of(table, desk["vpn"]))
    # Someone else reopens the VPN ticket while this page still shows it as resolved.
    workspace.tickets.update(desk["vpn"], TicketChanges(status="open"), workspace.actor)

    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk["printer"] not in table_refs(table), timeout=5000)

    assert workspace.tickets.get(desk["printer"]).status is Status.CLOSED
    assert workspace.tickets.get(desk["vpn"]).status is Status.OPEN
    text = view.message.text()
    assert f"Closed {desk['printer']}." in text
    assert f"{desk['vpn']} was not closed: status: an Open ticket cannot become Closed" in text


def test_space_ticks_the_selected_rows(qtbot, view, desk) -> None:  # type: ignore[no-untyped-def]
    table = view.resolved_table
    select_row(qtbot, table, 0)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        table.visualRect(table.model().index(1, 1)).center(),
    )
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert view.resolved_model.checked_refs() == [desk["printer"], desk["vpn"]]
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert view.resolved_model.checked_refs() == []


def test_select_all_ticks_every_row(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.select_all, Qt.MouseButton.LeftButton)
    assert len(view.resolved_model.checked_refs()) == 4
    assert view.close_button.text() == "Close selected (4)"
    qtbot.mouseClick(view.select_all, Qt.MouseButton.LeftButton)
    assert view.resolved_model.checked_refs() == []


def test_reopen_puts_the_ticket_back_with_the_reason_as_a_note(qtbot, view, workspace, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    table = view.resolved_table
    select_row(qtbot, table, row_of(table, desk["vpn"]))
    monkeypatch.setattr(view, "_ask_reopen_reason", lambda ref: "Still drops at 3 pm")
    assert view.reopen_button.isEnabled()
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk["vpn"] not in table_refs(table), timeout=5000)

    ticket = workspace.tickets.get(desk["vpn"])
    assert ticket.status is Status.OPEN
    assert ticket.reopen_count == 1
    assert any(e.body == "Still drops at 3 pm" for e in ticket.entries)
    assert view.message.text() == f"{desk['vpn']} is open again."


def test_reopen_cancelled_changes_nothing(qtbot, view, workspace, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_row(qtbot, view.resolved_table, 0)
    monkeypatch.setattr(view, "_ask_reopen_reason", lambda ref: None)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert not view.ops.busy
    assert workspace.tickets.get(desk["printer"]).status is Status.RESOLVED


def test_close_all_older_than_n_days(qtbot, view, workspace, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(view, "_confirm", lambda question: asked.append(question) or True)
    view.older_days.setValue(2)
    qtbot.mouseClick(view.close_older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_refs(view.resolved_table) == [desk["mail"]], timeout=5000)
    assert asked == ["Close the 3 tickets resolved more than 2 days ago?"]
    assert {workspace.tickets.get(desk[k]).status for k in ("printer", "vpn", "outage")} == {Status.CLOSED}
    assert workspace.tickets.get(desk["mail"]).status is Status.RESOLVED


def test_double_click_asks_to_open_the_ticket(qtbot, view, desk) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.open_ticket, timeout=2000) as signal:
        double_click(qtbot, view.resolved_table, row_of(view.resolved_table, desk["vpn"]))
    assert signal.args == [desk["vpn"]]


def test_enter_on_a_review_opens_the_form(qtbot, view, desk) -> None:  # type: ignore[no-untyped-def]
    select_row(qtbot, view.reviews_table, 0)
    qtbot.keyClick(view.reviews_table, Qt.Key.Key_Return)
    form = view.forms[desk["outage"]]
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.isVisible()
    assert form.edits["summary"].isEnabled()


def test_page_refreshes_when_ops_report_a_change(qtbot, view, workspace, ops, desk) -> None:  # type: ignore[no-untyped-def]
    ref, actor = desk["open"], workspace.actor
    changes = TicketChanges(status="resolved", resolution_notes="Cleaned the fan")
    ops.run(lambda: workspace.tickets.update(ref, changes, actor), change=Change(refs=(ref,)))
    qtbot.waitUntil(lambda: ref in table_refs(view.resolved_table), timeout=5000)
    assert view.resolved_heading.text().endswith("(5)")


def test_empty_lists_say_so(qtbot, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from deskapp.services.workspace import open_workspace

    workspace = open_workspace(tmp_path / "empty.sqlite3", clock=TemplateClock())
    page = ReviewView(workspace, ops)
    qtbot.addWidget(page)
    settle(qtbot, ops)
    workspace.close()
    assert page.resolved_stack.currentIndex() == 1
    assert page.reviews_stack.currentIndex() == 1
    assert not page.select_all.isEnabled()


# --- reviews -------------------------------------------------------------------------------------------


def open_form(qtbot, view, ref: str) -> ReviewForm:  # type: ignore[no-untyped-def]
    double_click(qtbot, view.reviews_table, table_refs(view.reviews_table).index(ref))
    form = view.forms[ref]
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    return form


def test_resolved_major_incident_is_a_review_to_do(view, desk, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    table = view.reviews_table
    assert table_refs(table) == [desk["outage"]]
    model = table.model()
    assert model.index(0, 1).data() == "Internet down for the whole office"
    assert model.index(0, 2).data() == "Major incident"
    assert model.index(0, 3).data() == "Resolved"
    assert model.index(0, 5).data() == "Not started"
    qtmodeltester.check(model)


def test_completed_review_is_saved_and_leaves_the_to_do_list(qtbot, view, workspace, desk) -> None:  # type: ignore[no-untyped-def]
    ref = desk["outage"]
    form = open_form(qtbot, view, ref)
    assert form.isVisible()
    assert form.title.text() == f"{ref}: Internet down for the whole office"

    qtbot.keyClicks(form.edits["summary"], "The office had no internet for 3 hours.")
    type_text(qtbot, form.edits["timeline"], "09:10 down\n09:25 ISP called\n12:05 back")
    qtbot.keyClicks(form.edits["root_cause"], "Router firmware bug")
    qtbot.keyClicks(form.edits["went_well"], "Staff told within 15 minutes")
    qtbot.keyClicks(form.edits["went_badly"], "Nobody had the ISP contract number")
    qtbot.keyClicks(form.new_description, "Keep the ISP contract in the wiki")
    qtbot.keyClicks(form.new_owner, "Carla")
    form.new_due.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.actions_model.rowCount() == 1
    assert form.new_description.text() == ""
    qtbot.mouseClick(form.complete, Qt.MouseButton.LeftButton)
    assert form.dirty

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, view.ops)

    review = workspace.reviews.get(ref)
    assert review is not None
    assert review.summary == "The office had no internet for 3 hours."
    assert review.timeline == "09:10 down\n09:25 ISP called\n12:05 back"
    assert review.root_cause == "Router firmware bug"
    assert review.went_badly == "Nobody had the ISP contract number"
    assert review.completed_at is not None
    assert [(a.description, a.owner, a.due_date.isoformat(), a.done) for a in review.actions] == [
        ("Keep the ISP contract in the wiki", "Carla", "2026-03-31", False)
    ]
    assert workspace.reviews.awaiting_review() == []
    qtbot.waitUntil(lambda: table_refs(view.reviews_table) == [], timeout=5000)
    assert view.reviews_stack.currentIndex() == 1
    assert not form.dirty
    assert form.save_status.text().startswith("Saved at ")
    assert form.actions_model.items[0].id is not None  # now a saved action
    history = workspace.tickets.get(ref).history
    assert [h.new_value for h in history if h.field == "review"] == ["started", "completed"]


def test_completing_without_a_summary_says_so_beside_summary_and_saves_nothing(qtbot, view, workspace, desk) -> None:  # type: ignore[no-untyped-def]
    ref = desk["outage"]
    form = open_form(qtbot, view, ref)
    qtbot.keyClicks(form.edits["timeline"], "09:10 down")
    qtbot.mouseClick(form.complete, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    message = form.messages["summary"]
    assert message.isVisible()
    assert "summary" in message.text().lower()
    assert not view.ops.busy
    settle(qtbot, view.ops)
    assert workspace.reviews.get(ref) is None
    assert table_refs(view.reviews_table) == [ref]
    # Typing a summary clears the message.
    qtbot.keyClicks(form.edits["summary"], "x")
    assert not message.isVisible()


def test_an_action_needs_a_description_and_an_owner(qtbot, view, desk) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, view, desk["outage"])
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.description_message.isVisible()
    assert form.owner_message.isVisible()
    assert form.actions_model.rowCount() == 0

    qtbot.keyClicks(form.new_description, "Buy a 4G backup router")
    assert not form.description_message.isVisible()
    qtbot.keyClick(form.new_description, Qt.Key.Key_Return)
    assert form.owner_message.text() == "Say who will do it."
    assert form.actions_model.rowCount() == 0

    # A half-typed action also stops a save, with nothing written.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.owner_message.isVisible()
    assert not view.ops.busy
    assert form.workspace.reviews.get(desk["outage"]) is None


def test_existing_review_loads_and_a_done_tick_is_saved(qtbot, view, workspace, desk) -> None:  # type: ignore[no-untyped-def]
    ref = desk["outage"]
    workspace.reviews.save(ref, ReviewChanges(summary="Router died"), workspace.actor)
    workspace.reviews.add_action(ref, "Spare router on the shelf", "Dan", None, workspace.actor)
    view.refresh()
    settle(qtbot, view.ops)
    assert view.reviews_table.model().index(0, 5).data().startswith("Draft, edited")
    assert view.reviews_table.model().index(0, 5).data().endswith("1 action open")

    form = open_form(qtbot, view, ref)
    assert form.edits["summary"].toPlainText() == "Router died"
    assert form.actions_model.items[0].description == "Spare router on the shelf"
    select_row(qtbot, form.actions_table, 0)
    assert not form.remove_button.isEnabled()  # saved actions stay, for the record
    click_check_column(qtbot, form.actions_table, 0, ActionsModel.DONE)
    assert form.actions_model.items[0].done
    assert form.dirty

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view.ops)
    assert workspace.reviews.get(ref).actions[0].done
    assert not form.dirty


def click_check_column(qtbot, table: QTableView, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_an_unsaved_action_can_be_removed(qtbot, view, desk) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, view, desk["outage"])
    qtbot.keyClicks(form.new_description, "Label the router")
    qtbot.keyClicks(form.new_owner, "Eve")
    qtbot.keyClick(form.new_owner, Qt.Key.Key_Return)
    assert form.actions_model.rowCount() == 1
    select_row(qtbot, form.actions_table, 0)
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert form.actions_model.rowCount() == 0


def test_closing_with_unsaved_changes_asks_first(qtbot, view, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, view, desk["outage"])
    qtbot.keyClicks(form.edits["summary"], "Half a thought")
    answers = iter([False, True])
    monkeypatch.setattr(form, "_confirm_discard", lambda: next(answers))
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert desk["outage"] not in view.forms


def test_form_on_an_ordinary_incident_explains_and_cannot_save(qtbot, workspace, ops, desk) -> None:  # type: ignore[no-untyped-def]
    form = ReviewForm(workspace, ops, desk["vpn"])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.banner.isVisible()
    assert "not a major incident or a problem" in form.banner.text()
    assert not form.save_button.isEnabled()
    assert not form.edits["summary"].isEnabled()


def test_actions_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ActionsModel()
    model.set_items(
        [
            ActionItem("Saved one", "Dan", None, True, id=1, saved_done=True),
            ActionItem("New one", "Eve", QDate(2026, 4, 1).toPython()),  # type: ignore[arg-type]
        ]
    )
    model.set_errors({1: "Action 2 needs an owner."})
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_bulk_close_service_skips_duplicates_and_stops_when_told(workspace, desk) -> None:  # type: ignore[no-untyped-def]
    closing = workspace.closing
    outcome = closing.close(
        [desk["printer"], desk["printer"], desk["vpn"]], workspace.actor, report=lambda d, t, r: d < 1
    )
    assert outcome.closed == (desk["printer"],)
    assert outcome.failed == ()
    assert workspace.tickets.get(desk["vpn"]).status is Status.RESOLVED
    missing = closing.close(["INC-999"], workspace.actor)
    assert missing.failed == (("INC-999", "ticket: INC-999 does not exist"),)


# --- how it looks --------------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """The usual dark palette for the Fusion style (as many Qt apps ship it)."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#353535",
        QPalette.ColorRole.WindowText: "#ececec",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#ececec",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#ececec",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#ececec",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#424242",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#232323",
        QPalette.ColorRole.Shadow: "#141414",
        QPalette.ColorRole.Link: "#6cb4ff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_render_page_and_form(qtbot, workspace, ops, desk, theme) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    old_palette = app.palette()
    if theme == "dark":
        app.setPalette(dark_palette())
    try:
        page = ReviewView(workspace, ops)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        settle(qtbot, ops)
        click_check(qtbot, page.resolved_table, 0)
        click_check(qtbot, page.resolved_table, 1)
        select_row(qtbot, page.reviews_table, 0)
        page.message.show_success(f"Closed {desk['printer']}.")
        page_png = RENDER_DIR / f"deskapp_review_page_{theme}.png"
        assert page.grab().save(str(page_png))

        form = page.open_review(desk["outage"])
        qtbot.waitUntil(lambda: form.loaded, timeout=5000)
        type_text(qtbot, form.edits["timeline"], "09:10 internet down\n09:25 ISP called")
        qtbot.keyClicks(form.edits["root_cause"], "Router firmware bug")
        qtbot.keyClicks(form.new_description, "Keep the ISP contract in the wiki")
        qtbot.keyClicks(form.new_owner, "Carla")
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.new_description, "Buy a 4G backup router")
        qtbot.mouseClick(form.complete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no summary, no owner: two messages
        form_png = RENDER_DIR / f"deskapp_review_form_{theme}.png"
        assert form.grab().save(str(form_png))
        form._confirm_discard = lambda: True  # type: ignore[method-assign]
        form.reject()
    finally:
        app.setPalette(old_palette)
    for png in (page_png, form_png):
        assert png.stat().st_size > 10_000

"""The request form and the Log a call dialog, driven through their real fields with qtbot."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from deskapp.domain.errors import NotFoundError
from deskapp.domain.tickets import Level, Priority, Source, Status
from deskapp.services.tickets import NewTicket
from deskapp.ui.form import LogCallDialog, RequestForm, RequestFormWindow
from deskapp.ui.form.request_form import DRAFT


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_form(qtbot, workspace, ops, drafts, settings):  # type: ignore[no-untyped-def]
    def make() -> RequestForm:
        form = RequestForm(workspace, ops, drafts, settings)
        qtbot.addWidget(form)
        form.resize(560, 680)
        form.show()
        settle(qtbot, ops)  # categories loaded
        return form

    return make


@pytest.fixture
def make_dialog(qtbot, workspace, ops, drafts):  # type: ignore[no-untyped-def]
    def make() -> LogCallDialog:
        dialog = LogCallDialog(workspace, ops, drafts)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, ops)
        return dialog

    return make


def fill(qtbot, form: RequestForm, name: str, email: str, subject: str, details: str = "") -> None:  # type: ignore[no-untyped-def]
    form.name_edit.clear()
    form.email_edit.clear()
    qtbot.keyClicks(form.name_edit, name)
    qtbot.keyClicks(form.email_edit, email)
    qtbot.keyClicks(form.subject_edit, subject)
    if details:
        qtbot.keyClicks(form.details_edit, details)


def send(qtbot, form: RequestForm, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)


def no_ticket(workspace) -> bool:  # type: ignore[no-untyped-def]
    try:
        workspace.tickets.get("INC-1")
    except NotFoundError:
        return True
    return False


# --- the request form ------------------------------------------------------------------------------


def test_submit_creates_a_form_ticket_and_shows_its_number(qtbot, make_form, workspace, ops) -> None:
    form = make_form()
    fill(qtbot, form, "Ann Smith", "Ann@Example.com", "The printer won't print", "Paper jam light is on.")
    qtbot.mouseClick(form.impact_row.button(Level.HIGH.value), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.urgency_row.button(Level.HIGH.value), Qt.MouseButton.LeftButton)
    form.category_combo.setCurrentIndex(form.category_combo.findText("Hardware"))
    form.subcategory_combo.setCurrentIndex(form.subcategory_combo.findText("Printer"))

    with qtbot.waitSignal(form.submitted, timeout=10_000) as signal:
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)

    assert signal.args == ["INC-1"]
    ticket = workspace.tickets.get("INC-1")
    assert ticket.source is Source.FORM
    assert (ticket.impact, ticket.urgency, ticket.priority) == (Level.HIGH, Level.HIGH, Priority.URGENT)
    assert (ticket.category, ticket.subcategory) == ("Hardware", "Printer")
    assert ticket.subject == "The printer won't print"
    assert ticket.description == "Paper jam light is on."
    assert ticket.requester is not None
    assert (ticket.requester.name, ticket.requester.email) == ("Ann Smith", "ann@example.com")
    assert ticket.status is Status.NEW and ticket.assignee is None
    assert form.pages.currentIndex() == 1
    assert form.thanks_label.text() == "Thanks! Your request is INC-1."
    assert "INC-1" in form.next_label.text() and "ann@example.com" in form.next_label.text()


def test_plain_choices_map_to_impact_and_urgency(qtbot, make_form, workspace, ops) -> None:
    form = make_form()
    fill(qtbot, form, "Bo", "bo@example.com", "Slow laptop")
    qtbot.mouseClick(form.impact_row.button(Level.MEDIUM.value), Qt.MouseButton.LeftButton)  # My team
    qtbot.mouseClick(form.urgency_row.button(Level.LOW.value), Qt.MouseButton.LeftButton)  # It can wait
    assert form.impact_row.button(Level.MEDIUM.value).text() == "My team"
    assert form.urgency_row.button(Level.LOW.value).text() == "It can wait"
    send(qtbot, form, ops)
    ticket = workspace.tickets.get("INC-1")
    assert (ticket.impact, ticket.urgency, ticket.category) == (Level.MEDIUM, Level.LOW, None)  # "Not sure"


def test_empty_subject_and_bad_email_are_shown_beside_their_fields(qtbot, make_form, workspace, ops) -> None:
    form = make_form()
    fill(qtbot, form, "Ann Smith", "ann-at-example", "")
    send(qtbot, form, ops)

    assert form.email_error.isVisible() and "email address" in form.email_error.text()
    assert form.subject_error.isVisible() and "what's wrong" in form.subject_error.text()
    assert not form.name_error.isVisible()
    assert form.email_edit.accessibleDescription() == form.email_error.text()
    # right under its own field
    for error, field in ((form.email_error, form.email_edit), (form.subject_error, form.subject_edit)):
        assert error.parentWidget() is field.parentWidget()
        assert error.geometry().top() >= field.geometry().bottom()
    assert form.pages.currentIndex() == 0
    assert no_ticket(workspace)

    qtbot.keyClicks(form.subject_edit, "x")  # typing in a field clears its message
    assert not form.subject_error.isVisible()
    assert form.email_error.isVisible()


def test_empty_name_is_refused_before_the_service(qtbot, make_form, workspace, ops) -> None:
    form = make_form()
    fill(qtbot, form, "", "ann@example.com", "Wi-Fi drops")
    send(qtbot, form, ops)
    assert form.name_error.isVisible() and "name" in form.name_error.text()
    assert no_ticket(workspace)


def test_an_error_from_the_service_lands_on_the_field_it_names(qtbot, make_form, workspace, ops) -> None:
    form = make_form()
    fill(qtbot, form, "Ann", "ann@example.com", "Odd text")
    form.details_edit.setPlainText("bell \x07 in the details")
    send(qtbot, form, ops)
    assert form.details_error.isVisible()
    assert form.details_error.text().startswith("Contains a control character")
    assert form.send_button.isEnabled() and form.pages.currentIndex() == 0
    assert no_ticket(workspace)


def test_attached_files_are_attached_to_the_ticket(qtbot, make_form, workspace, ops, tmp_path) -> None:
    keep, drop = tmp_path / "error.txt", tmp_path / "other.txt"
    keep.write_text("Error 0x80070005", encoding="utf-8")
    drop.write_text("not this one", encoding="utf-8")
    form = make_form()
    fill(qtbot, form, "Ann", "ann@example.com", "Access denied")
    form.attachments.add_files([keep, drop])
    remove = [b for b in form.attachments.findChildren(QToolButton) if b.accessibleName() == "Remove other.txt"]
    qtbot.mouseClick(remove[0], Qt.MouseButton.LeftButton)
    assert form.attachments.paths == [keep]

    send(qtbot, form, ops)
    ticket = workspace.tickets.get("INC-1")
    assert [a.filename for a in ticket.attachments] == ["error.txt"]
    assert ticket.attachments[0].size == keep.stat().st_size


def test_a_vanished_file_stops_the_submit_before_anything_is_created(qtbot, make_form, workspace, ops, tmp_path):
    gone = tmp_path / "gone.png"
    gone.write_bytes(b"png")
    form = make_form()
    fill(qtbot, form, "Ann", "ann@example.com", "Screen flickers")
    form.attachments.add_files([gone])
    gone.unlink()
    send(qtbot, form, ops)
    assert form.attachment_error.isVisible() and "gone.png" in form.attachment_error.text()
    assert no_ticket(workspace)


def test_screenshot_is_added_as_a_png(qtbot, make_form) -> None:
    form = make_form()
    qtbot.mouseClick(form.attachments.screenshot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.attachments.paths) == 1, timeout=5_000)
    shot = form.attachments.paths[0]
    assert shot.suffix == ".png" and shot.stat().st_size > 0
    assert form.isVisible()
    shot.unlink()


def test_name_and_email_are_remembered_and_kept_for_another_problem(qtbot, make_form, workspace, ops, settings) -> None:
    form = make_form()
    fill(qtbot, form, "Ann Smith", "ann@example.com", "VPN won't connect")
    send(qtbot, form, ops)
    assert settings.value("form/name") == "Ann Smith"
    assert settings.value("form/email") == "ann@example.com"

    qtbot.mouseClick(form.again_button, Qt.MouseButton.LeftButton)
    assert form.pages.currentIndex() == 0
    assert form.subject_edit.text() == "" and form.name_edit.text() == "Ann Smith"

    again = make_form()
    assert (again.name_edit.text(), again.email_edit.text()) == ("Ann Smith", "ann@example.com")
    assert again.subject_edit.text() == ""


def test_what_is_typed_survives_a_crash_and_is_discarded_after_submit(qtbot, make_form, workspace, ops, drafts) -> None:
    form = make_form()
    fill(qtbot, form, "Ann", "ann@example.com", "Outlook keeps asking for my password", "Since this morning.")
    qtbot.mouseClick(form.urgency_row.button(Level.HIGH.value), Qt.MouseButton.LeftButton)
    form.category_combo.setCurrentIndex(form.category_combo.findText("Email"))
    form.subcategory_combo.setCurrentIndex(form.subcategory_combo.findText("Mailbox"))
    drafts.flush()
    assert DRAFT in drafts.names()

    restored = make_form()
    assert restored.subject_edit.text() == "Outlook keeps asking for my password"
    assert restored.details_edit.toPlainText() == "Since this morning."
    assert restored.urgency_row.value() == Level.HIGH.value
    assert restored.category_path() == "Email/Mailbox"

    send(qtbot, restored, ops)
    drafts.flush()
    assert DRAFT not in drafts.names()
    assert workspace.tickets.get("INC-1").category == "Email"


def test_an_untouched_form_leaves_no_draft(qtbot, make_form, drafts, settings) -> None:
    settings.setValue("form/name", "Ann")
    form = make_form()
    qtbot.keyClicks(form.subject_edit, "x")
    qtbot.keyClick(form.subject_edit, Qt.Key.Key_Backspace)
    drafts.flush()
    assert drafts.names() == []


def test_standalone_window(qtbot, workspace, ops, drafts, settings) -> None:
    window = RequestFormWindow(workspace, ops, drafts, settings)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Report a problem — deskapp"
    assert (window.width(), window.height()) == (560, 680)
    settle(qtbot, ops)


# --- log a call ------------------------------------------------------------------------------------


def test_log_a_call_creates_a_phone_ticket_assigned_to_the_admin(qtbot, make_dialog, workspace, ops) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(dialog.caller_edit, "new.caller@example.com")
    qtbot.keyClicks(dialog.subject_edit, "Monitor is blank")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Hardware / Monitor"))
    dialog.impact_combo.setCurrentIndex(dialog.impact_combo.findData("high"))
    assert dialog.priority_label.text() == "High"  # high x medium, shown live
    dialog.urgency_combo.setCurrentIndex(dialog.urgency_combo.findData("high"))
    assert dialog.priority_label.text() == "Urgent"
    assert dialog.assign_check.isChecked()

    with qtbot.waitSignal(dialog.logged, timeout=10_000) as signal:
        qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return)  # Enter logs the call
    settle(qtbot, ops)

    assert signal.args == ["INC-1"]
    ticket = workspace.tickets.get("INC-1")
    assert ticket.source is Source.PHONE
    assert ticket.assignee is not None and ticket.assignee.id == workspace.actor.id
    assert ticket.status is Status.OPEN
    assert ticket.requester is not None and ticket.requester.email == "new.caller@example.com"
    assert (ticket.category, ticket.subcategory, ticket.priority) == ("Hardware", "Monitor", Priority.URGENT)
    assert "INC-1" in dialog.status_label.text()
    assert dialog.subject_edit.text() == "" and dialog.caller_edit.text() == ""  # ready for the next call


def test_log_a_call_completes_known_requesters_by_name(qtbot, make_dialog, workspace, ops) -> None:
    workspace.tickets.create(
        NewTicket("Earlier", requester_email="ann@example.com", requester_name="Ann Smith"), workspace.actor
    )
    dialog = make_dialog()
    qtbot.keyClicks(dialog.caller_edit, "ann")
    qtbot.waitUntil(lambda: dialog.completions() == ["Ann Smith <ann@example.com>"], timeout=5_000)
    dialog.caller_edit.clear()
    qtbot.keyClicks(dialog.caller_edit, "Ann Smith")
    qtbot.keyClicks(dialog.subject_edit, "Needs a new mouse")
    dialog.assign_check.setChecked(False)
    with qtbot.waitSignal(dialog.logged, timeout=10_000):
        qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    ticket = workspace.tickets.get("INC-2")
    assert ticket.requester is not None and ticket.requester.email == "ann@example.com"
    assert ticket.assignee is None


def test_log_a_call_shows_messages_beside_fields(qtbot, make_dialog, workspace, ops) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(dialog.caller_edit, "bob@")
    qtbot.keyClick(dialog.caller_edit, Qt.Key.Key_Return)
    settle(qtbot, ops)
    assert dialog.caller_error.isVisible() and "email address" in dialog.caller_error.text()
    assert dialog.subject_error.isVisible()
    assert no_ticket(workspace)


def test_log_a_call_keeps_a_draft(qtbot, make_dialog, drafts) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(dialog.caller_edit, "Bob")
    qtbot.keyClicks(dialog.notes_edit, "Called twice")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Network / VPN"))
    drafts.flush()
    again = make_dialog()
    assert (again.caller_edit.text(), again.notes_edit.toPlainText()) == ("Bob", "Called twice")
    assert again.category_path() == "Network/VPN"


# --- how it looks ----------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#4a4a4a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def palettes(qtbot):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    original = app.palette()
    yield {"light": original, "dark": dark_palette()}
    app.setPalette(original)


def test_render_light_and_dark(qtbot, workspace, ops, drafts, settings, palettes, tmp_path) -> None:
    app = QApplication.instance()
    shot = tmp_path / "shot.txt"
    shot.write_text("log", encoding="utf-8")
    for name, palette in palettes.items():
        app.setPalette(palette)
        window = RequestFormWindow(workspace, ops, drafts, settings)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, ops)
        form = window.form
        fill(qtbot, form, "Ann Smith", "ann@", "")
        form.attachments.add_files([shot])
        qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)  # rows added to a shown layout appear on the next pass of the event loop
        image = window.grab()
        assert (image.width(), image.height()) == (560, 680)
        assert image.save(f"/tmp/deskapp-form-{name}.png")

        form.email_edit.setText("ann@example.com")
        qtbot.keyClicks(form.subject_edit, "The printer won't print")
        send(qtbot, form, ops)
        assert window.grab().save(f"/tmp/deskapp-form-thanks-{name}.png")

        dialog = LogCallDialog(workspace, ops, drafts)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, ops)
        qtbot.keyClicks(dialog.caller_edit, "Ann Smith <ann@example.com>")
        qtbot.keyClick(dialog.caller_edit, Qt.Key.Key_Return)
        assert dialog.grab().save(f"/tmp/deskapp-logcall-{name}.png")
        window.close()
        dialog.close()
        drafts.discard(DRAFT)
        drafts.discard("log-call")


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)

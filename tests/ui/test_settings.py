"""The Settings dialog as the office manager uses it: change things, press OK, see them saved or see why not."""

import os
import tomllib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from deskapp.domain.errors import StorageError
from deskapp.domain.sla import Target
from deskapp.domain.tickets import Level, Priority
from deskapp.services.config import PublicHolidays
from deskapp.ui.ops import Change
from deskapp.ui.settings import SettingsDialog
from deskapp.ui.settings.dialog import HOURS, MATRIX, POLICIES, TICKETS
from deskapp.ui.theme import apply_theme

HIGH_RESPONSE = (1, 0)  # row of High, column of First response in the targets table
MONDAY = 0
RICH = (Path(__file__).resolve().parents[1] / "fixtures" / "office-settings.toml").read_text(encoding="utf-8")


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


@pytest.fixture
def dialog(qtbot, workspace, ops):  # type: ignore[no-untyped-def]
    opened = SettingsDialog(workspace, ops)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitUntil(lambda: opened.base is not None, timeout=10_000)
    settle(qtbot, ops)
    return opened


def set_combo(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def press_ok(qtbot, dialog, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)


def test_a_matrix_cell_a_target_and_the_ticket_rules_are_saved_with_ok(qtbot, dialog, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    set_combo(dialog.matrix_page.cell("high", "low"), "high")
    dialog.show_page(POLICIES)
    policies = dialog.policies_page
    policies.targets_table.item(*HIGH_RESPONSE).setText("2 business hours")
    dialog.show_page(TICKETS)
    dialog.tickets_page.reopen_spin.setValue(30)
    dialog.tickets_page.attachment_spin.setValue(50)
    with qtbot.waitSignal(ops.changed) as changed, qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert changed.args == [Change(tickets=True, settings=True)]
    saved = workspace.config.load()
    assert saved.matrix.priority(Level.HIGH, Level.LOW) is Priority.HIGH
    assert saved.matrix.priority(Level.LOW, Level.LOW) is Priority.LOW, "the other cells are as they were"
    assert workspace.sla.config().policies[0].target("high", "response") == Target.parse("2 business hours")
    assert (saved.reopen_window_days, saved.attachment_limit_mb) == (30, 50)


def test_an_invalid_span_shows_a_message_beside_it_and_nothing_is_saved(qtbot, dialog, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    before = workspace.config.export_toml()
    dialog.show_page(HOURS)
    hours = dialog.hours_page
    monday, message = hours.day_edits[MONDAY], hours.day_errors[MONDAY]
    set_combo(dialog.matrix_page.cell("low", "low"), "urgent")  # a change that must not be saved either
    type_into(qtbot, monday, "9-17")
    assert message.isVisible() and "'9-17' is not like 09:00-17:00" in message.text()
    assert monday.accessibleDescription() == message.text(), "a screen reader hears it too"
    grid = monday.parentWidget().layout()
    assert grid.indexOf(message) == grid.indexOf(monday) + 1, "the message sits beside the field"

    press_ok(qtbot, dialog, ops)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "fix the fields marked in red" in dialog.status_error.text()
    assert workspace.config.export_toml() == before

    type_into(qtbot, monday, "09:00-12:00, 13:00-17:00")
    assert not message.isVisible()
    press_ok(qtbot, dialog, ops)
    assert not dialog.isVisible()
    assert [str(s) for s in workspace.sla.config().calendars["Office hours"].week[0]] == ["09:00-12:00", "13:00-17:00"]


def test_overlapping_spans_are_refused_as_they_are_typed(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show_page(HOURS)
    type_into(qtbot, dialog.hours_page.day_edits[2], "09:00-13:00, 12:00-17:00")
    assert "09:00-13:00 and 12:00-17:00 overlap" in dialog.hours_page.day_errors[2].text()


def test_a_time_zone_that_does_not_exist_is_refused_as_it_is_typed(qtbot, dialog, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    before = workspace.config.export_toml()
    dialog.show_page(HOURS)
    zone = dialog.hours_page.zone
    zone.lineEdit().selectAll()
    qtbot.keyClicks(zone.lineEdit(), "Europe/Londn")
    assert "'Europe/Londn' is not a known time zone" in dialog.hours_page.zone_error.text()
    press_ok(qtbot, dialog, ops)
    assert dialog.isVisible() and workspace.config.export_toml() == before
    zone.set_zone("Europe/London")
    assert not dialog.hours_page.zone_error.isVisible()


def test_a_bad_target_is_marked_as_it_is_typed_and_blocks_saving(qtbot, dialog, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    before = workspace.config.export_toml()
    dialog.show_page(POLICIES)
    policies = dialog.policies_page
    item = policies.targets_table.item(*HIGH_RESPONSE)
    item.setText("4 hourz")
    assert "'4 hourz' is not a target" in policies.targets_error.text()
    assert item.toolTip() and item.foreground().color() != policies.palette().color(QPalette.ColorRole.Text)
    press_ok(qtbot, dialog, ops)
    assert dialog.isVisible() and workspace.config.export_toml() == before
    item.setText("4h")
    assert not policies.targets_error.isVisible() and not item.toolTip()


def test_a_mistake_in_the_whole_config_is_shown_on_its_page_and_nothing_is_saved(qtbot, dialog, workspace, ops) -> None:  # type: ignore[no-untyped-def]
    before = workspace.config.export_toml()
    dialog.show_page(POLICIES)
    policies = dialog.policies_page
    policies.type_checks["request"].setChecked(False)  # the only policy would no longer catch every ticket
    dialog.show_page(MATRIX)
    press_ok(qtbot, dialog, ops)
    assert dialog.isVisible()
    assert dialog.stack.currentWidget() is policies, "the dialog shows the page with the mistake"
    assert "the last policy must match every ticket" in policies.applies_error.text()
    assert workspace.config.export_toml() == before


def test_a_save_error_keeps_the_dialog_open_with_the_message(qtbot, dialog, workspace, ops, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def busy(config) -> int:  # type: ignore[no-untyped-def]
        raise StorageError("the database is locked by another program; try again")

    monkeypatch.setattr(workspace.config, "save", busy)
    press_ok(qtbot, dialog, ops)
    assert dialog.isVisible()
    assert "locked by another program" in dialog.status_error.text()
    assert dialog.ok_button.isEnabled(), "the user can try again"


def test_calendars_can_be_added_renamed_and_used_by_a_policy(qtbot, dialog, workspace, ops, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from deskapp.ui.settings import hours_page

    hours = dialog.hours_page
    answers = iter([("Warehouse", True), ("Warehouse shifts", True)])
    monkeypatch.setattr(hours_page.QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog.show_page(HOURS)
    qtbot.mouseClick(hours.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, hours.day_edits[5], "06:00-14:00")
    qtbot.mouseClick(hours.rename_button, Qt.MouseButton.LeftButton)
    assert hours.names() == ["Office hours", "24/7", "Warehouse shifts"]
    dialog.show_page(POLICIES)
    policies = dialog.policies_page
    policies.calendar_combo.setCurrentIndex(policies.calendar_combo.findText("Warehouse shifts"))
    dialog.show_page(HOURS)
    qtbot.mouseClick(hours.remove_calendar_button, Qt.MouseButton.LeftButton)
    assert "uses this calendar" in hours.calendar_error.text(), "a calendar in use is not removed"
    press_ok(qtbot, dialog, ops)
    assert not dialog.isVisible()
    sla = workspace.sla.config()
    assert sla.policies[0].calendar == "Warehouse shifts"
    assert [str(s) for s in sla.calendars["Warehouse shifts"].week[5]] == ["06:00-14:00"]


def test_public_holidays_and_an_ics_file_are_added_to_a_calendar(qtbot, dialog, workspace, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ics = tmp_path / "closures.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Stocktake\nDTSTART;VALUE=DATE:20261030\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    dialog.show_page(HOURS)
    hours = dialog.hours_page
    hours.import_ics(ics)
    hours.set_public_holidays(PublicHolidays("GB", "ENG"))
    settle(qtbot, ops)
    texts = [hours.holiday_list.item(i).text() for i in range(hours.holiday_list.count())]
    assert any("2026-10-30" in t and "public" not in t for t in texts)
    assert any("2026-12-25" in t and "Christmas Day" in t for t in texts)
    assert "United Kingdom (England)" in hours.public_label.text()
    press_ok(qtbot, dialog, ops)
    office_hours = workspace.sla.config().calendars["Office hours"]
    assert not office_hours.is_working_day(date(2026, 10, 30))
    assert not office_hours.is_working_day(date(2026, 12, 25))
    exported = tomllib.loads(workspace.config.export_toml())["calendars"]["Office hours"]
    assert (exported["country"], exported["holidays"]) == ("GB", [date(2026, 10, 30)])


def test_import_shows_a_file_without_saving_until_ok(qtbot, dialog, workspace, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = workspace.config.export_toml().replace("reopen_window_days = 14", "reopen_window_days = 60")
    path = tmp_path / "office.toml"
    path.write_text(text, encoding="utf-8")
    before = workspace.config.export_toml()
    dialog.import_file(path)
    settle(qtbot, ops)
    assert dialog.tickets_page.reopen_spin.value() == 60
    assert "Loaded office.toml" in dialog.status.text()
    assert workspace.config.export_toml() == before
    press_ok(qtbot, dialog, ops)
    assert workspace.config.load().reopen_window_days == 60


def test_import_of_a_broken_file_names_the_line_and_changes_nothing(qtbot, dialog, workspace, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = workspace.config.export_toml().replace('mon = ["09:00-17:00"]', 'mon = ["9-17"]')
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.startswith("mon = "))
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    dialog.import_file(path)
    settle(qtbot, ops)
    assert f"broken.toml line {line}: calendar 'Office hours': monday span '9-17'" in dialog.status_error.text()
    assert dialog.hours_page.day_edits[MONDAY].text() == "09:00-17:00", "the pages still show the settings"
    assert dialog.ok_button.isEnabled()


def test_export_writes_what_the_dialog_shows(qtbot, dialog, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    set_combo(dialog.matrix_page.cell("medium", "medium"), "high")
    target = tmp_path / "out.toml"
    dialog.export_file(target)
    settle(qtbot, ops)
    assert tomllib.loads(target.read_text(encoding="utf-8"))["priority_matrix"]["medium"]["medium"] == "high"
    assert "Exported to" in dialog.status.text()


# --- looking at it ---------------------------------------------------------------------------------


@pytest.fixture
def themed(qtbot):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    style, palette = app.style().name(), QPalette(app.palette())
    yield app
    apply_theme(app, "light")
    app.setStyle(style)
    app.setPalette(palette)


@pytest.mark.skip(
    reason="crashed the test process intermittently (segfault while rendering with theme switches; "
    "cause not found yet); remove this mark to render the pages by hand"
)
def test_render_the_pages_light_and_dark(qtbot, themed, workspace, ops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PNGs to look at: /tmp/settings-<page>-<theme>.png (or $DESKAPP_SCREENSHOTS)."""
    folder = Path(os.environ.get("DESKAPP_SCREENSHOTS", "").strip() or "/tmp")
    folder.mkdir(parents=True, exist_ok=True)
    workspace.config.import_toml(RICH)  # two calendars, English bank holidays, two policies
    shots = []
    for theme in ("light", "dark"):
        apply_theme(themed, theme)
        dialog = SettingsDialog(workspace, ops)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.base is not None, timeout=10_000)
        settle(qtbot, ops)
        for index, name in ((MATRIX, "matrix"), (HOURS, "hours"), (POLICIES, "policies"), (TICKETS, "tickets")):
            dialog.show_page(index)
            settle(qtbot, ops)
            shots.append(_shoot(qtbot, dialog, folder / f"settings-{name}-{theme}.png"))
        dialog.show_page(HOURS)
        type_into(qtbot, dialog.hours_page.day_edits[MONDAY], "9-17")
        press_ok(qtbot, dialog, ops)
        shots.append(_shoot(qtbot, dialog, folder / f"settings-error-{theme}.png"))
        dialog.reject()
    for path in shots:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 900, path


def _shoot(qtbot, widget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    qtbot.wait(50)
    assert widget.grab().save(str(path))
    return path

"""File > Export view as CSV: every row of the view, the columns shown, no formula cells."""

import csv

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from deskapp.services.tickets import NewTicket
from deskapp.ui.main_window import MainWindow


def test_the_whole_view_is_exported_with_its_columns(qtbot, workspace, ops, drafts, tmp_path, monkeypatch):
    for i in range(5):
        workspace.tickets.create(NewTicket(subject=f"=HYPERLINK(evil) {i}"), workspace.actor)
    window = MainWindow(workspace, ops, drafts, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
    target = tmp_path / "view.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        delimiter = ";" if first.count(";") > first.count(",") else ","
        handle.seek(0)
        rows = list(csv.reader(handle, delimiter=delimiter))
    header, body = rows[0], rows[1:]
    assert "Subject" in header and len(body) == 5
    assert all(not cell.startswith(("=", "+", "@")) for row in body for cell in row)
    assert "5 tickets written" in told[0]

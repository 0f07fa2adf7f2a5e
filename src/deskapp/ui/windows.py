"""Opening the app's other windows and dialogs: tickets in their own window, forms, help, about."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.services.workspace import Workspace
from deskapp.ui.detail import TicketDetailWidget, TicketWindow
from deskapp.ui.drafts import DraftStore
from deskapp.ui.form import LogCallDialog, RequestFormWindow
from deskapp.ui.ops import Ops, Progress
from deskapp.ui.review import ReviewForm, ReviewView

SHORTCUTS = (
    ("Ctrl+N", "New ticket (request form)"),
    ("Ctrl+Shift+N", "Log a call"),
    ("Ctrl+F", "Search"),
    ("Ctrl+E", "Export the view as CSV"),
    ("Ctrl+,", "Settings"),
    ("Ctrl+Shift+F", "Clear filters"),
    ("F5 / Ctrl+R", "Refresh"),
    ("Ctrl+1 … Ctrl+7", "Switch view (My open, Unassigned, All open, Pending, Resolved, Problems, All)"),
    ("Ctrl+8", "Due soon: tickets at risk of missing their SLA"),
    ("Ctrl+9", "Overdue: tickets past their SLA due time"),
    ("Enter / Ctrl+O", "Open the selected ticket in its own window"),
    ("Ctrl+M", "Assign the selected tickets to me"),
    ("Ctrl+S", "Save the ticket's edited fields"),
    ("Ctrl+Enter", "Send the reply"),
    ("Ctrl+Shift+Enter", "Add the internal note"),
    ("Ctrl+Shift+M", "Assign the open ticket to me"),
    ("Ctrl+Shift+E", "Escalate to the next support tier"),
    ("Ctrl+Shift+P", "Set pending"),
    ("Ctrl+Shift+R", "Resolve…"),
    ("Ctrl+Shift+L", "Close"),
    ("Ctrl+Shift+O", "Reopen"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
)


class Windows:
    """Keeps the secondary windows alive while they are open, and builds the shared panes."""

    def __init__(self, workspace: Workspace, ops: Ops, drafts: DraftStore, settings: QSettings, main: QWidget) -> None:
        self.workspace = workspace
        self.ops = ops
        self.drafts = drafts
        self.settings = settings
        self.main = main
        self._open: list[QWidget] = []

    def _keep(self, window: QWidget) -> QWidget:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._open.remove(w) if w in self._open else None)
        self._open.append(window)
        window.show()
        window.raise_()
        return window

    def detail_widget(self) -> TicketDetailWidget:
        return TicketDetailWidget(self.workspace, self.ops, self.drafts)

    def review_page(self) -> ReviewView:
        return ReviewView(self.workspace, self.ops)

    def open_ticket(self, ref: str) -> None:
        for window in self._open:
            if isinstance(window, TicketWindow) and getattr(window, "ref", None) == ref:
                window.raise_()
                window.activateWindow()
                return
        window = TicketWindow(self.workspace, self.ops, self.drafts, ref)
        window.ref = ref
        self._keep(window)

    def new_ticket(self) -> None:
        self._keep(RequestFormWindow(self.workspace, self.ops, self.drafts, self.settings))

    def request_form(self) -> None:
        self.new_ticket()

    def log_call(self) -> None:
        dialog = LogCallDialog(self.workspace, self.ops, self.drafts, self.main)
        self._keep(dialog)

    def review(self, ref: str) -> None:
        self._keep(ReviewForm(self.workspace, self.ops, ref, self.main))  # its own window, beside the ticket

    def backup(self) -> None:
        suggested = str(Path.home() / f"deskapp-backup-{self.workspace.clock().strftime('%Y%m%d')}.sqlite3")
        target, _filter = QFileDialog.getSaveFileName(
            self.main, self.main.tr("Back up database"), suggested, self.main.tr("deskapp backups (*.sqlite3)")
        )
        if not target:
            return
        backups = self.workspace.backups
        self.ops.run(
            lambda: backups.backup(Path(target)),
            lambda path: QMessageBox.information(
                self.main, self.main.tr("Backup"), self.main.tr("Saved and checked: {path}").format(path=path)
            ),
            label=self.main.tr("Backing up…"),
        )

    def settings_dialog(self) -> None:
        from deskapp.ui.settings import SettingsDialog

        SettingsDialog(self.workspace, self.ops, self.main).exec()

    def export_view(self, flt, columns: list[str]) -> None:  # type: ignore[no-untyped-def]
        """Ask where, then stream the view to CSV with progress and Cancel (a cancelled export leaves no file)."""
        suggested = str(Path.home() / f"deskapp-tickets-{self.workspace.clock().strftime('%Y%m%d')}.csv")
        target, _filter = QFileDialog.getSaveFileName(
            self.main, self.main.tr("Export view as CSV"), suggested, self.main.tr("CSV files (*.csv)")
        )
        if not target:
            return
        exports = self.workspace.exports
        progress = Progress()
        self.ops.run(
            lambda: exports.export_view(flt, columns, Path(target), progress=progress.report),
            lambda result: QMessageBox.information(
                self.main,
                self.main.tr("Export"),
                self.main.tr("Export cancelled; no file was written.")
                if result.cancelled
                else self.main.tr("{rows} tickets written to {path}").format(rows=f"{result.rows:,}", path=result.path),
            ),
            progress=progress,
            label=self.main.tr("Exporting tickets…"),
        )

    def shortcuts(self) -> None:
        dialog = QDialog(self.main)
        dialog.setWindowTitle(self.main.tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, dialog)
        table.setHorizontalHeaderLabels([self.main.tr("Keys"), self.main.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(SHORTCUTS):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
            table.setItem(row, 0, QTableWidgetItem(native if "…" not in keys and "/" not in keys else keys))
            table.setItem(row, 1, QTableWidgetItem(self.main.tr(action)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(620, 560)
        self._keep(dialog)

    def about(self) -> None:
        QMessageBox.about(
            self.main,
            self.main.tr("About deskapp"),
            self.main.tr(
                "<h3>deskapp {version}</h3><p>A desktop service desk for small offices.</p>"
                "<p>Database: <code>{path}</code></p><p>MIT licence. Icons drawn for deskapp.</p>"
            ).format(version=__version__, path=self.workspace.path),
        )

    def close_all(self) -> None:
        for window in list(self._open):
            window.close()

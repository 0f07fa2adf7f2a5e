"""A ticket in its own window, to keep it open beside the queue."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from deskapp.services.records import TicketDetail
from deskapp.services.workspace import Workspace
from deskapp.ui.detail.widget import TicketDetailWidget
from deskapp.ui.drafts import DraftStore
from deskapp.ui.ops import Ops


class TicketWindow(QMainWindow):
    open_ticket = Signal(str)  # a linked ticket was clicked; the main window decides where to show it

    def __init__(
        self, workspace: Workspace, ops: Ops, drafts: DraftStore, ref: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.detail = TicketDetailWidget(workspace, ops, drafts, self)
        self.setCentralWidget(self.detail)
        self.detail.loaded.connect(self._loaded)
        self.detail.open_ticket.connect(self.open_ticket)
        self.setWindowTitle(ref)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 48)
        self.detail.show_ticket(ref)

    def _loaded(self, ticket: TicketDetail) -> None:
        self.setWindowTitle(self.tr("{ref} — {subject}").format(ref=ticket.ref, subject=ticket.subject))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The edited fields of {ref} are not saved. Close anyway and lose them?").format(
                    ref=self.detail.ref
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.drafts.flush()
        super().closeEvent(event)

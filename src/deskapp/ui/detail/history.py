"""The ticket's audit trail as sentences: 'Priority changed from Medium to High by Alex — 14:02'."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from deskapp.services.records import AuditRecord
from deskapp.ui.detail.format import history_line


class HistoryView(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("History"))
        self.setSpacing(2)

    def show_history(self, history: tuple[AuditRecord, ...], now: datetime) -> None:
        self.clear()
        for record in history:
            item = QListWidgetItem(history_line(record, now))
            item.setToolTip(record.at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)
        self.scrollToBottom()

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

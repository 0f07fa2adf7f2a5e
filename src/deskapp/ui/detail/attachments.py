"""The files attached to a ticket: a list to open them from, and a button to add more."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.records import AttachmentRecord
from deskapp.ui.detail.format import format_moment, format_size


def local_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class AttachmentsPanel(QWidget):
    add_files = Signal(list)  # list[Path]
    open_attachment = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._activated)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.hint = QLabel(self.tr("Double-click a file to open it. Drop files here to attach them."))
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.clicked.connect(self._choose)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(lambda: self.open_button.setEnabled(bool(self.list.selectedItems())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def show_attachments(self, files: tuple[AttachmentRecord, ...], now: datetime) -> None:
        self.list.clear()
        for record in files:
            item = QTreeWidgetItem([record.filename, format_size(record.size), format_moment(record.created_at, now)])
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(0, record.content_type)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)

    def names(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.add_files.emit([Path(n) for n in names])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_attachment.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _open_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self._activated(items[0])

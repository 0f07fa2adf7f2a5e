"""The queue table: fixed row height, sort by header click, columns chosen by the user."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from deskapp.ui.queue.model import COLUMNS, DEFAULT_HIDDEN, REF_ROLE, QueueModel


class QueueView(QTableView):
    current_ref_changed = Signal(object)  # str | None
    ref_activated = Signal(str)  # double-click or Enter: open in its own window
    context_menu_wanted = Signal(QPoint)

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue_model = model
        self.setModel(model)
        self.setObjectName("queue")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.context_menu_wanted)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, column.key in DEFAULT_HIDDEN)
        header.setStretchLastSection(True)
        self.doubleClicked.connect(self._activated)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        self._current_before_reset: str | None = None

    # --- selection -----------------------------------------------------------------------------

    def current_ref(self) -> str | None:
        index = self.currentIndex()
        return self.queue_model.data(index, REF_ROLE) if index.isValid() else None

    def selected_refs(self) -> list[str]:
        refs = []
        for index in self.selectionModel().selectedRows():
            ref = self.queue_model.data(index, REF_ROLE)
            if ref:
                refs.append(ref)
        return refs

    def select_row(self, row: int) -> None:
        if 0 <= row < self.queue_model.rowCount():
            index = self.queue_model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, flags)
            self.scrollTo(index)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.row() != previous.row() or not previous.isValid():
            self.current_ref_changed.emit(self.current_ref())

    def _remember_current(self) -> None:
        self._current_before_reset = self.current_ref()

    def _restore_current(self) -> None:
        ref = self._current_before_reset
        row = self.queue_model.row_of(ref) if ref else None
        if row is not None:
            self.select_row(row)
        # A ticket that left the view (say, just resolved) stays in the detail pane, so the person
        # sees what they did; it is replaced when they choose another ticket.

    def _activated(self, index: QModelIndex) -> None:
        ref = self.queue_model.data(index, REF_ROLE)
        if ref:
            self.ref_activated.emit(ref)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_ref():
            self.ref_activated.emit(self.current_ref())
            return
        super().keyPressEvent(event)

    # --- columns and sort ----------------------------------------------------------------------

    def _sort_clicked(self, section: int, order: Qt.SortOrder) -> None:
        if COLUMNS[section].sort is None:
            return
        self.queue_model.sort(section, order)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        header = self.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            action = QAction(self.queue_model.headerData(i, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(column.key != "subject")
            action.toggled.connect(lambda shown, i=i: header.setSectionHidden(i, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    def visible_columns(self) -> list[str]:
        header = self.horizontalHeader()
        ordered = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [COLUMNS[i].key for i in ordered if not header.isSectionHidden(i)]

    def show_columns(self, keys: list[str]) -> None:
        header = self.horizontalHeader()
        for i, column in enumerate(COLUMNS):
            header.setSectionHidden(i, column.key not in keys)

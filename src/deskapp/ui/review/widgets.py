"""Building blocks the review page and form lay out: headings, hints, compact tables, date editing."""

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

DEFAULT_DUE_DAYS = 14


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section title: the body font, bold and a little larger, so it scales with the user's font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """One or two lines that say what a section is for, in the palette's secondary text colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def table(model: QAbstractItemModel, widths: dict[int, int], *, multi: bool = False) -> QTableView:
    """A compact read-mostly table: whole rows selected, fixed row height, widths in characters."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = (
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setSelectionMode(mode)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    metrics = view.fontMetrics()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.7))
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, chars in widths.items():
        view.setColumnWidth(column, metrics.averageCharWidth() * chars)
    return view


def default_due(today: date) -> date:
    return today + timedelta(days=DEFAULT_DUE_DAYS)


def date_edit(today: date, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar to pick from, in the locale's short date format; two weeks out."""
    editor = QDateEdit(parent)
    editor.setCalendarPopup(True)
    editor.setMinimumDate(QDate(2000, 1, 1))
    editor.setDate(QDate(default_due(today)))
    return editor


class DueDateDelegate(QStyledItemDelegate):
    """Edits a due date with a calendar popup; an action without a date starts two weeks out."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = date_edit(self._today(), parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate(default_due(self._today())))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

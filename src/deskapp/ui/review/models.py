"""Table models of the review page and form: small lists held whole (tens of rows, not millions)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from deskapp.domain.tickets import Status
from deskapp.services.closing import ResolvedTicket, ReviewToDo
from deskapp.services.reviews import ActionRecord
from deskapp.ui.review.common import local_time, one_line, time_ago, when_text

ModelIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
_NO_INDEX = QModelIndex()


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _check_state(value: Any) -> Qt.CheckState:
    """Views hand check states over as ints or as Qt.CheckState, depending on the binding's path."""
    if isinstance(value, Qt.CheckState):
        return value
    try:
        return Qt.CheckState(int(value))
    except (TypeError, ValueError):
        return Qt.CheckState.Unchecked


class _ListModel(QAbstractTableModel):
    """A flat table whose headers are translated in the subclass's context."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "ReviewModels"

    def rowCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Role.DisplayRole and 0 <= section < len(self.HEADERS):
            return _tr(self.CONTEXT, self.HEADERS[section])
        return None

    def _rows(self) -> Sequence[Any]:
        raise NotImplementedError


# --- resolved tickets --------------------------------------------------------------------------------


class ResolvedModel(_ListModel):
    """Resolved tickets, each with a checkbox (in the ticket column) to pick it for closing."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ResolvedModel", "Ticket"),
        QT_TRANSLATE_NOOP("ResolvedModel", "Subject"),
        QT_TRANSLATE_NOOP("ResolvedModel", "Requester"),
        QT_TRANSLATE_NOOP("ResolvedModel", "Resolved"),
        QT_TRANSLATE_NOOP("ResolvedModel", "Resolution notes"),
    )
    CONTEXT = "ResolvedModel"
    checks_changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self.rows: list[ResolvedTicket] = []
        self._checked: set[str] = set()

    def _rows(self) -> Sequence[ResolvedTicket]:
        return self.rows

    def set_rows(self, rows: Sequence[ResolvedTicket]) -> None:
        """Replace the rows; tickets still listed keep their tick."""
        self.beginResetModel()
        self.rows = list(rows)
        self._checked &= {row.ref for row in self.rows}
        self.endResetModel()
        self.checks_changed.emit()

    def ref_at(self, row: int) -> str | None:
        return self.rows[row].ref if 0 <= row < len(self.rows) else None

    def row_of(self, ref: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.ref == ref), -1)

    def checked_refs(self) -> list[str]:
        return [row.ref for row in self.rows if row.ref in self._checked]

    def set_checked(self, refs: Sequence[str], checked: bool = True) -> None:
        refs = [ref for ref in refs if self.row_of(ref) >= 0]
        if checked:
            self._checked |= set(refs)
        else:
            self._checked -= set(refs)
        for ref in refs:
            index = self.index(self.row_of(ref), 0)
            self.dataChanged.emit(index, index, [Role.CheckStateRole])
        self.checks_changed.emit()

    def set_all_checked(self, checked: bool) -> None:
        self.set_checked([row.ref for row in self.rows], checked)

    def data(self, index: ModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Role.DisplayRole:
            return self._text(row, column)
        if role == Role.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.ref in self._checked else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            if column == 3:
                return local_time(row.resolved_at)
            if column == 4:
                return row.resolution_notes or None
            if column == 1:
                return row.subject
        if role == Role.UserRole:
            return row.ref
        return None

    def _text(self, row: ResolvedTicket, column: int) -> str:
        if column == 0:
            return row.ref
        if column == 1:
            return row.subject
        if column == 2:
            return row.requester
        if column == 3:
            return when_text(row.resolved_at, self._now())
        return one_line(row.resolution_notes)

    def setData(self, index: ModelIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Role.CheckStateRole:
            return False
        ref = self.rows[index.row()].ref
        self.set_checked([ref], _check_state(value) == Qt.CheckState.Checked)
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


# --- reviews to do -----------------------------------------------------------------------------------


class ReviewsToDoModel(_ListModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Ticket"),
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Subject"),
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Kind"),
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Status"),
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Resolved"),
        QT_TRANSLATE_NOOP("ReviewsToDoModel", "Review"),
    )
    CONTEXT = "ReviewsToDoModel"

    def __init__(self, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now
        self.rows: list[ReviewToDo] = []

    def _rows(self) -> Sequence[ReviewToDo]:
        return self.rows

    def set_rows(self, rows: Sequence[ReviewToDo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def ref_at(self, row: int) -> str | None:
        return self.rows[row].ref if 0 <= row < len(self.rows) else None

    def data(self, index: ModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Role.DisplayRole:
            return self._text(row, column)
        if role == Role.ToolTipRole and column == 4:
            return local_time(row.resolved_at)
        if role == Role.UserRole:
            return row.ref
        return None

    def _text(self, row: ReviewToDo, column: int) -> str:
        if column == 0:
            return row.ref
        if column == 1:
            return row.subject
        if column == 2:
            return self.tr("Major incident") if row.major else self.tr("Problem")
        if column == 3:
            return self.tr("Closed") if row.status is Status.CLOSED else self.tr("Resolved")
        if column == 4:
            return time_ago(row.resolved_at, self._now())
        return self._review_state(row)

    def _review_state(self, row: ReviewToDo) -> str:
        if not row.review_started:
            return self.tr("Not started")
        text = self.tr("Draft, edited {ago}").format(ago=time_ago(row.review_updated_at, self._now()))
        if row.actions_open == 1:
            text += self.tr(" · 1 action open")
        elif row.actions_open:
            text += self.tr(" · {n} actions open").format(n=row.actions_open)
        return text

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --- action items ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionItem:
    """An action as the form holds it: saved (id set; only Done can change) or new (all editable)."""

    description: str
    owner: str
    due: date | None
    done: bool = False
    id: int | None = None
    saved_done: bool | None = None

    @property
    def is_new(self) -> bool:
        return self.id is None

    @property
    def done_changed(self) -> bool:
        return self.id is not None and self.done != self.saved_done

    @classmethod
    def of(cls, record: ActionRecord) -> "ActionItem":
        return cls(record.description, record.owner, record.due_date, record.done, record.id, record.done)


class ActionsModel(_ListModel):
    """Action items of one review; the form saves new ones and changed Done ticks."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Done"),
    )
    CONTEXT = "ActionsModel"
    DESCRIPTION, OWNER, DUE, DONE = range(4)
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[ActionItem] = []
        self._errors: dict[int, str] = {}

    def _rows(self) -> Sequence[ActionItem]:
        return self.items

    def set_items(self, items: Sequence[ActionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._errors = {}
        self.endResetModel()

    def add(self, item: ActionItem) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> bool:
        """Only an action not yet saved can go (saved ones stay, for the record; tick Done instead)."""
        if not 0 <= row < len(self.items) or not self.items[row].is_new:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self._errors = {(r if r < row else r - 1): m for r, m in self._errors.items() if r != row}
        self.endRemoveRows()
        self.edited.emit()
        return True

    def set_errors(self, errors: dict[int, str]) -> None:
        self._errors = dict(errors)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, self.columnCount() - 1))

    @property
    def dirty(self) -> bool:
        return any(item.is_new or item.done_changed for item in self.items)

    def data(self, index: ModelIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Role.DisplayRole:
            return self._text(item, column)
        if role == Role.EditRole and column != self.DONE:
            if column == self.DUE:
                return QDate(item.due) if item.due else QDate()
            return self._text(item, column)
        if role == Role.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            return self._tooltip(index.row(), item, column)
        if role == Role.DecorationRole and column == self.DESCRIPTION and index.row() in self._errors:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _text(self, item: ActionItem, column: int) -> str:
        if column == self.DESCRIPTION:
            return item.description
        if column == self.OWNER:
            return item.owner
        if column == self.DUE:
            return QLocale().toString(QDate(item.due), QLocale.FormatType.ShortFormat) if item.due else ""
        return self.tr("Done") if item.done else self.tr("Not done")  # words too: a tick alone is easy to miss

    def _tooltip(self, row: int, item: ActionItem, column: int) -> str | None:
        if row in self._errors:
            return self._errors[row]
        if column == self.DONE:
            return self.tr("Tick when the action has been carried out")
        if not item.is_new:
            return self.tr("Saved actions stay as written, for the record; tick Done when finished")
        return self.tr("Not saved yet; double-click to change")

    def setData(self, index: ModelIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return False
        item, column = self.items[index.row()], index.column()
        if column == self.DONE and role == Role.CheckStateRole:
            changed = replace(item, done=_check_state(value) == Qt.CheckState.Checked)
        elif role == Role.EditRole and item.is_new and column != self.DONE:
            changed = self._edited(item, column, value)
        else:
            return False
        if changed == item:
            return True
        self.items[index.row()] = changed
        self._errors.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.edited.emit()
        return True

    def _edited(self, item: ActionItem, column: int, value: Any) -> ActionItem:
        if column == self.DESCRIPTION:
            return replace(item, description=str(value or ""))
        if column == self.OWNER:
            return replace(item, owner=str(value or ""))
        due = value.toPython() if isinstance(value, QDate) and value.isValid() else None
        return replace(item, due=due if isinstance(due, date) else None)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif self.items[index.row()].is_new:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

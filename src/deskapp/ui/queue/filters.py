"""The search box and quick filters above the queue."""

from dataclasses import replace
from datetime import UTC, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from deskapp.domain.queue import UNASSIGNED, TicketFilter
from deskapp.domain.tickets import Priority, Status, TicketType
from deskapp.services.directory import CategoryNode
from deskapp.services.records import GroupRef, PersonRef
from deskapp.ui import icons

SEARCH_DELAY_MS = 250
ANY = None


class FilterBar(QWidget):
    """Search as you type plus status, priority, type, category, assignee, group and created range."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search subject, description and conversation (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        rows.addWidget(self.search)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(layout)
        self.status = self._combo(self.tr("Any status"), [(s.label, s) for s in Status])
        self.priority = self._combo(self.tr("Any priority"), [(p.label, p) for p in reversed(Priority)])
        self.type = self._combo(self.tr("Any type"), [(t.label, t) for t in TicketType])
        self.category = self._combo(self.tr("Any category"), [])
        self.assignee = self._combo(self.tr("Anyone"), [])
        self.group = self._combo(self.tr("Any group"), [])
        for combo in (self.status, self.priority, self.type, self.category, self.assignee, self.group):
            layout.addWidget(combo, 1)
        layout.addStretch(0)
        self.dated = QCheckBox(self.tr("Created"))
        self.created_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.created_to = QDateEdit(QDate.currentDate())
        for edit in (self.created_from, self.created_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(self.changed)
        self.dated.toggled.connect(self._dates_toggled)
        layout.addWidget(self.dated)
        layout.addWidget(self.created_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.created_to)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._timer.start(SEARCH_DELAY_MS))

    def _combo(self, any_label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        combo.addItem(any_label, ANY)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _dates_toggled(self, on: bool) -> None:
        self.created_from.setEnabled(on)
        self.created_to.setEnabled(on)
        self.changed.emit()

    def set_choices(self, agents: list[PersonRef], groups: list[GroupRef], categories: list[CategoryNode]) -> None:
        """Fill the people, groups and categories (keeping the current choice)."""
        self._refill(self.assignee, [(self.tr("Unassigned"), UNASSIGNED)] + [(a.name, a.id) for a in agents])
        self._refill(self.group, [(g.name, g.id) for g in groups])
        self._refill(self.category, [(c.name, c.id) for c in categories])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def apply(self, base: TicketFilter) -> TicketFilter:
        """The view's filter narrowed by what is chosen here."""
        flt = replace(base, search=self.search.text().strip() or None)
        if self.status.currentData() is not None:
            flt = replace(flt, statuses=(self.status.currentData(),))
        if self.priority.currentData() is not None:
            flt = replace(flt, priorities=(self.priority.currentData(),))
        if self.type.currentData() is not None:
            flt = replace(flt, types=(self.type.currentData(),))
        if self.assignee.currentData() is not None:
            flt = replace(flt, assignee_ids=(self.assignee.currentData(),))
        if self.group.currentData() is not None:
            flt = replace(flt, group_ids=(self.group.currentData(),))
        if self.category.currentData() is not None:
            flt = replace(flt, category_ids=(self.category.currentData(),))
        if self.dated.isChecked():
            start = datetime.combine(self.created_from.date().toPython(), time.min).astimezone(UTC)
            end = datetime.combine(self.created_to.date().toPython(), time.max).astimezone(UTC)
            flt = replace(flt, created_from=start, created_to=end)
        return flt

    def clear(self) -> None:
        for widget in (self.status, self.priority, self.type, self.category, self.assignee, self.group):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.dated.setChecked(False)
        self.search.clear()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.search.clear()
            return
        super().keyPressEvent(event)

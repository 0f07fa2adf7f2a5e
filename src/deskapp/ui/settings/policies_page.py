"""Settings page: SLA policies in matching order, each with its targets and escalation levels."""

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.domain.sla import CLOCKS, EscalationLevel, Target
from deskapp.domain.tickets import Priority, TicketType
from deskapp.ui.icons import priority_icon
from deskapp.ui.settings.common import FieldError, heading, hint_label, mark_cell, subheading

PRIORITIES = (Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW)
FLAG_ACTIONS = ("notify_assignee", "notify_admin", "raise_priority")
WHEN_COLUMN, GROUP_COLUMN = 1, 5


@dataclass
class LevelDraft:
    """An escalation level as a table row: the 'when' as typed ('75%', 'at breach', '1 h after breach')."""

    clock: str = "resolution"
    when: str = "75%"
    actions: set[str] = field(default_factory=lambda: {"notify_assignee"})
    group: str = ""

    @classmethod
    def from_file(cls, data: dict[str, Any]) -> "LevelDraft":
        if "after_breach" in data:
            when = f"{data['after_breach']} after breach"
        else:
            when = "at breach" if str(data.get("at", "")).strip().lower() == "breach" else str(data.get("at", ""))
        actions = set(data.get("actions", []))
        group = data.get("group") or ""
        return cls(str(data.get("clock", "resolution")), when, actions - {"reassign_group"}, group)

    def to_file(self) -> dict[str, Any]:
        data: dict[str, Any] = {"clock": self.clock}
        when = " ".join(self.when.strip().lower().split())
        if when.endswith("after breach"):
            data["after_breach"] = when.removesuffix("after breach").strip() or when
        elif when in ("breach", "at breach"):
            data["at"] = "breach"
        else:
            data["at"] = when.removeprefix("at ").strip()
        data["actions"] = [action for action in FLAG_ACTIONS if action in self.actions]
        if self.group.strip():
            data["actions"].append("reassign_group")
            data["group"] = self.group.strip()
        return data


@dataclass
class PolicyDraft:
    name: str
    calendar: str
    ticket_types: list[str] = field(default_factory=list)  # empty = any
    categories: str = ""
    at_risk: str = "75%"
    targets: dict[str, dict[str, str]] = field(default_factory=dict)
    levels: list[LevelDraft] = field(default_factory=list)

    @classmethod
    def from_file(cls, data: dict[str, Any]) -> "PolicyDraft":
        return cls(
            data["name"],
            data["calendar"],
            list(data.get("ticket_types", [])),
            ", ".join(data.get("categories", [])),
            str(data.get("at_risk", "75%")),
            {p: dict(clocks) for p, clocks in data["targets"].items()},
            [LevelDraft.from_file(level) for level in data.get("escalations", [])],
        )

    def to_file(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "calendar": self.calendar,
            "ticket_types": list(self.ticket_types),
            "categories": [part.strip() for part in self.categories.split(",") if part.strip()],
            "at_risk": self.at_risk,
            "targets": {p: dict(clocks) for p, clocks in self.targets.items()},
        }
        if self.levels:
            data["escalations"] = [level.to_file() for level in self.levels]
        return data


def _share_percent(text: str) -> int:
    try:
        value = float(text.strip().removesuffix("%")) if "%" in text else float(text) * 100
    except ValueError:
        return 75
    return max(1, min(99, round(value)))


class PoliciesPage(QWidget):
    """The ordered list of policies on the left; the chosen policy's fields on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts: list[PolicyDraft] = []
        self.current = -1
        self.calendars: list[str] = []
        self._quiet = False
        self._shown_share = 0
        self._build()
        self._connect()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.policy_list = QListWidget()
        self.policy_list.setAccessibleName(self.tr("Policies, first match wins"))
        self.policy_list.setFixedWidth(200)
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.list_error = FieldError(self.policy_list)
        list_buttons = QGridLayout()
        list_buttons.addWidget(self.up_button, 0, 0)
        list_buttons.addWidget(self.down_button, 0, 1)
        list_buttons.addWidget(self.add_button, 1, 0)
        list_buttons.addWidget(self.remove_button, 1, 1)
        left = QVBoxLayout()
        left.addWidget(self.policy_list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.list_error)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Policy name"))
        self.name_error = FieldError(self.name_edit)
        self.calendar_combo = QComboBox()
        self.calendar_combo.setAccessibleName(self.tr("Calendar"))
        self.calendar_error = FieldError(self.calendar_combo)
        self.type_checks = {
            TicketType.INCIDENT.value: QCheckBox(self.tr("Incidents")),
            TicketType.REQUEST.value: QCheckBox(self.tr("Service requests")),
            TicketType.PROBLEM.value: QCheckBox(self.tr("Problems")),
        }
        self.categories_edit = QLineEdit()
        self.categories_edit.setAccessibleName(self.tr("Categories"))
        self.categories_edit.setPlaceholderText(self.tr("Any category"))
        self.applies_error = FieldError(self.categories_edit)
        self.at_risk_spin = QSpinBox()
        self.at_risk_spin.setRange(1, 99)
        self.at_risk_spin.setSuffix(self.tr(" %"))
        self.at_risk_spin.setAccessibleName(self.tr("At risk after this share of the target"))
        self.at_risk_error = FieldError(self.at_risk_spin)

        self.targets_table = QTableWidget(len(PRIORITIES), len(CLOCKS))
        self.targets_table.setAccessibleName(self.tr("Targets"))
        self.targets_table.setHorizontalHeaderLabels([self.tr("First response"), self.tr("Resolution")])
        labels = {
            Priority.URGENT: self.tr("Urgent"), Priority.HIGH: self.tr("High"),
            Priority.MEDIUM: self.tr("Medium"), Priority.LOW: self.tr("Low"),
        }  # fmt: skip
        for row, priority in enumerate(PRIORITIES):
            header = QTableWidgetItem(priority_icon(priority), labels[priority])
            self.targets_table.setVerticalHeaderItem(row, header)
            for column in range(len(CLOCKS)):
                self.targets_table.setItem(row, column, QTableWidgetItem())
        self._fit_table(self.targets_table, len(PRIORITIES))
        self.targets_error = FieldError(self.targets_table)

        self.levels_table = QTableWidget(0, 6)
        self.levels_table.setAccessibleName(self.tr("Escalation levels"))
        self.levels_table.setHorizontalHeaderLabels(
            [
                self.tr("Clock"), self.tr("When"), self.tr("Notify\nassignee"), self.tr("Notify\nadmin"),
                self.tr("Raise\npriority"), self.tr("Reassign to group"),
            ]
        )  # fmt: skip
        self.levels_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels_table.verticalHeader().hide()
        header = self.levels_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHEN_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHEN_COLUMN, self.fontMetrics().horizontalAdvance("1 h 30 m after breach") + 16)
        header.setSectionResizeMode(GROUP_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.levels_table.setMinimumHeight(self.levels_table.verticalHeader().defaultSectionSize() * 5 + 8)
        self.add_level_button = QPushButton(self.tr("Add level"))
        self.remove_level_button = QPushButton(self.tr("Remove level"))
        self.levels_error = FieldError(self.levels_table)
        self.policy_error = FieldError()

        types = QHBoxLayout()
        for check in self.type_checks.values():
            types.addWidget(check)
        types.addStretch(1)
        applies = QVBoxLayout()
        applies.setSpacing(4)
        applies.addLayout(types)
        applies.addWidget(self.categories_edit)
        applies.addWidget(hint_label(self.tr("Top-level categories, separated by commas (e.g. Hardware, Network).")))
        applies.addWidget(self.applies_error)
        at_risk = QHBoxLayout()
        at_risk.addWidget(self.at_risk_spin)
        at_risk.addWidget(hint_label(self.tr("of the target: the ticket shows as at risk")), 1)
        targets = QVBoxLayout()
        targets.setSpacing(4)
        targets.addWidget(self.targets_table)
        targets.addWidget(hint_label(self.tr("Like 4 business hours, 30 minutes, 1 business day or 2 calendar days.")))
        targets.addWidget(self.targets_error)
        level_buttons = QHBoxLayout()
        level_buttons.addWidget(self.add_level_button)
        level_buttons.addWidget(self.remove_level_button)
        level_buttons.addStretch(1)
        levels = QVBoxLayout()
        levels.setSpacing(4)
        levels.addWidget(self.levels_table)
        levels.addLayout(level_buttons)
        levels.addWidget(
            hint_label(self.tr("When: a share of the target (50%), at breach, or a time after it (1 h after breach)."))
        )
        levels.addWidget(self.levels_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Name"), self.name_edit), self._with_error(self.name_edit, self.name_error))
        form.addRow(
            self._label(self.tr("&Calendar"), self.calendar_combo),
            self._with_error(self.calendar_combo, self.calendar_error),
        )
        form.addRow(self._label(self.tr("Applies to"), self.type_checks[TicketType.INCIDENT.value]), applies)
        form.addRow(
            self._label(self.tr("&At risk at"), self.at_risk_spin), self._with_error_layout(at_risk, self.at_risk_error)
        )
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 4, 0)
        editor.addWidget(self.policy_error)
        editor.addLayout(form)
        editor.addSpacing(6)
        editor.addWidget(subheading(self.tr("Targets")))
        editor.addLayout(targets)
        editor.addSpacing(6)
        editor.addWidget(subheading(self.tr("Escalation")))
        editor.addLayout(levels)
        editor.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)

        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("SLA policies"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "The first policy that matches a ticket sets its response and resolution targets. The last "
                    "policy applies to every other ticket."
                )
            )
        )
        layout.addLayout(columns, 1)

    @staticmethod
    def _fit_table(table: QTableWidget, rows: int) -> None:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().defaultSectionSize() * rows
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _with_error(field_widget: QWidget, error: FieldError) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field_widget)
        box.addWidget(error)
        return box

    @staticmethod
    def _with_error_layout(inner: QHBoxLayout, error: FieldError) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(inner)
        box.addWidget(error)
        return box

    def _connect(self) -> None:
        self.policy_list.currentRowChanged.connect(self._select)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.name_edit.textEdited.connect(self._name_edited)
        for check in self.type_checks.values():
            check.toggled.connect(self._type_toggled)
        self.targets_table.itemChanged.connect(self._target_changed)
        self.levels_table.itemChanged.connect(lambda _item: self._check_levels())
        self.add_level_button.clicked.connect(self._add_level)
        self.remove_level_button.clicked.connect(self._remove_level)

    # --- loading and storing ------------------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        self.drafts = [PolicyDraft.from_file(policy) for policy in data["policies"]]
        self.current = -1
        self._fill_list(0)
        self.clear_errors()

    def store(self, data: dict[str, Any]) -> None:
        self._keep_current()
        data["policies"] = [draft.to_file() for draft in self.drafts]

    def set_calendars(self, names: list[str]) -> None:
        self._keep_current()  # the calendar chosen on screen survives a change of the list
        self.calendars = list(names)
        self._fill_calendars(self.draft.calendar if self.draft else "")

    def rename_calendar(self, old: str, new: str) -> None:
        self._keep_current()
        for draft in self.drafts:
            if draft.calendar == old:
                draft.calendar = new
        self._fill_calendars(self.draft.calendar if self.draft else "")

    def policies_using(self, calendar: str) -> list[str]:
        self._keep_current()
        return [draft.name for draft in self.drafts if draft.calendar == calendar]

    def _fill_calendars(self, selected: str) -> None:
        self._quiet = True
        self.calendar_combo.clear()
        names = self.calendars if selected in self.calendars or not selected else [*self.calendars, selected]
        self.calendar_combo.addItems(names)
        self.calendar_combo.setCurrentIndex(max(0, self.calendar_combo.findText(selected)))
        self._quiet = False

    def _fill_list(self, select: int) -> None:
        self._quiet = True
        self.policy_list.clear()
        for number, draft in enumerate(self.drafts, start=1):
            self.policy_list.addItem(f"{number}. {draft.name}")
        self._quiet = False
        self.current = -1
        self.policy_list.setCurrentRow(select)
        self._select(select)

    @property
    def draft(self) -> PolicyDraft | None:
        return self.drafts[self.current] if 0 <= self.current < len(self.drafts) else None

    def _select(self, row: int) -> None:
        if self._quiet or row == self.current:
            return
        self._keep_current()
        self.current = row
        self._show()

    def _keep_current(self) -> None:
        draft = self.draft
        if draft is None:
            return
        draft.name = self.name_edit.text()
        draft.calendar = self.calendar_combo.currentText()
        checked = [value for value, check in self.type_checks.items() if check.isChecked()]
        draft.ticket_types = [] if len(checked) == len(self.type_checks) else checked
        draft.categories = self.categories_edit.text()
        if self.at_risk_spin.value() != self._shown_share:
            draft.at_risk = f"{self.at_risk_spin.value()}%"
        draft.targets = {
            priority.value: {
                clock: self.targets_table.item(row, column).text().strip() for column, clock in enumerate(CLOCKS)
            }
            for row, priority in enumerate(PRIORITIES)
        }
        draft.levels = [self._level_at(row) for row in range(self.levels_table.rowCount())]

    def _show(self) -> None:
        draft = self.draft
        self.editor.setEnabled(draft is not None)
        for error in (self.name_error, self.calendar_error, self.applies_error, self.at_risk_error,
                      self.targets_error, self.levels_error, self.policy_error):  # fmt: skip
            error.clear_message()
        if draft is None:
            return
        self._quiet = True
        self.name_edit.setText(draft.name)
        self._fill_calendars(draft.calendar)
        self._quiet = True
        for value, check in self.type_checks.items():
            check.setChecked(not draft.ticket_types or value in draft.ticket_types)
        self.categories_edit.setText(draft.categories)
        self._shown_share = _share_percent(draft.at_risk)
        self.at_risk_spin.setValue(self._shown_share)
        self.targets_table.blockSignals(True)
        for row, priority in enumerate(PRIORITIES):
            for column, clock in enumerate(CLOCKS):
                text = draft.targets.get(priority.value, {}).get(clock, "")
                self.targets_table.item(row, column).setText(text)
        self.targets_table.blockSignals(False)
        self.levels_table.blockSignals(True)
        self.levels_table.setRowCount(0)
        for level in draft.levels:
            self._append_level(level)
        self.levels_table.blockSignals(False)
        self._quiet = False
        self._check_targets()
        self._check_levels()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.up_button.setEnabled(self.current > 0)
        self.down_button.setEnabled(0 <= self.current < len(self.drafts) - 1)
        self.remove_button.setEnabled(len(self.drafts) > 1)

    # --- the list -------------------------------------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        self.name_error.clear_message()
        item = self.policy_list.item(self.current)
        if item is not None:
            item.setText(f"{self.current + 1}. {text}")

    def _move(self, step: int) -> None:
        row = self.current
        target = row + step
        if not (0 <= row < len(self.drafts) and 0 <= target < len(self.drafts)):
            return
        self._keep_current()
        self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
        self._fill_list(target)

    def _add(self) -> None:
        self._keep_current()
        template = self.drafts[-1] if self.drafts else None
        names = {d.name.casefold() for d in self.drafts}
        number = 1
        while f"new policy {number}" in names:
            number += 1
        draft = PolicyDraft(
            self.tr("New policy {number}").format(number=number),
            template.calendar if template else (self.calendars[0] if self.calendars else ""),
            [TicketType.INCIDENT.value],
            "",
            "75%",
            {p: dict(c) for p, c in template.targets.items()} if template else {},
        )
        index = max(0, len(self.drafts) - 1)  # before the policy that catches every other ticket
        self.drafts.insert(index, draft)
        self._fill_list(index)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _remove(self) -> None:
        if len(self.drafts) <= 1 or self.draft is None:
            return
        index = self.current
        self.current = -1
        del self.drafts[index]
        self._fill_list(min(index, len(self.drafts) - 1))

    def _type_toggled(self, checked: bool) -> None:
        if self._quiet or checked:
            return
        if not any(check.isChecked() for check in self.type_checks.values()):
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                sender.setChecked(True)
            self.applies_error.show_message(self.tr("A policy applies to at least one ticket type."))

    # --- targets and escalation levels ----------------------------------------------------------------

    def _target_changed(self, item: QTableWidgetItem) -> None:
        if not self._quiet:
            self._check_targets()

    def _check_targets(self) -> bool:
        first = ""
        for row in range(len(PRIORITIES)):
            for column in range(len(CLOCKS)):
                item = self.targets_table.item(row, column)
                message = ""
                try:
                    Target.parse(item.text())
                except DeskappError:
                    header = self.targets_table.verticalHeaderItem(row).text()
                    clock_name = self.targets_table.horizontalHeaderItem(column).text()
                    message = self.tr("{priority}, {clock}: '{text}' is not a target like 4 business hours").format(
                        priority=header, clock=clock_name.lower(), text=item.text()
                    )
                self.targets_table.blockSignals(True)
                mark_cell(item, message, self)
                self.targets_table.blockSignals(False)
                first = first or message
        if first:
            self.targets_error.show_message(first)
        else:
            self.targets_error.clear_message()
        return not first

    def _append_level(self, level: LevelDraft) -> None:
        row = self.levels_table.rowCount()
        self.levels_table.insertRow(row)
        clock = QComboBox()
        clock.addItem(self.tr("First response"), "response")
        clock.addItem(self.tr("Resolution"), "resolution")
        clock.setCurrentIndex(max(0, clock.findData(level.clock)))
        clock.currentIndexChanged.connect(lambda _i: self._check_levels())
        self.levels_table.setCellWidget(row, 0, clock)
        self.levels_table.setItem(row, WHEN_COLUMN, QTableWidgetItem(level.when))
        for column, action in enumerate(FLAG_ACTIONS, start=2):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if action in level.actions else Qt.CheckState.Unchecked)
            self.levels_table.setItem(row, column, item)
        self.levels_table.setItem(row, GROUP_COLUMN, QTableWidgetItem(level.group))

    def _level_at(self, row: int) -> LevelDraft:
        clock = self.levels_table.cellWidget(row, 0)
        assert isinstance(clock, QComboBox)
        actions = {
            action
            for column, action in enumerate(FLAG_ACTIONS, start=2)
            if self.levels_table.item(row, column).checkState() == Qt.CheckState.Checked
        }
        return LevelDraft(
            clock.currentData(),
            self.levels_table.item(row, WHEN_COLUMN).text(),
            actions,
            self.levels_table.item(row, GROUP_COLUMN).text(),
        )

    def _check_levels(self) -> bool:
        if self._quiet:
            return True
        first = ""
        for row in range(self.levels_table.rowCount()):
            message = ""
            try:
                EscalationLevel.from_dict(self._level_at(row).to_file(), self.tr("Level {n}").format(n=row + 1))
            except DeskappError as error:
                message = error.message
            self.levels_table.blockSignals(True)
            mark_cell(self.levels_table.item(row, WHEN_COLUMN), message, self)
            self.levels_table.blockSignals(False)
            first = first or message
        if first:
            self.levels_error.show_message(first)
        else:
            self.levels_error.clear_message()
        return not first

    def _add_level(self) -> None:
        self._append_level(LevelDraft())
        self._check_levels()

    def _remove_level(self) -> None:
        rows = sorted({index.row() for index in self.levels_table.selectedIndexes()}, reverse=True)
        if not rows and self.levels_table.rowCount():
            rows = [self.levels_table.rowCount() - 1]
        for row in rows:
            self.levels_table.removeRow(row)
        self._check_levels()

    # --- errors -------------------------------------------------------------------------------------

    def problems(self) -> list[QWidget]:
        found: list[QWidget] = []
        if self.draft is None:
            return found
        if not self._check_targets():
            found.append(self.targets_table)
        if not self._check_levels():
            found.append(self.levels_table)
        return found

    def clear_errors(self) -> None:
        for error in (self.list_error, self.policy_error, self.name_error, self.calendar_error, self.applies_error,
                      self.at_risk_error):  # fmt: skip
            error.clear_message()
        if self.draft is not None:
            self._check_targets()
            self._check_levels()

    def show_error(self, path: tuple[Any, ...], message: str) -> QWidget | None:
        if len(path) < 2 or not isinstance(path[1], int) or not 0 <= path[1] < len(self.drafts):
            self.list_error.show_message(message)
            return self.policy_list
        self.policy_list.setCurrentRow(path[1])
        key = path[2] if len(path) > 2 else None
        targets = {
            "name": (self.name_error, self.name_edit),
            "calendar": (self.calendar_error, self.calendar_combo),
            "ticket_types": (self.applies_error, self.categories_edit),
            "categories": (self.applies_error, self.categories_edit),
            "at_risk": (self.at_risk_error, self.at_risk_spin),
            "targets": (self.targets_error, self.targets_table),
            "escalations": (self.levels_error, self.levels_table),
        }
        error, widget = targets.get(key, (self.policy_error, self.name_edit))  # type: ignore[arg-type]
        error.show_message(message)
        return widget

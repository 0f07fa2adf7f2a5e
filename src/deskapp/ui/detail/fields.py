"""The editable fields of one ticket: what they show, what the person changed, and errors beside them.

Each field is compared with the ticket as last loaded; only the changed ones go into the TicketChanges,
so a Save is one small, atomic edit. A reload keeps what the person is still editing.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.categories import join_path
from deskapp.domain.lifecycle import allowed_targets
from deskapp.domain.tickets import Level, Priority, Status, TicketType
from deskapp.services.directory import CategoryNode
from deskapp.services.records import GroupRef, PersonRef, TicketDetail
from deskapp.services.tickets import AUTO, TicketChanges
from deskapp.ui.detail import style
from deskapp.ui.detail.format import strip_field_prefix

Value = str | bool

# Which field an error names (DeskappError.field) -> the editor it belongs beside.
ERROR_FIELDS = {
    "subject": "subject",
    "description": "description",
    "status": "status",
    "resolution": "status",
    "impact": "impact",
    "urgency": "urgency",
    "priority": "priority",
    "reason": "reason",
    "category": "category",
    "assignee": "assignee",
    "group": "group",
    "tag": "tags",
    "tags": "tags",
    "major": "major",
    "problem": "problem",
    "root cause": "root_cause",
    "root_cause": "root_cause",
}


@dataclass(frozen=True)
class Choices:
    """What the combo boxes offer, read from the directory with the ticket."""

    agents: tuple[PersonRef, ...] = ()
    groups: tuple[GroupRef, ...] = ()
    categories: tuple[CategoryNode, ...] = ()


def _tag_set(text: str) -> frozenset[str]:
    return frozenset(t.strip().lower() for t in text.replace(";", ",").split(",") if t.strip())


def _normal(key: str, value: Value) -> Value:
    """The form two values are compared in: 'a, b' equals 'b,a'; spaces around text don't count."""
    if isinstance(value, bool):
        return value
    if key == "tags":
        return ", ".join(sorted(_tag_set(value)))
    if key == "problem":
        return value.strip().upper()
    if key in ("description", "root_cause"):
        return value.rstrip()
    return value.strip()


def baseline(ticket: TicketDetail) -> dict[str, Value]:
    """The ticket's fields in the form the editors hold them."""
    return {
        "subject": ticket.subject,
        "description": ticket.description,
        "status": ticket.status.value,
        "impact": ticket.impact.value,
        "urgency": ticket.urgency.value,
        "priority": AUTO if ticket.priority_reason is None else ticket.priority.value,
        "reason": ticket.priority_reason or "",
        "category": ticket.category or "",
        "subcategory": ticket.subcategory or "",
        "assignee": str(ticket.assignee.id) if ticket.assignee else "none",
        "group": ticket.group.name if ticket.group else "none",
        "tags": ", ".join(ticket.tags),
        "major": ticket.major,
        "problem": ticket.problem or "",
        "root_cause": ticket.root_cause or "",
    }


class LinesEdit(QPlainTextEdit):
    """A text box as tall as a number of lines of its font (so it scales with the font and the screen)."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines

    def sizeHint(self) -> QSize:
        frame = 2 * self.frameWidth() + int(self.document().documentMargin() * 2)
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * self._lines + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class ShortCombo(QComboBox):
    """A combo box that may show a shorter text when closed (the list keeps the full item texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display_text = ""

    def set_display_text(self, text: str) -> None:
        self.display_text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if self.display_text:
            option.currentText = self.display_text
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class _Field:
    """An editor with an error line under it, as one cell of the form."""

    def __init__(self, editor: QWidget) -> None:
        self.editor = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.cell = QWidget()
        box = QVBoxLayout(self.cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(self.error)


class TicketFields(QObject):
    """Owns the editors; the detail widget places them (subject in the header, the rest in a form)."""

    edited = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = parent
        self._base: dict[str, Value] = {}
        self._ref: str | None = None
        self._type = TicketType.INCIDENT
        self._choices = Choices()
        self._loading = False

        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("No description yet"))
        self.description.setTabChangesFocus(True)
        self.status = self._combo()
        self.impact = self._combo()
        self.urgency = self._combo()
        self.priority = self._combo(ShortCombo())
        self._automatic_priority = ""
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this priority instead of the automatic one?"))
        self.category = self._combo()
        self.subcategory = self._combo()
        self.assignee = self._combo()
        self.group = self._combo()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. vpn, laptop"))
        self.major = QCheckBox(self.tr("Major incident"))
        self.problem = QLineEdit()
        self.problem.setPlaceholderText(self.tr("e.g. PRB-3"))
        self.root_cause = LinesEdit(4)
        self.root_cause.setTabChangesFocus(True)
        self.root_cause.setPlaceholderText(self.tr("What really caused it"))

        self._fill_static_choices()
        self.fields: dict[str, _Field] = {
            key: _Field(getattr(self, key))
            for key in (
                "subject",
                "description",
                "status",
                "impact",
                "urgency",
                "priority",
                "reason",
                "category",
                "subcategory",
                "assignee",
                "group",
                "tags",
                "major",
                "problem",
                "root_cause",
            )
        }
        self.form_widget = QWidget()
        self.form = self._build_form()
        self._connect()
        self.apply_palette()

    # --- building ----------------------------------------------------------------------------------

    def _combo(self, combo: QComboBox | None = None) -> QComboBox:
        combo = combo or QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _fill_static_choices(self) -> None:
        for combo in (self.impact, self.urgency):
            for level in Level:
                combo.addItem(level.label, level.value)
        self.priority.addItem(self.tr("Automatic (from impact × urgency)"), AUTO)
        for priority in Priority:
            self.priority.addItem(priority.label, priority.value)

    def _build_form(self) -> QGridLayout:
        """Label | editor-with-error-under-it; a grid, because it sizes wrapped error lines correctly."""
        grid = QGridLayout(self.form_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        rows = [
            ("status", self.tr("Status")),
            ("impact", self.tr("Impact")),
            ("urgency", self.tr("Urgency")),
            ("priority", self.tr("Priority")),
            ("reason", self.tr("Reason")),
            ("category", self.tr("Category")),
            ("subcategory", self.tr("Subcategory")),
            ("assignee", self.tr("Assignee")),
            ("group", self.tr("Support group")),
            ("tags", self.tr("Tags")),
            ("major", ""),
            ("problem", self.tr("Problem")),
            ("root_cause", self.tr("Root cause")),
        ]
        self.labels: dict[str, QLabel] = {}
        for row, (key, text) in enumerate(rows):
            field = self.fields[key]
            label = QLabel(text)
            label.setBuddy(field.editor)
            # As tall as its editor, so the text lines up with it even when an error grows the row.
            label.setMinimumHeight(min(field.editor.sizeHint().height(), self.status.sizeHint().height()))
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.labels[key] = label
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field.cell, row, 1)
        return grid

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self.labels[key].setVisible(visible)
        self.fields[key].cell.setVisible(visible)

    def _connect(self) -> None:
        for edit in (self.subject, self.reason, self.tags, self.problem):
            edit.textEdited.connect(self._changed)
        for text in (self.description, self.root_cause):
            text.textChanged.connect(self._changed)
        for combo in (self.status, self.assignee, self.group, self.subcategory):
            combo.activated.connect(self._changed)
        for combo in (self.impact, self.urgency):
            combo.activated.connect(self._priority_changed)
        self.priority.currentIndexChanged.connect(self._priority_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.major.toggled.connect(self._changed)

    def apply_palette(self) -> None:
        colour = style.error_colour(self._owner.palette()).name()
        for field in self.fields.values():
            field.error.setStyleSheet(f"color: {colour};")

    # --- showing a ticket --------------------------------------------------------------------------

    def load(self, ticket: TicketDetail, choices: Choices) -> None:
        """Show the ticket; fields the person changed since the last load keep their edit."""
        kept: dict[str, Value] = {}
        if ticket.ref == self._ref:
            current = self.values()
            kept = {k: v for k, v in current.items() if _normal(k, v) != _normal(k, self._base[k])}
        self._ref, self._type, self._choices = ticket.ref, ticket.type, choices
        self._base = baseline(ticket)
        self._automatic_priority = ticket.priority.label if ticket.priority_reason is None else ""
        self._loading = True
        try:
            self._fill_choices(ticket)
            wanted = self._base | kept
            if wanted["status"] != self._base["status"] and self.status.findData(wanted["status"]) < 0:
                wanted["status"] = self._base["status"]
            self._set_values(wanted)
        finally:
            self._loading = False
        self._show_rows_for(ticket.type)
        self._update_reason_row()
        self.clear_errors()
        self.edited.emit()

    def _fill_choices(self, ticket: TicketDetail) -> None:
        self.status.clear()
        targets = allowed_targets(ticket.status)
        for status in Status:
            if status is ticket.status or status in targets:
                self.status.addItem(status.label, status.value)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), "none")
        for agent in self._choices.agents:
            self.assignee.addItem(agent.name, str(agent.id))
        if ticket.assignee and self.assignee.findData(str(ticket.assignee.id)) < 0:
            self.assignee.addItem(
                self.tr("{name} (inactive)").format(name=ticket.assignee.name), str(ticket.assignee.id)
            )
        self.group.clear()
        self.group.addItem(self.tr("None"), "none")
        for group in self._choices.groups:
            self.group.addItem(self.tr("{name} (tier {tier})").format(name=group.name, tier=group.tier), group.name)
        if ticket.group and self.group.findData(ticket.group.name) < 0:
            self.group.addItem(ticket.group.name, ticket.group.name)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("None"), "")
        for node in self._choices.categories:
            self.category.addItem(node.name, node.name)
        if ticket.category and self.category.findData(ticket.category) < 0:
            self.category.addItem(ticket.category, ticket.category)
        self.category.blockSignals(False)

    def _fill_subcategories(self, category: str, keep: str = "") -> None:
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("None"), "")
        children = next((n.children for n in self._choices.categories if n.name == category), ())
        for child in children:
            self.subcategory.addItem(child, child)
        if keep and self.subcategory.findData(keep) < 0:
            self.subcategory.addItem(keep, keep)
        self.subcategory.setEnabled(self.subcategory.count() > 1)

    def _set_values(self, values: dict[str, Value]) -> None:
        if self.subject.text() != values["subject"]:
            self.subject.setText(str(values["subject"]))
            self.subject.setCursorPosition(0)
        if self.description.toPlainText() != values["description"]:
            self.description.setPlainText(str(values["description"]))
        for key in ("status", "impact", "urgency", "priority", "assignee", "group", "category"):
            combo: QComboBox = getattr(self, key)
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        self._fill_subcategories(str(values["category"]), str(values["subcategory"]))
        self.subcategory.setCurrentIndex(max(0, self.subcategory.findData(values["subcategory"])))
        for edit, key in ((self.reason, "reason"), (self.tags, "tags"), (self.problem, "problem")):
            if edit.text() != values[key]:
                edit.setText(str(values[key]))
                edit.setCursorPosition(0)
        self.major.setChecked(bool(values["major"]))
        if self.root_cause.toPlainText() != values["root_cause"]:
            self.root_cause.setPlainText(str(values["root_cause"]))

    def _show_rows_for(self, ticket_type: TicketType) -> None:
        incident = ticket_type is TicketType.INCIDENT
        self._set_row_visible("major", incident)
        self._set_row_visible("problem", incident)
        self._set_row_visible("root_cause", ticket_type is not TicketType.REQUEST)

    # --- editing -----------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _priority_changed(self, *_args: object) -> None:
        self._update_reason_row()
        self._changed()

    def _category_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._fill_subcategories(str(self.category.currentData() or ""))
        self._changed()

    def _update_reason_row(self) -> None:
        """Show the reason only for a priority chosen by hand; say what 'automatic' currently gives."""
        override = self.priority.currentData() != AUTO
        self._set_row_visible("reason", override)
        combo = self.priority
        if isinstance(combo, ShortCombo):
            known = self._automatic_priority and not {"impact", "urgency"} & self.dirty()
            text = self.tr("Automatic: {priority}").format(priority=self._automatic_priority) if known else ""
            combo.set_display_text("" if override else text or self.tr("Automatic"))
            combo.setToolTip(self.tr("Automatic (from impact × urgency)") if not override else "")

    def values(self) -> dict[str, Value]:
        return {
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "status": str(self.status.currentData() or ""),
            "impact": str(self.impact.currentData() or ""),
            "urgency": str(self.urgency.currentData() or ""),
            "priority": str(self.priority.currentData() or AUTO),
            "reason": self.reason.text(),
            "category": str(self.category.currentData() or ""),
            "subcategory": str(self.subcategory.currentData() or ""),
            "assignee": str(self.assignee.currentData() or "none"),
            "group": str(self.group.currentData() or "none"),
            "tags": self.tags.text(),
            "major": self.major.isChecked(),
            "problem": self.problem.text(),
            "root_cause": self.root_cause.toPlainText(),
        }

    def dirty(self) -> set[str]:
        """The fields whose value differs from the ticket as loaded."""
        if not self._base:
            return set()
        return {k for k, v in self.values().items() if _normal(k, v) != _normal(k, self._base[k])}

    def revert(self) -> None:
        if not self._base:
            return
        self._loading = True
        try:
            self._set_values(self._base)
        finally:
            self._loading = False
        self._update_reason_row()
        self.clear_errors()
        self.edited.emit()

    def changes(self) -> TicketChanges | None:
        """Everything edited, as one TicketChanges; None when nothing was."""
        dirty = self.dirty()
        if not dirty:
            return None
        v = self.values()
        changes = TicketChanges()
        simple: dict[str, Callable[[], object]] = {
            "subject": lambda: str(v["subject"]).strip(),
            "description": lambda: str(v["description"]).rstrip(),
            "status": lambda: v["status"],
            "impact": lambda: v["impact"],
            "urgency": lambda: v["urgency"],
            "assignee": lambda: v["assignee"],
            "group": lambda: v["group"],
            "major": lambda: v["major"],
            "root_cause": lambda: str(v["root_cause"]).rstrip(),
            "problem": lambda: str(v["problem"]).strip() or "none",
        }
        for key, value in simple.items():
            if key in dirty:
                setattr(changes, key, value())
        if dirty & {"priority", "reason"}:
            changes.priority = str(v["priority"])
            changes.priority_reason = None if v["priority"] == AUTO else str(v["reason"]).strip()
        if dirty & {"category", "subcategory"}:
            changes.category = join_path(str(v["category"]) or None, str(v["subcategory"]) or None)
        if "tags" in dirty:
            old, new = _tag_set(str(self._base["tags"])), _tag_set(str(v["tags"]))
            changes.add_tags = sorted(new - old)
            changes.remove_tags = sorted(old - new)
        return changes

    # --- errors ------------------------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> bool:
        """Put the message under the field it names; False when no field here matches."""
        key = ERROR_FIELDS.get((field or "").lower())
        if key == "reason" and self.fields["reason"].cell.isHidden():
            key = "priority"
        if key is None or self.fields[key].cell.isHidden():
            return False
        target = self.fields[key]
        target.error.setText(strip_field_prefix(message, field))
        target.error.show()
        target.editor.setFocus()
        return True

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.clear()
            field.error.hide()

    def errors(self) -> dict[str, str]:
        """Shown error messages by field, for tests and accessibility checks."""
        return {k: f.error.text() for k, f in self.fields.items() if not f.error.isHidden()}

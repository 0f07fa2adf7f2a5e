"""Log a call: the admin on the phone types who is calling and what's wrong, and gets a ticket number.

One compact grid; the caller is completed from known requesters (name or email), a new email makes a
new requester. The priority the matrix gives for the chosen impact and urgency is shown as it changes.
"""

import re
from concurrent.futures import Future

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import validation
from deskapp.domain.categories import join_path
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.priority import DEFAULT_MATRIX
from deskapp.domain.tickets import Level, Priority, Source
from deskapp.services.directory import CategoryNode
from deskapp.services.records import PersonRef, TicketDetail
from deskapp.services.tickets import NewTicket
from deskapp.services.workspace import Workspace
from deskapp.ui.drafts import DraftStore
from deskapp.ui.form.widgets import FieldError, TextBox, scaled_font, show_error
from deskapp.ui.icons import icon, priority_icon
from deskapp.ui.ops import Change, Ops

DRAFT = "log-call"
COMPLETION_DELAY_MS = 200
DEFAULT_LEVEL = Level.MEDIUM.value
_ADDRESS = re.compile(r"^(?P<name>.*?)\s*<(?P<email>[^<>]+)>$")


def person_text(person: PersonRef) -> str:
    """How a requester is offered for completion: 'Ann Smith <ann@example.com>'."""
    return f"{person.name} <{person.email}>" if person.email else person.name


def parse_caller(text: str, known: list[PersonRef]) -> tuple[str | None, str | None]:
    """(email, name) from what was typed: 'Name <email>', an email, or a name (matched to a known one)."""
    cleaned = " ".join(text.split())
    match = _ADDRESS.match(cleaned)
    if match:
        return match["email"].strip(), match["name"].strip() or None
    if "@" in cleaned:
        return cleaned, None
    for person in known:
        if person.name.lower() == cleaned.lower():
            return person.email, person.name
    return None, cleaned or None


class LogCallDialog(QDialog):
    """Log a phone call as a ticket in a few keystrokes; Enter logs it."""

    logged = Signal(str)  # the new ticket's ref

    def __init__(self, workspace: Workspace, ops: Ops, drafts: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.drafts = drafts
        self._quiet = True
        self._known: list[PersonRef] = []
        self._categories_loaded = False
        self._pending_category = ""
        self._sending: Future[object] | None = None
        self.last_ref = ""
        self.setWindowTitle(self.tr("Log a call — deskapp"))
        self.setWindowIcon(icon("log-call"))
        self._build()
        self._connect()
        self._restore()
        self._quiet = False
        self._show_priority()
        self.ops.run(self.workspace.directory.categories, self._set_categories, label=self.tr("Loading categories…"))

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.caller_edit = QLineEdit()
        self.caller_edit.setAccessibleName(self.tr("Caller"))
        self.caller_edit.setPlaceholderText(self.tr("Name or email"))
        self.caller_edit.setMaxLength(validation.NAME_MAX + 260)
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.caller_edit.setCompleter(self.completer)
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(COMPLETION_DELAY_MS)

        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("What's wrong?"))
        self.subject_edit.setMaxLength(validation.SUBJECT_MAX)
        self.subject_edit.setPlaceholderText(self.tr("In a few words"))

        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItem(self.tr("Not sure"), "")

        self.impact_combo = self._level_combo(
            self.tr("Impact"),
            [self.tr("Low — one person"), self.tr("Medium — a team"), self.tr("High — whole office")],
        )
        self.urgency_combo = self._level_combo(
            self.tr("Urgency"),
            [self.tr("Low — can wait"), self.tr("Medium — slowed down"), self.tr("High — can't work")],
        )
        self.priority_icon = QLabel()
        self.priority_label = QLabel()
        self.priority_label.setFont(scaled_font(self.priority_label, 1.0, bold=True))
        self.priority_label.setToolTip(self.tr("From the priority matrix: impact × urgency"))

        self.notes_edit = TextBox(lines=3)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What the caller said, what you tried…"))

        self.assign_check = QCheckBox(self.tr("Assign to me ({name})").format(name=self.workspace.actor.name))
        self.assign_check.setChecked(True)

        self.caller_error = FieldError(self.caller_edit)
        self.subject_error = FieldError(self.subject_edit)
        self.category_error = FieldError(self.category_combo)
        self.notes_error = FieldError(self.notes_edit)
        self.general_error = FieldError()
        self.errors: dict[str, FieldError] = {
            "requester": self.caller_error,
            "requester name": self.caller_error,
            "subject": self.subject_error,
            "category": self.category_error,
            "description": self.notes_error,
            "assignee": self.general_error,
        }

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self._add_label(grid, self.tr("&Caller"), self.caller_edit, 0, 0)
        self._add_label(grid, self.tr("&What's wrong?"), self.subject_edit, 0, 1, 3)
        grid.addWidget(self.caller_edit, 1, 0)
        grid.addWidget(self.subject_edit, 1, 1, 1, 3)
        grid.addWidget(self.caller_error, 2, 0)
        grid.addWidget(self.subject_error, 2, 1, 1, 3)
        self._add_label(grid, self.tr("Ca&tegory"), self.category_combo, 3, 0)
        self._add_label(grid, self.tr("&Impact"), self.impact_combo, 3, 1)
        self._add_label(grid, self.tr("&Urgency"), self.urgency_combo, 3, 2)
        grid.addWidget(QLabel(self.tr("Priority")), 3, 3)
        grid.addWidget(self.category_combo, 4, 0)
        grid.addWidget(self.impact_combo, 4, 1)
        grid.addWidget(self.urgency_combo, 4, 2)
        priority = QHBoxLayout()
        priority.setSpacing(4)
        priority.addWidget(self.priority_icon)
        priority.addWidget(self.priority_label, 1)
        grid.addLayout(priority, 4, 3)
        grid.addWidget(self.category_error, 5, 0, 1, 4)
        grid.setRowMinimumHeight(5, 6)
        self._add_label(grid, self.tr("&Notes (optional)"), self.notes_edit, 6, 0, 4)
        grid.addWidget(self.notes_edit, 7, 0, 1, 4)
        grid.addWidget(self.notes_error, 8, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(7, 1)

        self.buttons = QDialogButtonBox()
        self.log_button = QPushButton(self.tr("Log call"))
        self.log_button.setDefault(True)
        self.log_button.setToolTip(self.tr("Log the call as a ticket (Enter)"))
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Status"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.assign_check)
        bottom.addSpacing(12)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        self.resize(760, 0)
        self.setMinimumWidth(560)

    def _level_combo(self, name: str, labels: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for level, label in zip(Level, labels, strict=True):
            combo.addItem(label, level.value)
        combo.setCurrentIndex(combo.findData(DEFAULT_LEVEL))
        return combo

    @staticmethod
    def _add_label(grid: QGridLayout, text: str, buddy: QWidget, row: int, column: int, span: int = 1) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        grid.addWidget(label, row, column, 1, span)

    def _connect(self) -> None:
        self.caller_edit.textEdited.connect(self._caller_edited)
        self._completion_timer.timeout.connect(self._fetch_completions)
        self.subject_edit.textEdited.connect(self.subject_error.clear_message)
        for edit in (self.caller_edit, self.subject_edit):
            edit.textChanged.connect(self._save_draft)
        self.notes_edit.textChanged.connect(self._save_draft)
        self.notes_edit.textChanged.connect(self.notes_error.clear_message)
        self.category_combo.currentIndexChanged.connect(self._save_draft)
        self.category_combo.currentIndexChanged.connect(self.category_error.clear_message)
        for combo in (self.impact_combo, self.urgency_combo):
            combo.currentIndexChanged.connect(self._show_priority)
            combo.currentIndexChanged.connect(self._save_draft)
        self.assign_check.toggled.connect(self._save_draft)
        self.log_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self.submit)
        self.ops.unexpected.connect(self._unexpected)

    # --- live parts ----------------------------------------------------------------------------

    def priority(self) -> str:
        """The priority the default matrix gives; the service applies the office's own matrix."""
        impact = Level(self.impact_combo.currentData())
        urgency = Level(self.urgency_combo.currentData())
        return DEFAULT_MATRIX.priority(impact, urgency).value

    def _show_priority(self) -> None:
        priority = Priority(self.priority())
        names = {
            Priority.LOW: self.tr("Low"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }
        self.priority_label.setText(names[priority])
        self.priority_label.setAccessibleName(self.tr("Priority: {priority}").format(priority=names[priority]))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.priority_icon.setPixmap(priority_icon(priority).pixmap(QSize(size, size), self.devicePixelRatioF()))

    def _caller_edited(self) -> None:
        self.caller_error.clear_message()
        self._completion_timer.start()

    def _fetch_completions(self) -> None:
        prefix = self.caller_edit.text().strip()
        if not prefix or "<" in prefix or not self.isVisible():
            return
        directory = self.workspace.directory
        self.ops.run(lambda: directory.requesters(prefix), lambda people: self._set_completions(prefix, people))

    def _set_completions(self, prefix: str, people: list[PersonRef]) -> None:
        self._known = people
        self._completions.setStringList([person_text(p) for p in people])
        if self.caller_edit.hasFocus() and self.caller_edit.text().strip() == prefix:
            self.completer.setCompletionPrefix(prefix)
            self.completer.complete()

    def completions(self) -> list[str]:
        return self._completions.stringList()

    def _set_categories(self, nodes: list[CategoryNode]) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            self.category_combo.clear()
            self.category_combo.addItem(self.tr("Not sure"), "")
            for node in nodes:
                self.category_combo.addItem(node.name, node.name)
                for child in node.children:
                    self.category_combo.addItem(f"{node.name} / {child}", join_path(node.name, child))
            self._categories_loaded = True
            self._select_category(self._pending_category)
        finally:
            self._quiet = quiet

    def _select_category(self, path: str) -> None:
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(path), 0) if path else 0)

    def category_path(self) -> str:
        return self.category_combo.currentData() or "" if self._categories_loaded else self._pending_category

    # --- drafts --------------------------------------------------------------------------------

    def _fields(self) -> dict[str, str]:
        return {
            "caller": self.caller_edit.text(),
            "subject": self.subject_edit.text(),
            "category": self.category_path(),
            "impact": self.impact_combo.currentData(),
            "urgency": self.urgency_combo.currentData(),
            "notes": self.notes_edit.toPlainText(),
            "assign": "1" if self.assign_check.isChecked() else "0",
        }

    def _save_draft(self) -> None:
        if self._quiet:
            return
        fields = self._fields()
        defaults = {"impact": DEFAULT_LEVEL, "urgency": DEFAULT_LEVEL, "assign": "1"}
        if all(v.strip() == defaults.get(k, "") for k, v in fields.items()):
            fields = dict.fromkeys(fields, "")  # nothing typed: no draft on disk
        self.drafts.save(DRAFT, fields)

    def _restore(self) -> None:
        draft = self.drafts.load(DRAFT)
        self.caller_edit.setText(draft.get("caller", ""))
        self.subject_edit.setText(draft.get("subject", ""))
        self.notes_edit.setPlainText(draft.get("notes", ""))
        for combo, key in ((self.impact_combo, "impact"), (self.urgency_combo, "urgency")):
            index = combo.findData(draft.get(key) or DEFAULT_LEVEL)
            combo.setCurrentIndex(index if index >= 0 else combo.findData(DEFAULT_LEVEL))
        self.assign_check.setChecked(draft.get("assign", "1") != "0")
        self._pending_category = draft.get("category", "")

    # --- logging -------------------------------------------------------------------------------

    def _check(self) -> tuple[dict[str, str], str | None, str | None]:
        problems: dict[str, str] = {}
        email, name = parse_caller(self.caller_edit.text(), self._known)
        if not email and not name:
            problems["requester"] = self.tr("Who is calling? Type a name or an email address.")
        elif email:
            try:
                email = validation.email(email, "requester")
            except ValidationError:
                problems["requester"] = self.tr("That doesn't look like an email address (like name@example.com).")
        if not self.subject_edit.text().strip():
            problems["subject"] = self.tr("Say in a few words what's wrong.")
        return problems, email, name

    def submit(self) -> None:
        if self._sending is not None:
            return
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()
        problems, email, name = self._check()
        if problems:
            for key, message in problems.items():
                self.errors[key].show_message(message)
            first = self.errors[next(iter(problems))].field
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        new = NewTicket(
            subject=self.subject_edit.text(),
            description=self.notes_edit.toPlainText(),
            impact=self.impact_combo.currentData(),
            urgency=self.urgency_combo.currentData(),
            category=self.category_path() or None,
            requester_email=email,
            requester_name=name,
            source=Source.PHONE.value,
            assignee="me" if self.assign_check.isChecked() else None,
        )
        tickets, actor = self.workspace.tickets, self.workspace.actor
        self._set_sending(True)
        self._sending = self.ops.run(
            lambda: tickets.create(new, actor),
            self._logged,
            on_error=self._refused,
            change=Change(),
            label=self.tr("Logging the call…"),
        )

    def _set_sending(self, sending: bool) -> None:
        if not sending:
            self._sending = None
        self.log_button.setEnabled(not sending)

    def _logged(self, detail: TicketDetail) -> None:
        self._set_sending(False)
        ref = detail.ref
        who = detail.requester.name if detail.requester is not None else self.tr("the caller")
        self.last_ref = ref
        if self.assign_check.isChecked():
            text = self.tr("Logged {ref} for {who}, assigned to you.")
        else:
            text = self.tr("Logged {ref} for {who}, not assigned yet.")
        self.status_label.setText(text.format(ref=ref, who=who))
        self._clear_fields()
        self.drafts.discard(DRAFT)
        self.caller_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.logged.emit(ref)

    def _clear_fields(self) -> None:
        self._quiet = True
        try:
            self.caller_edit.clear()
            self.subject_edit.clear()
            self.notes_edit.clear()
            self.category_combo.setCurrentIndex(0)
            self.impact_combo.setCurrentIndex(self.impact_combo.findData(DEFAULT_LEVEL))
            self.urgency_combo.setCurrentIndex(self.urgency_combo.findData(DEFAULT_LEVEL))
            self._pending_category = ""
        finally:
            self._quiet = False

    def _refused(self, error: DeskappError) -> None:
        self._set_sending(False)
        field = show_error(self.errors, self.general_error, error)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unexpected(self, _message: str) -> None:
        if self._sending is not None and self._sending.done():
            self._set_sending(False)
            self.general_error.show_message(self.tr("The call could not be logged because of an internal error."))

    def hideEvent(self, event: QHideEvent) -> None:
        self._completion_timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drafts.flush()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.drafts.flush()  # Close or Escape keeps a half-typed call
        super().done(result)

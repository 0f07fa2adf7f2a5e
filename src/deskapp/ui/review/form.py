"""The post-incident review of one major incident or problem: what happened, why, and what we'll do.

Saving runs, on the database thread, the review's text first (which starts the review if there is
none), then each new action, then the changed Done ticks, then completion. The form checks what the
services would refuse before it starts, so a save that stops half-way is rare; when one does, the
form keeps what was not saved and shows why beside the field.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.tickets import TicketType
from deskapp.domain.validation import NAME_MAX
from deskapp.services.records import TicketDetail
from deskapp.services.reviews import REVIEW_TEXT_FIELDS, ReviewChanges, ReviewRecord, ReviewService
from deskapp.services.workspace import Workspace
from deskapp.ui.ops import Change, Ops
from deskapp.ui.review.common import FieldMessage, clock_time, local_time, plain_message, time_ago
from deskapp.ui.review.models import ActionItem, ActionsModel
from deskapp.ui.review.widgets import DueDateDelegate, date_edit, heading, table

ACTION_FIELDS = ("action", "owner")


@dataclass
class SaveResult:
    """What a save did: the review as saved (None if nothing was), and what stopped it, if anything."""

    record: ReviewRecord | None = None
    error: DeskappError | None = None
    unsaved: list[ActionItem] = field(default_factory=list)


def _save(
    reviews: ReviewService,
    ref: str,
    texts: dict[str, str],
    new: list[ActionItem],
    ticks: list[ActionItem],
    complete: bool | None,
    workspace: Workspace,
) -> SaveResult:
    """Runs on the database thread; stops at the first refusal and says what is left unsaved."""
    result = SaveResult(unsaved=list(new))
    try:
        result.record = reviews.save(ref, ReviewChanges(**texts), workspace.actor)
        for item in new:
            result.record = reviews.add_action(ref, item.description, item.owner, item.due, workspace.actor)
            result.unsaved.remove(item)
        for item in ticks:
            assert item.id is not None
            result.record = reviews.set_action_done(ref, item.id, item.done)
        if complete is not None:
            result.record = reviews.save(ref, ReviewChanges(complete=complete), workspace.actor)
    except DeskappError as error:
        result.error = error
    return result


class ReviewForm(QDialog):
    """Write or finish the post-incident review of `ref` (a major incident or a problem)."""

    saved = Signal(str)

    def __init__(self, workspace: Workspace, ops: Ops, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.ref = ref
        self.record: ReviewRecord | None = None
        self.ticket: TicketDetail | None = None
        self.loaded = False
        self._saving = False
        self.setWindowTitle(self.tr("Post-incident review — {ref}").format(ref=ref))
        self.setSizeGripEnabled(True)
        self.actions_model = ActionsModel(self)
        self._build()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 140, metrics.lineSpacing() * 50)
        self._set_enabled(False)
        self.load()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = heading(self.ref)
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.banner = FieldMessage()

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        places = {
            "summary": (0, 0, 2),
            "timeline": (1, 0, 1),
            "root_cause": (1, 1, 1),
            "went_well": (2, 0, 1),
            "went_badly": (2, 1, 1),
        }
        for name in REVIEW_TEXT_FIELDS:
            row, column, span = places[name]
            grid.addWidget(self._text_field(name), row, column, 1, span)
        grid.addWidget(self._actions_section(), 3, 0, 1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(3, 1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.complete = QCheckBox(self.tr("Mark review complete"))
        self.complete.setToolTip(self.tr("A complete review leaves the Reviews to do list; it needs a summary"))
        self.save_status = FieldMessage()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the review ({key})").format(key=self._save_key_text()))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.complete)
        bottom.addWidget(self.save_status)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.activated.connect(self.save)

    def _save_key_text(self) -> str:
        return QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)

    def _text_field(self, name: str) -> QWidget:
        labels = {
            "summary": self.tr("&Summary"),
            "timeline": self.tr("&Timeline"),
            "root_cause": self.tr("&Root cause"),
            "went_well": self.tr("What went &well"),
            "went_badly": self.tr("What went &badly"),
        }
        hints = {
            "summary": self.tr("What happened and what it meant for people, in a few sentences."),
            "timeline": self.tr(
                "One line per step, with times: when it started, when we noticed, what we did, when it was back."
            ),
            "root_cause": self.tr("Why it happened. Keep asking “why?” until you reach something we can fix."),
            "went_well": self.tr("What helped: quick detection, clear updates to staff, a workaround that held…"),
            "went_badly": self.tr("What slowed us down or made it worse."),
        }
        edit = QPlainTextEdit()
        edit.setPlaceholderText(hints[name])
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(labels[name].replace("&", ""))
        line = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(line * (3 if name == "summary" else 4) + 12)
        if name == "summary":
            edit.setMaximumHeight(line * 6 + 12)  # a few sentences; the other fields take the room
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        label = QLabel(labels[name])
        label.setBuddy(edit)
        message = FieldMessage()
        edit.textChanged.connect(message.clear_message)
        self.edits[name] = edit
        self.messages[name] = message
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        layout.addWidget(message)
        return box

    def _actions_section(self) -> QWidget:
        self.actions_table = table(self.actions_model, {0: 50, 1: 20, 2: 14})
        self.actions_table.setAccessibleName(self.tr("Action items"))
        self.actions_table.setItemDelegateForColumn(ActionsModel.DUE, DueDateDelegate(self._today, self.actions_table))
        self.actions_table.setEditTriggers(
            self.actions_table.EditTrigger.DoubleClicked | self.actions_table.EditTrigger.EditKeyPressed
        )
        row_height = self.actions_table.verticalHeader().defaultSectionSize()
        self.actions_table.setMinimumHeight(row_height * 5 + self.actions_table.horizontalHeader().sizeHint().height())
        self.actions_message = FieldMessage()

        self.new_description = QLineEdit()
        self.new_description.setPlaceholderText(self.tr("What needs doing, e.g. “Add a second internet line”"))
        self.new_description.setAccessibleName(self.tr("New action"))
        self.new_owner = QLineEdit()
        self.new_owner.setPlaceholderText(self.tr("Who will do it"))
        self.new_owner.setAccessibleName(self.tr("Owner of the new action"))
        self.new_owner.setMaxLength(NAME_MAX)
        self.new_owner.setMinimumWidth(self.new_owner.fontMetrics().averageCharWidth() * 20)
        self.new_has_due = QCheckBox(self.tr("Due"))
        self.new_has_due.setChecked(True)
        self.new_due = date_edit(self._today())
        self.new_due.setAccessibleName(self.tr("Due date of the new action"))
        self.new_has_due.toggled.connect(self.new_due.setEnabled)
        self.add_button = QPushButton(self.tr("Add action"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove an action that is not saved yet"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.description_message = FieldMessage()
        self.owner_message = FieldMessage()

        add_row = QGridLayout()
        add_row.setColumnStretch(0, 3)
        add_row.setColumnStretch(1, 1)
        add_row.addWidget(self.new_description, 0, 0)
        add_row.addWidget(self.new_owner, 0, 1)
        add_row.addWidget(self.new_has_due, 0, 2)
        add_row.addWidget(self.new_due, 0, 3)
        add_row.addWidget(self.add_button, 0, 4)
        add_row.addWidget(self.remove_button, 0, 5)
        add_row.addWidget(self.description_message, 1, 0)
        add_row.addWidget(self.owner_message, 1, 1, 1, 5)

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        title = QLabel(self.tr("&Action items"))
        title.setBuddy(self.new_description)
        layout.addWidget(title)
        layout.addWidget(self.actions_table)
        layout.addWidget(self.actions_message)
        layout.addLayout(add_row)

        self.add_button.clicked.connect(self.add_action)
        self.new_description.returnPressed.connect(self.add_action)
        self.new_owner.returnPressed.connect(self.add_action)
        self.new_description.textChanged.connect(self.description_message.clear_message)
        self.new_owner.textChanged.connect(self.owner_message.clear_message)
        self.remove_button.clicked.connect(self.remove_action)
        self.actions_table.selectionModel().selectionChanged.connect(self._update_remove)
        self.actions_model.edited.connect(self.actions_message.clear_message)
        self._update_remove()
        return box

    def _today(self) -> date:
        """Today where the user is, by the workspace clock (so tests and the app agree)."""
        return self.workspace.clock().astimezone().date()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.edits.values(), self.actions_table, self.complete, self.save_button):
            widget.setEnabled(enabled)
        for widget in (self.new_description, self.new_owner, self.new_has_due, self.add_button):
            widget.setEnabled(enabled)
        self.new_due.setEnabled(enabled and self.new_has_due.isChecked())
        self._update_remove()

    def _update_remove(self) -> None:
        rows = self.actions_table.selectionModel().selectedRows()
        items = self.actions_model.items
        self.remove_button.setEnabled(bool(rows) and all(items[index.row()].is_new for index in rows))

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        tickets, reviews, ref = self.workspace.tickets, self.workspace.reviews, self.ref
        self.ops.run(
            lambda: (tickets.get(ref), reviews.get(ref)),
            self._loaded,
            on_error=self._load_failed,
            label=self.tr("Opening the review of {ref}…").format(ref=ref),
        )

    def _loaded(self, result: tuple[TicketDetail, ReviewRecord | None]) -> None:
        self.ticket, record = result
        self.title.setText(self.tr("{ref}: {subject}").format(ref=self.ticket.ref, subject=self.ticket.subject))
        self._show_record(record)
        self.loaded = True
        if not (self.ticket.major or self.ticket.type is TicketType.PROBLEM):
            self.banner.show_error(
                self.tr(
                    "{ref} is not a major incident or a problem, so it has no post-incident review."
                    " Mark it as a major incident first if it deserves one."
                ).format(ref=self.ticket.ref)
            )
            return
        self._set_enabled(True)
        self.edits["summary"].setFocus()

    def _load_failed(self, error: DeskappError) -> None:
        self.banner.show_error(plain_message(error))

    def _show_record(self, record: ReviewRecord | None, *, keep: Sequence[ActionItem] = ()) -> None:
        """Show the review as saved (plus actions not saved yet); the saved state is the new baseline."""
        self.record = record
        for name, edit in self.edits.items():
            text = getattr(record, name) if record else ""
            if edit.toPlainText().strip() != text:
                edit.setPlainText(text)
        items = [ActionItem.of(action) for action in record.actions] if record else []
        self.actions_model.set_items([*items, *keep])
        self.complete.setChecked(bool(record and record.completed_at))
        self._update_state()

    def _update_state(self) -> None:
        record, now = self.record, self.workspace.clock()
        if record is None:
            text = self.tr("No review yet — write what happened, then save.")
        elif record.completed_at:
            text = self.tr("Completed {when}.").format(when=local_time(record.completed_at))
        else:
            text = self.tr("Draft, last saved {ago}.").format(ago=time_ago(record.updated_at, now))
        if self.ticket is not None:
            kind = self.tr("Problem") if self.ticket.type is TicketType.PROBLEM else self.tr("Major incident")
            text = self.tr("{kind} · {status} · {state}").format(kind=kind, status=self.ticket.status.label, state=text)
        self.state.setText(text)

    # --- actions -------------------------------------------------------------------------------

    def add_action(self) -> bool:
        """Add the typed action to the table (saved with the review); says beside a field what's missing."""
        description = self.new_description.text().strip()
        owner = " ".join(self.new_owner.text().split())
        if not description:
            self.description_message.show_error(self.tr("Say what needs doing."))
        if not owner:
            self.owner_message.show_error(self.tr("Say who will do it."))
        if not description or not owner:
            (self.new_description if not description else self.new_owner).setFocus()
            return False
        due = self.new_due.date().toPython() if self.new_has_due.isChecked() else None
        row = self.actions_model.add(ActionItem(description, owner, due))  # type: ignore[arg-type]
        self.actions_table.scrollTo(self.actions_model.index(row, 0))
        self.new_description.clear()
        self.new_owner.clear()
        self.new_description.setFocus()
        return True

    def remove_action(self) -> None:
        for index in sorted(self.actions_table.selectionModel().selectedRows(), key=QModelIndex.row, reverse=True):
            self.actions_model.remove(index.row())
        self._update_remove()

    # --- saving --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        if not self.loaded:
            return False
        record = self.record
        texts_changed = any(
            edit.toPlainText().strip() != (getattr(record, name) if record else "") for name, edit in self.edits.items()
        )
        typed = bool(self.new_description.text().strip() or self.new_owner.text().strip())
        return texts_changed or typed or self.actions_model.dirty or self._complete_change() is not None

    def _complete_change(self) -> bool | None:
        was = bool(self.record and self.record.completed_at)
        return None if self.complete.isChecked() == was else self.complete.isChecked()

    def _clear_messages(self) -> None:
        for message in (*self.messages.values(), self.actions_message, self.banner, self.save_status):
            message.clear_message()
        self.actions_model.set_errors({})

    def _check(self) -> bool:
        """What the services would refuse, said beside each field before anything is written."""
        ok = True
        if self.new_description.text().strip() or self.new_owner.text().strip():
            ok = self.add_action()
        errors: dict[int, str] = {}
        for row, item in enumerate(self.actions_model.items):
            if not item.is_new:
                continue
            if not item.description.strip() and not item.owner.strip():
                errors[row] = self.tr("Action {n} needs a description and an owner.").format(n=row + 1)
            elif not item.description.strip():
                errors[row] = self.tr("Action {n} needs a description.").format(n=row + 1)
            elif not item.owner.strip():
                errors[row] = self.tr("Action {n} needs an owner.").format(n=row + 1)
        if errors:
            self.actions_model.set_errors(errors)
            self.actions_message.show_error("\n".join(errors.values()))
            ok = False
        if self.complete.isChecked() and not self.edits["summary"].toPlainText().strip():
            self.messages["summary"].show_error(
                self.tr("Write a summary before marking the review complete: what happened, in a few sentences.")
            )
            self.edits["summary"].setFocus()
            ok = False
        return ok

    def save(self) -> None:
        if not self.loaded or self._saving or not self.save_button.isEnabled():
            return
        self._clear_messages()
        if not self._check():
            return
        texts = {name: edit.toPlainText() for name, edit in self.edits.items()}
        new = [item for item in self.actions_model.items if item.is_new]
        ticks = [item for item in self.actions_model.items if item.done_changed]
        complete = self._complete_change()
        reviews, ref, workspace = self.workspace.reviews, self.ref, self.workspace
        self._saving = True
        self.save_button.setEnabled(False)
        self.ops.run(
            lambda: _save(reviews, ref, texts, new, ticks, complete, workspace),
            self._saved,
            on_error=self._save_failed,
            change=Change(refs=(ref,)),
            label=self.tr("Saving the review of {ref}…").format(ref=ref),
        )

    def _saved(self, result: SaveResult) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        wanted_complete = self.complete.isChecked()
        if result.record is not None:
            self._show_record(result.record, keep=result.unsaved)
        if result.error is None:
            self.save_status.show_success(self.tr("Saved at {time}.").format(time=clock_time(self.workspace.clock())))
            self.saved.emit(self.ref)
            return
        self.complete.setChecked(wanted_complete)
        self._show_error(result.error)
        if result.record is not None:
            self.saved.emit(self.ref)

    def _save_failed(self, error: DeskappError) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._show_error(error)

    def _show_error(self, error: DeskappError) -> None:
        """Beside the field it concerns; otherwise at the top."""
        name = (error.field or "").replace(" ", "_")
        if name in self.messages:
            self.messages[name].show_error(plain_message(error))
            self.edits[name].setFocus()
        elif error.field in ACTION_FIELDS:
            self.actions_message.show_error(plain_message(error))
        else:
            self.banner.show_error(plain_message(error) if isinstance(error, ValidationError) else str(error))

    # --- leaving -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Close and the window's close box all come here (QDialog.closeEvent calls reject)."""
        if self.dirty and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The review has changes that are not saved. Close it and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def open_review_form(workspace: Workspace, ops: Ops, ref: str, parent: QWidget | None = None) -> ReviewForm:
    """For the ticket's "Post-incident review…" action: a window the person can keep open beside it."""
    form = ReviewForm(workspace, ops, ref, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.show()
    return form

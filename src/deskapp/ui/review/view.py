"""The "Resolved awaiting review" page: confirm resolved tickets, and finish post-incident reviews."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.domain.tickets import Status
from deskapp.services.closing import CloseOutcome, ResolvedTicket, ReviewToDo
from deskapp.services.tickets import TicketChanges
from deskapp.services.workspace import Workspace
from deskapp.ui.ops import Change, Ops, Progress
from deskapp.ui.review.common import FieldMessage
from deskapp.ui.review.form import ReviewForm
from deskapp.ui.review.models import ResolvedModel, ReviewsToDoModel
from deskapp.ui.review.widgets import heading, hint, table

DEFAULT_OLDER_THAN_DAYS = 7
Report = Callable[[int, int, str], bool]


def _stack(view: QTableView, empty_text: str) -> QStackedWidget:
    """The table, or a sentence saying there is nothing to do (an empty grid says nothing)."""
    stack = QStackedWidget()
    stack.addWidget(view)
    empty = QLabel(empty_text)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    stack.addWidget(empty)
    return stack


def _on_enter(view: QTableView, slot: Callable[[], None]) -> None:
    """Enter on a row does what a double-click does (the keyboard path to the same place)."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)


class ReviewView(QWidget):
    """Resolved tickets to close or reopen, and the major incidents and problems still to review."""

    open_ticket = Signal(str)

    def __init__(self, workspace: Workspace, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.closing = workspace.closing
        self.resolved_model = ResolvedModel(workspace.clock, self)
        self.reviews_model = ReviewsToDoModel(workspace.clock, self)
        self.forms: dict[str, ReviewForm] = {}
        self._loading = False
        self._stale = False
        self._build()
        ops.changed.connect(self._on_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._resolved_section())
        splitter.addWidget(self._reviews_section())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _resolved_section(self) -> QWidget:
        section = QWidget()
        self.resolved_heading = heading(self.tr("Resolved — waiting for confirmation"))
        self.resolved_table = table(self.resolved_model, {0: 13, 1: 38, 2: 20, 3: 34}, multi=True)
        self.resolved_table.setAccessibleName(self.tr("Resolved tickets"))
        self.resolved_stack = _stack(
            self.resolved_table, self.tr("Nothing is waiting: every resolved ticket has been confirmed and closed.")
        )
        self.message = FieldMessage()
        self.select_all = QCheckBox(self.tr("Select all"))
        self.select_all.setTristate(False)
        self.close_button = QPushButton(self.tr("Close selected"))
        self.close_button.setToolTip(self.tr("Close the ticked tickets: the requesters confirmed they are fixed"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setToolTip(self.tr("The problem is not fixed after all: put the ticket back in the queue"))
        self.show_button = QPushButton(self.tr("Open ticket"))
        self.older_days = QSpinBox()
        self.older_days.setRange(1, 365)
        self.older_days.setValue(DEFAULT_OLDER_THAN_DAYS)
        self.older_days.setSuffix(self.tr(" days"))
        self.older_days.setAccessibleName(self.tr("Days since resolved"))
        self.close_older_button = QPushButton(self.tr("Close them all…"))
        self.close_older_button.setToolTip(
            self.tr("Close every ticket resolved longer ago than this, confirmed or not (each one is recorded)")
        )

        buttons = QHBoxLayout()
        for widget in (self.select_all, self.close_button, self.reopen_button, self.show_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        older_label = QLabel(self.tr("Resolved more than"))
        older_label.setBuddy(self.older_days)
        for widget in (older_label, self.older_days, QLabel(self.tr("ago:")), self.close_older_button):
            buttons.addWidget(widget)

        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.resolved_heading)
        layout.addWidget(
            hint(self.tr("These tickets are fixed. Close them once the requester confirms, or reopen one that isn't."))
        )
        layout.addWidget(self.message)
        layout.addWidget(self.resolved_stack, 1)
        layout.addLayout(buttons)

        self.select_all.clicked.connect(lambda checked: self.resolved_model.set_all_checked(bool(checked)))
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_current)
        self.show_button.clicked.connect(self._show_current_resolved)
        self.close_older_button.clicked.connect(self.close_older)
        self.resolved_table.doubleClicked.connect(self._on_resolved_double_click)
        self.resolved_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resolved_model.checks_changed.connect(self._update_buttons)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.resolved_table)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self._toggle_selected_checks)
        _on_enter(self.resolved_table, self._show_current_resolved)
        return section

    def _reviews_section(self) -> QWidget:
        section = QWidget()
        self.reviews_heading = heading(self.tr("Reviews to do"))
        self.reviews_table = table(self.reviews_model, {0: 13, 1: 38, 2: 16, 3: 11, 4: 14})
        self.reviews_table.setAccessibleName(self.tr("Reviews to do"))
        self.reviews_stack = _stack(self.reviews_table, self.tr("No reviews to do."))
        self.open_review_button = QPushButton(self.tr("Open review…"))
        self.show_review_ticket_button = QPushButton(self.tr("Open ticket"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_review_button)
        buttons.addWidget(self.show_review_ticket_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reviews_heading)
        layout.addWidget(
            hint(
                self.tr(
                    "Major incidents and problems that are over but whose post-incident review is not finished:"
                    " what happened, why, and what we will do so it doesn't happen again."
                )
            )
        )
        layout.addWidget(self.reviews_stack, 1)
        layout.addLayout(buttons)

        self.open_review_button.clicked.connect(self._open_current_review)
        self.show_review_ticket_button.clicked.connect(self._show_current_review_ticket)
        self.reviews_table.doubleClicked.connect(lambda index: self.open_review(self.reviews_model.ref_at(index.row())))
        _on_enter(self.reviews_table, self._open_current_review)
        self.reviews_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return section

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload both lists; a refresh asked for while one runs happens once after it."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        closing = self.closing
        self.ops.run(
            lambda: (closing.resolved(), closing.reviews_to_do()),
            self._loaded,
            on_error=self._load_failed,
            label=self.tr("Loading resolved tickets…"),
        )

    def _on_changed(self, change: Change) -> None:
        if change.tickets:
            self.refresh()

    def _loaded(self, result: tuple[list[ResolvedTicket], list[ReviewToDo]]) -> None:
        resolved, reviews = result
        self._set_rows(self.resolved_table, self.resolved_model, resolved)
        self._set_rows(self.reviews_table, self.reviews_model, reviews)
        self.resolved_stack.setCurrentIndex(0 if resolved else 1)
        self.reviews_stack.setCurrentIndex(0 if reviews else 1)
        self.resolved_heading.setText(self.tr("Resolved — waiting for confirmation ({n})").format(n=len(resolved)))
        self.reviews_heading.setText(self.tr("Reviews to do ({n})").format(n=len(reviews)))
        self._update_buttons()
        self._finish_loading()

    def _load_failed(self, error: DeskappError) -> None:
        self.message.show_error(self.tr("Could not load the lists: {error}").format(error=error))
        self._finish_loading()

    def _finish_loading(self) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self.refresh()

    @staticmethod
    def _set_rows(
        view: QTableView, model: ResolvedModel | ReviewsToDoModel, rows: list[ResolvedTicket] | list[ReviewToDo]
    ) -> None:
        """New rows, keeping the selected tickets selected (by number, as rows move)."""
        selected = {model.ref_at(index.row()) for index in view.selectionModel().selectedRows()}
        current = model.ref_at(view.currentIndex().row())
        model.set_rows(rows)
        selection = QItemSelection()
        for row in range(model.rowCount()):
            if model.ref_at(row) in selected:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = view.selectionModel().SelectionFlag
        view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        for row in range(model.rowCount()):
            if model.ref_at(row) == current:
                view.selectionModel().setCurrentIndex(model.index(row, 0), flags.NoUpdate)

    def _refs_to_close(self) -> list[str]:
        """The ticked tickets; with none ticked, the highlighted rows (what a person clicked)."""
        return self.resolved_model.checked_refs() or self._selected_resolved()

    def _update_buttons(self) -> None:
        checked = len(self._refs_to_close())
        total = self.resolved_model.rowCount()
        self.close_button.setEnabled(checked > 0)
        self.close_button.setText(
            self.tr("Close selected ({n})").format(n=checked) if checked else self.tr("Close selected")
        )
        self.select_all.setEnabled(total > 0)
        self.select_all.setChecked(total > 0 and len(self.resolved_model.checked_refs()) == total)
        one = len(self._selected_resolved()) == 1
        self.reopen_button.setEnabled(one)
        self.show_button.setEnabled(one)
        self.close_older_button.setEnabled(total > 0)
        has_review = self._current_review() is not None
        self.open_review_button.setEnabled(has_review)
        self.show_review_ticket_button.setEnabled(has_review)

    # --- resolved tickets ----------------------------------------------------------------------

    def _selected_resolved(self) -> list[str]:
        rows = sorted(index.row() for index in self.resolved_table.selectionModel().selectedRows())
        return [ref for ref in (self.resolved_model.ref_at(row) for row in rows) if ref]

    def _toggle_selected_checks(self) -> None:
        refs = self._selected_resolved()
        if refs:
            ticked = set(self.resolved_model.checked_refs())
            self.resolved_model.set_checked(refs, not all(ref in ticked for ref in refs))

    def close_selected(self) -> None:
        refs = self._refs_to_close()
        if refs:
            self._close(lambda report: self.closing.close(refs, self.workspace.actor, report=report), refs)

    def close_older(self) -> None:
        days = self.older_days.value()
        cutoff = self.workspace.clock().timestamp() - days * 86400
        count = sum(1 for row in self.resolved_model.rows if row.resolved_at and row.resolved_at.timestamp() <= cutoff)
        if count == 0:
            self.message.show_success(self.tr("No ticket was resolved more than {days} days ago.").format(days=days))
            return
        if count == 1:
            question = self.tr("Close the one ticket resolved more than {days} days ago?").format(days=days)
        else:
            question = self.tr("Close the {n} tickets resolved more than {days} days ago?").format(n=count, days=days)
        if not self._confirm(question):
            return
        actor = self.workspace.actor
        self._close(lambda report: self.closing.close_resolved_before(days, actor, report=report), ())

    def _close(self, work: Callable[[Report], CloseOutcome], refs: Sequence[str]) -> None:
        """Close on the database thread with a progress dialog (and Cancel) if it takes a while."""
        progress = Progress()
        step = self.tr("Closing {ref} ({n} of {total})…")

        def report(done: int, total: int, ref: str) -> bool:
            return progress.report(done, total, step.format(ref=ref, n=done + 1, total=total))

        self.close_button.setEnabled(False)
        self.message.clear_message()
        self.ops.run(
            lambda: work(report),
            self._closed,
            on_error=lambda error: self.message.show_error(str(error)),
            change=Change(refs=tuple(refs)),
            progress=progress,
            label=self.tr("Closing tickets…"),
        )

    def _closed(self, outcome: CloseOutcome) -> None:
        done = ", ".join(outcome.closed)
        if not outcome.failed:
            self.message.show_success(
                self.tr("Closed {refs}.").format(refs=done) if done else self.tr("Nothing closed.")
            )
            return
        problems = "\n".join(self.tr("{ref} was not closed: {why}").format(ref=r, why=w) for r, w in outcome.failed)
        lead = self.tr("Closed {refs}.").format(refs=done) + "\n" if done else ""
        self.message.show_error(lead + problems)

    def reopen_current(self) -> None:
        refs = self._selected_resolved()
        if len(refs) != 1:
            return
        ref = refs[0]
        reason = self._ask_reopen_reason(ref)
        if reason is None:
            return
        changes = TicketChanges(status=Status.OPEN.value, note=reason.strip() or None)
        tickets, actor = self.workspace.tickets, self.workspace.actor
        self.message.clear_message()
        self.ops.run(
            lambda: tickets.update(ref, changes, actor),
            lambda detail: self.message.show_success(self.tr("{ref} is open again.").format(ref=detail.ref)),
            on_error=lambda error: self.message.show_error(
                self.tr("{ref} was not reopened: {why}").format(ref=ref, why=error)
            ),
            change=Change(refs=(ref,)),
            label=self.tr("Reopening {ref}…").format(ref=ref),
        )

    def _ask_reopen_reason(self, ref: str) -> str | None:
        """Why it is reopened (kept as a note on the ticket); None when the person cancels."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reopen {ref}").format(ref=ref),
            self.tr("What is still wrong? (optional; added to the ticket as a note)"),
            QLineEdit.EchoMode.Normal,
        )
        return text if ok else None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Close tickets"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _on_resolved_double_click(self, index: QModelIndex) -> None:
        ref = self.resolved_model.ref_at(index.row())
        if ref:
            self.open_ticket.emit(ref)

    def _show_current_resolved(self) -> None:
        refs = self._selected_resolved()
        if len(refs) == 1:
            self.open_ticket.emit(refs[0])

    # --- reviews -------------------------------------------------------------------------------

    def _current_review(self) -> str | None:
        rows = self.reviews_table.selectionModel().selectedRows()
        return self.reviews_model.ref_at(rows[0].row()) if rows else None

    def _open_current_review(self) -> None:
        ref = self._current_review()
        if ref:
            self.open_review(ref)

    def _show_current_review_ticket(self) -> None:
        ref = self._current_review()
        if ref:
            self.open_ticket.emit(ref)

    def open_review(self, ref: str | None) -> ReviewForm | None:
        """Show the review form of the ticket (one window per ticket; a second call raises it)."""
        if not ref:
            return None
        form = self.forms.get(ref)
        if form is None:
            form = ReviewForm(self.workspace, self.ops, ref, self)
            form.finished.connect(lambda _result, ref=ref: self._forget_form(ref))
            self.forms[ref] = form
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _forget_form(self, ref: str) -> None:
        form = self.forms.pop(ref, None)
        if form is not None:
            form.deleteLater()

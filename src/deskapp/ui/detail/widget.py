"""One ticket, worked on in place: header, actions, editable fields and the four tabs.

Every read and write goes through the ops runner; results come back on the main thread and are only
shown if the person is still looking at that ticket. A write announces the refs it touched, and every
view (this one included) refreshes when a change concerns it.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.domain.tickets import TicketType, format_number, parse_number
from deskapp.services.records import TicketDetail
from deskapp.services.tickets import TicketChanges
from deskapp.services.workspace import Workspace
from deskapp.ui.detail import style
from deskapp.ui.detail.actions import TicketActions
from deskapp.ui.detail.attachments import AttachmentsPanel, local_files
from deskapp.ui.detail.conversation import ConversationView, ReplyBox
from deskapp.ui.detail.fields import Choices, TicketFields
from deskapp.ui.detail.format import strip_field_prefix
from deskapp.ui.detail.header import TicketHeader
from deskapp.ui.detail.history import HistoryView
from deskapp.ui.detail.links import LinksPanel
from deskapp.ui.detail.resolve import Resolution, ResolveDialog
from deskapp.ui.drafts import DraftStore
from deskapp.ui.ops import Change, Ops

log = logging.getLogger(__name__)
CLOCKS_EVERY_MS = 60_000


@dataclass(frozen=True)
class Snapshot:
    """A ticket and the choices its fields offer, read together on the database thread."""

    ticket: TicketDetail
    choices: Choices


def load_snapshot(workspace: Workspace, ref: str) -> Snapshot:
    directory = workspace.directory
    return Snapshot(
        workspace.tickets.get(ref),
        Choices(tuple(directory.agents()), tuple(directory.groups()), tuple(directory.categories())),
    )


def reply_draft_name(ref: str) -> str:
    return f"reply/{ref}"


class _Columns(QSplitter):
    """Conversation and details side by side, split by a share of the width until the person drags it."""

    def __init__(self, share: float) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setChildrenCollapsible(False)
        self._share = share
        self._dragged = False
        self.splitterMoved.connect(self._moved)

    def _moved(self, *_args: object) -> None:
        self._dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._dragged and self.count() == 2:
            total = sum(self.sizes())
            first = round(total * self._share)
            self.setSizes([first, total - first])


class TicketDetailWidget(QWidget):
    """The right-hand pane of the main window, or the body of a TicketWindow."""

    open_ticket = Signal(str)  # a ticket number the person clicked, for the main window to show
    loaded = Signal(object)  # the TicketDetail just shown

    CONVERSATION, HISTORY, LINKS, ATTACHMENTS = range(4)

    def __init__(self, workspace: Workspace, ops: Ops, drafts: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.drafts = drafts
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.resolve_dialog: ResolveDialog | None = None
        self._ref: str | None = None
        self._ticket: TicketDetail | None = None
        self._choices = Choices()
        self._own_changes: list[Change] = []
        self.setAcceptDrops(True)

        self.fields = TicketFields(self)
        self.actions_ = TicketActions(self)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_empty())
        self._stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._connect()
        self._apply_palette()
        ops.changed.connect(self._on_changed)
        self._clock_timer = QTimer(self)  # the SLA clocks count down while the ticket is on screen
        self._clock_timer.timeout.connect(self.tick_clocks)
        self._clock_timer.start(CLOCKS_EVERY_MS)
        self.show_ticket(None)

    # --- building ----------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = QWidget()
        self.empty_title = QLabel(self.tr("Select a ticket"))
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.empty_title.setFont(font)
        self.empty_text = QLabel(self.tr("Choose a ticket in the list to read its conversation and work on it."))
        self.empty_text.setWordWrap(True)
        for label in (self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.empty_title)
        box.addWidget(self.empty_text)
        box.addStretch(2)
        return page

    def _build_content(self) -> QWidget:
        page = QWidget()
        f = self.fields
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("detailMessage")
        self.message.hide()
        subject_font = f.subject.font()
        subject_font.setPointSizeF(subject_font.pointSizeF() * 1.35)
        subject_font.setBold(True)
        f.subject.setFont(subject_font)
        self.header = TicketHeader(f.fields["subject"].cell)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions_
        self.toolbar.addActions([a.assign_to_me, a.escalate])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.pending, a.resolve, a.close, a.reopen])

        splitter = _Columns(0.6)
        splitter.addWidget(self._build_main_column())
        splitter.addWidget(self._build_side_column())
        self.splitter = splitter

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.message)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        return page

    def _build_main_column(self) -> QWidget:
        column = QWidget()
        f = self.fields
        lines = f.description.fontMetrics().lineSpacing()
        f.description.setMaximumHeight(lines * 5 + 12)
        f.description.setMinimumHeight(lines * 2 + 12)
        description_label = QLabel(self.tr("Description"))
        description_label.setBuddy(f.description)
        bold = description_label.font()
        bold.setBold(True)
        description_label.setFont(bold)

        self.conversation = ConversationView()
        self.reply_box = ReplyBox()
        talk = QWidget()
        talk_layout = QVBoxLayout(talk)
        talk_layout.setContentsMargins(4, 4, 4, 4)
        talk_layout.addWidget(self.conversation, 1)
        talk_layout.addWidget(self.reply_box)
        self.history = HistoryView()
        self.links = LinksPanel()
        self.attachments = AttachmentsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(talk, self.tr("Conversation"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.links, self.tr("Links"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(description_label)
        layout.addWidget(f.fields["description"].cell)
        layout.addWidget(self.tabs, 1)
        return column

    def _build_side_column(self) -> QWidget:
        column = QWidget()
        title = QLabel(self.tr("Details"))
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 6, 0)
        holder_layout.addWidget(self.fields.form_widget)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.unsaved = QLabel(self.tr("Unsaved changes"))
        self.unsaved.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setToolTip(self.actions_.save.toolTip())
        self.save_button.clicked.connect(self.actions_.save.trigger)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.actions_.revert.toolTip())
        self.revert_button.clicked.connect(self.actions_.revert.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unsaved, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return column

    def _connect(self) -> None:
        a = self.actions_
        a.assign_to_me.triggered.connect(lambda: self._act(TicketChanges(assignee="me")))
        a.escalate.triggered.connect(lambda: self._act(TicketChanges(escalate=True)))
        a.pending.triggered.connect(lambda: self._act(TicketChanges(status="pending")))
        a.close.triggered.connect(lambda: self._act(TicketChanges(status="closed")))
        a.reopen.triggered.connect(lambda: self._act(TicketChanges(status="open")))
        a.resolve.triggered.connect(lambda: self.start_resolve())
        a.save.triggered.connect(self.save)
        a.revert.triggered.connect(self.revert)
        self.fields.edited.connect(self._update_save_state)
        self.reply_box.editor.textChanged.connect(self._save_draft)
        self.reply_box.send_reply.connect(lambda text: self._post(TicketChanges(reply=text)))
        self.reply_box.add_note.connect(lambda text: self._post(TicketChanges(note=text)))
        self.links.open_ticket.connect(self.open_ticket)
        self.links.link_related.connect(self.link_related)
        self.links.unlink_related.connect(self.unlink_related)
        self.links.link_problem.connect(self._ask_problem)
        self.links.unlink_problem.connect(lambda _ref: self.set_problem("none"))
        self.attachments.add_files.connect(self.attach_files)
        self.attachments.open_attachment.connect(self.open_attachment)

    # --- showing -----------------------------------------------------------------------------------

    @property
    def ref(self) -> str | None:
        return self._ref

    @property
    def ticket(self) -> TicketDetail | None:
        return self._ticket

    def show_ticket(self, ref: str | None) -> None:
        """Show the ticket numbered ref (e.g. 'INC-12'), or the empty state for None."""
        if ref is not None and ref == self._ref:
            self.reload()
            return
        self._ref, self._ticket = ref, None
        self._set_message("")
        self.actions_.update(None, self.workspace.actor, ())
        if ref is None:
            self.empty_title.setText(self.tr("Select a ticket"))
            self.empty_text.setText(self.tr("Choose a ticket in the list to read its conversation and work on it."))
            self._stack.setCurrentIndex(0)
            return
        self.reply_box.set_text(self.drafts.load(reply_draft_name(ref)).get("text", ""))
        self.reply_box.set_busy(False)
        self.reload()

    def reload(self) -> None:
        ref = self._ref
        if ref is None:
            return
        self.ops.run(
            lambda: load_snapshot(self.workspace, ref),
            self._guard(lambda snap: self._snapshot_loaded(ref, snap)),
            on_error=self._guard(lambda error: self._load_failed(ref, error)),
            label=self.tr("Opening {ref}").format(ref=ref),
        )

    def tick_clocks(self) -> None:
        if self._ticket is not None:
            self.header.show_clocks(self.workspace.clock())

    def _snapshot_loaded(self, ref: str, snapshot: Snapshot) -> None:
        if ref != self._ref:
            return
        self._choices = snapshot.choices
        self._render(snapshot.ticket, keep_edits=True)

    def _load_failed(self, ref: str, error: DeskappError) -> None:
        if ref != self._ref:
            return
        self._ticket = None
        self.empty_title.setText(self.tr("{ref} cannot be shown").format(ref=ref))
        self.empty_text.setText(str(error))
        self._stack.setCurrentIndex(0)

    def _render(self, ticket: TicketDetail, *, keep_edits: bool) -> None:
        now = self.workspace.clock()
        self._ticket = ticket
        if not keep_edits:
            self.fields.revert()
        self.fields.load(ticket, self._choices)
        self.header.show_ticket(ticket, now)
        self.conversation.show_entries(ticket.ref, ticket.entries, now)
        self.history.show_history(ticket.history, now)
        self.links.show_links(ticket)
        self.attachments.show_attachments(ticket.attachments, now)
        self.actions_.update(ticket, self.workspace.actor, self._choices.groups)
        self._update_tab_titles(ticket)
        readonly = ticket.merged_into is not None
        self.reply_box.setEnabled(not readonly)
        self.fields.form_widget.setEnabled(not readonly)
        self.fields.subject.setReadOnly(readonly)
        self.fields.description.setReadOnly(readonly)
        self._stack.setCurrentIndex(1)
        self.loaded.emit(ticket)

    def _update_tab_titles(self, ticket: TicketDetail) -> None:
        talk = sum(1 for e in ticket.entries if e.kind.value != "event")
        links = len(ticket.related) + len(ticket.incidents) + len(ticket.merged_from) + bool(ticket.problem)
        self.tabs.setTabText(self.CONVERSATION, self.tr("Conversation ({n})").format(n=talk))
        self.tabs.setTabText(self.LINKS, self.tr("Links ({n})").format(n=links) if links else self.tr("Links"))
        files = len(ticket.attachments)
        self.tabs.setTabText(
            self.ATTACHMENTS, self.tr("Attachments ({n})").format(n=files) if files else self.tr("Attachments")
        )

    def _on_changed(self, change: Change) -> None:
        if not shiboken6.isValid(self) or self._ref is None:
            return
        for index, own in enumerate(self._own_changes):
            if own is change:  # our own write: its result is being shown already
                del self._own_changes[index]
                return
        if change.settings or (change.tickets and (not change.refs or self._ref in change.refs)):
            self.reload()

    def _guard(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Drop results that arrive after this widget was deleted (a closed ticket window)."""

        def call(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    # --- writing -----------------------------------------------------------------------------------

    def _write(
        self,
        work: Callable[[], TicketDetail],
        refs: tuple[str, ...],
        *,
        on_done: Callable[[TicketDetail], None] | None = None,
        on_error: Callable[[DeskappError], None] | None = None,
        keep_edits: bool = True,
    ) -> None:
        """Run a write that returns this ticket; show the result instead of reloading it."""
        ref = self._ref
        change = Change(refs=tuple(dict.fromkeys(refs)))
        self._own_changes.append(change)

        def done(ticket: TicketDetail) -> None:
            if ticket.ref == self._ref == ref:
                self._render(ticket, keep_edits=keep_edits)
            if on_done is not None:
                on_done(ticket)

        def failed(error: DeskappError) -> None:
            (on_error or self._show_error)(error)

        self.ops.run(work, self._guard(done), on_error=self._guard(failed), change=change)

    def _act(self, changes: TicketChanges) -> None:
        """A toolbar action: one small edit, errors shown at the top."""
        ref = self._ref
        if ref is None:
            return
        self._set_message("")
        self._write(
            lambda: self.workspace.tickets.update(ref, changes, self.workspace.actor),
            (ref,),
            on_error=lambda error: self._set_message(str(error), error=True),
        )

    def save(self) -> None:
        """Apply every edited field as one change; on error nothing is saved and the field says why."""
        ref = self._ref
        changes = self.fields.changes()
        if ref is None or changes is None:
            return
        self.fields.clear_errors()
        self._set_message("")
        if changes.status == "resolved":
            self.start_resolve(changes)
            return
        self._submit(ref, changes)

    def _submit(self, ref: str, changes: TicketChanges, extra_refs: tuple[str, ...] = ()) -> None:
        refs = [ref, *extra_refs]
        if changes.problem is not None:
            refs += [r for r in (changes.problem.strip().upper(), self._ticket and self._ticket.problem) if r]
        self._write(
            lambda: self.workspace.tickets.update(ref, changes, self.workspace.actor),
            tuple(r for r in refs if r and r != "NONE"),
            keep_edits=False,
        )

    def revert(self) -> None:
        self.fields.revert()
        self._set_message("")

    def has_unsaved_changes(self) -> bool:
        return bool(self.fields.dirty())

    def _update_save_state(self) -> None:
        dirty = bool(self.fields.dirty())
        for widget in (self.save_button, self.revert_button, self.actions_.save, self.actions_.revert):
            widget.setEnabled(dirty)
        self.unsaved.setVisible(dirty)

    def _show_error(self, error: DeskappError) -> None:
        if not self.fields.show_error(error.field, str(error)):
            self._set_message(str(error), error=True)

    def _set_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self._style_message()
        self.message.setVisible(bool(text))

    def _style_message(self) -> None:
        if self.message.property("error"):
            colour = style.error_colour(self.palette())
            tint = style.mix(self.palette().color(self.palette().ColorRole.Base), colour, 0.12)
            self.message.setStyleSheet(
                f"QLabel {{ color: {colour.name()}; background: {tint.name()}; border: 1px solid {colour.name()};"
                " border-radius: 4px; padding: 4px 8px; }"
            )
        else:
            self.message.setStyleSheet("QLabel { padding: 4px 8px; }")

    # --- resolving ---------------------------------------------------------------------------------

    def start_resolve(self, pending: TicketChanges | None = None) -> None:
        """Ask for the resolution (and, for a problem, whether to resolve its open incidents)."""
        ticket = self._ticket
        if ticket is None:
            return
        if ticket.type is TicketType.PROBLEM:
            ref = ticket.ref
            self.ops.run(
                lambda: self.workspace.tickets.open_incidents_of(ref),
                self._guard(lambda incidents: self._open_resolve_dialog(ref, incidents, pending)),
                on_error=self._guard(self._show_error),
            )
        else:
            self._open_resolve_dialog(ticket.ref, [], pending)

    def _open_resolve_dialog(self, ref: str, incidents: list[str], pending: TicketChanges | None) -> None:
        if ref != self._ref or self._ticket is None:
            return
        dialog = ResolveDialog(ref, self._ticket.type, len(incidents), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._resolved(ref, dialog.resolution(), incidents, pending))
        self.resolve_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "resolve_dialog", None))
        dialog.open()

    def _resolved(self, ref: str, resolution: Resolution, incidents: list[str], pending: TicketChanges | None) -> None:
        if ref != self._ref:
            return
        changes = pending or TicketChanges()
        changes.status = "resolved"
        changes.resolution_notes = resolution.notes
        changes.resolution_code = resolution.code
        changes.resolve_incidents = resolution.resolve_incidents
        extra = tuple(incidents) if resolution.resolve_incidents else ()
        if pending is None:
            self._set_message("")
            self._write(
                lambda: self.workspace.tickets.update(ref, changes, self.workspace.actor),
                (ref, *extra),
                on_error=lambda error: self._set_message(str(error), error=True),
            )
        else:
            self._submit(ref, changes, extra)

    # --- conversation ------------------------------------------------------------------------------

    def _save_draft(self) -> None:
        if self._ref is not None:
            self.drafts.save(reply_draft_name(self._ref), {"text": self.reply_box.text()})

    def _post(self, changes: TicketChanges) -> None:
        ref = self._ref
        if ref is None:
            return
        self.reply_box.set_busy(True)

        def sent(_ticket: TicketDetail) -> None:
            self.drafts.discard(reply_draft_name(ref))
            if ref == self._ref:
                self.reply_box.set_text("")
                self.reply_box.set_busy(False)
                self.conversation.scroll_to_end()

        def failed(error: DeskappError) -> None:
            self.reply_box.set_busy(False)
            self._set_message(strip_field_prefix(str(error), error.field), error=True)

        self._write(
            lambda: self.workspace.tickets.update(ref, changes, self.workspace.actor),
            (ref,),
            on_done=sent,
            on_error=failed,
        )

    # --- links -------------------------------------------------------------------------------------

    def _canonical(self, text: str) -> str | None:
        try:
            return format_number(*parse_number(text))
        except DeskappError as error:
            self.links.show_error(str(error))
            return None

    def link_related(self, other: str) -> None:
        ref, other_ref = self._ref, self._canonical(other)
        if ref is None or other_ref is None:
            return

        def done(_ticket: TicketDetail) -> None:
            self.links.number.clear()

        self._write(
            lambda: self.workspace.links.link(ref, other_ref, self.workspace.actor),
            (ref, other_ref),
            on_done=done,
            on_error=lambda error: self.links.show_error(str(error)),
        )

    def unlink_related(self, other_ref: str) -> None:
        ref = self._ref
        if ref is None:
            return
        self._write(
            lambda: self.workspace.links.unlink(ref, other_ref, self.workspace.actor),
            (ref, other_ref),
            on_error=lambda error: self.links.show_error(str(error)),
        )

    def _ask_problem(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Link to problem"))
        dialog.setLabelText(self.tr("Problem number (e.g. PRB-3):"))
        if self._ticket and self._ticket.problem:
            dialog.setTextValue(self._ticket.problem)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self.set_problem(text) if text.strip() else None)
        dialog.open()

    def set_problem(self, problem: str) -> None:
        """Link this incident to a problem ('none' unlinks it)."""
        ref = self._ref
        if ref is None or self._ticket is None:
            return
        refs = [ref, self._ticket.problem or ""]
        if problem.strip().lower() != "none":
            target = self._canonical(problem)
            if target is None:
                return
            problem = target
            refs.append(target)
        changes = TicketChanges(problem=problem)
        self._write(
            lambda: self.workspace.tickets.update(ref, changes, self.workspace.actor),
            tuple(r for r in refs if r),
            on_error=lambda error: self.links.show_error(str(error)),
        )

    # --- attachments -------------------------------------------------------------------------------

    def attach_files(self, paths: list[Path]) -> None:
        """Attach files (from Add file… or a drop); the list refreshes when the change is announced."""
        ref = self._ref
        if ref is None or not paths:
            return
        actor = self.workspace.actor
        self.tabs.setCurrentIndex(self.ATTACHMENTS)
        self.ops.run(
            lambda: [self.workspace.attachments.attach_file(ref, Path(p), actor) for p in paths],
            on_error=self._guard(lambda error: self._set_message(str(error), error=True)),
            change=Change(refs=(ref,)),
            label=self.tr("Attaching files to {ref}").format(ref=ref),
        )

    def open_attachment(self, attachment_id: int) -> None:
        self.ops.run(
            lambda: self.workspace.attachments.path(attachment_id),
            self._guard(lambda path: self.open_url(QUrl.fromLocalFile(str(path)))),
            on_error=self._guard(lambda error: self._set_message(str(error), error=True)),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ticket is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if self._ticket is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(files)

    # --- look --------------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        muted = style.muted_colour(self.palette()).name()
        self.empty_text.setStyleSheet(f"color: {muted};")
        self.empty_title.setStyleSheet(f"color: {muted};")
        self.unsaved.setStyleSheet(f"color: {muted}; font-style: italic;")
        self.fields.apply_palette()
        self.header.apply_palette()
        self.links.show_error(self.links.error.text())
        self._style_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

"""The request form office staff fill in to report a problem: few fields, plain words, nothing lost.

What is typed is kept as a draft on every change; a submit creates the ticket and attaches the files
in one piece of database work, then a confirmation gives the ticket number.
"""

from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import validation
from deskapp.domain.categories import join_path
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.tickets import Level, Source
from deskapp.services.directory import CategoryNode
from deskapp.services.people import Actor
from deskapp.services.tickets import NewTicket
from deskapp.services.workspace import Workspace
from deskapp.ui.drafts import DraftStore
from deskapp.ui.form.attachments import AttachmentList, missing_files
from deskapp.ui.form.widgets import (
    ChoiceRow,
    FieldError,
    TextBox,
    field_block,
    friendly,
    hint_label,
    scaled_font,
    show_error,
)
from deskapp.ui.icons import icon
from deskapp.ui.ops import Change, Ops

DRAFT = "request-form"
NAME_KEY = "form/name"
EMAIL_KEY = "form/email"

DEFAULT_IMPACT = Level.LOW.value
DEFAULT_URGENCY = Level.MEDIUM.value


@dataclass(frozen=True)
class Sent:
    """What came back from sending: the new ticket, the address replies go to, files that failed."""

    ref: str
    email: str
    failed: tuple[str, ...]


class RequestForm(QWidget):
    """Report a problem: who you are, what's wrong, how bad, and any files; then the ticket number."""

    submitted = Signal(str)  # the new ticket's ref, e.g. INC-42

    def __init__(
        self,
        workspace: Workspace,
        ops: Ops,
        drafts: DraftStore,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.drafts = drafts
        self.settings = settings
        self._quiet = True  # no draft saving while the form fills itself in
        self._categories: dict[str, tuple[str, ...]] | None = None
        self._pending_category = ("", "")
        self._sending: Future[object] | None = None
        self.last_ref = ""

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_thanks_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._connect()
        self._restore()
        self._quiet = False
        self._load_categories()

    # --- building ------------------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(8)

        heading = QLabel(self.tr("Report a problem"))
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        heading.setAccessibleName(heading.text())
        intro = QLabel(
            self.tr(
                "Tell us what's wrong and the IT admin will get back to you. "
                "Only your name, your email and what's wrong are needed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(validation.NAME_MAX)
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("Your email"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.name_error = FieldError(self.name_edit)
        self.email_error = FieldError(self.email_edit)
        about = QGridLayout()
        about.setHorizontalSpacing(12)
        top = Qt.AlignmentFlag.AlignTop
        about.addWidget(field_block(QLabel(self.tr("Your &name")), self.name_edit, self.name_error), 0, 0, top)
        about.addWidget(field_block(QLabel(self.tr("Your &email")), self.email_edit, self.email_error), 0, 1, top)
        about.setColumnStretch(0, 1)
        about.setColumnStretch(1, 1)
        layout.addLayout(about)

        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName(self.tr("What's wrong?"))
        self.subject_edit.setMaxLength(validation.SUBJECT_MAX)
        self.subject_edit.setPlaceholderText(self.tr("In a few words, e.g. “The printer by the kitchen won't print”"))
        self.subject_error = FieldError(self.subject_edit)
        layout.addWidget(field_block(QLabel(self.tr("&What's wrong?")), self.subject_edit, self.subject_error))

        self.details_edit = TextBox(lines=4)
        self.details_edit.setAccessibleName(self.tr("Details"))
        self.details_edit.setTabChangesFocus(True)
        self.details_edit.setPlaceholderText(
            self.tr("What were you doing when it happened? Did you see an error message? Since when?")
        )
        self.details_error = FieldError(self.details_edit)
        details = field_block(QLabel(self.tr("&Details")), self.details_edit, self.details_error)
        layout.addWidget(details, 1)

        self.impact_row = ChoiceRow(
            [
                (Level.LOW.value, self.tr("Just me")),
                (Level.MEDIUM.value, self.tr("My team")),
                (Level.HIGH.value, self.tr("The whole office")),
            ],
            DEFAULT_IMPACT,
        )
        self.impact_row.setAccessibleName(self.tr("Who is affected?"))
        self.impact_error = FieldError(self.impact_row)
        layout.addWidget(field_block(QLabel(self.tr("Who is &affected?")), self.impact_row, self.impact_error))

        self.urgency_row = ChoiceRow(
            [
                (Level.LOW.value, self.tr("It can wait")),
                (Level.MEDIUM.value, self.tr("Soon, it slows me down")),
                (Level.HIGH.value, self.tr("Now, I can't work")),
            ],
            DEFAULT_URGENCY,
        )
        self.urgency_row.setAccessibleName(self.tr("How urgent is it?"))
        self.urgency_error = FieldError(self.urgency_row)
        layout.addWidget(field_block(QLabel(self.tr("How &urgent is it?")), self.urgency_row, self.urgency_error))

        layout.addWidget(self._build_category_block())

        self.attachments = AttachmentList()
        self.attachments.setAccessibleName(self.tr("Attach a file or screenshot"))
        self.attachment_error = FieldError(self.attachments)
        attach_label = QLabel(self.tr("Attach a file or screenshot"))
        attach_label.setBuddy(self.attachments.add_button)
        attach_block = QWidget()
        attach_layout = QVBoxLayout(attach_block)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        attach_layout.setSpacing(3)
        attach_layout.addWidget(attach_label)
        attach_layout.addWidget(self.attachments)
        attach_layout.addWidget(self.attachment_error)
        layout.addWidget(attach_block)

        # The Send button stays in view below the scrolling fields, whatever the window's height.
        bar = QWidget()
        bar.setAutoFillBackground(True)
        bar_layout = QVBoxLayout(bar)
        self.general_error = FieldError()
        bar_layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.send_button = QPushButton(self.tr("Send request"))
        self.send_button.setDefault(True)
        self.send_button.setAutoDefault(True)
        self.send_button.setToolTip(self.tr("Send it to the IT admin (Ctrl+Enter)"))
        buttons.addWidget(self.send_button)
        bar_layout.addLayout(buttons)

        self.errors: dict[str, FieldError] = {
            "requester name": self.name_error,
            "requester": self.email_error,
            "subject": self.subject_error,
            "description": self.details_error,
            "impact": self.impact_error,
            "urgency": self.urgency_error,
            "category": self.category_error,
            "attachment": self.attachment_error,
        }

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.setSpacing(0)
        outer_layout.addWidget(scroll, 1)
        outer_layout.addWidget(rule)
        outer_layout.addWidget(bar)
        return outer

    def _build_category_block(self) -> QWidget:
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.subcategory_combo = QComboBox()
        self.subcategory_combo.setAccessibleName(self.tr("Subcategory"))
        self._fill_categories()
        self.category_error = FieldError(self.category_combo)
        block = QWidget()
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        label = QLabel(self.tr("What is it &about?"))
        label.setBuddy(self.category_combo)
        layout.addWidget(label)
        layout.addWidget(hint_label(self.tr("Pick “Not sure” if you don't know; the IT admin will sort it.")))
        row = QHBoxLayout()
        row.addWidget(self.category_combo, 1)
        row.addWidget(self.subcategory_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.category_error)
        return block

    def _build_thanks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(14)
        tick = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize) * 3 // 2
        tick.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            .pixmap(QSize(size, size), self.devicePixelRatioF())
        )
        tick.setAccessibleName(self.tr("Sent"))
        layout.addWidget(tick)
        self.thanks_label = QLabel()
        self.thanks_label.setFont(scaled_font(self.thanks_label, 1.5, bold=True))
        self.thanks_label.setWordWrap(True)
        self.thanks_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label = FieldError()
        self.again_button = QPushButton(self.tr("Report another problem"))
        layout.addWidget(self.thanks_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.warning_label)
        row = QHBoxLayout()
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _connect(self) -> None:
        for edit, error in (
            (self.name_edit, self.name_error),
            (self.email_edit, self.email_error),
            (self.subject_edit, self.subject_error),
        ):
            edit.textChanged.connect(self._save_draft)
            edit.textEdited.connect(error.clear_message)
            edit.returnPressed.connect(self.submit)
        self.details_edit.textChanged.connect(self._save_draft)
        self.details_edit.textChanged.connect(self.details_error.clear_message)
        self.impact_row.changed.connect(self._save_draft)
        self.urgency_row.changed.connect(self._save_draft)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.subcategory_combo.currentIndexChanged.connect(self._save_draft)
        self.subcategory_combo.currentIndexChanged.connect(self.category_error.clear_message)
        self.attachments.changed.connect(self._save_draft)
        self.attachments.changed.connect(self.attachment_error.clear_message)
        self.send_button.clicked.connect(self.submit)
        self.again_button.clicked.connect(self.reset)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self.submit)
        self.ops.unexpected.connect(self._unexpected)

    # --- categories ----------------------------------------------------------------------------

    def _load_categories(self) -> None:
        self.ops.run(self.workspace.directory.categories, self._set_categories, label=self.tr("Loading categories…"))

    def _set_categories(self, nodes: list[CategoryNode]) -> None:
        self._categories = {node.name: node.children for node in nodes}
        quiet, self._quiet = self._quiet, True
        try:
            self._fill_categories()
            self._select_category(*self._pending_category)
        finally:
            self._quiet = quiet

    def _fill_categories(self) -> None:
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("Not sure"), "")
        for name in self._categories or {}:
            self.category_combo.addItem(name, name)
        self._fill_subcategories()

    def _fill_subcategories(self) -> None:
        children = (self._categories or {}).get(self.category_combo.currentData() or "", ())
        self.subcategory_combo.clear()
        self.subcategory_combo.addItem(self.tr("Not sure") if children else self.tr("—"), "")
        for child in children:
            self.subcategory_combo.addItem(child, child)
        self.subcategory_combo.setEnabled(bool(children))

    def _category_changed(self) -> None:
        self._fill_subcategories()
        self.category_error.clear_message()
        self._save_draft()

    def _select_category(self, category: str, subcategory: str) -> None:
        index = max(self.category_combo.findData(category), 0) if category else 0
        self.category_combo.setCurrentIndex(index)
        self._fill_subcategories()
        if subcategory:
            self.subcategory_combo.setCurrentIndex(max(self.subcategory_combo.findData(subcategory), 0))

    def category_path(self) -> str:
        """'Hardware/Printer', 'Network', or '' for "Not sure"."""
        if self._categories is None:
            return join_path(*self._pending_category)
        return join_path(self.category_combo.currentData() or None, self.subcategory_combo.currentData() or None)

    # --- drafts --------------------------------------------------------------------------------

    def _fields(self) -> dict[str, str]:
        category, _, subcategory = self.category_path().partition("/")
        return {
            "name": self.name_edit.text(),
            "email": self.email_edit.text(),
            "subject": self.subject_edit.text(),
            "details": self.details_edit.toPlainText(),
            "impact": self.impact_row.value(),
            "urgency": self.urgency_row.value(),
            "category": category,
            "subcategory": subcategory,
            "files": "\n".join(str(p) for p in self.attachments.paths),
        }

    def _is_pristine(self, fields: dict[str, str]) -> bool:
        """Nothing beyond the remembered name and email: no draft worth keeping."""
        remembered = {"name": self._remembered(NAME_KEY), "email": self._remembered(EMAIL_KEY)}
        defaults = {"impact": DEFAULT_IMPACT, "urgency": DEFAULT_URGENCY, **remembered}
        return all((v.strip() == defaults.get(k, "").strip()) for k, v in fields.items())

    def _save_draft(self) -> None:
        if self._quiet:
            return
        fields = self._fields()
        if self._is_pristine(fields):
            fields = dict.fromkeys(fields, "")  # an empty draft is removed from disk
        self.drafts.save(DRAFT, fields)

    def _remembered(self, key: str) -> str:
        return str(self.settings.value(key, "") or "")

    def _restore(self) -> None:
        draft = self.drafts.load(DRAFT)
        self.name_edit.setText(draft.get("name") or self._remembered(NAME_KEY))
        self.email_edit.setText(draft.get("email") or self._remembered(EMAIL_KEY))
        self.subject_edit.setText(draft.get("subject", ""))
        self.details_edit.setPlainText(draft.get("details", ""))
        self.impact_row.set_value(draft.get("impact") or DEFAULT_IMPACT)
        self.urgency_row.set_value(draft.get("urgency") or DEFAULT_URGENCY)
        self._pending_category = (draft.get("category", ""), draft.get("subcategory", ""))
        files = [Path(line) for line in draft.get("files", "").splitlines() if line.strip()]
        self.attachments.add_files(p for p in files if p.is_file())

    # --- submitting ----------------------------------------------------------------------------

    def _check(self) -> dict[str, str]:
        """What's missing or wrong before anything is sent, keyed like DeskappError.field."""
        problems: dict[str, str] = {}
        if not self.name_edit.text().strip():
            problems["requester name"] = self.tr("Please tell us your name.")
        email = self.email_edit.text().strip()
        if not email:
            problems["requester"] = self.tr("Please give your email, so the IT admin can reply.")
        else:
            try:
                validation.email(email, "requester")
            except ValidationError:
                problems["requester"] = self.tr("That doesn't look like an email address (like name@example.com).")
        if not self.subject_edit.text().strip():
            problems["subject"] = self.tr("Please say in a few words what's wrong.")
        missing = missing_files(self.attachments.paths)
        if missing:
            names = ", ".join(p.name for p in missing)
            problems["attachment"] = self.tr(
                "This file can no longer be found: {names}. Remove it or add it again."
            ).format(names=names)
        return problems

    def clear_errors(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.clear_message()

    def submit(self) -> None:
        if self._sending is not None or self.pages.currentIndex() != 0:
            return
        self.clear_errors()
        problems = self._check()
        if problems:
            first = None
            for key, message in problems.items():
                self.errors[key].show_message(message)
                first = first or self.errors[key].field
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name = " ".join(self.name_edit.text().split())
        new = NewTicket(
            subject=self.subject_edit.text(),
            description=self.details_edit.toPlainText(),
            impact=self.impact_row.value(),
            urgency=self.urgency_row.value(),
            category=self.category_path() or None,
            requester_email=self.email_edit.text().strip(),
            requester_name=name,
            source=Source.FORM.value,
        )
        files = self.attachments.paths
        actor = Actor(None, name)  # the requester, not an agent, logs this ticket
        tickets, attachments = self.workspace.tickets, self.workspace.attachments

        def work() -> Sent:
            detail = tickets.create(new, actor)
            failed: list[str] = []
            for path in files:
                try:
                    attachments.attach_file(detail.ref, path, actor)
                except DeskappError as error:
                    failed.append(f"{path.name}: {friendly(error)}")
            email = detail.requester.email if detail.requester and detail.requester.email else ""
            return Sent(detail.ref, email, tuple(failed))

        self._set_sending(True)
        self._sending = self.ops.run(
            work, self._sent, on_error=self._refused, change=Change(), label=self.tr("Sending your request…")
        )

    def _set_sending(self, sending: bool) -> None:
        if not sending:
            self._sending = None
        self.send_button.setEnabled(not sending)
        self.send_button.setText(self.tr("Sending…") if sending else self.tr("Send request"))

    def _sent(self, sent: Sent) -> None:
        ref, failed = sent.ref, sent.failed
        self._set_sending(False)
        self.last_ref = ref
        self.settings.setValue(NAME_KEY, " ".join(self.name_edit.text().split()))
        self.settings.setValue(EMAIL_KEY, self.email_edit.text().strip())
        self.settings.sync()
        self.drafts.discard(DRAFT)
        self.thanks_label.setText(self.tr("Thanks! Your request is {ref}.").format(ref=ref))
        self.next_label.setText(
            self.tr(
                "The IT admin has been told. You'll get a reply by email at {email}.\n\n"
                "You can check the status of your request with this number: {ref}. Keep it handy if you call."
            ).format(email=sent.email or self.email_edit.text().strip(), ref=ref)
        )
        if failed:
            self.warning_label.show_message(
                self.tr("These files could not be attached (your request was sent without them):\n{files}").format(
                    files="\n".join(failed)
                )
            )
        else:
            self.warning_label.clear_message()
        self.pages.setCurrentIndex(1)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.submitted.emit(ref)

    def _refused(self, error: DeskappError) -> None:
        self._set_sending(False)
        field = show_error(self.errors, self.general_error, error)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unexpected(self, _message: str) -> None:
        """A bug in our own work (already logged by Ops): say so instead of staying 'Sending…' forever."""
        if self._sending is not None and self._sending.done():
            self._set_sending(False)
            self.general_error.show_message(
                self.tr(
                    "Sorry, deskapp could not send your request because of an internal error. "
                    "Please try again, or call the IT admin."
                )
            )

    def reset(self) -> None:
        """Start a new report: empty the problem fields, keep who you are."""
        self._quiet = True
        try:
            self.clear_errors()
            self.subject_edit.clear()
            self.details_edit.clear()
            self.impact_row.set_value(DEFAULT_IMPACT)
            self.urgency_row.set_value(DEFAULT_URGENCY)
            self._pending_category = ("", "")
            self._select_category("", "")
            self.attachments.clear()
            self.warning_label.clear_message()
        finally:
            self._quiet = False
        self.drafts.discard(DRAFT)
        self.pages.setCurrentIndex(0)
        self.subject_edit.setFocus(Qt.FocusReason.OtherFocusReason)


class RequestFormWindow(QMainWindow):
    """The form on its own, for `deskapp form` on office computers."""

    def __init__(self, workspace: Workspace, ops: Ops, drafts: DraftStore, settings: QSettings) -> None:
        super().__init__()
        self.drafts = drafts
        self.form = RequestForm(workspace, ops, drafts, settings, self)
        self.setCentralWidget(self.form)
        self.setWindowTitle(self.tr("Report a problem — deskapp"))
        self.setWindowIcon(icon("form"))
        self.resize(560, 680)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.drafts.flush()  # an accidental close keeps what was typed
        super().closeEvent(event)

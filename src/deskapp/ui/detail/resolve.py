"""The dialog that resolves a ticket: what was done (required), how it ended, and linked incidents."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.tickets import ResolutionCode, TicketType
from deskapp.ui.detail import style


@dataclass(frozen=True)
class Resolution:
    notes: str
    code: str
    resolve_incidents: bool


class ResolveDialog(QDialog):
    """Opened with open() (not exec) so the detail stays responsive; read resolution() once accepted."""

    def __init__(self, ref: str, ticket_type: TicketType, open_incidents: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve {ref}").format(ref=ref))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What was done to fix it, or the answer given to the requester"))
        self.notes.setTabChangesFocus(True)
        self.notes_error = QLabel()
        self.notes_error.setWordWrap(True)
        self.notes_error.setStyleSheet(f"color: {style.error_colour(self.palette()).name()};")
        self.notes_error.hide()
        self.code = QComboBox()
        for code in ResolutionCode:
            if code is not ResolutionCode.DUPLICATE:  # duplicates are merged, not resolved by hand
                self.code.addItem(code.label, code.value)
        default = ResolutionCode.REQUEST_FULFILLED if ticket_type is TicketType.REQUEST else ResolutionCode.FIXED
        self.code.setCurrentIndex(self.code.findData(default.value))
        self.incidents = QCheckBox(
            self.tr("Also resolve 1 linked incident")
            if open_incidents == 1
            else self.tr("Also resolve %n linked incidents", "", open_incidents)
        )
        self.incidents.setChecked(open_incidents > 0)
        self.incidents.setVisible(ticket_type is TicketType.PROBLEM and open_incidents > 0)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        notes_box = QVBoxLayout()
        notes_box.setContentsMargins(0, 0, 0, 0)
        notes_box.addWidget(self.notes)
        notes_box.addWidget(self.notes_error)
        notes_label = QLabel(self.tr("Resolution &notes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, notes_box)
        code_label = QLabel(self.tr("Resolution &code:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.resolve_button = self.buttons.addButton(self.tr("Resolve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.resolve_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.incidents)
        layout.addWidget(self.buttons)
        self.notes.setFocus()
        width = self.fontMetrics().averageCharWidth() * 60
        self.resize(width, self.sizeHint().height())

    def accept(self) -> None:
        if not self.notes.toPlainText().strip():
            self.notes_error.setText(self.tr("Write what was done, so the requester and colleagues know."))
            self.notes_error.show()
            self.notes.setFocus()
            return
        super().accept()

    def resolution(self) -> Resolution:
        return Resolution(
            notes=self.notes.toPlainText().strip(),
            code=str(self.code.currentData()),
            resolve_incidents=not self.incidents.isHidden() and self.incidents.isChecked(),
        )

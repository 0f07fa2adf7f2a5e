"""Settings page: rules for tickets that are not about the SLA (reopen window, attachment size)."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QSpinBox, QVBoxLayout, QWidget

from deskapp.services.office import ATTACHMENT_LIMIT_RANGE, REOPEN_WINDOW_RANGE
from deskapp.ui.settings.common import FieldError, heading, hint_label


def _block(field: QWidget, error: FieldError, hint: str) -> QWidget:
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    field.setMinimumWidth(120)
    layout.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(hint_label(hint))
    layout.addWidget(error)
    return block


class TicketsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reopen_spin = QSpinBox()
        self.reopen_spin.setRange(REOPEN_WINDOW_RANGE.start, REOPEN_WINDOW_RANGE.stop - 1)
        self.reopen_spin.setSuffix(self.tr(" days"))
        self.reopen_spin.setAccessibleName(self.tr("Reopen window in days"))
        self.attachment_spin = QSpinBox()
        self.attachment_spin.setRange(ATTACHMENT_LIMIT_RANGE.start, ATTACHMENT_LIMIT_RANGE.stop - 1)
        self.attachment_spin.setSuffix(self.tr(" MB"))
        self.attachment_spin.setAccessibleName(self.tr("Largest attachment in MB"))
        self.reopen_error = FieldError(self.reopen_spin)
        self.attachment_error = FieldError(self.attachment_spin)
        self.general_error = FieldError()

        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(
            self.tr("&Reopen closed tickets for"),
            _block(
                self.reopen_spin,
                self.reopen_error,
                self.tr("After this, a requester's problem gets a new ticket instead. 0 = never reopen."),
            ),
        )
        form.addRow(
            self.tr("&Largest attachment"),
            _block(
                self.attachment_spin,
                self.attachment_error,
                self.tr("Files above this size are refused when attached to a ticket."),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tickets"), self))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def load(self, data: dict[str, Any]) -> None:
        self.reopen_spin.setValue(data["office"]["reopen_window_days"])
        self.attachment_spin.setValue(data["office"]["attachment_limit_mb"])
        self.clear_errors()

    def store(self, data: dict[str, Any]) -> None:
        data["office"]["reopen_window_days"] = self.reopen_spin.value()
        data["office"]["attachment_limit_mb"] = self.attachment_spin.value()

    def problems(self) -> list[QWidget]:
        return []

    def clear_errors(self) -> None:
        for error in (self.reopen_error, self.attachment_error, self.general_error):
            error.clear_message()

    def show_error(self, path: tuple[Any, ...], message: str) -> QWidget | None:
        key = path[1] if len(path) > 1 else None
        if key == "reopen_window_days":
            self.reopen_error.show_message(message)
            return self.reopen_spin
        if key == "attachment_limit_mb":
            self.attachment_error.show_message(message)
            return self.attachment_spin
        self.general_error.show_message(message)
        return None

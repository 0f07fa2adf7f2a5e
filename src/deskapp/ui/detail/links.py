"""Tickets that belong with this one: its problem, its incidents, related tickets and merges."""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.tickets import TicketType
from deskapp.services.records import TicketDetail
from deskapp.ui.detail import style


def ref_link(ref: str) -> QLabel:
    """A ticket number that opens the ticket when clicked (or activated from the keyboard)."""
    label = QLabel(f'<a href="{escape(ref)}">{escape(ref)}</a>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setObjectName(f"link-{ref}")
    return label


class LinksPanel(QWidget):
    open_ticket = Signal(str)
    link_related = Signal(str)
    unlink_related = Signal(str)
    link_problem = Signal()
    unlink_problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem_box = self._list_box()
        self.incidents_box = self._list_box()
        self.related_box = self._list_box()
        self.merged_from_box = self._list_box()
        self.merged_into_box = self._list_box()
        self.form.addRow(self.tr("Problem:"), self.problem_box)
        self.form.addRow(self.tr("Incidents:"), self.incidents_box)
        self.form.addRow(self.tr("Related:"), self.related_box)
        self.form.addRow(self.tr("Merged from:"), self.merged_from_box)
        self.form.addRow(self.tr("Merged into:"), self.merged_into_box)

        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Ticket number, e.g. INC-12"))
        self.number.setAccessibleName(self.tr("Ticket number to link"))
        self.link_button = QPushButton(self.tr("Link related ticket"))
        self.link_button.clicked.connect(self._link)
        self.number.returnPressed.connect(self._link)
        self.problem_button = QPushButton(self.tr("Link to problem…"))
        self.problem_button.clicked.connect(self.link_problem)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        add = QHBoxLayout()
        add.addWidget(self.number, 1)
        add.addWidget(self.link_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(add)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _list_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        return box

    def _fill(self, box: QWidget, refs: tuple[str, ...], unlink: Signal | None = None) -> None:
        layout = box.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not refs:
            layout.addWidget(QLabel(self.tr("None")))
            return
        for ref in refs:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = ref_link(ref)
            label.linkActivated.connect(self.open_ticket)
            line.addWidget(label)
            if unlink is not None:
                button = QPushButton(self.tr("Unlink"))
                button.setAccessibleName(self.tr("Unlink {ref}").format(ref=ref))
                button.clicked.connect(lambda _checked=False, r=ref, s=unlink: s.emit(r))
                line.addWidget(button)
            line.addStretch(1)
            layout.addWidget(row)

    def show_links(self, ticket: TicketDetail) -> None:
        incident = ticket.type is TicketType.INCIDENT
        self._fill(self.problem_box, (ticket.problem,) if ticket.problem else (), self.unlink_problem)
        self._fill(self.incidents_box, ticket.incidents)
        self._fill(self.related_box, ticket.related, self.unlink_related)
        self._fill(self.merged_from_box, ticket.merged_from)
        self._fill(self.merged_into_box, (ticket.merged_into,) if ticket.merged_into else ())
        self.form.setRowVisible(self.problem_box, incident)
        self.form.setRowVisible(self.incidents_box, ticket.type is TicketType.PROBLEM)
        self.form.setRowVisible(self.merged_from_box, bool(ticket.merged_from))
        self.form.setRowVisible(self.merged_into_box, bool(ticket.merged_into))
        self.problem_button.setVisible(incident)
        self.problem_button.setText(self.tr("Change problem…") if ticket.problem else self.tr("Link to problem…"))
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setStyleSheet(f"color: {style.error_colour(self.palette()).name()};")
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _link(self) -> None:
        text = self.number.text().strip()
        if text:
            self.link_related.emit(text)

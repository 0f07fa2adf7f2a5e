"""The top of the detail: number and type, the subject (editable in place), badges, requester, times and
the two SLA clocks."""

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from deskapp.domain.tickets import TicketType
from deskapp.services.records import TicketDetail
from deskapp.ui.detail import style
from deskapp.ui.detail.format import format_moment
from deskapp.ui.sla import ClockView, resolution_clock, response_clock


class Badge(QLabel):
    """Text first ('● Open'); the coloured dot and outline are only a second hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._accent = QColor()
        self._text = ""

    def set_badge(self, text: str, accent: QColor, tooltip: str) -> None:
        self._text, self._accent = text, accent
        self.setToolTip(tooltip)
        self.setAccessibleName(tooltip)
        self.apply_palette()

    def plain_text(self) -> str:
        return f"● {self._text}"

    def apply_palette(self) -> None:
        self.setText(f'<span style="color:{self._accent.name()}">●</span> {escape(self._text)}')
        self.setStyleSheet(style.badge_style(self._accent, self.palette()))


class ClockLine(QWidget):
    """One SLA clock: its icon (a shape per state), its name, the state in words, the time left."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.view: ClockView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)

    def show_clock(self, view: ClockView) -> None:
        self.view = view
        icon = view.icon()
        size = self.text.fontMetrics().height()
        self.icon.setPixmap(icon.pixmap(size, size) if icon is not None else QPixmap())
        self.icon.setVisible(icon is not None)
        detail = view.detail()
        colour = view.colour(self.palette())
        body = f'<span style="color:{colour.name()}">{escape(detail)}</span>' if colour else escape(detail)
        self.text.setText(f"<b>{escape(self.name)}</b>&nbsp; {body}")
        self.setToolTip(view.tooltip(self.name))
        self.setAccessibleName(f"{self.name}: {detail}")

    def plain_text(self) -> str:
        return f"{self.name}: {self.view.detail()}" if self.view else ""


class SlaClocks(QWidget):
    """Both clocks of a ticket and the policy that set them; re-read every minute by the detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.response = ClockLine(self.tr("Response"))
        self.resolution = ClockLine(self.tr("Resolution"))
        self.policy = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        layout.addWidget(self.response)
        layout.addWidget(self.resolution)
        layout.addStretch(1)
        layout.addWidget(self.policy)

    def show_ticket(self, ticket: TicketDetail, now: datetime) -> None:
        has_clock = ticket.response_due_at is not None or ticket.resolution_due_at is not None
        self.setVisible(has_clock)
        self.response.show_clock(response_clock(ticket, now))
        self.resolution.show_clock(resolution_clock(ticket, now))
        self.policy.setText(self.tr("SLA policy: {name}").format(name=ticket.sla_policy) if ticket.sla_policy else "")


class TicketHeader(QWidget):
    def __init__(self, subject_cell: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel()
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number.font()
        font.setBold(True)
        self.number.setFont(font)
        self.kind = QLabel()
        self.status = Badge()
        self.priority = Badge()
        self.major = Badge()
        self.merged = QLabel()
        self.requester = QLabel()
        self.requester.setWordWrap(True)
        self.requester.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.times = QLabel()
        self.times.setWordWrap(True)
        self.times.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.requester.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clocks = SlaClocks()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.number)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.priority)
        top.addWidget(self.major)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(subject_cell)
        layout.addWidget(self.merged)
        layout.addWidget(self.requester)
        layout.addWidget(self.times)
        layout.addWidget(self.clocks)
        self._shown: tuple[TicketDetail, datetime] | None = None
        self.apply_palette()

    def show_ticket(self, ticket: TicketDetail, now: datetime) -> None:
        self._shown = (ticket, now)
        palette = self.palette()
        self.number.setText(ticket.ref)
        if ticket.type is TicketType.PROBLEM:  # problems are raised by agents, not received
            self.kind.setText(ticket.type.label)
        else:
            self.kind.setText(
                self.tr("{type} · via {source}").format(type=ticket.type.label, source=ticket.source.label)
            )
        self.status.set_badge(ticket.status.label, style.status_colour(ticket.status, palette), self.tr("Status"))
        self.priority.set_badge(
            self.tr("{priority} priority").format(priority=ticket.priority.label),
            style.priority_colour(ticket.priority, palette),
            self.tr("Priority"),
        )
        self.major.set_badge(self.tr("Major incident"), style.error_colour(palette), self.tr("Major incident"))
        self.major.setVisible(ticket.major)
        self.merged.setText(
            self.tr("Merged into {ref}: work on that ticket instead.").format(ref=ticket.merged_into)
            if ticket.merged_into
            else ""
        )
        self.merged.setVisible(bool(ticket.merged_into))
        self.requester.setText(self._requester_text(ticket))
        self.times.setText(self._times_text(ticket, now))
        self.clocks.show_ticket(ticket, now)

    def show_clocks(self, now: datetime) -> None:
        """Re-read the clocks at another moment (the detail does this every minute)."""
        if self._shown is not None:
            ticket = self._shown[0]
            self._shown = (ticket, now)
            self.clocks.show_ticket(ticket, now)

    def _requester_text(self, ticket: TicketDetail) -> str:
        person = ticket.requester
        if person is None:
            return self.tr("No requester recorded")
        details = [d for d in (person.email, person.department) if d]
        if details:
            return self.tr("Requested by {name} ({details})").format(name=person.name, details=", ".join(details))
        return self.tr("Requested by {name}").format(name=person.name)

    def _times_text(self, ticket: TicketDetail, now: datetime) -> str:
        parts = [
            self.tr("Logged {when}").format(when=format_moment(ticket.created_at, now)),
            self.tr("Updated {when}").format(when=format_moment(ticket.updated_at, now)),
        ]
        # The due times are on the clocks line below.
        if ticket.first_response_at:
            parts.append(self.tr("First response {when}").format(when=format_moment(ticket.first_response_at, now)))
        if ticket.resolved_at:
            parts.append(self.tr("Resolved {when}").format(when=format_moment(ticket.resolved_at, now)))
        if ticket.closed_at:
            parts.append(self.tr("Closed {when}").format(when=format_moment(ticket.closed_at, now)))
        return "  ·  ".join(parts)

    def apply_palette(self) -> None:
        muted = style.muted_colour(self.palette()).name()
        for label in (self.kind, self.times, self.clocks.policy):
            label.setStyleSheet(f"color: {muted};")
        self.merged.setStyleSheet(f"color: {style.error_colour(self.palette()).name()}; font-weight: bold;")
        if self._shown is not None:
            self.show_ticket(*self._shown)

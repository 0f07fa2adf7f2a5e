"""How an SLA clock reads on screen: a state, an icon of its own shape, a few words and a colour cue.

Shared by the queue columns, the ticket header and the notification list. Colour is only a second hint:
every state has its own icon shape (clock, hourglass, stop sign, pause, tick, cross) and words.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPalette

from deskapp.domain.sla import SlaState, clock_state, remaining_text
from deskapp.domain.tickets import Status
from deskapp.ui import icons
from deskapp.ui.theme import is_dark
from deskapp.ui.timefmt import format_moment

ICONS = {
    SlaState.ON_TRACK: "sla-ok",
    SlaState.AT_RISK: "sla-risk",
    SlaState.BREACHED: "sla-breach",
    SlaState.PAUSED: "sla-paused",
    SlaState.MET: "sla-met",
    SlaState.MISSED: "sla-missed",
}
# (light palette, dark palette); None keeps the palette's text colour.
_COLOURS: dict[SlaState, tuple[str, str] | None] = {
    SlaState.ON_TRACK: None,
    SlaState.AT_RISK: ("#9a5b00", "#ffb74d"),
    SlaState.BREACHED: ("#c62828", "#ff8a80"),
    SlaState.PAUSED: ("#5f6670", "#a4abb5"),
    SlaState.MET: ("#2e7d32", "#81c784"),
    SlaState.MISSED: ("#c62828", "#ff8a80"),
}
_STATE_WORDS = {
    SlaState.ON_TRACK: "on track",
    SlaState.AT_RISK: "at risk",
    SlaState.BREACHED: "breached",
    SlaState.PAUSED: "paused",
    SlaState.MET: "met",
    SlaState.MISSED: "missed",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sla", text)


class HasClocks(Protocol):
    """A queue row (TicketSummary) or a ticket (TicketDetail): what the two clocks are read from."""

    status: Status
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    response_risk_at: datetime | None
    resolution_risk_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    sla_paused_at: datetime | None
    response_met: bool | None
    resolution_met: bool | None


@dataclass(frozen=True)
class ClockView:
    """One clock as shown: state None means the ticket has no such clock (or it stopped unfinished)."""

    state: SlaState | None
    due: datetime | None
    done_at: datetime | None
    now: datetime

    @property
    def words(self) -> str:
        """'on track', 'at risk', … ('' without a clock)."""
        return _tr(_STATE_WORDS[self.state]) if self.state else ""

    @property
    def short(self) -> str:
        """What a queue cell says: '2 h 10 m left', 'overdue 35 m', 'paused', 'met', 'missed', or '—'."""
        if self.state is None or self.due is None:
            return "—"
        if self.state in (SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED):
            return remaining_text(self.due, self.now)
        return self.words

    def detail(self) -> str:
        """A line for the ticket header: state, time left and the due moment."""
        if self.state is None or self.due is None:
            return _tr("no target")
        due = format_moment(self.due, self.now)
        if self.state in (SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED):
            return _tr("{state} · {left} (due {due})").format(
                state=self.words, left=remaining_text(self.due, self.now), due=due
            )
        if self.state is SlaState.PAUSED:  # the due time moves on by the length of the pause
            return _tr("paused while pending")
        done = format_moment(self.done_at, self.now) if self.done_at else ""
        return _tr("{state} · done {done} (due {due})").format(state=self.words, done=done, due=due)

    def tooltip(self, clock_name: str) -> str:
        if self.state is None:
            return _tr("{clock}: no target").format(clock=clock_name)
        return _tr("{clock}: {detail}").format(clock=clock_name, detail=self.detail())

    def icon(self) -> QIcon | None:
        return icons.icon(ICONS[self.state]) if self.state else None

    def colour(self, palette: QPalette) -> QColor | None:
        return state_colour(self.state, palette) if self.state else None


def state_colour(state: SlaState, palette: QPalette) -> QColor | None:
    pair = _COLOURS[state]
    return QColor(pair[1] if is_dark(palette) else pair[0]) if pair else None


def response_clock(ticket: HasClocks, now: datetime) -> ClockView:
    """Runs from logging until the first reply; resolving without a reply also answers it."""
    due = ticket.response_due_at
    done_at = ticket.first_response_at or ticket.resolved_at
    if due is None:
        return ClockView(None, None, None, now)
    if done_at is not None:
        met = ticket.response_met if ticket.response_met is not None else done_at <= due
        return ClockView(SlaState.MET if met else SlaState.MISSED, due, done_at, now)
    if not ticket.status.is_active:
        return ClockView(None, due, None, now)
    risk = ticket.response_risk_at or due
    paused = ticket.sla_paused_at is not None or ticket.status is Status.PENDING
    return ClockView(clock_state(due, risk, None, now, paused), due, None, now)


def resolution_clock(ticket: HasClocks, now: datetime) -> ClockView:
    """Runs from logging (or the last reopen) until resolved, paused while pending."""
    due = ticket.resolution_due_at
    if due is None:
        return ClockView(None, None, None, now)
    if ticket.resolved_at is not None:
        met = ticket.resolution_met if ticket.resolution_met is not None else ticket.resolved_at <= due
        return ClockView(SlaState.MET if met else SlaState.MISSED, due, ticket.resolved_at, now)
    if not ticket.status.is_active:  # cancelled, or closed without being resolved
        return ClockView(None, due, None, now)
    risk = ticket.resolution_risk_at or due
    paused = ticket.sla_paused_at is not None or ticket.status is Status.PENDING
    return ClockView(clock_state(due, risk, None, now, paused), due, None, now)


def clock_of(ticket: HasClocks, name: str, now: datetime) -> ClockView:
    return response_clock(ticket, now) if name == "response" else resolution_clock(ticket, now)

"""SLA reminders on screen: tray balloons, a Notifications panel that keeps them, and a status-bar button.

The reminder scheduler hands new notices over from its own thread; ``NotificationCenter.deliver`` passes
them to the main thread through a queued signal. One to three tickets at once get a balloon each; more
get one summary balloon, so a morning backlog does not bury the screen. Every notice stays in the panel
until dismissed; a snoozed one leaves the list and comes back (with a new balloon) when the snooze ends.

The panel shows one row per ticket: a ticket crossing its at-risk moment usually fires an escalation
level in the same minute, and an overdue one collects several; the row names the most serious and
its tooltip lists them all. Snooze and Dismiss act on every reminder of the chosen tickets.

The panel lives in the left column under the views, where there is room at 1280 px; a dock on the
right would push the window wider than the screen.
"""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from math import ceil
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import ValidationError
from deskapp.domain.sla import format_wall_duration, parse_wall_duration, remaining_text
from deskapp.services.sla import Notice, SlaService
from deskapp.ui import icons
from deskapp.ui.ops import Change, Ops
from deskapp.ui.timefmt import format_moment

SUMMARY_ABOVE = 3  # more tickets than this at once: one summary balloon
SUMMARY_NAMES = 4  # tickets named in a summary before "…"
NOTICE_ROLE = Qt.ItemDataRole.UserRole + 1
SEEN_KEY = "notifications/seen-id"
PANEL = "panel"  # what a click on a summary balloon opens
SNOOZES = ((15, "15 minutes"), (60, "1 hour"))
MORNING_HOUR = 9
# A notice that only records a change of the reminders' records; no view of tickets needs to re-read.
NOTICE_CHANGE = Change(tickets=False)

_KINDS = {
    "response_risk": "First response due soon",
    "response_breach": "First response overdue",
    "resolution_risk": "Resolution due soon",
    "resolution_breach": "Resolution overdue",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notifications", text)


def is_breach(notice: Notice) -> bool:
    """A breach, or an escalation at or after the due time."""
    kind = notice.kind
    return kind.endswith("_breach") or (kind.startswith("esc:") and ("+" in kind or "100%" in kind))


def kind_label(notice: Notice) -> str:
    """'Resolution overdue', 'Escalated: 75% of the resolution time used', …"""
    if notice.kind in _KINDS:
        return _tr(_KINDS[notice.kind])
    level = notice.kind.removeprefix("esc:")
    clock, _, point = level.replace("+", "@+").partition("@")
    clock_name = _tr("first response") if clock == "response" else _tr("resolution")
    if point.startswith("+"):
        try:
            late = format_wall_duration(parse_wall_duration(point[1:]))
        except ValidationError:
            late = point[1:]
        return _tr("Escalated: {clock} {late} overdue").format(clock=clock_name, late=late)
    if point == "100%":
        return _tr("Escalated: {clock} overdue").format(clock=clock_name)
    return _tr("Escalated: {share} of the {clock} time used").format(share=point, clock=clock_name)


def kind_icon(notice: Notice) -> Any:
    return icons.icon("sla-breach" if is_breach(notice) else "sla-risk")


def _severity(notice: Notice) -> int:
    return 2 if notice.kind.endswith("_breach") else 1 if is_breach(notice) else 0


def by_ticket(notices: Sequence[Notice]) -> list[Notice]:
    """One notice per ticket, the most severe, in the order the tickets first appear.

    A ticket reaching its at-risk moment often fires an escalation level at the same minute; the
    person needs to hear about the ticket once.
    """
    chosen: dict[str, Notice] = {}
    for notice in notices:
        best = chosen.get(notice.ref)
        if best is None or _severity(notice) > _severity(best):
            chosen[notice.ref] = notice
    return list(chosen.values())


def ticket_groups(notices: Sequence[Notice]) -> list[list[Notice]]:
    """The notices per ticket, most serious (then latest) first; tickets in the order of their newest notice."""
    groups: dict[str, list[Notice]] = {}
    for notice in sorted(notices, key=lambda n: -n.id):
        groups.setdefault(notice.ref, []).append(notice)
    return [sorted(group, key=lambda n: (-_severity(n), -n.id)) for group in groups.values()]


def time_left(notice: Notice, now: datetime) -> str:
    return remaining_text(notice.due_at, now)


def balloons(notices: Sequence[Notice], now: datetime) -> list[tuple[str, str, str]]:
    """(title, message, what a click opens) for the balloons to show for notices that arrived together:
    one per ticket for up to SUMMARY_ABOVE tickets, else a single summary that opens the panel."""
    tickets = by_ticket(notices)
    if not tickets:
        return []
    if len(tickets) <= SUMMARY_ABOVE:
        return [
            (
                _tr("{ref} · {what}").format(ref=n.ref, what=kind_label(n)),
                _tr("{subject}\n{left}").format(subject=n.subject, left=time_left(n, now)),
                n.ref,
            )
            for n in tickets
        ]
    named = ", ".join(f"{n.ref} {time_left(n, now)}" for n in tickets[:SUMMARY_NAMES])
    more = ", …" if len(tickets) > SUMMARY_NAMES else ""
    message = _tr("{count} SLA reminders: {tickets}{more}").format(count=len(notices), tickets=named, more=more)
    title = _tr("{count} tickets need attention").format(count=len(tickets))
    return [(title, message, PANEL)]


def minutes_until_morning(now: datetime) -> int:
    """Minutes from now to 09:00 tomorrow, local time (the 'Tomorrow 9:00' snooze)."""
    local = now.astimezone()
    morning = (local + timedelta(days=1)).replace(hour=MORNING_HOUR, minute=0, second=0, microsecond=0)
    return max(1, ceil((morning - local).total_seconds() / 60))


class NotificationPanel(QWidget):
    """The list of SLA reminders, one row per ticket: open the ticket, snooze, or dismiss."""

    open_ticket = Signal(str)
    unseen_changed = Signal(int)  # tickets with reminders not looked at yet

    def __init__(self, sla: SlaService, ops: Ops, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifications-panel")
        self.sla = sla
        self.ops = ops
        self.settings = settings
        self.notices: list[Notice] = []
        self.unseen = 0
        self._delivered: set[int] = set()  # arrived (or came back from a snooze) since last looked at

        self.title = QLabel(_tr("Notifications"))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(_tr("Hide the notifications (View > Notifications shows them again)"))
        self.close_button.setAccessibleName(_tr("Hide notifications"))
        self.close_button.clicked.connect(self.hide)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notifications")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(False)  # lines are elided to the width instead: see _item_text
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemDoubleClicked.connect(self._open_item)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.open_button = self._button(_tr("Open"), _tr("Open the ticket in its own window (or double-click it)"))
        self.open_button.clicked.connect(self.open_current)
        self.snooze_button = self._button(_tr("Snooze"), _tr("Remind me again later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: list[QAction] = []
        for minutes, label in SNOOZES:
            action = menu.addAction(_tr(label))
            action.triggered.connect(lambda _c=False, m=minutes: self.snooze_selected(m))
            self.snooze_actions.append(action)
        tomorrow = menu.addAction(_tr("Tomorrow 9:00"))
        tomorrow.triggered.connect(lambda: self.snooze_selected(minutes_until_morning(self.sla.clock())))
        self.snooze_actions.append(tomorrow)
        self.snooze_button.setMenu(menu)
        self.dismiss_button = self._button(_tr("Dismiss"), _tr("Remove these reminders from the list"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)

        self.toggle_action = QAction(_tr("&Notifications"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self.setVisible)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @staticmethod
    def _button(text: str, tooltip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tooltip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.toggle_action.setChecked(True)
        self.mark_seen()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.isHidden():  # only hidden because its window is (minimised, say)
            return
        self.toggle_action.setChecked(False)

    # --- reading -------------------------------------------------------------------------------

    def refresh(self, on_done: Callable[[], None] | None = None) -> None:
        """Re-read the list (snoozed notices stay out of it until their snooze ends)."""
        sla = self.sla

        def done(notices: list[Notice]) -> None:
            self.show_notices(notices)
            if on_done is not None:
                on_done()

        self.ops.run(lambda: sla.all_notices(include_snoozed=False), done)

    def note_delivered(self, notices: Sequence[Notice]) -> None:
        """Notices that just arrived count as unseen, even ones coming back from a snooze."""
        self._delivered.update(n.id for n in notices)

    def show_notices(self, notices: list[Notice]) -> None:
        self.notices = notices
        now = self.sla.clock()
        selected = {n.ref for n in self.selected()}
        self.list.clear()
        for group in ticket_groups(notices):
            item = QListWidgetItem(kind_icon(group[0]), self._item_text(group, now))
            item.setData(NOTICE_ROLE, group)
            when = format_moment(max(n.fired_at for n in group), now)
            item.setToolTip(_tr("Reminded {when}:").format(when=when) + "\n" + "\n".join(n.message for n in group))
            self.list.addItem(item)
            item.setSelected(group[0].ref in selected)
        tickets = self.list.count()
        if tickets:
            self.summary.setText(
                _tr("{count} tickets need attention. Double-click one to open it.").format(count=tickets)
                if tickets > 1
                else _tr("1 ticket needs attention. Double-click it to open it.")
            )
        else:
            self.summary.setText(_tr("No reminders. Tickets about to miss their SLA show up here."))
        self._update_unseen()
        self._update_buttons()

    def tick(self) -> None:
        """A minute has passed: the times left change."""
        now = self.sla.clock()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(self._item_text(item.data(NOTICE_ROLE), now))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tick()  # the lines are elided to the new width

    def _item_text(self, group: list[Notice], now: datetime) -> str:
        """Three short lines: the ticket and the time left, what happened, the subject."""
        first = group[0]
        metrics = self.list.fontMetrics()
        width = max(self.list.viewport().width() - self.list.iconSize().width() - 16, 60)

        def fit(line: str) -> str:
            return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)

        return "\n".join((fit(f"{first.ref} · {time_left(first, now)}"), fit(kind_label(first)), fit(first.subject)))

    # --- unseen --------------------------------------------------------------------------------

    def _seen_id(self) -> int:
        try:
            return int(self.settings.value(SEEN_KEY, 0))
        except (TypeError, ValueError):
            return 0

    def _update_unseen(self) -> None:
        if self.isVisible():
            self.mark_seen()
            return
        seen = self._seen_id()
        unseen = len({n.ref for n in self.notices if n.id > seen or n.id in self._delivered})
        if unseen != self.unseen:
            self.unseen = unseen
            self.unseen_changed.emit(unseen)

    def mark_seen(self) -> None:
        if self.notices:
            self.settings.setValue(SEEN_KEY, max(self._seen_id(), max(n.id for n in self.notices)))
        self._delivered.clear()
        if self.unseen:
            self.unseen = 0
            self.unseen_changed.emit(0)

    # --- acting --------------------------------------------------------------------------------

    def selected(self) -> list[Notice]:
        """Every notice of the chosen tickets."""
        return [notice for item in self.list.selectedItems() for notice in item.data(NOTICE_ROLE)]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(chosen)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_ticket.emit(item.data(NOTICE_ROLE)[0].ref)

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._open_item(item)

    def snooze_selected(self, minutes: int) -> None:
        ids = [n.id for n in self.selected()]
        if not ids:
            return
        sla = self.sla

        def work() -> None:
            for notice_id in ids:
                sla.snooze(notice_id, minutes)

        self.ops.run(work, lambda _r: self.refresh(), change=NOTICE_CHANGE)

    def dismiss_selected(self) -> None:
        ids = [n.id for n in self.selected()]
        if not ids:
            return
        sla = self.sla

        def work() -> None:
            for notice_id in ids:
                sla.dismiss(notice_id)

        self.ops.run(work, lambda _r: self.refresh(), change=NOTICE_CHANGE)


class NotificationButton(QToolButton):
    """In the status bar: a bell with the number of reminders not looked at yet; a click shows the panel."""

    def __init__(self, panel: NotificationPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setObjectName("notifications-button")
        self.setAutoRaise(True)
        self.setIcon(icons.icon("notifications"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self.toggle_panel)
        panel.unseen_changed.connect(self.show_count)
        self.show_count(0)

    def show_count(self, unseen: int) -> None:
        self.setText(_tr("{n} new reminders").format(n=unseen) if unseen else _tr("Reminders"))
        if unseen == 1:
            self.setText(_tr("1 new reminder"))
        font = self.font()
        font.setBold(bool(unseen))
        self.setFont(font)
        self.setToolTip(_tr("Show or hide the SLA reminders (Notifications panel)"))
        self.setAccessibleName(self.text())

    def toggle_panel(self) -> None:
        self.panel.setVisible(self.panel.isHidden())


class NotificationCenter(QObject):
    """Where the reminder scheduler's notices arrive: balloons, the panel, and what a balloon click opens."""

    arrived = Signal(object)  # list[Notice], on the main thread, after they were shown
    _incoming = Signal(object)

    def __init__(
        self,
        sla: SlaService,
        ops: Ops,
        panel: NotificationPanel,
        open_ticket: Callable[[str], None],
        show_window: Callable[[], None],
    ) -> None:
        super().__init__()
        self.sla = sla
        self.ops = ops
        self.panel = panel
        self.open_ticket = open_ticket
        self.show_window = show_window
        self.tray: Any = None
        self._click_target: str | None = None
        self._incoming.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_tray(self, tray: Any) -> None:
        """The Tray (ui/tray.py) that shows balloons; its messageClicked opens what the balloon was about."""
        self.tray = tray
        tray.messageClicked.connect(self.balloon_clicked)

    def deliver(self, notices: list[Notice]) -> None:
        """Called by the reminder scheduler from its own thread: hand over to the main thread."""
        if notices:
            self._incoming.emit(list(notices))

    def _show(self, notices: list[Notice]) -> None:
        for title, message, target in balloons(notices, self.sla.clock()):
            self._click_target = target
            if self.tray is not None:
                self.tray.notify(title, message)
        sla, ids = self.sla, [n.id for n in notices]
        self.ops.run(lambda: sla.mark_shown(ids))
        self.panel.note_delivered(notices)
        self.panel.refresh()
        self.arrived.emit(notices)

    def balloon_clicked(self) -> None:
        """A balloon was clicked (the tray reports no more than that): open its ticket, or the panel."""
        target = self._click_target
        self.show_window()
        if target == PANEL or target is None:
            self.panel.show()
        else:
            self.open_ticket(target)

"""The one-step actions on a ticket, with shortcuts, enabled only where the lifecycle allows them."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from deskapp.domain.lifecycle import allowed_targets
from deskapp.domain.tickets import Status
from deskapp.services.people import Actor
from deskapp.services.records import GroupRef, TicketDetail


class TicketActions(QObject):
    """QActions owned by the detail widget (shortcuts work while focus is anywhere inside it)."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.assign_to_me = self._make(owner, self.tr("Assign to me"), "Ctrl+Shift+M", self.tr("Take this ticket"))
        self.escalate = self._make(
            owner, self.tr("Escalate"), "Ctrl+Shift+E", self.tr("Hand the ticket to the next support tier")
        )
        self.pending = self._make(
            owner, self.tr("Pending"), "Ctrl+Shift+P", self.tr("Waiting for the requester or a supplier")
        )
        self.resolve = self._make(owner, self.tr("Resolve…"), "Ctrl+Shift+R", self.tr("Record how it was solved"))
        self.close = self._make(owner, self.tr("Close"), "Ctrl+Shift+L", self.tr("Close the resolved ticket"))
        self.reopen = self._make(owner, self.tr("Reopen"), "Ctrl+Shift+O", self.tr("Open the ticket again"))
        self.save = self._make(owner, self.tr("Save"), QKeySequence.StandardKey.Save, self.tr("Save the edited fields"))
        self.revert = self._make(owner, self.tr("Revert"), None, self.tr("Discard the edits of the fields"))

    @staticmethod
    def _make(owner: QWidget, text: str, keys: str | QKeySequence.StandardKey | None, tip: str) -> QAction:
        action = QAction(text, owner)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shown})")
        else:
            action.setToolTip(tip)
        action.setEnabled(False)
        owner.addAction(action)
        return action

    def lifecycle(self) -> list[QAction]:
        return [self.assign_to_me, self.escalate, self.pending, self.resolve, self.close, self.reopen]

    def update(self, ticket: TicketDetail | None, actor: Actor, groups: tuple[GroupRef, ...]) -> None:
        if ticket is None or ticket.merged_into:
            for action in self.lifecycle():
                action.setEnabled(False)
            return
        targets = allowed_targets(ticket.status)
        active = ticket.status.is_active
        mine = ticket.assignee is not None and ticket.assignee.id == actor.id
        tier = ticket.group.tier if ticket.group else 0
        self.assign_to_me.setEnabled(active and actor.id is not None and not mine)
        self.escalate.setEnabled(active and any(g.tier > tier for g in groups))
        self.pending.setEnabled(Status.PENDING in targets)
        self.resolve.setEnabled(Status.RESOLVED in targets)
        self.close.setEnabled(Status.CLOSED in targets)
        self.reopen.setEnabled(Status.OPEN in targets and not active)

"""The ticket detail: one ticket read and worked on in place, in the main window or its own window."""

from deskapp.ui.detail.resolve import ResolveDialog
from deskapp.ui.detail.widget import TicketDetailWidget
from deskapp.ui.detail.window import TicketWindow

__all__ = ["ResolveDialog", "TicketDetailWidget", "TicketWindow"]

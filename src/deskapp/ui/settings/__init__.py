"""The Settings dialog: priority matrix, business hours, SLA policies and ticket rules."""

from deskapp.ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]

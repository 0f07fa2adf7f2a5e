"""The tray icon: a way back to the window, quick actions, and (with SLA reminders) notifications."""

from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from deskapp.ui import icons


class Tray(QSystemTrayIcon):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(icons.app_icon(), window)
        self.window = window
        self.setToolTip(window.tr("deskapp"))
        menu = QMenu()
        menu.addAction(window.tr("Show deskapp"), self.show_window)
        new_action = getattr(window, "new_action", None)
        call_action = getattr(window, "call_action", None)
        for action in (new_action, call_action):
            if action is not None:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(window.tr("Quit"), window.close)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(self._activated)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def notify(self, title: str, message: str) -> None:
        if self.isVisible():
            self.showMessage(title, message, icons.app_icon(), 10_000)

"""The files a person wants to send with a request: chosen with a file dialog or a screenshot, each removable."""

import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SCREENSHOT_DELAY_MS = 400  # long enough for the window manager to hide our window first


def screenshot_folder() -> Path:
    return Path(tempfile.gettempdir()) / "deskapp-screenshots"


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with … in the middle when space is short."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 8)
        self.setAccessibleName(text)

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))


class AttachmentList(QWidget):
    """'Add files…' and 'Take screenshot' buttons above the list of chosen files, each with Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._rows: dict[Path, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.add_button.clicked.connect(self.choose_files)
        self.screenshot_button = QPushButton(self.tr("Take screenshot"))
        self.screenshot_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
        self.screenshot_button.setToolTip(self.tr("This window hides for a moment while the screen is captured."))
        self.screenshot_button.clicked.connect(self.take_screenshot)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.screenshot_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._list = QVBoxLayout()
        self._list.setSpacing(2)
        layout.addLayout(self._list)

    @property
    def paths(self) -> list[Path]:
        return list(self._paths)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            str(Path.home()),
            self.tr("All files (*);;Pictures (*.png *.jpg *.jpeg *.gif *.bmp);;Documents (*.pdf *.txt *.docx *.xlsx)"),
        )
        self.add_files(Path(name) for name in names)

    def add_files(self, paths: Iterable[Path]) -> None:
        added = False
        for path in paths:
            path = Path(path)
            if path in self._paths:
                continue
            self._paths.append(path)
            self._add_row(path)
            added = True
        if added:
            self.changed.emit()

    def remove(self, path: Path) -> None:
        if path not in self._paths:
            return
        self._paths.remove(path)
        row = self._rows.pop(path)
        self._list.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for path in list(self._paths):
            self.remove(path)

    def take_screenshot(self) -> None:
        """Hide our window, capture the primary screen into a temporary PNG, show the window again."""
        window = self.window()
        was_visible = window.isVisible()
        if was_visible:
            window.hide()
        self.screenshot_button.setEnabled(False)
        QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: self._capture(window, was_visible))

    def _capture(self, window: QWidget, was_visible: bool) -> None:
        try:
            screen = QGuiApplication.primaryScreen()
            pixmap = screen.grabWindow(0) if screen is not None else None
            if pixmap is not None and not pixmap.isNull():
                folder = screenshot_folder()
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"screenshot-{datetime.now():%Y-%m-%d-%H%M%S-%f}.png"
                if pixmap.save(str(path), "PNG"):
                    self.add_files([path])
        finally:
            self.screenshot_button.setEnabled(True)
            if was_visible:
                window.show()
                window.raise_()
                window.activateWindow()

    def _add_row(self, path: Path) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        name = ElidedLabel(path.name)
        name.setToolTip(str(path))
        size = QLabel(self._size_text(path))
        size.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Don't send {name}").format(name=path.name))
        remove.setAccessibleName(self.tr("Remove {name}").format(name=path.name))
        remove.clicked.connect(lambda: self.remove(path))
        layout.addWidget(name, 1)
        layout.addWidget(size)
        layout.addWidget(remove)
        self._rows[path] = row
        self._list.addWidget(row)

    def _size_text(self, path: Path) -> str:
        try:
            return QLocale().formattedDataSize(path.stat().st_size)
        except OSError:
            return self.tr("missing")


def missing_files(paths: Iterable[Path]) -> list[Path]:
    """Files that are gone (or are folders) since they were chosen; checked before anything is created."""
    return [p for p in paths if not p.is_file()]

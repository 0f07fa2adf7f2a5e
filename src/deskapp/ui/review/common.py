"""Small pieces the review page and form share: times for people, and messages beside fields."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from deskapp.domain.errors import DeskappError
from deskapp.ui.timefmt import format_date, format_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("deskapp.review", text)


def local_time(moment: datetime | None) -> str:
    """The moment in the user's time zone, in the user's locale's short format."""
    if moment is None:
        return ""
    return f"{format_date(moment)} {format_time(moment)}"


def clock_time(moment: datetime) -> str:
    """Just the local time of day, e.g. '14:05'."""
    return format_time(moment)


def time_ago(moment: datetime | None, now: datetime) -> str:
    """'just now', '5 minutes ago', 'yesterday', '3 days ago' (whole units, rounded down)."""
    if moment is None:
        return ""
    seconds = max(0, int((now - moment).total_seconds()))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return _tr("just now")
    if hours < 1:
        return _tr("1 minute ago") if minutes == 1 else _tr("{n} minutes ago").format(n=minutes)
    if days < 1:
        return _tr("1 hour ago") if hours == 1 else _tr("{n} hours ago").format(n=hours)
    if days == 1:
        return _tr("yesterday")
    if days < 60:
        return _tr("{n} days ago").format(n=days)
    return _tr("{n} months ago").format(n=days // 30)


def when_text(moment: datetime | None, now: datetime) -> str:
    """'3 days ago (27/02/2026 10:00)': how long first, since that is what a person acts on."""
    if moment is None:
        return ""
    return _tr("{ago} ({when})").format(ago=time_ago(moment, now), when=local_time(moment))


def one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def plain_message(error: DeskappError) -> str:
    """The message without its 'field: ' prefix, for showing right beside that field."""
    message = str(error)
    prefix = f"{error.field}: " if error.field else ""
    if prefix and message.startswith(prefix):
        message = message[len(prefix) :]
    return message[:1].upper() + message[1:]


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color(widget: QWidget) -> QColor:
    """A red that reads on the current palette, light or dark."""
    return QColor("#ff8a80") if is_dark(widget) else QColor("#b3261e")


def success_color(widget: QWidget) -> QColor:
    return QColor("#81c995") if is_dark(widget) else QColor("#1e6b34")


class FieldMessage(QLabel):
    """A message shown right under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, error_color(self))

    def show_success(self, text: str) -> None:
        self._show(text, success_color(self))

    def _show(self, text: str, color: QColor) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

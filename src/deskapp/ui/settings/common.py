"""Pieces every settings page uses: headings and hints, the time zone picker, red table cells."""

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QTableWidgetItem, QWidget

from deskapp.ui.form.widgets import ERROR_ON_DARK, ERROR_ON_LIGHT, FieldError, hint_label, is_dark, scaled_font

__all__ = ["FieldError", "TimeZoneCombo", "heading", "hint_label", "mark_cell", "subheading"]


def heading(text: str, widget: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(widget or label, 1.25, bold=True))
    label.setAccessibleName(text)
    return label


def subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, 1.0, bold=True))
    return label


@cache
def time_zone_names() -> tuple[str, ...]:
    """IANA zone names people pick from: 'Europe/London', 'UTC'; not the legacy aliases like 'GB' or 'EST5EDT'."""
    names = available_timezones()
    return tuple(sorted(n for n in names if ("/" in n and not n.startswith(("Etc/", "SystemV/"))) or n == "UTC"))


class TimeZoneCombo(QComboBox):
    """An IANA time zone: pick from the list or type a part of the name ('lond' finds Europe/London)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(time_zone_names()))
        self.setMaxVisibleItems(20)
        completer = QCompleter(list(time_zone_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setMinimumContentsLength(22)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index < 0 and name:  # a valid zone not in the short list (e.g. 'Etc/GMT+5'): keep it selectable
            self.addItem(name)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(name)


def error_colour(widget: QWidget) -> QColor:
    return QColor(ERROR_ON_DARK if is_dark(widget.palette()) else ERROR_ON_LIGHT)


def mark_cell(item: QTableWidgetItem, message: str, widget: QWidget) -> None:
    """Show a table cell as wrong (red text, the message as its tooltip) or as fine (message empty)."""
    if message:
        item.setForeground(error_colour(widget))
        item.setToolTip(message)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, message)
    else:
        item.setData(Qt.ItemDataRole.ForegroundRole, None)
        item.setToolTip("")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, None)


def placeholder_palette(label: QLabel) -> None:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

"""Small pieces both forms share: the message shown under a field, labelled field blocks, error routing."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError

# Readable on both light and dark window colours (contrast >= 4.5:1 against typical backgrounds).
ERROR_ON_LIGHT = "#b3261e"
ERROR_ON_DARK = "#ff8a80"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class FieldError(QLabel):
    """A red message right under a field; hidden while the field is fine.

    The message is also set as the field's accessible description, so a screen reader reads it
    when the field gets focus.
    """

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("fieldError")
        self.hide()
        self._apply_colour()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        if self.field is not None:
            self.field.setAccessibleDescription(message)
        self.show()

    def clear_message(self) -> None:
        if self.isHidden() and not self.text():
            return
        self.clear()
        self.setAccessibleName("")
        if self.field is not None:
            self.field.setAccessibleDescription("")
        self.hide()

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colour()
        super().changeEvent(event)

    def _apply_colour(self) -> None:
        colour = QColor(ERROR_ON_DARK if is_dark(self.palette()) else ERROR_ON_LIGHT)
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def field_block(label: QLabel, field: QWidget, error: FieldError, hint: QLabel | None = None) -> QWidget:
    """Label above the field, an optional hint, the field, its error message under it."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    label.setBuddy(field)
    layout.addWidget(label)
    if hint is not None:
        layout.addWidget(hint)
    layout.addWidget(field)
    layout.addWidget(error)
    return block


def hint_label(text: str) -> QLabel:
    """Secondary text that explains a field, in the palette's placeholder colour."""
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return hint


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font made larger by a factor (never a fixed pixel size, so it scales with the screen)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def friendly(error: DeskappError) -> str:
    """The service's message without its 'field: ' prefix, starting with a capital letter."""
    message = str(error)
    if error.field and message.lower().startswith(f"{error.field.lower()}: "):
        message = message[len(error.field) + 2 :]
    return message[:1].upper() + message[1:]


def show_error(errors: Mapping[str, FieldError], general: FieldError, error: DeskappError) -> QWidget | None:
    """Put the error beside the field it names (or in the general place); return the field to focus."""
    target = errors.get(error.field or "")
    if target is None:
        general.show_message(str(error))
        return None
    target.show_message(friendly(error))
    return target.field


class ChoiceRow(QWidget):
    """A few plain-language choices in one row of radio buttons, each standing for a value."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        self.default = default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value, text in choices:
            button = QRadioButton(text)
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.setFocusProxy(self._buttons[default])
        self.set_value(default)
        self._group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> str:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return self.default

    def set_value(self, value: str) -> None:
        button = self._buttons.get(value) or self._buttons[self.default]
        button.setChecked(True)

    def button(self, value: str) -> QRadioButton:
        return self._buttons[value]


class TextBox(QPlainTextEdit):
    """Multi-line text that asks for a few lines and grows into the room it is given.

    QPlainTextEdit's own size hint is ~12 lines, which in a scrolling form with wrapped labels
    (height-for-width) pushes the fields below it out of view.
    """

    def __init__(self, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setMinimumHeight(self._height(lines))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.lines + 1))

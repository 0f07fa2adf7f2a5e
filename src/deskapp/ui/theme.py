"""Light and dark palettes: follow the system by default, or force one (Settings > Appearance)."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

SYSTEM, LIGHT, DARK = "system", "light", "dark"


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#26282b",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1d1f21",
        roles.AlternateBase: "#2a2d31",
        roles.ToolTipBase: "#33363a",
        roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#8c8f94",
        roles.Text: "#e6e6e6",
        roles.Button: "#303337",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Link: "#6cb2ff",
        roles.Highlight: "#2f6db5",
        roles.HighlightedText: "#ffffff",
        roles.Mid: "#44474c",
        roles.Dark: "#17181a",
        roles.Light: "#3a3d42",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        palette.setColor(disabled, role, QColor("#7a7d82"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class DeskStyle(QProxyStyle):
    """Fusion, with visible outlines on check boxes, radio buttons and text fields in a dark palette.

    Fusion draws those outlines a shade darker than the window, which vanishes on dark backgrounds.
    """

    _OUTLINED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED or not is_dark(option.palette):
            return
        colour = QColor(option.palette.color(QPalette.ColorRole.Text))
        colour.setAlpha(120 if option.state & QStyle.StateFlag.State_Enabled else 60)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


_STYLE: "DeskStyle | None" = None


def apply_theme(app: QApplication, mode: str = SYSTEM) -> None:
    """Fusion style everywhere (consistent at any scaling); the palette the system or the user chose."""
    if not isinstance(app.style(), DeskStyle):
        # One style for the life of the app, referenced from Python too: replacing the style on every
        # theme change deleted a proxy style Qt was still painting with (an intermittent crash).
        global _STYLE
        _STYLE = DeskStyle()
        app.setStyle(_STYLE)
    if mode == DARK:
        app.setPalette(dark_palette())
    elif mode == LIGHT:
        app.setPalette(app.style().standardPalette())
    else:
        scheme = QGuiApplication.styleHints().colorScheme()
        app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())

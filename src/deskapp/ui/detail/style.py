"""Colours for the detail, derived from the palette so the same screen reads in light and dark themes.

Colour is only ever a second hint: every badge and entry also says what it is in words.
"""

from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette

from deskapp.domain.tickets import Priority, Status

LOCK = "\U0001f512"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a blended towards b by amount (0..1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _hue(light: str, dark: str, palette: QPalette) -> QColor:
    return QColor(dark if is_dark(palette) else light)


def status_colour(status: Status, palette: QPalette) -> QColor:
    light, dark = {
        Status.NEW: ("#6a1b9a", "#ce93d8"),
        Status.OPEN: ("#00838f", "#4dd0e1"),
        Status.PENDING: ("#b26a00", "#ffb74d"),
        Status.RESOLVED: ("#2e7d32", "#81c784"),
        Status.CLOSED: ("#616161", "#bdbdbd"),
        Status.CANCELLED: ("#616161", "#bdbdbd"),
    }[status]
    return _hue(light, dark, palette)


def priority_colour(priority: Priority, palette: QPalette) -> QColor:
    light, dark = {
        Priority.LOW: ("#607d8b", "#b0bec5"),
        Priority.MEDIUM: ("#1565c0", "#64b5f6"),
        Priority.HIGH: ("#d84315", "#ff8a65"),
        Priority.URGENT: ("#c62828", "#ef5350"),
    }[priority]
    return _hue(light, dark, palette)


def error_colour(palette: QPalette) -> QColor:
    return _hue("#b3261e", "#ff8a80", palette)


def badge_style(accent: QColor, palette: QPalette) -> str:
    """A rounded outline in the accent colour on a faint tint of it; the text keeps the palette's colour."""
    base = palette.color(QPalette.ColorRole.Base)
    tint = mix(base, accent, 0.14)
    text = palette.color(QPalette.ColorRole.Text)
    return (
        f"QLabel {{ background: {tint.name()}; color: {text.name()}; border: 1px solid {accent.name()};"
        " border-radius: 4px; padding: 1px 6px; }"
    )


def note_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and edge of an internal note: pale yellow on light, dark amber on dark."""
    base = palette.color(QPalette.ColorRole.Base)
    if is_dark(palette):
        return mix(base, QColor("#ffca28"), 0.16), QColor("#c9a227")
    return mix(base, QColor("#ffe082"), 0.45), QColor("#d4a017")


def reply_colours(palette: QPalette) -> tuple[QColor, QColor]:
    base = palette.color(QPalette.ColorRole.Base)
    return base, mix(base, palette.color(QPalette.ColorRole.Text), 0.25)


def muted_colour(palette: QPalette) -> QColor:
    """Grey text that stays readable: halfway between the text and the window colour."""
    return mix(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.4)


_lock_by_font: dict[str, str] = {}


def lock_glyph(font: QFont) -> str:
    """The lock symbol where a font can draw it; nothing (the label text says it all) where none can."""
    key = font.key()
    if key not in _lock_by_font:
        candidates = (font, QFont("Segoe UI Emoji"), QFont("Apple Color Emoji"), QFont("Noto Color Emoji"))
        drawable = any(QFontMetrics(c).inFontUcs4(ord(LOCK)) for c in candidates)
        _lock_by_font[key] = LOCK + " " if drawable else ""
    return _lock_by_font[key]

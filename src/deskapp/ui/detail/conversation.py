"""The conversation: public replies, internal notes and system events, each told apart in words first.

Notes sit on a pale amber card labelled "Internal note"; events are one small grey italic line; replies are
plain cards. Colours come from the palette, so the thread reads in a dark theme too.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.tickets import EntryKind
from deskapp.services.records import EntryRecord
from deskapp.ui.detail import style
from deskapp.ui.detail.format import format_moment


class EntryCard(QFrame):
    """One entry of the thread. Its ``entryKind`` property and ``kind_label`` say what it is."""

    def __init__(self, entry: EntryRecord, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("entryCard")
        self.setProperty("entryKind", entry.kind.value)
        self.body = QLabel(entry.body)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        when = format_moment(entry.created_at, now)
        if entry.kind is EntryKind.EVENT:
            self.kind_label = QLabel(self.tr("Event"))
            self.kind_label.hide()
            self.body.setText(self.tr("{text} — {who}, {when}").format(text=entry.body, who=entry.author, when=when))
            font = self.body.font()
            font.setItalic(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            self.body.setFont(font)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(8, 0, 8, 0)
            layout.addWidget(self.body)
        else:
            note = entry.kind is EntryKind.NOTE
            glyph = style.lock_glyph(self.font()) if note else ""
            text = self.tr("Internal note") if note else self.tr("Public reply")
            self.kind_label = QLabel(glyph + text)
            self.kind_label.setObjectName("entryKindLabel")
            if note:
                self.kind_label.setToolTip(self.tr("Only agents see internal notes; the requester does not."))
            author = QLabel(entry.author or self.tr("(unknown)"))
            bold = author.font()
            bold.setBold(True)
            author.setFont(bold)
            self.time_label = QLabel(when)
            top = QHBoxLayout()
            top.setSpacing(8)
            top.addWidget(author)
            top.addWidget(self.kind_label)
            top.addStretch(1)
            top.addWidget(self.time_label)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(10, 6, 10, 8)
            layout.setSpacing(4)
            layout.addLayout(top)
            layout.addWidget(self.body)
        self.apply_palette()

    @property
    def kind(self) -> EntryKind:
        return self.entry.kind

    def apply_palette(self) -> None:
        palette = self.palette()
        muted = style.muted_colour(palette).name()
        text = palette.color(palette.ColorRole.Text).name()
        if self.entry.kind is EntryKind.EVENT:
            self.setStyleSheet(f"QLabel {{ color: {muted}; }}")
            return
        if self.entry.kind is EntryKind.NOTE:
            background, edge = style.note_colours(palette)
            self.setStyleSheet(
                f"#entryCard {{ background: {background.name()}; border: 1px solid {edge.name()};"
                f" border-left: 4px solid {edge.name()}; border-radius: 4px; }}"
                f" QLabel {{ color: {text}; background: transparent; }}"
                f" #entryKindLabel {{ font-weight: bold; }}"
            )
        else:
            background, edge = style.reply_colours(palette)
            self.setStyleSheet(
                f"#entryCard {{ background: {background.name()}; border: 1px solid {edge.name()};"
                f" border-radius: 4px; }}"
                f" QLabel {{ color: {text}; background: transparent; }}"
                f" #entryKindLabel {{ color: {muted}; }}"
            )
        self.time_label.setStyleSheet(f"color: {muted};")


class ConversationView(QScrollArea):
    """The thread in order, newest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(8)
        self._empty = QLabel(self.tr("No replies or notes yet. Write the first one below."))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.cards: list[EntryCard] = []
        self._shown: tuple[int, ...] = ()
        self._ref: str | None = None

    def show_entries(self, ref: str, entries: tuple[EntryRecord, ...], now: datetime) -> None:
        ids = tuple(e.id for e in entries)
        if ref == self._ref and ids == self._shown:
            return
        grew = ref != self._ref or len(ids) > len(self._shown)
        self._ref, self._shown = ref, ids
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for index, entry in enumerate(entries):
            card = EntryCard(entry, now, self._inner)
            self._layout.insertWidget(index, card)
            self.cards.append(card)
        self._empty.setVisible(not entries)
        if grew:
            QTimer.singleShot(0, self, self.scroll_to_end)  # dropped if the view is deleted first

    def clear(self) -> None:
        self.show_entries("", (), datetime.now().astimezone())
        self._ref = None

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for card in self.cards:
                card.apply_palette()
        super().changeEvent(event)


class ReplyBox(QWidget):
    """The editor under the thread: send a public reply, or keep an internal note among agents."""

    send_reply = Signal(str)
    add_note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Reply or note"))
        self.editor.setPlaceholderText(self.tr("Write a reply to the requester, or an internal note for colleagues…"))
        self.editor.setTabChangesFocus(True)
        lines = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(lines * 2 + 12)
        self.editor.setMaximumHeight(lines * 5 + 12)
        self.reply_action = self._action(self.tr("Send reply"), "Ctrl+Return", self._reply)
        self.note_action = self._action(self.tr("Add internal note"), "Ctrl+Shift+Return", self._note)
        self.reply_button = QPushButton(self.tr("Send reply"))
        self.reply_button.setToolTip(self.tr("Visible to the requester (Ctrl+Return)"))
        self.reply_button.clicked.connect(self.reply_action.trigger)
        self.note_button = QPushButton(self.tr("Add internal note"))
        self.note_button.setToolTip(self.tr("Only agents see it (Ctrl+Shift+Return)"))
        self.note_button.clicked.connect(self.note_action.trigger)
        # Buttons beside the editor, not under it: the thread above keeps the height.
        buttons = QVBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.editor.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the editor text without it counting as typing (no draft save)."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.text().strip()) and not self._busy
        for widget in (self.reply_button, self.note_button, self.reply_action, self.note_action):
            widget.setEnabled(ready)

    def _reply(self) -> None:
        if self.text().strip():
            self.send_reply.emit(self.text())

    def _note(self) -> None:
        if self.text().strip():
            self.add_note.emit(self.text())

"""The list of views on the left, with live counts; the user's saved views below the built-in ones."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from deskapp.ui import icons

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
REVIEW_PAGE = "review"

# (view key, untranslated label); "resolved" opens the review page with its bulk close.
BUILTIN = (
    ("my_open", "My open"),
    ("unassigned", "Unassigned"),
    ("all_open", "All open"),
    ("pending", "Pending"),
    (REVIEW_PAGE, "Resolved, to review"),
    ("problems", "Problems"),
    ("all", "All tickets"),
    ("due_soon", "Due soon"),
    ("overdue", "Overdue"),
)
ICONS = {REVIEW_PAGE: "review", "due_soon": "sla-risk", "overdue": "sla-breach"}
# Views whose non-zero count asks for attention (shown in bold).
URGENT = ("overdue",)
COUNTED = {
    "my_open": "my_open",
    "unassigned": "unassigned",
    "all_open": "all_open",
    "pending": "pending",
    REVIEW_PAGE: "resolved",
    "problems": "problems",
    "all": "all",
    "due_soon": "due_soon",
    "overdue": "overdue",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sidebar", text)


class Sidebar(QListWidget):
    view_chosen = Signal(str)  # a built-in key, or "saved:<name>"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self._labels: dict[str, str] = {}
        for key, label in BUILTIN:
            self._add(key, _tr(label), icons.icon(ICONS.get(key, "view")))
        self.currentItemChanged.connect(self._changed)

    def _add(self, key: str, label: str, icon) -> None:  # type: ignore[no-untyped-def]
        item = QListWidgetItem(icon, label)
        item.setData(VIEW_ROLE, key)
        self._labels[key] = label
        self.addItem(item)

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(VIEW_ROLE))

    def keys(self) -> list[str]:
        return [self.item(i).data(VIEW_ROLE) for i in range(self.count())]

    def choose(self, key: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(VIEW_ROLE) == key:
                self.setCurrentRow(i)
                return

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(VIEW_ROLE) if item else None

    def set_counts(self, counts: dict[str, int]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            key = item.data(VIEW_ROLE)
            counted = COUNTED.get(key)
            label = self._labels.get(key, key)
            item.setText(f"{label}  ({counts[counted]:,})" if counted in counts else label)
            if key in URGENT:
                font = item.font()
                font.setBold(bool(counts.get(counted)))
                item.setFont(font)

    def set_saved_views(self, names: list[str]) -> None:
        current = self.current_key()
        for i in reversed(range(self.count())):
            if str(self.item(i).data(VIEW_ROLE)).startswith("saved:"):
                self.takeItem(i)
        for name in names:
            self._add(f"saved:{name}", name, icons.icon("search"))
        if current:
            self.blockSignals(True)
            self.choose(current)
            self.blockSignals(False)

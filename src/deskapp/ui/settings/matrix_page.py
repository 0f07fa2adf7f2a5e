"""Settings page: the priority matrix, impact x urgency -> priority, as a 3x3 grid of choices."""

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from deskapp.domain.tickets import Level, Priority
from deskapp.ui.icons import priority_icon
from deskapp.ui.settings.common import FieldError, heading, hint_label, subheading


class MatrixPage(QWidget):
    """Nine combo boxes: the priority a new ticket gets for each impact and urgency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[tuple[Level, Level], QComboBox] = {}
        impacts = {
            Level.LOW: self.tr("Low — one person"),
            Level.MEDIUM: self.tr("Medium — a team"),
            Level.HIGH: self.tr("High — whole office"),
        }
        urgencies = {
            Level.LOW: self.tr("Low — can wait"),
            Level.MEDIUM: self.tr("Medium — slowed down"),
            Level.HIGH: self.tr("High — can't work"),
        }
        priorities = {
            Priority.LOW: self.tr("Low"),
            Priority.MEDIUM: self.tr("Medium"),
            Priority.HIGH: self.tr("High"),
            Priority.URGENT: self.tr("Urgent"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        corner = subheading(self.tr("Impact ↓   Urgency →"))
        grid.addWidget(corner, 0, 0)
        for column, urgency in enumerate(Level, start=1):
            label = subheading(urgencies[urgency])
            grid.addWidget(label, 0, column)
        for row, impact in enumerate(Level, start=1):
            grid.addWidget(QLabel(impacts[impact]), row, 0)
            for column, urgency in enumerate(Level, start=1):
                combo = QComboBox()
                for priority in Priority:
                    combo.addItem(priority_icon(priority), priorities[priority], priority.value)
                combo.setAccessibleName(
                    self.tr("Priority for impact {impact} and urgency {urgency}").format(
                        impact=impacts[impact], urgency=urgencies[urgency]
                    )
                )
                self.cells[(impact, urgency)] = combo
                grid.addWidget(combo, row, column)
        grid.setColumnStretch(4, 1)
        self.error = FieldError()

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Priority matrix"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "A new ticket's priority comes from its impact (who is affected) and its urgency (how soon "
                    "they need it). Changing the matrix does not change tickets already logged."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def load(self, data: dict[str, Any]) -> None:
        matrix = data["priority_matrix"]
        for (impact, urgency), combo in self.cells.items():
            combo.setCurrentIndex(combo.findData(matrix[impact.value][urgency.value]))
        self.error.clear_message()

    def store(self, data: dict[str, Any]) -> None:
        data["priority_matrix"] = {
            impact.value: {urgency.value: self.cells[(impact, urgency)].currentData() for urgency in Level}
            for impact in Level
        }

    def problems(self) -> list[QWidget]:
        return []

    def clear_errors(self) -> None:
        self.error.clear_message()

    def show_error(self, path: tuple[Any, ...], message: str) -> QWidget:
        self.error.show_message(message)
        return self.cells[(Level.LOW, Level.LOW)]

    def cell(self, impact: Level | str, urgency: Level | str) -> QComboBox:
        return self.cells[(Level(impact), Level(urgency))]

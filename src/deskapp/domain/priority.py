"""Impact x urgency -> priority, through a matrix the office can change."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Level, Priority

_DEFAULT = {
    Level.LOW: {Level.LOW: Priority.LOW, Level.MEDIUM: Priority.LOW, Level.HIGH: Priority.MEDIUM},
    Level.MEDIUM: {Level.LOW: Priority.LOW, Level.MEDIUM: Priority.MEDIUM, Level.HIGH: Priority.HIGH},
    Level.HIGH: {Level.LOW: Priority.MEDIUM, Level.MEDIUM: Priority.HIGH, Level.HIGH: Priority.URGENT},
}


@dataclass(frozen=True)
class PriorityMatrix:
    """cells[impact][urgency] -> priority; every one of the nine cells is filled."""

    cells: Mapping[Level, Mapping[Level, Priority]] = field(default_factory=lambda: _DEFAULT)

    def priority(self, impact: Level, urgency: Level) -> Priority:
        return self.cells[impact][urgency]

    def to_dict(self) -> dict[str, dict[str, str]]:
        return {i.value: {u.value: p.value for u, p in row.items()} for i, row in self.cells.items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, str]]) -> "PriorityMatrix":
        """Parse a stored or imported matrix; every impact and urgency must be present."""
        if not isinstance(data, Mapping):
            raise ValidationError("priority matrix: expected a table of impact -> urgency -> priority")
        cells: dict[Level, dict[Level, Priority]] = {}
        for impact in Level:
            row = data.get(impact.value)
            if not isinstance(row, Mapping):
                raise ValidationError(f"priority matrix: the row for impact '{impact.value}' is missing")
            cells[impact] = {}
            for urgency in Level:
                if urgency.value not in row:
                    raise ValidationError(
                        f"priority matrix: impact '{impact.value}' has no priority for urgency '{urgency.value}'"
                    )
                cells[impact][urgency] = Priority.parse(row[urgency.value], "priority matrix")
        return cls(cells)


DEFAULT_MATRIX = PriorityMatrix()

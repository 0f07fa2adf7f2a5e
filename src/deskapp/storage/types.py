"""Column types that keep the database compact and the ORM speaking domain values."""

from datetime import datetime
from enum import Enum

from sqlalchemy import Integer, String
from sqlalchemy.types import TypeDecorator

from deskapp.domain.time import from_epoch, to_epoch


class UTCTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as whole seconds since the epoch (fast to sort and subtract)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else to_epoch(value)

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        return from_epoch(value)


class EnumText(TypeDecorator[Enum]):
    """A StrEnum stored as its value."""

    impl = String(24)
    cache_ok = True

    def __init__(self, enum_class: type[Enum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self.enum_class(value)


class PriorityRank(TypeDecorator[Enum]):
    """Priority stored as its rank (1 low .. 4 urgent) so ORDER BY priority means pressing-ness."""

    impl = Integer
    cache_ok = True

    def __init__(self, enum_class: type[Enum]) -> None:
        super().__init__()
        self.enum_class = enum_class
        self._members = list(enum_class)

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self._members.index(self.enum_class(value)) + 1

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self._members[value - 1]

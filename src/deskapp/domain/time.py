"""Time is stored in UTC and read through an injectable clock."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real clock: an aware UTC datetime."""
    return datetime.now(UTC)


def to_epoch(moment: datetime) -> int:
    """Seconds since the epoch, the form times take in the database."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: deskapp only stores aware times")
    return int(moment.timestamp())


def from_epoch(seconds: int | None) -> datetime | None:
    """The aware UTC datetime for stored seconds, or None."""
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def whole_seconds(clock: Clock) -> Clock:
    """The clock rounded down to the second, the precision times are stored with."""

    def read() -> datetime:
        return clock().replace(microsecond=0)

    return read

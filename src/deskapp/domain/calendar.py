"""Business calendars: when the desk is working, so SLA clocks only run in working time.

A calendar is a week of local working spans in an IANA time zone, minus holidays (local dates). All
datetimes in and out are aware UTC datetimes; spans are turned into real UTC intervals day by day with
zoneinfo, so a span across a daylight-saving change counts its real elapsed length.
"""

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskapp.domain.errors import DeskappError, ValidationError

MINUTES_PER_DAY = 1440
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_CACHE_SIZE = 4096
MAX_WALK_DAYS = 3660  # ten years: a walk longer than this means the calendar can never satisfy the request

_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")


def _calendar_error(message: str) -> ValidationError:
    return ValidationError(message, field="calendar")


def _format_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def as_utc(moment: datetime) -> datetime:
    """The same instant in UTC; naive datetimes are refused (their zone is unknown)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: calendars only work with aware UTC datetimes")
    return moment.astimezone(UTC)


@dataclass(frozen=True, order=True)
class Span:
    """A working span within a local day, in minutes since local midnight (1440 = the midnight ending the day)."""

    start_minute: int
    end_minute: int

    def __post_init__(self) -> None:
        start, end = self.start_minute, self.end_minute
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise _calendar_error(f"span {start!r}-{end!r}: minutes must be whole numbers")
        if not 0 <= start < end <= MINUTES_PER_DAY:
            raise _calendar_error(
                f"span {start}-{end}: a span runs from minute 0 to 1440 of a day and must end after it starts"
            )

    @classmethod
    def parse(cls, text: str) -> "Span":
        """'09:00-17:00' -> Span(540, 1020); '22:00-24:00' reaches midnight."""
        match = _SPAN.match(str(text))
        if not match:
            raise _calendar_error(f"span '{text}' is not like 09:00-17:00")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if m1 > 59 or m2 > 59 or h1 > 24 or h2 > 24:
            raise _calendar_error(f"span '{text}' has a time that is not between 00:00 and 24:00")
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if start > MINUTES_PER_DAY or end > MINUTES_PER_DAY:
            raise _calendar_error(f"span '{text}' has a time that is not between 00:00 and 24:00")
        if start >= end:
            raise _calendar_error(
                f"span '{text}' ends before it starts (split a night shift at midnight: 22:00-24:00 and 00:00-06:00)"
            )
        return cls(start, end)

    @property
    def minutes(self) -> int:
        return self.end_minute - self.start_minute

    def __str__(self) -> str:
        return f"{_format_minute(self.start_minute)}-{_format_minute(self.end_minute)}"


Week = tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class BusinessCalendar:
    """The working week of a desk in its time zone, minus holidays; or always open (24/7)."""

    name: str
    timezone: str
    week: Week
    holidays: frozenset[date] = frozenset()
    always_open: bool = False
    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _days: dict[date, tuple[tuple[datetime, datetime], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        name = " ".join(str(self.name or "").split())
        if not name:
            raise _calendar_error("calendar: needs a name")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "_zone", _zone_for(name, self.timezone))
        object.__setattr__(self, "_days", {})
        object.__setattr__(self, "week", _normalise_week(name, self.week))
        object.__setattr__(self, "holidays", _normalise_holidays(name, self.holidays))
        object.__setattr__(self, "always_open", bool(self.always_open))
        has_spans = any(self.week)
        if self.always_open and (has_spans or self.holidays):
            raise _calendar_error(
                f"calendar '{name}': an always-open calendar has no working spans or holidays; "
                "remove them or set always_open = false"
            )
        if not self.always_open and not has_spans:
            raise _calendar_error(
                f"calendar '{name}': no working hours in the week (add spans like mon = ['09:00-17:00'] "
                "or make it always open)"
            )

    # --- construction ---------------------------------------------------------------------------

    @classmethod
    def twenty_four_seven(cls, name: str = "24/7", timezone: str = "UTC") -> "BusinessCalendar":
        return cls(name, timezone, ((),) * 7, always_open=True)

    @classmethod
    def office_default(cls, timezone: str, name: str = "Office hours") -> "BusinessCalendar":
        """Monday to Friday, 09:00-17:00."""
        office = (Span(9 * 60, 17 * 60),)
        return cls(name, timezone, (office,) * 5 + ((), ()))

    def with_holidays(self, dates: Iterable[date]) -> "BusinessCalendar":
        """The same calendar with more holidays (e.g. from holidays_from_ics or holidays_for_country)."""
        return replace(self, holidays=self.holidays | frozenset(dates))

    # --- reading ----------------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    @property
    def minutes_per_day(self) -> int:
        """Working minutes of the longest working day; 1440 for an always-open calendar."""
        if self.always_open:
            return MINUTES_PER_DAY
        return max(sum(span.minutes for span in day) for day in self.week)

    @property
    def hours_per_day(self) -> float:
        """Length of the longest working day in hours: what one business day means (24 when always open)."""
        return self.minutes_per_day / 60

    def is_working_day(self, day: date) -> bool:
        return self.always_open or (bool(self.week[day.weekday()]) and day not in self.holidays)

    # --- arithmetic -------------------------------------------------------------------------------

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The moment `duration` of working time has elapsed after `start` (outside working time the clock
        starts at the next span; a duration of zero returns start)."""
        start = as_utc(start)
        if duration < timedelta(0):
            raise ValueError(f"calendar '{self.name}': cannot add a negative duration ({duration})")
        if not duration or self.always_open:
            return start + duration
        remaining = duration
        for span_start, span_end in self._intervals_from(start):
            if span_end <= start:
                continue
            begin = max(span_start, start)
            available = span_end - begin
            if remaining <= available:
                return begin + remaining
            remaining -= available
        raise AssertionError("unreachable: the walk raises when it runs too long")

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time elapsed from a to b (zero if b is not after a)."""
        a, b = as_utc(a), as_utc(b)
        if b <= a:
            return timedelta(0)
        if self.always_open:
            return b - a
        total = timedelta(0)
        for span_start, span_end in self._intervals_from(a, until=b):
            if span_start >= b:
                break
            overlap = min(span_end, b) - max(span_start, a)
            if overlap > timedelta(0):
                total += overlap
        return total

    def next_working_moment(self, moment: datetime) -> datetime:
        """`moment` itself if the desk is working then, else the start of the next working span."""
        moment = as_utc(moment)
        if self.always_open:
            return moment
        for span_start, span_end in self._intervals_from(moment):
            if span_end > moment:
                return max(span_start, moment)
        raise AssertionError("unreachable: the walk raises when it runs too long")

    def is_working_moment(self, moment: datetime) -> bool:
        return self.next_working_moment(moment) == as_utc(moment)

    # --- the walk ---------------------------------------------------------------------------------

    def _midnight(self, day: date) -> datetime:
        return self._local(day, 0)

    def _local(self, day: date, minute: int) -> datetime:
        """The UTC instant the local clock shows `minute` on `day`: a repeated time (clocks go back) counts at
        its first occurrence; a skipped time (clocks spring forward) at the jump, the first moment after it."""
        naive = datetime.combine(day, time(0)) + timedelta(minutes=minute)
        moment = naive.replace(tzinfo=self._zone).astimezone(UTC)
        if moment.astimezone(self._zone).replace(tzinfo=None) == naive:
            return moment
        return self._jump_after(naive)

    def _jump_after(self, naive: datetime) -> datetime:
        """The instant the clocks sprang forward over the local time `naive` (found by bisection)."""
        first = naive.replace(tzinfo=self._zone, fold=0).astimezone(UTC)
        second = naive.replace(tzinfo=self._zone, fold=1).astimezone(UTC)
        low, high = min(first, second), max(first, second)
        before = low.astimezone(self._zone).utcoffset()
        while high - low > timedelta(seconds=1):
            middle = low + timedelta(seconds=(high - low).total_seconds() // 2)
            if middle.astimezone(self._zone).utcoffset() == before:
                low = middle
            else:
                high = middle
        return high

    def _day_intervals(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """Working intervals of one local day, remembered: SLA sweeps ask about the same days again and again."""
        if day in self.holidays:
            return ()
        intervals = self._days.get(day)
        if intervals is None:
            if len(self._days) >= DAY_CACHE_SIZE:
                self._days.clear()
            intervals = self._days[day] = tuple(self._compute_day_intervals(day))
        return intervals

    def _compute_day_intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        """Real UTC intervals of the working spans of one local day.

        A span across a clock change lasts its real length (see _local); intervals are clipped to the day and
        to each other, so they never overlap and every day's intervals are the same whichever day a walk
        starts on.
        """
        spans = self.week[day.weekday()]
        if not spans:
            return []
        cursor, day_end = self._midnight(day), self._midnight(day + timedelta(days=1))
        intervals = []
        for span in spans:
            start = max(self._local(day, span.start_minute), cursor)
            end = min(self._local(day, span.end_minute), day_end)
            if end > start:
                intervals.append((start, end))
                cursor = end
        return intervals

    def _intervals_from(self, moment: datetime, until: datetime | None = None) -> Iterator[tuple[datetime, datetime]]:
        """Working intervals in time order from the local day before `moment`'s: up to `until`, or for at
        most ten years (a longer walk means the calendar can never satisfy the request)."""
        day = moment.astimezone(self._zone).date() - timedelta(days=1)
        last_day = until.astimezone(self._zone).date() + timedelta(days=1) if until is not None else None
        walked = 0
        while last_day is None or day <= last_day:
            if last_day is None and walked >= MAX_WALK_DAYS:
                raise ValueError(
                    f"calendar '{self.name}': no end found within ten years of {moment:%Y-%m-%d %H:%M} UTC "
                    "(too few working days?)"
                )
            yield from self._day_intervals(day)
            day += timedelta(days=1)
            walked += 1

    # --- text and dicts (TOML) ------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain values for a config file: week as {'mon': ['09:00-17:00'], ...}, holidays as ISO dates."""
        data: dict[str, Any] = {"timezone": self.timezone}
        if self.always_open:
            data["always_open"] = True
        else:
            data["week"] = {key: [str(span) for span in day] for key, day in zip(DAY_KEYS, self.week, strict=True)}
        if self.holidays:
            data["holidays"] = [day.isoformat() for day in sorted(self.holidays)]
        return data

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> "BusinessCalendar":
        """The calendar described by `data` (as written by to_dict), refusing with a message naming the key."""
        where = f"calendar '{name}'"
        if not isinstance(data, Mapping):
            raise _calendar_error(f"{where}: must be a table with timezone and week")
        allowed = ("timezone", "week", "holidays", "always_open")
        for key in data:
            if key not in allowed:
                raise _calendar_error(f"{where}: unknown key '{key}' (expected {', '.join(allowed)})")
        timezone = data.get("timezone")
        if not isinstance(timezone, str) or not timezone.strip():
            raise _calendar_error(f"{where}: timezone is missing (an IANA zone like 'Europe/London')")
        always_open = data.get("always_open", False)
        if not isinstance(always_open, bool):
            raise _calendar_error(f"{where}: always_open must be true or false, not {always_open!r}")
        week = _week_from_dict(where, data.get("week", {}))
        holidays = _holidays_from_list(where, data.get("holidays", []))
        return cls(name, timezone.strip(), week, holidays, always_open)


def _zone_for(name: str, timezone: str) -> ZoneInfo:
    if not isinstance(timezone, str) or not timezone.strip():
        raise _calendar_error(f"calendar '{name}': needs a time zone like 'Europe/London'")
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise _calendar_error(
            f"calendar '{name}': '{timezone}' is not a known time zone (use an IANA name like 'Europe/London')"
        ) from None


def _normalise_week(name: str, week: Iterable[Iterable[Span]]) -> Week:
    days = tuple(tuple(day) for day in week)
    if len(days) != 7:
        raise _calendar_error(f"calendar '{name}': the week needs 7 days, Monday to Sunday (got {len(days)})")
    normalised = []
    for day_name, day in zip(DAY_NAMES, days, strict=True):
        for span in day:
            if not isinstance(span, Span):
                raise _calendar_error(f"calendar '{name}': {day_name} has {span!r}, not a span like 09:00-17:00")
        ordered = tuple(sorted(day))
        for before, after in pairwise(ordered):
            if after.start_minute < before.end_minute:
                raise _calendar_error(f"calendar '{name}': {day_name} spans {before} and {after} overlap")
        normalised.append(ordered)
    return tuple(normalised)


def _normalise_holidays(name: str, holidays: Iterable[date]) -> frozenset[date]:
    days = frozenset(holidays)
    for day in days:
        if not isinstance(day, date) or isinstance(day, datetime):
            raise _calendar_error(f"calendar '{name}': holiday {day!r} is not a date")
    return days


def _week_from_dict(where: str, data: Any) -> Week:
    if not isinstance(data, Mapping):
        raise _calendar_error(f"{where}: week must be a table like {{mon = ['09:00-17:00'], ...}}")
    days: list[tuple[Span, ...]] = [()] * 7
    seen: set[int] = set()
    for key, value in data.items():
        index = _day_index(str(key))
        if index is None:
            raise _calendar_error(f"{where}: week has '{key}', which is not a day (mon, tue, ... sun)")
        if index in seen:
            raise _calendar_error(f"{where}: week names {DAY_NAMES[index]} twice")
        seen.add(index)
        texts = [value] if isinstance(value, str) else value
        if not isinstance(texts, list | tuple):
            raise _calendar_error(f"{where}: {DAY_NAMES[index]} must be a list of spans like ['09:00-17:00']")
        spans = []
        for text in texts:
            try:
                spans.append(Span.parse(text))
            except ValidationError as error:
                raise _calendar_error(f"{where}: {DAY_NAMES[index]} {error.message}") from None
        days[index] = tuple(spans)
    return tuple(days)


def _day_index(key: str) -> int | None:
    text = key.strip().lower()
    for index, (short, full) in enumerate(zip(DAY_KEYS, DAY_NAMES, strict=True)):
        if text in (short, full):
            return index
    return None


def _holidays_from_list(where: str, values: Any) -> frozenset[date]:
    if not isinstance(values, list | tuple | set | frozenset):
        raise _calendar_error(f"{where}: holidays must be a list of dates like ['2026-12-25']")
    days = set()
    for value in values:
        if isinstance(value, date) and not isinstance(value, datetime):
            days.add(value)
            continue
        try:
            days.add(date.fromisoformat(str(value).strip()))
        except ValueError:
            raise _calendar_error(f"{where}: holiday '{value}' is not a date like 2026-12-25") from None
    return frozenset(days)


# --- holidays from outside ------------------------------------------------------------------------

_ICS_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ICS_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
_ICS_DURATION = re.compile(r"^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
MAX_EVENT_DAYS = 366


def _holidays_error(message: str) -> ValidationError:
    return ValidationError(f"holidays: {message}", field="holidays")


def holidays_from_ics(text: str) -> set[date]:
    """The dates covered by the events of an iCalendar (.ics) file, each counted as a whole-day holiday.

    All-day events span DTSTART up to DTEND (exclusive) or DURATION; timed events cover the dates they
    touch as written. Cancelled events are skipped; recurrence rules are not expanded.
    """
    lines = _unfold(text)
    if not lines or lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise _holidays_error("this is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR")
    dates: set[date] = set()
    components: list[str] = []
    event: dict[str, tuple[dict[str, str], str]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed = _split_content_line(line)
        if parsed is None:
            raise _holidays_error(f"line {number} is not an iCalendar line like NAME:value: '{line[:60]}'")
        name, params, value = parsed
        if name == "BEGIN":
            components.append(value.upper())
            if value.upper() == "VEVENT":
                event = {}
        elif name == "END":
            if components and components[-1] == "VEVENT" and value.upper() == "VEVENT":
                dates |= _event_dates(event)
            if components:
                components.pop()
        elif components and components[-1] == "VEVENT":
            event.setdefault(name, (params, value))
    return dates


def _unfold(text: str) -> list[str]:
    """Content lines with folding undone (a line starting with a space or tab continues the one before)."""
    lines: list[str] = []
    for raw in str(text).lstrip("\ufeff").splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


def _split_content_line(line: str) -> tuple[str, dict[str, str], str] | None:
    """NAME;PARAM=value;...:VALUE, honouring quoted parameter values."""
    quoted = False
    parts: list[str] = []
    current = ""
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            parts.append(current)
            current = ""
            continue
        elif char == ":" and not quoted:
            parts.append(current)
            name, *param_texts = parts
            params = {}
            for param in param_texts:
                key, _, param_value = param.partition("=")
                params[key.strip().upper()] = param_value.strip().strip('"')
            if not name.strip():
                return None
            return name.strip().upper(), params, line[index + 1 :].strip()
        current += char
    return None


def _event_dates(event: dict[str, tuple[dict[str, str], str]]) -> set[date]:
    summary = _unescape(event.get("SUMMARY", ({}, "(no summary)"))[1])
    if "DTSTART" not in event or event.get("STATUS", ({}, ""))[1].upper() == "CANCELLED":
        return set()
    start = _ics_moment(summary, "DTSTART", *event["DTSTART"])
    first = start if not isinstance(start, datetime) else start.date()
    if "DTEND" in event:
        end = _ics_moment(summary, "DTEND", *event["DTEND"])
    elif "DURATION" in event:
        end = start + _ics_duration(summary, event["DURATION"][1])
    else:
        end = None
    if end is None:
        last = first
    elif isinstance(end, datetime):
        last = end.date() if end.time() != time(0) else end.date() - timedelta(days=1)
    else:
        last = end - timedelta(days=1)
    last = max(first, last)
    if (last - first).days >= MAX_EVENT_DAYS:
        raise _holidays_error(f"event '{summary}' lasts more than a year ({first} to {last})")
    return {first + timedelta(days=offset) for offset in range((last - first).days + 1)}


def _ics_moment(summary: str, prop: str, params: dict[str, str], value: str) -> date | datetime:
    """A DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]) value, read as written (no zone conversion)."""
    try:
        match = _ICS_DATE.match(value)
        if match:
            return date(*(int(g) for g in match.groups()))
        match = _ICS_DATETIME.match(value)
        if match and params.get("VALUE", "DATE-TIME").upper() != "DATE":
            return datetime(*(int(g) for g in match.groups()[:6]))
    except ValueError:
        pass
    raise _holidays_error(f"event '{summary}' has {prop} '{value}', which is not a date like 20261225")


def _ics_duration(summary: str, value: str) -> timedelta:
    match = _ICS_DURATION.match(value.strip().upper())
    if not match or not any(match.groups()):
        raise _holidays_error(f"event '{summary}' has DURATION '{value}', which is not like P1D or PT8H")
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _unescape(text: str) -> str:
    return text.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def holidays_for_country(country: str, years: range, subdivision: str | None = None) -> set[date]:
    """Public holidays of a country (ISO code like 'GB', 'DE') and optional subdivision ('ENG', 'BY'),
    from the `holidays` package."""
    return set(named_holidays_for_country(country, years, subdivision))


def _holidays_package():  # type: ignore[no-untyped-def]
    try:
        import holidays as holidays_package  # optional dependency, loaded only when used
    except ImportError:
        raise DeskappError(
            "holidays: the 'holidays' package is not installed (pip install holidays)", field="holidays"
        ) from None
    return holidays_package


def named_holidays_for_country(country: str, years: range, subdivision: str | None = None) -> dict[date, str]:
    """Like holidays_for_country, with each holiday's name ('Christmas Day'); an empty range only checks
    that the country and subdivision are known."""
    holidays_package = _holidays_package()
    code, subdiv = holiday_source(country, subdivision)
    found = holidays_package.country_holidays(code, subdiv=subdiv, years=list(years))
    return dict(sorted(found.items()))


def holiday_source(country: str, subdivision: str | None = None) -> tuple[str, str | None]:
    """The country and subdivision codes as the holidays package spells them ('gb', 'eng' -> 'GB', 'ENG'),
    refused with a message if the package does not know them."""
    holidays_package = _holidays_package()
    code = str(country or "").strip().upper()
    supported = holidays_package.list_supported_countries()
    if code not in supported:
        raise _holidays_error(
            f"'{country}' is not a country the holidays package knows (use an ISO code like GB, DE or US)"
        )
    subdiv = subdivision.strip() if subdivision else None
    if subdiv:
        known = next((known for known in supported[code] if known.casefold() == subdiv.casefold()), None)
        if known is None:
            listed = ", ".join(supported[code]) or "none"
            raise _holidays_error(f"'{subdivision}' is not a subdivision of {code} (known: {listed})")
        subdiv = known
    return code, subdiv


@dataclass(frozen=True)
class HolidayCountry:
    """A country the holidays package knows: ISO code, English name, subdivisions as (code, name)."""

    code: str
    name: str
    subdivisions: tuple[tuple[str, str], ...]


def holiday_countries() -> list[HolidayCountry]:
    """Every country with public holidays in the `holidays` package, by name."""
    holidays_package = _holidays_package()
    from holidays.registry import COUNTRIES

    countries = []
    for class_name, code, *_rest in COUNTRIES.values():
        try:
            entity = holidays_package.country_holidays(code)
        except NotImplementedError:  # listed but not loadable in this version
            continue
        names = {sub: name for name, sub in getattr(entity, "subdivisions_aliases", {}).items()}
        subdivisions = tuple((sub, names.get(sub, sub)) for sub in getattr(entity, "subdivisions", ()))
        countries.append(HolidayCountry(code, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name), subdivisions))
    return sorted(countries, key=lambda c: c.name.casefold())

"""The office's settings as one TOML file: export, and an import checked as a whole before anything is saved.

The file holds the office time zone, the priority matrix, the ticket rules (reopen window, attachment
limit), the SLA calendars and the SLA policies in matching order. A calendar may name a country (and
subdivision): its public holidays are looked up when the file is imported, for a range of years, and kept
apart from the dates typed in, so an export writes back the country, not a list of bank holidays.

Errors name the line to fix: tomllib's own position for a syntax error, else the line of the key the
domain's message is about (found by scanning the text, see config_file.KeyLines).
"""

import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskapp.domain.calendar import (
    DAY_NAMES,
    BusinessCalendar,
    _day_index,
    holiday_source,
    named_holidays_for_country,
)
from deskapp.domain.errors import NotFoundError, StorageError, ValidationError
from deskapp.domain.priority import PriorityMatrix
from deskapp.domain.sla import SlaConfig, SlaPolicy
from deskapp.domain.tickets import Level, Priority
from deskapp.domain.time import Clock
from deskapp.services import office
from deskapp.services.config_file import KeyLines, dumps, syntax_error
from deskapp.services.sla import OFFICE_TIMEZONE, SlaService, load_config, office_timezone
from deskapp.storage.engine import Database

FORMAT = 1
PUBLIC_HOLIDAYS = "calendar_public_holidays"  # office setting: calendar -> country and the dates it added
YEARS_BEFORE, YEARS_AFTER = 1, 5  # public holidays are looked up from last year to five years ahead
SECTIONS = ("format", "office", "priority_matrix", "calendars", "policies")
OFFICE_KEYS = ("timezone", "reopen_window_days", "attachment_limit_mb")
SECTION_LABELS = {"office": "office", "priority_matrix": "priority matrix", "calendars": "calendars",
                  "policies": "policies"}  # fmt: skip

ConfigPath = tuple[str | int, ...]

HEADER = (
    "deskapp settings: the office time zone, priority matrix, ticket rules, SLA calendars and SLA policies.",
    "Load it with `deskapp config import FILE` (checked as a whole: a file with a mistake changes nothing).",
)
COMMENTS: dict[ConfigPath, tuple[str, ...]] = {
    ("office",): ("reopen_window_days: a closed ticket can be reopened for this many days (0 = never).",),
    ("priority_matrix",): ("impact = { urgency = priority }; priorities: low, medium, high, urgent.",),
    ("calendars",): (
        'Working hours per day as spans like "09:00-12:30" (22:00-24:00 reaches midnight); holidays as dates.',
        'country = "GB" (and subdivision = "ENG") adds that country\'s public holidays on import.',
    ),
    ("policies",): (
        "The first policy matching a ticket sets its clocks; the last one must match every ticket",
        '(ticket_types = [] and categories = [] mean any). Targets read like "4 business hours",',
        '"30 minutes", "1 business day" or "2 calendar days". Escalation: at = "50%" of the target,',
        '"breach", or after_breach = "1 h"; actions: notify_assignee, notify_admin, raise_priority,',
        'reassign_group (with group = "...").',
    ),
}


class ConfigPathError(ValidationError):
    """A setting that is not acceptable, with the path of its key in the settings file."""

    def __init__(self, message: str, path: ConfigPath) -> None:
        super().__init__(message, field="settings")
        self.path = tuple(path)


class ConfigFileError(ValidationError):
    """A settings file that cannot be imported: the line to fix and what is wrong with it."""

    def __init__(self, line: int, detail: str, path: ConfigPath = ()) -> None:
        super().__init__(f"line {line}: {detail}", field="settings")
        self.line = line
        self.detail = detail
        self.path = tuple(path)


@dataclass(frozen=True)
class PublicHolidays:
    """A calendar's source of public holidays: an ISO country code and optional subdivision."""

    country: str
    subdivision: str | None = None

    def __str__(self) -> str:
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country


@dataclass(frozen=True)
class OfficeConfig:
    """Everything the settings file holds. Calendars carry only the holidays typed in; public holidays come
    from `public_holidays` (calendar name -> country) when the config is saved."""

    timezone: str
    matrix: PriorityMatrix
    reopen_window_days: int
    attachment_limit_mb: int
    sla: SlaConfig
    public_holidays: Mapping[str, PublicHolidays] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain values in the order of the file (holidays as dates)."""
        return {
            "format": FORMAT,
            "office": {
                "timezone": self.timezone,
                "reopen_window_days": self.reopen_window_days,
                "attachment_limit_mb": self.attachment_limit_mb,
            },
            "priority_matrix": {
                impact.value: {urgency.value: self.matrix.priority(impact, urgency).value for urgency in Level}
                for impact in Level
            },
            "calendars": {name: self._calendar_dict(calendar) for name, calendar in self.sla.calendars.items()},
            "policies": [_policy_dict(policy) for policy in self.sla.policies],
        }

    def _calendar_dict(self, calendar: BusinessCalendar) -> dict[str, Any]:
        data: dict[str, Any] = {"timezone": calendar.timezone}
        if calendar.always_open:
            data["always_open"] = True
            return data
        source = self.public_holidays.get(calendar.name)
        if source is not None:
            data["country"] = source.country
            if source.subdivision:
                data["subdivision"] = source.subdivision
        data["holidays"] = sorted(calendar.holidays)
        data["week"] = calendar.to_dict()["week"]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "OfficeConfig":
        """The config in `data` (as parsed from a settings file), checked as a whole; a ConfigPathError names
        the key that is wrong."""
        _refuse_unknown(data, (), SECTIONS)
        if data.get("format", FORMAT) != FORMAT:
            raise ConfigPathError(
                f"format: this file is format {data['format']!r}; this deskapp reads format {FORMAT}", ("format",)
            )
        timezone, reopen_days, limit_mb = _office(_section(data, "office"))
        matrix = _matrix(_section(data, "priority_matrix"))
        calendars_data = _section(data, "calendars")
        calendars: dict[str, BusinessCalendar] = {}
        public: dict[str, PublicHolidays] = {}
        for name, value in calendars_data.items():
            calendars[name], source = _calendar(name, value)
            if source is not None:
                public[name] = source
        policies_data = data.get("policies")
        if not isinstance(policies_data, list) or not policies_data:
            raise ConfigPathError(
                "policies: at least one [[policies]] table is needed (the last one matches every ticket)",
                ("policies",),
            )
        policies = tuple(_policy(index, value) for index, value in enumerate(policies_data))
        try:
            sla = SlaConfig(calendars, policies)
        except ValidationError as error:
            raise ConfigPathError(error.message, _config_error_path(policies_data, error.message)) from None
        return cls(timezone, matrix, reopen_days, limit_mb, sla, public)


def _policy_dict(policy: SlaPolicy) -> dict[str, Any]:
    data = policy.to_dict()
    ordered = {
        "name": data["name"],
        "calendar": data["calendar"],
        "ticket_types": data.get("ticket_types", []),
        "categories": data.get("categories", []),
        "at_risk": data["at_risk"],
        "targets": data["targets"],
    }
    if "escalations" in data:
        ordered["escalations"] = data["escalations"]
    return ordered


# --- reading the sections -------------------------------------------------------------------------


def _refuse_unknown(data: Mapping[str, Any], path: ConfigPath, allowed: tuple[str, ...]) -> None:
    for key in data:
        if key not in allowed:
            where = ".".join(str(p) for p in path if isinstance(p, str)) or "the file"
            raise ConfigPathError(f"{where}: unknown key '{key}' (expected {', '.join(allowed)})", (*path, key))


def _section(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if value is None:
        raise ConfigPathError(f"[{key}] is missing (export a file to see the layout)", ())
    if not isinstance(value, Mapping):
        raise ConfigPathError(f"{key}: must be a table [{key}]", (key,))
    return value


def check_timezone(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{where}: needs an IANA time zone like 'Europe/London'", field="timezone")
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            f"{where}: '{value}' is not a known time zone (use an IANA name like 'Europe/London')", field="timezone"
        ) from None
    return value.strip()


def check_whole_number(value: Any, where: str, allowed: range, unit: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise ValidationError(
            f"{where}: must be a whole number of {unit} from {allowed.start} to {allowed.stop - 1}, not {value!r}",
            field=where,
        )
    return value


def _office(data: Mapping[str, Any]) -> tuple[str, int, int]:
    _refuse_unknown(data, ("office",), OFFICE_KEYS)
    values = []
    for key, check in (
        ("timezone", lambda v: check_timezone(v, "office: timezone")),
        ("reopen_window_days", lambda v: check_whole_number(v, "office: reopen_window_days",
                                                            office.REOPEN_WINDOW_RANGE, "days")),
        ("attachment_limit_mb", lambda v: check_whole_number(v, "office: attachment_limit_mb",
                                                             office.ATTACHMENT_LIMIT_RANGE, "MB")),
    ):  # fmt: skip
        if key not in data:
            raise ConfigPathError(f"office: {key} is missing", ("office",))
        try:
            values.append(check(data[key]))
        except ValidationError as error:
            raise ConfigPathError(error.message, ("office", key)) from None
    return values[0], values[1], values[2]


def _choice_key(cls: type[Level] | type[Priority], key: Any, where: str, path: ConfigPath) -> Any:
    try:
        return cls.parse(key, where)
    except ValidationError as error:
        raise ConfigPathError(error.message, path) from None


def _matrix(data: Mapping[str, Any]) -> PriorityMatrix:
    cells: dict[Level, dict[Level, Priority]] = {}
    keys = {}
    for impact_key, row in data.items():
        path: ConfigPath = ("priority_matrix", impact_key)
        impact = _choice_key(Level, impact_key, "priority matrix: impact", path)
        if impact in cells:
            raise ConfigPathError(f"priority matrix: impact {impact.value} is given twice", path)
        if not isinstance(row, Mapping):
            raise ConfigPathError(
                f"priority matrix: impact {impact.value} must be a table like {{ low = 'low', ... }}", path
            )
        cells[impact] = {}
        keys[impact] = impact_key
        for urgency_key, value in row.items():
            cell: ConfigPath = (*path, urgency_key)
            urgency = _choice_key(Level, urgency_key, f"priority matrix: impact {impact.value}: urgency", cell)
            where = f"priority matrix: impact {impact.value}, urgency {urgency.value}"
            cells[impact][urgency] = _choice_key(Priority, value, where, cell)
    for impact in Level:
        if impact not in cells:
            raise ConfigPathError(
                f"priority matrix: the row for impact {impact.value} is missing", ("priority_matrix",)
            )
        for urgency in Level:
            if urgency not in cells[impact]:
                raise ConfigPathError(
                    f"priority matrix: impact {impact.value} has no priority for urgency {urgency.value}",
                    ("priority_matrix", keys[impact]),
                )
    return PriorityMatrix(cells)


def _calendar(name: str, data: Any) -> tuple[BusinessCalendar, PublicHolidays | None]:
    path: ConfigPath = ("calendars", name)
    where = f"calendar '{name}'"
    if not isinstance(data, Mapping):
        raise ConfigPathError(f'{where}: must be a table [calendars."{name}"]', path)
    if " ".join(name.split()) != name or not name:
        raise ConfigPathError(f"{where}: a calendar name needs text and no extra spaces", path)
    rest = {key: value for key, value in data.items() if key not in ("country", "subdivision")}
    source = _public_holidays(name, data)
    if source is not None and data.get("always_open") is True:
        raise ConfigPathError(
            f"{where}: an always-open calendar has no holidays; remove country or always_open", (*path, "country")
        )
    try:
        calendar = BusinessCalendar.from_dict(name, rest)
    except ValidationError as error:
        raise ConfigPathError(error.message, _calendar_error_path(name, data, error.message)) from None
    return calendar, source


def _public_holidays(name: str, data: Mapping[str, Any]) -> PublicHolidays | None:
    path: ConfigPath = ("calendars", name)
    country, subdivision = data.get("country"), data.get("subdivision")
    if country is None:
        if subdivision is not None:
            raise ConfigPathError(f"calendar '{name}': subdivision needs a country", (*path, "subdivision"))
        return None
    for key, value in (("country", country), ("subdivision", subdivision)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ConfigPathError(f"calendar '{name}': {key} must be a code like 'GB' or 'ENG'", (*path, key))
    try:
        code, subdiv = holiday_source(country, subdivision)
    except ValidationError as error:
        key = "subdivision" if "subdivision" in error.message else "country"
        raise ConfigPathError(f"calendar '{name}': {error.message}", (*path, key)) from None
    return PublicHolidays(code, subdiv)


def _policy(index: int, data: Any) -> SlaPolicy:
    if not isinstance(data, Mapping):
        raise ConfigPathError(f"policy {index + 1}: must be a [[policies]] table", ("policies", index))
    try:
        return SlaPolicy.from_dict(data, f"policy {index + 1}")
    except ValidationError as error:
        raise ConfigPathError(error.message, _policy_error_path(index, data, error.message)) from None


# --- which key an error of the domain is about ----------------------------------------------------

_UNKNOWN_KEY = re.compile(r"unknown key '([^']*)'")
_QUOTED = re.compile(r"'([^']*)'")
_ESCALATION = re.compile(r"^escalation (\d+): ?(.*)$")
_TARGET_KEY = re.compile(r"^targets\.([a-z-]+)(?:\.(response|resolution))?")
_POLICY_PREFIX = re.compile(r"^policy (?:\d+|'.*?'): ")
_CALENDAR_PREFIX = re.compile(r"^calendar '.*?': ")
ESCALATION_KEYS = ("clock", "after_breach", "actions", "group", "at")


def _index_of(values: Any, text: str) -> int | None:
    if isinstance(values, list):
        for index, value in enumerate(values):
            if str(value).strip() == text.strip():
                return index
    return None


def _with_element(path: ConfigPath, values: Any, message: str) -> ConfigPath:
    """The path of the list element the message quotes, if it quotes one."""
    for quoted in _QUOTED.findall(message):
        index = _index_of(values, quoted)
        if index is not None:
            return (*path, index)
    return path


def _strip_where(message: str, name: Any, pattern: re.Pattern[str], kind: str) -> str:
    if isinstance(name, str):
        prefix = f"{kind} '{' '.join(name.split())}': "
        if message.startswith(prefix):
            return message[len(prefix) :]
    match = pattern.match(message)
    return message[match.end() :] if match else message


def _file_key(data: Any, wanted: str, parse: Any) -> str:
    """The key as written in the file ('High', 'monday') for a normalised one ('high', 'mon')."""
    if isinstance(data, Mapping):
        for key in data:
            try:
                if parse(key) == wanted:
                    return str(key)
            except ValidationError:
                continue
    return wanted


def _policy_error_path(index: int, data: Mapping[str, Any], message: str) -> ConfigPath:
    base: ConfigPath = ("policies", index)
    rest = _strip_where(message, data.get("name"), _POLICY_PREFIX, "policy")
    escalation = _ESCALATION.match(rest)
    if escalation:
        number = int(escalation.group(1))
        level_path: ConfigPath = (*base, "escalations", number - 1)
        detail = escalation.group(2)
        unknown = _UNKNOWN_KEY.search(detail)
        if unknown:
            return (*level_path, unknown.group(1))
        if detail.startswith(("action", "an action", "needs at least one action", "reassign_group")):
            return (*level_path, "actions")
        key = next((key for key in ESCALATION_KEYS if detail.startswith(key)), None)
        return (*level_path, key) if key else level_path
    unknown = _UNKNOWN_KEY.search(rest)
    if unknown and rest.startswith("unknown key"):
        return (*base, unknown.group(1))
    target = _TARGET_KEY.match(rest)
    targets = data.get("targets")
    if target:
        key = _file_key(targets, target.group(1), lambda k: Priority.parse(k, "priority").value)
        return (*base, "targets", key, *([target.group(2)] if target.group(2) else []))
    if rest.startswith("targets"):
        quoted = _QUOTED.search(rest)
        if quoted and isinstance(targets, Mapping) and quoted.group(1) in targets:
            return (*base, "targets", quoted.group(1))
        return (*base, "targets")
    for key in ("ticket_types", "categories", "at_risk", "calendar", "escalations", "name"):
        if rest.startswith(key):
            return _with_element((*base, key), data.get(key), rest) if key.endswith("s") else (*base, key)
    if rest.startswith("escalation"):
        return (*base, "escalations")
    if rest.startswith("needs a name"):
        return (*base, "name")
    return base


def _config_error_path(policies: list[Any], message: str) -> ConfigPath:
    """The key a whole-config error is about: the policy it names (the later one for a duplicate name)."""
    if message.startswith("calendar '"):
        return ("calendars", _QUOTED.search(message).group(1))  # type: ignore[union-attr]
    names = [" ".join(str(p.get("name", "")).split()).casefold() if isinstance(p, Mapping) else "" for p in policies]
    matched = [i for i, name in enumerate(names) if message.casefold().startswith(f"policy '{name}': ")]
    if not matched:
        return ("policies",)
    index = max(matched, key=lambda i: (len(names[i]), i))
    data = policies[index]
    rest = _strip_where(message, data.get("name"), _POLICY_PREFIX, "policy")
    if rest.startswith("two policies have this name"):
        return ("policies", index, "name")
    if rest.startswith("can never apply"):
        return ("policies", index)
    if rest.startswith("the last policy must match every ticket"):
        for key in ("ticket_types", "categories"):
            if data.get(key):
                return ("policies", index, key)
        return ("policies", index)
    return _policy_error_path(index, data, message)


def _day_name(key: Any) -> str | None:
    index = _day_index(str(key))
    return None if index is None else DAY_NAMES[index]


def _calendar_error_path(name: str, data: Mapping[str, Any], message: str) -> ConfigPath:
    base: ConfigPath = ("calendars", name)
    rest = _strip_where(message, name, _CALENDAR_PREFIX, "calendar")
    unknown = _UNKNOWN_KEY.search(rest)
    if unknown and rest.startswith("unknown key"):
        return (*base, unknown.group(1))
    week = data.get("week")
    for day in DAY_NAMES:
        if rest.startswith(day):
            key = _file_key(week, day, _day_name)
            return _with_element((*base, "week", key), week.get(key) if isinstance(week, Mapping) else None, rest)
    if rest.startswith("week has '"):
        return (*base, "week", _QUOTED.search(rest).group(1))  # type: ignore[union-attr]
    if rest.startswith(("week", "no working hours")):
        return (*base, "week")
    if rest.startswith("holiday"):
        return _with_element((*base, "holidays"), data.get("holidays"), rest)
    if "time zone" in rest or rest.startswith("timezone"):
        return (*base, "timezone")
    if rest.startswith(("always_open", "an always-open")):
        return (*base, "always_open")
    return base


# --- text in and out ------------------------------------------------------------------------------


def _inline(path: ConfigPath) -> bool:
    """Matrix rows and the targets of one priority are written on one line each."""
    return (len(path) == 2 and path[0] == "priority_matrix") or (len(path) == 3 and path[:2] == ("policies", "targets"))


def to_toml(config: OfficeConfig) -> str:
    return dumps(config.to_dict(), inline=_inline, comments=COMMENTS, header=HEADER)


def parse_toml(text: str) -> OfficeConfig:
    """The config in a settings file, checked as a whole; a ConfigFileError names the line to fix."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, detail = syntax_error(error, text)
        raise ConfigFileError(line, detail) from None
    try:
        return OfficeConfig.from_dict(data)
    except ConfigPathError as error:
        raise ConfigFileError(KeyLines(text).line_of(error.path), error.message, error.path) from None


def read_text(path: Path) -> str:
    """A settings file's text; a message a person can act on when it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"{path}: there is no such file", field="file") from None
    except IsADirectoryError:
        raise ValidationError(f"{path}: this is a folder, not a settings file", field="file") from None
    except OSError as error:
        raise StorageError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigFileError(line, "this is not UTF-8 text; save the file as UTF-8") from None


def write_text_atomic(path: Path, text: str) -> Path:
    """Write the file completely or not at all: a temporary file beside it, flushed, then renamed over it."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(f"{path}: this is a folder; give a file name like settings.toml", field="file")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"{path}: the folder {folder} does not exist", field="file")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise StorageError(f"{path}: cannot write in {folder} ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError(f"{path}: cannot be written ({error.strerror or error})") from None
    return path


# --- the service ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, with dry_run, would do)."""

    calendars: int
    policies: int
    public_holidays: int
    tickets: int
    changed: tuple[str, ...]
    dry_run: bool


class ConfigService:
    """Reads and saves the office's settings as one OfficeConfig, and as a TOML settings file."""

    def __init__(self, database: Database, clock: Clock, sla: SlaService) -> None:
        self.database = database
        self.clock = clock
        self.sla = sla

    def holiday_years(self) -> range:
        """The years whose public holidays are added: last year to five years ahead."""
        year = self.clock().year
        return range(year - YEARS_BEFORE, year + YEARS_AFTER + 1)

    def load(self) -> OfficeConfig:
        with self.database.read() as session:
            timezone = office_timezone(session)
            matrix = office.priority_matrix(session)
            reopen_days = office.reopen_window_days(session)
            limit_mb = office.attachment_limit_mb(session)
            sla = load_config(session)
            stored = office.read(session, PUBLIC_HOLIDAYS, {}) or {}
        calendars = dict(sla.calendars)
        public: dict[str, PublicHolidays] = {}
        for name, source in stored.items():
            calendar = calendars.get(name)
            if calendar is None or calendar.always_open:
                continue
            added = {date.fromisoformat(day) for day in source.get("dates", [])}
            calendars[name] = replace(calendar, holidays=calendar.holidays - added)
            public[name] = PublicHolidays(source["country"], source.get("subdivision"))
        return OfficeConfig(timezone, matrix, reopen_days, limit_mb, SlaConfig(calendars, sla.policies), public)

    def public_holidays(self, source: PublicHolidays) -> dict[date, str]:
        """The public holidays a calendar with this country gets: date -> name, for holiday_years()."""
        return named_holidays_for_country(source.country, self.holiday_years(), source.subdivision)

    def _resolve(self, config: OfficeConfig) -> tuple[SlaConfig, dict[str, Any], int]:
        """The SLA config to store (public holidays added to their calendars) and the record of what was added."""
        years = self.holiday_years()
        calendars = dict(config.sla.calendars)
        record: dict[str, Any] = {}
        total = 0
        for name, source in sorted(config.public_holidays.items()):
            calendar = calendars.get(name)
            if calendar is None:
                raise ConfigPathError(f"public holidays: there is no calendar '{name}'", ("calendars", name))
            try:
                found = set(named_holidays_for_country(source.country, years, source.subdivision))
            except ValidationError as error:
                raise ConfigPathError(f"calendar '{name}': {error.message}", ("calendars", name, "country")) from None
            added = found - calendar.holidays
            calendars[name] = calendar.with_holidays(added)
            total += len(added)
            record[name] = {
                "country": source.country,
                "subdivision": source.subdivision,
                "years": [years.start, years.stop - 1],
                "dates": sorted(day.isoformat() for day in added),
            }
        return SlaConfig(calendars, config.sla.policies), record, total

    def save(self, config: OfficeConfig) -> int:
        """Store every setting in one transaction and recompute active tickets' SLA clocks; returns how many."""
        sla, record, _count = self._resolve(config)
        return self._store(config, sla, record)

    def _store(self, config: OfficeConfig, sla: SlaConfig, record: dict[str, Any]) -> int:
        settings = {
            OFFICE_TIMEZONE: config.timezone,
            office.PRIORITY_MATRIX: config.matrix.to_dict(),
            office.REOPEN_WINDOW_DAYS: config.reopen_window_days,
            office.ATTACHMENT_LIMIT_MB: config.attachment_limit_mb,
            PUBLIC_HOLIDAYS: record,
        }
        return self.sla.save_config(sla, settings)

    def export_toml(self) -> str:
        return to_toml(self.load())

    def import_toml(self, text: str, *, dry_run: bool = False) -> ImportSummary:
        """Check the whole file, then save it in one transaction (or, with dry_run, only check it)."""
        config = parse_toml(text)
        try:
            sla, record, public_count = self._resolve(config)
        except ConfigPathError as error:
            raise ConfigFileError(KeyLines(text).line_of(error.path), error.message, error.path) from None
        before = self.load().to_dict()
        after = config.to_dict()
        changed = tuple(label for key, label in SECTION_LABELS.items() if before[key] != after[key])
        tickets = 0 if dry_run else self._store(config, sla, record)
        return ImportSummary(
            len(config.sla.calendars), len(config.sla.policies), public_count, tickets, changed, dry_run
        )

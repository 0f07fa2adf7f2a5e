"""Service level agreements: targets per priority, policies that pick them, and the arithmetic of one clock.

A policy says how fast a ticket must get a first response and a resolution, on which business calendar,
and when to escalate. The config is a list of policies, first match wins, the last one matches everything.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any, Literal, TypeVar

from deskapp.domain.calendar import BusinessCalendar, as_utc
from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Priority, TicketType, _Choice

C = TypeVar("C", bound=_Choice)
Unit = Literal["minutes", "hours", "days"]
Clock = Literal["response", "resolution"]
UNITS: tuple[Unit, ...] = ("minutes", "hours", "days")
CLOCKS: tuple[Clock, ...] = ("response", "resolution")
ACTIONS = ("notify_assignee", "notify_admin", "raise_priority", "reassign_group")
MAX_TARGET_MINUTES = 366 * 24 * 60

_UNIT_WORDS = {
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
}  # fmt: skip
_UNIT_MINUTES = {"minutes": 1, "hours": 60, "days": 24 * 60}
_TARGET = re.compile(r"^(\d+)\s*(?:(business|calendar)\s+)?([a-z]+)(?:\s+(business|calendar))?$")
_DURATION = re.compile(r"(?:\d+\s*[a-z]+\s*)+")
_DURATION_PART = re.compile(r"(\d+)\s*([a-z]+)")
_TARGET_EXAMPLES = "'4 business hours', '30 minutes', '1 business day' or '2 calendar days'"


def _sla_error(message: str) -> ValidationError:
    return ValidationError(message, field="sla")


# --- targets ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """How long a clock may run: an amount of minutes, hours or days, of business or calendar time.

    A business day is the calendar's longest working day (hours_per_day); a calendar day is 24 hours.
    Text without 'business' or 'calendar' means calendar time.
    """

    amount: int
    unit: Unit
    business: bool

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise _sla_error(f"target: unit '{self.unit}' is not one of {', '.join(UNITS)}")
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 1:
            raise _sla_error(f"target: the amount must be a whole number of at least 1, not {self.amount!r}")
        if self.amount * _UNIT_MINUTES[self.unit] > MAX_TARGET_MINUTES:
            raise _sla_error(f"target: {self} is longer than the limit of 366 days")
        object.__setattr__(self, "business", bool(self.business))

    @classmethod
    def parse(cls, text: str, field: str = "target") -> "Target":
        """'30m', '4h', '1 h', '8 business hours', '1 business day', '4 calendar hours', '2 days'."""
        cleaned = " ".join(str(text).strip().lower().split())
        match = _TARGET.match(cleaned)
        unit = _UNIT_WORDS.get(match.group(3)) if match else None
        if not match or unit is None or (match.group(2) and match.group(4)):
            raise ValidationError(f"{field}: '{text}' is not a target like {_TARGET_EXAMPLES}", field=field)
        amount = int(match.group(1))
        if amount < 1 or amount * _UNIT_MINUTES[unit] > MAX_TARGET_MINUTES:
            raise ValidationError(f"{field}: '{text}' must be between 1 minute and 366 days", field=field)
        return cls(amount, unit, "business" in (match.group(2), match.group(4)))

    def __str__(self) -> str:
        unit = self.unit if self.amount != 1 else self.unit[:-1]
        return f"{self.amount} {'business' if self.business else 'calendar'} {unit}"

    def duration(self, calendar: BusinessCalendar) -> timedelta:
        """The target as a length of time: of business time if `business`, else of wall-clock time."""
        if self.unit == "days" and self.business:
            return timedelta(minutes=self.amount * calendar.minutes_per_day)
        return timedelta(minutes=self.amount * _UNIT_MINUTES[self.unit])


@dataclass(frozen=True)
class PriorityTargets:
    response: Target
    resolution: Target

    def for_clock(self, clock: Clock) -> Target:
        return self.response if clock == "response" else self.resolution


# --- escalations ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EscalationLevel:
    """What to do when a clock reaches a share of its target (1.0 = at breach) or a time after breach."""

    clock: Clock
    at_share: float | None
    after_breach: timedelta | None
    actions: tuple[str, ...]
    group: str | None = None

    def __post_init__(self) -> None:
        if self.clock not in CLOCKS:
            raise _sla_error(f"escalation: clock '{self.clock}' is not one of {', '.join(CLOCKS)}")
        if (self.at_share is None) == (self.after_breach is None):
            raise _sla_error("escalation: give exactly one of at (a share of the target) or after_breach")
        if self.at_share is not None:
            if isinstance(self.at_share, bool) or not isinstance(self.at_share, int | float):
                raise _sla_error(f"escalation: at must be a share like 0.75, not {self.at_share!r}")
            if not 0 < self.at_share <= 1:
                raise _sla_error(f"escalation: at must be above 0% and at most 100% (breach), not {self.at_share!r}")
            object.__setattr__(self, "at_share", float(self.at_share))
        if self.after_breach is not None and (
            not isinstance(self.after_breach, timedelta) or self.after_breach <= timedelta(0)
        ):
            raise _sla_error("escalation: after_breach must be a time after the breach like '1 h' (use at = 'breach')")
        if self.after_breach is not None and self.after_breach % timedelta(minutes=1):
            raise _sla_error("escalation: after_breach must be whole minutes")
        actions = tuple(self.actions)
        if not actions:
            raise _sla_error("escalation: needs at least one action")
        for action in actions:
            if action not in ACTIONS:
                raise _sla_error(f"escalation: action '{action}' is not one of {', '.join(ACTIONS)}")
        if len(set(actions)) != len(actions):
            raise _sla_error(f"escalation: an action is listed twice in {', '.join(actions)}")
        object.__setattr__(self, "actions", actions)
        group = " ".join(str(self.group).split()) if self.group is not None else None
        if "reassign_group" in actions and not group:
            raise _sla_error("escalation: reassign_group needs the group to reassign to")
        if group and "reassign_group" not in actions:
            raise _sla_error(f"escalation: group '{group}' is only used with the reassign_group action")
        object.__setattr__(self, "group", group or None)

    @property
    def key(self) -> str:
        """A stable id such as 'resolution@75%' or 'resolution+1h': a level fires once per ticket."""
        if self.at_share is not None:
            return f"{self.clock}@{_format_percent(self.at_share)}"
        assert self.after_breach is not None
        return f"{self.clock}+{format_wall_duration(self.after_breach, compact=True)}"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"clock": self.clock}
        if self.at_share is not None:
            data["at"] = "breach" if self.at_share == 1 else _format_percent(self.at_share)
        else:
            assert self.after_breach is not None
            data["after_breach"] = format_wall_duration(self.after_breach)
        data["actions"] = list(self.actions)
        if self.group:
            data["group"] = self.group
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "escalation") -> "EscalationLevel":
        if not isinstance(data, Mapping):
            raise _sla_error(f"{where}: must be a table with clock, at or after_breach, and actions")
        _refuse_unknown_keys(where, data, ("clock", "at", "after_breach", "actions", "group"))
        clock = str(data.get("clock", "")).strip().lower()
        if clock not in CLOCKS:
            raise _sla_error(f"{where}: clock '{data.get('clock', '')}' is not one of {', '.join(CLOCKS)}")
        at_share = None
        if "at" in data:
            at = data["at"]
            at_share = 1.0 if isinstance(at, str) and at.strip().lower() == "breach" else _parse_share(where, "at", at)
        after = parse_wall_duration(data["after_breach"], f"{where}: after_breach") if "after_breach" in data else None
        actions = data.get("actions", [])
        if isinstance(actions, str):
            actions = [actions]
        if not isinstance(actions, list | tuple):
            raise _sla_error(f"{where}: actions must be a list like ['notify_assignee']")
        names = tuple("_".join(str(a).strip().lower().replace("-", " ").replace("_", " ").split()) for a in actions)
        group = data.get("group")
        try:
            return cls(clock, at_share, after, names, group)  # type: ignore[arg-type]
        except ValidationError as error:
            raise _sla_error(f"{where}: {error.message.removeprefix('escalation: ')}") from None


# --- policies ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlaPolicy:
    """Targets per priority on one calendar, for the ticket types and categories it matches (empty = any).

    Frozen like the rest of the config: treat `targets` as read-only (it is a private copy).
    """

    name: str
    calendar: str
    targets: Mapping[Priority, PriorityTargets]
    ticket_types: frozenset[TicketType] = frozenset()
    categories: frozenset[str] = frozenset()
    at_risk_share: float = 0.75
    escalations: tuple[EscalationLevel, ...] = ()
    _category_keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        name = " ".join(str(self.name or "").split())
        if not name:
            raise _sla_error("policy: needs a name")
        object.__setattr__(self, "name", name)
        where = f"policy '{name}'"
        calendar = " ".join(str(self.calendar or "").split())
        if not calendar:
            raise _sla_error(f"{where}: calendar is missing (the name of a calendar such as 'Office hours')")
        object.__setattr__(self, "calendar", calendar)
        targets = {Priority.parse(key, "priority"): value for key, value in dict(self.targets).items()}
        for priority in Priority:
            if not isinstance(targets.get(priority), PriorityTargets):
                raise _sla_error(f"{where}: targets: no response and resolution targets for priority {priority}")
        object.__setattr__(self, "targets", {p: targets[p] for p in Priority})
        object.__setattr__(
            self, "ticket_types", frozenset(TicketType.parse(t, "ticket type") for t in self.ticket_types)
        )
        categories = frozenset(" ".join(str(c).split()) for c in self.categories)
        if "" in categories:
            raise _sla_error(f"{where}: categories: a category name is empty")
        object.__setattr__(self, "categories", categories)
        object.__setattr__(self, "_category_keys", frozenset(c.casefold() for c in categories))
        share = self.at_risk_share
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 < share < 1:
            raise _sla_error(f"{where}: at_risk must be a share above 0% and below 100%, not {share!r}")
        object.__setattr__(self, "at_risk_share", float(share))
        object.__setattr__(self, "escalations", tuple(self.escalations))
        keys = [level.key for level in self.escalations]
        for key in keys:
            if keys.count(key) > 1:
                raise _sla_error(f"{where}: escalation {key} is listed twice")

    @property
    def matches_everything(self) -> bool:
        return not self.ticket_types and not self.categories

    def matches(self, ticket_type: TicketType | str | None, category: str | None) -> bool:
        """Whether a ticket of this type and category ('Hardware' or 'Hardware/Printer') falls under the policy."""
        if self.ticket_types and (
            ticket_type is None or TicketType.parse(ticket_type, "ticket type") not in self.ticket_types
        ):
            return False
        if self.categories:
            top = (category or "").split("/")[0]
            if " ".join(top.split()).casefold() not in self._category_keys:
                return False
        return True

    def target(self, priority: Priority | str, clock: Clock) -> Target:
        return self.targets[Priority.parse(priority, "priority")].for_clock(clock)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "calendar": self.calendar}
        if self.ticket_types:
            data["ticket_types"] = [t.value for t in TicketType if t in self.ticket_types]
        if self.categories:
            data["categories"] = sorted(self.categories, key=str.casefold)
        data["at_risk"] = _format_percent(self.at_risk_share)
        data["targets"] = {
            p.value: {"response": str(t.response), "resolution": str(t.resolution)}
            for p, t in sorted(self.targets.items(), key=lambda item: -item[0].rank)
        }
        if self.escalations:
            data["escalations"] = [level.to_dict() for level in self.escalations]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "policy") -> "SlaPolicy":
        if not isinstance(data, Mapping):
            raise _sla_error(f"{where}: must be a table with name, calendar and targets")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _sla_error(f"{where}: needs a name")
        where = f"policy '{name.strip()}'"
        _refuse_unknown_keys(
            where, data, ("name", "calendar", "ticket_types", "categories", "at_risk", "targets", "escalations")
        )
        calendar = data.get("calendar")
        if not isinstance(calendar, str):
            raise _sla_error(f"{where}: calendar is missing (the name of a calendar such as 'Office hours')")
        ticket_types = frozenset(
            _choice(TicketType, t, f"{where}: ticket_types") for t in _string_list(where, "ticket_types", data)
        )
        categories = frozenset(_string_list(where, "categories", data))
        at_risk = _parse_share(where, "at_risk", data.get("at_risk", "75%"))
        targets = _targets_from_dict(where, data.get("targets"))
        levels = data.get("escalations", [])
        if not isinstance(levels, list | tuple):
            raise _sla_error(f"{where}: escalations must be a list of tables")
        escalations = tuple(
            EscalationLevel.from_dict(level, f"{where}: escalation {number}")
            for number, level in enumerate(levels, start=1)
        )
        return cls(name, calendar, targets, ticket_types, categories, at_risk, escalations)


def _targets_from_dict(where: str, data: Any) -> dict[Priority, PriorityTargets]:
    if not isinstance(data, Mapping):
        raise _sla_error(f"{where}: targets must be a table like urgent = {{response = '1 business hour', ...}}")
    targets: dict[Priority, PriorityTargets] = {}
    for key, value in data.items():
        priority = _choice(Priority, key, f"{where}: targets")
        place = f"{where}: targets.{priority.value}"
        if not isinstance(value, Mapping):
            raise _sla_error(f"{place}: must be a table with response and resolution")
        _refuse_unknown_keys(place, value, CLOCKS)
        clocks = {}
        for clock in CLOCKS:
            if clock not in value:
                raise _sla_error(f"{place}: {clock} is missing (a target like {_TARGET_EXAMPLES})")
            clocks[clock] = Target.parse(value[clock], f"{place}.{clock}")
        targets[priority] = PriorityTargets(**clocks)
    for priority in Priority:
        if priority not in targets:
            raise _sla_error(f"{where}: targets: no targets for priority {priority.value}")
    return targets


# --- the whole config -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlaConfig:
    """Calendars by name and the policies, in order: the first policy matching a ticket sets its clocks."""

    calendars: Mapping[str, BusinessCalendar]
    policies: tuple[SlaPolicy, ...]

    def __post_init__(self) -> None:
        calendars = dict(self.calendars)
        for key, calendar in calendars.items():
            if calendar.name != key:
                raise _sla_error(f"calendar '{key}': holds a calendar named '{calendar.name}'")
        object.__setattr__(self, "calendars", calendars)
        policies = tuple(self.policies)
        object.__setattr__(self, "policies", policies)
        if not policies:
            raise _sla_error("sla: needs at least one policy")
        names = [p.name.casefold() for p in policies]
        for policy in policies:
            if names.count(policy.name.casefold()) > 1:
                raise _sla_error(f"policy '{policy.name}': two policies have this name")
            if policy.calendar not in calendars:
                known = ", ".join(sorted(calendars)) or "none"
                raise _sla_error(
                    f"policy '{policy.name}': calendar '{policy.calendar}' is not defined (calendars: {known})"
                )
            _check_response_before_resolution(policy, calendars[policy.calendar])
        for earlier, later in pairwise(policies):
            if earlier.matches_everything:
                raise _sla_error(
                    f"policy '{later.name}': can never apply, policy '{earlier.name}' before it matches every ticket"
                )
        if not policies[-1].matches_everything:
            raise _sla_error(
                f"policy '{policies[-1].name}': the last policy must match every ticket (no ticket_types, no "
                "categories), so every ticket gets a clock"
            )

    def policy_for(self, ticket_type: TicketType | str | None, category: str | None) -> SlaPolicy:
        """The first policy matching the ticket (the last one matches everything)."""
        return next(p for p in self.policies if p.matches(ticket_type, category))

    def calendar_for(self, policy: SlaPolicy) -> BusinessCalendar:
        return self.calendars[policy.calendar]

    @classmethod
    def default(cls, timezone: str) -> "SlaConfig":
        """The shipped defaults: one 'Standard' policy on Monday-Friday 09:00-17:00 office hours."""
        office = BusinessCalendar.office_default(timezone, name="Office hours")
        always = BusinessCalendar.twenty_four_seven(name="24/7", timezone=timezone)
        targets = {
            Priority.URGENT: ("1 business hour", "4 business hours"),
            Priority.HIGH: ("4 business hours", "1 business day"),
            Priority.MEDIUM: ("1 business day", "3 business days"),
            Priority.LOW: ("2 business days", "5 business days"),
        }
        escalations = (
            EscalationLevel("resolution", 0.5, None, ("notify_assignee",)),
            EscalationLevel("resolution", 0.75, None, ("notify_assignee", "notify_admin")),
            EscalationLevel("resolution", 1.0, None, ("notify_admin", "raise_priority")),
            EscalationLevel("resolution", None, timedelta(hours=1), ("reassign_group",), group="Technical Support"),
        )
        standard = SlaPolicy(
            "Standard",
            office.name,
            {p: PriorityTargets(Target.parse(r), Target.parse(s)) for p, (r, s) in targets.items()},
            at_risk_share=0.75,
            escalations=escalations,
        )
        return cls({office.name: office, always.name: always}, (standard,))

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts, lists and strings, ready for a TOML file."""
        return {
            "calendars": {name: calendar.to_dict() for name, calendar in self.calendars.items()},
            "policies": [policy.to_dict() for policy in self.policies],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "SlaConfig":
        """The config described by `data`, checked as a whole; errors name the policy or calendar and key."""
        if not isinstance(data, Mapping):
            raise _sla_error("sla: the config must be a table with calendars and policies")
        _refuse_unknown_keys("sla", data, ("calendars", "policies"))
        calendars_data = data.get("calendars", {})
        if not isinstance(calendars_data, Mapping):
            raise _sla_error("sla: calendars must be a table of calendars by name")
        calendars = {str(name): BusinessCalendar.from_dict(str(name), value) for name, value in calendars_data.items()}
        policies_data = data.get("policies")
        if not isinstance(policies_data, list | tuple) or not policies_data:
            raise _sla_error("sla: policies must be a list with at least one policy")
        policies = tuple(
            SlaPolicy.from_dict(policy, f"policy {number}") for number, policy in enumerate(policies_data, start=1)
        )
        return cls(calendars, policies)


def _check_response_before_resolution(policy: SlaPolicy, calendar: BusinessCalendar) -> None:
    for priority, targets in policy.targets.items():
        response, resolution = targets.response, targets.resolution
        if response.business == resolution.business and response.duration(calendar) > resolution.duration(calendar):
            raise _sla_error(
                f"policy '{policy.name}': targets.{priority.value}: the response target ({response}) is longer "
                f"than the resolution target ({resolution})"
            )


# --- one ticket's clocks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DueTimes:
    response_due: datetime
    response_risk: datetime
    resolution_due: datetime
    resolution_risk: datetime


def clock_add(target: Target, calendar: BusinessCalendar, start: datetime, length: timedelta) -> datetime:
    """`start` plus `length` of the target's kind of time: business time on the calendar, or wall-clock time."""
    if target.business:
        return calendar.add_business_time(start, length)
    return as_utc(start) + length


def clock_elapsed(target: Target, calendar: BusinessCalendar, a: datetime, b: datetime) -> timedelta:
    """Time from a to b as the target counts it; use it to measure pauses for `paused`."""
    if target.business:
        return calendar.business_time_between(a, b)
    return max(as_utc(b) - as_utc(a), timedelta(0))


def _share_of(duration: timedelta, share: float) -> timedelta:
    return timedelta(seconds=round(duration.total_seconds() * share))


def due_and_risk(
    target: Target, share: float, calendar: BusinessCalendar, start: datetime, paused: timedelta = timedelta(0)
) -> tuple[datetime, datetime]:
    """When one clock is due and when it turns at risk (after `share` of the target)."""
    length = target.duration(calendar)
    return (
        clock_add(target, calendar, start, length + paused),
        clock_add(target, calendar, start, _share_of(length, share) + paused),
    )


def due_times(
    policy: SlaPolicy,
    calendar: BusinessCalendar,
    priority: Priority | str,
    start: datetime,
    paused: timedelta = timedelta(0),
) -> DueTimes:
    """Due and at-risk moments of both clocks of a ticket logged at `start` that has been paused for `paused`
    (measured like the targets count time: see clock_elapsed)."""
    response_due, response_risk = due_and_risk(
        policy.target(priority, "response"), policy.at_risk_share, calendar, start, paused
    )
    resolution_due, resolution_risk = due_and_risk(
        policy.target(priority, "resolution"), policy.at_risk_share, calendar, start, paused
    )
    return DueTimes(response_due, response_risk, resolution_due, resolution_risk)


def escalation_moment(
    level: EscalationLevel, start: datetime, target: Target, paused: timedelta, calendar: BusinessCalendar
) -> datetime:
    """When an escalation level fires: at a share of the target (counted like the target), or a wall-clock
    time after the breach."""
    length = target.duration(calendar)
    if level.at_share is not None:
        return clock_add(target, calendar, start, _share_of(length, level.at_share) + paused)
    assert level.after_breach is not None
    return clock_add(target, calendar, start, length + paused) + level.after_breach


class SlaState(_Choice):
    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    BREACHED = "breached"
    MET = "met"
    MISSED = "missed"
    PAUSED = "paused"


def clock_state(due: datetime, risk: datetime, done_at: datetime | None, now: datetime, paused: bool) -> SlaState:
    """Met or missed once done; paused while paused; else breached after due, at risk from `risk`, on track."""
    if done_at is not None:
        return SlaState.MET if done_at <= due else SlaState.MISSED
    if paused:
        return SlaState.PAUSED
    if now > due:
        return SlaState.BREACHED
    if now >= risk:
        return SlaState.AT_RISK
    return SlaState.ON_TRACK


def remaining_text(due: datetime, now: datetime) -> str:
    """'2 h 10 m left', '45 m left', '3 d 2 h left', 'overdue 35 m', 'overdue 1 d 4 h' (wall-clock time)."""
    delta = due - now
    overdue = delta < timedelta(0)
    minutes = int(abs(delta).total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = f"{days} d {hours} h" if hours else f"{days} d"
    elif hours:
        text = f"{hours} h {mins} m" if mins else f"{hours} h"
    else:
        text = f"{mins} m" if mins else "< 1 m"
    return f"overdue {text}" if overdue else f"{text} left"


# --- small text helpers -----------------------------------------------------------------------------


def parse_wall_duration(value: Any, where: str = "duration") -> timedelta:
    """'1 h', '90m', '1 h 30 m', '2 days' -> a timedelta of wall-clock time."""
    text = " ".join(str(value).strip().lower().split())
    problem = ValidationError(f"{where}: '{value}' is not a time like '1 h', '30 m' or '1 h 30 m'", field="sla")
    if not _DURATION.fullmatch(text):
        raise problem
    total = timedelta(0)
    for number, word in _DURATION_PART.findall(text):
        unit = _UNIT_WORDS.get(word)
        if unit is None:
            raise problem
        total += timedelta(minutes=int(number) * _UNIT_MINUTES[unit])
    if total <= timedelta(0):
        raise problem
    return total


def format_wall_duration(duration: timedelta, *, compact: bool = False) -> str:
    """'1 h 30 m' (or '1h30m' with compact); whole minutes."""
    minutes = int(duration.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [(days, "d"), (hours, "h"), (mins, "m")]
    shown = [f"{n}{'' if compact else ' '}{unit}" for n, unit in parts if n] or [f"0{'' if compact else ' '}m"]
    return ("" if compact else " ").join(shown)


def _format_percent(share: float) -> str:
    return f"{share * 100:.10g}%"


def _parse_share(where: str, key: str, value: Any) -> float:
    """'75%' or 0.75 -> 0.75."""
    if isinstance(value, bool):
        raise _sla_error(f"{where}: {key} must be a percentage like '75%', not {value!r}")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    try:
        if text.endswith("%"):
            return float(text[:-1].strip()) / 100
        return float(text)
    except ValueError:
        raise _sla_error(f"{where}: {key} '{value}' is not a percentage like '75%'") from None


def _choice(cls: type[C], value: Any, where: str) -> C:
    try:
        return cls.parse(value, where)
    except ValidationError as error:
        raise _sla_error(error.message) from None


def _refuse_unknown_keys(where: str, data: Mapping[str, Any], allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    for key in data:
        if key not in allowed:
            raise _sla_error(f"{where}: unknown key '{key}' (expected {', '.join(allowed)})")


def _string_list(where: str, key: str, data: Mapping[str, Any]) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise _sla_error(f"{where}: {key} must be a list of names")
    return list(value)

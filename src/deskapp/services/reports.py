"""Service desk figures for a period: volumes, backlog, response and resolution times, SLA, reopens.

Everything is counted in SQL (aggregates and window functions over the ticket rows; no ORM objects), each
query driven by the index on created_at or resolved_at where the rule allows it.

The rules, for a period [start, end) (start included, end excluded):

- **Merged duplicates** (merged_into_id set) are left out of every figure: the kept ticket stands for both.
- **created**: tickets whose created_at is in the period.
- **resolved**: tickets whose resolved_at is in the period, wherever they were created (a ticket created
  before the period and resolved inside it counts; one created inside and still open does not). resolved_at
  holds a ticket's latest resolution (a reopen clears it), so a resolution undone by a reopen is not counted,
  and a ticket resolved, reopened and resolved again counts once, at its last resolution.
- **open backlog at end**: tickets created before `end` that were not yet done at `end`, where a ticket is
  done at resolved_at or, when it has none, a Closed or Cancelled ticket at closed_at. A ticket open today
  counts as open since its creation: the row does not keep a resolution that a reopen undid. Resolved tickets
  waiting to be closed are not backlog (New, Open and Pending are). The weekly backlog trend is the backlog
  at the period's start plus, week by week, tickets created minus tickets done: the same rule, so its last
  point equals the backlog at the end.
- **time to first response (MTTA)**: first_response_at - created_at, in wall-clock seconds (nights, weekends
  and pending time included), over the tickets whose first response is in the period. (first_response_at
  has no index: this one reads the tickets created before `end`.)
- **time to resolve (MTTR)**: resolved_at - created_at in wall-clock seconds over the tickets resolved in the
  period. Time spent Pending (waiting on the requester) is INCLUDED, and so is the time a reopened ticket
  spent resolved before its reopen.
- **time to resolve excluding pending**: the same minus sla_paused_wall_s, the wall-clock time the SLA clock
  was paused while the ticket was Pending (never below 0). The SLA clock restarts on a reopen, so for a
  reopened ticket only the pending time since its last reopen is taken off. A ticket without an SLA clock
  has no recorded pause: both times are equal.
- Each time is given as count, mean and median (seconds); the median of an even count is the mean of the two
  middle values. A group with no ticket has None for both.
- **SLA compliance**: among the tickets whose clock ended in the period and has a verdict, the share met:
  response (first response in the period, response_met set) and resolution (resolved in the period,
  resolution_met set). Tickets without an SLA clock, or answered/resolved outside the period, do not count.
- **reopen rate**: among the tickets resolved in the period, the share with reopen_count > 0.
- **resolved without reassignment**: among the tickets resolved in the period, the share that no agent had
  handed on: no 'assignee' history row with an old value (a change away from an agent, to another agent or to
  nobody) at or before the resolution. The first assignment of an unassigned ticket (old value empty) is not
  a reassignment, nor is a group change or an escalation that keeps the agent.
- **top categories / requesters**: the most frequent category paths ("Hardware/Printer") and requester names
  among the tickets created in the period, for the whole period (not per group).
- **grouping**: a ticket is grouped by its value NOW (its current category, priority, assignee...), not by
  what it was during the period. Category groups by the top-level category; department is the requester's.
- **weeks**: ISO weeks (Monday 00:00 to Monday 00:00) in the office time zone (Settings, else this
  computer's), clipped to the period: the first and last weeks may be partial.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import text
from sqlalchemy.engine import Connection

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Priority, TicketType
from deskapp.domain.time import Clock, system_clock, to_epoch, whole_seconds
from deskapp.services.sla import office_timezone
from deskapp.storage.engine import Database

GROUP_BY = ("none", "category", "priority", "type", "assignee", "group", "department")
NONE_LABEL = "(none)"
TOTAL_LABEL = "All tickets"
MAX_WEEKS = 1044  # 20 years of weekly rows
DEFAULT_TOP = 5

# group_by -> (SQL expression of the group key, the join it needs)
_GROUPS: dict[str, tuple[str, str]] = {
    "none": ("''", ""),
    "category": ("coalesce(gc.name, '')", "LEFT JOIN categories gc ON gc.id = t.category_id"),
    "priority": ("t.priority", ""),
    "type": ("t.type", ""),
    "assignee": ("t.assignee_name", ""),
    "group": ("t.group_name", ""),
    "department": ("coalesce(gr.department, '')", "LEFT JOIN requesters gr ON gr.id = t.requester_id"),
}

# `+column`: the same value, but SQLite will not pick merged_into_id's index (IS NULL matches nearly every
# ticket) over the created_at / resolved_at range that should drive the query.
_KEPT = "+t.merged_into_id IS NULL"
_CREATED_IN = "t.created_at >= :start AND t.created_at < :end"
_RESOLVED_IN = "t.resolved_at >= :start AND t.resolved_at < :end"
_RESPONDED_IN = "t.first_response_at >= :start AND t.first_response_at < :end AND t.created_at < :end"
_ENDED = "('closed', 'cancelled')"
_REASSIGNED = (
    "EXISTS (SELECT 1 FROM audit a WHERE a.ticket_id = t.id AND a.field = 'assignee'"
    " AND a.old_value IS NOT NULL AND a.at <= t.resolved_at)"
)
_RESPONSE_S = "t.first_response_at - t.created_at"
_RESOLVE_S = "t.resolved_at - t.created_at"
_RESOLVE_ACTIVE_S = "max(t.resolved_at - t.created_at - t.sla_paused_wall_s, 0)"


# --- results -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    """`part` of `whole` tickets, e.g. 12 of 15 met their target."""

    part: int = 0
    whole: int = 0

    @property
    def percent(self) -> float | None:
        """None when nothing counted (not 0 %: there was nothing to judge)."""
        return None if self.whole == 0 else 100.0 * self.part / self.whole


@dataclass(frozen=True)
class Durations:
    """How long something took over `count` tickets, in seconds."""

    count: int = 0
    mean_s: float | None = None
    median_s: float | None = None


@dataclass(frozen=True)
class KpiRow:
    """The figures of one group (or of every ticket: key '', label TOTAL_LABEL)."""

    key: str  # the stored group value as text ('' when the tickets have none)
    label: str
    created: int = 0
    resolved: int = 0
    backlog: int = 0
    time_to_first_response: Durations = Durations()
    time_to_resolve: Durations = Durations()
    time_to_resolve_excluding_pending: Durations = Durations()
    response_sla: Ratio = Ratio()
    resolution_sla: Ratio = Ratio()
    reopened: Ratio = Ratio()
    resolved_without_reassignment: Ratio = Ratio()


@dataclass(frozen=True)
class KpiReport:
    start: datetime
    end: datetime
    group_by: str
    timezone: str
    generated_at: datetime
    rows: tuple[KpiRow, ...]  # one per group, in a natural order; for group_by 'none' just the total
    total: KpiRow
    top_categories: tuple[tuple[str, int], ...]
    top_requesters: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class WeekCount:
    """Tickets created and resolved in one ISO week (clipped to the period)."""

    week: str  # '2026-W10'
    start: datetime
    end: datetime
    created: int
    resolved: int


@dataclass(frozen=True)
class BacklogPoint:
    """Open tickets (New, Open, Pending) at the end of a week (or of the period, for the last one)."""

    week: str
    at: datetime
    open: int


@dataclass(frozen=True)
class SlaRow:
    priority: Priority
    response: Ratio
    resolution: Ratio


# --- periods -----------------------------------------------------------------------------------------------


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """Midnight at the start of `day` in the office's zone, as an aware UTC time."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def check_period(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("report periods are aware datetimes")
    if end <= start:
        raise ValidationError("to: the end of the period must be after its start", field="to")


def iso_weeks(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[str, datetime, datetime]]:
    """(label, from, to) of each ISO week touching [start, end), clipped to it; weeks start Monday 00:00 local."""
    check_period(start, end)
    local = start.astimezone(zone).date()
    monday = local - timedelta(days=local.weekday())
    weeks = []
    while True:
        week_start, week_end = day_start(monday, zone), day_start(monday + timedelta(days=7), zone)
        if week_start >= end:
            break
        year, number, _ = monday.isocalendar()
        weeks.append((f"{year}-W{number:02d}", max(week_start, start), min(week_end, end)))
        if len(weeks) > MAX_WEEKS:
            raise ValidationError(f"from: a weekly report covers at most {MAX_WEEKS} weeks", field="from")
        monday += timedelta(days=7)
    return weeks


# --- the service -------------------------------------------------------------------------------------------


class ReportService:
    def __init__(self, database: Database, clock: Clock = system_clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def zone(self) -> ZoneInfo:
        """The office time zone that days and weeks are counted in."""
        with self.database.read() as session:
            name = office_timezone(session)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    def days(self, first: date, last: date) -> tuple[datetime, datetime]:
        """The period from the start of day `first` to the end of day `last` (both included), office time."""
        zone = self.zone()
        return day_start(first, zone), day_start(last + timedelta(days=1), zone)

    # --- KPIs ------------------------------------------------------------------------------------------

    def kpis(self, start: datetime, end: datetime, group_by: str = "none", top: int = DEFAULT_TOP) -> KpiReport:
        """Every figure of the period, per group and in total (the rules are in this module's docstring)."""
        check_period(start, end)
        if group_by not in GROUP_BY:
            raise ValidationError(f"group-by: '{group_by}' is not one of {', '.join(GROUP_BY)}", field="group_by")
        params = {"start": to_epoch(start), "end": to_epoch(end)}
        zone = self.zone()
        with self.database.engine.connect() as connection:
            total = _kpi_rows(connection, "none", params)[""]
            groups = _kpi_rows(connection, group_by, params) if group_by != "none" else {}
            top_categories = _top(connection, "t.category_name", params, top)
            top_requesters = _top(connection, "t.requester_name", params, top)
        rows = [_labelled(row, group_by) for row in groups.values()]
        rows.sort(key=lambda row: _order(row, group_by))
        total = _relabel(total, "", TOTAL_LABEL)
        return KpiReport(
            start=start,
            end=end,
            group_by=group_by,
            timezone=zone.key,
            generated_at=self.clock(),
            rows=(total,) if group_by == "none" else tuple(rows),
            total=total,
            top_categories=top_categories,
            top_requesters=top_requesters,
        )

    def sla_by_priority(self, start: datetime, end: datetime) -> list[SlaRow]:
        """Response and resolution compliance per priority, most pressing first (every priority listed)."""
        check_period(start, end)
        params = {"start": to_epoch(start), "end": to_epoch(end)}
        with self.database.engine.connect() as connection:
            response = _response_counts(connection, "priority", params)
            resolution = _resolved_counts(connection, "priority", params)
        rows = []
        for priority in reversed(list(Priority)):
            answered, done = response.get(str(priority.rank), {}), resolution.get(str(priority.rank), {})
            rows.append(
                SlaRow(
                    priority,
                    Ratio(answered.get("met", 0), answered.get("judged", 0)),
                    Ratio(done.get("met", 0), done.get("judged", 0)),
                )
            )
        return rows

    # --- weeks -----------------------------------------------------------------------------------------

    def weekly(self, start: datetime, end: datetime) -> list[WeekCount]:
        """Tickets created and resolved in each ISO week of the period."""
        weeks, counts, _ = self._week_counts(start, end)
        return [
            WeekCount(label, lo, hi, created, resolved)
            for (label, lo, hi), (created, resolved, _closed) in zip(weeks, counts, strict=True)
        ]

    def backlog_trend(self, start: datetime, end: datetime) -> list[BacklogPoint]:
        """Open tickets at the end of each week: the backlog at `start` plus, week by week, what came in
        minus what was done (resolved, or closed/cancelled without a resolution). No per-week scan of the
        backlog: one count at `start`, then index range counts of each week's arrivals and departures."""
        weeks, counts, opening = self._week_counts(start, end)
        points, open_now = [], opening
        for (label, _lo, hi), (created, resolved, closed) in zip(weeks, counts, strict=True):
            open_now += created - resolved - closed
            points.append(BacklogPoint(label, hi, open_now))
        return points

    def backlog_at(self, moment: datetime) -> int:
        """Open tickets (New, Open, Pending) at `moment`, by the backlog rule of this module."""
        with self.database.engine.connect() as connection:
            return _backlog(connection, "none", to_epoch(moment)).get("", 0)

    def _week_counts(
        self, start: datetime, end: datetime
    ) -> tuple[list[tuple[str, datetime, datetime]], list[tuple[int, int, int]], int]:
        weeks = iso_weeks(start, end, self.zone())
        values = ", ".join(f"({i}, :lo{i}, :hi{i})" for i in range(len(weeks)))
        params: dict[str, Any] = {}
        for i, (_label, lo, hi) in enumerate(weeks):
            params[f"lo{i}"], params[f"hi{i}"] = to_epoch(lo), to_epoch(hi)
        # One row per week; each count is a range on an index (created_at, resolved_at).
        query = f"""
            WITH w(k, lo, hi) AS (VALUES {values})
            SELECT k,
              (SELECT count(*) FROM tickets t WHERE t.created_at >= w.lo AND t.created_at < w.hi AND {_KEPT}),
              (SELECT count(*) FROM tickets t WHERE t.resolved_at >= w.lo AND t.resolved_at < w.hi AND {_KEPT})
            FROM w ORDER BY k"""
        # Closed or cancelled without a resolution: few tickets (the resolved_at IS NULL entries of its index),
        # each put in its week in one pass (CROSS JOIN keeps the tickets in the outer loop).
        ended = f"""
            WITH w(k, lo, hi) AS (VALUES {values})
            SELECT w.k, count(*) FROM tickets t CROSS JOIN w
            WHERE t.resolved_at IS NULL AND t.status IN {_ENDED} AND t.closed_at >= w.lo AND t.closed_at < w.hi
              AND {_KEPT}
            GROUP BY w.k"""
        with self.database.engine.connect() as connection, connection.begin():
            closed = dict(connection.execute(text(ended), params).all())
            counts = [(int(c), int(r), int(closed.get(k, 0))) for k, c, r in connection.execute(text(query), params)]
            opening = _backlog(connection, "none", to_epoch(start)).get("", 0)
        return weeks, counts, opening


# --- the queries -------------------------------------------------------------------------------------------


def _key(value: Any) -> str:
    return "" if value is None else str(value)


def _grouped(connection: Connection, group_by: str, select: str, where: str, params: Mapping[str, Any]) -> list[Any]:
    """SELECT <key>, <select> FROM tickets ... WHERE <where> GROUP BY key."""
    expr, join = _GROUPS[group_by]
    query = f"SELECT {expr} AS g, {select} FROM tickets t {join} WHERE {where} AND {_KEPT} GROUP BY g"
    return list(connection.execute(text(query), dict(params)))


def _family(
    connection: Connection,
    group_by: str,
    where: str,
    values: Mapping[str, str],
    sums: Mapping[str, str],
    params: Mapping[str, Any],
) -> dict[str, dict[str, Any]]:
    """One pass over the tickets matching `where`: per group, the count, each sum, and the count-weighted mean
    and the median of each duration in `values` (the median from window row numbers over the sorted values;
    of an even count, the mean of the two middle ones)."""
    expr, join = _GROUPS[group_by]
    columns = [f"{sql} AS {name}" for name, sql in {**values, **sums}.items()]
    ranks = [f"row_number() OVER (PARTITION BY g ORDER BY {name}) AS rn_{name}" for name in values]
    middle = "IN ((in_group + 1) / 2, (in_group + 2) / 2)"
    outputs = [f"coalesce(sum({name}), 0) AS {name}" for name in sums]
    for name in values:
        outputs += [
            f"avg({name}) AS mean_{name}",
            f"avg(CASE WHEN rn_{name} {middle} THEN {name} END) AS median_{name}",
        ]
    query = f"""
        WITH v AS (SELECT {expr} AS g, {", ".join(columns)} FROM tickets t {join} WHERE {where} AND {_KEPT}),
        r AS (SELECT *, {", ".join(ranks)}, count(*) OVER (PARTITION BY g) AS in_group FROM v)
        SELECT g, count(*) AS n, {", ".join(outputs)} FROM r GROUP BY g"""
    result = {}
    for row in connection.execute(text(query), dict(params)):
        figures = dict(row._mapping)
        for name in values:
            mean, median = figures.pop(f"mean_{name}"), figures.pop(f"median_{name}")
            figures[name] = Durations(int(row.n), float(mean), float(median)) if row.n else Durations()
        result[_key(figures.pop("g"))] = figures
    return result


def _resolved_counts(connection: Connection, group_by: str, params: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Tickets resolved in the period: how many, reopened, kept their agent, SLA verdicts, times to resolve."""
    return _family(
        connection,
        group_by,
        _RESOLVED_IN,
        {"to_resolve": _RESOLVE_S, "to_resolve_active": _RESOLVE_ACTIVE_S},
        {
            "reopened": "t.reopen_count > 0",
            "kept": f"NOT {_REASSIGNED}",
            "met": "t.resolution_met = 1",
            "judged": "t.resolution_met IS NOT NULL",
        },
        params,
    )


def _response_counts(connection: Connection, group_by: str, params: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Tickets first answered in the period: SLA verdicts and times to first response."""
    return _family(
        connection,
        group_by,
        _RESPONDED_IN,
        {"to_respond": _RESPONSE_S},
        {"met": "t.response_met = 1", "judged": "t.response_met IS NOT NULL"},
        params,
    )


def _backlog(connection: Connection, group_by: str, moment: int) -> dict[str, int]:
    """Open at `moment`: created before it and not done by it (done: resolved_at, or for a Closed or Cancelled
    ticket without one, closed_at). Two exact ways to count it; the cheaper one is taken:

    - forwards from now: (resolved after the moment) + (no resolution and not ended before the moment), a few
      index ranges when the moment is recent;
    - from history: (created before) - (resolved before) - (ended without resolution before), when the moment
      is far back and most tickets were done after it.
    """
    expr, join = _GROUPS[group_by]
    later, earlier = connection.execute(
        text(
            "SELECT (SELECT count(*) FROM tickets WHERE resolved_at >= :t),"
            " (SELECT count(*) FROM tickets WHERE created_at < :t)"
        ),
        {"t": moment},
    ).one()
    ended_before = f"t.status IN {_ENDED} AND coalesce(t.closed_at < :t, 0)"
    if later <= earlier:
        parts = [("1", "t.resolved_at >= :t"), ("1", f"t.resolved_at IS NULL AND NOT ({ended_before})")]
    else:
        parts = [
            ("1", "1"),
            ("-1", "t.resolved_at < :t"),
            ("-1", f"t.resolved_at IS NULL AND {ended_before}"),
        ]
    union = " UNION ALL ".join(
        f"SELECT {expr} AS g, {sign} AS d FROM tickets t {join} WHERE {part} AND t.created_at < :t AND {_KEPT}"
        for sign, part in parts
    )
    query = f"SELECT g, sum(d) FROM ({union}) GROUP BY g"
    return {_key(g): int(n) for g, n in connection.execute(text(query), {"t": moment}) if n}


def _top(connection: Connection, column: str, params: Mapping[str, Any], limit: int) -> tuple[tuple[str, int], ...]:
    query = (
        f"SELECT {column} AS name, count(*) AS n FROM tickets t WHERE {_CREATED_IN} AND {_KEPT}"
        " GROUP BY name ORDER BY n DESC, name LIMIT :limit"
    )
    rows = connection.execute(text(query), {**params, "limit": max(0, limit)})
    return tuple((name or NONE_LABEL, int(n)) for name, n in rows)


def _kpi_rows(connection: Connection, group_by: str, params: Mapping[str, Any]) -> dict[str, KpiRow]:
    created = {_key(g): int(n) for g, n in _grouped(connection, group_by, "count(*)", _CREATED_IN, params)}
    resolved = _resolved_counts(connection, group_by, params)
    responded = _response_counts(connection, group_by, params)
    backlog = _backlog(connection, group_by, params["end"])
    keys: set[str] = {""} if group_by == "none" else set()
    for part in (created, resolved, responded, backlog):
        keys.update(part)
    rows = {}
    for key in keys:
        done = resolved.get(key, {})
        answered = responded.get(key, {})
        count = done.get("n", 0)
        rows[key] = KpiRow(
            key=key,
            label=key,
            created=created.get(key, 0),
            resolved=count,
            backlog=backlog.get(key, 0),
            time_to_first_response=answered.get("to_respond", Durations()),
            time_to_resolve=done.get("to_resolve", Durations()),
            time_to_resolve_excluding_pending=done.get("to_resolve_active", Durations()),
            response_sla=Ratio(answered.get("met", 0), answered.get("judged", 0)),
            resolution_sla=Ratio(done.get("met", 0), done.get("judged", 0)),
            reopened=Ratio(done.get("reopened", 0), count),
            resolved_without_reassignment=Ratio(done.get("kept", 0), count),
        )
    return rows


# --- labels and order --------------------------------------------------------------------------------------


def _relabel(row: KpiRow, key: str, label: str) -> KpiRow:
    return replace(row, key=key, label=label)


def group_label(group_by: str, key: str) -> str:
    """How a group is shown: 'Urgent' for priority 4, 'Service request' for type 'request', '(none)' for ''."""
    if key == "":
        return NONE_LABEL
    try:
        if group_by == "priority":
            return list(Priority)[int(key) - 1].label
        if group_by == "type":
            return TicketType(key).label
    except (ValueError, IndexError):
        pass
    return key


def _labelled(row: KpiRow, group_by: str) -> KpiRow:
    return _relabel(row, row.key, group_label(group_by, row.key))


def _order(row: KpiRow, group_by: str) -> tuple[Any, ...]:
    """Most pressing priority first, types in their usual order, other groups by name; '(none)' last."""
    if row.key == "":
        return (1, 0, "")
    if group_by == "priority" and row.key.isdigit():
        return (0, -int(row.key), "")
    if group_by == "type":
        order = [t.value for t in TicketType]
        return (0, order.index(row.key) if row.key in order else len(order), row.key)
    return (0, 0, row.label.casefold())

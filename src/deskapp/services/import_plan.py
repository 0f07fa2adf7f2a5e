"""Planning an import inside the caller's session: which rows are new, who and what they refer to, their
numbers, priorities and SLA times. Nothing is written here; a dry run stops after the plan.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import uuid4

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain import validation
from deskapp.domain.calendar import BusinessCalendar
from deskapp.domain.errors import ValidationError
from deskapp.domain.import_formats import SourceFormat
from deskapp.domain.import_rows import ImportedEntry, ImportedTicket, Notes
from deskapp.domain.priority import PriorityMatrix
from deskapp.domain.sla import SlaConfig, SlaPolicy, Target, clock_add
from deskapp.domain.tickets import (
    Level,
    Priority,
    ResolutionCode,
    Source,
    Status,
    TicketType,
    format_number,
)
from deskapp.services import office
from deskapp.services.people import Actor
from deskapp.services.sla import SlaClock
from deskapp.storage.tables import Agent, Category, Requester, SupportGroup, Ticket, TicketCounter

CHUNK = 500
OTHER = "Other"


@dataclass
class TicketRow:
    """A ticket as it will be written: deskapp values, ids resolved."""

    id: int
    line: int
    uuid: str
    type: TicketType
    number: int
    subject: str
    description: str
    status: Status
    impact: Level
    urgency: Level
    priority: Priority
    priority_reason: str | None
    category_id: int | None
    subcategory_id: int | None
    category_name: str | None
    requester_id: int | None
    assignee_id: int | None
    group_id: int | None
    source: Source
    major: bool
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    resolution_code: ResolutionCode | None
    resolution_notes: str | None
    root_cause: str | None
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    response_met: bool | None
    resolution_met: bool | None
    reopen_count: int
    problem_id: int | None
    tags: tuple[str, ...]
    origin: str  # "GLPI 1234", written to the ticket's history
    keeps_sla: bool
    entries: tuple[tuple[ImportedEntry, int | None], ...] = ()  # with the agent who wrote each, if known
    sla_policy: str | None = None
    sla_started_at: datetime | None = None
    sla_paused_at: datetime | None = None
    sla_paused_business_s: int = 0
    sla_paused_wall_s: int = 0
    response_risk_at: datetime | None = None
    resolution_risk_at: datetime | None = None
    sla_next_event_at: datetime | None = None

    @property
    def ref(self) -> str:
        return format_number(self.type, self.number)


@dataclass
class ImportPlan:
    actor: Actor
    now: datetime
    rows: list[TicketRow] = field(default_factory=list)
    already_present: int = 0
    new_requesters: list[tuple[int, str, str, str | None, str]] = field(default_factory=list)
    new_agents: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    last_numbers: dict[TicketType, int] = field(default_factory=dict)


def _reversed_name(name: str) -> str | None:
    """'Nowak Kasia' for 'Kasia Nowak': GLPI can show people surname first."""
    parts = name.split()
    return " ".join([parts[-1], *parts[:-1]]) if len(parts) == 2 else None


class _Directory:
    """The database's people, groups and categories, looked up by what an export calls them."""

    def __init__(self, session: Session, plan: ImportPlan, notes: Notes) -> None:
        self.plan = plan
        self.notes = notes
        self.requester_by_email: dict[str, int] = {}
        self.requester_by_name: dict[str, int] = {}  # requesters known by name only
        self.anyone_by_name: dict[str, int] = {}  # with or without an email address
        query = select(Requester.id, Requester.name, Requester.email).order_by(Requester.id)
        for rid, name, email in session.execute(query):
            if email:
                self.requester_by_email.setdefault(email.lower(), rid)
            else:
                self.requester_by_name.setdefault(name.casefold(), rid)
            self.anyone_by_name.setdefault(name.casefold(), rid)
        self.agent_by_key: dict[str, int] = {}
        for aid, name, email in session.execute(
            select(Agent.id, Agent.name, Agent.email).order_by(Agent.active.desc(), Agent.id)
        ):
            self.agent_by_key.setdefault(name.casefold(), aid)
            if email:
                self.agent_by_key.setdefault(email.lower(), aid)
        self.groups = {
            name.casefold(): gid
            for gid, name in session.execute(
                select(SupportGroup.id, SupportGroup.name).order_by(SupportGroup.id.desc())
            )
        }
        self.tops: dict[str, tuple[int, str]] = {}
        self.subs: dict[tuple[int, str], tuple[int, str]] = {}
        sub_names: dict[str, list[tuple[int, int, str]]] = {}
        rows = session.execute(select(Category.id, Category.parent_id, Category.name).order_by(Category.id)).all()
        for cid, parent, name in rows:
            if parent is None:
                self.tops[name.casefold()] = (cid, name)
        for cid, parent, name in rows:
            if parent is not None:
                self.subs[(parent, name.casefold())] = (cid, name)
                sub_names.setdefault(name.casefold(), []).append((parent, cid, name))
        self.unique_subs = {k: v[0] for k, v in sub_names.items() if len(v) == 1}
        self.top_names = {cid: name for cid, name in self.tops.values()}
        self.next_requester = (session.scalar(select(func.max(Requester.id))) or 0) + 1
        self.next_agent = (session.scalar(select(func.max(Agent.id))) or 0) + 1
        self.created_agents: dict[int, str] = {}  # id -> the key of its warning

    def requester(self, ticket: ImportedTicket) -> int | None:
        email, name = ticket.requester_email, ticket.requester_name
        if email:
            found = self.requester_by_email.get(email)
            if found is None:
                found = self._new_requester(name or email.split("@")[0], email, ticket.requester_department)
                self.requester_by_email[email] = found
            return found
        if not name:
            return None
        if name.casefold() in self.requester_by_name:
            return self.requester_by_name[name.casefold()]
        if not ticket.keeps_sla:  # a tool that exports names only (GLPI): the person may be known by email here
            for key in (name, _reversed_name(name)):
                if key and key.casefold() in self.anyone_by_name:
                    return self.anyone_by_name[key.casefold()]
        found = self._new_requester(name, None, ticket.requester_department)
        self.requester_by_name[name.casefold()] = found
        self.anyone_by_name.setdefault(name.casefold(), found)
        return found

    def _new_requester(self, name: str, email: str | None, department: str | None) -> int:
        rid = self.next_requester
        self.next_requester += 1
        clean = validation.name(name[: validation.NAME_MAX], "requester name", required=False) or "Unknown"
        self.plan.new_requesters.append((rid, uuid4().hex, clean, email, (department or "")[: validation.NAME_MAX]))
        return rid

    def author(self, name: str) -> int | None:
        """The agent who wrote a conversation entry, if one has that name (none is created for it)."""
        return self.agent_by_key.get(name.casefold()) if name else None

    def agent(self, text: str | None, line: int) -> int | None:
        if not text:
            return None
        keys = [text.lower()] if "@" in text else [text.casefold(), (_reversed_name(text) or "").casefold()]
        for key in keys:
            if key and key in self.agent_by_key:
                found = self.agent_by_key[key]
                if found in self.created_agents:
                    self.notes.add(f"agent:{self.created_agents[found]}", "", line)
                return found
        aid = self.next_agent
        self.next_agent += 1
        email = None
        name = text
        if "@" in text:
            try:
                email = validation.email(text)
            except ValidationError:
                email = None
            name = text.split("@")[0]
        name = validation.name(name[: validation.NAME_MAX], "agent", required=False) or "Unknown"
        self.plan.new_agents.append((aid, uuid4().hex, name, email))
        for key in keys:
            if key:
                self.agent_by_key[key] = aid
        self.created_agents[aid] = text.casefold()
        self.notes.add(
            f"agent:{text.casefold()}", f"agent '{text}' is not in deskapp: added as an inactive agent", line
        )
        return aid

    def group(self, name: str | None, line: int) -> int | None:
        if not name:
            return None
        found = self.groups.get(name.casefold())
        if found is None:
            self.notes.add(
                f"group:{name.casefold()}", f"support group '{name}' is not in deskapp: left without a group", line
            )
        return found

    def category(self, path: Sequence[str], line: int) -> tuple[int | None, int | None, str | None]:
        """(category id, subcategory id, 'Top/Sub') for a path like ('Hardware', 'Printer')."""
        if not path:
            return None, None, None
        top = self.tops.get(path[0].casefold())
        if top is not None:
            sub = self.subs.get((top[0], path[1].casefold())) if len(path) > 1 else None
            if len(path) > 1 and sub is None:
                self.notes.add(
                    f"category:{'/'.join(path).casefold()}",
                    f"category '{' > '.join(path)}' is not in deskapp: filed under {top[1]}",
                    line,
                )
            return top[0], sub[0] if sub else None, top[1]
        for part in reversed(path):  # 'Printer' alone, or 'IT > Printer': deskapp's Hardware/Printer
            unique = self.unique_subs.get(part.casefold())
            if unique is not None:
                parent, cid, _name = unique
                return parent, cid, self.top_names.get(parent)
        other = self.tops.get(OTHER.casefold())
        where = f"filed under {other[1]}" if other else "left without a category"
        self.notes.add(
            f"category:{'/'.join(path).casefold()}", f"category '{' > '.join(path)}' is not in deskapp: {where}", line
        )
        return (other[0], None, other[1]) if other else (None, None, None)


def _levels_for(matrix: PriorityMatrix, priority: Priority) -> tuple[Level, Level] | None:
    """The impact and urgency the matrix turns into this priority: the diagonal first, then nearest medium."""
    rank = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}
    cells = [(i, u) for i in Level for u in Level if matrix.priority(i, u) is priority]
    if not cells:
        return None
    return min(cells, key=lambda c: (c[0] is not c[1], abs(rank[c[0]] - 1) + abs(rank[c[1]] - 1), -rank[c[1]]))


class _Priorities:
    """Impact, urgency, priority and the reason for a priority the matrix would not give."""

    def __init__(self, matrix: PriorityMatrix, label: str) -> None:
        self.matrix = matrix
        self.reason = f"Set in {label} before the import"
        self.levels = {p: _levels_for(matrix, p) for p in Priority}

    def __call__(self, ticket: ImportedTicket) -> tuple[Level, Level, Priority, str | None]:
        matrix = self.matrix
        if ticket.keeps_sla:  # deskapp's own files: as they are
            impact, urgency = ticket.impact or Level.MEDIUM, ticket.urgency or Level.MEDIUM
            return impact, urgency, ticket.priority or matrix.priority(impact, urgency), ticket.priority_reason
        if ticket.impact is None and ticket.urgency is None and ticket.priority is not None:
            # Only a priority: the impact and urgency that give it, so no reason is needed.
            impact, urgency = self.levels[ticket.priority] or (Level.MEDIUM, Level.MEDIUM)
        else:
            impact, urgency = ticket.impact or Level.MEDIUM, ticket.urgency or Level.MEDIUM
        computed = matrix.priority(impact, urgency)
        priority = ticket.priority or computed
        return impact, urgency, priority, None if priority is computed else self.reason


class _Numbers:
    """Ticket numbers: deskapp files keep theirs when free; every other ticket gets the next one."""

    def __init__(self, session: Session, tickets: Sequence[ImportedTicket], notes: Notes) -> None:
        self.notes = notes
        self.last = {t: 0 for t in TicketType}
        for ticket_type, last in session.execute(select(TicketCounter.type, TicketCounter.last_number)):
            self.last[ticket_type] = last
        for ticket_type, highest in session.execute(select(Ticket.type, func.max(Ticket.number)).group_by(Ticket.type)):
            self.last[ticket_type] = max(self.last[ticket_type], highest or 0)
        wanted: dict[TicketType, set[int]] = {t: set() for t in TicketType}
        for ticket in tickets:
            if ticket.number is not None:
                wanted[ticket.type].add(ticket.number)
        self.taken: dict[TicketType, set[int]] = {t: set() for t in TicketType}
        for ticket_type, numbers in wanted.items():
            ordered = sorted(numbers)
            for start in range(0, len(ordered), CHUNK):
                part = ordered[start : start + CHUNK]
                self.taken[ticket_type].update(
                    session.scalars(select(Ticket.number).where(Ticket.type == ticket_type, Ticket.number.in_(part)))
                )
        self.kept = {t: set() for t in TicketType}
        for ticket in tickets:
            if ticket.number is not None and ticket.number not in self.taken[ticket.type]:
                self.kept[ticket.type].add(ticket.number)
        self.next = {t: max([self.last[t], *self.kept[t]]) + 1 for t in TicketType}

    def number(self, ticket: ImportedTicket) -> int:
        if ticket.number is not None and ticket.number in self.kept[ticket.type]:
            self.kept[ticket.type].discard(ticket.number)  # once
            return ticket.number
        number = self.next[ticket.type]
        self.next[ticket.type] += 1
        if ticket.number is not None:
            self.notes.add(
                f"renumbered:{ticket.ref}",
                f"{ticket.ref} is already used in this database: imported as {format_number(ticket.type, number)}",
                ticket.line,
            )
        return number

    def highest(self) -> dict[TicketType, int]:
        return {t: n - 1 for t, n in self.next.items()}


def _existing(session: Session, uuids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(uuids), CHUNK):
        part = uuids[start : start + CHUNK]
        found.update({u: i for u, i in session.execute(select(Ticket.uuid, Ticket.id).where(Ticket.uuid.in_(part)))})
    return found


@dataclass(frozen=True, slots=True)
class _Named:
    name: str


@dataclass(slots=True)
class _ClockState:
    """What SlaClock.refresh reads and writes of a ticket, for a ticket not written yet: plain attributes,
    no ORM object (nothing that a session could ever flush, and a fifth of the cost)."""

    id: int
    type: TicketType
    status: Status
    priority: Priority
    created_at: datetime
    first_response_at: datetime | None
    reopen_count: int
    response_met: bool | None
    category: _Named | None
    merged_into_id: int | None = None
    resolved_at: datetime | None = None
    resolution_met: bool | None = None
    sla_policy: str | None = None
    sla_started_at: datetime | None = None
    sla_paused_at: datetime | None = None
    sla_paused_business_s: int = 0
    sla_paused_wall_s: int = 0
    response_due_at: datetime | None = None
    resolution_due_at: datetime | None = None
    response_risk_at: datetime | None = None
    resolution_risk_at: datetime | None = None
    sla_next_event_at: datetime | None = None


class _FreshClock(SlaClock):
    """The SLA service's clock, for tickets not written yet: they have no SLA events, so none is looked up
    (one query per ticket saved; the rest is SlaClock's own arithmetic)."""

    def _fired(self, ticket: Ticket) -> set[str]:
        return set()


_CLOCK_FIELDS = (
    "sla_policy", "sla_started_at", "sla_paused_at", "sla_paused_business_s", "sla_paused_wall_s",
    "response_due_at", "resolution_due_at", "response_risk_at", "resolution_risk_at", "response_met",
    "resolution_met", "sla_next_event_at",
)  # fmt: skip


class _Clocks:
    """SLA times of imported tickets, on deskapp's policies (the one each ticket falls under)."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.clock = _FreshClock(session, now)
        self.config: SlaConfig = self.clock.config
        self._policies: dict[tuple[TicketType, str | None], SlaPolicy] = {}
        self._targets: dict[tuple[str, Priority, str], tuple[Target, BusinessCalendar, timedelta]] = {}

    def policy(self, row: TicketRow) -> SlaPolicy:
        key = (row.type, row.category_name)
        if key not in self._policies:
            self._policies[key] = self.config.policy_for(row.type, row.category_name)
        return self._policies[key]

    def due(self, row: TicketRow, clock_name: str) -> datetime:
        """When the clock, started at creation and never paused, is due."""
        policy = self.policy(row)
        key = (policy.name, row.priority, clock_name)
        if key not in self._targets:
            calendar = self.config.calendars[policy.calendar]
            target = policy.targets[row.priority].for_clock(clock_name)  # type: ignore[arg-type]
            self._targets[key] = (target, calendar, target.duration(calendar))
        target, calendar, length = self._targets[key]
        return clock_add(target, calendar, row.created_at, length)

    def done(self, row: TicketRow) -> None:
        """A ticket imported resolved, closed or cancelled keeps what its file says of the SLA and nothing more.

        deskapp's own files carry the due times and verdicts; another tool's ticket was under that tool's SLA,
        and the time it spent pending there is not known: judged on deskapp's targets, waiting on the requester
        would count as lateness. It gets no clock and no verdict, and the reports leave it out of SLA
        compliance (as any ticket without a clock); its times still count in every other figure.
        """
        if row.keeps_sla and (row.response_due_at or row.resolution_due_at):
            row.sla_policy = self.policy(row).name
            row.sla_started_at = row.created_at

    def open(self, row: TicketRow) -> None:
        """A ticket imported still open gets its clock from SlaClock.refresh, exactly as a ticket logged here;
        refresh runs on a _ClockState, whose results go into the row.

        A deskapp file's due times are kept: the time the ticket spent pending there is worked out from them (so
        later edits move nothing), and a due time that still differs (a reopened ticket's) is taken as it is.
        """
        ticket = _ClockState(
            id=row.id, type=row.type, status=row.status, priority=row.priority, created_at=row.created_at,
            first_response_at=row.first_response_at, reopen_count=row.reopen_count, response_met=row.response_met,
            category=_Named(row.category_name) if row.category_name else None,
        )  # fmt: skip
        if row.keeps_sla and row.resolution_due_at is not None:
            unpaused = self.due(row, "resolution")
            if row.resolution_due_at > unpaused:
                calendar = self.config.calendars[self.policy(row).calendar]
                ticket.sla_paused_wall_s = int((row.resolution_due_at - unpaused).total_seconds())
                ticket.sla_paused_business_s = int(
                    calendar.business_time_between(unpaused, row.resolution_due_at).total_seconds()
                )
            if row.first_response_at is not None:
                ticket.response_due_at = row.response_due_at
        elif row.first_response_at is not None:  # answered already: judge the response clock too
            ticket.response_due_at = self.due(row, "response")
        wanted = (row.response_due_at, row.resolution_due_at) if row.keeps_sla else (None, None)
        self.clock.refresh(ticket)  # type: ignore[arg-type]
        for name in _CLOCK_FIELDS:
            setattr(row, name, getattr(ticket, name))
        for name, value in zip(("response_due_at", "resolution_due_at"), wanted, strict=True):
            if value is not None:
                setattr(row, name, value)


def plan_import(
    session: Session,
    tickets: Sequence[ImportedTicket],
    actor: Actor,
    now: datetime,
    notes: Notes,
    source_format: SourceFormat,
) -> ImportPlan:
    plan = ImportPlan(actor=actor, now=now)
    existing = _existing(session, [t.uuid for t in tickets])
    new = [t for t in tickets if t.uuid not in existing]
    plan.already_present = len(tickets) - len(new)
    notes.forget_lines({t.line for t in tickets if t.uuid in existing})  # nothing is done with those rows
    directory = _Directory(session, plan, notes)
    numbers = _Numbers(session, new, notes)
    priorities = _Priorities(office.priority_matrix(session), source_format.label)
    clocks = _Clocks(session, now)
    next_id = (session.scalar(select(func.max(Ticket.id))) or 0) + 1
    # Another tool's tickets are numbered in the order they were created; a deskapp file keeps its numbers
    # and its order (its rows are in the order of the ticket ids it was exported from).
    order = list(new) if source_format.strict else sorted(new, key=lambda t: (t.created_at, t.line))
    ids_by_ref: dict[str, int] = {}
    for index, ticket in enumerate(order):
        impact, urgency, priority, reason = priorities(ticket)
        category_id, subcategory_id, category_name = directory.category(ticket.category, ticket.line)
        row = TicketRow(
            id=next_id + index,
            line=ticket.line,
            uuid=ticket.uuid,
            type=ticket.type,
            number=numbers.number(ticket),
            subject=ticket.subject,
            description=ticket.description,
            status=ticket.status,
            impact=impact,
            urgency=urgency,
            priority=priority,
            priority_reason=reason,
            category_id=category_id,
            subcategory_id=subcategory_id,
            category_name=category_name,
            requester_id=directory.requester(ticket),
            assignee_id=directory.agent(ticket.assignee, ticket.line),
            group_id=directory.group(ticket.group, ticket.line),
            source=ticket.source,
            major=ticket.major,
            created_at=ticket.created_at,
            updated_at=ticket.updated_at,
            first_response_at=ticket.first_response_at,
            resolved_at=ticket.resolved_at,
            closed_at=ticket.closed_at,
            resolution_code=ticket.resolution_code,
            resolution_notes=ticket.resolution_notes,
            root_cause=ticket.root_cause,
            response_due_at=ticket.response_due_at,
            resolution_due_at=ticket.resolution_due_at,
            response_met=ticket.response_met,
            resolution_met=ticket.resolution_met,
            reopen_count=ticket.reopen_count,
            problem_id=None,
            tags=ticket.tags,
            origin=f"{source_format.label} {ticket.source_id}",
            keeps_sla=ticket.keeps_sla,
        )
        if row.status.is_active:
            clocks.open(row)
        else:
            clocks.done(row)
        row.entries = tuple((entry, directory.author(entry.author)) for entry in ticket.entries)
        plan.rows.append(row)
        ids_by_ref[ticket.source_id] = row.id
    _link_problems(plan, new, ids_by_ref, existing, tickets, notes)
    plan.last_numbers = numbers.highest()
    return plan


def _link_problems(
    plan: ImportPlan,
    new: Sequence[ImportedTicket],
    ids_by_ref: dict[str, int],
    existing: dict[str, int],
    tickets: Sequence[ImportedTicket],
    notes: Notes,
) -> None:
    """deskapp files name an incident's problem by its number in the file: link it when that problem is in the
    file too (imported now or before). A number alone could name another ticket in this database."""
    wanted = [t for t in new if t.problem]
    if not wanted:
        return
    problems = {t.source_id: t for t in tickets if t.type is TicketType.PROBLEM}
    rows = {row.uuid: row for row in plan.rows}
    for ticket in wanted:
        row = rows[ticket.uuid]
        key = (ticket.problem or "").strip().upper()
        problem = problems.get(key)
        if problem is None or ticket.type is not TicketType.INCIDENT:
            what = "is not a problem in this file" if problem is None else "is linked to a ticket that is no incident"
            notes.add(f"problem:{key}", f"problem {ticket.problem} {what}: not linked", ticket.line)
            continue
        row.problem_id = ids_by_ref.get(key) or existing[problem.uuid]

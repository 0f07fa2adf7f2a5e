"""Writing an import plan inside the caller's write transaction: the bulk path.

Rows are plain tuples given to executemany on the session's own connection (ORM objects would cost 5-10x
per row), with foreign keys deferred to the commit: an incident may name a problem further down the file, and
conversations go in before their tickets. The database's triggers keep the search index and the queue's sort
names, exactly as for any other ticket.
Each ticket gets two history rows: "created" at its creation time and "imported" naming where it came from.
"""

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy.orm import Session

from deskapp.domain.tickets import EntryKind
from deskapp.domain.time import to_epoch
from deskapp.services.import_plan import ImportPlan, TicketRow
from deskapp.storage.engine import storage_error
from deskapp.storage.tables import LOCAL_CHANGE

TICKET_COLUMNS = (
    "id", "uuid", "usn", "type", "number", "subject", "description", "status", "impact", "urgency", "priority",
    "priority_reason", "category_id", "subcategory_id", "requester_id", "assignee_id", "group_id", "source",
    "major", "created_at", "updated_at", "first_response_at", "resolved_at", "closed_at", "resolution_code",
    "resolution_notes", "root_cause", "response_due_at", "resolution_due_at", "reopen_count", "problem_id",
    "created_by_id", "sla_policy", "sla_started_at", "response_met", "resolution_met", "sla_paused_at",
    "sla_paused_business_s", "sla_paused_wall_s", "response_risk_at", "resolution_risk_at", "sla_next_event_at",
)  # fmt: skip
AUDIT_COLUMNS = ("uuid", "ticket_id", "field", "old_value", "new_value", "actor_id", "actor_name", "at")
CACHE_KIB = 131_072
TEMP_CACHE_KIB = 65_536
BATCH = 5000


def _epoch(moment: datetime | None) -> int | None:
    return None if moment is None else to_epoch(moment)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _ticket_tuple(row: TicketRow, actor_id: int | None) -> tuple[Any, ...]:
    return (
        row.id, row.uuid, LOCAL_CHANGE, row.type.value, row.number, row.subject, row.description, row.status.value,
        row.impact.value, row.urgency.value, row.priority.rank, row.priority_reason, row.category_id,
        row.subcategory_id, row.requester_id, row.assignee_id, row.group_id, row.source.value, int(row.major),
        _epoch(row.created_at), _epoch(row.updated_at), _epoch(row.first_response_at), _epoch(row.resolved_at),
        _epoch(row.closed_at), row.resolution_code.value if row.resolution_code else None, row.resolution_notes,
        row.root_cause, _epoch(row.response_due_at), _epoch(row.resolution_due_at), row.reopen_count,
        row.problem_id, actor_id, row.sla_policy, _epoch(row.sla_started_at), _flag(row.response_met),
        _flag(row.resolution_met), _epoch(row.sla_paused_at), row.sla_paused_business_s, row.sla_paused_wall_s,
        _epoch(row.response_risk_at), _epoch(row.resolution_risk_at), _epoch(row.sla_next_event_at),
    )  # fmt: skip


def _searchable(row: TicketRow) -> str:
    """The search row's conversation as the entry trigger builds it: '' then a line per reply and note."""
    return "".join("\n" + entry.body for entry, _ in row.entries if entry.kind in (EntryKind.REPLY, EntryKind.NOTE))


def write_plan(session: Session, plan: ImportPlan, path: Path) -> None:
    """Write every planned ticket (with its tags, conversation and history), requester and agent."""
    if not plan.rows:
        return
    try:
        _write_rows(session, plan)
    except sqlite3.Error as error:
        raise storage_error(error, path) from error


def _insert_tickets(cur: sqlite3.Cursor, plan: ImportPlan, actor_id: int | None) -> None:
    """Tickets go through a temp table, a batch per INSERT ... SELECT: the search index (FTS5) then takes a
    batch in one statement instead of flushing after every row. Their conversations, already written, go
    into their search rows the same way, one UPDATE per batch."""
    columns = ", ".join(TICKET_COLUMNS)
    staged = "temp.deskapp_import_tickets"
    threads = "temp.deskapp_import_search"
    for table in (staged, threads):
        cur.execute(f"DROP TABLE IF EXISTS {table}")
    cur.execute(f"CREATE TEMP TABLE deskapp_import_tickets AS SELECT {columns} FROM main.tickets WHERE 0")
    cur.execute("CREATE TEMP TABLE deskapp_import_search (id INTEGER PRIMARY KEY, conversation TEXT)")
    try:
        for start in range(0, len(plan.rows), BATCH):
            batch = plan.rows[start : start + BATCH]
            cur.execute(f"DELETE FROM {staged}")
            cur.execute(f"DELETE FROM {threads}")
            cur.executemany(
                f"INSERT INTO {staged} VALUES ({', '.join('?' * len(TICKET_COLUMNS))})",
                (_ticket_tuple(row, actor_id) for row in batch),
            )
            cur.execute(f"INSERT INTO main.tickets ({columns}) SELECT {columns} FROM {staged} ORDER BY rowid")
            searchable = [(row.id, text) for row in batch if (text := _searchable(row))]
            if searchable:
                cur.executemany(f"INSERT INTO {threads} (id, conversation) VALUES (?, ?)", searchable)
                cur.execute(
                    f"UPDATE main.ticket_search SET conversation = (SELECT s.conversation FROM {threads} AS s "
                    f"WHERE s.id = ticket_search.rowid) WHERE rowid IN (SELECT id FROM {threads})"
                )
    finally:
        for table in (staged, threads):
            cur.execute(f"DROP TABLE IF EXISTS {table}")


def _write_rows(session: Session, plan: ImportPlan) -> None:
    session.flush()
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    cache_sizes = [cur.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")]
    cur.execute(f"PRAGMA main.cache_size = -{CACHE_KIB}")  # the uuid and subject indexes are written all over
    cur.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")  # keeps the staged batch in memory
    try:
        cur.execute("PRAGMA defer_foreign_keys = ON")  # until the commit: a problem may come after its incidents
        cur.executemany(
            "INSERT INTO requesters (id, uuid, usn, name, email, department) VALUES (?, ?, -1, ?, ?, ?)",
            plan.new_requesters,
        )
        cur.executemany(
            "INSERT INTO agents (id, uuid, usn, name, email, is_admin, active) VALUES (?, ?, -1, ?, ?, 0, 0)",
            plan.new_agents,
        )
        actor = plan.actor
        now = _epoch(plan.now)
        # Conversations before their tickets: the search row does not exist yet, so the entry trigger has
        # nothing to rewrite; each ticket's conversation goes into its search row once, below.
        cur.executemany(
            "INSERT INTO entries (uuid, usn, ticket_id, kind, author_agent_id, author_name, body, created_at) "
            "VALUES (?, -1, ?, ?, ?, ?, ?, ?)",
            (
                (uuid4().hex, row.id, entry.kind.value, agent_id, entry.author, entry.body, _epoch(entry.at))
                for row in plan.rows
                for entry, agent_id in row.entries
            ),
        )
        _insert_tickets(cur, plan, actor.id)
        cur.executemany(
            "INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)",
            ((row.id, tag) for row in plan.rows for tag in row.tags),
        )
        audit = f"INSERT INTO audit ({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' * len(AUDIT_COLUMNS))})"
        cur.executemany(
            audit,
            (
                (uuid4().hex, row.id, "created", None, row.ref, actor.id, actor.name, _epoch(row.created_at))
                for row in plan.rows
            ),
        )
        cur.executemany(
            audit,
            ((uuid4().hex, row.id, "imported", None, row.origin, actor.id, actor.name, now) for row in plan.rows),
        )
        cur.executemany(
            "INSERT INTO ticket_counters (type, last_number) VALUES (?, ?) ON CONFLICT (type) "
            "DO UPDATE SET last_number = max(last_number, excluded.last_number)",
            [(t.value, n) for t, n in plan.last_numbers.items() if n],
        )
    finally:
        cur.execute(f"PRAGMA main.cache_size = {cache_sizes[0]}")
        cur.execute(f"PRAGMA temp.cache_size = {cache_sizes[1]}")
        cur.close()

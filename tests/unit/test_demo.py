"""Demo data: counts, variety, a history that adds up, numbering after real tickets, search, determinism, cancel."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import text

from deskapp.domain.errors import StorageError
from deskapp.domain.priority import DEFAULT_MATRIX
from deskapp.domain.tickets import Level, Priority, Status, TicketType
from deskapp.services.demo import DemoResult, generate_demo
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.services.workspace import open_workspace

TICKETS = 500
PRIORITIES = list(Priority)


def rows(workspace, sql: str, **params) -> list:
    with workspace.database.read() as session:
        return list(session.execute(text(sql), params).all())


def scalar(workspace, sql: str, **params):
    with workspace.database.read() as session:
        return session.execute(text(sql), params).scalar()


@pytest.fixture
def demo(workspace) -> DemoResult:
    return generate_demo(workspace.database, tickets=TICKETS, seed=7, clock=workspace.clock)


def test_counts_add_up_and_every_kind_of_ticket_appears(workspace, demo):
    assert not demo.cancelled
    assert demo.tickets == TICKETS == scalar(workspace, "SELECT count(*) FROM tickets")
    assert demo.entries == scalar(workspace, "SELECT count(*) FROM entries")
    assert demo.audit_rows == scalar(workspace, "SELECT count(*) FROM audit")
    assert demo.requesters == 40 == scalar(workspace, "SELECT count(*) FROM requesters")
    assert demo.agents == 4
    assert scalar(workspace, "SELECT count(*) FROM agents") == 5
    assert 3 <= demo.entries / TICKETS <= 7
    assert demo.seconds > 0
    departments = {d for (d,) in rows(workspace, "SELECT DISTINCT department FROM requesters")}
    assert {"Finance", "Sales", "Warehouse"} <= departments
    emails = [e for (e,) in rows(workspace, "SELECT email FROM requesters")]
    assert len({e.split("@")[1] for e in emails}) == 1
    groups = rows(workspace, "SELECT DISTINCT group_id FROM agents")
    assert len(groups) == 3  # the extra agents are spread over the three seeded groups

    types = dict(rows(workspace, "SELECT type, count(*) FROM tickets GROUP BY type"))
    assert set(types) == {t.value for t in TicketType}
    assert types["incident"] > types["request"] > types["problem"]
    statuses = dict(rows(workspace, "SELECT status, count(*) FROM tickets GROUP BY status"))
    assert set(statuses) == {s.value for s in Status}
    assert statuses["closed"] > TICKETS / 2  # most of the history is done with
    leaves = set(
        rows(
            workspace,
            "SELECT coalesce(p.id, c.id), CASE WHEN p.id IS NULL THEN NULL ELSE c.id END FROM categories c "
            "LEFT JOIN categories p ON p.id = c.parent_id "
            "WHERE c.parent_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_id = c.id)",
        )
    )
    used = set(
        rows(workspace, "SELECT DISTINCT category_id, subcategory_id FROM tickets WHERE category_id IS NOT NULL")
    )
    assert used == leaves
    assert {s for (s,) in rows(workspace, "SELECT DISTINCT source FROM tickets")} >= {
        "phone",
        "email",
        "form",
        "walk-in",
        "monitoring",
    }
    assert scalar(workspace, "SELECT count(*) FROM tickets WHERE assignee_id IS NOT NULL") > TICKETS / 2
    assert scalar(workspace, "SELECT count(DISTINCT group_id) FROM tickets") == 3
    assert scalar(workspace, "SELECT count(DISTINCT ticket_id) FROM ticket_tags") > 0

    # priority comes from the matrix unless overridden, and then with a reason
    overrides = 0
    for impact, urgency, rank, reason in rows(
        workspace, "SELECT impact, urgency, priority, priority_reason FROM tickets"
    ):
        matrix = DEFAULT_MATRIX.priority(Level(impact), Level(urgency))
        if reason is None:
            assert PRIORITIES[rank - 1] is matrix
        else:
            overrides += 1
            assert PRIORITIES[rank - 1] is not matrix
    assert 0 < overrides < TICKETS / 10
    assert {r for (r,) in rows(workspace, "SELECT DISTINCT priority FROM tickets")} == {1, 2, 3, 4}

    # some incidents are linked to a problem, and only incidents
    links = rows(
        workspace,
        "SELECT t.type, p.type FROM tickets t JOIN tickets p ON p.id = t.problem_id",
    )
    assert links
    assert {(a, b) for a, b in links} == {("incident", "problem")}


def test_times_resolutions_and_audit_tell_a_consistent_story(workspace, demo):
    now = int(workspace.clock().timestamp())
    start = int((workspace.clock() - timedelta(days=200)).timestamp())
    tickets = rows(
        workspace,
        "SELECT id, status, created_at, updated_at, first_response_at, resolved_at, closed_at, resolution_code, "
        "resolution_notes FROM tickets",
    )
    office_hours = 0
    for tid, status, created, updated, first, resolved, closed, code, notes in tickets:
        assert start <= created <= updated <= now
        office_hours += 8 <= (created % 86400) // 3600 < 18
        if status in ("resolved", "closed"):
            assert resolved is not None and notes and code
            assert created <= resolved <= updated
            assert first is not None and first <= resolved
        else:
            assert resolved is None and code is None and notes is None
        if status in ("closed", "cancelled"):
            assert closed is not None and created <= closed <= updated
            assert resolved is None or resolved <= closed
        else:
            assert closed is None
        if first is not None:
            replies = rows(
                workspace,
                "SELECT min(created_at) FROM entries WHERE ticket_id = :t AND kind = 'reply' "
                "AND author_agent_id IS NOT NULL",
                t=tid,
            )
            assert replies[0][0] == first
    assert office_hours > 0.85 * len(tickets)
    fixes = rows(
        workspace,
        "SELECT count(*) FROM tickets t WHERE t.status IN ('resolved', 'closed') AND NOT EXISTS ("
        "SELECT 1 FROM entries e WHERE e.ticket_id = t.id AND e.kind = 'reply' AND e.created_at = t.resolved_at "
        "AND e.author_agent_id IS NOT NULL)",
    )
    assert fixes[0][0] == 0  # every fix was told to the requester
    kinds = dict(rows(workspace, "SELECT kind, count(*) FROM entries GROUP BY kind"))
    assert set(kinds) == {"reply", "note", "event"}

    # the audit trail starts with the creation and ends with the status the ticket has
    created = rows(
        workspace,
        "SELECT t.type, t.number, a.new_value, a.at = t.created_at FROM tickets t "
        "JOIN audit a ON a.ticket_id = t.id AND a.field = 'created'",
    )
    assert len(created) == TICKETS
    prefix = {t.value: t.prefix for t in TicketType}
    assert all(ref == f"{prefix[t]}-{n}" and same_time for t, n, ref, same_time in created)
    assert (
        scalar(
            workspace,
            "SELECT count(*) FROM audit a JOIN tickets t ON t.id = a.ticket_id "
            "WHERE a.at < t.created_at OR a.at > t.updated_at",
        )
        == 0
    )
    # the last status change recorded is the status the ticket has
    last = rows(
        workspace,
        "SELECT t.status, (SELECT new_value FROM audit a WHERE a.ticket_id = t.id AND a.field = 'status' "
        "ORDER BY a.id DESC LIMIT 1) FROM tickets t",
    )
    assert all(final is None or final == status for status, final in last)
    assert scalar(workspace, "SELECT count(*) FROM audit WHERE field = 'assignee'") > 0


def test_database_is_sound_and_audit_append_only(workspace, demo):
    assert rows(workspace, "PRAGMA integrity_check") == [("ok",)]
    assert rows(workspace, "PRAGMA foreign_key_check") == []
    with workspace.database.write() as session:
        session.execute(text("INSERT INTO ticket_search(ticket_search) VALUES ('integrity-check')"))
    assert scalar(workspace, "SELECT count(*) FROM ticket_search") == TICKETS
    with pytest.raises(StorageError, match="append-only"), workspace.database.write() as session:
        session.execute(text("UPDATE audit SET new_value = 'tampered'"))
    with pytest.raises(StorageError, match="append-only"), workspace.database.write() as session:
        session.execute(text("DELETE FROM audit"))


def test_search_finds_words_from_conversations(workspace, demo):
    # a note's case number is a word that appears nowhere but in that conversation
    ticket_id, body = rows(
        workspace, "SELECT ticket_id, body FROM entries WHERE kind = 'note' AND body LIKE 'Logged case %' LIMIT 1"
    )[0]
    case = re.search(r"case (\d+)", body).group(1)
    hits = rows(workspace, "SELECT rowid FROM ticket_search WHERE ticket_search MATCH :q", q=f'"{case}"')
    assert ticket_id in {h for (h,) in hits}
    # each search row holds exactly what the entry trigger would have built
    for tid, conversation in rows(workspace, "SELECT rowid, conversation FROM ticket_search LIMIT 50"):
        bodies = rows(
            workspace, "SELECT body FROM entries WHERE ticket_id = :t AND kind IN ('reply', 'note') ORDER BY id", t=tid
        )
        assert conversation == "".join("\n" + b for (b,) in bodies)
    # and the triggers still work afterwards
    number = scalar(workspace, "SELECT number FROM tickets WHERE type = 'incident' AND status = 'open'")
    ref = f"INC-{number}"
    workspace.tickets.update(ref, TicketChanges(reply="Swapped the zanzibar cable"), workspace.actor)
    assert rows(workspace, "SELECT rowid FROM ticket_search WHERE ticket_search MATCH 'zanzibar'")


def test_numbers_continue_after_existing_tickets(workspace):
    first = workspace.tickets.create(NewTicket(subject="Printer on fire"), workspace.actor)
    assert first.number == 1
    generate_demo(workspace.database, tickets=200, seed=2, clock=workspace.clock)
    numbers = rows(workspace, "SELECT type, number FROM tickets WHERE id > :id ORDER BY id", id=first.id)
    by_type: dict[str, list[int]] = {}
    for ticket_type, number in numbers:
        by_type.setdefault(ticket_type, []).append(number)
    assert by_type["incident"] == list(range(2, 2 + len(by_type["incident"])))
    assert by_type["request"] == list(range(1, 1 + len(by_type["request"])))
    after = workspace.tickets.create(NewTicket(subject="Kettle tripped the fuse"), workspace.actor)
    assert after.number == len(by_type["incident"]) + 2
    # created in order: numbers grow with time
    times = [t for (t,) in rows(workspace, "SELECT created_at FROM tickets WHERE type = 'incident' ORDER BY number")]
    assert times[1:-1] == sorted(times[1:-1])


def test_a_second_run_adds_to_the_first(workspace):
    generate_demo(workspace.database, tickets=100, seed=1, clock=workspace.clock)
    again = generate_demo(workspace.database, tickets=100, seed=1, clock=workspace.clock)
    assert (again.requesters, again.agents) == (0, 0)  # the same people are found by email, not added twice
    assert scalar(workspace, "SELECT count(*) FROM tickets") == 200
    assert scalar(workspace, "SELECT count(DISTINCT uuid) FROM entries") == scalar(
        workspace, "SELECT count(*) FROM entries"
    )
    assert scalar(workspace, "SELECT max(number) FROM tickets WHERE type = 'incident'") == scalar(
        workspace, "SELECT last_number FROM ticket_counters WHERE type = 'incident'"
    )


def test_same_seed_same_data(workspace, tmp_path, clock):
    other = open_workspace(tmp_path / "other.sqlite3", clock=clock)
    try:
        generate_demo(workspace.database, tickets=300, seed=3, clock=clock)
        generate_demo(other.database, tickets=300, seed=3, clock=clock)
        for sql in (
            "SELECT type, number, subject, description, status, priority, created_at, updated_at, resolved_at, "
            "requester_id, assignee_id, category_id, problem_id FROM tickets ORDER BY id",
            "SELECT ticket_id, kind, author_name, body, created_at FROM entries ORDER BY id",
            "SELECT ticket_id, field, old_value, new_value, actor_name, at FROM audit ORDER BY id",
            "SELECT name, email, department FROM requesters ORDER BY id",
        ):
            assert rows(workspace, sql) == rows(other, sql)
        uuids = "SELECT uuid FROM tickets ORDER BY id"
        assert not set(rows(workspace, uuids)) & set(rows(other, uuids))
        third = generate_demo(other.database, tickets=50, seed=4, clock=clock)
        assert third.tickets == 50
        subjects = "SELECT subject FROM tickets ORDER BY id LIMIT 50"
        assert rows(workspace, subjects) != rows(other, "SELECT subject FROM tickets ORDER BY id LIMIT 50 OFFSET 300")
    finally:
        other.close()


def test_cancel_from_progress_leaves_nothing(workspace):
    calls = []

    def stop(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    result = generate_demo(workspace.database, tickets=TICKETS, clock=workspace.clock, progress=stop)
    assert result.cancelled and result.tickets == 0
    assert calls == [(TICKETS, TICKETS)]
    for table in ("tickets", "entries", "audit", "requesters", "ticket_counters", "ticket_tags"):
        assert scalar(workspace, f"SELECT count(*) FROM {table}") == 0
    assert scalar(workspace, "SELECT count(*) FROM agents") == 1
    assert scalar(workspace, "SELECT count(*) FROM ticket_search") == 0
    # and a run that goes through afterwards is complete
    seen = []
    done = generate_demo(workspace.database, tickets=50, clock=workspace.clock, progress=lambda d, t: seen.append(d))
    assert not done.cancelled and seen == [50]
    assert scalar(workspace, "SELECT count(*) FROM tickets") == 50


def test_nothing_asked_nothing_added(workspace):
    result = generate_demo(workspace.database, tickets=0, clock=workspace.clock)
    assert result.tickets == result.entries == 0
    assert scalar(workspace, "SELECT count(*) FROM tickets") == 0
    with pytest.raises(ValueError):
        generate_demo(workspace.database, tickets=-1)

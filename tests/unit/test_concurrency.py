"""Many writers on one database file at once: no "database is locked", no lost or doubled commit.

Eight threads share ONE workspace (as the app, its scheduler and an embedded CLI would share a
Database) and mix creates with notes, replies and (un)assignments, while at the same time other
processes write to the same file: the real ``deskapp ticket new`` command in a loop, and a plain
Python process with its own workspace. Afterwards every ticket each writer was told about exists,
numbers are unique and gap-free per type, the history (audit) and the conversation (entries) hold
exactly the rows the writes imply, ticket by ticket, and SQLite finds the file intact.
"""

import os
import random
import re
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import deskapp

pytestmark = pytest.mark.slow

THREADS = 8
WRITES_PER_THREAD = 500
CLI_MIN_CALLS = 10  # the command line keeps logging tickets while the threads write, within these bounds
CLI_MAX_CALLS = 50
PROCESS_TICKETS = 500
TYPES = ("incident", "request", "problem")
PREFIX_TYPE = {"INC": "incident", "REQ": "request", "PRB": "problem"}
REF = re.compile(r"^(INC|REQ|PRB)-([0-9]+)$")

# A second writer process with its own workspace, as a scheduler or another desk would be.
PROCESS_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from deskapp.services.tickets import NewTicket
    from deskapp.services.workspace import open_workspace

    types = ("incident", "request", "problem")
    workspace = open_workspace(Path(sys.argv[1]))
    try:
        for i in range(int(sys.argv[2])):
            ticket = workspace.tickets.create(NewTicket(subject=f"process {i}", type=types[i % 3]), workspace.actor)
            print(ticket.ref, flush=True)
    finally:
        workspace.close()
    """
)


def child_env() -> dict[str, str]:
    """The environment for child processes: they import the same deskapp as this test."""
    env = dict(os.environ)
    source = str(Path(deskapp.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
    env.pop("DESKAPP_DB", None)
    return env


def split_ref(ref: str) -> tuple[str, int]:
    match = REF.match(ref)
    assert match, f"not a ticket number: {ref!r}"
    return PREFIX_TYPE[match.group(1)], int(match.group(2))


@dataclass
class Expected:
    """What one writer's acknowledged writes imply, per ticket ref."""

    created: list[str] = field(default_factory=list)
    audit: Counter = field(default_factory=Counter)
    entries: Counter = field(default_factory=Counter)  # (ref, kind) -> count
    assigned: dict[str, bool] = field(default_factory=dict)


@dataclass
class OwnTicket:
    """A thread's model of a ticket only it assigns and replies to."""

    assigned: bool
    status_new: bool
    replied: bool = False


class Shared:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.refs: list[str] = []
        self.errors: list[str] = []

    def error(self, who: str, text: str) -> None:
        with self.lock:
            self.errors.append(f"--- {who}\n{text}")


def thread_writer(index: int, workspace, shared: Shared, start: threading.Barrier, out: Expected) -> None:
    from deskapp.services.tickets import NewTicket, TicketChanges

    rng = random.Random(1000 + index)
    tickets, actor = workspace.tickets, workspace.actor
    own: dict[str, OwnTicket] = {}
    start.wait()
    for i in range(WRITES_PER_THREAD):
        try:
            if len(own) < 3 or rng.random() < 0.35:
                assign = rng.random() < 0.2
                new = NewTicket(
                    subject=f"thread {index} write {i}",
                    type=rng.choice(TYPES),
                    requester_email=f"user{rng.randrange(20)}@example.com" if rng.random() < 0.3 else None,
                    assignee="me" if assign else None,
                )
                ref = tickets.create(new, actor).ref
                out.created.append(ref)
                out.audit[ref] += 1  # "created"
                own[ref] = OwnTicket(assigned=assign, status_new=not assign)
                with shared.lock:
                    shared.refs.append(ref)
                continue
            action = rng.random()
            if action < 0.25:
                # A note on anyone's ticket, possibly one another thread or process is editing.
                with shared.lock:
                    ref = rng.choice(shared.refs)
                tickets.update(ref, TicketChanges(note=f"note from thread {index} write {i}"), actor)
                out.entries[(ref, "note")] += 1
                continue
            ref = rng.choice(list(own))
            state = own[ref]
            if action < 0.55:
                tickets.update(ref, TicketChanges(reply=f"reply from thread {index} write {i}"), actor)
                out.entries[(ref, "reply")] += 1
                if not state.replied:
                    out.audit[ref] += 1  # first_response_at
                    state.replied = True
            elif action < 0.8:
                tickets.update(ref, TicketChanges(note=f"own note {i}", reply=f"own reply {i}"), actor)
                out.entries[(ref, "note")] += 1
                out.entries[(ref, "reply")] += 1
                if not state.replied:
                    out.audit[ref] += 1
                    state.replied = True
            else:
                target = "none" if state.assigned else "me"
                tickets.update(ref, TicketChanges(assignee=target), actor)
                out.audit[ref] += 1  # assignee
                out.entries[(ref, "event")] += 1  # "Assigned to ..." / "Unassigned"
                if target == "me" and state.status_new:
                    out.audit[ref] += 1  # status New -> Open
                    out.entries[(ref, "event")] += 1
                    state.status_new = False
                state.assigned = not state.assigned
        except BaseException:
            shared.error(f"thread {index}, write {i}", traceback.format_exc())
    out.assigned = {ref: state.assigned for ref, state in own.items()}


def cli_writer(
    db_path: Path, shared: Shared, start: threading.Barrier, threads_done: threading.Event, out: Expected
) -> None:
    """The real command line, one process per ticket, as a script or a mail hook would run it."""
    start.wait()
    for i in range(CLI_MAX_CALLS):
        if i >= CLI_MIN_CALLS and threads_done.is_set():
            break
        command = [sys.executable, "-m", "deskapp", "--db", str(db_path), "ticket", "new", "--subject", f"cli {i}"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=child_env())
        except BaseException:
            shared.error(f"cli call {i}", traceback.format_exc())
            continue
        refs = [line.strip() for line in done.stdout.splitlines() if REF.match(line.strip())]
        if done.returncode != 0 or len(refs) != 1:
            shared.error(
                f"cli call {i}",
                f"exit {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}",
            )
            continue
        out.created.append(refs[0])
        out.audit[refs[0]] += 1


def process_writer(db_path: Path, shared: Shared, start: threading.Barrier, out: Expected) -> None:
    start.wait()
    command = [sys.executable, "-c", PROCESS_WRITER, str(db_path), str(PROCESS_TICKETS)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=child_env())
    except BaseException:
        shared.error("process writer", traceback.format_exc())
        return
    refs = [line.strip() for line in done.stdout.splitlines()]
    out.created.extend(refs)
    for ref in refs:
        out.audit[ref] += 1
    if done.returncode != 0 or len(refs) != PROCESS_TICKETS:
        shared.error(
            "process writer",
            f"exit {done.returncode}, {len(refs)} of {PROCESS_TICKETS} tickets\nstderr:\n{done.stderr}",
        )


def test_threads_and_processes_write_one_file_without_errors_or_losses(workspace, db_path: Path) -> None:
    shared = Shared()
    thread_results = [Expected() for _ in range(THREADS)]
    cli_result, process_result = Expected(), Expected()
    start = threading.Barrier(THREADS + 2)
    threads_done = threading.Event()
    writers = [
        threading.Thread(target=thread_writer, args=(i, workspace, shared, start, thread_results[i]), daemon=True)
        for i in range(THREADS)
    ]
    others = [
        threading.Thread(target=cli_writer, args=(db_path, shared, start, threads_done, cli_result), daemon=True),
        threading.Thread(target=process_writer, args=(db_path, shared, start, process_result), daemon=True),
    ]
    began = time.monotonic()
    for worker in [*writers, *others]:
        worker.start()
    for worker in writers:
        worker.join(timeout=600)
    threads_done.set()
    threads_took = time.monotonic() - began
    for worker in others:
        worker.join(timeout=600)
    elapsed = time.monotonic() - began
    assert not any(worker.is_alive() for worker in [*writers, *others]), "a writer is still running after 600 s"
    print(
        f"\nconcurrency soak: {elapsed:.1f} s ({THREADS}x{WRITES_PER_THREAD} thread writes in {threads_took:.1f} s,"
        f" {len(cli_result.created)} CLI calls, {len(process_result.created)} tickets from a second process)"
    )

    assert not shared.errors, f"{len(shared.errors)} failed writes; first ones:\n" + "\n".join(shared.errors[:5])

    expected = Expected()
    for result in [*thread_results, cli_result, process_result]:
        expected.created.extend(result.created)
        expected.audit.update(result.audit)
        expected.entries.update(result.entries)
        expected.assigned.update(result.assigned)
    assert len(expected.created) == len(set(expected.created)), "two writers were given the same ticket number"
    assert len(cli_result.created) >= CLI_MIN_CALLS
    assert len(process_result.created) == PROCESS_TICKETS

    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = connection.execute(
            "SELECT id, type, number, assignee_id IS NOT NULL FROM tickets ORDER BY id"
        ).fetchall()
        audit_rows = connection.execute("SELECT ticket_id, count(*) FROM audit GROUP BY ticket_id").fetchall()
        created_rows = connection.execute("SELECT new_value FROM audit WHERE field = 'created'").fetchall()
        entry_rows = connection.execute("SELECT ticket_id, kind, count(*) FROM entries GROUP BY 1, 2").fetchall()
        counters = dict(connection.execute("SELECT type, last_number FROM ticket_counters").fetchall())

    prefix = {v: k for k, v in PREFIX_TYPE.items()}
    ref_of_id = {row[0]: f"{prefix[row[1]]}-{row[2]}" for row in rows}
    in_database = list(ref_of_id.values())
    assert len(in_database) == len(set(in_database))
    assert sorted(in_database) == sorted(expected.created), (
        f"acknowledged but missing: {sorted(set(expected.created) - set(in_database))[:20]}; "
        f"present but never acknowledged: {sorted(set(in_database) - set(expected.created))[:20]}"
    )
    by_type: dict[str, list[int]] = {t: [] for t in TYPES}
    for _id, ticket_type, number, _assigned in rows:
        by_type[ticket_type].append(number)
    for ticket_type, numbers in by_type.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"{ticket_type} numbers are not 1..n"
        assert counters.get(ticket_type, 0) == len(numbers)

    assert sorted(value for (value,) in created_rows) == sorted(expected.created)
    assert sum(count for _ticket, count in audit_rows) == sum(expected.audit.values())
    assert {ref_of_id[t]: n for t, n in audit_rows} == dict(expected.audit)
    assert {(ref_of_id[t], kind): n for t, kind, n in entry_rows} == dict(expected.entries)
    assigned_in_database = {ref_of_id[row[0]]: bool(row[3]) for row in rows}
    assert {ref: assigned_in_database[ref] for ref in expected.assigned} == expected.assigned

"""Killing deskapp mid-write never loses an acknowledged ticket nor damages the file.

A child process (crash_writer.py) opens its own workspace on one database file and commits tickets
in a loop, printing each ticket number after its commit returned. The test kills it with SIGKILL at
a random moment, again and again on the same file: the first times while it creates and migrates the
fresh file (until one run gets through), now and then while it opens the existing file, mostly while
it commits. After every kill SQLite must find the file intact and every acknowledged ticket must be
there, with numbers still gap-free per type and nothing seen earlier gone.
"""

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import deskapp

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL (POSIX)"),
]

KILLS = 60
WRITER = Path(__file__).with_name("crash_writer.py")
PREFIX_TYPE = {"INC": "incident", "REQ": "request", "PRB": "problem"}
TYPE_PREFIX = {value: key for key, value in PREFIX_TYPE.items()}
REF = re.compile(rb"^(INC|REQ|PRB)-([0-9]+)\n$")
STARTUP_TIMEOUT = 60.0


def child_env() -> dict[str, str]:
    """The environment for the child: it imports the same deskapp as this test."""
    env = dict(os.environ)
    source = str(Path(deskapp.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH")) if p)
    env.pop("DESKAPP_DB", None)
    return env


class Child:
    """One run of crash_writer.py, its stdout read line by line as it comes."""

    def __init__(self, db_path: Path, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        with stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(WRITER), str(db_path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=child_env(),
            )
        self.lines: list[bytes] = []
        self.events = {name: threading.Event() for name in (b"loaded\n", b"opening\n", b"ready\n")}
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in iter(self.process.stdout.readline, b""):
            self.lines.append(line)
            if line in self.events:
                self.events[line].set()

    def reached(self, marker: str) -> bool:
        return self.events[f"{marker}\n".encode()].is_set()

    def wait_for(self, marker: str) -> None:
        event = self.events[f"{marker}\n".encode()]
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not event.wait(0.01):
            if self.process.poll() is not None:
                self.fail(f"the writer exited by itself with code {self.process.returncode}")
            if time.monotonic() > deadline:
                self.fail(f"the writer did not print {marker!r} within {STARTUP_TIMEOUT:.0f} s")

    def go(self) -> None:
        """Let the loaded writer open the database and start committing."""
        self.wait_for("loaded")
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()

    def kill(self) -> list[str]:
        """SIGKILL the child and return the ticket numbers it acknowledged (complete lines only)."""
        if self.process.poll() is not None:
            self.fail(f"the writer exited by itself with code {self.process.returncode}")
        self.process.send_signal(signal.SIGKILL)
        self.close()
        assert self.process.returncode == -signal.SIGKILL
        return [line.decode().strip() for line in self.lines if REF.match(line)]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    def fail(self, message: str) -> None:
        self.close()
        stderr = self.stderr_path.read_text(errors="replace")
        pytest.fail(f"{message}\nstdout tail: {self.lines[-5:]}\nstderr:\n{stderr}")


def is_migrated(path: Path) -> bool:
    if not path.exists():
        return False
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
        return bool(found and connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def check_database(path: Path) -> set[str]:
    """Integrity, gap-free numbers and complete creations; returns the ticket numbers present."""
    if not path.exists():
        return set()
    # Read-only: no checkpoint on close, so the next child meets the WAL exactly as the kill left it.
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "tickets" not in tables:
            return set()
        rows = connection.execute("SELECT type, number FROM tickets").fetchall()
        counters = dict(connection.execute("SELECT type, last_number FROM ticket_counters").fetchall())
        created = connection.execute("SELECT count(*) FROM audit WHERE field = 'created'").fetchone()[0]
    finally:
        connection.close()
    by_type: dict[str, list[int]] = {}
    for ticket_type, number in rows:
        by_type.setdefault(ticket_type, []).append(number)
    for ticket_type, numbers in by_type.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"{ticket_type} numbers have gaps or repeats"
        assert counters[ticket_type] == len(numbers), f"the {ticket_type} counter disagrees with the tickets"
    assert created == len(rows), "a ticket without its 'created' history row: a half-applied transaction"
    return {f"{TYPE_PREFIX[ticket_type]}-{number}" for ticket_type, number in rows}


def test_sigkill_at_random_moments_loses_no_acknowledged_ticket(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    db_path = tmp_path / "crash.sqlite3"
    acknowledged: set[str] = set()
    present: set[str] = set()
    phases: dict[str, int] = {}
    began = time.monotonic()
    # The next writer is started (and imports deskapp) while the current one runs: only the kills cost time.
    upcoming: Child | None = Child(db_path, tmp_path / "writer-0.txt")
    child: Child | None = None
    try:
        for kill in range(KILLS):
            assert upcoming is not None
            child, upcoming = upcoming, None
            fresh = not is_migrated(db_path)
            child.go()
            upcoming = Child(db_path, tmp_path / f"writer-{kill + 1}.txt")
            if kill < 8 and fresh:
                phase = "creating/migrating a fresh file"
                child.wait_for("opening")
                time.sleep(rng.uniform(0.0, 0.12))
            elif kill < 8 or kill % 10 == 8:
                phase = "opening"
                child.wait_for("opening")
                time.sleep(rng.uniform(0.0, 0.1))
            else:
                phase = "committing"
                child.wait_for("ready")
                time.sleep(rng.uniform(0.0, 0.5))
            if child.reached("ready") and phase != "committing":
                phase += " (was already committing)"
            phases[phase] = phases.get(phase, 0) + 1
            acknowledged.update(child.kill())
            context = f"kill {kill + 1} of {KILLS} ({phase}), seed {seed}"
            try:
                now_present = check_database(db_path)
            except AssertionError as error:
                raise AssertionError(f"{context}: {error}") from error
            lost = sorted(acknowledged - now_present)
            assert not lost, f"{context}: acknowledged but lost: {lost}"
            assert not present - now_present, f"{context}: present before, gone now: {sorted(present - now_present)}"
            present = now_present
    finally:
        for writer in (child, upcoming):
            if writer is not None:
                writer.close()
    elapsed = time.monotonic() - began

    # A normal read-write open (as the app would do next) sees the same and still finds it intact.
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM tickets").fetchone()[0] == len(present)
    finally:
        connection.close()
    print(
        f"\ncrash soak: {KILLS} kills in {elapsed:.1f} s, {len(acknowledged)} acknowledged tickets,"
        f" {len(present)} present, seed {seed}, kills by phase: {phases}"
    )
    assert len(acknowledged) >= KILLS // 2, "too few commits were acknowledged for the test to mean much"

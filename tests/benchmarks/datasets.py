"""The benchmark databases, made once with `deskapp demo` and reused, and the files derived from them."""

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

DATA = Path(__file__).parent / "data"
SEED = 1


def dataset(size: int) -> Path:
    """tests/benchmarks/data/tickets-<size>.sqlite3 with `size` demo tickets, generated if missing or incomplete."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"tickets-{size}.sqlite3"
    if path.exists() and ticket_count(path) == size:
        return path
    for leftover in (path, *sidecars(path), path.with_suffix(".txt"), path.with_suffix(".csv")):
        leftover.unlink(missing_ok=True)
    print(f"Generating {size:,} demo tickets into {path} ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "deskapp", "--db", str(path), "demo", "--tickets", str(size), "--seed", str(SEED)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  done in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def ticket_count(path: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT count(*) FROM tickets").fetchone()[0]
    except sqlite3.DatabaseError:
        return -1


def text_export(database: Path) -> Path:
    """The searchable text of every ticket (what the FTS index holds: subject, description, conversation),
    one ticket per line, newest first, for grep. Written once per dataset (removed when it is regenerated)."""
    path = database.with_suffix(".txt")
    if path.exists():
        return path
    partial = path.with_suffix(".txt.partial")
    with closing(sqlite3.connect(database)) as connection, partial.open("w", encoding="utf-8") as out:
        rows = connection.execute(
            "SELECT rowid, subject, description, conversation FROM ticket_search ORDER BY rowid DESC"
        )
        for rowid, *texts in rows:
            flat = " ".join(" ".join((t or "").split()) for t in texts)
            out.write(f"{rowid}\t{flat}\n")
    os.replace(partial, path)
    return path


def pristine_copy(database: Path, name: str) -> Path:
    """A consistent copy of the database (online backup API) that nothing ever opens: the source for the
    fresh copies a writing operation works on."""
    target = DATA / f"{name}.sqlite3"
    for leftover in (target, *sidecars(target)):
        leftover.unlink(missing_ok=True)
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target

"""Copies of a live database through SQLite's online backup API, each checked before it is trusted."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from deskapp.domain.errors import StorageError
from deskapp.storage.engine import Database


def integrity_errors(path: Path, *, quick: bool = False) -> list[str]:
    """What PRAGMA integrity_check (or quick_check) finds wrong; an empty list means ok."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    messages = [row[0] for row in rows]
    return [] if messages == ["ok"] else messages


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of source to target (via a temporary file), then check it."""
    target = target.absolute()
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup to {target} failed: {error}") from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup to {target} failed: {error.strerror}") from error
    problems = integrity_errors(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup copy failed its integrity check: {problems[0]}")
    os.replace(partial, target)


def backup_to(database: Database, target: Path) -> Path:
    """Back up the database to target; returns the checked copy's path."""
    if target.exists() and target.is_dir():
        raise StorageError(f"{target} is a folder; give a file name for the backup")
    if not target.parent.is_dir():
        raise StorageError(f"cannot write {target}: the folder {target.parent} does not exist")
    raw = database.engine.raw_connection()
    try:
        copy_database(raw.driver_connection, target)
    finally:
        raw.close()
    return target

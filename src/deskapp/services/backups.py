"""Backups, restores and health checks of the database file."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from deskapp.domain.errors import NotFoundError, StorageError
from deskapp.domain.time import Clock, whole_seconds
from deskapp.storage.backup import backup_to, integrity_errors
from deskapp.storage.engine import Database
from deskapp.storage.migrate import SQLITE_HEADER, backups_folder, head_revision, known_revisions


@dataclass(frozen=True)
class HealthReport:
    path: Path
    schema: str | None
    latest_schema: str
    problems: tuple[str, ...]
    tickets: int

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema == self.latest_schema


def _schema_and_tickets(path: Path) -> tuple[str | None, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        try:
            schema = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            tickets = connection.execute("SELECT count(*) FROM tickets").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StorageError(f"{path} is not a deskapp database ({error})") from error
    return (schema[0] if schema else None), tickets


def check_database(path: Path) -> HealthReport:
    """Integrity and schema of a database file, read-only: works on a damaged or newer file too."""
    path = path.expanduser().absolute()
    if not path.is_file():
        raise NotFoundError(f"there is no deskapp database at {path}")
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise StorageError(f"{path} is not a deskapp database (not an SQLite file)")
    problems = integrity_errors(path)
    try:
        schema, tickets = _schema_and_tickets(path)
    except StorageError as error:
        return HealthReport(path, None, head_revision(), (*problems, str(error)), 0)
    return HealthReport(path, schema, head_revision(), tuple(problems), tickets)


class BackupService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def backup(self, target: Path) -> Path:
        """An online backup (the app may keep working meanwhile), checked with integrity_check."""
        return backup_to(self.database, target.expanduser().absolute())

    def restore(self, source: Path) -> Path:
        """Replace the database with a checked backup; the current one is saved first. Returns that copy."""
        source = source.expanduser().absolute()
        self._check_restorable(source)
        folder = backups_folder(self.database.path)
        folder.mkdir(exist_ok=True)
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        saved = backup_to(self.database, folder / f"{self.database.path.stem}-before-restore-{stamp}.sqlite3")
        raw = self.database.engine.raw_connection()
        try:
            with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as backup:
                backup.backup(raw.driver_connection)
        except sqlite3.Error as error:
            raise StorageError(f"the restore failed ({error}); your data is unchanged, saved at {saved}") from error
        finally:
            raw.close()
        self.database.engine.dispose()
        return saved

    @staticmethod
    def _check_restorable(source: Path) -> None:
        if not source.is_file():
            raise NotFoundError(f"restore: there is no file {source}")
        with source.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise StorageError(f"restore: {source} is not a deskapp backup (not an SQLite file)")
        problems = integrity_errors(source)
        if problems:
            raise StorageError(f"restore: {source} is damaged ({problems[0]}); nothing was changed")
        schema, _ = _schema_and_tickets(source)
        if schema is None:
            raise StorageError(f"restore: {source} is not a deskapp backup")
        if schema not in known_revisions():
            raise StorageError(f"restore: {source} was made by a newer deskapp (schema {schema}); nothing was changed")

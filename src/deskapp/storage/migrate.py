"""Open a deskapp database: refuse what isn't ours, copy before migrating, create new files at head."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from deskapp.domain.errors import NotFoundError, StorageError
from deskapp.storage.backup import backup_to
from deskapp.storage.engine import Database, storage_error

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_file(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite or Alembic touch it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise StorageError(f"cannot read {path}: {error.strerror}") from error
    if header and header != SQLITE_HEADER:
        raise StorageError(f"{path} is not a deskapp database (it is not an SQLite file); it was left untouched.")


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(f"cannot create {path}: the folder {folder} does not exist.")
    probe = folder / f".deskapp-write-test-{path.name}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise StorageError(f"cannot create {path}: the folder {folder} is not writable ({error.strerror}).") from error


def backups_folder(path: Path) -> Path:
    return path.parent / f"{path.stem}-backups"


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (and if needed create or migrate) the database at path; raise StorageError with a reason."""
    path = path.expanduser().absolute()
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise NotFoundError(f"there is no deskapp database at {path}")
    if is_new:
        _check_folder(path)
    else:
        _check_file(path)
    database = Database(path)
    try:
        _migrate(database, is_new=is_new)
    except StorageError:
        database.dispose()
        raise
    except sqlite3.DatabaseError as error:
        database.dispose()
        raise storage_error(error, path) from error
    except Exception as error:
        database.dispose()
        if hasattr(error, "orig"):
            raise storage_error(error, path) from error
        raise
    return database


def _migrate(database: Database, *, is_new: bool) -> None:
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise StorageError(f"{database.path} is an SQLite file but not a deskapp database; it was left untouched.")
    if current is not None and current not in known_revisions():
        raise StorageError(
            f"{database.path} was written by a newer version of deskapp (schema {current});"
            " update deskapp to open it. The file was left untouched."
        )
    if current == head:
        return
    if not is_new and current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        folder = backups_folder(database.path)
        folder.mkdir(exist_ok=True)
        backup_to(database, folder / f"{database.path.stem}-before-{head}-{stamp}.sqlite3")
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()

"""Open a deskapp database: refuse what isn't ours, copy before migrating, create new files at head."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from deskapp.domain.errors import NotFoundError, StorageError
from deskapp.storage.backup import backup_to
from deskapp.storage.engine import Database, storage_error

MIGRATIONS = Path(__file__).parent / "migrations"
# Every revision in migrations/versions, oldest first. Kept here so that opening an up-to-date
# database never imports Alembic (a second of start-up for a monitoring script's CLI call); a test
# checks it against Alembic's own view of the scripts.
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
SQLITE_HEADER = b"SQLite format 3\x00"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For schema comparison: the FTS5 index and its shadow tables are made by raw SQL, not the ORM."""
    return not (type_ == "table" and name and name.startswith("ticket_search"))


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(SCHEMA_REVISIONS)


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


def _stored_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise StorageError(f"{path} is an SQLite file but not a deskapp database; it was left untouched.")
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise storage_error(error, path) from error
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise StorageError(
            f"{path} was written by a newer version of deskapp (schema {revision});"
            " update deskapp to open it. The file was left untouched."
        )
    return revision


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open (and if needed create or migrate) the database at path; raise StorageError with a reason."""
    path = path.expanduser().absolute()
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and not create:
        raise NotFoundError(f"there is no deskapp database at {path}")
    if is_new:
        _check_folder(path)
        revision = None
    else:
        _check_file(path)
        revision = _stored_revision(path)
    database = Database(path)
    try:
        if revision != head_revision():
            _migrate(database, backup_first=revision is not None)
    except BaseException as error:
        database.dispose()
        if isinstance(error, sqlite3.DatabaseError) or hasattr(error, "orig"):
            raise storage_error(error, path) from error
        raise
    return database


def _migrate(database: Database, *, backup_first: bool) -> None:
    from alembic import command

    config = alembic_config()
    if backup_first:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        folder = backups_folder(database.path)
        folder.mkdir(exist_ok=True)
        backup_to(database, folder / f"{database.path.stem}-before-{head_revision()}-{stamp}.sqlite3")
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()

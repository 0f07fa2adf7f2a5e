"""The SQLite engine, configured so that a commit, once acknowledged, is never lost.

WAL with synchronous=FULL, foreign keys on, a busy timeout, and write transactions that BEGIN
IMMEDIATE: a deferred read-then-write transaction can fail with "database is locked" whatever the
timeout, an immediate one queues for the write lock instead.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from deskapp.domain.errors import StorageError

BUSY_TIMEOUT_SECONDS = 30.0
_BEGIN = "deskapp_begin"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can ask for IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.close()


def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
    mode = connection.get_execution_options().get(_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        pool_size=8,
        max_overflow=8,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def storage_error(error: BaseException, path: Path) -> StorageError:
    """Turn what SQLite said into a message a person can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if "disk is full" in text or "database or disk is full" in text:
        message = f"the disk holding {path} is full; nothing was saved. Free some space and try again."
    elif "readonly" in text or "read-only" in text:
        message = f"{path} cannot be written (read-only file or folder); nothing was saved."
    elif "unable to open" in text:
        message = f"cannot open {path}: the folder does not exist or is not writable."
    elif "locked" in text or "busy" in text:
        message = f"{path} is busy in another program for too long; nothing was saved. Try again."
    elif "not a database" in text or "malformed" in text:
        message = f"{path} is not a deskapp database, or it is damaged."
    else:
        message = f"the database {path} refused the change: {getattr(error, 'orig', error)}"
    return StorageError(message)


class Database:
    """One SQLite file: read sessions begin DEFERRED, write sessions BEGIN IMMEDIATE."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)
        self._writer = self.engine.execution_options(**{_BEGIN: "IMMEDIATE"})

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and leaves the database as it was on any error."""
        session = Session(self._writer, expire_on_commit=False, autoflush=True)
        try:
            yield session
            session.commit()
        except DBAPIError as error:
            session.rollback()
            raise storage_error(error, self.path) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False, autoflush=False)
        try:
            yield session
        except DBAPIError as error:
            raise storage_error(error, self.path) from error
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

"""The SQLite store: created at head, upgraded with a backup first, refusing what it must not open."""

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event

from deskapp.domain.errors import StorageError
from deskapp.services.tickets import NewTicket
from deskapp.services.workspace import open_workspace
from deskapp.storage.engine import Database
from deskapp.storage.migrate import alembic_config, backups_folder, head_revision, include_name, open_database
from deskapp.storage.tables import Base


def _sql(path: Path, query: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query, params).fetchall()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_created_at_head_with_safe_settings(db_path):
    database = open_database(db_path)
    try:
        assert _sql(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        with database.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        database.dispose()


def test_the_migrations_build_exactly_the_schema_the_code_expects(db_path):
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def _database_at(path: Path, revision: str) -> None:
    database = Database(path)
    config = alembic_config()
    with database.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
    database.dispose()


def test_an_older_database_is_upgraded_after_a_checked_backup(db_path, clock):
    _database_at(db_path, "0001")
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "INSERT INTO tickets (uuid, usn, type, number, subject, description, status, impact, urgency, priority,"
            " source, major, created_at, updated_at, reopen_count)"
            " VALUES ('u1', -1, 'incident', 1, 'Old printer ticket', '', 'new', 'medium', 'medium', 2,"
            " 'phone', 0, 1700000000, 1700000000, 0)"
        )
        connection.commit()

    workspace = open_workspace(db_path, clock=clock)
    try:
        assert workspace.tickets.get("INC-1").subject == "Old printer ticket"
        assert _sql(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        copies = list(backups_folder(db_path).glob("*.sqlite3"))
        assert len(copies) == 1
        assert _sql(copies[0], "SELECT version_num FROM alembic_version") == [("0001",)]
        assert _sql(copies[0], "SELECT subject FROM tickets") == [("Old printer ticket",)]
        assert _sql(copies[0], "PRAGMA integrity_check") == [("ok",)]
        # The search index built by 0001 still answers after the upgrade.
        flt = workspace.queue.make_filter(workspace.actor, search_text="printer")
        assert [t.ref for t in workspace.queue.tickets(flt)] == ["INC-1"]
    finally:
        workspace.close()


def test_opening_a_database_at_head_takes_no_backup(db_path, clock):
    open_workspace(db_path, clock=clock).close()
    open_workspace(db_path, clock=clock).close()
    assert not backups_folder(db_path).exists()


def test_a_database_from_a_newer_deskapp_is_refused_untouched(db_path):
    open_database(db_path).dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = _digest(db_path)
    with pytest.raises(StorageError, match="newer version of deskapp"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 100)
    before = _digest(notes)
    with pytest.raises(StorageError, match="not a deskapp database"):
        open_database(notes)
    assert _digest(notes) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()
    before = _digest(other)
    with pytest.raises(StorageError, match="not a deskapp database"):
        open_database(other)
    assert _digest(other) == before


def test_a_missing_folder_is_named_in_the_error(tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "desk.sqlite3")


def test_history_rows_cannot_be_changed_or_deleted(workspace, db_path):
    workspace.tickets.create(NewTicket(subject="Monitor flickers"), workspace.actor)
    with closing(sqlite3.connect(db_path)) as connection:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("UPDATE audit SET new_value = 'forged'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM audit")
    assert _sql(db_path, "SELECT count(*) FROM audit") == [(1,)]


def test_the_search_index_follows_edits_of_subject(workspace):
    from deskapp.services.tickets import TicketChanges

    ticket = workspace.tickets.create(NewTicket(subject="Keyboard sticky"), workspace.actor)
    workspace.tickets.update(ticket.ref, TicketChanges(subject="Mouse broken"), workspace.actor)

    def found(word: str) -> list[str]:
        return [t.ref for t in workspace.queue.tickets(workspace.queue.make_filter(workspace.actor, search_text=word))]

    assert found("mouse") == [ticket.ref]
    assert found("keyboard") == []


def test_a_full_disk_fails_cleanly_and_saves_nothing(workspace):
    """SQLITE_FULL (simulated with max_page_count) gives one clear message and no partial ticket."""
    workspace.tickets.create(NewTicket(subject="Before the disk filled"), workspace.actor)

    @event.listens_for(workspace.database.engine, "connect")
    def _tiny(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {size}")

    workspace.database.engine.dispose()
    with pytest.raises(StorageError, match="full"):
        workspace.tickets.create(NewTicket(subject="x", description="y" * 90_000), workspace.actor)
    event.remove(workspace.database.engine, "connect", _tiny)
    workspace.database.engine.dispose()
    assert _sql(workspace.path, "SELECT subject FROM tickets") == [("Before the disk filled",)]


def test_the_known_revisions_are_alembics_revisions():
    from alembic.script import ScriptDirectory

    from deskapp.storage.migrate import SCHEMA_REVISIONS

    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == SCHEMA_REVISIONS[-1]
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(SCHEMA_REVISIONS)

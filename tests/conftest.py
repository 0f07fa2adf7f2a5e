"""Test setup: headless Qt, an in-memory keyring, a fresh database per test and a clock tests can move."""

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DESKAPP_DB", None)


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict for the length of the test run; never the real OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


keyring.set_keyring(MemoryKeyring())


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def workspace(db_path: Path, clock: FakeClock) -> Iterator["object"]:
    from deskapp.services import office as ws_office
    from deskapp.services.workspace import open_workspace

    ws = open_workspace(db_path, clock=clock)
    with ws.database.write() as session:  # SLA office hours in UTC, whatever this machine's zone
        ws_office.write(session, "office_timezone", "UTC")
    yield ws
    ws.close()

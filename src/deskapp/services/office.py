"""Settings that belong to the office (not to one computer), stored in the database."""

import json
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from deskapp.domain.lifecycle import DEFAULT_REOPEN_WINDOW
from deskapp.domain.priority import DEFAULT_MATRIX, PriorityMatrix
from deskapp.storage.tables import Setting

PRIORITY_MATRIX = "priority_matrix"
REOPEN_WINDOW_DAYS = "reopen_window_days"
ATTACHMENT_LIMIT_MB = "attachment_limit_mb"
DEFAULT_ATTACHMENT_LIMIT_MB = 25
REOPEN_WINDOW_RANGE = range(0, 366)  # days; 0 = a closed ticket can never be reopened
ATTACHMENT_LIMIT_RANGE = range(1, 2049)  # MB


def read(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def write(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=json.dumps(value)))


def priority_matrix(session: Session) -> PriorityMatrix:
    stored = read(session, PRIORITY_MATRIX)
    return DEFAULT_MATRIX if stored is None else PriorityMatrix.from_dict(stored)


def reopen_window(session: Session) -> timedelta:
    days = read(session, REOPEN_WINDOW_DAYS)
    return DEFAULT_REOPEN_WINDOW if days is None else timedelta(days=int(days))


def reopen_window_days(session: Session) -> int:
    return reopen_window(session).days


def attachment_limit_mb(session: Session) -> int:
    return int(read(session, ATTACHMENT_LIMIT_MB, DEFAULT_ATTACHMENT_LIMIT_MB))


def attachment_limit_bytes(session: Session) -> int:
    return attachment_limit_mb(session) * 1024 * 1024

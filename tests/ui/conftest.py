"""Fixtures for GUI tests: the ops runner and drafts on a temporary folder."""

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def ops(qtbot) -> Iterator["object"]:
    from deskapp.ui.ops import Ops

    runner = Ops()
    yield runner
    runner.shutdown()


@pytest.fixture
def drafts(qtbot, tmp_path: Path) -> "object":
    from deskapp.ui.drafts import DraftStore

    return DraftStore(tmp_path / "drafts")


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    """Let queued database work finish and its results arrive on the main thread."""
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)

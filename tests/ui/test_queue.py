"""The queue model: a valid Qt model that pages, sorts and searches in SQL."""

import pytest

from deskapp.domain.queue import TicketFilter
from deskapp.domain.tickets import Status
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.ui.queue import model as queue_model
from deskapp.ui.queue.model import COLUMN_KEYS, REF_ROLE, QueueModel


def wait(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


@pytest.fixture
def tickets(workspace):  # type: ignore[no-untyped-def]
    subjects = ["Printer jams on A4", "VPN drops every hour", "New laptop for Sam", "Outlook asks for password"]
    refs = []
    for i in range(25):
        detail = workspace.tickets.create(
            NewTicket(subject=f"{subjects[i % 4]} #{i}", impact=("low", "medium", "high")[i % 3]), workspace.actor
        )
        refs.append(detail.ref)
    return refs


@pytest.fixture
def small_pages(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(queue_model, "PAGE_SIZE", 10)


def loaded(qtbot, ops, model: QueueModel, flt: TicketFilter) -> QueueModel:  # type: ignore[no-untyped-def]
    model.set_filter(flt)
    wait(qtbot, ops)
    return model


def test_the_model_passes_qt_model_tests(qtbot, qtmodeltester, workspace, ops, tickets, small_pages):
    model = loaded(qtbot, ops, QueueModel(workspace.queue, ops), TicketFilter())
    # Ask for every page first, so the tester sees loaded rows as well as placeholders.
    for row in range(0, model.rowCount(), 10):
        model.summary(row)
    wait(qtbot, ops)
    qtmodeltester.check(model)


def test_rows_come_in_pages_newest_first(qtbot, workspace, ops, tickets, small_pages):
    model = loaded(qtbot, ops, QueueModel(workspace.queue, ops), TicketFilter())
    assert model.rowCount() == 25
    assert model.data(model.index(0, 0), REF_ROLE) == "INC-25"
    assert model.data(model.index(24, 0)) == "…"  # not loaded yet: a placeholder, and a request
    wait(qtbot, ops)
    assert model.data(model.index(24, 0), REF_ROLE) == "INC-1"
    model.summary(15)
    wait(qtbot, ops)
    assert model.data(model.index(15, 0), REF_ROLE) == "INC-10"


def test_clicking_a_column_sorts_in_sql(qtbot, workspace, ops, tickets, small_pages):
    model = loaded(qtbot, ops, QueueModel(workspace.queue, ops), TicketFilter())
    from PySide6.QtCore import Qt

    model.sort(COLUMN_KEYS.index("subject"), Qt.SortOrder.AscendingOrder)
    wait(qtbot, ops)
    first = model.data(model.index(0, COLUMN_KEYS.index("subject")))
    assert first.startswith("New laptop for Sam")
    model.sort(COLUMN_KEYS.index("priority"), Qt.SortOrder.DescendingOrder)
    wait(qtbot, ops)
    assert model.data(model.index(0, COLUMN_KEYS.index("priority"))) == "High"


def test_search_shows_the_matching_words(qtbot, workspace, ops, tickets):
    model = loaded(qtbot, ops, QueueModel(workspace.queue, ops), TicketFilter(search="vpn"))
    assert model.rowCount() == 6
    snippet = model.data(model.index(0, COLUMN_KEYS.index("match")))
    assert "«VPN»" in snippet


def test_a_change_refreshes_without_losing_the_count(qtbot, workspace, ops, tickets):
    model = loaded(qtbot, ops, QueueModel(workspace.queue, ops), TicketFilter(statuses=(Status.NEW,)))
    assert model.rowCount() == 25
    workspace.tickets.update("INC-3", TicketChanges(assignee="me"), workspace.actor)
    model.refresh()
    wait(qtbot, ops)
    assert model.rowCount() == 24

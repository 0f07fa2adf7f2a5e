"""CSV import: the exports of osTicket, GLPI (English and French), Freshservice and deskapp itself.

The sample files in tests/fixtures/import/ follow each tool's export columns and value labels. Each test
imports into a fresh database and reads the tickets back through the services, by the uuid the import
gives them (the file's own for deskapp, uuid5 of "<format>:<id>" for the others).
"""

import csv
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.domain.errors import DeskappError, NotFoundError, ValidationError
from deskapp.domain.import_rows import IMPORT_NAMESPACE, import_uuid, unformula
from deskapp.domain.tickets import EntryKind, Level, Priority, ResolutionCode, Source, Status, TicketType
from deskapp.services.csv_import import CsvImportService, ImportRejected, preview
from deskapp.services.records import TicketDetail
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.storage.tables import Agent

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.fixture
def ws(workspace, clock):  # type: ignore[no-untyped-def]
    """A fresh database (office zone UTC) with one active agent, Sofia Marsh; the clock after the samples."""
    clock.now = NOW
    with workspace.database.write() as session:
        session.add(Agent(name="Sofia Marsh", email="sofia.marsh@harbourfinch.example", active=True))
    return workspace


@pytest.fixture
def importer(ws):  # type: ignore[no-untyped-def]
    service = CsvImportService(ws.database, ws.clock)

    def run(path: Path, **options):  # type: ignore[no-untyped-def]
        return service.import_file(path, ws.actor, **options)

    return run


def ticket(ws, fmt: str, source_id: str) -> TicketDetail:  # type: ignore[no-untyped-def]
    """The ticket imported from `fmt`'s ticket `source_id`."""
    return ticket_by_uuid(ws, import_uuid(fmt, source_id))


def ticket_by_uuid(ws, uuid: str) -> TicketDetail:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(ws.path)) as db:
        row = db.execute("SELECT type, number FROM tickets WHERE uuid = ?", (uuid,)).fetchone()
    assert row is not None, f"no ticket with uuid {uuid}"
    return ws.tickets.get(f"{TicketType(row[0]).prefix}-{row[1]}")


def count(ws, table: str = "tickets") -> int:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(ws.path)) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def agent_row(ws, name: str) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(ws.path)) as db:
        return db.execute("SELECT name, active FROM agents WHERE name = ?", (name,)).fetchone()


def history(detail: TicketDetail, field: str) -> list[str | None]:
    return [h.new_value for h in detail.history if h.field == field]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- osTicket ---------------------------------------------------------------------------------------


def test_osticket_queue_export_imports_with_statuses_priorities_people_and_server_times(ws, importer) -> None:  # type: ignore[no-untyped-def]
    report = importer(FIXTURES / "osticket.csv", timezone="Europe/Paris")
    assert (report.format, report.rows, report.new, report.already_present) == ("osTicket", 5, 5, 0)

    printer = ticket(ws, "osticket", "508237")
    assert printer.subject == "Printer on 2nd floor shows paper jam"
    assert printer.status is Status.CLOSED
    assert printer.priority is Priority.MEDIUM  # osTicket's Normal
    assert printer.created_at == utc(2026, 3, 2, 8, 15)  # 09:15 in Paris (CET) on the server
    assert printer.closed_at == printer.resolved_at == utc(2026, 3, 3, 15, 40, 12)
    assert printer.resolution_code is ResolutionCode.FIXED
    assert printer.requester.email == "anna.kowalski@harbourfinch.example"
    assert printer.requester.name == "Anna Kowalski"
    assert printer.assignee.name == "Sofia Marsh"  # the agent already here
    assert (printer.category, printer.subcategory) == ("Hardware", "Printer")  # help topic "Hardware / Printer"
    assert printer.source is Source.IMPORT
    assert history(printer, "imported") == ["osTicket 508237"]
    assert history(printer, "created") == [printer.ref]

    vpn = ticket(ws, "osticket", "508238")
    assert vpn.status is Status.OPEN and vpn.priority is Priority.HIGH
    assert vpn.subject == 'Cannot log in to VPN from home, "authentication failed"'
    assert vpn.assignee.name == "Ben Adeyemi"
    assert agent_row(ws, "Ben Adeyemi") == ("Ben Adeyemi", 0)  # created inactive
    assert vpn.category == "Other" and vpn.group is None
    assert vpn.sla_policy == "Standard" and vpn.response_due_at is not None  # its clock runs from creation

    assert ticket(ws, "osticket", "508239").priority is Priority.URGENT  # Emergency
    assert ticket(ws, "osticket", "508239").status is Status.RESOLVED
    laptop = ticket(ws, "osticket", "508240")
    assert (laptop.status, laptop.priority, laptop.assignee) == (Status.NEW, Priority.LOW, None)  # Open, nobody
    assert ticket(ws, "osticket", "508241").status is Status.CLOSED  # Archived

    # Numbers follow the order the tickets were created in the other tool.
    refs = [ticket(ws, "osticket", n).ref for n in ("508237", "508238", "508239", "508240", "508241")]
    assert refs == ["INC-1", "INC-2", "INC-3", "INC-4", "INC-5"]
    warnings = "\n".join(report.warnings)
    assert "category 'Report a Problem > Access Issue' is not in deskapp: filed under Other" in warnings
    assert "agent 'Ben Adeyemi' is not in deskapp: added as an inactive agent (1 ticket: line 3)" in warnings
    assert "support group 'Level I Support'" in warnings


def test_naive_times_are_in_the_office_zone_unless_told(ws, importer) -> None:  # type: ignore[no-untyped-def]
    importer(FIXTURES / "osticket.csv")  # the office zone of the test database is UTC
    assert ticket(ws, "osticket", "508237").created_at == utc(2026, 3, 2, 9, 15)


# --- GLPI -------------------------------------------------------------------------------------------


def test_glpi_search_export_with_bom_semicolons_and_labels(ws, importer) -> None:  # type: ignore[no-untyped-def]
    report = importer(FIXTURES / "glpi.csv", timezone="Europe/Paris")
    assert (report.format, report.new) == ("GLPI", 5)

    screen = ticket(ws, "glpi", "412")
    assert screen.status is Status.OPEN  # Processing (assigned)
    assert screen.priority is Priority.URGENT  # Very high
    assert (screen.impact, screen.urgency, screen.priority_reason) == (Level.HIGH, Level.HIGH, None)
    assert screen.assignee.name == "Sofia Marsh"  # GLPI wrote "Marsh Sofia"
    assert screen.requester.name == "Martin Alice" and screen.requester.email is None
    assert screen.group.name == "Service Desk"
    assert (screen.category, screen.subcategory) == ("Hardware", "Monitor")
    assert screen.created_at == utc(2026, 3, 2, 8, 15)
    assert screen.description == (
        "The screen on the reception PC flickers every few seconds.\nIt started after the cleaners moved the desk."
    )

    share = ticket(ws, "glpi", "413")
    assert share.type is TicketType.REQUEST and share.ref == "REQ-1"
    assert share.status is Status.RESOLVED and share.resolved_at == utc(2026, 3, 4, 14, 45)
    assert share.resolution_code is ResolutionCode.REQUEST_FULFILLED
    assert share.requester.name == "Durand Bob"  # the first of the two requesters
    assert (share.category, share.subcategory) == ("Accounts & access", "Permissions")

    phone = ticket(ws, "glpi", "414")
    assert phone.status is Status.CLOSED and phone.priority is Priority.URGENT  # Major
    assert (phone.category, phone.subcategory) == ("Phones", "Desk phone")  # "Telephony > Desk phone"
    assert phone.resolved_at == utc(2026, 3, 5, 17, 30) and phone.closed_at == utc(2026, 3, 6, 9, 0)
    assert agent_row(ws, "Nowak Kasia") == ("Nowak Kasia", 0)

    quote = ticket(ws, "glpi", "415")
    assert quote.status is Status.PENDING and quote.category == "Other"
    wifi = ticket(ws, "glpi", "416")
    assert wifi.status is Status.NEW and wifi.priority is Priority.HIGH
    assert wifi.priority_reason is None  # impact and urgency chosen so the matrix gives High
    warnings = "\n".join(report.warnings)
    assert "cells naming several requesters: the first one was kept (1 ticket: line 4)" in warnings
    assert "category 'Purchasing' is not in deskapp: filed under Other (1 ticket: line 7)" in warnings


def test_glpi_export_in_french_with_day_month_dates(ws, importer) -> None:  # type: ignore[no-untyped-def]
    report = importer(FIXTURES / "glpi_fr.csv", timezone="Europe/Paris")
    assert (report.format, report.new) == ("GLPI", 5)
    assert not any("date" in w for w in report.warnings)  # 13-03-2026 shows the order: day first

    printer = ticket(ws, "glpi", "1021")
    assert (printer.status, printer.priority) == (Status.OPEN, Priority.URGENT)  # En cours (Attribué), Très haute
    assert printer.subject == "L'imprimante du 2e étage est bloquée"
    assert printer.created_at == utc(2026, 3, 2, 8, 15)
    share = ticket(ws, "glpi", "1022")
    assert (share.type, share.status, share.priority) == (TicketType.REQUEST, Status.RESOLVED, Priority.MEDIUM)
    assert share.created_at == utc(2026, 3, 13, 7, 30) and share.resolved_at == utc(2026, 3, 14, 14, 45)
    phone = ticket(ws, "glpi", "1023")
    assert (phone.status, phone.priority) == (Status.CLOSED, Priority.URGENT)  # Clos, Majeure
    assert ticket(ws, "glpi", "1024").status is Status.PENDING  # En attente
    assert ticket(ws, "glpi", "1024").priority is Priority.LOW  # Basse
    assert ticket(ws, "glpi", "1025").status is Status.NEW  # Nouveau
    assert "category 'Matériel > Imprimante' is not in deskapp: filed under Other" in "\n".join(report.warnings)


def test_ambiguous_day_month_dates_are_read_day_first_with_a_warning_or_as_told(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = "ID;Titre;Statut;Date d'ouverture;Demandeur - Demandeur\n7;Souris;Nouveau;02-03-2026 09:15;Martin Alice\n"
    path = write(tmp_path / "glpi.csv", "\ufeff" + rows)
    report = importer(path, dry_run=True)
    assert any("read as day-month-year" in w for w in report.warnings)
    importer(path, date_order="mdy")
    assert ticket(ws, "glpi", "7").created_at == utc(2026, 2, 3, 9, 15)


# --- Freshservice -----------------------------------------------------------------------------------


def test_freshservice_export_keeps_offsets_tags_and_requesters_by_email(ws, importer) -> None:  # type: ignore[no-untyped-def]
    report = importer(FIXTURES / "freshservice.csv", timezone="America/New_York")  # every time has its offset
    assert (report.format, report.new, report.requesters_created, report.agents_created) == ("Freshservice", 4, 3, 1)

    vpn = ticket(ws, "freshservice", "101")
    assert vpn.ref == "INC-1" and vpn.status is Status.OPEN
    assert vpn.created_at == utc(2026, 3, 2, 8, 15)  # 09:15 +0100
    assert vpn.first_response_at == utc(2026, 3, 2, 8, 45)
    assert vpn.response_met is True  # answered in 30 minutes: judged on deskapp's policy
    assert (vpn.impact, vpn.urgency, vpn.priority) == (Level.MEDIUM, Level.HIGH, Priority.HIGH)
    assert vpn.tags == ("remote-work", "vpn")
    assert (vpn.category, vpn.subcategory, vpn.group.name) == ("Network", "VPN", "Service Desk")
    assert vpn.requester.email == "dan.lewis@harbourfinch.example"
    assert vpn.description.startswith("Since Monday the VPN drops every ten minutes.\nI'm working")

    visio = ticket(ws, "freshservice", "102")
    assert (visio.ref, visio.type, visio.status) == ("REQ-1", TicketType.REQUEST, Status.CLOSED)
    assert visio.created_at == utc(2026, 3, 2, 9, 0)  # "Mon, 2 Mar 2026 10:00:00 +0100"
    assert (visio.resolved_at, visio.closed_at) == (utc(2026, 3, 3, 13, 0), utc(2026, 3, 4, 8, 0))
    assert visio.assignee.name == "Kasia Nowak" and agent_row(ws, "Kasia Nowak")[1] == 0
    assert visio.response_met is None and visio.resolution_due_at is None  # closed elsewhere: no verdict here

    screen = ticket(ws, "freshservice", "103")
    assert screen.status is Status.PENDING  # the custom status "Awaiting Vendor"
    assert screen.sla_paused_at is not None  # its clock is paused, as for any pending ticket
    assert screen.requester.id == vpn.requester.id  # DAN.LEWIS@... is the same person

    toner = ticket(ws, "freshservice", "104")
    assert toner.status is Status.RESOLVED and toner.resolved_at == utc(2026, 3, 4, 8, 10)
    assert (toner.priority, toner.impact, toner.urgency, toner.priority_reason) == (
        Priority.URGENT,
        Level.HIGH,
        Level.HIGH,
        None,
    )
    assert (toner.category, toner.subcategory) == ("Printing", "Toner & paper")
    assert "support group 'Hardware Team' is not in deskapp" in "\n".join(report.warnings)


# --- deskapp ----------------------------------------------------------------------------------------


def test_deskapp_export_keeps_numbers_uuids_sla_links_and_conversation(ws, importer) -> None:  # type: ignore[no-untyped-def]
    report = importer(FIXTURES / "deskapp.csv")
    assert (report.format, report.new, report.warnings) == ("deskapp", 3, [])

    printer = ws.tickets.get("INC-7")
    assert printer.uuid == "0b6f3a1e9c2d4e5f8a7b6c5d4e3f2a10"
    assert printer.source is Source.PHONE and printer.tags == ("floor-2", "printer")
    assert (printer.response_due_at, printer.resolution_due_at) == (utc(2026, 3, 3, 9, 15), utc(2026, 3, 5, 9, 15))
    assert (printer.response_met, printer.resolution_met) == (True, True)
    assert printer.requester.department == "Finance"
    assert [(e.kind, e.author, e.body) for e in printer.entries] == [
        (EntryKind.REPLY, "Sofia Marsh", "Could you send a photo of the error?\n\nThanks"),
        (EntryKind.EVENT, "Sofia Marsh", "Status changed from Open to Resolved"),
    ]
    assert printer.entries[0].created_at == utc(2026, 3, 2, 9, 40)

    vip = ws.tickets.get("INC-9")
    assert vip.subject == '=HYPERLINK("http://x")'  # the apostrophe the export added is gone
    assert vip.description == "-5 degrees in the server room"
    assert (vip.priority, vip.priority_reason, vip.major) == (Priority.URGENT, "CEO's laptop", True)
    assert (vip.status, vip.reopen_count, vip.problem, vip.source) == (Status.PENDING, 1, "PRB-2", Source.WALK_IN)
    assert vip.requester.name == "Grace Hall" and vip.requester.email is None
    assert vip.resolution_due_at == utc(2026, 3, 5, 12, 0)  # as the file has it, though it is pending

    problem = ws.tickets.get("PRB-2")
    assert problem.incidents == ("INC-9",)
    assert problem.resolution_due_at == utc(2026, 3, 5, 11, 0)
    # the counters move past the kept numbers
    new = ws.tickets.create(NewTicket("Mouse"), ws.actor)
    assert new.ref == "INC-10"
    with closing(sqlite3.connect(ws.path)) as db:  # the conversation is searchable
        hits = db.execute("SELECT rowid FROM ticket_search WHERE ticket_search MATCH 'photo'").fetchall()
    assert hits == [(printer.id,)]


def test_deskapp_numbers_already_used_are_given_new_ones(ws, importer) -> None:  # type: ignore[no-untyped-def]
    for subject in ("One", "Two", "Three", "Four", "Five", "Six", "Seven"):
        ws.tickets.create(NewTicket(subject), ws.actor)
    report = importer(FIXTURES / "deskapp.csv")
    assert report.new == 3
    assert ticket_by_uuid(ws, "0b6f3a1e9c2d4e5f8a7b6c5d4e3f2a10").ref == "INC-10"  # after the kept INC-9
    assert ticket_by_uuid(ws, "2d8f5c3a1e4f6a7b0c9d8e7f6a5b4c32").ref == "INC-9"  # free: kept
    assert "INC-7 is already used in this database: imported as INC-10 (1 ticket: line 2)" in report.warnings


def test_the_formula_rule_is_the_exporters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cases = ["'=1+1", "'+", "'-5", "'@x", "'\tx", "' =x", "'\"=x", "'＝x", "'hello", "''=x", "'", "=x", "don't"]
    expected = {"'=1+1": "=1+1", "'-5": "-5", "' =x": " =x", "'＝x": "＝x", "'hello": "'hello", "=x": "=x"}
    for cell, value in expected.items():
        assert unformula(cell) == value
    export = pytest.importorskip("deskapp.services.csv_export")
    for cell in cases:
        assert unformula(cell) == export.restore_cell(cell), cell


# --- recognising files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "created"),
    [
        ("osticket.csv", "osticket", "Date Created"),
        ("glpi.csv", "glpi", "Opening date"),
        ("glpi_fr.csv", "glpi", "Date d'ouverture"),
        ("freshservice.csv", "freshservice", "Created Date"),
        ("deskapp.csv", "deskapp", "created_at"),
    ],
)
def test_preview_recognises_each_export_by_its_header(name: str, fmt: str, created: str) -> None:
    shown = preview(FIXTURES / name, n=2)
    assert shown.format == fmt
    assert shown.mapping["created_at"] == created
    assert shown.mapping["subject"] in ("Subject", "Title", "Titre", "subject")
    assert len(shown.rows) == 2 and shown.total_rows >= 3
    assert shown.columns[0] in ("Ticket Number", "ID", "Ticket ID", "number")


def test_preview_of_an_unknown_header_has_no_format_for_the_mapping_dialog(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shown = preview(write(tmp_path / "x.csv", "Name;Amount\nTea;3\n"))
    assert (shown.format, shown.mapping, shown.columns, shown.rows, shown.delimiter) == (
        None,
        {},
        ["Name", "Amount"],
        [["Tea", "3"]],
        ";",
    )


def test_a_format_given_explicitly_must_match_the_file(ws, importer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="not a GLPI ticket export: no column 'ID' or 'Title'"):
        importer(FIXTURES / "osticket.csv", format="glpi")
    report = importer(FIXTURES / "glpi.csv", format="glpi")  # the same as auto
    assert report.new == 5 and importer(FIXTURES / "glpi.csv").already_present == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\r\n\r\n", "the file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00rest of a workbook", "not a CSV file: it is a ZIP archive or an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel 97-2003 workbook"),
        (b"%PDF-1.7\n", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV file (it holds binary data)"),
        (b"Name,Amount\nTea,3\n", "the columns (Name, Amount) are not those of an osTicket, GLPI, Freshservice"),
        (b"just one line of text", "are not those of an osTicket"),
    ],
)
def test_files_that_are_not_ticket_exports_get_one_clear_message(ws, importer, tmp_path, content, message) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tickets.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as error:
        importer(path)
    assert message in str(error.value) and "\n" not in str(error.value)
    assert str(error.value).startswith("tickets.csv: ")
    assert count(ws) == 0


def test_a_missing_file_is_named(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match="no such file"):
        importer(tmp_path / "nope.csv")


def test_windows_1252_and_utf16_files_are_read(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "glpi_fr.csv").read_text(encoding="utf-8-sig")
    report = importer(write(tmp_path / "cp.csv", text, "cp1252"), timezone="Europe/Paris")
    assert report.new == 5 and any("Windows-1252" in w for w in report.warnings)
    assert ticket(ws, "glpi", "1021").subject == "L'imprimante du 2e étage est bloquée"
    tabbed = "\t".join(["ID", "Titre", "Date d'ouverture"]) + "\r\n" + "\t".join(["9", "Écran", "2026-03-02 09:15"])
    assert importer(write(tmp_path / "u16.csv", tabbed, "utf-16")).new == 1


def test_a_header_without_rows_imports_nothing(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = (FIXTURES / "osticket.csv").read_text().splitlines()[0]
    report = importer(write(tmp_path / "empty-queue.csv", header + "\n"))
    assert (report.rows, report.new, report.already_present) == (0, 0, 0)


def test_unknown_statuses_are_read_by_their_words_or_kept_open(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "os.csv",
        "Ticket Number,Date Created,Subject,Current Status,Agent Assigned\n"
        "1,2026-03-02 09:00:00,A,Waiting on customer,\n"
        "2,2026-03-02 09:00:00,B,Closed - duplicate,\n"
        "3,2026-03-02 09:00:00,C,Escalated to vendor,Sofia Marsh\n",
    )
    report = importer(path)
    statuses = [ticket(ws, "osticket", n).status for n in ("1", "2", "3")]
    assert statuses == [Status.PENDING, Status.CLOSED, Status.OPEN]
    assert report.warnings == [
        "resolved or closed tickets without a resolution time: their closing time, else their last update, is "
        "taken as the time they were resolved (1 ticket: line 3)",
        "status 'Escalated to vendor' is not known: imported as open (1 ticket: line 4)",
    ]


def test_the_import_dialog_can_map_a_column_by_hand(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "os.csv",
        "Ticket Number,Date Created,Subject,Summary,Current Status\n1,2026-03-02 09:00:00,A,What happened,Open\n",
    )
    importer(path, mapping={"description": "Summary"})
    assert ticket(ws, "osticket", "1").description == "What happened"
    with pytest.raises(ValidationError, match="mapping: the file has no column 'Details'"):
        importer(path, mapping={"description": "Details"})


def test_a_problem_not_in_the_file_is_not_linked_by_number(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws.tickets.create(NewTicket("Another problem", type="problem"), ws.actor)
    ws.tickets.create(NewTicket("And one more", type="problem"), ws.actor)  # PRB-2 here is not the file's
    lines = (FIXTURES / "deskapp.csv").read_bytes().decode("utf-8").split("\r\n")
    without_problem = [line for line in lines if not line.startswith("PRB-2,")]
    report = importer(write(tmp_path / "part.csv", "\r\n".join(without_problem)))
    assert report.new == 2
    assert ws.tickets.get("INC-9").problem is None
    assert "problem PRB-2 is not a problem in this file: not linked (1 ticket: line 10)" in report.warnings


# --- bad rows, skipping, idempotency, dry run ---------------------------------------------------------

FRESH_HEADER = "Ticket ID,Subject,Status,Priority,Requester Email,Created Date,Resolved Time\n"


def fresh_file(tmp_path: Path) -> Path:
    """Five tickets; the one on line 4 (after a two-line subject cell) has a bad date, line 7 no subject."""
    return write(
        tmp_path / "fresh.csv",
        FRESH_HEADER
        + "1,Mouse broken,Open,Low,a@example.com,2026-03-02 09:00:00 +0000,\n"
        + '2,"Keyboard\nmissing keys",Resolved,Low,b@example.com,2026-03-02 10:00:00 +0000,2026-03-02 11:00:00 +0000\n'
        + "3,Monitor,Open,High,c@example.com,31-02-2026 10:00,\n"
        + "4,Printer,Pending,Medium,a@example.com,2026-03-03 08:00:00 +0000,\n"
        + "5,,Open,Low,a@example.com,2026-03-03 09:00:00 +0000,\n"
        + "6,Dock,Closed,Low,d@example.com,2026-03-04 09:00:00 +0000,2026-03-03 09:00:00 +0000\n",
    )


def test_a_bad_row_imports_nothing_and_names_its_line(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as rejected:
        importer(fresh_file(tmp_path))
    assert count(ws) == 0 and count(ws, "requesters") == 0
    problems = [(p.line, p.reason) for p in rejected.value.report.skipped]
    assert problems == [
        (5, "Created Date: '31-02-2026 10:00' is not a date and time"),
        (7, "Subject: empty; every ticket needs a subject"),
        (8, "resolved 2026-03-03 09:00Z is before the ticket was created (2026-03-04 09:00Z)"),
    ]
    message = str(rejected.value)
    assert message.startswith(
        "fresh.csv: 3 bad rows (lines 5, 7, 8; first, line 5: Created Date: '31-02-2026 10:00' is not a date"
    )
    assert "nothing was imported" in message and "--skip-bad-rows" in message


def test_one_bad_row_is_named_in_the_message(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "f.csv", FRESH_HEADER + "1,Mouse,Open,Low,a@example.com,yesterday,\n")
    with pytest.raises(ImportRejected) as rejected:
        importer(path)
    assert str(rejected.value) == (
        "f.csv: line 2: Created Date: 'yesterday' is not a date and time; nothing was imported. Correct the file, "
        "or give --skip-bad-rows to import the other rows"
    )


def test_skip_bad_rows_imports_the_rest_and_lists_the_skipped_lines(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = importer(fresh_file(tmp_path), skip_bad_rows=True)
    assert (report.new, [p.line for p in report.skipped]) == (3, [5, 7, 8])
    assert count(ws) == 3
    assert ticket(ws, "freshservice", "2").subject == "Keyboard missing keys"
    assert ticket(ws, "freshservice", "4").status is Status.PENDING


def test_a_row_with_cells_beyond_the_header_and_a_repeated_id_are_bad_rows(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "f.csv",
        FRESH_HEADER
        + "1,Mouse,Open,Low,a@example.com,2026-03-02 09:00:00 +0000,,surprise\n"
        + "2,Pen,Open,Low,a@example.com,2026-03-02 09:00:00 +0000,\n"
        + "2,Pen again,Open,Low,a@example.com,2026-03-02 09:00:00 +0000,\n",
    )
    report = importer(path, skip_bad_rows=True)
    assert [(p.line, p.reason) for p in report.skipped] == [
        (2, "has 8 cells, the header has 7"),
        (4, "ticket 2 is in the file twice (first on line 3)"),
    ]
    assert report.new == 1


def test_importing_the_same_file_again_adds_nothing(ws, importer) -> None:  # type: ignore[no-untyped-def]
    for name in ("osticket.csv", "glpi.csv", "freshservice.csv", "deskapp.csv"):
        first = importer(FIXTURES / name, timezone="Europe/Paris")
        before = (count(ws), count(ws, "requesters"), count(ws, "agents"), count(ws, "audit"))
        again = importer(FIXTURES / name, timezone="Europe/Paris")
        assert (again.new, again.already_present) == (0, first.new)
        assert again.summary() == f"0 new, {first.new} already present"
        assert again.warnings == []  # nothing was done with those rows, so nothing to warn about
        assert (count(ws), count(ws, "requesters"), count(ws, "agents"), count(ws, "audit")) == before


def test_a_longer_export_later_adds_only_the_new_tickets(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = (FIXTURES / "osticket.csv").read_text().splitlines()
    importer(write(tmp_path / "march.csv", "\n".join(lines[:3]) + "\n"))
    report = importer(FIXTURES / "osticket.csv")
    assert (report.new, report.already_present) == (3, 2)
    assert count(ws) == 5


def test_a_dry_run_reports_and_writes_nothing(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = dump(ws.path)
    report = importer(FIXTURES / "freshservice.csv", dry_run=True)
    assert (report.dry_run, report.imported, report.new, report.requesters_created) == (True, False, 4, 3)
    assert report.summary() == "4 new, 0 already present; would add 3 requesters and 1 inactive agent"
    assert dump(ws.path) == before
    bad = importer(fresh_file(tmp_path), dry_run=True, skip_bad_rows=True)
    assert [p.line for p in bad.skipped] == [5, 7, 8] and dump(ws.path) == before


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as db:
        return list(db.iterdump())


def test_timezone_and_date_order_are_checked(ws, importer) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="--timezone: 'Mars/Olympus' is not a time zone"):
        importer(FIXTURES / "osticket.csv", timezone="Mars/Olympus")
    assert count(ws) == 0


# --- the command ------------------------------------------------------------------------------------


@pytest.fixture
def cli(ws, capsys):  # type: ignore[no-untyped-def]
    path = ws.path

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_cli_import_prints_the_report(ws, cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("import", str(FIXTURES / "glpi.csv"), "--timezone", "Europe/Paris")
    assert code == 0 and err == ""
    assert out.startswith("glpi.csv: GLPI export, 5 ticket rows\nImported in ")
    assert ": 5 new, 0 already present; added 2 requesters and 1 inactive agent\n" in out
    assert "Warnings:\n  cells naming several requesters" in out
    code, out, _ = cli("import", str(FIXTURES / "glpi.csv"), "--json")
    assert code == 0 and '"new": 0' in out and '"already_present": 5' in out


def test_cli_refuses_a_file_with_bad_rows_listing_them_and_one_error_line(ws, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("import", str(fresh_file(tmp_path)))
    assert code == 2
    assert "Bad rows:\n  line 5: Created Date: '31-02-2026 10:00' is not a date and time\n" in out
    assert "  line 7: Subject: empty" in out
    assert err.count("\n") == 1 and err.startswith("deskapp: fresh.csv: 3 bad rows (lines 5, 7, 8;")
    assert count(ws) == 0
    code, out, err = cli("import", str(fresh_file(tmp_path)), "--skip-bad-rows", "--dry-run")
    assert code == 0 and out.splitlines()[1].startswith("Dry run, nothing was written: 3 new, 0 already present")
    assert "Skipped rows:\n  line 5:" in out and count(ws) == 0


def test_cli_gives_one_line_for_a_file_that_is_not_an_export(ws, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("import", str(write(tmp_path / "notes.csv", "Name,Amount\nTea,3\n")))
    assert (code, out) == (2, "")
    assert err.startswith("deskapp: notes.csv: the columns (Name, Amount) are not those of") and err.count("\n") == 1
    code, _, err = cli("import", str(tmp_path / "missing.csv"))
    assert code == 3 and err.count("\n") == 1


# --- round trip and speed -----------------------------------------------------------------------------


def test_export_import_export_gives_the_same_file(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    export = pytest.importorskip("deskapp.services.csv_export")
    from deskapp.services import office
    from deskapp.services.demo import generate_demo
    from deskapp.services.workspace import open_workspace

    clock.now = NOW
    source = open_workspace(tmp_path / "source.sqlite3", clock=clock)
    target = open_workspace(tmp_path / "target.sqlite3", clock=clock)
    try:
        for ws in (source, target):
            with ws.database.write() as session:
                office.write(session, "office_timezone", "UTC")
        generate_demo(source.database, tickets=300, seed=7, clock=clock)
        source.sla.save_config(source.sla.config())
        odd = source.tickets.create(
            NewTicket('=SUM(A1)  "quoted",  two  spaces', description="-starts with a minus\r\nand a CRLF"),
            source.actor,
        )
        source.tickets.update(odd.ref, TicketChanges(status="pending", add_tags=["x+y"]), source.actor)
        service = export.ExportService(source.database, clock)
        first = tmp_path / "first.csv"
        service.export_tickets(first, with_thread=True)
        report = CsvImportService(target.database, clock).import_file(first, target.actor)
        assert (report.new, report.skipped) == (301, [])
        second = tmp_path / "second.csv"
        export.ExportService(target.database, clock).export_tickets(second, with_thread=True)
        assert second.read_bytes() == first.read_bytes()
    finally:
        source.close()
        target.close()


def freshservice_rows(n: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """n Freshservice export rows: 80 % closed, 10 % resolved, 10 % still open or pending."""
    import random

    rng = random.Random(seed)
    zone = timezone(timedelta(hours=1))
    start = datetime(2024, 1, 1, tzinfo=zone)
    categories = [("Hardware", "Laptop"), ("Network", "VPN"), ("Software", "Installation"), ("Facilities", "Keys")]
    agents = ["Sofia Marsh", "Ben Adeyemi", "Kasia Nowak", ""]

    def when(moment: datetime | None) -> str:
        return moment.strftime("%Y-%m-%d %H:%M:%S %z") if moment else ""

    for i in range(n):
        created = start + timedelta(minutes=7 * i)
        status = rng.choices(["Closed", "Resolved", "Open", "Pending"], [80, 10, 7, 3])[0]
        resolved = created + timedelta(hours=rng.randint(1, 80)) if status in ("Closed", "Resolved") else None
        closed = resolved + timedelta(days=2) if resolved and status == "Closed" else None
        category = rng.choice(categories)
        person = rng.randint(1, 3000)
        yield [
            f"{'SR' if i % 4 == 0 else 'INC'}-{i + 1}", f"Ticket {i + 1}: something is broken",
            "Long description line one.\nLine two with more details about the issue.", status,
            rng.choice(["Low", "Medium", "High", "Urgent"]), rng.choice(["Low", "Medium", "High", ""]),
            rng.choice(["Low", "Medium", "High", ""]), "Email", "Service Request" if i % 4 == 0 else "Incident",
            rng.choice(agents), rng.choice(["Service Desk", "Technical Support", ""]), f"User {person}",
            f"user{person}@example.com", "Sales", when(created), "", when(resolved), when(closed),
            when(closed or resolved or created), "", category[0], category[1], "", "tag-a, tag-b",
        ]  # fmt: skip


def write_freshservice(path: Path, n: int) -> Path:
    header = (FIXTURES / "freshservice.csv").read_text().splitlines()[0].split(",")
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(freshservice_rows(n))
    return path


def test_a_generated_file_imports_with_every_row_checked(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = importer(write_freshservice(tmp_path / "fs.csv", 2000))
    assert (report.new, report.skipped) == (2000, [])
    assert any("agent 'Ben Adeyemi'" in w and "tickets: lines" in w for w in report.warnings)
    assert count(ws, "audit") == 2 * 2000 and count(ws, "ticket_tags") == 2 * 2000
    with closing(sqlite3.connect(ws.path)) as db:
        open_without_clock = db.execute(
            "SELECT count(*) FROM tickets WHERE status IN ('new', 'open') AND sla_next_event_at IS NULL"
        ).fetchone()[0]
        counter = db.execute("SELECT last_number FROM ticket_counters WHERE type = 'incident'").fetchone()[0]
    assert open_without_clock == 0 and counter == 1500


@pytest.mark.slow
def test_a_100k_row_freshservice_export_imports_in_well_under_a_minute(ws, importer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = write_freshservice(tmp_path / "fs100k.csv", 100_000)
    started = time.perf_counter()
    report = importer(path)
    seconds = time.perf_counter() - started
    print(f"\n100,000 Freshservice rows imported in {seconds:.1f} s ({report.summary()})")
    assert report.new == 100_000 and count(ws) == 100_000
    # The limit leaves room for a busy machine; on an idle two-core one it takes about half a minute.
    assert seconds < 90


def test_import_uuid_is_uuid5_of_format_and_id() -> None:
    from uuid import uuid5

    assert import_uuid("glpi", "412") == uuid5(IMPORT_NAMESPACE, "glpi:412").hex


def test_errors_are_deskapp_errors() -> None:
    assert issubclass(ImportRejected, DeskappError)

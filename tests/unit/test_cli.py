"""The `deskapp` command as a person or a monitoring script uses it: what it prints, what it refuses.

Most calls run `deskapp.cli.main` in-process (fast); a few run the real program in a subprocess.
Every refusal is checked the same way: a non-zero exit code, ONE line on standard error starting
with "deskapp: " and naming what is wrong, no traceback, and the database left exactly as it was.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from deskapp import __version__
from deskapp.cli import main, output
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.services.workspace import open_workspace
from deskapp.storage import engine as engine_module

# --- helpers ---------------------------------------------------------------------------------------


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self):  # type: ignore[no-untyped-def]
        return json.loads(self.out)


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created, empty deskapp database; copied for each test (creating one takes ~0.3 s)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_workspace(path).close()
    return path


@pytest.fixture
def db(template_db: Path, db_path: Path) -> Path:
    shutil.copyfile(template_db, db_path)
    return db_path


class _CurrentStdout:
    """Writes to whatever sys.stdout is now (capsys's stream during a test)."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run `deskapp --db DB ARGS...` in-process; returns exit code, stdout and stderr."""
    # cli/output.py binds `out=sys.stdout` as a default argument when it is imported, so its printers
    # would write to the stream of that moment, not to capsys's; point the defaults at the live one.
    for printer in (output.print_json, output.print_table, output.print_detail):
        monkeypatch.setattr(printer, "__defaults__", (_CurrentStdout(),))

    def run(*args: str, db_file: Path | None = None) -> Result:
        capsys.readouterr()
        target = db if db_file is None else db_file
        try:
            code = main(["--db", str(target), *args])
        except SystemExit as exit_:  # argparse
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def ok(result: Result) -> Result:
    assert result.code == 0, f"exit {result.code}: {result.err}"
    assert "Traceback" not in result.err
    return result


def show(cli, ref: str) -> dict:  # type: ignore[no-untyped-def]
    return ok(cli("ticket", "show", ref, "--json")).json


def new(cli, *args: str) -> str:  # type: ignore[no-untyped-def]
    return ok(cli("ticket", "new", *args)).out.strip()


def dump(path: Path) -> list[str]:
    """Everything in the database, as SQL text: equal dumps mean nothing changed."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(result: Result, code: int, *names: str) -> str:
    """Non-zero exit, one line 'deskapp: ...' naming each of names, no traceback. Returns the line."""
    assert result.code == code, f"exit {result.code} (wanted {code}); stderr: {result.err!r}"
    assert "Traceback" not in result.err + result.out
    lines = result.err.splitlines()
    assert len(lines) == 1, f"stderr should be one line, got {len(lines)}: {result.err!r}"
    assert lines[0].startswith("deskapp: "), lines[0]
    for name in names:
        assert name.lower() in lines[0].lower(), f"{name!r} not named in {lines[0]!r}"
    return lines[0]


def entry_bodies(detail: dict, kind: str | None = None) -> list[str]:
    return [e["body"] for e in detail["entries"] if kind is None or e["kind"] == kind]


def history(detail: dict, field: str) -> list[tuple[str | None, str | None]]:
    return [(h["old_value"], h["new_value"]) for h in detail["history"] if h["field"] == field]


# --- logging tickets -------------------------------------------------------------------------------


def test_new_prints_the_number_of_each_type(cli) -> None:  # type: ignore[no-untyped-def]
    assert new(cli, "--subject", "Printer jams on floor 2") == "INC-1"
    assert new(cli, "--subject", "Outlook crashes") == "INC-2"
    assert new(cli, "--subject", "New laptop for Anna", "--type", "request") == "REQ-1"
    assert new(cli, "--subject", "Printers keep jamming", "--type", "problem") == "PRB-1"
    assert new(cli, "--subject", "Monitor flickers") == "INC-3"


def test_new_json_has_the_fields(cli) -> None:  # type: ignore[no-untyped-def]
    result = ok(
        cli(
            "ticket", "new", "--subject", "  VPN drops every hour  ", "--description", "Since Monday",
            "--requester", "Anna@Example.com", "--requester-name", "Anna Berg", "--department", "Sales",
            "--impact", "high", "--urgency", "high", "--category", "network/vpn", "--source", "email",
            "--tag", "VPN", "--tag", "remote", "--json",
        )
    )  # fmt: skip
    data = result.json
    assert data["ref"] == "INC-1"
    assert data["type"] == "incident"
    assert data["subject"] == "VPN drops every hour"
    assert data["description"] == "Since Monday"
    assert data["status"] == "new"
    assert data["priority"] == "urgent"  # high x high
    assert data["priority_reason"] is None
    assert (data["category"], data["subcategory"]) == ("Network", "VPN")
    assert data["requester"]["email"] == "anna@example.com"
    assert data["requester"]["name"] == "Anna Berg"
    assert data["requester"]["department"] == "Sales"
    assert data["source"] == "email"
    assert data["tags"] == ["remote", "vpn"]
    assert data["repeated_alert"] is False
    assert [h["field"] for h in data["history"]] == ["created"]


def test_new_with_an_assignee_starts_open(cli) -> None:  # type: ignore[no-untyped-def]
    data = ok(cli("ticket", "new", "--subject", "Mouse broken", "--assignee", "me", "--json")).json
    assert data["status"] == "open"
    assert data["assignee"] is not None


def test_new_priority_override_needs_and_records_a_reason(cli, db) -> None:  # type: ignore[no-untyped-def]
    before = dump(db)
    assert_refused(cli("ticket", "new", "--subject", "CEO laptop dead", "--priority", "urgent"), 2, "priority")
    assert dump(db) == before
    data = ok(
        cli("ticket", "new", "--subject", "CEO laptop dead", "--priority", "urgent", "--reason", "CEO", "--json")
    ).json
    assert data["priority"] == "urgent"
    assert data["priority_reason"] == "CEO"
    assert history(data, "priority") == [("medium", "urgent")]


def test_description_dash_reads_standard_input_in_process(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("Paper tray 2 jams.\nError code E-42.\n"))
    ref = new(cli, "--subject", "Printer jams", "--description", "-")
    assert show(cli, ref)["description"] == "Paper tray 2 jams.\nError code E-42."


# --- monitoring alerts -----------------------------------------------------------------------------


def test_repeated_alert_adds_a_note_to_the_open_ticket(cli) -> None:  # type: ignore[no-untyped-def]
    first = ok(cli("ticket", "new", "--subject", "Disk 92% full on NAS", "--alert-key", "nas-disk"))
    assert first.out.strip() == "INC-1"
    again = ok(cli("ticket", "new", "--subject", "Disk 95% full on NAS", "--alert-key", "nas-disk"))
    assert again.out.strip() == "INC-1"
    assert "INC-1" in again.err  # says it was a repeat
    as_json = ok(cli("ticket", "new", "--subject", "Disk 97% full on NAS", "--alert-key", "nas-disk", "--json"))
    assert as_json.json["ref"] == "INC-1"
    assert as_json.json["repeated_alert"] is True

    detail = show(cli, "INC-1")
    assert detail["source"] == "monitoring"
    assert detail["alert_key"] == "nas-disk"
    notes = entry_bodies(detail, "note")
    assert any("Disk 95% full on NAS" in body for body in notes)
    assert any("Disk 97% full on NAS" in body for body in notes)
    assert len(ok(cli("ticket", "list", "--json")).json) == 1  # no duplicate ticket


def test_alert_after_the_ticket_is_resolved_opens_a_new_ticket(cli) -> None:  # type: ignore[no-untyped-def]
    assert new(cli, "--subject", "Backup job failed", "--alert-key", "backup") == "INC-1"
    ok(cli("ticket", "update", "INC-1", "--status", "resolved", "--resolution", "Re-ran the job"))
    assert new(cli, "--subject", "Backup job failed", "--alert-key", "backup") == "INC-2"
    assert new(cli, "--subject", "Backup job failed", "--alert-key", "backup") == "INC-2"
    assert new(cli, "--subject", "Other alert", "--alert-key", "ups-battery") == "INC-3"
    assert entry_bodies(show(cli, "INC-1"), "note") == []


def test_a_repeated_alert_with_bad_input_is_still_refused(cli, db) -> None:  # type: ignore[no-untyped-def]
    """A typo in a monitoring script is refused whether or not the alert's ticket is still open."""
    new(cli, "--subject", "Disk 92% full on NAS", "--alert-key", "nas-disk")
    before = dump(db)
    for option, value in (("--impact", "huge"), ("--type", "bug"), ("--requester", "ops at example")):
        result = cli("ticket", "new", "--subject", "Disk 95% full on NAS", "--alert-key", "nas-disk", option, value)
        assert_refused(result, 2, option.strip("-"))
        assert dump(db) == before, option


# --- listing ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def queue_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """INC-1 printer (assigned to me, open), INC-2 VPN (new, with a note), REQ-1 laptop (new),
    INC-3 (resolved). Built once; the listing tests only read it."""
    path = tmp_path_factory.mktemp("queue") / "queue.sqlite3"
    shutil.copyfile(template_db, path)
    ws = open_workspace(path)
    try:
        me = ws.actor
        ws.tickets.create(NewTicket(subject="Printer jams on floor 2", assignee="me"), me)
        ws.tickets.create(NewTicket(subject="VPN drops every hour", description="Only on the hotel wifi"), me)
        ws.tickets.create(NewTicket(subject="New laptop for Anna", type="request"), me)
        ws.tickets.create(NewTicket(subject="Screen flickers"), me)
        ws.tickets.update("INC-3", TicketChanges(status="resolved", resolution_notes="New cable"), me)
        ws.tickets.update("INC-2", TicketChanges(note="Checked the firewall logs"), me)
    finally:
        ws.close()
    return path


@pytest.fixture
def queue(cli, queue_db: Path):  # type: ignore[no-untyped-def]
    return lambda *args: cli(*args, db_file=queue_db)


def refs(result: Result) -> list[str]:
    return [row["ref"] for row in ok(result).json]


def test_list_newest_first_as_a_table(queue) -> None:  # type: ignore[no-untyped-def]
    result = ok(queue("ticket", "list"))
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["Number", "Status", "Priority"]
    assert [line.split()[0] for line in lines[1:]] == ["INC-3", "REQ-1", "INC-2", "INC-1"]
    assert "Printer jams on floor 2" in result.out


def test_list_json_has_the_fields(queue) -> None:  # type: ignore[no-untyped-def]
    rows = ok(queue("ticket", "list", "--json")).json
    assert [r["ref"] for r in rows] == ["INC-3", "REQ-1", "INC-2", "INC-1"]
    printer = rows[-1]
    assert printer["subject"] == "Printer jams on floor 2"
    assert printer["status"] == "open"
    assert printer["priority"] == "medium"
    assert printer["type"] == "incident"
    assert printer["assignee"]
    assert "updated_at" in printer and "created_at" in printer


LIST_FILTERS = [
    (["--status", "new"], ["REQ-1", "INC-2"]),
    (["--status", "open"], ["INC-1"]),
    (["--status", "new,open"], ["REQ-1", "INC-2", "INC-1"]),
    (["--status", "new", "--status", "resolved"], ["INC-3", "REQ-1", "INC-2"]),
    (["--type", "request"], ["REQ-1"]),
    (["--type", "incident", "--status", "new"], ["INC-2"]),
    (["--assignee", "me"], ["INC-1"]),
    (["--assignee", "none"], ["INC-3", "REQ-1", "INC-2"]),
    (["--search", "printer"], ["INC-1"]),
    (["--search", "print"], ["INC-1"]),
    (["--search", "hotel"], ["INC-2"]),  # description
    (["--search", "firewall"], ["INC-2"]),  # internal note
    (["--search", "nothing-like-this"], []),
    (["--limit", "2"], ["INC-3", "REQ-1"]),
    (["--sort", "id", "--ascending", "--limit", "1"], ["INC-1"]),
]


def test_list_filters(queue) -> None:  # type: ignore[no-untyped-def]
    listed = {" ".join(args): refs(queue("ticket", "list", *args, "--json")) for args, _ in LIST_FILTERS}
    assert listed == {" ".join(args): expected for args, expected in LIST_FILTERS}


def test_list_with_no_match_says_so(queue) -> None:  # type: ignore[no-untyped-def]
    result = ok(queue("ticket", "list", "--search", "zebra"))
    assert result.out == ""
    assert "No tickets" in result.err


# --- showing and working a ticket ------------------------------------------------------------------


def test_show_text_has_fields_conversation_and_history(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer jams", "--description", "Tray 2 again", "--requester", "bo@example.com")
    ok(cli("ticket", "update", "INC-1", "--reply", "We are on it", "--note", "Needs a new roller"))
    text = ok(cli("ticket", "show", "inc-1")).out
    assert "INC-1" in text and "Incident" in text
    assert "Printer jams" in text
    assert "Tray 2 again" in text
    assert "bo@example.com" in text
    conversation, _, history_part = text.partition("Conversation:")[2].partition("History:")
    assert "Reply by" in conversation and "We are on it" in conversation
    assert "Internal note by" in conversation and "Needs a new roller" in conversation
    assert "created" in history_part and "INC-1" in history_part
    assert "first_response_at" in history_part


def test_update_through_the_lifecycle(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Outlook crashes")
    steps = [
        (["--status", "open"], "open"),
        (["--status", "pending"], "pending"),
        (["--status", "open"], "open"),
        (["--status", "resolved", "--resolution", "Repaired the Office install"], "resolved"),
        (["--status", "open"], "open"),  # reopen
        (["--status", "resolved", "--resolution", "Rebuilt the profile", "--code", "workaround"], "resolved"),
        (["--status", "closed"], "closed"),
    ]
    for args, status in steps:
        data = ok(cli("ticket", "update", "INC-1", *args, "--json")).json
        assert data["status"] == status, args
    detail = show(cli, "INC-1")
    assert detail["reopen_count"] == 1
    assert detail["resolution_code"] == "workaround"
    assert detail["resolution_notes"] == "Rebuilt the profile"
    assert detail["closed_at"] is not None
    assert history(detail, "status") == [
        ("new", "open"),
        ("open", "pending"),
        ("pending", "open"),
        ("open", "resolved"),
        ("resolved", "open"),
        ("open", "resolved"),
        ("resolved", "closed"),
    ]
    events = entry_bodies(detail, "event")
    assert "Reopened" in events


def test_cancel_from_new(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Wrong number")
    assert ok(cli("ticket", "update", "INC-1", "--status", "cancelled", "--json")).json["status"] == "cancelled"
    assert_refused(cli("ticket", "update", "INC-1", "--status", "open"), 2, "status")


def test_update_assign_reply_and_note(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Keyboard missing keys")
    data = ok(cli("ticket", "update", "INC-1", "--assignee", "me", "--json")).json
    assert data["assignee"] is not None
    assert data["status"] == "open"  # assigning a new ticket opens it
    assert any(body.startswith("Assigned to") for body in entry_bodies(data, "event"))

    data = ok(cli("ticket", "update", "INC-1", "--note", "Spare in cupboard", "--json")).json
    assert data["first_response_at"] is None  # a note is not a response
    data = ok(cli("ticket", "update", "INC-1", "--reply", "Bringing a new one", "--json")).json
    assert data["first_response_at"] is not None
    assert entry_bodies(data, "note") == ["Spare in cupboard"]
    assert entry_bodies(data, "reply") == ["Bringing a new one"]

    data = ok(cli("ticket", "update", "INC-1", "--assignee", "none", "--json")).json
    assert data["assignee"] is None
    assert "Unassigned" in entry_bodies(data, "event")
    assert history(data, "assignee")[-1][1] is None


def test_priority_override_and_back_to_auto(cli, db) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Server room warm", "--impact", "low", "--urgency", "low")
    assert show(cli, "INC-1")["priority"] == "low"

    before = dump(db)
    assert_refused(cli("ticket", "update", "INC-1", "--priority", "high"), 2, "priority")
    assert dump(db) == before

    data = ok(cli("ticket", "update", "INC-1", "--priority", "high", "--reason", "Summer heatwave", "--json")).json
    assert data["priority"] == "high"
    assert data["priority_reason"] == "Summer heatwave"
    assert ("low", "high") in history(data, "priority")
    assert "Summer heatwave" in ok(cli("ticket", "show", "INC-1")).out

    data = ok(cli("ticket", "update", "INC-1", "--urgency", "high", "--json")).json
    assert data["priority"] == "high"  # an override sticks while impact/urgency change
    data = ok(cli("ticket", "update", "INC-1", "--priority", "auto", "--json")).json
    assert data["priority"] == "medium"  # low impact x high urgency
    assert data["priority_reason"] is None


def test_impact_and_urgency_follow_the_matrix(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Email down")
    data = ok(cli("ticket", "update", "INC-1", "--impact", "high", "--urgency", "high", "--json")).json
    assert data["priority"] == "urgent"
    assert history(data, "priority") == [("medium", "urgent")]


def test_escalate_moves_up_a_tier(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Server won't boot", "--group", "service desk")
    assert show(cli, "INC-1")["group"]["tier"] == 1
    data = ok(cli("ticket", "update", "INC-1", "--escalate", "--json")).json
    assert data["group"]["name"] == "Technical Support"
    assert data["group"]["tier"] == 2
    assert any("Escalated to Technical Support" in body for body in entry_bodies(data, "event"))
    data = ok(cli("ticket", "update", "INC-1", "--escalate", "--json")).json
    assert data["group"]["tier"] == 3
    line = assert_refused(cli("ticket", "update", "INC-1", "--escalate"), 2, "group")
    assert "tier" in line


def test_tags_added_and_removed(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Wifi slow", "--tag", "wifi")
    data = ok(cli("ticket", "update", "INC-1", "--tag", "Floor-2", "--tag", "vip", "--json")).json
    assert data["tags"] == ["floor-2", "vip", "wifi"]
    data = ok(cli("ticket", "update", "INC-1", "--untag", "wifi", "--json")).json
    assert data["tags"] == ["floor-2", "vip"]
    assert history(data, "tags")[-1] == ("floor-2, vip, wifi", "floor-2, vip")


def test_link_an_incident_to_a_problem_and_unlink(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer jams")
    new(cli, "--subject", "Old printer fleet", "--type", "problem")
    data = ok(cli("ticket", "update", "INC-1", "--problem", "PRB-1", "--json")).json
    assert data["problem"] == "PRB-1"
    assert show(cli, "PRB-1")["incidents"] == ["INC-1"]
    assert "PRB-1" in ok(cli("ticket", "show", "INC-1")).out
    data = ok(cli("ticket", "update", "INC-1", "--problem", "none", "--json")).json
    assert data["problem"] is None
    assert show(cli, "PRB-1")["incidents"] == []


def test_resolving_a_problem_can_resolve_its_incidents(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer jams floor 1")
    new(cli, "--subject", "Printer jams floor 2")
    assert ok(cli("ticket", "problem", "INC-1", "INC-2", "--subject", "Bad paper batch", "--json")).json["ref"] == (
        "PRB-1"
    )
    first = ok(cli("ticket", "update", "PRB-1", "--status", "resolved", "--resolution", "Returned the paper"))
    assert "INC-1" in first.err and "--resolve-incidents" in first.err  # offers to resolve them
    assert show(cli, "INC-1")["status"] == "new"
    ok(cli("ticket", "update", "PRB-1", "--status", "open"))
    ok(
        cli(
            "ticket", "update", "PRB-1", "--status", "resolved", "--resolution", "Returned the paper",
            "--resolve-incidents",
        )
    )  # fmt: skip
    for ref in ("INC-1", "INC-2"):
        incident = show(cli, ref)
        assert incident["status"] == "resolved"
        assert "PRB-1" in incident["resolution_notes"]


def test_merge_carries_the_conversation_and_closes_the_duplicate(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Internet down", "--tag", "network")
    new(cli, "--subject", "No internet in sales", "--description", "Since 9 am", "--tag", "sales")
    ok(cli("ticket", "update", "INC-2", "--reply", "Looking into it"))
    kept = ok(cli("ticket", "merge", "INC-2", "--into", "INC-1", "--json")).json
    assert kept["ref"] == "INC-1"
    assert kept["merged_from"] == ["INC-2"]
    assert kept["tags"] == ["network", "sales"]
    bodies = entry_bodies(kept)
    assert any("[from INC-2]" in b and "Since 9 am" in b for b in bodies)
    assert any("[from INC-2] Looking into it" in b for b in bodies)

    duplicate = show(cli, "INC-2")
    assert duplicate["status"] == "closed"
    assert duplicate["merged_into"] == "INC-1"
    assert duplicate["resolution_code"] == "duplicate"
    assert refs(cli("ticket", "list", "--json")) == ["INC-1"]
    assert_refused(cli("ticket", "update", "INC-2", "--note", "more"), 2, "merged")
    assert_refused(cli("ticket", "merge", "INC-2", "--into", "INC-1"), 2, "merge")


def test_link_and_unlink_related_tickets(cli) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer offline")
    new(cli, "--subject", "Toner order", "--type", "request")
    data = ok(cli("ticket", "link", "INC-1", "REQ-1", "--json")).json
    assert data["related"] == ["REQ-1"]
    assert show(cli, "REQ-1")["related"] == ["INC-1"]
    data = ok(cli("ticket", "link", "INC-1", "REQ-1", "--remove", "--json")).json
    assert data["related"] == []
    assert show(cli, "REQ-1")["related"] == []
    assert_refused(cli("ticket", "link", "INC-1", "REQ-1", "--remove"), 2, "link")


def test_attach_a_file(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Error dialog")
    screenshot = tmp_path / "error.png"
    screenshot.write_bytes(b"\x89PNG fake screenshot bytes")
    result = ok(cli("ticket", "attach", "inc-1", str(screenshot)))
    assert "error.png" in result.out and "INC-1" in result.out
    detail = show(cli, "INC-1")
    assert [(a["filename"], a["size"]) for a in detail["attachments"]] == [("error.png", screenshot.stat().st_size)]
    assert "error.png" in ok(cli("ticket", "show", "INC-1")).out


# --- backup, restore, check ------------------------------------------------------------------------


def test_backup_then_check_the_copy(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer jams")
    copy = tmp_path / "copies" / "desk-backup.sqlite3"
    copy.parent.mkdir()
    result = ok(cli("backup", "--out", str(copy)))
    assert str(copy) in result.out
    report = ok(cli("check", "--json", db_file=copy)).json
    assert report["ok"] is True
    assert report["tickets"] == 1
    assert report["problems"] == []
    text = ok(cli("check", db_file=copy)).out
    assert "Integrity: ok" in text and "Tickets:   1" in text


def test_backup_to_a_missing_folder_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nowhere" / "b.sqlite3"
    assert_refused(cli("backup", "--out", str(target)), 4, str(target.parent))
    assert not target.parent.exists()


def test_restore_brings_back_the_old_state_and_keeps_the_replaced_database(cli, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Before the backup")
    copy = tmp_path / "b.sqlite3"
    ok(cli("backup", "--out", str(copy)))
    new(cli, "--subject", "After the backup")
    ok(cli("ticket", "update", "INC-1", "--note", "written after the backup"))

    result = ok(cli("restore", str(copy)))
    rows = ok(cli("ticket", "list", "--json")).json
    assert [r["subject"] for r in rows] == ["Before the backup"]
    assert entry_bodies(show(cli, "INC-1"), "note") == []

    saved = [p for p in (db.parent / f"{db.stem}-backups").iterdir() if "before-restore" in p.name]
    assert len(saved) == 1
    assert str(saved[0]) in result.out
    with closing(sqlite3.connect(saved[0])) as connection:
        subjects = {s for (s,) in connection.execute("SELECT subject FROM tickets")}
    assert subjects == {"Before the backup", "After the backup"}
    assert ok(cli("check", "--json")).json["ok"] is True


def test_restore_of_a_text_file_is_refused_and_changes_nothing(cli, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Keep me")
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup\n")
    before = dump(db)
    assert_refused(cli("restore", str(junk)), 4, "notes.txt")
    assert dump(db) == before


def test_check_on_a_file_that_is_not_a_database(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list\n")
    before = junk.read_bytes()
    assert_refused(cli("check", db_file=junk), 4, "notes.txt", "not a deskapp database")
    assert junk.read_bytes() == before
    assert_refused(cli("check", db_file=tmp_path / "missing.sqlite3"), 3, "missing.sqlite3")


# --- bad input: refused with one line, nothing changed ---------------------------------------------

BAD_INPUT = [
    # (arguments, exit code, what the message must name)
    (["ticket", "new", "--subject", ""], 2, "subject"),
    (["ticket", "new", "--subject", "   "], 2, "subject"),
    (["ticket", "new", "--subject", "bell\x07here"], 2, "subject"),
    (["ticket", "new", "--subject", "x", "--type", "bug"], 2, "type"),
    (["ticket", "new", "--subject", "x", "--priority", "critical", "--reason", "r"], 2, "priority"),
    (["ticket", "new", "--subject", "x", "--impact", "huge"], 2, "impact"),
    (["ticket", "new", "--subject", "x", "--urgency", "asap"], 2, "urgency"),
    (["ticket", "new", "--subject", "x", "--source", "pigeon"], 2, "source"),
    (["ticket", "new", "--subject", "x", "--requester", "anna at example"], 2, "requester"),
    (["ticket", "new", "--subject", "x", "--requester", "anna@example"], 2, "requester"),
    (["ticket", "new", "--subject", "x", "--category", "Gardening"], 3, "category"),
    (["ticket", "new", "--subject", "x", "--category", "Hardware/Toaster"], 3, "category"),
    (["ticket", "new", "--subject", "x", "--assignee", "Bob"], 3, "assignee"),
    (["ticket", "new", "--subject", "x", "--group", "Plumbers"], 3, "group"),
    (["ticket", "new", "--subject", "x", "--tag", "two words"], 2, "tag"),
    (["ticket", "new", "--subject", "x", "--alert-key", "  "], 2, "alert key"),
    (["ticket", "list", "--status", "done"], 2, "status"),
    (["ticket", "list", "--type", "bug"], 2, "type"),
    (["ticket", "list", "--priority", "critical"], 2, "priority"),
    (["ticket", "list", "--limit", "0"], 2, "limit"),
    (["ticket", "list", "--limit", "-3"], 2, "limit"),
    (["ticket", "list", "--sort", "colour"], 2, "sort"),
    (["ticket", "list", "--assignee", "Bob"], 3, "assignee"),
    (["ticket", "show", "INC-999"], 3, "INC-999"),
    (["ticket", "show", "12"], 2, "ticket"),
    (["ticket", "show", "INC-"], 2, "ticket"),
    (["ticket", "update", "INC-999", "--note", "hello"], 3, "INC-999"),
    (["ticket", "update", "12", "--note", "hello"], 2, "ticket"),
    (["ticket", "update", "INC-1"], 2, "update"),
    (["ticket", "update", "INC-1", "--status", "closed"], 2, "status"),
    (["ticket", "update", "INC-1", "--status", "done"], 2, "status"),
    (["ticket", "update", "INC-1", "--status", "resolved"], 2, "resolution"),
    (["ticket", "update", "INC-1", "--status", "resolved", "--resolution", "  "], 2, "resolution"),
    (["ticket", "update", "INC-1", "--reply", "On my way", "--status", "closed"], 2, "status"),
    (["ticket", "update", "INC-1", "--note", "x", "--assignee", "me", "--impact", "huge"], 2, "impact"),
    (["ticket", "update", "INC-1", "--tag", "ok", "--category", "Gardening"], 3, "category"),
    (["ticket", "update", "INC-1", "--priority", "urgent"], 2, "priority"),
    (["ticket", "update", "INC-1", "--note", "   "], 2, "note"),
    (["ticket", "update", "INC-1", "--reply", ""], 2, "reply"),
    (["ticket", "update", "INC-1", "--assignee", "Bob"], 3, "assignee"),
    (["ticket", "update", "INC-1", "--requester", "bob@"], 2, "requester"),
    (["ticket", "update", "INC-1", "--problem", "INC-1"], 2, "problem"),
    (["ticket", "update", "INC-1", "--problem", "PRB-9"], 3, "PRB-9"),
    (["ticket", "update", "INC-1", "--code", "magic", "--note", "x"], 2, "resolution code"),
    (["ticket", "merge", "INC-1", "--into", "INC-1"], 2, "merge"),
    (["ticket", "merge", "INC-1", "--into", "INC-999"], 3, "INC-999"),
    (["ticket", "link", "INC-1", "INC-1"], 2, "link"),
    (["ticket", "problem", "INC-1", "INC-999", "--subject", "p"], 3, "INC-999"),
    (["ticket", "problem", "INC-1", "--subject", ""], 2, "subject"),
    (["ticket", "attach", "INC-1", "no-such-file.png"], 3, "no-such-file.png"),
    (["ticket", "attach", "INC-999", "__FILE__"], 3, "INC-999"),
]


@pytest.fixture(scope="module")
def seeded_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding INC-1 'Printer jams' (description 'Tray 2')."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.sqlite3"
    shutil.copyfile(template_db, path)
    ws = open_workspace(path)
    try:
        ws.tickets.create(NewTicket(subject="Printer jams", description="Tray 2"), ws.actor)
    finally:
        ws.close()
    return path


@pytest.mark.parametrize(("args", "code", "name"), BAD_INPUT, ids=[" ".join(a[1:])[:60] for a, _, _ in BAD_INPUT])
def test_bad_input_is_refused_and_changes_nothing(cli, seeded_template, tmp_path, args, code, name) -> None:  # type: ignore[no-untyped-def]
    seeded = tmp_path / "seeded.sqlite3"
    shutil.copyfile(seeded_template, seeded)
    a_file = tmp_path / "shot.png"
    a_file.write_bytes(b"picture")
    args = [str(a_file) if a == "__FILE__" else a for a in args]
    before = dump(seeded)
    assert_refused(cli(*args, db_file=seeded), code, name)
    assert dump(seeded) == before
    attachments = tmp_path / "seeded-attachments"
    assert not attachments.exists() or not any(p.is_file() for p in attachments.rglob("*"))


def test_a_malformed_option_value_is_one_line_too(cli, db) -> None:  # type: ignore[no-untyped-def]
    """README: 'Errors are one line on standard error naming what is wrong' -- argparse's own errors too."""
    before = dump(db)
    result = cli("ticket", "list", "--limit", "ten")
    assert dump(db) == before
    assert_refused(result, 2, "limit")


# --- bad databases ---------------------------------------------------------------------------------


def test_a_text_file_as_database_is_refused_untouched(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "documents"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("Remember to buy toner\n")
    before = notes.read_bytes()
    assert_refused(cli("ticket", "list", db_file=notes), 4, "notes.txt", "not a deskapp database")
    assert_refused(cli("ticket", "new", "--subject", "x", db_file=notes), 4, "notes.txt")
    assert notes.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_another_programs_sqlite_file_is_refused_untouched(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "contacts.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Anna')")
        connection.commit()
    before = sha256(other)
    assert_refused(cli("ticket", "list", db_file=other), 4, "contacts.sqlite3", "not a deskapp database")
    assert sha256(other) == before, "the other program's file was modified"


def _make_newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
        connection.commit()


def test_a_database_from_a_newer_deskapp_is_refused_byte_identical(cli, db) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Written by the future")
    _make_newer(db)
    before = sha256(db)
    for args in (["ticket", "list"], ["ticket", "new", "--subject", "x"], ["ticket", "show", "INC-1"]):
        line = assert_refused(cli(*args), 4, "newer")
        assert "9999" in line
    assert sha256(db) == before
    assert not (db.parent / f"{db.stem}-backups").exists()


def test_a_backup_from_a_newer_deskapp_is_refused_byte_identical(cli, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same, for a file in rollback-journal mode (what `deskapp backup` writes)."""
    new(cli, "--subject", "Written by the future")
    copy = tmp_path / "from-newer.sqlite3"
    ok(cli("backup", "--out", str(copy)))
    _make_newer(copy)
    before = sha256(copy)
    assert_refused(cli("ticket", "list", db_file=copy), 4, "newer")
    assert sha256(copy) == before, "a database from a newer deskapp was modified (said: left untouched)"


def test_a_database_in_a_missing_folder_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no-such-folder" / "desk.sqlite3"
    assert_refused(cli("ticket", "new", "--subject", "x", db_file=target), 4, str(target.parent), "does not exist")
    assert not target.parent.exists()


def test_a_database_under_a_regular_file_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "plain-file"
    blocker.write_text("I am a file, not a folder\n")
    target = blocker / "desk.sqlite3"
    assert_refused(cli("ticket", "list", db_file=target), 4, str(blocker))
    assert blocker.read_text() == "I am a file, not a folder\n"


def test_a_database_in_a_read_only_folder_is_refused(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a chmod 0500 folder is still writable")
        target = folder / "desk.sqlite3"
        assert_refused(cli("ticket", "new", "--subject", "x", db_file=target), 4, str(folder), "not writable")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a Linux /proc")
def test_a_database_in_a_folder_nobody_can_write_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    """/proc refuses new files even to root, so this works where the chmod test is skipped."""
    target = Path("/proc") / f"deskapp-test-{os.getpid()}.sqlite3"
    assert_refused(cli("ticket", "new", "--subject", "x", db_file=target), 4, str(target), "not writable")
    assert not target.exists()


def test_a_full_disk_is_reported_and_nothing_is_saved(cli, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    new(cli, "--subject", "Printer jams")
    before = dump(db)
    original = engine_module._on_connect

    def no_room_to_grow(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        original(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    long_text = " ".join(f"word{i}" for i in range(9_000))
    with monkeypatch.context() as patch:
        patch.setattr(engine_module, "_on_connect", no_room_to_grow)
        result = cli("ticket", "new", "--subject", "Big log", "--description", long_text)
        line = assert_refused(result, 4, "full")
        assert "nothing was saved" in line or "nothing saved" in line
        result = cli("ticket", "update", "INC-1", "--note", long_text)
        assert_refused(result, 4, "full")
    assert dump(db) == before
    assert refs(cli("ticket", "list", "--json")) == ["INC-1"]


# --- the real program ------------------------------------------------------------------------------


def _deskapp(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DESKAPP_DB"}
    return subprocess.run(
        [sys.executable, "-m", "deskapp", *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def test_version_from_the_real_program() -> None:
    result = _deskapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"deskapp {__version__}"


def test_description_from_standard_input_and_a_refusal_from_the_real_program(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _deskapp(
        "--db", str(db), "ticket", "new", "--subject", "Scanner broken", "--description", "-", "--json",
        stdin="Scans come out black.\nSince the update.\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["description"] == "Scans come out black.\nSince the update."

    refused = _deskapp("--db", str(db), "ticket", "update", "INC-1", "--status", "closed")
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert refused.stderr.splitlines() == [refused.stderr.strip()]
    assert refused.stderr.startswith("deskapp: status:")

"""Working tickets through the services, as the app and the command line do: what a person would notice."""

import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import deskapp.services.attachments as attachments_module
from deskapp.domain.errors import DeskappError, NotFoundError, TransitionError, ValidationError
from deskapp.domain.tickets import EntryKind, Priority, ResolutionCode, Status
from deskapp.services import office
from deskapp.services.people import Actor
from deskapp.services.records import TicketDetail, to_jsonable
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.services.workspace import Workspace, open_workspace
from deskapp.storage.tables import Agent

# --- fixtures and helpers --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new deskapp database made once; each test gets a copy (creating one takes ~0.3 s)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_workspace(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    """Overrides conftest's db_path: the `workspace` fixture opens a fresh copy of the template."""
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(template_db.read_bytes())
    return path


def log(ws: Workspace, subject: str = "Printer jams", **fields) -> TicketDetail:  # type: ignore[no-untyped-def]
    return ws.tickets.create(NewTicket(subject=subject, **fields), ws.actor)


def update(ws: Workspace, ref: str, actor: Actor | None = None, **changes) -> TicketDetail:  # type: ignore[no-untyped-def]
    return ws.tickets.update(ref, TicketChanges(**changes), actor or ws.actor)


def history(detail: TicketDetail, field: str) -> list[tuple[str | None, str | None]]:
    return [(h.old_value, h.new_value) for h in detail.history if h.field == field]


def bodies(detail: TicketDetail, kind: EntryKind | None = None) -> list[str]:
    return [e.body for e in detail.entries if kind is None or e.kind is kind]


def search(ws: Workspace, text: str, sort: str = "id") -> list[str]:
    flt = ws.queue.make_filter(ws.actor, search_text=text, sort=sort)
    return [row.ref for row in ws.queue.tickets(flt, 100)]


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def add_agent(ws: Workspace, name: str) -> Actor:
    with ws.database.write() as session:
        agent = Agent(name=name, email=f"{name.lower()}@example.com")
        session.add(agent)
        session.flush()
        return Actor(agent.id, agent.name)


# --- priority --------------------------------------------------------------------------------------

# impact -> urgency -> priority, written out by hand from the README's matrix.
MATRIX = {
    "low": {"low": "low", "medium": "low", "high": "medium"},
    "medium": {"low": "low", "medium": "medium", "high": "high"},
    "high": {"low": "medium", "medium": "high", "high": "urgent"},
}


def test_priority_comes_from_impact_and_urgency(workspace) -> None:  # type: ignore[no-untyped-def]
    for impact, row in MATRIX.items():
        for urgency, expected in row.items():
            ticket = log(workspace, f"{impact} impact, {urgency} urgency", impact=impact, urgency=urgency)
            assert ticket.priority is Priority(expected), (impact, urgency)
            assert ticket.priority_reason is None
            assert history(ticket, "priority") == []


def test_priority_follows_the_matrix_when_impact_or_urgency_change(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    clock.advance(hours=1)
    ticket = update(workspace, "INC-1", impact="high")
    assert ticket.priority is Priority.HIGH
    assert history(ticket, "priority") == [("medium", "high")]
    ticket = update(workspace, "INC-1", urgency="high")
    assert ticket.priority is Priority.URGENT


def test_an_override_needs_a_reason_and_the_reason_is_recorded(workspace, db_path) -> None:  # type: ignore[no-untyped-def]
    before = dump(db_path)
    with pytest.raises(ValidationError) as refused:
        log(workspace, "CEO laptop dead", priority="urgent")
    assert refused.value.field == "priority"
    assert dump(db_path) == before

    ticket = log(workspace, "CEO laptop dead", priority="urgent", priority_reason="Board meeting at 10")
    assert ticket.ref == "INC-1"  # the refused attempt used no number
    assert ticket.priority is Priority.URGENT
    assert ticket.priority_reason == "Board meeting at 10"
    assert history(ticket, "priority") == [("medium", "urgent")]

    same_as_matrix = log(workspace, "Mouse", priority="medium", priority_reason="no need")
    assert same_as_matrix.priority_reason is None


def test_override_on_update_sticks_until_auto(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace, impact="low", urgency="low")
    with pytest.raises(ValidationError, match="priority"):
        update(workspace, "INC-1", priority="high", priority_reason="   ")
    clock.advance(minutes=5)
    ticket = update(workspace, "INC-1", priority="high", priority_reason="Auditors visiting")
    assert (ticket.priority, ticket.priority_reason) == (Priority.HIGH, "Auditors visiting")
    assert history(ticket, "priority") == [("low", "high")]
    assert history(ticket, "priority_reason") == [(None, "Auditors visiting")]
    change = next(h for h in ticket.history if h.field == "priority")
    assert (change.actor, change.at) == (workspace.actor.name, clock.now)

    ticket = update(workspace, "INC-1", impact="medium")
    assert ticket.priority is Priority.HIGH  # the override is kept
    ticket = update(workspace, "INC-1", priority="auto")
    assert ticket.priority is Priority.LOW  # medium impact x low urgency
    assert ticket.priority_reason is None
    assert history(ticket, "priority")[-1] == ("high", "low")
    assert history(ticket, "priority_reason")[-1] == ("Auditors visiting", None)


# --- history ---------------------------------------------------------------------------------------


def test_every_changed_field_is_recorded_with_actor_and_values(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace, description="Tray 2", requester_email="anna@example.com")
    bea = add_agent(workspace, "Bea")
    clock.advance(hours=2)
    ticket = update(
        workspace,
        "INC-1",
        actor=bea,
        subject="Printer jams again",
        description="Tray 2 and 3",
        impact="high",
        category="Hardware/Printer",
        assignee="me",
        group="Technical Support",
        major=True,
        add_tags=["Floor-2"],
        root_cause="Worn roller",
        requester_email="ben@example.com",
    )
    changed = {h.field: (h.old_value, h.new_value) for h in ticket.history if h.at == clock.now}
    # Medium -> High moves the SLA targets (office hours, from creation on Monday 09:00), and history says so.
    assert changed.pop("response_due_at") == ("2026-03-02T17:00:00Z", "2026-03-02T13:00:00Z")
    assert changed.pop("resolution_due_at") == ("2026-03-04T17:00:00Z", "2026-03-02T17:00:00Z")
    assert changed == {
        "subject": ("Printer jams", "Printer jams again"),
        "description": ("Tray 2", "Tray 2 and 3"),
        "impact": ("medium", "high"),
        "priority": ("medium", "high"),
        "category": (None, "Hardware"),
        "subcategory": (None, "Printer"),
        "assignee": (None, "Bea"),
        "status": ("new", "open"),
        "group": (None, "Technical Support"),
        "major": ("no", "yes"),
        "tags": (None, "floor-2"),
        "root_cause": (None, "Worn roller"),
        "requester": ("anna", "ben"),
    }
    assert {h.actor for h in ticket.history if h.at == clock.now} == {"Bea"}
    assert ticket.updated_at == clock.now
    assert "Assigned to Bea" in bodies(ticket, EntryKind.EVENT)


def test_an_update_that_changes_nothing_records_nothing(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    before = log(workspace, description="Tray 2", category="Hardware")
    clock.advance(hours=1)
    after = update(
        workspace, "INC-1", subject="Printer jams", description="Tray 2", impact="medium", category="hardware"
    )
    assert after.history == before.history
    assert after.updated_at == before.updated_at


# --- conversation ----------------------------------------------------------------------------------


def test_first_public_reply_sets_first_response_but_a_note_does_not(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    clock.advance(hours=1)
    ticket = update(workspace, "INC-1", note="Probably the roller")
    assert ticket.first_response_at is None
    clock.advance(hours=1)
    answered = clock.now
    ticket = update(workspace, "INC-1", reply="A technician is on the way")
    assert ticket.first_response_at == answered
    clock.advance(hours=1)
    ticket = update(workspace, "INC-1", reply="Fixed, please try again")
    assert ticket.first_response_at == answered
    assert bodies(ticket, EntryKind.REPLY) == ["A technician is on the way", "Fixed, please try again"]
    assert bodies(ticket, EntryKind.NOTE) == ["Probably the roller"]


def test_a_reply_from_the_requester_is_not_a_response(workspace) -> None:  # type: ignore[no-untyped-def]
    log(workspace, requester_email="anna@example.com")
    ticket = update(workspace, "INC-1", actor=Actor(None, "Anna"), reply="Still broken")
    assert ticket.first_response_at is None


# --- lifecycle -------------------------------------------------------------------------------------


def test_reopen_from_resolved_clears_the_resolution_and_counts(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    for round_ in (1, 2):
        clock.advance(hours=1)
        ticket = update(workspace, "INC-1", status="resolved", resolution_notes="Cleaned", resolution_code="workaround")
        assert ticket.status is Status.RESOLVED
        assert ticket.resolution_code is ResolutionCode.WORKAROUND
        assert ticket.resolved_at == clock.now
        clock.advance(hours=1)
        ticket = update(workspace, "INC-1", status="open")
        assert ticket.status is Status.OPEN
        assert ticket.resolution_code is None
        assert ticket.resolution_notes is None
        assert ticket.resolved_at is None
        assert ticket.reopen_count == round_
    assert history(ticket, "reopen_count") == [("0", "1"), ("1", "2")]
    assert bodies(ticket, EntryKind.EVENT).count("Reopened") == 2


def test_resolving_again_with_new_notes_is_not_silently_ignored(workspace) -> None:  # type: ignore[no-untyped-def]
    """Asked to resolve a resolved ticket with better notes: either the notes change or it is refused."""
    log(workspace)
    update(workspace, "INC-1", status="resolved", resolution_notes="Restarted it")
    try:
        ticket = update(workspace, "INC-1", status="resolved", resolution_notes="Replaced the power supply")
    except DeskappError:
        return
    assert ticket.resolution_notes == "Replaced the power supply"


def _close(ws: Workspace) -> None:
    update(ws, "INC-1", status="resolved", resolution_notes="Replaced the toner")
    update(ws, "INC-1", status="closed")


def test_reopen_from_closed_within_14_days(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    _close(workspace)
    clock.advance(days=13, hours=23)
    ticket = update(workspace, "INC-1", status="open")
    assert ticket.status is Status.OPEN
    assert ticket.closed_at is None
    assert ticket.reopen_count == 1


def test_reopen_from_closed_after_14_days_is_refused(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    _close(workspace)
    before = workspace.tickets.get("INC-1")
    clock.advance(days=15)
    with pytest.raises(TransitionError, match="14 days") as refused:
        update(workspace, "INC-1", status="open", note="The toner leaks again")
    assert refused.value.field == "status"
    assert workspace.tickets.get("INC-1") == before


def test_cancelled_is_final(workspace) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    ticket = update(workspace, "INC-1", status="cancelled")
    assert ticket.closed_at is not None
    for target in ("open", "resolved", "closed"):
        with pytest.raises(TransitionError):
            update(workspace, "INC-1", status=target, resolution_notes="x")


FAILING_UPDATES = [
    {"reply": "We are on it", "status": "bogus"},
    {"reply": "We are on it", "note": "Roller", "assignee": "me", "status": "closed"},
    {"subject": "New subject", "add_tags": ["vip"], "priority": "urgent"},
    {"category": "Hardware/Printer", "impact": "high", "reply": "Resolved!", "status": "resolved"},
    {"note": "Handing over", "assignee": "Nobody Here"},
    {"description": "More detail", "group": "Plumbers"},
    {"reply": "Linked", "problem": "PRB-9"},
    {"add_tags": ["ok"], "remove_tags": ["not a tag"]},
    {"note": "x", "escalate": True, "resolution_code": "magic"},
    {"major": True, "requester_email": "not-an-email"},
    {"reply": "   "},
]


def test_a_failed_update_leaves_the_ticket_exactly_as_it_was(workspace, clock, db_path) -> None:  # type: ignore[no-untyped-def]
    """Valid parts and one invalid part in the same edit: nothing of it is saved, no history row."""
    log(workspace, description="Tray 2", tags=["printer"])
    before = to_jsonable(workspace.tickets.get("INC-1"))
    rows_before = dump(db_path)
    for changes in FAILING_UPDATES:
        clock.advance(hours=1)
        with pytest.raises(DeskappError):
            update(workspace, "INC-1", **changes)
        assert to_jsonable(workspace.tickets.get("INC-1")) == before, changes
        assert dump(db_path) == rows_before, changes


def test_audit_rows_cannot_be_updated_or_deleted(workspace, db_path) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    update(workspace, "INC-1", assignee="me", note="Taking it")
    rows = dump(db_path)
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM audit").fetchone()[0] >= 3
        for sql in (
            "UPDATE audit SET new_value = 'someone else'",
            "UPDATE audit SET actor_name = 'Mallory' WHERE field = 'assignee'",
            "DELETE FROM audit",
            "DELETE FROM audit WHERE field = 'created'",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                connection.execute(sql)
            connection.rollback()
    assert dump(db_path) == rows


# --- merge -----------------------------------------------------------------------------------------


def test_merge_carries_everything_to_the_kept_ticket(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    me = workspace.actor
    log(workspace, "Internet down", tags=["network"])
    log(workspace, "No internet in sales", description="Since 9 am", tags=["sales", "network"])
    update(workspace, "INC-2", reply="Rebooting the router", note="Router log shows zebrafish errors")
    shot = workspace.attachments.attach("INC-2", io.BytesIO(b"router log"), "router.log", me)
    clock.advance(hours=1)

    kept = workspace.links.merge("INC-2", "INC-1", me)
    assert kept.ref == "INC-1"
    assert kept.merged_from == ("INC-2",)
    assert kept.tags == ("network", "sales")
    carried = bodies(kept)
    assert any(b.startswith("[from INC-2]") and "Since 9 am" in b for b in carried)
    assert "[from INC-2] Rebooting the router" in bodies(kept, EntryKind.REPLY)
    assert "[from INC-2] Router log shows zebrafish errors" in bodies(kept, EntryKind.NOTE)
    assert [(a.filename, a.sha256) for a in kept.attachments] == [("router.log", shot.sha256)]
    assert workspace.attachments.store.path_for(shot.sha256).read_bytes() == b"router log"
    assert history(kept, "merged") == [(None, "INC-2")]

    duplicate = workspace.tickets.get("INC-2")
    assert duplicate.status is Status.CLOSED
    assert duplicate.merged_into == "INC-1"
    assert duplicate.resolution_code is ResolutionCode.DUPLICATE
    assert duplicate.closed_at == clock.now
    assert search(workspace, "zebrafish") == ["INC-1"]  # found on the kept ticket; the duplicate is hidden

    for changes in ({"note": "more"}, {"status": "open"}, {"subject": "x"}, {"add_tags": ["x"]}):
        with pytest.raises(ValidationError, match="merged"):
            update(workspace, "INC-2", **changes)
    assert workspace.tickets.get("INC-2") == duplicate


def test_merge_refusals(workspace) -> None:  # type: ignore[no-untyped-def]
    me = workspace.actor
    log(workspace, "A")
    log(workspace, "B")
    log(workspace, "A request", type="request")
    log(workspace, "C")
    update(workspace, "INC-3", status="cancelled")
    with pytest.raises(ValidationError, match="itself"):
        workspace.links.merge("INC-1", "INC-1", me)
    with pytest.raises(ValidationError, match="different types"):
        workspace.links.merge("REQ-1", "INC-1", me)
    with pytest.raises(ValidationError, match="INC-3"):
        workspace.links.merge("INC-1", "INC-3", me)
    with pytest.raises(NotFoundError):
        workspace.links.merge("INC-1", "INC-99", me)
    workspace.links.merge("INC-2", "INC-1", me)
    with pytest.raises(ValidationError, match="already merged"):
        workspace.links.merge("INC-2", "INC-1", me)


# --- problems --------------------------------------------------------------------------------------


def _problem_with_incidents(ws: Workspace) -> None:
    log(ws, "Printer jams floor 1")
    log(ws, "Printer jams floor 2", assignee="me")
    log(ws, "Printer jams floor 3")
    update(ws, "INC-3", status="resolved", resolution_notes="Cleared by hand")
    problem = ws.links.create_problem_from(["INC-1", "INC-2", "INC-3"], "Bad paper batch", ws.actor)
    assert problem.ref == "PRB-1"
    assert problem.incidents == ("INC-1", "INC-2", "INC-3")


def test_resolving_a_problem_resolves_its_open_incidents_when_asked(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    _problem_with_incidents(workspace)
    earlier = workspace.tickets.get("INC-3")
    clock.advance(days=1)
    problem = update(
        workspace, "PRB-1", status="resolved", resolution_notes="Returned the paper batch", resolve_incidents=True
    )
    assert problem.status is Status.RESOLVED
    for ref in ("INC-1", "INC-2"):
        incident = workspace.tickets.get(ref)
        assert incident.status is Status.RESOLVED
        assert incident.resolved_at == clock.now
        assert "PRB-1" in (incident.resolution_notes or "")
        assert "Returned the paper batch" in (incident.resolution_notes or "")
    assert workspace.tickets.get("INC-3") == earlier  # already resolved: untouched
    assert workspace.tickets.open_incidents_of("PRB-1") == []


def test_resolving_a_problem_alone_leaves_its_incidents_open(workspace) -> None:  # type: ignore[no-untyped-def]
    _problem_with_incidents(workspace)
    update(workspace, "PRB-1", status="resolved", resolution_notes="Returned the paper batch")
    assert workspace.tickets.open_incidents_of("PRB-1") == ["INC-1", "INC-2"]
    assert workspace.tickets.get("INC-1").status is Status.NEW


def test_only_incidents_link_to_a_problem(workspace) -> None:  # type: ignore[no-untyped-def]
    log(workspace, "Laptop", type="request")
    log(workspace, "Fleet", type="problem")
    log(workspace, "Jam")
    with pytest.raises(ValidationError, match="problem"):
        update(workspace, "REQ-1", problem="PRB-1")
    with pytest.raises(ValidationError, match="not a problem"):
        update(workspace, "INC-1", problem="REQ-1")
    with pytest.raises(ValidationError, match="not incidents"):
        workspace.links.create_problem_from(["REQ-1"], "p", workspace.actor)


# --- search ----------------------------------------------------------------------------------------


@pytest.fixture
def searchable(workspace):  # type: ignore[no-untyped-def]
    log(workspace, "Printer jams on floor 2", description="Paper stuck in tray two")
    log(workspace, "VPN drops", description="Only from the hotel")
    log(workspace, "Outlook crashes")
    update(workspace, "INC-3", reply="Please send a screenshot of the dialogue")
    update(workspace, "INC-2", note="Firewall logs show timeouts")
    log(workspace, "Café Wi-Fi réseau lent")
    return workspace


SEARCHES = [
    ("printer", ["INC-1"]),  # subject
    ("PRINTER", ["INC-1"]),
    ("tray", ["INC-1"]),  # description
    ("hotel", ["INC-2"]),
    ("screenshot", ["INC-3"]),  # public reply
    ("firewall", ["INC-2"]),  # internal note
    ("print", ["INC-1"]),  # prefix, as you type
    ("scree", ["INC-3"]),
    ("paper stuck", ["INC-1"]),  # every word must match
    ("paper hotel", []),
    ("reseau", ["INC-4"]),  # accents forgiven
    ("cafe", ["INC-4"]),
    ("zebra", []),
]


def test_search_finds_words_anywhere_in_the_ticket(searchable) -> None:  # type: ignore[no-untyped-def]
    found = {text: (search(searchable, text), search(searchable, text, sort="updated")) for text, _ in SEARCHES}
    assert found == {text: (expected, expected) for text, expected in SEARCHES}


def test_search_follows_edits(searchable) -> None:  # type: ignore[no-untyped-def]
    update(searchable, "INC-3", subject="Word crashes")
    assert search(searchable, "outlook") == []
    assert search(searchable, "word") == ["INC-3"]


PUNCTUATION = [
    '"',
    '"printer',
    "printer'",
    "o'neil's printer",
    "printer*",
    "*",
    "(",
    "printer)",
    "NEAR(printer jams)",
    "printer AND",
    "OR",
    "NOT printer",
    "-printer",
    "+printer",
    "subject:printer",
    "^printer",
    "{subject}: printer",
    "printer; DROP TABLE tickets; --",
    "100%",
    "C:\\Users\\anna",
    "a\x00b",
    "  ",
    "",
    "é",
    "打印机",
    "😀 printer",
]


def test_punctuation_typed_in_search_is_never_an_error(searchable) -> None:  # type: ignore[no-untyped-def]
    for typed in PUNCTUATION:
        assert isinstance(search(searchable, typed), list), typed
    assert search(searchable, '"printer"') == ["INC-1"]
    assert search(searchable, "printer's") == []  # every word must match, and "s" is not in INC-1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=40))
def test_any_search_text_is_answered_without_error(searchable, typed) -> None:  # type: ignore[no-untyped-def]
    hits = search(searchable, typed)
    assert set(hits) <= {"INC-1", "INC-2", "INC-3", "INC-4"}
    assert search(searchable, typed, sort="priority") is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=st.text(max_size=220))
def test_any_subject_is_either_stored_as_typed_or_refused_by_name(workspace, subject) -> None:  # type: ignore[no-untyped-def]
    try:
        ticket = log(workspace, subject)
    except ValidationError as error:
        assert error.field == "subject"
        assert str(error).startswith("subject:")
        return
    assert ticket.subject == subject.strip()
    assert workspace.tickets.get(ticket.ref).subject == subject.strip()


# --- attachments -----------------------------------------------------------------------------------


def stored_files(ws: Workspace) -> list[Path]:
    folder = ws.attachments.store.folder
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_same_content_is_stored_once(workspace) -> None:  # type: ignore[no-untyped-def]
    me = workspace.actor
    log(workspace, "A")
    log(workspace, "B")
    first = workspace.attachments.attach("INC-1", io.BytesIO(b"same screenshot"), "error.png", me)
    second = workspace.attachments.attach("INC-2", io.BytesIO(b"same screenshot"), "error-again.png", me)
    third = workspace.attachments.attach("INC-1", io.BytesIO(b"other bytes"), "other.png", me)
    assert first.sha256 == second.sha256 != third.sha256
    assert len(stored_files(workspace)) == 2
    assert workspace.attachments.store.path_for(first.sha256).read_bytes() == b"same screenshot"
    assert [a.filename for a in workspace.tickets.get("INC-1").attachments] == ["error.png", "other.png"]
    assert history(workspace.tickets.get("INC-2"), "attachment") == [(None, "error-again.png")]
    assert workspace.attachments.orphans() == set()


def test_an_attachment_can_be_opened(workspace) -> None:  # type: ignore[no-untyped-def]
    """What the app's 'Open' does: the path of the stored bytes, to hand to the system viewer."""
    log(workspace)
    record = workspace.attachments.attach("INC-1", io.BytesIO(b"screenshot"), "error.png", workspace.actor)
    assert workspace.attachments.path(record.id).read_bytes() == b"screenshot"
    with pytest.raises(NotFoundError):
        workspace.attachments.path(record.id + 100)


def test_a_file_over_the_limit_is_refused_leaving_nothing(workspace, db_path) -> None:  # type: ignore[no-untyped-def]
    with workspace.database.write() as session:
        office.write(session, office.ATTACHMENT_LIMIT_MB, 1)
    log(workspace)
    limit = 1024 * 1024
    before = dump(db_path)
    with pytest.raises(ValidationError, match="limit") as refused:
        workspace.attachments.attach("INC-1", io.BytesIO(b"x" * (limit + 1)), "huge.iso", workspace.actor)
    assert refused.value.field == "attachment"
    assert stored_files(workspace) == []
    assert dump(db_path) == before
    exactly = workspace.attachments.attach("INC-1", io.BytesIO(b"y" * limit), "fits.bin", workspace.actor)
    assert exactly.size == limit


def test_attaching_to_a_ticket_that_does_not_exist_stores_nothing(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match="INC-7"):
        workspace.attachments.attach("INC-7", io.BytesIO(b"bytes"), "a.txt", workspace.actor)
    log(workspace)
    with pytest.raises(NotFoundError, match=r"missing\.png"):
        workspace.attachments.attach_file("INC-1", tmp_path / "missing.png", workspace.actor)
    assert stored_files(workspace) == []
    assert workspace.tickets.get("INC-1").attachments == ()


def test_a_row_that_fails_to_commit_leaves_no_orphan_file(workspace, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    before = dump(db_path)
    real_load = attachments_module.load_ticket
    calls = []

    def ticket_gone_by_the_time_we_write(session, ref):  # type: ignore[no-untyped-def]
        calls.append(ref)
        if len(calls) == 1:
            return real_load(session, ref)  # valid when the upload starts
        raise NotFoundError(f"ticket: {ref} does not exist", field="ticket")

    monkeypatch.setattr(attachments_module, "load_ticket", ticket_gone_by_the_time_we_write)
    with pytest.raises(NotFoundError):
        workspace.attachments.attach("INC-1", io.BytesIO(b"screenshot bytes"), "shot.png", workspace.actor)
    assert len(calls) == 2
    assert stored_files(workspace) == []
    assert dump(db_path) == before


def test_a_database_refusing_the_row_leaves_no_orphan_file(workspace, db_path) -> None:  # type: ignore[no-untyped-def]
    log(workspace)
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_attachments BEFORE INSERT ON attachments "
            "BEGIN SELECT RAISE(ABORT, 'no more attachments'); END"
        )
        connection.commit()
    before = dump(db_path)
    with pytest.raises(DeskappError):
        workspace.attachments.attach("INC-1", io.BytesIO(b"screenshot bytes"), "shot.png", workspace.actor)
    assert stored_files(workspace) == []
    assert dump(db_path) == before


def test_a_failed_attach_keeps_a_file_another_ticket_uses(workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    me = workspace.actor
    log(workspace, "A")
    log(workspace, "B")
    kept = workspace.attachments.attach("INC-1", io.BytesIO(b"shared bytes"), "log.txt", me)

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ValidationError("attachment: refused for the test", field="attachment")

    monkeypatch.setattr(attachments_module, "attachment_record", refuse)
    with pytest.raises(ValidationError):
        workspace.attachments.attach("INC-2", io.BytesIO(b"shared bytes"), "log-copy.txt", me)
    monkeypatch.undo()
    assert workspace.attachments.store.path_for(kept.sha256).read_bytes() == b"shared bytes"
    assert workspace.tickets.get("INC-2").attachments == ()
    assert count(workspace.path, "attachments") == 1

"""The ticket detail, driven through its real widgets: editing, replying, drafts, actions, files."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from deskapp.domain.tickets import EntryKind, Status, TicketType
from deskapp.services.records import AuditRecord
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.ui.detail import ResolveDialog, TicketDetailWidget, TicketWindow
from deskapp.ui.detail.format import history_line
from deskapp.ui.drafts import DraftStore
from deskapp.ui.ops import Change


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def log(workspace, subject="Printer on floor 2 jams", **kwargs):  # type: ignore[no-untyped-def]
    return workspace.tickets.create(NewTicket(subject, **kwargs), workspace.actor)


@pytest.fixture
def detail(qtbot, workspace, ops, drafts):  # type: ignore[no-untyped-def]
    widget = TicketDetailWidget(workspace, ops, drafts)
    qtbot.addWidget(widget)
    widget.resize(700, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def show(qtbot, ops, detail, ref: str) -> None:  # type: ignore[no-untyped-def]
    detail.show_ticket(ref)
    settle(qtbot, ops)
    assert detail.ticket is not None and detail.ticket.ref == ref


def test_no_ticket_shows_a_friendly_empty_state(detail) -> None:  # type: ignore[no-untyped-def]
    assert detail.ref is None
    assert detail.empty_title.isVisible()
    assert detail.empty_title.text() == "Select a ticket"


def test_header_shows_number_subject_and_text_badges(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(
        workspace, requester_email="jane@example.com", requester_name="Jane Doe", impact="high", urgency="high"
    )
    show(qtbot, ops, detail, ticket.ref)
    assert detail.header.number.text() == ticket.ref
    assert detail.fields.subject.text() == "Printer on floor 2 jams"
    assert detail.header.status.plain_text() == "● New"
    assert detail.header.priority.plain_text() == "● Urgent priority"
    assert "Jane Doe" in detail.header.requester.text()
    # Only the statuses the lifecycle allows are offered.
    offered = {detail.fields.status.itemData(i) for i in range(detail.fields.status.count())}
    assert offered == {"new", "open", "pending", "resolved", "cancelled"}


def test_unknown_ticket_says_so(qtbot, ops, detail) -> None:  # type: ignore[no-untyped-def]
    detail.show_ticket("INC-404")
    settle(qtbot, ops)
    assert detail.ticket is None
    assert "INC-404" in detail.empty_title.text()
    assert "does not exist" in detail.empty_text.text()


def test_priority_override_needs_a_reason_shown_beside_the_field(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    fields = detail.fields
    assert fields.fields["reason"].cell.isHidden()
    fields.priority.setCurrentIndex(fields.priority.findData("high"))
    assert not fields.fields["reason"].cell.isHidden(), "choosing a priority by hand asks for a reason"
    assert detail.save_button.isEnabled()

    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    errors = fields.errors()
    assert list(errors) == ["priority"]
    assert "give a reason" in errors["priority"]
    assert fields.fields["priority"].error.parent() is fields.fields["priority"].cell
    assert fields.fields["priority"].error.isVisible()
    stored = workspace.tickets.get(ticket.ref)
    assert stored.priority.value == "medium" and len(stored.history) == 1  # nothing saved

    qtbot.keyClicks(fields.reason, "Whole floor cannot print")
    qtbot.keyClick(fields.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    stored = workspace.tickets.get(ticket.ref)
    assert stored.priority.value == "high" and stored.priority_reason == "Whole floor cannot print"
    assert fields.errors() == {}
    assert not detail.has_unsaved_changes()
    detail.tabs.setCurrentIndex(detail.HISTORY)
    line = f"Priority changed from Medium to High by {workspace.actor.name} — "
    assert any(text.startswith(line) for text in detail.history.lines()), detail.history.lines()


def test_save_applies_all_edited_fields_as_one_change_and_revert_discards(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace, tags=["printer"])
    show(qtbot, ops, detail, ticket.ref)
    fields = detail.fields
    fields.subject.selectAll()
    qtbot.keyClicks(fields.subject, "Printer jams on every job")
    fields.category.setCurrentIndex(fields.category.findData("Printing"))
    fields.subcategory.setCurrentIndex(fields.subcategory.findData("Print queue"))
    fields.tags.setText("printer, floor2")
    fields.tags.textEdited.emit(fields.tags.text())
    fields.group.setCurrentIndex(fields.group.findData("Technical Support"))
    fields.group.activated.emit(fields.group.currentIndex())
    assert fields.dirty() == {"subject", "category", "subcategory", "tags", "group"}
    detail.save()
    settle(qtbot, ops)
    stored = workspace.tickets.get(ticket.ref)
    assert stored.subject == "Printer jams on every job"
    assert (stored.category, stored.subcategory) == ("Printing", "Print queue")
    assert stored.tags == ("floor2", "printer")
    assert stored.group is not None and stored.group.name == "Technical Support"
    assert len({h.at for h in stored.history[1:]}) == 1 and stored.updated_at == stored.history[-1].at

    fields.subject.setText("Something else")
    fields.subject.textEdited.emit("Something else")
    assert detail.has_unsaved_changes()
    detail.actions_.revert.trigger()
    assert fields.subject.text() == "Printer jams on every job"
    assert not detail.save_button.isEnabled()


def test_ctrl_return_sends_a_reply_and_sets_first_response(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    editor = detail.reply_box.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Have you tried turning it off and on?")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    cards = [c for c in detail.conversation.cards if c.kind is not EntryKind.EVENT]
    assert [c.body.text() for c in cards] == ["Have you tried turning it off and on?"]
    assert cards[0].property("entryKind") == "reply"
    assert cards[0].kind_label.text().endswith("Public reply")
    assert editor.toPlainText() == ""
    assert workspace.tickets.get(ticket.ref).first_response_at is not None
    assert "First response" in detail.header.times.text()


def test_internal_note_looks_different_from_a_reply(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    workspace.tickets.update(ticket.ref, TicketChanges(reply="On my way"), workspace.actor)
    show(qtbot, ops, detail, ticket.ref)
    editor = detail.reply_box.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Toner is counterfeit; order from the usual supplier")
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_Return, mods)
    settle(qtbot, ops)
    reply, note = (c for c in detail.conversation.cards if c.kind is not EntryKind.EVENT)
    assert note.property("entryKind") == "note"
    assert note.kind_label.text().endswith("Internal note")
    assert reply.kind_label.text().endswith("Public reply")
    assert note.grab().toImage().pixelColor(note.width() // 2, note.height() - 3) != reply.grab().toImage().pixelColor(
        reply.width() // 2, reply.height() - 3
    )
    stored = workspace.tickets.get(ticket.ref)
    assert [e.kind for e in stored.entries if e.kind is not EntryKind.EVENT] == [EntryKind.REPLY, EntryKind.NOTE]
    events = [c for c in detail.conversation.cards if c.kind is EntryKind.EVENT]
    assert all(c.body.font().italic() for c in events)


def test_reply_draft_survives_a_new_widget_and_is_discarded_after_sending(  # type: ignore[no-untyped-def]
    qtbot, ops, workspace, detail, drafts, tmp_path
) -> None:
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    qtbot.keyClicks(detail.reply_box.editor, "Half-written answer")
    drafts.flush()

    again = TicketDetailWidget(workspace, ops, DraftStore(drafts.folder))
    qtbot.addWidget(again)
    show(qtbot, ops, again, ticket.ref)
    assert again.reply_box.text() == "Half-written answer"

    again.reply_box.reply_button.click()
    settle(qtbot, ops)
    assert again.reply_box.text() == ""
    assert not any(drafts.folder.glob("*.json"))


def test_resolve_asks_for_notes_and_code(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace, assignee="me")
    show(qtbot, ops, detail, ticket.ref)
    assert detail.actions_.resolve.isEnabled() and not detail.actions_.close.isEnabled()
    detail.setFocus()
    qtbot.keyClick(detail, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, ops)
    dialog = detail.resolve_dialog
    assert isinstance(dialog, ResolveDialog) and dialog.isVisible()
    assert dialog.incidents.isHidden()  # only problems offer to resolve incidents
    dialog.resolve_button.click()
    assert dialog.isVisible() and not dialog.notes_error.isHidden(), "notes are required"
    qtbot.keyClicks(dialog.notes, "Cleared the paper path and replaced the roller")
    dialog.code.setCurrentIndex(dialog.code.findData("workaround"))
    dialog.resolve_button.click()
    settle(qtbot, ops)
    stored = workspace.tickets.get(ticket.ref)
    assert stored.status is Status.RESOLVED
    assert stored.resolution_code is not None and stored.resolution_code.value == "workaround"
    assert detail.header.status.plain_text() == "● Resolved"
    assert any(line.startswith("Status changed from Open to Resolved by") for line in detail.history.lines())
    assert detail.actions_.close.isEnabled() and detail.actions_.reopen.isEnabled()
    assert not detail.actions_.resolve.isEnabled()


def test_choosing_resolved_in_the_form_asks_for_the_resolution_and_saves_everything_together(  # type: ignore[no-untyped-def]
    qtbot, ops, workspace, detail
) -> None:
    ticket = log(workspace, assignee="me")
    show(qtbot, ops, detail, ticket.ref)
    fields = detail.fields
    fields.status.setCurrentIndex(fields.status.findData("resolved"))
    fields.status.activated.emit(fields.status.currentIndex())
    fields.tags.setText("toner")
    fields.tags.textEdited.emit("toner")
    detail.save_button.click()
    settle(qtbot, ops)
    dialog = detail.resolve_dialog
    assert dialog is not None
    dialog.notes.setPlainText("Replaced the toner")
    dialog.resolve_button.click()
    settle(qtbot, ops)
    stored = workspace.tickets.get(ticket.ref)
    assert stored.status is Status.RESOLVED and stored.tags == ("toner",)
    assert stored.resolution_notes == "Replaced the toner"
    assert not detail.has_unsaved_changes()


def test_pending_close_and_reopen_follow_the_lifecycle(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace, assignee="me")
    show(qtbot, ops, detail, ticket.ref)
    actions = detail.actions_
    assert not actions.close.isEnabled() and not actions.reopen.isEnabled()
    actions.pending.trigger()
    settle(qtbot, ops)
    assert workspace.tickets.get(ticket.ref).status is Status.PENDING
    assert not actions.pending.isEnabled()
    workspace.tickets.update(ticket.ref, TicketChanges(status="resolved", resolution_notes="done"), workspace.actor)
    detail.reload()
    settle(qtbot, ops)
    actions.close.trigger()
    settle(qtbot, ops)
    assert workspace.tickets.get(ticket.ref).status is Status.CLOSED
    assert actions.reopen.isEnabled() and not actions.close.isEnabled()
    actions.reopen.trigger()
    settle(qtbot, ops)
    assert workspace.tickets.get(ticket.ref).status is Status.OPEN
    assert detail.header.status.plain_text() == "● Open"


def test_resolving_a_problem_offers_its_open_incidents(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    incident = log(workspace, "VPN drops every hour")
    problem = workspace.links.create_problem_from([incident.ref], "VPN concentrator firmware", workspace.actor)
    show(qtbot, ops, detail, problem.ref)
    detail.actions_.resolve.trigger()
    settle(qtbot, ops)
    dialog = detail.resolve_dialog
    assert dialog is not None and not dialog.incidents.isHidden()
    assert dialog.incidents.text() == "Also resolve 1 linked incident"
    dialog.notes.setPlainText("Firmware 9.2 installed")
    dialog.resolve_button.click()
    settle(qtbot, ops)
    assert workspace.tickets.get(problem.ref).status is Status.RESOLVED
    assert workspace.tickets.get(incident.ref).status is Status.RESOLVED


def test_assign_to_me_by_shortcut(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    assert detail.actions_.assign_to_me.isEnabled()
    detail.fields.tags.setFocus()
    qtbot.keyClick(
        detail.fields.tags, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, ops)
    stored = workspace.tickets.get(ticket.ref)
    assert stored.assignee is not None and stored.assignee.id == workspace.actor.id
    assert stored.status is Status.OPEN
    assert detail.fields.assignee.currentData() == str(workspace.actor.id)
    assert not detail.actions_.assign_to_me.isEnabled()


def test_escalate_moves_to_the_next_tier(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace, group="Service Desk")
    show(qtbot, ops, detail, ticket.ref)
    detail.actions_.escalate.trigger()
    settle(qtbot, ops)
    assert workspace.tickets.get(ticket.ref).group.name == "Technical Support"  # type: ignore[union-attr]
    assert any("Support group changed from Service Desk to Technical Support" in x for x in detail.history.lines())


def test_dropped_file_is_attached_and_listed(qtbot, ops, workspace, detail, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    screenshot = tmp_path / "error screenshot.png"
    screenshot.write_bytes(b"\x89PNG fake bytes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(screenshot))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    detail.dropEvent(event)
    assert event.isAccepted()
    settle(qtbot, ops)
    settle(qtbot, ops)  # the announced change reloads the ticket
    assert detail.attachments.names() == ["error screenshot.png"]
    assert detail.tabs.currentIndex() == detail.ATTACHMENTS
    assert "Attachments (1)" in detail.tabs.tabText(detail.ATTACHMENTS)


def test_activating_an_attachment_opens_its_file(qtbot, ops, workspace, detail, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    note = tmp_path / "notes.txt"
    note.write_bytes(b"hello")
    workspace.attachments.attach_file(ticket.ref, note, workspace.actor)
    show(qtbot, ops, detail, ticket.ref)
    opened: list[QUrl] = []
    detail.open_url = opened.append
    item = detail.attachments.list.topLevelItem(0)
    detail.attachments.list.itemActivated.emit(item, 0)
    settle(qtbot, ops)
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == b"hello"


def test_links_tab_links_related_tickets_and_opens_them(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket, other = log(workspace), log(workspace, "Second printer also jams")
    show(qtbot, ops, detail, ticket.ref)
    qtbot.keyClicks(detail.links.number, other.ref.lower())
    detail.links.link_button.click()
    settle(qtbot, ops)
    assert workspace.tickets.get(ticket.ref).related == (other.ref,)
    assert detail.links.number.text() == ""
    link = detail.links.related_box.findChild(type(detail.header.number), f"link-{other.ref}")
    with qtbot.waitSignal(detail.open_ticket) as opened:
        link.linkActivated.emit(other.ref)
    assert opened.args == [other.ref]

    qtbot.keyClicks(detail.links.number, "nonsense")
    detail.links.link_button.click()
    assert "not a ticket number" in detail.links.error.text()


def test_reloads_when_another_view_changes_the_ticket(qtbot, ops, workspace, detail) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    show(qtbot, ops, detail, ticket.ref)
    detail.fields.tags.setText("kept-edit")
    detail.fields.tags.textEdited.emit("kept-edit")
    ops.run(
        lambda: workspace.tickets.update(ticket.ref, TicketChanges(subject="Renamed elsewhere"), workspace.actor),
        change=Change(refs=(ticket.ref,)),
    )
    settle(qtbot, ops)
    settle(qtbot, ops)
    assert detail.fields.subject.text() == "Renamed elsewhere"
    assert detail.fields.tags.text() == "kept-edit", "a reload keeps what the person is still editing"


def test_history_lines_read_like_sentences() -> None:
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    today = datetime(2026, 3, 2, 14, 2, tzinfo=UTC)
    earlier = datetime(2026, 2, 20, 14, 2, tzinfo=UTC)
    line = history_line(AuditRecord("priority", "medium", "high", "Alex", today), now)
    local = today.astimezone()
    assert line == f"Priority changed from Medium to High by Alex — {local:%H:%M}"
    old = history_line(AuditRecord("group", None, "Service Desk", "Alex", earlier), now)
    assert old.startswith("Support group set to Service Desk by Alex — ") and "2026" in old
    assert history_line(AuditRecord("created", None, "INC-1", "Alex", today), now).startswith("Ticket logged by")
    first = history_line(AuditRecord("first_response_at", None, "2026-03-02T14:02:00Z", "Alex", today), now)
    assert first.startswith("First response recorded by Alex")


def test_ticket_window_shows_the_ticket_in_its_own_window(qtbot, ops, workspace, drafts) -> None:  # type: ignore[no-untyped-def]
    ticket = log(workspace)
    window = TicketWindow(workspace, ops, drafts, ticket.ref)
    qtbot.addWidget(window)
    settle(qtbot, ops)
    assert window.detail.ref == ticket.ref
    assert window.windowTitle() == f"{ticket.ref} — Printer on floor 2 jams"


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Dark: "#1a1a1a",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_render_for_review(qtbot, ops, workspace, drafts, clock, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Renders /tmp/detail.png and /tmp/detail-dark.png to look at; checks the note stays readable."""
    app = QApplication.instance()
    original = app.palette()
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())
    try:
        ticket = log(
            workspace,
            "Laptop will not connect to the office Wi-Fi after the update",
            description="Since this morning's update my laptop shows 'No internet' on the office Wi-Fi. Cable works.",
            requester_email="jane.doe@example.com",
            requester_name="Jane Doe",
            requester_department="Finance",
            category="Network/Wi-Fi",
            tags=["wifi", "laptop"],
            impact="high",
            type=TicketType.INCIDENT.value,
        )
        clock.advance(minutes=5)
        workspace.tickets.update(
            ticket.ref, TicketChanges(assignee="me", reply="Hi Jane, which network name do you see?"), workspace.actor
        )
        clock.advance(minutes=7)
        workspace.tickets.update(
            ticket.ref, TicketChanges(note="Known driver issue with this Wi-Fi card; try a rollback."), workspace.actor
        )
        clock.advance(minutes=3)
        workspace.tickets.update(
            ticket.ref, TicketChanges(priority="urgent", priority_reason="Board meeting at 11"), workspace.actor
        )
        widget = TicketDetailWidget(workspace, ops, drafts)
        qtbot.addWidget(widget)
        widget.resize(700, 760)
        widget.show()
        show(qtbot, ops, widget, ticket.ref)
        qtbot.wait(20)
        name = "/tmp/detail.png" if theme == "light" else "/tmp/detail-dark.png"
        assert widget.grab().save(name)
        widget.tabs.setCurrentIndex(widget.HISTORY)
        assert widget.grab().save(name.replace(".png", "-history.png"))
        note = next(c for c in widget.conversation.cards if c.kind is EntryKind.NOTE)
        background = note.grab().toImage().pixelColor(note.width() // 2, note.height() - 3)
        text = widget.palette().color(QPalette.ColorRole.Text)
        assert abs(background.lightness() - text.lightness()) > 120, "note text must stand out from its card"
    finally:
        app.setPalette(original)

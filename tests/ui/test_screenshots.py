"""Screenshots of the main screens in the light and the dark palette, to look at as an office manager would.

The PNGs go to $DESKAPP_SCREENSHOTS, or screenshots/ at the top of the repository (ignored by git).
"""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.domain.tickets import EntryKind, Status
from deskapp.services.reviews import ReviewChanges
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.ui.detail import TicketWindow
from deskapp.ui.form import LogCallDialog, RequestFormWindow
from deskapp.ui.main_window import MainWindow
from deskapp.ui.sidebar import REVIEW_PAGE
from deskapp.ui.theme import apply_theme

REPO = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)
THEMES = ("light", "dark")


def screenshots_folder() -> Path:
    configured = os.environ.get("DESKAPP_SCREENSHOTS", "").strip()
    folder = Path(configured).expanduser() if configured else REPO / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settle(qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


# --- a small office's desk ---------------------------------------------------------------------------

PEOPLE = [
    ("Dana Whitfield", "dana.whitfield@example.com", "Finance"),
    ("Sam Patel", "sam.patel@example.com", "Sales"),
    ("Ann Smith", "ann.smith@example.com", "Reception"),
    ("Bob Lee", "bob.lee@example.com", "Warehouse"),
    ("Carla Nunes", "carla.nunes@example.com", "Marketing"),
    ("Oliver Grant", "oliver.grant@example.com", "Management"),
    ("Priya Shah", "priya.shah@example.com", "Finance"),
    ("Tom Becker", "tom.becker@example.com", "Sales"),
]

# subject, category, type, impact, urgency, what happens to it
TICKETS = [
    ("Printer on floor 2 jams on every job", "Printing/Print queue", "incident", "medium", "medium", "open"),
    ("VPN drops every hour when working from home", "Network/VPN", "incident", "medium", "high", "escalated"),
    ("Laptop and accounts for new starter Mia", "Accounts & access/New account", "request", "low", "medium", "open"),
    ("Outlook keeps asking for the password", "Email/Mailbox", "incident", "low", "high", "new"),
    ("Wi-Fi very slow in the big meeting room", "Network/Wi-Fi", "incident", "medium", "medium", "pending"),
    ("Excel crashes when opening the budget workbook", "Software/Office apps", "incident", "low", "high", "resolved"),
    ("Scanner sends blank pages to email", "Printing/Scanner", "incident", "low", "low", "closed"),
    ("Order toner for the colour printer", "Printing/Toner & paper", "request", "low", "low", "resolved"),
    ("Desk phone in reception has no dial tone", "Phones/Desk phone", "incident", "medium", "high", "open"),
    ("Shared mailbox 'accounts' missing in Outlook", "Email/Mailbox", "incident", "medium", "medium", "new"),
    ("Monitor flickers after lunch", "Hardware/Monitor", "incident", "low", "medium", "new"),
    ("Install Adobe Reader on the warehouse PC", "Software/Installation", "request", "low", "low", "closed"),
    ("Internet down for the whole office", "Network/Internet", "incident", "high", "high", "major"),
    ("Cannot open the shared drive S:", "Network/Network drive", "incident", "medium", "high", "escalated"),
    ("Phishing email received from 'the bank'", "Email/Spam & phishing", "incident", "medium", "medium", "resolved"),
    ("Password reset for the payroll system", "Accounts & access/Password reset", "request", "low", "high", "closed"),
    ("Laptop battery lasts less than an hour", "Hardware/Laptop", "incident", "low", "medium", "pending"),
    ("Mobile phone for the new sales manager", "Phones/Mobile", "request", "low", "low", "new"),
    ("Windows update stuck at 35%", "Software/Updates", "incident", "low", "high", "open"),
    ("Server room temperature alarm", "Hardware/Server", "incident", "high", "medium", "escalated"),
    ("Remove access for leaver Jake", "Accounts & access/Leaver", "request", "medium", "medium", "resolved"),
    ("Calendar invites arrive an hour late", "Email/Calendar", "incident", "medium", "low", "new"),
    ("Keyboard missing keys at desk 14", "Hardware/Peripherals", "request", "low", "low", "closed"),
    ("Firewall blocks the new supplier portal", "Network/Firewall", "incident", "medium", "high", "open"),
    ("Voicemail PIN forgotten", "Phones/Voicemail", "request", "low", "low", "resolved"),
    ("Accounting app licence expired", "Software/Licensing", "incident", "high", "high", "escalated"),
    ("Add Carla to the marketing distribution list", "Email/Distribution lists", "request", "low", "low", "new"),
    ("Desktop PC very slow to start", "Hardware/Desktop", "incident", "low", "medium", "open"),
    ("MFA codes not arriving by SMS", "Accounts & access/MFA", "incident", "medium", "high", "new"),
    ("Label printer prints off-centre", "Printing/Print queue", "incident", "low", "low", "pending"),
    ("Website contact form not sending emails", "Software/Business apps", "incident", "medium", "medium", "open"),
    ("Projector in room B shows no picture", "Hardware/Peripherals", "incident", "medium", "medium", "resolved"),
    ("Permissions for the HR folder", "Accounts & access/Permissions", "request", "medium", "low", "open"),
    ("Teams camera not detected", "Hardware/Peripherals", "incident", "low", "medium", "new"),
    ("Backup job failed last night", "Hardware/Server", "incident", "high", "medium", "open"),
    ("Wi-Fi password for guests", "Network/Wi-Fi", "request", "low", "low", "closed"),
    ("Invoices print with a grey band", "Printing/Print queue", "incident", "low", "medium", "new"),
]
SHOWCASE = "Laptop will not connect to the office Wi-Fi after the update"


def fill_desk(workspace, clock) -> str:  # type: ignore[no-untyped-def]
    """About forty tickets over two weeks in every state, a problem, a major incident to review; returns the
    ref of the ticket to show (a conversation with a reply, a note and events)."""
    me = workspace.actor
    tickets = workspace.tickets
    end = clock.now
    clock.now = end - timedelta(days=14)
    step = timedelta(days=13) / len(TICKETS)
    refs: dict[str, str] = {}
    for i, (subject, category, kind, impact, urgency, fate) in enumerate(TICKETS):
        name, email, department = PEOPLE[i % len(PEOPLE)]
        ref = tickets.create(
            NewTicket(
                subject,
                description=f"{subject}. Reported by {name.split()[0]} from {department}.",
                type=kind,
                impact=impact,
                urgency=urgency,
                category=category,
                requester_email=email,
                requester_name=name,
                requester_department=department,
                source=("phone", "form", "email", "walk-in")[i % 4],
                major=fate == "major",
                tags=["printer"] if category.startswith("Printing") else (),
            ),
            me,
        ).ref
        refs[subject] = ref
        clock.advance(minutes=35)
        if fate != "new":
            tickets.update(ref, TicketChanges(assignee="me", group="Service Desk"), me)
        if fate in ("escalated", "major"):
            tickets.update(ref, TicketChanges(escalate=True, note="Needs second line; logs attached."), me)
        if fate == "pending":
            tickets.update(ref, TicketChanges(reply="Could you tell us when it happens next?", status="pending"), me)
        if fate in ("resolved", "closed", "major"):
            notes = "Replaced the faulty part and tested with the requester." if kind == "incident" else "Done."
            code = "fulfilled" if kind == "request" else "fixed"
            tickets.update(
                ref,
                TicketChanges(
                    reply="This should be sorted now.", status="resolved", resolution_notes=notes, resolution_code=code
                ),
                me,
            )
        if fate == "closed":
            tickets.update(ref, TicketChanges(status="closed"), me)
        clock.now += step
    workspace.links.create_problem_from(
        [refs["VPN drops every hour when working from home"], refs["Cannot open the shared drive S:"]],
        "Old file server name still used by login scripts",
        me,
    )
    workspace.reviews.save(  # a review started, not finished: still on the to-do list
        refs["Internet down for the whole office"], ReviewChanges(summary="ISP router failed at 09:10."), me
    )

    clock.now = end - timedelta(minutes=50)
    name, email, department = PEOPLE[0]
    ref = tickets.create(
        NewTicket(
            SHOWCASE,
            description="Since this morning's update my laptop shows 'No internet' on the office Wi-Fi. "
            "The cable in the meeting room works.",
            impact="medium",
            urgency="high",
            category="Network/Wi-Fi",
            requester_email=email,
            requester_name=name,
            requester_department=department,
            tags=["wifi", "laptop"],
        ),
        me,
    ).ref
    clock.advance(minutes=6)
    tickets.update(ref, TicketChanges(assignee="me", group="Service Desk"), me)
    clock.advance(minutes=4)
    tickets.update(ref, TicketChanges(reply="Hi Dana, which network name does the laptop show?"), me)
    clock.advance(minutes=12)
    tickets.update(
        ref, TicketChanges(note="Known driver issue with this Wi-Fi card after the update; roll the driver back."), me
    )
    clock.advance(minutes=8)
    tickets.update(ref, TicketChanges(escalate=True, priority="urgent", priority_reason="Board meeting at 11"), me)
    clock.now = end
    return ref


# --- rendering -----------------------------------------------------------------------------------------


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def shoot(qtbot, widget: QWidget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    qtbot.wait(30)  # layouts of freshly shown rows settle on the next pass of the event loop
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    return path


def show(qtbot, widget: QWidget, size: tuple[int, int] | None = SIZE) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.fixture
def themed(qtbot):  # type: ignore[no-untyped-def]
    """Switch palettes freely; the light palette (and the style the run started with) come back after."""
    app = QApplication.instance()
    style, palette = app.style().name(), QPalette(app.palette())
    yield app
    apply_theme(app, "light")
    app.setStyle(style)
    app.setPalette(palette)


def test_screenshots_light_and_dark(qtbot, themed, workspace, ops, drafts, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    showcase = fill_desk(workspace, clock)
    folder = screenshots_folder()
    shots: list[Path] = []
    for theme in THEMES:
        apply_theme(themed, theme)
        settings = QSettings(str(tmp_path / f"{theme}.ini"), QSettings.Format.IniFormat)

        window = MainWindow(workspace, ops, drafts, settings)
        show(qtbot, window, None)
        settle(qtbot, ops)
        assert (window.width(), window.height()) == SIZE
        assert window.model.rowCount() >= 20
        window.show_ticket(showcase)
        settle(qtbot, ops)
        detail = window.detail
        assert detail.ticket is not None and detail.ticket.ref == showcase
        kinds = {card.kind for card in detail.conversation.cards}
        assert kinds == {EntryKind.REPLY, EntryKind.NOTE, EntryKind.EVENT}
        shots.append(shoot(qtbot, window, folder / f"main-{theme}.png"))
        detail.tabs.setCurrentIndex(detail.HISTORY)
        shots.append(shoot(qtbot, window, folder / f"main-history-{theme}.png"))
        detail.tabs.setCurrentIndex(detail.CONVERSATION)

        window.sidebar.choose(REVIEW_PAGE)
        settle(qtbot, ops)
        review = window.review_page
        assert review.resolved_model.rowCount() >= 5 and review.reviews_model.rowCount() >= 1
        review.resolved_table.selectRow(0)
        shots.append(shoot(qtbot, window, folder / f"review-{theme}.png"))
        window.sidebar.choose("all_open")
        settle(qtbot, ops)

        ticket = TicketWindow(workspace, ops, drafts, showcase)
        show(qtbot, ticket)
        settle(qtbot, ops)
        assert ticket.detail.ticket is not None
        shots.append(shoot(qtbot, ticket, folder / f"ticket-window-{theme}.png"))
        ticket.close()

        form = RequestFormWindow(workspace, ops, drafts, settings)
        show(qtbot, form, None)
        settle(qtbot, ops)
        qtbot.keyClicks(form.form.name_edit, "Priya Shah")
        qtbot.keyClicks(form.form.email_edit, "priya.shah@example.com")
        qtbot.keyClicks(form.form.subject_edit, "The printer in accounts prints blank pages")
        shots.append(shoot(qtbot, form, folder / f"request-form-{theme}.png"))
        form.form.name_edit.clear()
        form.form.email_edit.clear()
        form.form.subject_edit.clear()
        form.close()

        dialog = LogCallDialog(workspace, ops, drafts, window)
        show(qtbot, dialog, None)
        settle(qtbot, ops)
        qtbot.keyClicks(dialog.caller_edit, "Bob Lee <bob.lee@example.com>")
        qtbot.keyClick(dialog.caller_edit, Qt.Key.Key_Return)  # no subject yet: the message beside it
        shots.append(shoot(qtbot, dialog, folder / f"log-call-{theme}.png"))
        dialog.reject()
        drafts.discard("log-call")
        drafts.discard("request-form")
        window.close()
        settle(qtbot, ops)

    assert workspace.tickets.get(showcase).status is Status.OPEN
    for path in shots:
        assert path.exists() and path.stat().st_size > 10_000, path
        image = QImage(str(path))
        assert not image.isNull() and distinct_colours(image) > 12, f"{path.name} looks blank"
    for theme in THEMES:
        main = QImage(str(folder / f"main-{theme}.png"))
        assert (main.width(), main.height()) == SIZE
    light, dark = (QImage(str(folder / f"main-{t}.png")).pixelColor(5, 400) for t in THEMES)
    assert light.lightness() > dark.lightness() + 60, "the dark palette really is dark"

"""Reports on a small office's fortnight, every figure worked out by hand from the story below.

The story (all times UTC, office hours Mon-Fri 09:00-17:00 UTC; every ticket Medium priority: respond within
1 business day = 8 business hours, resolve within 3 business days = 24 business hours). The reporting week is
W11: [Mon 2026-03-09 00:00, Mon 2026-03-16 00:00).

    A  Mon 03-02 10:00 logged, unassigned; 11:00 assigned to me (first assignment) + reply;
       resolved Tue 03-10 10:00 (inside W11, created before it). Resolution due Thu 03-05 10:00: missed.
    F  Tue 03-03 09:00 logged (mine), reply 10:00; still open.
    G  Wed 03-04 09:00 logged (mine); resolved Thu 03-05 09:00 (before W11); closed Tue 03-10 09:00 (inside).
    M  Mon 03-09 00:00 logged (mine), exactly at the start of W11; resolved 08:00, never answered.
    B  Mon 03-09 09:00 logged (mine); reply 09:30; Pending 10:00 to Wed 03-11 10:00 (48 h); resolved 12:00.
    C  Tue 03-10 09:00 logged, unassigned; 09:15 assigned to me; 10:00 reassigned to Kasia; reply 13:00;
       resolved Wed 03-11 09:00, reopened 10:00, resolved again Thu 03-12 10:00.
    D  Wed 03-11 09:00 logged, unassigned; reply Thu 03-12 12:00 (27 h: response missed); still open.
    J  Thu 03-12 09:00 logged, merged into D at 09:30: left out of every figure.
    E  Thu 03-12 14:00 logged, unassigned; still New.
    H  Fri 03-13 09:00 logged, unassigned; cancelled 10:00.
    I  Fri 03-13 11:00 logged (mine); reply 11:30; resolved Mon 03-16 09:00 (after W11).
    L  Mon 03-16 00:00 logged, exactly at the end of W11 (not in it).
"""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Priority
from deskapp.services.demo import generate_demo
from deskapp.services.reports import (
    GROUP_BY,
    NONE_LABEL,
    TOTAL_LABEL,
    BacklogPoint,
    Durations,
    KpiRow,
    Ratio,
    ReportService,
    SlaRow,
    WeekCount,
)
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.storage.tables import Agent

HOUR = 3600


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


W10, W11, W12 = at(2, 0), at(9, 0), at(16, 0)
ANNA = {"requester_email": "anna@office.example", "requester_name": "Anna Baker", "requester_department": "Finance"}
OMAR = {"requester_email": "omar@office.example", "requester_name": "Omar Khan", "requester_department": "Sales"}


@pytest.fixture
def office(workspace, clock):  # type: ignore[no-untyped-def]
    """The story of the module docstring, told through the ticket services in time order."""
    ws = workspace
    with ws.database.write() as session:
        session.add(Agent(name="Kasia Nowak", email="kasia@office.example"))
    refs: dict[str, str] = {}

    def new(name: str, when: datetime, **fields: object) -> None:
        clock.now = when
        refs[name] = ws.tickets.create(NewTicket(subject=f"Ticket {name}", **fields), ws.actor).ref  # type: ignore[arg-type]

    def change(name: str, when: datetime, **fields: object) -> None:
        clock.now = when
        ws.tickets.update(refs[name], TicketChanges(**fields), ws.actor)  # type: ignore[arg-type]

    def resolve(name: str, when: datetime) -> None:
        change(name, when, status="resolved", resolution_notes="Fixed")

    new("A", at(2, 10))
    change("A", at(2, 11), assignee="me", reply="Looking at it")
    new("F", at(3, 9), assignee="me")
    change("F", at(3, 10), reply="On it")
    new("G", at(4, 9), assignee="me")
    resolve("G", at(5, 9))
    new("M", at(9, 0), assignee="me")
    resolve("M", at(9, 8))
    new("B", at(9, 9), assignee="me", category="Hardware/Printer", **ANNA)
    change("B", at(9, 9, 30), reply="Which printer?")
    change("B", at(9, 10), status="pending")
    new("C", at(10, 9), category="Hardware/Laptop", **ANNA)
    change("G", at(10, 9), status="closed")
    change("C", at(10, 9, 15), assignee="me")
    change("C", at(10, 10), assignee="Kasia Nowak")
    resolve("A", at(10, 10))
    change("C", at(10, 13), reply="Kasia will swap it")
    resolve("C", at(11, 9))
    new("D", at(11, 9), category="Email/Mailbox", **OMAR)
    change("C", at(11, 10), status="open")  # reopened
    change("B", at(11, 10), status="open")  # back from Pending
    resolve("B", at(11, 12))
    new("J", at(12, 9), category="Email/Mailbox", **OMAR)
    clock.now = at(12, 9, 30)
    ws.links.merge(refs["J"], refs["D"], ws.actor)
    resolve("C", at(12, 10))
    change("D", at(12, 12), reply="Mailbox full; archiving")
    new("E", at(12, 14), category="Email/Mailbox", **OMAR)
    new("H", at(13, 9), category="Network/VPN")
    change("H", at(13, 10), status="cancelled")
    new("I", at(13, 11), assignee="me", category="Hardware/Printer", **ANNA)
    change("I", at(13, 11, 30), reply="Toner on its way")
    new("L", at(16, 0))
    resolve("I", at(16, 9))
    clock.now = at(20, 12)  # reports are run later
    return ws, refs


@pytest.fixture
def reports(office) -> ReportService:  # type: ignore[no-untyped-def]
    ws, _refs = office
    return ReportService(ws.database, ws.clock)


def test_the_story_went_as_told(office) -> None:  # type: ignore[no-untyped-def]
    """The premises of the arithmetic below: priority, due times and SLA verdicts as the SLA service set them."""
    ws, refs = office
    t = {name: ws.tickets.get(ref) for name, ref in refs.items()}
    assert {d.priority for d in t.values()} == {Priority.MEDIUM}
    assert t["A"].resolution_due_at == at(5, 10)  # Mon 10:00 + 24 business hours: Mon 7 + Tue 8 + Wed 8 + Thu 1
    assert t["C"].reopen_count == 1 and t["C"].resolved_at == at(12, 10)
    assert t["C"].assignee.name == "Kasia Nowak"
    assert t["D"].response_due_at == at(11, 17)  # Wed 09:00 + 8 business hours; answered Thu 12:00
    assert t["I"].response_due_at == at(16, 11)  # Fri 11:00 + 6 h on Friday + 2 h on Monday
    with ws.database.engine.connect() as connection:
        paused = dict(connection.exec_driver_sql("SELECT subject, sla_paused_wall_s FROM tickets").all())
        verdicts = connection.exec_driver_sql(
            "SELECT subject, response_met, resolution_met FROM tickets ORDER BY subject"
        ).all()
    assert paused["Ticket B"] == 48 * HOUR
    assert {s[-1]: (r, s_) for s, r, s_ in verdicts} == {
        "A": (1, 0),  # answered within the hour; resolved five days late
        "B": (1, 1),
        "C": (1, 1),  # the reopen restarted the resolution clock: due Mon 03-16 10:00, resolved Thu
        "D": (0, None),
        "E": (None, None),
        "F": (1, None),
        "G": (None, 1),
        "H": (None, None),
        "I": (1, 1),
        "J": (None, None),
        "L": (None, None),
        "M": (None, 1),  # never answered: its response clock never ended
    }


# --- the KPIs of W11 ---------------------------------------------------------------------------------------

# created in W11: M (exactly at the start), B, C, D, E, H, I = 7 (J merged, L at the end: left out)
# resolved in W11: M, A (created before), B, C (its last resolution) = 4 (G before, I after: left out)
# open at the end: D, E, F (from before), I (resolved after the end) = 4 (H cancelled, L not yet logged)
# first responses in W11: B 30 min = 1800 s, C 4 h = 14400 s, D 27 h = 97200 s, I 1800 s
#   mean (1800 + 14400 + 97200 + 1800) / 4 = 115200 / 4 = 28800; sorted 1800 1800 | 14400 97200,
#   median (1800 + 14400) / 2 = 8100; met: B, C, I (not D) = 3 of 4
# time to resolve: M 8 h = 28800, A 8 days = 691200, B 51 h = 183600, C 03-10 09:00 to 03-12 10:00 = 49 h
#   = 176400; mean (28800 + 691200 + 183600 + 176400) / 4 = 1080000 / 4 = 270000;
#   sorted 28800 176400 | 183600 691200, median (176400 + 183600) / 2 = 180000
# excluding pending: B 183600 - 172800 (48 h pending) = 10800; the others had no pause:
#   mean (28800 + 691200 + 10800 + 176400) / 4 = 907200 / 4 = 226800;
#   sorted 10800 28800 | 176400 691200, median (28800 + 176400) / 2 = 102600
# resolution SLA: M, B, C met, A missed = 3 of 4; reopened: C = 1 of 4;
# without reassignment: A (first assignment only), B, M = 3 of 4 (C went from me to Kasia)
TOTAL = KpiRow(
    key="",
    label=TOTAL_LABEL,
    created=7,
    resolved=4,
    backlog=4,
    time_to_first_response=Durations(4, 28800.0, 8100.0),
    time_to_resolve=Durations(4, 270000.0, 180000.0),
    time_to_resolve_excluding_pending=Durations(4, 226800.0, 102600.0),
    response_sla=Ratio(3, 4),
    resolution_sla=Ratio(3, 4),
    reopened=Ratio(1, 4),
    resolved_without_reassignment=Ratio(3, 4),
)


def test_every_kpi_of_the_week_matches_the_hand_count(reports: ReportService) -> None:
    report = reports.kpis(W11, W12)
    assert report.total == TOTAL
    assert report.rows == (TOTAL,)
    assert (report.start, report.end, report.group_by, report.timezone) == (W11, W12, "none", "UTC")
    assert report.generated_at == at(20, 12)
    assert TOTAL.response_sla.percent == 75.0 and TOTAL.reopened.percent == 25.0


def test_top_categories_and_requesters_of_the_tickets_created(reports: ReportService) -> None:
    report = reports.kpis(W11, W12)
    # created in W11: B, I Hardware/Printer; D, E Email/Mailbox; C Hardware/Laptop; H Network/VPN; M none.
    # Ties by name, where no category ('') comes before any name.
    assert report.top_categories == (
        ("Email/Mailbox", 2),
        ("Hardware/Printer", 2),
        (NONE_LABEL, 1),
        ("Hardware/Laptop", 1),
        ("Network/VPN", 1),
    )
    # Anna: B, C, I; Omar: D, E (J merged away); nobody: M, H
    assert report.top_requesters == (("Anna Baker", 3), (NONE_LABEL, 2), ("Omar Khan", 2))
    assert reports.kpis(W11, W12, top=1).top_requesters == (("Anna Baker", 3),)


def test_kpis_by_assignee_split_every_figure(office, reports: ReportService) -> None:  # type: ignore[no-untyped-def]
    ws, _refs = office
    me = ws.actor.name
    report = reports.kpis(W11, W12, "assignee")
    rows = {row.key: row for row in report.rows}
    assert set(rows) == {me, "Kasia Nowak", ""}
    assert rows[""].label == NONE_LABEL and report.rows[-1].key == ""  # the unassigned come last
    # me: created M, B, I; resolved M, A, B; open at the end F, I; answered B 1800, I 1800
    #   times to resolve 28800, 691200, 183600: mean 903600 / 3 = 301200, median 183600
    #   excluding pending 28800, 691200, 10800: mean 730800 / 3 = 243600, median 28800
    assert rows[me] == KpiRow(
        key=me,
        label=me,
        created=3,
        resolved=3,
        backlog=2,
        time_to_first_response=Durations(2, 1800.0, 1800.0),
        time_to_resolve=Durations(3, 301200.0, 183600.0),
        time_to_resolve_excluding_pending=Durations(3, 243600.0, 28800.0),
        response_sla=Ratio(2, 2),
        resolution_sla=Ratio(2, 3),  # M, B met; A missed
        reopened=Ratio(0, 3),
        resolved_without_reassignment=Ratio(3, 3),
    )
    # Kasia: C only (created, answered in 4 h, reopened, reassigned to her)
    assert rows["Kasia Nowak"] == KpiRow(
        key="Kasia Nowak",
        label="Kasia Nowak",
        created=1,
        resolved=1,
        backlog=0,
        time_to_first_response=Durations(1, 14400.0, 14400.0),
        time_to_resolve=Durations(1, 176400.0, 176400.0),
        time_to_resolve_excluding_pending=Durations(1, 176400.0, 176400.0),
        response_sla=Ratio(1, 1),
        resolution_sla=Ratio(1, 1),
        reopened=Ratio(1, 1),
        resolved_without_reassignment=Ratio(0, 1),
    )
    # nobody: created D, E, H; open D, E; D answered after 27 h, late
    assert rows[""] == KpiRow(
        key="",
        label=NONE_LABEL,
        created=3,
        backlog=2,
        time_to_first_response=Durations(1, 97200.0, 97200.0),
        response_sla=Ratio(0, 1),
    )
    assert report.total == TOTAL


def test_kpis_by_category_department_and_priority(reports: ReportService) -> None:
    by_category = {row.label: row for row in reports.kpis(W11, W12, "category").rows}
    # top-level categories: Hardware B, C, I; Email D, E; Network H; none M (A, F have none too)
    assert {k: (r.created, r.resolved, r.backlog) for k, r in by_category.items()} == {
        "Email": (2, 0, 2),  # D, E open
        "Hardware": (3, 2, 1),  # resolved B, C; I open at the end
        "Network": (1, 0, 0),  # H cancelled
        NONE_LABEL: (1, 2, 1),  # created M; resolved M, A; F open
    }
    assert list(by_category) == ["Email", "Hardware", "Network", NONE_LABEL]
    by_department = {row.label: row.created for row in reports.kpis(W11, W12, "department").rows}
    assert by_department == {"Finance": 3, "Sales": 2, NONE_LABEL: 2}
    by_priority = reports.kpis(W11, W12, "priority").rows
    assert [(row.label, row.created) for row in by_priority] == [("Medium", 7)]


def test_groups_add_up_to_the_total_for_every_grouping(reports: ReportService) -> None:
    for group_by in GROUP_BY:
        report = reports.kpis(W10, W12, group_by)
        for figure in ("created", "resolved", "backlog"):
            assert sum(getattr(row, figure) for row in report.rows) == getattr(report.total, figure), group_by
        assert sum(r.time_to_resolve.count for r in report.rows) == report.total.time_to_resolve.count


# --- weeks, backlog, SLA by priority -----------------------------------------------------------------------


def test_weekly_created_and_resolved(reports: ReportService) -> None:
    assert reports.weekly(W10, W12) == [
        WeekCount("2026-W10", W10, W11, created=3, resolved=1),  # A, F, G logged; G resolved
        WeekCount("2026-W11", W11, W12, created=7, resolved=4),
    ]


def test_backlog_trend_is_the_running_balance_and_matches_a_direct_count(reports: ReportService) -> None:
    # open at Mon 03-02 00:00: nothing; end of W10: 0 + 3 created - 1 resolved = 2 (A, F);
    # end of W11: 2 + 7 created - 4 resolved - 1 cancelled (H) = 4 (D, E, F, I)
    assert reports.backlog_trend(W10, W12) == [BacklogPoint("2026-W10", W11, 2), BacklogPoint("2026-W11", W12, 4)]
    assert [reports.backlog_at(m) for m in (W10, W11, W12)] == [0, 2, 4]


def test_partial_weeks_are_clipped_to_the_period(reports: ReportService) -> None:
    start, end = at(4, 12), at(13, 12)
    # open at Wed 03-04 12:00: A, F, G (logged at 09:00) = 3; rest of W10: G resolved -> 2;
    # W11 until Fri 12:00: + 7 created (I at 11:00 included) - 4 resolved - 1 cancelled = 4
    assert reports.weekly(start, end) == [
        WeekCount("2026-W10", start, W11, created=0, resolved=1),
        WeekCount("2026-W11", W11, end, created=7, resolved=4),
    ]
    assert reports.backlog_trend(start, end) == [BacklogPoint("2026-W10", W11, 2), BacklogPoint("2026-W11", end, 4)]
    assert reports.backlog_at(start) == 3 and reports.backlog_at(end) == 4


def test_sla_by_priority_lists_every_priority_most_pressing_first(reports: ReportService) -> None:
    assert reports.sla_by_priority(W11, W12) == [
        SlaRow(Priority.URGENT, Ratio(), Ratio()),
        SlaRow(Priority.HIGH, Ratio(), Ratio()),
        SlaRow(Priority.MEDIUM, Ratio(3, 4), Ratio(3, 4)),
        SlaRow(Priority.LOW, Ratio(), Ratio()),
    ]
    assert Ratio().percent is None  # nothing judged is not 0 %


def test_an_empty_period_has_zeros_and_no_times(reports: ReportService) -> None:
    report = reports.kpis(at(21, 0), at(22, 0))
    assert report.total == KpiRow(key="", label=TOTAL_LABEL, backlog=4)  # D, E, F and L still open
    assert reports.kpis(at(21, 0), at(22, 0), "category").rows == (
        KpiRow(key="Email", label="Email", backlog=2),  # D, E
        KpiRow(key="", label=NONE_LABEL, backlog=2),  # F, L
    )


def test_bad_periods_and_groupings_are_refused(reports: ReportService) -> None:
    with pytest.raises(ValidationError, match=r"^to: the end of the period must be after its start"):
        reports.kpis(W12, W11)
    with pytest.raises(ValidationError, match=r"^group-by: 'colour' is not one of none, category"):
        reports.kpis(W11, W12, "colour")


def test_days_are_office_days(reports: ReportService) -> None:
    assert reports.days(at(9, 0).date(), at(15, 0).date()) == (W11, W12)


# --- at scale: the rules hold on demo data and the queries stay on their indexes ---------------------------


@pytest.fixture
def demo(workspace, clock) -> ReportService:  # type: ignore[no-untyped-def]
    generate_demo(workspace.database, tickets=1500, seed=7, clock=clock)
    workspace.sla.save_config(workspace.sla.config())
    return ReportService(workspace.database, clock)


def test_on_demo_data_the_running_backlog_equals_the_direct_count_each_week(demo: ReportService, clock) -> None:  # type: ignore[no-untyped-def]
    end = clock()
    start = end - timedelta(days=120)
    trend = demo.backlog_trend(start, end)
    assert len(trend) >= 17
    assert [p.open for p in trend] == [demo.backlog_at(p.at) for p in trend]
    report = demo.kpis(start, end, "assignee")
    assert report.total.backlog == trend[-1].open
    assert sum(w.created for w in demo.weekly(start, end)) == report.total.created
    assert sum(w.resolved for w in demo.weekly(start, end)) == report.total.resolved
    assert 0 < report.total.resolved_without_reassignment.part < report.total.resolved
    durations = report.total.time_to_resolve
    assert durations.median_s is not None and durations.mean_s is not None and durations.count == report.total.resolved


def test_report_queries_are_driven_by_the_created_and_resolved_indexes(demo: ReportService, clock) -> None:  # type: ignore[no-untyped-def]
    statements: list[tuple[str, object]] = []
    engine = demo.database.engine

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM tickets t" in statement:
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        demo.kpis(clock() - timedelta(days=30), clock(), "category")
        demo.weekly(clock() - timedelta(days=30), clock())
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with engine.connect() as connection:
        for statement, parameters in statements:
            plan = " / ".join(
                row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            if "t.created_at >= " in statement and "first_response_at" not in statement:
                assert "ix_tickets_created_at" in plan, plan
            if "t.resolved_at >= :start" in statement or "t.resolved_at >= ?" in statement:
                assert "ix_tickets_resolved_at" in plan, plan
            assert "SCAN t" not in plan.replace("SCAN t USING", ""), plan

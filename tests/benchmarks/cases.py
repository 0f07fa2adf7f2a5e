"""The operations measured, each next to the fastest way to get the same result on the same machine.

deskapp runs through its services (the code the queue, the ticket window and the scheduler call); the
baseline is hand-written SQL on a plain sqlite3 connection to the same file, a process spawned the same
way, or grep over the same text. Where the result can be compared (the rows of a page), the harness checks
that both sides return the same tickets before timing them.
"""

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from datasets import pristine_copy, sidecars, text_export
from measure import Case, Sample, Target, per_call

from deskapp.domain.queue import TicketFilter
from deskapp.domain.tickets import Status, TicketType, format_number
from deskapp.services.queue import builtin_filter
from deskapp.services.sla import SWEEP_BATCH, SlaService
from deskapp.services.workspace import Workspace
from deskapp.storage import queries, search
from deskapp.storage.migrate import open_database
from deskapp.ui.queue.model import PAGE_SIZE

HERE = Path(__file__).parent
LABEL_APP = HERE / "label_app.py"
FIRST_PAINT_ENV = "DESKAPP_EXIT_AFTER_FIRST_PAINT"
SEARCH_PAGE = 50
# Chosen from the demo vocabulary: about 0.1 % of tickets, about a quarter of them, and a three-letter prefix
# (printer, priority, ...) as typed into the search box. deskapp searches the last typed word as a prefix.
SEARCH_WORDS = (("rare word", "critical"), ("common word", "thanks"), ("prefix", "pri"))
CLOCK_MOVED_BY = timedelta(days=30)  # the SLA sweep runs as if a month had passed: every open clock's moments have come
ACTIVE_SQL = "status IN ('new', 'open', 'pending')"
KEPT_SQL = "+merged_into_id IS NULL"  # as deskapp writes it: nearly every ticket matches, its index would mislead

QUEUE = Target(1.5, 1.3, "≤ 1.5", "≤ 1.3")
SEARCH = Target(1.5, 1.5, "≤ 1.5", "≤ 1.5")
VS_GREP = Target(0.1, None, "≤ 0.10 (10x faster)")


@dataclass
class Bench:
    """One dataset opened both ways: deskapp's workspace and a raw sqlite3 connection."""

    size: int
    path: Path
    workspace: Workspace
    raw: sqlite3.Connection
    min_seconds: float
    quick: bool = False

    @property
    def slow_pairs(self) -> int | None:
        """Pairs for operations of a second or more: 3 with --quick (to stay under a minute), else all."""
        return 3 if self.quick else None

    def timed(self, operation: Callable[[], object]) -> Sample:
        return per_call(operation, self.min_seconds)


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain connection with the pragmas deskapp's engine sets."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=30000"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def row_columns() -> str:
    """The columns of a queue row, as deskapp's page query selects them."""
    return ", ".join(column.name for column in queries._row_select().selected_columns)


def _same_ids(what: str, deskapp_ids: list[int], raw_ids: list[int]) -> None:
    if deskapp_ids != raw_ids:
        raise AssertionError(f"{what}: deskapp and the baseline return different tickets; the comparison would lie")


# --- start-up --------------------------------------------------------------------------------------------


def _spawn_until_line(command: list[str], env: dict[str, str], timeout: float = 120) -> float:
    """Seconds from spawning the process to its first line on standard output; then wait for it to exit."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        elapsed = time.perf_counter() - started
        if "first paint" not in line:
            raise RuntimeError(f"{command[1:]} printed no first-paint line (got {line!r})")
        process.wait(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return elapsed


def startup_cases(bench: Bench, settings_dir: Path) -> list[Case]:
    env = {
        **os.environ,
        FIRST_PAINT_ENV: "1",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # Settings, drafts and logs of these runs go to a scratch folder, not to the user's.
        **{var: str(settings_dir / var.lower()) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")},
        "XDG_CACHE_HOME": str(settings_dir / "cache"),
    }
    env.pop("DESKAPP_DB", None)
    app = [sys.executable, "-m", "deskapp", "--db", str(bench.path)]
    label = [sys.executable, str(LABEL_APP)]
    return [
        Case(
            "start-up",
            "start to first painted queue (All open)",
            lambda: _spawn_until_line(app, env),
            lambda: _spawn_until_line(label, env),
            Target(2.0, 1.2, "≤ 2.0", "≤ 1.2"),
            note="spawned with QT_QPA_PLATFORM=offscreen; the baseline is a one-label PySide6 app",
            max_pairs=bench.slow_pairs,
        )
    ]


# --- scrolling -------------------------------------------------------------------------------------------


def scroll_cases(bench: Bench) -> list[Case]:
    """All tickets, newest first: the next page by keyset, and jumps (the scroll bar dragged) by offset."""
    queue, raw, cols = bench.workspace.queue, bench.raw, row_columns()
    flt = TicketFilter()
    total = queue.count(flt)
    middle = (total // 2 // PAGE_SIZE) * PAGE_SIZE
    last = ((total - 1) // PAGE_SIZE) * PAGE_SIZE
    by_id = f"SELECT {cols}, id FROM tickets WHERE {KEPT_SQL} AND id < ? ORDER BY id DESC LIMIT {PAGE_SIZE}"

    def anchor(offset: int) -> int:
        """The id of the row just before `offset` (what the page above it ends with)."""
        sql = f"SELECT id FROM tickets WHERE {KEPT_SQL} ORDER BY id DESC LIMIT 1 OFFSET ?"
        return raw.execute(sql, (offset - 1,)).fetchone()[0]

    cases = []
    for name, offset, keyset in (
        ("scroll: next page (keyset), by number", middle, True),
        ("scroll: jump to the middle", middle, False),
        ("scroll: jump to the end", last, False),
    ):
        key = anchor(offset)
        after = (key, key) if keyset else None

        def deskapp(offset: int = offset, after: Any = after) -> Any:
            return queue.page(flt, offset, PAGE_SIZE, after=after)

        def baseline(key: int = key) -> list[Any]:
            return raw.execute(by_id, (key,)).fetchall()

        _same_ids(name, [r.id for r in deskapp().rows], [r[0] for r in baseline()])
        cases.append(Case("scroll", name, bench.timed(deskapp), bench.timed(baseline), QUEUE))

    # The next page of a sort on another column: a row-value keyset on (updated_at, id).
    flt_updated = TicketFilter(sort="updated", descending=True)
    above = queue.page(flt_updated, middle - PAGE_SIZE, PAGE_SIZE)
    after = above.keys[-1]
    sql = (
        f"SELECT {cols}, updated_at FROM tickets WHERE {KEPT_SQL} AND (updated_at, id) < (?, ?)"
        f" ORDER BY updated_at DESC, id DESC LIMIT {PAGE_SIZE}"
    )
    raw_anchor = (int(after[0].timestamp()), after[1])

    def deskapp_updated() -> Any:
        return queue.page(flt_updated, middle, PAGE_SIZE, after=after)

    def baseline_updated() -> list[Any]:
        return raw.execute(sql, raw_anchor).fetchall()

    name = "scroll: next page (keyset), by last update"
    _same_ids(name, [r.id for r in deskapp_updated().rows], [r[0] for r in baseline_updated()])
    cases.append(Case("scroll", name, bench.timed(deskapp_updated), bench.timed(baseline_updated), QUEUE))
    return cases


# --- changing the sort or a filter -----------------------------------------------------------------------


def sort_filter_cases(bench: Bench) -> list[Case]:
    """What the queue model does on a header click or a filter change: count the view, read its first page."""
    ws, raw, cols = bench.workspace, bench.raw, row_columns()
    category = raw.execute(
        f"SELECT category_id FROM tickets WHERE category_id IS NOT NULL AND {KEPT_SQL}"
        " GROUP BY category_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    agent = raw.execute(
        f"SELECT assignee_id FROM tickets WHERE assignee_id IS NOT NULL AND {ACTIVE_SQL}"
        " GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    all_open = builtin_filter("all_open", ws.actor)
    overdue = ws.queue.at_now(builtin_filter("overdue", ws.actor))
    now = int(overdue.now.timestamp()) if overdue.now else 0
    overdue_sql = (
        "((response_risk_at <= :now AND +response_due_at < :now)"
        " OR (resolution_risk_at <= :now AND +resolution_due_at < :now)) AND sla_paused_at IS NULL"
    )
    specs: list[tuple[str, TicketFilter, str, dict[str, Any], str, str]] = [
        (
            "sort: Subject A to Z (All tickets)",
            TicketFilter(sort="subject", descending=False),
            KEPT_SQL,
            {},
            "subject ASC, id ASC",
            "subject",
        ),
        (
            "sort: Priority, most pressing first (All open)",
            replace(all_open, sort="priority", descending=True),
            f"{ACTIVE_SQL} AND {KEPT_SQL}",
            {},
            "priority DESC, id DESC",
            "priority",
        ),
        (
            "filter: status Open (All tickets)",
            TicketFilter(statuses=(Status.OPEN,)),
            f"status = 'open' AND {KEPT_SQL}",
            {},
            "id DESC",
            "id",
        ),
        (
            "filter: the busiest category (All tickets)",
            TicketFilter(category_ids=(category,)),
            f"category_id = :category AND {KEPT_SQL}",
            {"category": category},
            "id DESC",
            "id",
        ),
        (
            "filter: the busiest assignee (All open)",
            replace(all_open, assignee_ids=(agent,)),
            f"{ACTIVE_SQL} AND assignee_id = :agent AND {KEPT_SQL}",
            {"agent": agent},
            "id DESC",
            "id",
        ),
        ("view: Overdue (SLA)", overdue, f"{overdue_sql} AND {KEPT_SQL}", {"now": now}, "+id DESC", "id"),
    ]
    cases = []
    for name, flt, where, params, order, key in specs:
        count_sql = f"SELECT count(*) FROM tickets WHERE {where}"
        page_sql = f"SELECT {cols}, {key} FROM tickets WHERE {where} ORDER BY {order} LIMIT {PAGE_SIZE}"

        def deskapp(flt: TicketFilter = flt) -> Any:
            return ws.queue.count(flt), ws.queue.page(flt, 0, PAGE_SIZE)

        def baseline(count_sql: str = count_sql, page_sql: str = page_sql, params: dict[str, Any] = params) -> Any:
            return raw.execute(count_sql, params).fetchone()[0], raw.execute(page_sql, params).fetchall()

        (count, page), (raw_count, raw_rows) = deskapp(), baseline()
        _same_ids(name, [count, *(r.id for r in page.rows)], [raw_count, *(r[0] for r in raw_rows)])
        cases.append(
            Case("sort/filter", name, bench.timed(deskapp), bench.timed(baseline), QUEUE, note=f"{count:,} tickets")
        )
    return cases


# --- search ----------------------------------------------------------------------------------------------


def _grep(arguments: list[str]) -> bytes:
    result = subprocess.run(["grep", *arguments], stdout=subprocess.PIPE, env={**os.environ, "LC_ALL": "C"})
    if result.returncode > 1:
        raise RuntimeError(f"grep {arguments} failed")
    return result.stdout


def search_cases(bench: Bench) -> list[Case]:
    """The first 50 hits as the queue shows them, against the FTS index alone and against grep."""
    queue, raw = bench.workspace.queue, bench.raw
    export = str(text_export(bench.path))
    fts = "SELECT rowid FROM ticket_search WHERE ticket_search MATCH ? LIMIT ?"
    cases = []
    for kind, word in SEARCH_WORDS:
        flt = TicketFilter(search=word)
        match = search.fts_query(word)
        pattern = rf"\<{word}"  # a word starting with what was typed, as the FTS prefix query matches

        def deskapp(flt: TicketFilter = flt) -> Any:
            return queue.page(flt, 0, SEARCH_PAGE)

        def baseline(match: str | None = match) -> list[Any]:
            return raw.execute(fts, (match, SEARCH_PAGE)).fetchall()

        def grep_first(pattern: str = pattern) -> bytes:
            return _grep(["-m", str(SEARCH_PAGE), "-i", "-e", pattern, export])

        def grep_count(pattern: str = pattern) -> bytes:
            return _grep(["-c", "-i", "-e", pattern, export])

        hits = queue.count(flt)
        shown = len(deskapp().rows)
        note = f"{hits:,} matching tickets; deskapp shows {shown}, newest first, with the matching words"
        grepped = len(grep_first().splitlines())
        if grepped != shown:
            note += f" (grep -m {SEARCH_PAGE} finds {grepped} lines)"
        name = f"search: {kind} '{word}'"
        timed = bench.timed(deskapp)  # one calibrated sample shared by the three rows of this word
        cases += [
            Case("search", f"{name} vs FTS MATCH LIMIT {SEARCH_PAGE}", timed, bench.timed(baseline), SEARCH, note),
            Case(
                "search", f"{name} vs grep -m {SEARCH_PAGE}", timed, bench.timed(grep_first), VS_GREP, in_growth=False
            ),
            Case("search", f"{name} vs grep -c", timed, bench.timed(grep_count), VS_GREP, in_growth=False),
        ]
    return cases


# --- one ticket ------------------------------------------------------------------------------------------


def open_ticket_cases(bench: Bench) -> list[Case]:
    raw = bench.raw
    ticket_id, entries = raw.execute(
        "SELECT ticket_id, count(*) AS n FROM entries GROUP BY ticket_id ORDER BY abs(n - 20), ticket_id LIMIT 1"
    ).fetchone()
    ticket_type, number = raw.execute("SELECT type, number FROM tickets WHERE id = ?", (ticket_id,)).fetchone()
    ref = format_number(TicketType(ticket_type), number)
    tickets = bench.workspace.tickets

    def deskapp() -> Any:
        return tickets.get(ref)

    def baseline() -> Any:
        row = raw.execute("SELECT * FROM tickets WHERE type = ? AND number = ?", (ticket_type, number)).fetchone()
        key = (row[0],)
        return (
            row,
            raw.execute("SELECT * FROM entries WHERE ticket_id = ? ORDER BY id", key).fetchall(),
            raw.execute("SELECT * FROM audit WHERE ticket_id = ? ORDER BY id", key).fetchall(),
            raw.execute("SELECT * FROM attachments WHERE ticket_id = ? ORDER BY id", key).fetchall(),
        )

    detail = deskapp()
    _same_ids("open a ticket", [detail.id, len(detail.entries)], [baseline()[0][0], len(baseline()[1])])
    note = f"{ref}: {entries} conversation entries, {len(detail.history)} history rows"
    return [
        Case(
            "ticket",
            f"open a ticket with {entries} entries",
            bench.timed(deskapp),
            bench.timed(baseline),
            Target(5.0, 1.2, "≤ 5", "≤ 1.2"),
            note,
        )
    ]


# --- SLA sweep -------------------------------------------------------------------------------------------


def sla_cases(bench: Bench) -> list[Case]:
    """SlaService.sweep a month ahead of now, on a fresh copy of the dataset each time (it writes), against
    one UPDATE of the same tickets on another fresh copy.

    The copies start from the dataset with no SLA event fired yet (every clock recomputed, as `deskapp demo`
    leaves them): starting the app, as the start-up benchmark does, sweeps the dataset itself.
    """
    source = pristine_copy(bench.path, f"sweep-{bench.size}-source")
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("DELETE FROM sla_events")
        connection.commit()
    database = open_database(source)
    try:
        sla = SlaService(database, bench.workspace.clock)
        sla.save_config(sla.config())  # every open clock recomputed, nothing fired
    finally:
        database.dispose()
    work = source.with_name(f"sweep-{bench.size}-work.sqlite3")
    moved = datetime.now(UTC).replace(microsecond=0) + CLOCK_MOVED_BY
    due_sql = "SELECT id FROM tickets WHERE sla_next_event_at <= ? ORDER BY sla_next_event_at LIMIT ?"
    update_sql = f"UPDATE tickets SET sla_next_event_at = NULL WHERE id IN ({due_sql})"
    params = (int(moved.timestamp()), SWEEP_BATCH)

    def fresh() -> None:
        for path in (work, *sidecars(work)):
            path.unlink(missing_ok=True)
        shutil.copyfile(source, work)

    def deskapp() -> float:
        fresh()
        database = open_database(work)
        try:
            sla = SlaService(database, lambda: moved)
            sla.config()  # the pool's first connection, outside the timing (the app has it open already)
            started = time.perf_counter()
            sla.sweep()
            return time.perf_counter() - started
        finally:
            database.dispose()

    def baseline() -> float:
        fresh()
        connection = raw_connection(work)
        try:
            started = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(update_sql, params)
            connection.execute("COMMIT")
            return time.perf_counter() - started
        finally:
            connection.close()

    with closing(sqlite3.connect(source)) as connection:
        changed = len(connection.execute(due_sql, params).fetchall())
    note = f"{changed} tickets' SLA moments due a month from now (one sweep batch is at most {SWEEP_BATCH})"
    return [
        Case(
            "sla",
            "SLA sweep over open tickets",
            deskapp,
            baseline,
            Target(2.0, 1.3, "≤ 2", "O(changed rows): per row ≤ 1.3"),
            note,
            rows_changed=changed,
            max_pairs=bench.slow_pairs,
        )
    ]


# --- modules being built: CSV export and import, reports -------------------------------------------------


def _module_missing(name: str) -> bool:
    return importlib.util.find_spec(name) is None


def _not_measured(group: str, name: str, target: Target, why: str) -> Case:
    return Case(group, name, None, None, target, note=f"not measured: {why}")


def report_cases(bench: Bench) -> list[Case]:
    target = Target(2.0, 1.5, "≤ 2", "≤ 1.5")
    name = "report for a year (KPIs by category)"
    if _module_missing("deskapp.services.reports"):
        return [_not_measured("report", name, target, "module missing (deskapp.services.reports)")]
    from deskapp.services.reports import ReportService

    reports = ReportService(bench.workspace.database, bench.workspace.clock)
    if not hasattr(reports, "kpis"):
        return [_not_measured("report", name, target, "ReportService has no kpis() yet")]
    end = datetime.now(UTC).replace(microsecond=0)
    start = end - timedelta(days=365)
    params = {"start": int(start.timestamp()), "end": int(end.timestamp())}
    # The same figures per top-level category in one statement: created, resolved, open backlog at the end,
    # mean times to first response and to resolve, SLA met, reopened, resolved without reassignment.
    sql = """
        SELECT coalesce(c.name, '') AS category,
          sum(t.created_at >= :start),
          sum(t.resolved_at >= :start AND t.resolved_at < :end),
          sum(t.status IN ('new', 'open', 'pending')),
          avg(CASE WHEN t.first_response_at >= :start AND t.first_response_at < :end
                   THEN t.first_response_at - t.created_at END),
          avg(CASE WHEN t.resolved_at >= :start AND t.resolved_at < :end THEN t.resolved_at - t.created_at END),
          sum(t.response_met AND t.first_response_at >= :start AND t.first_response_at < :end),
          sum(t.resolution_met AND t.resolved_at >= :start AND t.resolved_at < :end),
          sum(t.reopen_count > 0 AND t.resolved_at >= :start AND t.resolved_at < :end),
          sum(t.resolved_at >= :start AND t.resolved_at < :end AND NOT EXISTS (
              SELECT 1 FROM audit a WHERE a.ticket_id = t.id AND a.field = 'assignee'
              AND a.old_value IS NOT NULL AND a.at <= t.resolved_at))
        FROM tickets t LEFT JOIN categories c ON c.id = t.category_id
        WHERE t.created_at < :end AND +t.merged_into_id IS NULL
        GROUP BY category"""

    def deskapp() -> Any:
        return reports.kpis(start, end, group_by="category")

    def baseline() -> list[Any]:
        return bench.raw.execute(sql, params).fetchall()

    note = "baseline: one GROUP BY with conditional aggregates (means, not medians; no top lists)"
    return [Case("report", name, bench.timed(deskapp), bench.timed(baseline), target, note, max_pairs=bench.slow_pairs)]


def _export_csv(bench: Bench) -> Path:
    """The dataset's tickets exported by deskapp (the import reads it back). Written once per dataset."""
    from deskapp.services.csv_export import ExportService

    path = bench.path.with_suffix(".csv")
    if not path.exists():
        ExportService(bench.workspace.database, bench.workspace.clock).export_tickets(path)
    return path


def csv_export_cases(bench: Bench) -> list[Case]:
    """ExportService.export_tickets (every ticket, every field, formatted and formula-safe, fsynced and moved
    into place) against the same SELECT written by the sqlite3 CLI and by Python's csv over a raw cursor."""
    cli_target = Target(3.5, 1.2, "≤ 3.5", "linear: per ticket ≤ 1.2")
    raw_target = Target(1.2, 1.2, "≤ 1.2", "linear: per ticket ≤ 1.2")
    cli_name = "CSV export of all tickets vs sqlite3 -csv"
    raw_name = "CSV export of all tickets vs csv over a raw cursor"
    if _module_missing("deskapp.services.csv_export"):
        why = "module missing (deskapp.services.csv_export)"
        return [_not_measured("csv", cli_name, cli_target, why), _not_measured("csv", raw_name, raw_target, why)]
    import csv
    import tracemalloc

    from deskapp.services import csv_export

    exports = csv_export.ExportService(bench.workspace.database, bench.workspace.clock)
    sql = csv_export._TICKETS_SQL.format(where="1")  # the export's own SELECT
    out = bench.path.with_name(f"export-{bench.size}")
    deskapp_out, cli_out, raw_out = (out.with_suffix(f".{side}.csv") for side in ("deskapp", "cli", "raw"))

    def deskapp() -> Any:
        return exports.export_tickets(deskapp_out)

    def with_cli() -> None:
        with cli_out.open("wb") as handle:
            subprocess.run(["sqlite3", "-csv", str(bench.path), sql], stdout=handle, check=True)

    def with_csv() -> None:
        with raw_out.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(bench.raw.execute(sql))

    tracemalloc.start()
    rows = deskapp().rows
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    note = f"{rows:,} rows; peak Python memory during the export {peak / 2**20:.1f} MB (tracemalloc)"
    timed, pairs = bench.timed(deskapp), bench.slow_pairs
    per_ticket = bench.size
    cases = [Case("csv", raw_name, timed, bench.timed(with_csv), raw_target, note, per_ticket, False, max_pairs=pairs)]
    if shutil.which("sqlite3"):
        cli = Case("csv", cli_name, timed, bench.timed(with_cli), cli_target, note, per_ticket, max_pairs=pairs)
        cases.insert(0, cli)
    else:
        cases.insert(0, _not_measured("csv", cli_name, cli_target, "the sqlite3 command-line tool is not installed"))
    return cases


_IMPORT_COLUMNS = (
    "uuid", "usn", "type", "number", "subject", "description", "status", "impact", "urgency", "priority",
    "priority_reason", "source", "major", "created_at", "updated_at", "first_response_at", "resolved_at",
    "closed_at", "resolution_code", "resolution_notes", "root_cause", "response_due_at", "resolution_due_at",
    "response_met", "resolution_met", "reopen_count",
)  # fmt: skip


def _import_row(r: dict[str, str], ranks: dict[str, int], epoch: Any, flag: Any) -> tuple[Any, ...]:
    """One exported ticket as the values of _IMPORT_COLUMNS (times to epoch seconds, priority to its rank)."""
    return (
        r["uuid"], -1, r["type"], int(r["number"].rsplit("-", 1)[1]), r["subject"], r["description"],
        r["status"], r["impact"], r["urgency"], ranks[r["priority"]], r["priority_reason"] or None,
        r["source"], flag(r["major"]), epoch(r["created_at"]), epoch(r["updated_at"]),
        epoch(r["first_response_at"]), epoch(r["resolved_at"]), epoch(r["closed_at"]),
        r["resolution_code"] or None, r["resolution_notes"] or None, r["root_cause"] or None,
        epoch(r["response_due_at"]), epoch(r["resolution_due_at"]), flag(r["response_met"]),
        flag(r["resolution_met"]), int(r["reopen_count"] or 0),
    )  # fmt: skip


def _fresh_database(path: Path) -> None:
    """A new, empty deskapp database at head (created outside the timing)."""
    from deskapp.services.workspace import open_workspace

    for leftover in (path, *sidecars(path)):
        leftover.unlink(missing_ok=True)
    open_workspace(path).close()


def csv_import_cases(bench: Bench) -> list[Case]:
    """CsvImportService.import_file of the dataset's own export into an empty database, against executemany
    of the same rows in one transaction (search trigger off) and one INSERT ... SELECT into the FTS index."""
    target = Target(1.5, 1.2, "≤ 1.5", "linear: per ticket ≤ 1.2")
    name = "import of a CSV of all tickets (one row per ticket)"
    if _module_missing("deskapp.services.csv_import") or _module_missing("deskapp.services.csv_export"):
        return [_not_measured("csv", name, target, "module missing (deskapp.services.csv_import)")]
    import csv

    from deskapp.services.csv_import import CsvImportService
    from deskapp.services.workspace import open_workspace

    if bench.quick:
        return [_not_measured("csv", name, target, "skipped with --quick (one import of 10k rows takes ~10 s)")]

    source = _export_csv(bench)
    deskapp_db = bench.path.with_name(f"import-{bench.size}-deskapp.sqlite3")
    raw_db = bench.path.with_name(f"import-{bench.size}-raw.sqlite3")
    ranks = {"low": 1, "medium": 2, "high": 3, "urgent": 4}

    def epoch(text: str) -> int | None:
        return int(datetime.fromisoformat(text).timestamp()) if text else None

    def flag(text: str) -> int | None:
        return None if not text else int(text == "yes")

    def deskapp() -> float:
        _fresh_database(deskapp_db)
        workspace = open_workspace(deskapp_db)
        try:
            started = time.perf_counter()
            workspace_import = CsvImportService(workspace.database, workspace.clock)
            workspace_import.import_file(source, workspace.actor)
            return time.perf_counter() - started
        finally:
            workspace.close()

    def baseline() -> float:
        _fresh_database(raw_db)
        connection = raw_connection(raw_db)
        try:
            connection.execute("DROP TRIGGER ticket_search_insert")  # the index is built once at the end
            marks = ", ".join("?" * len(_IMPORT_COLUMNS))
            insert = f"INSERT INTO tickets ({', '.join(_IMPORT_COLUMNS)}) VALUES ({marks})"
            started = time.perf_counter()
            with source.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                rows = [_import_row(r, ranks, epoch, flag) for r in reader]
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(insert, rows)
            connection.execute(
                "INSERT INTO ticket_search (rowid, subject, description, conversation)"
                " SELECT id, subject, description, '' FROM tickets"
            )
            connection.execute("COMMIT")
            return time.perf_counter() - started
        finally:
            connection.close()

    note = (
        f"{bench.size:,} rows from deskapp's own export; the baseline skips matching names to people, groups"
        " and categories, the history rows and the SLA clocks of open tickets"
    )
    return [
        Case(
            "csv",
            name,
            deskapp,
            baseline,
            target,
            note,
            rows_changed=bench.size,
            max_pairs=7 if bench.size <= 10_000 else 3,
            warmup=1 if bench.size <= 10_000 else 0,
        )
    ]


def cleanup(bench: Bench) -> None:
    """The scratch databases and files of a size (the dataset, its text export and CSV stay for next time)."""
    for pattern in ("sweep-*", "import-*", "export-*"):
        for path in bench.path.parent.glob(pattern):
            path.unlink(missing_ok=True)


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="deskapp-bench-"))

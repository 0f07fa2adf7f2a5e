"""CSV exports of tickets, SLA clocks, KPIs and queue views: streamed, safe to open in a spreadsheet.

The file format, for people and for the importer:

- RFC 4180 through the csv module: fields holding the delimiter, a double quote or a line break are quoted
  (quotes doubled); line breaks inside fields are kept as they are; rows end with CRLF.
- UTF-8, with a byte-order mark on request (Excel needs one to read UTF-8). Delimiter ',' or ';'; the default
  follows the locale: ';' where the decimal separator is ',' (what Excel expects there). Decimal numbers
  (KPI figures only) use the locale's decimal separator unless it is the delimiter.
- Times are ISO 8601 in UTC to the second: 2026-03-02T09:00:00Z. Empty cell = no value. Yes/no fields are
  'yes' / 'no'. Enumerations are their stored values (incident, open, high, ...).
- Formula safety (OWASP "CSV injection"; the rules are in deskapp.domain.csv_cells, shared with the
  importer): a text cell that would start a formula is prefixed with an apostrophe ('). It would when its
  first character is = + - @ (or their full-width forms), a tab or a carriage return, also after any leading
  spaces, line feeds and quote characters (" and ' ), which some spreadsheets skip. Numbers from numeric
  columns (counts, seconds, percentages) are written as numbers and may start with a minus; the same
  characters in a text column ('-5' as a subject) are neutralised. To read a cell back, `restore_cell`
  removes exactly the apostrophe that was added: a leading apostrophe goes when what follows it would itself
  have been neutralised (so a cell that really started with one keeps it).
- The conversation column (tickets export with the thread) holds every reply, note and event, oldest first,
  as blocks separated by a blank line; `parse_conversation` reads it back::

      [2026-03-02T09:05:00Z] reply by Sofia Marsh
      > Could you restart the printer?
      >
      > Thanks

  The header line is '[time] kind' plus ' by author' when there is one (line breaks in an author name become
  spaces); every line of the body follows, prefixed with '> ' ('>' alone for an empty line).

Exports stream: rows are read in chunks from one read transaction (a consistent snapshot) and written as they
come, so memory stays flat whatever the number of tickets. The file is written under a temporary name in the
target folder and moved into place only when complete: a cancel (progress returning False), an error or an
interrupt removes it and leaves any earlier file of that name untouched.
"""

import csv
import errno
import locale
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from deskapp.domain.csv_cells import FORMULA_STARTS as FORMULA_STARTS  # the cell rules, shared with the importer
from deskapp.domain.csv_cells import needs_neutralising as needs_neutralising
from deskapp.domain.csv_cells import neutralise as neutralise
from deskapp.domain.csv_cells import restore_cell as restore_cell
from deskapp.domain.errors import StorageError, ValidationError
from deskapp.domain.queue import TicketFilter
from deskapp.domain.tickets import Priority, Status, TicketType
from deskapp.domain.time import Clock, system_clock, to_epoch, whole_seconds
from deskapp.services.records import TicketSummary
from deskapp.services.reports import KpiReport, ReportService
from deskapp.storage import queries
from deskapp.storage.engine import Database

Progress = Callable[[int, int], bool | None]
CHUNK = 1000

# --- values ------------------------------------------------------------------------------------------------


def iso_utc(moment: datetime | int | None) -> str:
    """'2026-03-02T09:00:00Z' for an aware datetime or stored epoch seconds; '' for None."""
    if moment is None:
        return ""
    seconds = moment if isinstance(moment, int) else to_epoch(moment)
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def yes_no(value: Any) -> str:
    return "" if value is None else "yes" if value else "no"


def default_delimiter() -> str:
    """';' where the locale writes decimals with a comma (as Excel expects there), else ','."""
    return ";" if locale.localeconv().get("decimal_point") == "," else ","


@dataclass(frozen=True)
class CsvFormat:
    delimiter: str = ","
    bom: bool = False
    decimal: str = "."

    @classmethod
    def for_locale(cls, delimiter: str | None = None, bom: bool = False) -> "CsvFormat":
        """The delimiter given (or the locale's default) and the locale's decimal separator, unless that is
        the delimiter."""
        chosen = delimiter or default_delimiter()
        if chosen not in (",", ";"):
            raise ValidationError(f"delimiter: '{chosen}' is not ',' or ';'", field="delimiter")
        point = locale.localeconv().get("decimal_point") or "."
        decimal = point if point in (",", ".") and point != chosen else "."
        return cls(chosen, bom, decimal)

    def cell(self, value: Any) -> str:
        """One typed value as CSV text: numbers as numbers, times in ISO UTC, text neutralised."""
        if value is None:
            return ""
        if isinstance(value, str):
            return neutralise(value)
        if isinstance(value, bool):
            return yes_no(value)
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            shown = repr(value) if "e" not in repr(value) else format(value, "f")
            return shown.replace(".", self.decimal)
        if isinstance(value, datetime):
            return iso_utc(value)
        return neutralise(str(value))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    cancelled: bool = False
    seconds: float = 0.0


class _Cancelled(Exception):
    pass


# --- writing -----------------------------------------------------------------------------------------------


def _temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise ValidationError(f"out: {path} is a folder; give a file name", field="out")
    if not path.parent.is_dir():
        raise ValidationError(f"out: the folder {path.parent} does not exist", field="out")


def _write_error(error: OSError, path: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError(f"the disk holding {path} is full; the export was not written")
    if isinstance(error, PermissionError):
        return StorageError(f"cannot write {path}: permission denied (is it open in another program?)")
    return StorageError(f"cannot write {path}: {error.strerror or error}")


def write_csv(
    path: Path,
    header: Sequence[str],
    chunks: Iterable[Sequence[Sequence[str]]],
    total: int,
    fmt: CsvFormat,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the header and the (already formatted) rows, chunk by chunk, to a temporary file, then move it
    to `path`. progress(done, total) after each chunk; False cancels and leaves no file behind."""
    started = time.perf_counter()
    path = Path(path)
    _check_target(path)
    temporary = _temporary_name(path)
    done = 0
    try:
        # mode "x": a new file with the usual permissions (umask), never someone else's file
        with open(temporary, "x", encoding="utf-8-sig" if fmt.bom else "utf-8", newline="") as out:
            writer = csv.writer(out, delimiter=fmt.delimiter, quotechar='"', lineterminator="\r\n")
            writer.writerow(header)
            if progress is not None and progress(0, total) is False:
                raise _Cancelled
            for chunk in chunks:
                writer.writerows(chunk)
                done += len(chunk)
                if progress is not None and progress(done, max(total, done)) is False:
                    raise _Cancelled
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except _Cancelled:
        temporary.unlink(missing_ok=True)
        return ExportResult(path, done, cancelled=True, seconds=time.perf_counter() - started)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _write_error(error, path) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return ExportResult(path, done, seconds=time.perf_counter() - started)


def _chunks(result: Any, convert: Callable[[Any], Sequence[str]]) -> Iterator[list[Sequence[str]]]:
    for rows in result.partitions(CHUNK):
        yield [convert(row) for row in rows]


# --- the conversation column -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThreadEntry:
    kind: str  # reply, note or event
    author: str
    at: datetime
    body: str


_HEADER = re.compile(r"\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\] (reply|note|event)(?: by (.*))?")


def format_entry(kind: str, author: str, at: datetime | int, body: str) -> str:
    author = " ".join(author.replace("\r", " ").replace("\n", " ").split(" ")) if author else ""
    head = f"[{iso_utc(at)}] {kind}" + (f" by {author}" if author else "")
    lines = [f"> {line}" if line else ">" for line in body.split("\n")]
    return "\n".join([head, *lines])


def format_conversation(entries: Iterable[ThreadEntry]) -> str:
    return "\n\n".join(format_entry(e.kind, e.author, e.at, e.body) for e in entries)


def parse_conversation(cell: str) -> list[ThreadEntry]:
    """The entries of a conversation cell; ValueError naming the line that is not in the format."""
    entries: list[ThreadEntry] = []
    if cell == "":
        return entries
    head: tuple[str, str, datetime] | None = None
    body: list[str] = []
    for number, line in enumerate(cell.split("\n"), start=1):
        match = _HEADER.fullmatch(line)
        if match:
            if head is not None:
                entries.append(ThreadEntry(head[0], head[1], head[2], "\n".join(body)))
            at = datetime.strptime(match.group(1), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            head, body = (match.group(2), match.group(3) or "", at), []
        elif head is not None and (line == ">" or line.startswith("> ")):
            body.append(line[2:])
        elif line == "" and head is not None and body:
            continue  # the blank line between two entries
        else:
            raise ValueError(f"conversation line {number}: expected '[time] kind by author' or '> text'")
    if head is not None:
        entries.append(ThreadEntry(head[0], head[1], head[2], "\n".join(body)))
    return entries


# --- what is exported --------------------------------------------------------------------------------------

TICKET_COLUMNS = (
    "number", "type", "subject", "description", "status", "impact", "urgency", "priority", "priority_reason",
    "category", "subcategory", "requester_name", "requester_email", "requester_department", "assignee", "group",
    "source", "tags", "major", "problem", "created_at", "updated_at", "first_response_at", "resolved_at",
    "closed_at", "resolution_code", "resolution_notes", "root_cause", "response_due_at", "resolution_due_at",
    "response_met", "resolution_met", "reopen_count", "uuid",
)  # fmt: skip
CONVERSATION_COLUMN = "conversation"
SLA_COLUMNS = (
    "number", "priority", "policy", "response_due_at", "first_response_at", "response_met", "resolution_due_at",
    "resolved_at", "resolution_met", "time_pending_s",
)  # fmt: skip
KPI_COLUMNS = (
    "group", "created", "resolved", "open_at_end",
    "first_response_count", "first_response_mean_h", "first_response_median_h",
    "resolve_count", "resolve_mean_h", "resolve_median_h",
    "resolve_excl_pending_mean_h", "resolve_excl_pending_median_h",
    "response_sla_met", "response_sla_judged", "response_sla_pct",
    "resolution_sla_met", "resolution_sla_judged", "resolution_sla_pct",
    "reopened", "reopen_rate_pct", "resolved_without_reassignment", "resolved_without_reassignment_pct",
)  # fmt: skip


@dataclass(frozen=True)
class ViewColumn:
    title: str
    value: Callable[[TicketSummary], Any]


# The queue's column keys (ui/queue/model.py COLUMNS), with the values as the queue shows them; the SLA
# columns give the due time of their clock.
VIEW_COLUMNS: dict[str, ViewColumn] = {
    "number": ViewColumn("Number", lambda t: t.ref),
    "subject": ViewColumn("Subject", lambda t: t.subject),
    "status": ViewColumn("Status", lambda t: t.status.label),
    "priority": ViewColumn("Priority", lambda t: t.priority.label),
    "response_due": ViewColumn("Response due", lambda t: t.response_due_at),
    "resolution_due": ViewColumn("Resolution due", lambda t: t.resolution_due_at),
    "type": ViewColumn("Type", lambda t: t.type.label),
    "category": ViewColumn("Category", lambda t: t.category),
    "requester": ViewColumn("Requester", lambda t: t.requester),
    "assignee": ViewColumn("Assignee", lambda t: t.assignee),
    "group": ViewColumn("Support group", lambda t: t.group),
    "created": ViewColumn("Created", lambda t: t.created_at),
    "updated": ViewColumn("Updated", lambda t: t.updated_at),
}


@dataclass(frozen=True)
class TicketSelection:
    """Which tickets a tickets or SLA export holds: created in [created_from, created_to), in these statuses
    (any when empty). Merged duplicates are included: they are tickets too (closed)."""

    created_from: datetime | None = None
    created_to: datetime | None = None
    statuses: Sequence[Status] = field(default_factory=tuple)

    def where(self) -> tuple[str, dict[str, Any]]:
        parts, params = ["1"], {}
        if self.created_from is not None:
            parts.append("t.created_at >= :created_from")
            params["created_from"] = to_epoch(self.created_from)
        if self.created_to is not None:
            parts.append("t.created_at < :created_to")
            params["created_to"] = to_epoch(self.created_to)
        if self.statuses:
            names = [f":status{i}" for i in range(len(self.statuses))]
            parts.append(f"t.status IN ({', '.join(names)})")
            params.update({f"status{i}": Status(s).value for i, s in enumerate(self.statuses)})
        return " AND ".join(parts), params


_PRIORITIES = [p.value for p in Priority]
_PREFIX = {t.value: t.prefix for t in TicketType}

_TICKETS_SQL = """
SELECT t.id, t.type, t.number, t.subject, t.description, t.status, t.impact, t.urgency, t.priority,
  t.priority_reason, c.name, s.name, r.name, r.email, r.department, t.assignee_name, t.group_name, t.source,
  (SELECT group_concat(tt.tag, ', ') FROM ticket_tags tt WHERE tt.ticket_id = t.id),
  t.major, p.type, p.number, t.created_at, t.updated_at, t.first_response_at, t.resolved_at, t.closed_at,
  t.resolution_code, t.resolution_notes, t.root_cause, t.response_due_at, t.resolution_due_at,
  t.response_met, t.resolution_met, t.reopen_count, t.uuid
FROM tickets t
LEFT JOIN categories c ON c.id = t.category_id
LEFT JOIN categories s ON s.id = t.subcategory_id
LEFT JOIN requesters r ON r.id = t.requester_id
LEFT JOIN tickets p ON p.id = t.problem_id
WHERE {where} ORDER BY t.id
"""
_ENTRIES_SQL = """
SELECT e.ticket_id, e.kind, e.author_name, e.created_at, e.body
FROM entries e JOIN tickets t ON t.id = e.ticket_id
WHERE {where} ORDER BY e.ticket_id, e.id
"""
_SLA_SQL = """
SELECT t.type, t.number, t.priority, t.sla_policy, t.response_due_at, t.first_response_at, t.response_met,
  t.resolution_due_at, t.resolved_at, t.resolution_met, t.sla_paused_wall_s, t.sla_paused_at
FROM tickets t WHERE {where} ORDER BY t.id
"""


def _ref(ticket_type: str | None, number: int | None) -> str:
    return "" if ticket_type is None or number is None else f"{_PREFIX.get(ticket_type, ticket_type)}-{number}"


def _ticket_cells(row: Any) -> list[str]:
    """A tickets-table row (id first) as the exported cells, in TICKET_COLUMNS order."""
    n = neutralise
    return [
        _ref(row[1], row[2]), n(row[1]), n(row[3]), n(row[4] or ""), n(row[5]), n(row[6]), n(row[7]),
        _PRIORITIES[row[8] - 1] if row[8] else "", n(row[9] or ""), n(row[10] or ""), n(row[11] or ""),
        n(row[12] or ""), n(row[13] or ""), n(row[14] or ""), n(row[15] or ""), n(row[16] or ""), n(row[17]),
        n(row[18] or ""), yes_no(row[19]), _ref(row[20], row[21]), iso_utc(row[22]), iso_utc(row[23]),
        iso_utc(row[24]), iso_utc(row[25]), iso_utc(row[26]), n(row[27] or ""), n(row[28] or ""), n(row[29] or ""),
        iso_utc(row[30]), iso_utc(row[31]), yes_no(row[32]), yes_no(row[33]), str(row[34] or 0), n(row[35]),
    ]  # fmt: skip


class _Threads:
    """Walks the entries (ordered by ticket, then id) alongside the tickets (ordered by id): a merge join,
    so one ticket's conversation at a time is in memory."""

    def __init__(self, result: Any) -> None:
        self._rows = (row for rows in result.partitions(CHUNK) for row in rows)
        self._next = next(self._rows, None)

    def conversation(self, ticket_id: int) -> str:
        blocks = []
        while self._next is not None and self._next[0] <= ticket_id:
            row = self._next
            if row[0] == ticket_id:
                blocks.append(format_entry(row[1], row[2] or "", row[3], row[4] or ""))
            self._next = next(self._rows, None)
        return neutralise("\n\n".join(blocks))


def _kpi_cells(row: Any, fmt: CsvFormat) -> list[str]:
    def hours(seconds: float | None) -> float | None:
        return None if seconds is None else round(seconds / 3600, 2)

    def pct(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    values = [
        row.label, row.created, row.resolved, row.backlog,
        row.time_to_first_response.count, hours(row.time_to_first_response.mean_s),
        hours(row.time_to_first_response.median_s),
        row.time_to_resolve.count, hours(row.time_to_resolve.mean_s), hours(row.time_to_resolve.median_s),
        hours(row.time_to_resolve_excluding_pending.mean_s), hours(row.time_to_resolve_excluding_pending.median_s),
        row.response_sla.part, row.response_sla.whole, pct(row.response_sla.percent),
        row.resolution_sla.part, row.resolution_sla.whole, pct(row.resolution_sla.percent),
        row.reopened.part, pct(row.reopened.percent),
        row.resolved_without_reassignment.part, pct(row.resolved_without_reassignment.percent),
    ]  # fmt: skip
    return [fmt.cell(v) for v in values]


# --- the service -------------------------------------------------------------------------------------------


class ExportService:
    def __init__(self, database: Database, clock: Clock = system_clock, reports: ReportService | None = None) -> None:
        self.database = database
        self.clock = whole_seconds(clock)
        self.reports = reports or ReportService(database, clock)

    def _read(self) -> Any:
        """A connection for one read transaction (begun by the caller): every query of an export, the count
        included, sees the same snapshot of the database, however long the writing takes."""
        return self.database.engine.connect()

    def export_tickets(
        self,
        path: Path,
        selection: TicketSelection = TicketSelection(),
        fmt: CsvFormat = CsvFormat(),
        *,
        with_thread: bool = False,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Every field of the selected tickets (TICKET_COLUMNS), oldest first; with the thread, a final
        conversation column in the format of this module's docstring."""
        where, params = selection.where()
        header = [*TICKET_COLUMNS, *([CONVERSATION_COLUMN] if with_thread else [])]
        with self._read() as connection, connection.begin():
            total = _count(connection, where, params)
            streaming = connection.execution_options(yield_per=CHUNK)
            tickets = streaming.execute(text(_TICKETS_SQL.format(where=where)), params)
            threads = (
                _Threads(streaming.execute(text(_ENTRIES_SQL.format(where=where)), params)) if with_thread else None
            )

            def convert(row: Any) -> list[str]:
                cells = _ticket_cells(row)
                if threads is not None:
                    cells.append(threads.conversation(row[0]))
                return cells

            return write_csv(path, header, _chunks(tickets, convert), total, fmt, progress)

    def export_sla(
        self,
        path: Path,
        selection: TicketSelection = TicketSelection(),
        fmt: CsvFormat = CsvFormat(),
        *,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Each selected ticket's SLA clocks (SLA_COLUMNS); time_pending_s is the wall-clock time its current
        clock spent paused while Pending, counting a pause still running up to now."""
        where, params = selection.where()
        now = to_epoch(self.clock())

        def convert(row: Any) -> list[str]:
            pending = (row[10] or 0) + (max(now - row[11], 0) if row[11] is not None else 0)
            return [
                _ref(row[0], row[1]), _PRIORITIES[row[2] - 1] if row[2] else "", neutralise(row[3] or ""),
                iso_utc(row[4]), iso_utc(row[5]), yes_no(row[6]), iso_utc(row[7]), iso_utc(row[8]),
                yes_no(row[9]), str(pending),
            ]  # fmt: skip

        with self._read() as connection, connection.begin():
            total = _count(connection, where, params)
            rows = connection.execution_options(yield_per=CHUNK).execute(text(_SLA_SQL.format(where=where)), params)
            return write_csv(path, SLA_COLUMNS, _chunks(rows, convert), total, fmt, progress)

    def export_kpis(
        self,
        path: Path,
        start: datetime,
        end: datetime,
        group_by: str = "none",
        fmt: CsvFormat = CsvFormat(),
        *,
        progress: Progress | None = None,
    ) -> ExportResult:
        """The KPI summary of the period (KPI_COLUMNS), one row per group and a final row for all tickets.
        Times in hours (2 decimals), shares in percent (1 decimal); empty where nothing was counted."""
        report: KpiReport = self.reports.kpis(start, end, group_by)
        rows = [*report.rows] if group_by != "none" else []
        rows.append(report.total)
        cells = [_kpi_cells(row, fmt) for row in rows]
        return write_csv(path, KPI_COLUMNS, [cells], len(cells), fmt, progress)

    def export_view(
        self,
        flt: TicketFilter,
        columns: Sequence[str],
        path: Path,
        fmt: CsvFormat = CsvFormat(),
        *,
        titles: Sequence[str] | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Every row of a queue view (not only those loaded), in the view's order, with the given columns
        (keys of VIEW_COLUMNS); titles, if given (translated, say), replace the English column titles."""
        unknown = [c for c in columns if c not in VIEW_COLUMNS]
        if unknown or not columns:
            allowed = ", ".join(VIEW_COLUMNS)
            what = f"'{unknown[0]}' is not one of {allowed}" if unknown else f"choose at least one of {allowed}"
            raise ValidationError(f"columns: {what}", field="columns")
        if titles is not None and len(titles) != len(columns):
            raise ValueError("titles: one per column")
        getters = [VIEW_COLUMNS[c].value for c in columns]
        header = list(titles) if titles is not None else [VIEW_COLUMNS[c].title for c in columns]
        if flt.sla and flt.now is None:
            flt = replace(flt, now=self.clock())  # one moment for the whole export, as for the queue's pages
        with self._read() as connection, connection.begin():
            total = queries.ticket_count(connection, flt)
            return write_csv(path, header, _view_pages(connection, flt, getters, fmt), total, fmt, progress)


def _count(connection: Connection, where: str, params: dict[str, Any]) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM tickets t WHERE {where}"), params).scalar_one())


def _view_pages(
    connection: Connection, flt: TicketFilter, getters: Sequence[Callable[[TicketSummary], Any]], fmt: CsvFormat
) -> Iterator[list[list[str]]]:
    """The view's rows page by page, each page anchored on the last row of the one before (keyset)."""
    after = None
    while True:
        rows = queries.ticket_rows(connection, flt, CHUNK, after=after)
        if not rows:
            return
        yield [[fmt.cell(get(TicketSummary(*row[:-1]))) for get in getters] for row in rows]
        if len(rows) < CHUNK:
            return
        last = rows[-1]
        after = (last.sort_key, last.id)

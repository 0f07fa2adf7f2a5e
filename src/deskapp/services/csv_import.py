"""Importing the ticket exports of osTicket, GLPI, Freshservice and deskapp itself from CSV files.

The whole file is one transaction: a bad row imports nothing (unless bad rows are skipped, then each is
reported with its line number). Importing the same file twice adds nothing the second time: an imported
ticket keeps the uuid of its deskapp export, or gets uuid5(IMPORT_NAMESPACE, "<format>:<id in the tool>"),
and rows whose uuid is already in the database are counted as already present, never changed.

People, groups and categories are matched by name (requesters by email first). Requesters not found are
created; agents not found are created *inactive* (their tickets keep who worked them, for reports, and they
are offered to nobody until an admin activates them); unknown support groups are left empty and unknown
categories filed under "Other", each reported once with the lines it is on. Creation, resolution and closing
times are kept, so the SLA and the reports see imported tickets as they happened.

Another tool's tickets get source 'import', numbers in the order they were created, and a history row naming
where they came from ("GLPI 412"). deskapp's own files keep everything the export carries: numbers (when free
here), source, SLA times and verdicts, problem links within the file, and the conversation column.

Times without an offset are in the zone given (else the office's). A ticket imported still open gets its SLA
clock from the SLA service, counted from its real creation; one imported resolved or closed keeps no SLA
verdict (the other tool's pending time is unknown), so reports leave it out of SLA compliance only.

The work is split: import_formats and import_rows (domain) know the tools' columns and values and read a row;
import_plan resolves people, categories, numbers and SLA times in the caller's session; import_writer writes
the plan with the bulk path (plain tuples, executemany, one transaction): 100,000 rows in about half a minute.
"""

import codecs
import csv
import io
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from deskapp.domain.errors import NotFoundError, ValidationError
from deskapp.domain.import_formats import AUTO, SourceFormat, choose, detect, normalise
from deskapp.domain.import_rows import (
    DATE_ORDERS,
    ImportedTicket,
    MomentReader,
    RowError,
    RowReader,
    ThreadParser,
    numeric_date_parts,
)
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services.import_plan import ImportPlan, plan_import
from deskapp.services.import_writer import write_plan
from deskapp.services.people import Actor
from deskapp.services.sla import office_timezone
from deskapp.storage.engine import Database

PREVIEW_ROWS = 20
_FIELD_LIMIT = 16 * 1024 * 1024
_DATE_FIELDS = ("created_at", "updated_at", "resolved_at", "closed_at", "first_response_at")


@dataclass(frozen=True)
class Table:
    """A CSV file read: its header and its rows, each with the line it starts on."""

    name: str
    encoding: str
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass(frozen=True)
class Preview:
    """The start of a file as the import dialog shows it: which tool wrote it and how its columns map."""

    format: str | None  # None: not recognised; the dialog asks for the format or a mapping
    columns: list[str]
    mapping: dict[str, str]  # deskapp field -> column title
    rows: list[list[str]]
    total_rows: int = 0
    encoding: str = "utf-8"
    delimiter: str = ","


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    format: str
    rows: int = 0
    new: int = 0
    already_present: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    requesters_created: int = 0
    agents_created: int = 0
    dry_run: bool = False
    imported: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        text = f"{self.new:,} new, {self.already_present:,} already present"
        if self.skipped:
            text += f", {len(self.skipped):,} bad row{'s' if len(self.skipped) != 1 else ''}"
            text += " skipped" if self.imported or self.dry_run else ""
        people = []
        if self.requesters_created:
            people.append(f"{self.requesters_created:,} requester{'s' if self.requesters_created != 1 else ''}")
        if self.agents_created:
            people.append(f"{self.agents_created:,} inactive agent{'s' if self.agents_created != 1 else ''}")
        return text + (f"; {verb} {' and '.join(people)}" if people else "")


class ImportRejected(ValidationError):
    """The file has bad rows and they were not to be skipped: nothing was imported. Carries the report."""

    def __init__(self, report: ImportReport) -> None:
        first = report.skipped[0]
        if len(report.skipped) == 1:
            what = f"line {first.line}: {first.reason}"
        else:
            lines = ", ".join(str(p.line) for p in report.skipped[:10]) + (", …" if len(report.skipped) > 10 else "")
            what = f"{len(report.skipped)} bad rows (lines {lines}; first, line {first.line}: {first.reason})"
        super().__init__(
            f"{report.file}: {what}; nothing was imported. Correct the file, or give --skip-bad-rows to import "
            "the other rows",
            field="file",
        )
        self.report = report


# --- reading the file -------------------------------------------------------------------------------

_NOT_CSV = (
    (b"PK\x03\x04", "a ZIP archive or an Excel workbook (.xlsx); save it as 'CSV UTF-8' first"),
    (b"\xd0\xcf\x11\xe0", "an Excel 97-2003 workbook (.xls); save it as 'CSV UTF-8' first"),
    (b"%PDF", "a PDF document"),
    (b"SQLite format 3", "a database file; 'deskapp restore' restores a backup"),
)


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:8192]:
        raise ValidationError(f"{name}: not a CSV file (it holds binary data)", field="file")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(first_line: str) -> str:
    """The separator the header uses most: ',' (osTicket, Freshservice), ';' (GLPI, European Excel) or tab."""
    counts = {d: 0 for d in (",", ";", "\t")}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: Path | str) -> Table:
    """The header and rows of a CSV file, or a one-line error saying what the file is instead."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise NotFoundError(f"{path}: no such file", field="file")
    if path.is_dir():
        raise ValidationError(f"{path}: is a folder, not a CSV file", field="file")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"{path}: cannot be read ({error.strerror or error})", field="file") from error
    for magic, what in _NOT_CSV:
        if raw.startswith(magic):
            raise ValidationError(f"{name}: not a CSV file: it is {what}", field="file")
    text, encoding = _decode(raw, name)
    if not text.strip():
        raise ValidationError(f"{name}: the file is empty; there is nothing to import", field="file")
    delimiter = _delimiter(text.lstrip("\ufeff\r\n").split("\n", 1)[0])
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip().lstrip("\ufeff").strip() for c in cells]
                continue
            rows.append((start, cells))
    except csv.Error as error:
        raise ValidationError(f"{name}: line {reader.line_num}: not valid CSV ({error})", field="file") from error
    if header is None:
        raise ValidationError(f"{name}: the file is empty; there is nothing to import", field="file")
    return Table(name, encoding, delimiter, header, rows)


def preview(path: Path | str, n: int = PREVIEW_ROWS, *, format: str = AUTO) -> Preview:
    """The first n rows, the format recognised (None if not) and how its columns map to deskapp's fields."""
    table = read_table(path)
    found: tuple[SourceFormat, dict[str, int]] | None
    found = detect(table.header) if format == AUTO else choose(format, table.header, table.name)
    mapping = {} if found is None else {f: table.header[i] for f, i in found[1].items()}
    return Preview(
        format=None if found is None else found[0].key,
        columns=table.header,
        mapping=mapping,
        rows=[cells for _, cells in table.rows[:n]],
        total_rows=len(table.rows),
        encoding=table.encoding,
        delimiter=table.delimiter,
    )


# --- the import -------------------------------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"--timezone: '{name}' is not a time zone like Europe/Paris, America/New_York or UTC", field="timezone"
        ) from None


def _date_order(table: Table, reader: RowReader, wanted: str, notes_add) -> str:  # type: ignore[no-untyped-def]
    """Day-month or month-day, for dates like 02-03-2026: as asked, or as the file's dates prove."""
    if wanted not in DATE_ORDERS:
        raise ValidationError(f"--date-order: '{wanted}' is not one of {', '.join(DATE_ORDERS)}", field="date_order")
    if wanted != "auto":
        return wanted
    columns = [i for f, i in reader.mapping.items() if f in _DATE_FIELDS]
    day_first = month_first = ambiguous = False
    for _, cells in table.rows:
        for index in columns:
            parts = numeric_date_parts(cells[index]) if index < len(cells) else None
            if parts is None:
                continue
            a, b = parts
            day_first |= a > 12
            month_first |= b > 12
            ambiguous |= a <= 12 and b <= 12
        if day_first and month_first:
            raise ValidationError(
                f"{table.name}: the dates mix day-month (like 25-03) and month-day (like 03-25) orders",
                field="date_order",
            )
    if month_first:
        return "mdy"
    if ambiguous and not day_first:
        notes_add(
            "date-order",
            "dates like 02-03-2026 were read as day-month-year (2 March); give --date-order mdy if they are "
            "month-day-year",
        )
    return "dmy"


def _mapping_overrides(
    source_format: SourceFormat, header: Sequence[str], overrides: Mapping[str, str]
) -> dict[str, int]:
    """The import dialog's choices: deskapp field -> column title, replacing what was recognised."""
    titles = {normalise(h): i for i, h in enumerate(header)}
    result: dict[str, int] = {}
    for field_name, title in overrides.items():
        if field_name not in source_format.columns:
            raise ValidationError(f"mapping: '{field_name}' is not a field deskapp imports", field="mapping")
        if not title:
            continue
        if normalise(title) not in titles:
            raise ValidationError(f"mapping: the file has no column '{title}'", field="mapping")
        result[field_name] = titles[normalise(title)]
    return result


def _thread_parser() -> ThreadParser | None:
    """The reader of deskapp's conversation column, from the exporter that writes it."""
    try:
        from deskapp.services.csv_export import parse_conversation
    except ImportError:  # an exporter without it: conversations are reported as not imported
        return None
    return parse_conversation


class CsvImportService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = whole_seconds(clock)

    def preview(self, path: Path | str, n: int = PREVIEW_ROWS, *, format: str = AUTO) -> Preview:
        return preview(path, n, format=format)

    def import_file(
        self,
        path: Path | str,
        actor: Actor,
        *,
        format: str = AUTO,
        dry_run: bool = False,
        skip_bad_rows: bool = False,
        timezone: str | None = None,
        date_order: str = "auto",
        mapping: Mapping[str, str] | None = None,
    ) -> ImportReport:
        """Import the tickets of a CSV export; raises ImportRejected when it has bad rows not to be skipped."""
        started = time.perf_counter()
        table = read_table(path)
        source_format, columns = choose(format, table.header, table.name)
        if mapping:
            columns = {**columns, **_mapping_overrides(source_format, table.header, mapping)}
        if timezone is None:
            with self.database.read() as session:
                timezone = office_timezone(session)
        reader = RowReader(source_format, columns, MomentReader(_zone(timezone)), _thread_parser(), table.header)
        reader.moments.order = _date_order(table, reader, date_order, reader.notes.add)
        if table.encoding == "cp1252":
            reader.notes.add("encoding", "the file is not UTF-8: it was read as Windows-1252 (Western European)")
        report = ImportReport(file=table.name, format=source_format.label, rows=len(table.rows), dry_run=dry_run)
        tickets = self._read_rows(table, reader, report)
        if report.skipped and not skip_bad_rows:
            report.warnings = reader.notes.messages()
            raise ImportRejected(report)
        reader.notes.forget_lines({p.line for p in report.skipped})
        if dry_run:
            with self.database.read() as session:
                plan = plan_import(session, tickets, actor, self.clock(), reader.notes, source_format)
        else:
            with self.database.write() as session:
                plan = plan_import(session, tickets, actor, self.clock(), reader.notes, source_format)
                write_plan(session, plan, self.database.path)
        self._fill(report, plan, reader, started, imported=not dry_run)
        return report

    @staticmethod
    def _read_rows(table: Table, reader: RowReader, report: ImportReport) -> list[ImportedTicket]:
        tickets: list[ImportedTicket] = []
        first_line: dict[str, int] = {}
        width = len(table.header)
        for line, cells in table.rows:
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                report.skipped.append(RowProblem(line, f"has {len(cells)} cells, the header has {width}"))
                continue
            try:
                ticket = reader.read(line, cells)
            except RowError as error:
                report.skipped.append(RowProblem(line, str(error)))
                continue
            if ticket.uuid in first_line:
                report.skipped.append(
                    RowProblem(
                        line,
                        f"ticket {ticket.source_id} is in the file twice (first on line {first_line[ticket.uuid]})",
                    )
                )
                continue
            first_line[ticket.uuid] = line
            tickets.append(ticket)
        return tickets

    @staticmethod
    def _fill(report: ImportReport, plan: ImportPlan, reader: RowReader, started: float, *, imported: bool) -> None:
        report.new = len(plan.rows)
        report.already_present = plan.already_present
        report.requesters_created = len(plan.new_requesters)
        report.agents_created = len(plan.new_agents)
        report.warnings = reader.notes.messages()
        report.imported = imported
        report.seconds = time.perf_counter() - started

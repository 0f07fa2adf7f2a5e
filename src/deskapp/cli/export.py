"""`deskapp export tickets | sla | kpis --out FILE`: CSV files for spreadsheets, reports and other tools.

The same services as the app's export: streamed, written under a temporary name and moved into place when
complete (an interrupted export leaves no half file).
"""

import argparse
import contextlib
import locale
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Status
from deskapp.services.csv_export import CsvFormat, ExportResult, ExportService, TicketSelection
from deskapp.services.reports import GROUP_BY, ReportService
from deskapp.services.workspace import Workspace

KINDS = ("tickets", "sla", "kpis")
DEFAULT_KPI_DAYS = 30


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser(
        "export",
        help="write tickets, SLA clocks or KPIs to a CSV file",
        description=(
            "Write a CSV file (RFC 4180, UTF-8, times in UTC like 2026-03-02T09:00:00Z). Cells a spreadsheet "
            "would read as a formula get a leading apostrophe. Dates are days in the office time zone: "
            "--from is the first day included, --to the last."
        ),
    )
    export.add_argument("kind", choices=KINDS, metavar="tickets|sla|kpis", help="what to export")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the CSV file to write")
    export.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD or an ISO time)")
    export.add_argument(
        "--to", dest="end", metavar="DATE", help="last day, included (YYYY-MM-DD; an ISO time is excluded)"
    )
    export.add_argument(
        "--status", action="append", default=[], metavar="STATUS", help="tickets and sla: only these (repeat or a,b)"
    )
    export.add_argument("--with-thread", action="store_true", help="tickets: add the conversation column")
    export.add_argument(
        "--delimiter", metavar=",|;", help="field separator (default: ';' where the locale writes 1,5, else ',')"
    )
    export.add_argument("--bom", action="store_true", help="start with a UTF-8 byte-order mark (for Excel)")
    export.add_argument(
        "--group-by", default="none", metavar="|".join(GROUP_BY), help="kpis: one row per group (default none)"
    )
    export.set_defaults(handler=run_export)


def _moment(text: str, flag: str, reports: ReportService, *, end: bool) -> datetime:
    """A day (its start; for --to, the start of the next day) or an exact time, in the office time zone."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return reports.days(day, day)[1 if end else 0]
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValidationError(
            f"{flag}: '{text}' is not a date like 2026-03-02 or a time like 2026-03-02T09:00", field=flag
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=reports.zone())


def _check(args: argparse.Namespace) -> None:
    if args.with_thread and args.kind != "tickets":
        raise ValidationError("--with-thread: only 'export tickets' has a conversation column", field="with_thread")
    if args.status and args.kind == "kpis":
        raise ValidationError("--status: 'export kpis' counts every status; leave --status out", field="status")
    if args.group_by != "none" and args.kind != "kpis":
        raise ValidationError("--group-by: only for 'export kpis'", field="group_by")
    if args.group_by not in GROUP_BY:
        raise ValidationError(f"--group-by: '{args.group_by}' is not one of {', '.join(GROUP_BY)}", field="group_by")
    if args.delimiter is not None and args.delimiter not in (",", ";"):
        raise ValidationError(f"--delimiter: '{args.delimiter}' is not ',' or ';'", field="delimiter")


def _use_locale() -> None:
    """Read the user's number format, so the default delimiter follows it (the GUI's Qt does this itself)."""
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_NUMERIC, "")


def run_export(ws: Workspace, args: argparse.Namespace) -> int:
    _check(args)
    reports = ReportService(ws.database, ws.clock)
    exports = ExportService(ws.database, ws.clock, reports)
    start = _moment(args.start, "--from", reports, end=False) if args.start else None
    end = _moment(args.end, "--to", reports, end=True) if args.end else None
    if start is not None and end is not None and end <= start:
        raise ValidationError("--to: must be after --from", field="to")
    _use_locale()
    fmt = CsvFormat.for_locale(args.delimiter, args.bom)
    out = args.out.expanduser()
    if out.is_dir():
        raise ValidationError(f"--out: {out} is a folder; give a file name", field="out")
    if not out.absolute().parent.is_dir():
        raise ValidationError(f"--out: the folder {out.absolute().parent} does not exist", field="out")
    progress = _progress() if sys.stderr.isatty() else None
    if args.kind == "kpis":
        zone = reports.zone()
        if end is None:
            today = ws.clock().astimezone(zone).date()
            end = reports.days(today, today)[1]
        start = start or end - timedelta(days=DEFAULT_KPI_DAYS)
        if end <= start:
            raise ValidationError("--from: must be before --to", field="from")
        result = exports.export_kpis(out, start, end, args.group_by, fmt, progress=progress)
        last = (end - timedelta(seconds=1)).astimezone(zone)
        what = f"KPI rows for {start.astimezone(zone):%Y-%m-%d} to {last:%Y-%m-%d}"
    else:
        statuses = [Status.parse(s.strip(), "--status") for v in args.status for s in v.split(",") if s.strip()]
        selection = TicketSelection(start, end, statuses)
        if args.kind == "tickets":
            result = exports.export_tickets(out, selection, fmt, with_thread=args.with_thread, progress=progress)
        else:
            result = exports.export_sla(out, selection, fmt, progress=progress)
        what = "tickets"
    _done(result, what)
    return 0


def _progress():  # type: ignore[no-untyped-def]
    def show(done: int, total: int) -> bool:
        print(f"\r{done:,} / {total:,}", end="", file=sys.stderr, flush=True)
        return True

    return show


def _done(result: ExportResult, what: str) -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Exported {result.rows:,} {what} to {result.path} in {result.seconds:.1f} s")

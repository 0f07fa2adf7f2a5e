"""`deskapp import FILE`: tickets from an osTicket, GLPI, Freshservice or deskapp CSV export.

The report goes to standard output: the counts, every bad row with its line number and reason, and the
warnings (unknown categories, agents added, ...). When bad rows stop the import, the report is printed all
the same and the usual one-line error follows on standard error.
"""

import argparse
import sys
from pathlib import Path
from typing import TextIO

from deskapp.cli.output import print_json
from deskapp.domain.import_formats import FORMAT_CHOICES
from deskapp.domain.import_rows import DATE_ORDERS
from deskapp.services.csv_import import CsvImportService, ImportRejected, ImportReport
from deskapp.services.workspace import Workspace


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "import",
        help="import tickets from a CSV export (osTicket, GLPI, Freshservice or deskapp)",
        description=(
            "Import the tickets of a CSV export, in one transaction: a bad row imports nothing unless "
            "--skip-bad-rows. Importing the same file again adds only the tickets not yet imported. "
            "Requesters are found by email (else created); agents not found are added as inactive agents; "
            "unknown categories are filed under Other and unknown support groups left empty, each reported."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV file")
    parser.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="auto",
        help="the tool that wrote the file (default: recognised by its columns)",
    )
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    parser.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, list the bad ones")
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the time zone of times written without one, like Europe/Paris (default: the office's)",
    )
    parser.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        default="auto",
        help="dates like 02-03-2026: day-month (dmy) or month-day (mdy); default: as the file shows, else dmy",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run_import)


def run_import(ws: Workspace, args: argparse.Namespace) -> int:
    service = CsvImportService(ws.database, ws.clock)
    try:
        report = service.import_file(
            args.file,
            ws.actor,
            format=args.format,
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
            timezone=args.timezone,
            date_order=args.date_order,
        )
    except ImportRejected as rejected:
        _print(rejected.report, args.json)
        raise
    _print(report, args.json)
    return 0


def _print(report: ImportReport, as_json: bool, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if as_json:
        print_json(report, out)
        return
    out.write(f"{report.file}: {report.format} export, {report.rows:,} ticket row{'s' if report.rows != 1 else ''}\n")
    if report.dry_run:
        out.write(f"Dry run, nothing was written: {report.summary()}\n")
    elif report.imported:
        out.write(f"Imported in {report.seconds:.1f} s: {report.summary()}\n")
    else:
        out.write(f"Nothing was imported: {report.summary()}\n")
    if report.skipped:
        out.write("Skipped rows:\n" if report.imported or report.dry_run else "Bad rows:\n")
        for problem in report.skipped:
            out.write(f"  line {problem.line}: {problem.reason}\n")
    if report.warnings:
        out.write("Warnings:\n")
        for warning in report.warnings:
            out.write(f"  {warning}\n")

"""`deskapp config export | import`: the office's settings (matrix, calendars, SLA policies) as one TOML file."""

import argparse
import sys
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.services.config import ConfigFileError, ImportSummary, read_text, write_text_atomic
from deskapp.services.workspace import Workspace

STDIO = "-"


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    config = commands.add_parser("config", help="export or import the settings (priority matrix, calendars, SLA)")
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the settings to a TOML file")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write ('-' for standard output)")
    export.set_defaults(handler=export_config)
    load = actions.add_parser("import", help="check a TOML settings file as a whole, then save it")
    load.add_argument("file", metavar="FILE", help="the settings file ('-' reads standard input)")
    load.add_argument("--dry-run", action="store_true", help="only check the file; change nothing")
    load.set_defaults(handler=import_config)


def export_config(ws: Workspace, args: argparse.Namespace) -> int:
    text = ws.config.export_toml()
    if args.out == STDIO:
        sys.stdout.write(text)
        return 0
    target = write_text_atomic(Path(args.out).expanduser(), text)
    print(f"Exported the settings to {target}")
    return 0


def import_config(ws: Workspace, args: argparse.Namespace) -> int:
    name = "standard input" if args.file == STDIO else args.file
    try:
        text = sys.stdin.read() if args.file == STDIO else read_text(Path(args.file).expanduser())
        summary = ws.config.import_toml(text, dry_run=args.dry_run)
    except ConfigFileError as error:
        raise ValidationError(f"{name} line {error.line}: {error.detail}", field="file") from None
    print(_report(name, summary))
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _report(name: str, summary: ImportSummary) -> str:
    policies = "1 policy" if summary.policies == 1 else f"{summary.policies} policies"
    contents = f"{_plural(summary.calendars, 'calendar')}, {policies}" + (
        f", {_plural(summary.public_holidays, 'public holiday')} added" if summary.public_holidays else ""
    )
    changed = "changes: " + ", ".join(summary.changed) if summary.changed else "no changes to the current settings"
    if summary.dry_run:
        return f"{name} is valid ({contents}; {changed}). Nothing was saved (--dry-run)."
    recomputed = f"; SLA clocks recomputed on {_plural(summary.tickets, 'active ticket')}" if summary.changed else ""
    return f"Imported {name} ({contents}; {changed}){recomputed}."

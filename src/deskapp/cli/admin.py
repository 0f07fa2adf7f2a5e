"""`deskapp demo | backup | restore | check`: looking after the database."""

import argparse
import sys
import time
from pathlib import Path

from deskapp.cli.output import print_json
from deskapp.domain.errors import ValidationError
from deskapp.services.backups import check_database
from deskapp.services.workspace import Workspace, default_database_path, open_workspace

MAX_DEMO_TICKETS = 5_000_000


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = commands.add_parser("demo", help="fill the database with realistic demo tickets")
    demo.add_argument("--tickets", type=int, default=1000, metavar="N", help="how many (default 1000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=run_demo)

    backup = commands.add_parser("backup", help="copy the database safely while it is in use, then check the copy")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore, no_workspace=True)

    check = commands.add_parser("check", help="integrity check and schema version of the database")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=run_check, no_workspace=True)


def run_demo(ws: Workspace, args: argparse.Namespace) -> int:
    if not 1 <= args.tickets <= MAX_DEMO_TICKETS:
        raise ValidationError(f"--tickets: must be between 1 and {MAX_DEMO_TICKETS:,}", field="tickets")
    from deskapp.services.demo import generate_demo  # only the demo command needs the vocabulary

    started = time.monotonic()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> bool:
        if interactive:
            print(f"\r{done:,} / {total:,} tickets", end="", file=sys.stderr, flush=True)
        return True

    result = generate_demo(ws.database, tickets=args.tickets, seed=args.seed, clock=ws.clock, progress=progress)
    ws.sla.save_config(ws.sla.config())  # start the SLA clocks of the demo tickets still open
    if interactive:
        print(file=sys.stderr)
    if args.json:
        print_json(result)
    else:
        print(f"Added {result.tickets:,} demo tickets to {ws.path} in {time.monotonic() - started:.1f} s")
    return 0


def run_backup(ws: Workspace, args: argparse.Namespace) -> int:
    target = ws.backups.backup(args.out)
    print(f"Backed up {ws.path} to {target} (integrity check: ok)")
    return 0


def _database_path(args: argparse.Namespace) -> Path:
    return args.db.expanduser().absolute() if args.db else default_database_path()


def run_restore(args: argparse.Namespace) -> int:
    path = _database_path(args)
    workspace = open_workspace(path)
    try:
        saved = workspace.backups.restore(args.file)
    finally:
        workspace.close()
    open_workspace(path).close()  # brings an older backup up to the current schema
    print(f"Restored {path} from {args.file}. The database as it was before is saved at {saved}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    report = check_database(_database_path(args))
    if args.json:
        print_json({**report.__dict__, "path": str(report.path), "ok": report.ok})
    else:
        print(f"Database:  {report.path}")
        print(f"Schema:    {report.schema or 'none'} (this deskapp: {report.latest_schema})")
        print(f"Tickets:   {report.tickets:,}")
        print("Integrity: " + ("ok" if not report.problems else "; ".join(report.problems[:5])))
    return 0 if report.ok else 1

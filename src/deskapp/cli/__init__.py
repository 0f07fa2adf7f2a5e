"""The `deskapp` command: starts the desktop app, or runs a subcommand for scripts and admins.

Every subcommand honours --db PATH (or DESKAPP_DB). Errors are one line naming what is wrong, on
standard error, with a non-zero exit code; never a traceback.
"""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from deskapp import __version__
from deskapp.cli import admin, config, export, import_, tickets
from deskapp.domain.errors import DeskappError
from deskapp.services.workspace import ENV_DATABASE, Workspace, default_database_path, open_workspace

log = logging.getLogger("deskapp")


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"deskapp: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="deskapp",
        description="A desktop service desk for small offices. With no command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"deskapp {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=f"the database file (default: ${ENV_DATABASE}, else {default_database_path()})",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens to the console")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(handler=None, gui="main")
    form = commands.add_parser("form", help="open only the request form, for office staff")
    form.set_defaults(handler=None, gui="form")
    tickets.add_parser(commands)
    admin.add_parsers(commands)
    config.add_parser(commands)
    import_.add_parser(commands)
    export.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    handler = getattr(args, "handler", None)
    if handler is None:
        from deskapp.app import run_app

        return run_app(db_path=args.db, mode=getattr(args, "gui", "main"))
    try:
        return _run(handler, args)
    except DeskappError as error:
        print(f"deskapp: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("deskapp: interrupted; nothing more was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run(handler, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    if getattr(args, "no_workspace", False):
        return handler(args)
    path = args.db.expanduser().absolute() if args.db else default_database_path()
    is_new = not path.exists()
    workspace: Workspace = open_workspace(path)
    if is_new and args.db is not None:
        print(f"deskapp: created a new database at {path}", file=sys.stderr)
    try:
        return handler(workspace, args)
    finally:
        workspace.close()

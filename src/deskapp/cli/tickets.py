"""`deskapp ticket ...`: log, list, show and work tickets from a terminal or a monitoring script."""

import argparse
import sys
from pathlib import Path

from deskapp.cli.output import print_detail, print_json, print_table
from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Level, Priority, ResolutionCode, Source, Status, TicketType
from deskapp.services.queue import SORT_NAMES
from deskapp.services.records import to_jsonable
from deskapp.services.tickets import NewTicket, TicketChanges
from deskapp.services.workspace import Workspace


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ticket = commands.add_parser("ticket", help="log, list, show and update tickets")
    actions = ticket.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_new(actions)
    _add_list(actions)
    show = actions.add_parser("show", help="a ticket with its conversation and history")
    show.add_argument("number", help="ticket number, e.g. INC-12")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_ticket)
    _add_update(actions)
    merge = actions.add_parser("merge", help="merge a duplicate into the ticket kept")
    merge.add_argument("duplicate", help="the duplicate, e.g. INC-14")
    merge.add_argument("--into", required=True, metavar="NUMBER", help="the ticket to keep")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=merge_tickets)
    link = actions.add_parser("link", help="mark two tickets as related (--remove to unlink)")
    link.add_argument("number")
    link.add_argument("other")
    link.add_argument("--remove", action="store_true", help="remove the link instead")
    link.add_argument("--json", action="store_true")
    link.set_defaults(handler=link_tickets)
    problem = actions.add_parser("problem", help="open a problem explaining the given incidents")
    problem.add_argument("incidents", nargs="+", metavar="INCIDENT")
    problem.add_argument("--subject", required=True)
    problem.add_argument("--description", default="")
    problem.add_argument("--json", action="store_true")
    problem.set_defaults(handler=create_problem)
    attach = actions.add_parser("attach", help="attach a file to a ticket")
    attach.add_argument("number")
    attach.add_argument("file", type=Path)
    attach.add_argument("--json", action="store_true")
    attach.set_defaults(handler=attach_file)


def _choices(enum: type) -> str:
    return "|".join(m.value for m in enum)  # type: ignore[attr-defined]


def _add_new(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = actions.add_parser("new", help="log a ticket and print its number")
    new.add_argument("--subject", required=True, help="what's wrong, in a few words")
    new.add_argument("--description", default="", help="details; '-' reads them from standard input")
    new.add_argument("--requester", metavar="EMAIL", help="requester's email (created if new)")
    new.add_argument("--requester-name", metavar="NAME")
    new.add_argument("--department")
    new.add_argument("--type", default="incident", metavar=_choices(TicketType))
    new.add_argument("--impact", default="medium", metavar=_choices(Level))
    new.add_argument("--urgency", default="medium", metavar=_choices(Level))
    new.add_argument("--priority", metavar=_choices(Priority), help="override the matrix (needs --reason)")
    new.add_argument("--reason", help="why the priority differs from impact x urgency")
    new.add_argument("--category", metavar="CATEGORY[/SUB]", help='e.g. "Hardware/Printer"')
    new.add_argument("--source", default="phone", metavar=_choices(Source))
    new.add_argument("--assignee", help="agent name or email, or 'me'")
    new.add_argument("--group", help="support group")
    new.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    new.add_argument(
        "--alert-key", metavar="KEY", help="monitoring: a repeat of an alert still open adds a note instead"
    )
    new.add_argument("--json", action="store_true", help="print the ticket as JSON")
    new.set_defaults(handler=new_ticket)


def _add_list(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    lst = actions.add_parser("list", help="list tickets, newest first")
    lst.add_argument("--status", action="append", default=[], metavar=_choices(Status), help="repeat or comma-list")
    lst.add_argument("--type", action="append", default=[], metavar=_choices(TicketType))
    lst.add_argument("--priority", action="append", default=[], metavar=_choices(Priority))
    lst.add_argument("--assignee", action="append", default=[], help="agent, 'me' or 'none'")
    lst.add_argument("--group", action="append", default=[])
    lst.add_argument("--category", action="append", default=[])
    lst.add_argument("--search", help="words in subject, description or conversation")
    lst.add_argument("--sort", default="id", metavar="|".join(SORT_NAMES))
    lst.add_argument("--ascending", action="store_true", help="oldest / lowest first")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=list_tickets)


def _add_update(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    up = actions.add_parser("update", help="change fields, status, assignment; reply or add a note")
    up.add_argument("number")
    up.add_argument("--status", metavar=_choices(Status))
    up.add_argument("--assignee", help="agent name or email, 'me' or 'none'")
    up.add_argument("--group", help="support group")
    up.add_argument("--escalate", action="store_true", help="move to the next support tier")
    up.add_argument("--priority", metavar=_choices(Priority) + "|auto", help="'auto' returns to the matrix")
    up.add_argument("--reason", help="why the priority is set by hand")
    up.add_argument("--impact", metavar=_choices(Level))
    up.add_argument("--urgency", metavar=_choices(Level))
    up.add_argument("--category", metavar="CATEGORY[/SUB]")
    up.add_argument("--subject")
    up.add_argument("--description", help="'-' reads standard input")
    up.add_argument("--requester", metavar="EMAIL")
    up.add_argument("--major", choices=["yes", "no"], help="mark as a major incident")
    up.add_argument("--problem", metavar="NUMBER", help="link this incident to a problem ('none' unlinks)")
    up.add_argument("--tag", action="append", default=[], help="add a tag")
    up.add_argument("--untag", action="append", default=[], help="remove a tag")
    up.add_argument("--reply", help="a public reply to the requester")
    up.add_argument("--note", help="an internal note")
    up.add_argument("--resolution", help="resolution notes (required to resolve)")
    up.add_argument("--code", metavar=_choices(ResolutionCode), help="resolution code")
    up.add_argument("--root-cause")
    up.add_argument("--resolve-incidents", action="store_true", help="resolving a problem: resolve its incidents")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=update_ticket)


def _stdin_if_dash(value: str | None) -> str | None:
    return sys.stdin.read() if value == "-" else value


def _print(ws: Workspace, args: argparse.Namespace, detail) -> None:  # type: ignore[no-untyped-def]
    if args.json:
        print_json(detail)
    else:
        print_detail(detail)


def new_ticket(ws: Workspace, args: argparse.Namespace) -> int:
    new = NewTicket(
        subject=args.subject,
        description=_stdin_if_dash(args.description) or "",
        type=args.type,
        impact=args.impact,
        urgency=args.urgency,
        priority=args.priority,
        priority_reason=args.reason,
        category=args.category,
        requester_email=args.requester,
        requester_name=args.requester_name,
        requester_department=args.department,
        source=args.source,
        assignee=args.assignee,
        group=args.group,
        tags=args.tag,
        alert_key=args.alert_key,
    )
    repeated = False
    if args.alert_key is not None:
        detail, repeated = ws.tickets.report_alert(new, ws.actor)
    else:
        detail = ws.tickets.create(new, ws.actor)
    if args.json:
        print_json({**to_jsonable(detail), "repeated_alert": repeated})
    else:
        print(detail.ref)
        if repeated:
            print(f"(repeat of an open alert: added a note to {detail.ref})", file=sys.stderr)
    return 0


def list_tickets(ws: Workspace, args: argparse.Namespace) -> int:
    flt = ws.queue.make_filter(
        ws.actor,
        statuses=args.status,
        types=args.type,
        priorities=args.priority,
        assignees=args.assignee,
        groups=args.group,
        categories=args.category,
        search_text=args.search,
        sort=args.sort,
        descending=not args.ascending,
    )
    rows = ws.queue.tickets(flt, args.limit)
    if args.json:
        print_json(rows)
    elif rows:
        print_table(rows)
    else:
        print("No tickets match.", file=sys.stderr)
    return 0


def show_ticket(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws, args, ws.tickets.get(args.number))
    return 0


def update_ticket(ws: Workspace, args: argparse.Namespace) -> int:
    changes = TicketChanges(
        subject=args.subject,
        description=_stdin_if_dash(args.description),
        status=args.status,
        impact=args.impact,
        urgency=args.urgency,
        priority=args.priority,
        priority_reason=args.reason,
        category=args.category,
        assignee=args.assignee,
        group=args.group,
        escalate=args.escalate,
        requester_email=args.requester,
        major=None if args.major is None else args.major == "yes",
        problem=args.problem,
        add_tags=tuple(args.tag),
        remove_tags=tuple(args.untag),
        resolution_code=args.code,
        resolution_notes=args.resolution,
        root_cause=args.root_cause,
        reply=args.reply,
        note=args.note,
        resolve_incidents=args.resolve_incidents,
    )
    if changes == TicketChanges():
        raise ValidationError("update: nothing to change; give at least one option (see --help)")
    detail = ws.tickets.update(args.number, changes, ws.actor)
    _print(ws, args, detail)
    if detail.type is TicketType.PROBLEM and detail.status is Status.RESOLVED and not args.resolve_incidents:
        still_open = ws.tickets.open_incidents_of(detail.ref)
        if still_open:
            print(
                f"{len(still_open)} linked incident(s) are still open: {', '.join(still_open)}."
                f" Run again with --resolve-incidents to resolve them with this problem.",
                file=sys.stderr,
            )
    return 0


def merge_tickets(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws, args, ws.links.merge(args.duplicate, args.into, ws.actor))
    return 0


def link_tickets(ws: Workspace, args: argparse.Namespace) -> int:
    action = ws.links.unlink if args.remove else ws.links.link
    _print(ws, args, action(args.number, args.other, ws.actor))
    return 0


def create_problem(ws: Workspace, args: argparse.Namespace) -> int:
    _print(ws, args, ws.links.create_problem_from(args.incidents, args.subject, ws.actor, args.description))
    return 0


def attach_file(ws: Workspace, args: argparse.Namespace) -> int:
    record = ws.attachments.attach_file(args.number, args.file, ws.actor)
    if args.json:
        print_json(record)
    else:
        print(f"Attached {record.filename} ({record.size:,} bytes) to {args.number.upper()}")
    return 0

"""The child process of test_crash: commit tickets in a loop and acknowledge each commit on stdout.

Usage: python crash_writer.py DB_PATH. Imports deskapp, prints "loaded" and waits for a line "go" on
stdin (so the test can start the next writer while the current one runs), then prints "opening", opens
the workspace (creating, migrating and seeding the file as needed), prints "ready", and commits
tickets, printing each ticket number and flushing only after create() returned: a printed number is an
acknowledged commit.
"""

import sys
from pathlib import Path

TYPES = ("incident", "request", "problem")


def main(path: Path) -> None:
    from deskapp.services.tickets import NewTicket
    from deskapp.services.workspace import open_workspace

    print("loaded", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    print("opening", flush=True)
    workspace = open_workspace(path)
    print("ready", flush=True)
    i = 0
    while True:
        ticket = workspace.tickets.create(NewTicket(subject=f"crash test {i}", type=TYPES[i % 3]), workspace.actor)
        print(ticket.ref, flush=True)
        i += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""Opening deskapp on a database file: the one place that wires storage to the services."""

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from deskapp.domain.time import Clock, system_clock
from deskapp.services.attachments import AttachmentService
from deskapp.services.backups import BackupService
from deskapp.services.closing import ClosingService
from deskapp.services.config import ConfigService
from deskapp.services.csv_export import ExportService
from deskapp.services.directory import DirectoryService
from deskapp.services.links import LinkService
from deskapp.services.people import Actor, admin_actor, seed_defaults
from deskapp.services.queue import QueueService
from deskapp.services.reports import ReportService
from deskapp.services.reviews import ReviewService
from deskapp.services.sla import SlaService
from deskapp.services.tickets import TicketService
from deskapp.storage.attachments import AttachmentStore, attachments_folder
from deskapp.storage.engine import Database
from deskapp.storage.migrate import open_database

ENV_DATABASE = "DESKAPP_DB"


def default_database_path() -> Path:
    """DESKAPP_DB if set, else deskapp.sqlite3 in the platform's user data folder."""
    configured = os.environ.get(ENV_DATABASE, "").strip()
    if configured:
        return Path(configured).expanduser()
    return user_data_path("deskapp", appauthor=False) / "deskapp.sqlite3"


@dataclass
class Workspace:
    database: Database
    clock: Clock
    actor: Actor
    tickets: TicketService
    queue: QueueService
    links: LinkService
    attachments: AttachmentService
    backups: BackupService
    reviews: ReviewService
    directory: DirectoryService
    closing: ClosingService
    sla: SlaService
    config: ConfigService
    reports: ReportService
    exports: ExportService

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.dispose()


def open_workspace(path: Path | None = None, *, clock: Clock = system_clock, create: bool = True) -> Workspace:
    """Open (creating, migrating and seeding as needed) the database and build the services on it."""
    path = path or default_database_path()
    if create and not path.parent.exists() and path == default_database_path():
        path.parent.mkdir(parents=True, exist_ok=True)
    database = open_database(path, create=create)
    with database.write() as session:
        seed_defaults(session)
    tickets = TicketService(database, clock)
    reviews = ReviewService(database, clock)
    sla = SlaService(database, clock)
    reports = ReportService(database, clock)
    return Workspace(
        database=database,
        clock=clock,
        actor=admin_actor(database),
        tickets=tickets,
        queue=QueueService(database, clock),
        links=LinkService(database, clock, tickets),
        attachments=AttachmentService(database, clock, AttachmentStore(attachments_folder(database.path))),
        backups=BackupService(database, clock),
        reviews=reviews,
        directory=DirectoryService(database),
        closing=ClosingService(database, tickets, reviews, clock),
        sla=sla,
        config=ConfigService(database, clock, sla),
        reports=reports,
        exports=ExportService(database, clock, reports),
    )

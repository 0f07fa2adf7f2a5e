"""Files attached to tickets: stored once by content, never orphaned by a rolled-back transaction."""

import mimetypes
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from deskapp.domain import validation
from deskapp.domain.errors import NotFoundError, StorageError
from deskapp.domain.time import Clock, whole_seconds
from deskapp.services import office
from deskapp.services.audit import TicketEdit
from deskapp.services.people import Actor
from deskapp.services.records import AttachmentRecord
from deskapp.services.ticket_read import attachment_record, load_ticket
from deskapp.storage.attachments import AttachmentStore
from deskapp.storage.engine import Database
from deskapp.storage.tables import Attachment


class AttachmentService:
    def __init__(self, database: Database, clock: Clock, store: AttachmentStore) -> None:
        self.database = database
        self.clock = whole_seconds(clock)
        self.store = store

    def attach_file(self, ref: str, path: Path, actor: Actor) -> AttachmentRecord:
        try:
            with path.open("rb") as source:
                return self.attach(ref, source, path.name, actor)
        except FileNotFoundError as error:
            raise NotFoundError(f"attachment: there is no file {path}", field="attachment") from error
        except IsADirectoryError as error:
            raise NotFoundError(f"attachment: {path} is a folder, not a file", field="attachment") from error
        except PermissionError as error:
            raise StorageError(f"attachment: {path} cannot be read (permission denied)") from error

    def attach(self, ref: str, source: BinaryIO, filename: str, actor: Actor) -> AttachmentRecord:
        """Store the bytes, then the row; if the row is not committed, a newly written file is removed."""
        name = validation.name(Path(filename).name, "attachment")
        with self.database.read() as session:
            load_ticket(session, ref)
            limit = office.attachment_limit_bytes(session)
        sha256, size, created = self.store.put(source, limit, name)
        try:
            with self.database.write() as session:
                ticket = load_ticket(session, ref)
                row = Attachment(
                    ticket_id=ticket.id,
                    filename=name,
                    sha256=sha256,
                    size=size,
                    content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                    created_at=self.clock(),
                )
                session.add(row)
                edit = TicketEdit(session, ticket, actor, row.created_at)
                edit.record("attachment", None, name)
                edit.touch()
                session.flush()
                return attachment_record(row)
        except BaseException:
            if created and not self._referenced(sha256):
                self.store.discard(sha256)
            raise

    def path(self, attachment_id: int) -> Path:
        """Where the bytes of an attachment are, to open with the system viewer."""
        with self.database.read() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError(f"attachment: no attachment {attachment_id}", field="attachment")
            sha256, filename = row.sha256, row.filename
        path = self.store.path_for(sha256)
        if not path.exists():
            raise StorageError(f"the file of attachment '{filename}' is missing from {self.store.folder}")
        return path

    def _referenced(self, sha256: str) -> bool:
        with self.database.read() as session:
            return (
                session.scalars(select(Attachment.id).where(Attachment.sha256 == sha256).limit(1)).first() is not None
            )

    def orphans(self) -> set[str]:
        """Files no row names (left by a crash between writing the file and committing the row)."""
        with self.database.read() as session:
            referenced = set(session.scalars(select(Attachment.sha256).distinct()))
        return self.store.orphans(referenced)

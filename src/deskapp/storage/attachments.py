"""Attachment bytes in a content-addressed folder beside the database.

A file is named by the SHA-256 of its content, so the same screenshot attached twice is stored once.
Files are written (and fsynced) before the row that names them is committed; if that transaction
rolls back, the service discards a file it had just created. ``orphans`` finds what a crash between
the two steps could leave behind.
"""

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from deskapp.domain.errors import StorageError, ValidationError

CHUNK = 1024 * 1024


def attachments_folder(database_path: Path) -> Path:
    return database_path.parent / f"{database_path.stem}-attachments"


class AttachmentStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def put(self, source: BinaryIO, limit: int, name: str) -> tuple[str, int, bool]:
        """Store a stream; returns (sha256, size, created) where created means the file is new."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        except OSError as error:
            raise StorageError(f"cannot write attachments to {self.folder}: {error.strerror}") from error
        temp = Path(temp_name)
        try:
            digest, size = self._copy(source, handle, limit, name)
            target = self.path_for(digest)
            if target.exists():
                temp.unlink()
                return digest, size, False
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
            return digest, size, True
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    @staticmethod
    def _copy(source: BinaryIO, handle: int, limit: int, name: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(handle, "wb") as out:
                while chunk := source.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise ValidationError(
                            f"attachment: '{name}' is larger than the limit of {limit // (1024 * 1024)} MB",
                            field="attachment",
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except OSError as error:
            raise StorageError(f"cannot store attachment '{name}': {error.strerror}") from error
        return digest.hexdigest(), size

    def discard(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def stored(self) -> set[str]:
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.glob("??/*") if p.is_file()}

    def orphans(self, referenced: set[str]) -> set[str]:
        """Stored files that no attachment row names."""
        return self.stored() - referenced

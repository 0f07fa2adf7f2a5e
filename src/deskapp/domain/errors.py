"""Typed errors with messages a person can act on.

The CLI prints ``str(error)`` and exits non-zero; the GUI shows it next to the field named by ``field``.
"""


class DeskappError(Exception):
    """Base of every error deskapp reports to a person instead of a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskappError):
    """A value given by the user is not acceptable."""

    exit_code = 2


class NotFoundError(DeskappError):
    """A ticket, person or file that was named does not exist."""

    exit_code = 3


class TransitionError(ValidationError):
    """A status change that the lifecycle does not allow."""


class StorageError(DeskappError):
    """The database or the file system refused: locked, full, unreadable, from a newer version."""

    exit_code = 4

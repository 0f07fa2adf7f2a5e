"""Running database work off the UI thread, one operation at a time, and telling views what changed.

Every call to a service from the GUI goes through ``Ops.run``: the work runs on the single database
worker thread; its result (or error) comes back on the main thread. A busy cursor shows after
300 ms; work that reports progress gets a progress dialog with Cancel after 600 ms. After a write,
``changed`` is emitted with a small ``Change`` value so each view decides whether to refresh.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from deskapp.domain.errors import DeskappError

T = TypeVar("T")
log = logging.getLogger(__name__)

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""


@dataclass(frozen=True)
class Change:
    """What a finished write touched; views refresh when it concerns them."""

    tickets: bool = True
    refs: tuple[str, ...] = ()
    settings: bool = False


class Progress:
    """Handed to long work: report how far it is, and learn whether the user cancelled."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.label = ""

    def report(self, done: int, total: int, label: str = "") -> bool:
        """Record progress; returns False once the user has cancelled."""
        self.done, self.total, self.label = done, total, label or self.label
        return not self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Pending(Generic[T]):
    future: Future[T]
    on_done: Callable[[T], None] | None
    on_error: Callable[[DeskappError], None] | None
    change: Change | None
    progress: Progress | None
    label: str
    dialog: QProgressDialog | None = None
    timers: list[QTimer] = field(default_factory=list)


class Ops(QObject):
    """The one place the GUI runs database work."""

    changed = Signal(object)  # Change
    busy_changed = Signal(bool)
    failed = Signal(str)  # a readable message for an error nobody handled
    unexpected = Signal(str)  # the message of a bug, already logged with its traceback
    _finished = Signal(object)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskapp-db")
        self._parent = parent_widget
        self._pending: set[int] = set()
        self._cursor_shown = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent = widget

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[DeskappError], None] | None = None,
        change: Change | None = None,
        progress: Progress | None = None,
        label: str = "",
    ) -> Future[T]:
        """Run work on the database thread; on_done/on_error are called on the main thread."""
        future: Future[T] = self._executor.submit(work)
        pending = _Pending(future, on_done, on_error, change, progress, label)
        self._pending.add(id(pending))
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._arm_feedback(pending)
        future.add_done_callback(lambda _f: self._finished.emit(pending))
        return future

    def _arm_feedback(self, pending: _Pending[Any]) -> None:
        cursor = QTimer(self)
        cursor.setSingleShot(True)
        cursor.timeout.connect(self._show_busy_cursor)
        cursor.start(BUSY_CURSOR_MS)
        pending.timers.append(cursor)
        if pending.progress is not None:
            dialog_timer = QTimer(self)
            dialog_timer.setSingleShot(True)
            dialog_timer.timeout.connect(lambda: self._show_progress(pending))
            dialog_timer.start(PROGRESS_DIALOG_MS)
            pending.timers.append(dialog_timer)

    def _show_busy_cursor(self) -> None:
        if self._pending and not self._cursor_shown:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_shown = True

    def _show_progress(self, pending: _Pending[Any]) -> None:
        if pending.future.done() or pending.progress is None:
            return
        progress = pending.progress
        dialog = QProgressDialog(pending.label or self.tr("Working…"), self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("deskapp"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(progress.cancel)
        pending.dialog = dialog
        poll = QTimer(self)
        poll.timeout.connect(lambda: self._update_progress(pending))
        poll.start(100)
        pending.timers.append(poll)
        dialog.show()

    @staticmethod
    def _update_progress(pending: _Pending[Any]) -> None:
        dialog, progress = pending.dialog, pending.progress
        if dialog is None or progress is None or progress.cancelled:
            return
        if progress.total:
            dialog.setMaximum(progress.total)
            dialog.setValue(min(progress.done, progress.total))
        if progress.label:
            dialog.setLabelText(progress.label)

    @Slot(object)
    def _deliver(self, pending: _Pending[Any]) -> None:
        for timer in pending.timers:
            timer.stop()
            timer.deleteLater()
        if pending.dialog is not None:
            pending.dialog.reset()
            pending.dialog.deleteLater()
        self._pending.discard(id(pending))
        if not self._pending:
            if self._cursor_shown:
                QApplication.restoreOverrideCursor()
                self._cursor_shown = False
            self.busy_changed.emit(False)
        error = pending.future.exception()
        if error is None:
            if pending.change is not None:
                self.changed.emit(pending.change)
            if pending.on_done is not None:
                pending.on_done(pending.future.result())
        elif isinstance(error, Cancelled):
            log.info("cancelled: %s", pending.label)
        elif isinstance(error, DeskappError):
            if pending.on_error is not None:
                pending.on_error(error)
            else:
                self.failed.emit(str(error))
        else:
            log.error("unexpected error in %s", pending.label or "an operation", exc_info=error)
            self.unexpected.emit(f"{type(error).__name__}: {error}")

    def wait_idle(self) -> None:
        """For tests and shutdown: let queued work finish (results are still delivered by the event loop)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

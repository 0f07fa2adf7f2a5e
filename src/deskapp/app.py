"""The composition root: opens the workspace, builds the ops runner and hands both to the windows."""

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_path, user_log_path

from deskapp import __version__
from deskapp.domain.errors import DeskappError
from deskapp.services.workspace import default_database_path, open_workspace

log = logging.getLogger("deskapp")
# For the benchmarks (tests/benchmarks/run.py): print one line at the first paint of the queue with rows, then quit.
EXIT_AFTER_FIRST_PAINT = "DESKAPP_EXIT_AFTER_FIRST_PAINT"


def log_file() -> Path:
    return user_log_path("deskapp", appauthor=False) / "deskapp.log"


def setup_file_logging() -> Path:
    """A rotating log in the platform's log folder; its path is shown when something unexpected happens."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(min(logging.getLogger().level or logging.INFO, logging.INFO))
    return path


def run_app(db_path: Path | None = None, mode: str = "main") -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskapp.ui import icons
    from deskapp.ui.drafts import DraftStore
    from deskapp.ui.i18n import install_translations
    from deskapp.ui.ops import Ops
    from deskapp.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("deskapp")
    app.setOrganizationName("deskapp")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icons.app_icon())
    install_translations(app)
    settings = QSettings()
    apply_theme(app, str(settings.value("appearance/theme", "system")))
    log_path = setup_file_logging()
    _install_excepthook(log_path)
    try:
        workspace = open_workspace(db_path or default_database_path())
    except DeskappError as error:
        QMessageBox.critical(None, "deskapp", str(error))
        return 1
    ops = Ops()
    drafts = DraftStore(user_data_path("deskapp", appauthor=False) / "drafts")
    ops.unexpected.connect(lambda message: _show_unexpected(message, log_path))
    window = _build_window(mode, workspace, ops, drafts, settings)
    window.show()
    if mode == "main" and os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _exit_after_first_paint(app, window)
    reminders = _start_reminders(workspace, ops, window) if mode != "form" else None
    try:
        return app.exec()
    finally:
        drafts.flush()
        ops.shutdown()  # after this no GUI work can start the scheduler again
        if reminders is not None:
            reminders.stop()
        workspace.close()


def _start_reminders(workspace, ops, window):  # type: ignore[no-untyped-def]
    """The SLA reminder scheduler, once the main window can show what it finds.

    It calls back from its own thread; the window's NotificationCenter moves the notices to the main
    thread. After every change made through the GUI the next deadline is re-read (on the database
    thread, like all GUI database work), since a reply, a pause or a new priority moves it.
    """
    from deskapp.services.reminders import ReminderScheduler

    scheduler = ReminderScheduler(workspace.sla, workspace.clock, window.notifications.deliver)
    ops.changed.connect(lambda _change: ops.run(scheduler.rebuild))
    ops.run(scheduler.start, label="Checking SLA reminders…")  # catches up on what fell due while closed
    return scheduler


def _build_window(mode, workspace, ops, drafts, settings):  # type: ignore[no-untyped-def]
    if mode == "form":
        from deskapp.ui.form import RequestFormWindow

        return RequestFormWindow(workspace, ops, drafts, settings)
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.tray import Tray

    window = MainWindow(workspace, ops, drafts, settings)
    window.tray = Tray(window)
    window.notifications.set_tray(window.tray)
    return window


_shown_unexpected = False


def _show_unexpected(message: str, log_path: Path) -> None:
    """An unexpected error is shown once per session with where the details are; later ones are only logged."""
    global _shown_unexpected
    if _shown_unexpected:
        return
    _shown_unexpected = True
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        None,
        "deskapp",
        f"Something unexpected went wrong: {message}\n\n"
        f"Your saved work is safe and typed text is kept as a draft. Details are in the log file:\n{log_path}",
    )


def _install_excepthook(log_path: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        message = str(error) if isinstance(error, DeskappError) else f"{kind.__name__}: {error}"
        _show_unexpected(message, log_path)

    sys.excepthook = hook


def _exit_after_first_paint(app, window) -> None:  # type: ignore[no-untyped-def]
    """Time to a usable queue, for the benchmarks: a line on standard output once the queue's viewport
    has painted with its first row loaded, then quit. Only with DESKAPP_EXIT_AFTER_FIRST_PAINT set."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    from deskapp.ui.queue.model import REF_ROLE

    shown = time.perf_counter()
    viewport = window.queue.viewport()
    model = window.queue.model()

    def report() -> None:
        elapsed = (time.perf_counter() - shown) * 1000
        print(f"deskapp: first paint of the queue, {model.rowCount()} rows, {elapsed:.0f} ms after show", flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and model.rowCount() and model.data(model.index(0, 0), REF_ROLE):
                viewport.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after this paint has been done
            return False

    viewport.installEventFilter(FirstPaint(viewport))

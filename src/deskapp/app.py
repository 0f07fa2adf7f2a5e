"""The composition root: opens the workspace and hands it to the windows."""

import sys
from pathlib import Path

from deskapp import __version__
from deskapp.domain.errors import DeskappError
from deskapp.services.workspace import default_database_path, open_workspace


def run_app(db_path: Path | None = None, mode: str = "main") -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from deskapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("deskapp")
    app.setOrganizationName("deskapp")
    app.setApplicationVersion(__version__)
    try:
        workspace = open_workspace(db_path or default_database_path())
    except DeskappError as error:
        QMessageBox.critical(None, "deskapp", str(error))
        return 1
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()

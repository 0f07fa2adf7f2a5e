"""The main window (queue, detail and views arrive with the desktop-app work)."""

from PySide6.QtWidgets import QLabel, QMainWindow

from deskapp.services.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(self.tr("deskapp — {path}").format(path=workspace.path.name))
        self.setCentralWidget(QLabel(self.tr("deskapp is ready.")))
        self.resize(1280, 800)

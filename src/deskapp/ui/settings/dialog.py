"""The Settings dialog: priority matrix, business hours, SLA policies and ticket rules, saved together.

Every page edits its part of the same plain structure the settings file has (see services/config.py), so
the checks, the messages and the Import…/Export… buttons are the file's. OK saves everything in one
operation; a mistake keeps the dialog open with the message beside the field it is about.
"""

import copy
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.services.config import (
    ConfigFileError,
    ConfigPathError,
    OfficeConfig,
    parse_toml,
    read_text,
    to_toml,
    write_text_atomic,
)
from deskapp.services.workspace import Workspace
from deskapp.ui.icons import app_icon
from deskapp.ui.ops import Change, Ops
from deskapp.ui.settings.common import FieldError
from deskapp.ui.settings.country import load_country_names
from deskapp.ui.settings.hours_page import BusinessHoursPage
from deskapp.ui.settings.matrix_page import MatrixPage
from deskapp.ui.settings.policies_page import PoliciesPage
from deskapp.ui.settings.tickets_page import TicketsPage

MATRIX, HOURS, POLICIES, TICKETS = range(4)


class Page(Protocol):
    def load(self, data: dict[str, Any]) -> None: ...
    def store(self, data: dict[str, Any]) -> None: ...
    def problems(self) -> list[QWidget]: ...
    def clear_errors(self) -> None: ...
    def show_error(self, path: tuple[Any, ...], message: str) -> QWidget | None: ...


class SettingsDialog(QDialog):
    """The office's settings. Emits `saved` after OK has stored them."""

    saved = Signal()

    def __init__(self, workspace: Workspace, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.base: dict[str, Any] | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Settings — deskapp"))
        self.setWindowIcon(app_icon())
        self.resize(980, 700)
        self._build()
        self._set_ready(False)
        self.status.setText(self.tr("Loading the settings…"))
        self.ops.run(
            self._read_settings,
            lambda config: self.load_data(config.to_dict()),
            on_error=self._load_failed,
            label=self.tr("Loading the settings…"),
        )

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.matrix_page = MatrixPage()
        self.hours_page = BusinessHoursPage(self.ops, self.workspace.config, self.workspace.clock().date())
        self.policies_page = PoliciesPage()
        self.tickets_page = TicketsPage()
        self.pages: list[Page] = [self.matrix_page, self.hours_page, self.policies_page, self.tickets_page]
        self.hours_page.calendars_changed.connect(self.policies_page.set_calendars)
        self.hours_page.calendar_renamed.connect(self.policies_page.rename_calendar)
        self.hours_page.in_use = self.policies_page.policies_using

        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setSpacing(3)
        for title in (self.tr("Priority matrix"), self.tr("Business hours"), self.tr("SLA policies"),
                      self.tr("Tickets")):  # fmt: skip
            self.page_list.addItem(title)
        self.page_list.setFixedWidth(max(160, self.page_list.sizeHintForColumn(0) + 32))
        self.stack = QStackedWidget()
        for page in self.pages:
            assert isinstance(page, QWidget)
            self.stack.addWidget(page)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(MATRIX)

        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Load settings from a TOML file; nothing is saved until OK"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write these settings to a TOML file"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Status"))
        self.status_error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)

        messages = QVBoxLayout()
        messages.setSpacing(0)
        messages.addWidget(self.status)
        messages.addWidget(self.status_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addSpacing(12)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(self.page_list)
        top.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

    def _set_ready(self, ready: bool) -> None:
        self.stack.setEnabled(ready)
        for button in (self.ok_button, self.import_button, self.export_button):
            button.setEnabled(ready and not self.saving)

    def show_page(self, index: int) -> None:
        self.page_list.setCurrentRow(index)

    # --- loading --------------------------------------------------------------------------------------

    def load_data(self, data: dict[str, Any]) -> None:
        """Show the settings in `data` (the settings file's structure) on every page."""
        self.base = copy.deepcopy(data)
        for page in self.pages:
            page.load(data)
        self.status.setText("")
        self.status_error.clear_message()
        self._set_ready(True)

    def _read_settings(self) -> OfficeConfig:
        """On the database thread: the stored settings, and the country names if a calendar shows one."""
        config = self.workspace.config.load()
        if config.public_holidays:
            load_country_names()
        return config

    def _load_failed(self, error: DeskappError) -> None:
        self.status.setText("")
        self.status_error.show_message(self.tr("The settings could not be read: {error}").format(error=error))

    def gather(self) -> dict[str, Any]:
        """What the pages show, in the settings file's structure (not yet checked as a whole)."""
        assert self.base is not None
        data: dict[str, Any] = {"format": self.base["format"], "office": dict(self.base["office"])}
        for page in self.pages:
            page.store(data)
        return data

    # --- checking ------------------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        self.status.setText("")
        self.status_error.clear_message()
        for page in self.pages:
            page.clear_errors()

    def checked_config(self) -> OfficeConfig | None:
        """The config the pages show, checked as a whole; None (with the message shown) if it has a mistake."""
        self._clear_errors()
        for index, page in enumerate(self.pages):
            problems = page.problems()
            if problems:
                self.show_page(index)
                problems[0].setFocus()
                self.status_error.show_message(self.tr("Not saved: fix the fields marked in red first."))
                return None
        try:
            return OfficeConfig.from_dict(self.gather())
        except ConfigPathError as error:
            self.show_path_error(error.path, error.message)
            return None

    def show_path_error(self, path: tuple[Any, ...], message: str) -> None:
        """Show the message beside the field the path of the settings file names, on its page."""
        section = path[0] if path else None
        if section == "office":
            index = HOURS if path[1:2] == ("timezone",) else TICKETS
        else:
            index = {"priority_matrix": MATRIX, "calendars": HOURS, "policies": POLICIES}.get(section, -1)
        self.status_error.show_message(self.tr("Not saved: {message}").format(message=message))
        if index < 0:
            return
        self.show_page(index)
        widget = self.pages[index].show_error(tuple(path), message)
        if widget is not None:
            widget.setFocus()

    # --- saving --------------------------------------------------------------------------------------

    def save(self) -> None:
        """OK: check everything, then save it in one operation; the dialog closes only when it is saved."""
        if self.saving or self.base is None:
            return
        config = self.checked_config()
        if config is None:
            return
        self.saving = True
        self._set_ready(True)
        self.status.setText(self.tr("Saving…"))
        self.ops.run(
            lambda: self.workspace.config.save(config),
            self._saved,
            on_error=self._save_failed,
            change=Change(tickets=True, settings=True),
            label=self.tr("Saving the settings…"),
        )

    def _saved(self, _tickets: int) -> None:
        self.saving = False
        self.saved.emit()
        self.accept()

    def _save_failed(self, error: DeskappError) -> None:
        self.saving = False
        self._set_ready(True)
        self.status.setText("")
        if isinstance(error, ConfigPathError):
            self.show_path_error(error.path, error.message)
        else:
            self.status_error.show_message(self.tr("Not saved: {error}").format(error=error))

    # --- the settings file ---------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import settings"), "", self.tr("Settings files (*.toml);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Show the settings of a file on the pages (checked as a whole); OK then saves them."""

        def read() -> OfficeConfig:
            config = parse_toml(read_text(path))
            if config.public_holidays:
                load_country_names()
            return config

        def done(config: OfficeConfig) -> None:
            self.load_data(config.to_dict())
            self.status.setText(
                self.tr("Loaded {name}. Check the pages, then press OK to save.").format(name=path.name)
            )

        def failed(error: DeskappError) -> None:
            self._set_ready(True)
            self.status.setText("")
            if isinstance(error, ConfigFileError):
                message = self.tr("{name} line {line}: {detail}").format(
                    name=path.name, line=error.line, detail=error.detail
                )
            else:
                message = str(error)
            self.status_error.show_message(self.tr("Not imported: {message}").format(message=message))

        self._clear_errors()
        self._set_ready(False)
        self.ops.run(read, done, on_error=failed, label=self.tr("Reading settings…"))

    def _choose_export(self) -> None:
        config = self.checked_config()
        if config is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export settings"), "deskapp-settings.toml", self.tr("Settings files (*.toml)")
        )
        if path:
            self.export_file(Path(path), config)

    def export_file(self, path: Path, config: OfficeConfig | None = None) -> None:
        """Write what the pages show (or `config`) to a settings file."""
        config = config or self.checked_config()
        if config is None:
            return
        self.ops.run(
            lambda: write_text_atomic(path, to_toml(config)),
            lambda written: self.status.setText(self.tr("Exported to {path}.").format(path=written)),
            on_error=lambda error: self.status_error.show_message(self.tr("Not exported: {error}").format(error=error)),
            label=self.tr("Exporting settings…"),
        )

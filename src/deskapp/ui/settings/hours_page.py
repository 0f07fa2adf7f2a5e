"""Settings page: business calendars, the working hours SLA clocks run in, and their holidays."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.calendar import DAY_KEYS, Span, holidays_from_ics
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.services.config import ConfigService, PublicHolidays, check_timezone
from deskapp.ui.ops import Ops
from deskapp.ui.settings.common import FieldError, TimeZoneCombo, heading, hint_label, subheading
from deskapp.ui.settings.country import CountryDialog, country_label

DEFAULT_DAY = "09:00-17:00"


@dataclass
class CalendarDraft:
    """A calendar as edited: the day texts exactly as typed, so a mistake stays visible until fixed."""

    name: str
    timezone: str
    always_open: bool = False
    days: list[str] = field(default_factory=lambda: [DEFAULT_DAY] * 5 + ["", ""])
    holidays: set[date] = field(default_factory=set)
    source: PublicHolidays | None = None

    @classmethod
    def from_file(cls, name: str, data: dict[str, Any]) -> "CalendarDraft":
        week = data.get("week", {})
        source = PublicHolidays(data["country"], data.get("subdivision")) if data.get("country") else None
        return cls(
            name,
            data["timezone"],
            bool(data.get("always_open", False)),
            [", ".join(week.get(key, [])) for key in DAY_KEYS] if week else [""] * 7,
            set(data.get("holidays", [])),
            source,
        )

    def to_file(self) -> dict[str, Any]:
        if self.always_open:
            return {"timezone": self.timezone, "always_open": True}
        data: dict[str, Any] = {"timezone": self.timezone}
        if self.source is not None:
            data["country"] = self.source.country
            if self.source.subdivision:
                data["subdivision"] = self.source.subdivision
        data["holidays"] = sorted(self.holidays)
        data["week"] = {key: split_spans(text) for key, text in zip(DAY_KEYS, self.days, strict=True)}
        return data


def split_spans(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def check_day(text: str) -> list[Span]:
    """The spans typed for one day ('09:00-12:30, 13:30-17:30'), refused with a message saying what is wrong."""
    spans = sorted(Span.parse(part) for part in split_spans(text))
    for before, after in pairwise(spans):
        if after.start_minute < before.end_minute:
            raise ValidationError(f"{before} and {after} overlap", field="hours")
    return spans


class BusinessHoursPage(QWidget):
    """Pick a calendar, edit its time zone, working hours per weekday and holidays."""

    calendars_changed = Signal(list)  # the calendar names, in order
    calendar_renamed = Signal(str, str)  # old name, new name

    def __init__(self, ops: Ops, config: ConfigService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.config = config
        self.today = today
        self.drafts: list[CalendarDraft] = []
        self.current = -1
        self.public: dict[PublicHolidays, dict[date, str]] = {}
        self.in_use: Callable[[str], list[str]] = lambda name: []
        self._quiet = False
        self._build()
        self._connect()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        day_names = [
            self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
            self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"),
        ]  # fmt: skip
        self.office_zone = TimeZoneCombo()
        self.office_zone.setAccessibleName(self.tr("Office time zone"))
        self.office_zone_error = FieldError(self.office_zone)

        self.calendar_combo = QComboBox()
        self.calendar_combo.setAccessibleName(self.tr("Calendar"))
        self.calendar_combo.setMinimumContentsLength(16)
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.remove_calendar_button = QPushButton(self.tr("Remove"))
        self.calendar_error = FieldError(self.calendar_combo)

        self.zone = TimeZoneCombo()
        self.zone.setAccessibleName(self.tr("Calendar time zone"))
        self.zone_error = FieldError(self.zone)
        self.always_open = QCheckBox(self.tr("Open around the clock (24/7, no holidays)"))

        self.day_edits: list[QLineEdit] = []
        self.day_errors: list[FieldError] = []
        hours = QGridLayout()
        hours.setHorizontalSpacing(10)
        hours.setVerticalSpacing(4)
        for row, name in enumerate(day_names):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Closed"))
            edit.setAccessibleName(self.tr("Working hours on {day}").format(day=name))
            edit.setToolTip(self.tr("One or more spans, like 09:00-12:30, 13:30-17:30"))
            error = FieldError(edit)
            label = QLabel(name)
            label.setBuddy(edit)
            hours.addWidget(label, row, 0)
            hours.addWidget(edit, row, 1)
            hours.addWidget(error, row, 2)
            self.day_edits.append(edit)
            self.day_errors.append(error)
        hours.setColumnMinimumWidth(1, 230)
        hours.setColumnStretch(2, 1)
        self.hours_widget = QWidget()
        self.hours_widget.setLayout(hours)
        hours.setContentsMargins(0, 0, 0, 0)

        self.holiday_list = QListWidget()
        self.holiday_list.setAccessibleName(self.tr("Holidays"))
        self.holiday_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.holiday_list.setMinimumHeight(140)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setAccessibleName(self.tr("Holiday date"))
        self.add_date_button = QPushButton(self.tr("Add date"))
        self.ics_button = QPushButton(self.tr("Import .ics…"))
        self.ics_button.setToolTip(self.tr("Add the days of the events in an iCalendar file as holidays"))
        self.country_button = QPushButton(self.tr("Add public holidays for country…"))
        self.remove_date_button = QPushButton(self.tr("Remove"))
        self.holidays_error = FieldError(self.holiday_list)
        self.public_label = QLabel()
        self.public_label.setWordWrap(True)
        self.public_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stop_public_button = QPushButton(self.tr("Stop adding them"))

        buttons = QVBoxLayout()
        add_row = QHBoxLayout()
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.add_date_button)
        buttons.addLayout(add_row)
        for button in (self.ics_button, self.country_button, self.remove_date_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        holidays = QHBoxLayout()
        holidays.addWidget(self.holiday_list, 1)
        holidays.addLayout(buttons)
        public_row = QHBoxLayout()
        public_row.addWidget(self.public_label, 1)
        public_row.addWidget(self.stop_public_button)
        self.holidays_widget = QWidget()
        holidays_layout = QVBoxLayout(self.holidays_widget)
        holidays_layout.setContentsMargins(0, 0, 0, 0)
        holidays_layout.addWidget(subheading(self.tr("Holidays")))
        holidays_layout.addLayout(holidays)
        holidays_layout.addWidget(self.holidays_error)
        holidays_layout.addLayout(public_row)

        zone_row = QHBoxLayout()
        zone_label = QLabel(self.tr("&Time zone"))
        zone_label.setBuddy(self.zone)
        zone_row.addWidget(zone_label)
        zone_row.addWidget(self.zone)
        zone_row.addSpacing(16)
        zone_row.addWidget(self.always_open)
        zone_row.addStretch(1)

        self.editor = QFrame()
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)
        editor = QVBoxLayout(self.editor)
        editor.addLayout(zone_row)
        editor.addWidget(self.zone_error)
        editor.addWidget(subheading(self.tr("Working hours")))
        editor.addWidget(self.hours_widget)
        editor.addSpacing(6)
        editor.addWidget(self.holidays_widget)

        office_row = QHBoxLayout()
        office_label = QLabel(self.tr("&Office time zone"))
        office_label.setBuddy(self.office_zone)
        office_row.addWidget(office_label)
        office_row.addWidget(self.office_zone)
        office_row.addWidget(hint_label(self.tr("New calendars start in this zone.")), 1)

        calendar_row = QHBoxLayout()
        calendar_label = QLabel(self.tr("&Calendar"))
        calendar_label.setBuddy(self.calendar_combo)
        calendar_row.addWidget(calendar_label)
        calendar_row.addWidget(self.calendar_combo)
        for button in (self.add_button, self.rename_button, self.remove_calendar_button):
            calendar_row.addWidget(button)
        calendar_row.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Business hours"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "SLA clocks count business time only in the working hours of the policy's calendar, and "
                    "not on its holidays."
                )
            )
        )
        layout.addLayout(office_row)
        layout.addWidget(self.office_zone_error)
        layout.addSpacing(6)
        layout.addLayout(calendar_row)
        layout.addWidget(self.calendar_error)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect(self) -> None:
        self.calendar_combo.currentIndexChanged.connect(self._select)
        self.add_button.clicked.connect(self._add_calendar)
        self.rename_button.clicked.connect(self._rename_calendar)
        self.remove_calendar_button.clicked.connect(self._remove_calendar)
        self.always_open.toggled.connect(self._always_open_toggled)
        self.zone.editTextChanged.connect(lambda _text: self._check_zone(self.zone, self.zone_error))
        self.office_zone.editTextChanged.connect(
            lambda _text: self._check_zone(self.office_zone, self.office_zone_error)
        )
        for index, edit in enumerate(self.day_edits):
            edit.textChanged.connect(lambda _text, i=index: self._check_day(i))
        self.add_date_button.clicked.connect(self._add_date)
        self.ics_button.clicked.connect(self._import_ics)
        self.country_button.clicked.connect(self._choose_country)
        self.remove_date_button.clicked.connect(self._remove_dates)
        self.stop_public_button.clicked.connect(self._stop_public)

    # --- loading and storing ------------------------------------------------------------------------

    def load(self, data: dict[str, Any]) -> None:
        self.office_zone.set_zone(data["office"]["timezone"])
        self.drafts = [CalendarDraft.from_file(name, value) for name, value in data["calendars"].items()]
        self.current = -1
        self._fill_combo(0)
        self.clear_errors()

    def store(self, data: dict[str, Any]) -> None:
        self._keep_current()
        data["office"]["timezone"] = self.office_zone.zone()
        data["calendars"] = {draft.name: draft.to_file() for draft in self.drafts}

    def names(self) -> list[str]:
        return [draft.name for draft in self.drafts]

    def _fill_combo(self, select: int) -> None:
        self._quiet = True
        self.calendar_combo.clear()
        self.calendar_combo.addItems(self.names())
        self._quiet = False
        self.current = -1
        self.calendar_combo.setCurrentIndex(select)
        self._select(select)
        self.calendars_changed.emit(self.names())

    def _select(self, index: int) -> None:
        if self._quiet or index == self.current:
            return
        self._keep_current()
        self.current = index
        self._show(self.drafts[index] if 0 <= index < len(self.drafts) else None)

    def _keep_current(self) -> None:
        """Write what the editor shows back into the calendar being edited."""
        if not 0 <= self.current < len(self.drafts):
            return
        draft = self.drafts[self.current]
        draft.timezone = self.zone.zone()
        draft.always_open = self.always_open.isChecked()
        draft.days = [edit.text() for edit in self.day_edits]

    def _show(self, draft: CalendarDraft | None) -> None:
        self.editor.setEnabled(draft is not None)
        if draft is None:
            return
        self.zone.set_zone(draft.timezone)
        self.always_open.setChecked(draft.always_open)
        for edit, text in zip(self.day_edits, draft.days, strict=True):
            edit.setText(text)
        self._always_open_toggled(draft.always_open)
        for error in (self.zone_error, self.holidays_error):
            error.clear_message()
        self._show_holidays()

    @property
    def draft(self) -> CalendarDraft | None:
        return self.drafts[self.current] if 0 <= self.current < len(self.drafts) else None

    # --- checking ------------------------------------------------------------------------------------

    def _check_day(self, index: int) -> bool:
        try:
            check_day(self.day_edits[index].text())
        except DeskappError as error:
            self.day_errors[index].show_message(error.message)
            return False
        self.day_errors[index].clear_message()
        return True

    def _check_zone(self, combo: TimeZoneCombo, error: FieldError) -> bool:
        try:
            check_timezone(combo.zone(), self.tr("time zone"))
        except DeskappError as problem:
            error.show_message(problem.message)
            return False
        error.clear_message()
        return True

    def problems(self) -> list[QWidget]:
        """Fields with a mistake still on screen (the calendars not shown are checked as a whole on OK)."""
        found: list[QWidget] = [
            combo
            for combo, error in ((self.office_zone, self.office_zone_error), (self.zone, self.zone_error))
            if not self._check_zone(combo, error)
        ]
        if not self.always_open.isChecked():
            found += [self.day_edits[i] for i in range(7) if not self._check_day(i)]
        return found

    def clear_errors(self) -> None:
        for error in (self.office_zone_error, self.calendar_error, self.zone_error, self.holidays_error):
            error.clear_message()
        for index in range(7):
            self._check_day(index)

    def show_error(self, path: tuple[Any, ...], message: str) -> QWidget | None:
        """Show a message beside the field the path names: ('calendars', name, 'week', 'mon', 0) etc."""
        if path[:2] == ("office", "timezone"):
            self.office_zone_error.show_message(message)
            return self.office_zone
        if len(path) < 2 or path[1] not in self.names():
            self.calendar_error.show_message(message)
            return self.calendar_combo
        self.calendar_combo.setCurrentIndex(self.names().index(path[1]))
        key = path[2] if len(path) > 2 else None
        if key == "week" and len(path) > 3 and path[3] in DAY_KEYS:
            index = DAY_KEYS.index(path[3])
            self.day_errors[index].show_message(message)
            return self.day_edits[index]
        if key == "timezone":
            self.zone_error.show_message(message)
            return self.zone
        if key in ("holidays", "country", "subdivision"):
            self.holidays_error.show_message(message)
            return self.holiday_list
        self.calendar_error.show_message(message)
        return self.calendar_combo

    # --- calendars -----------------------------------------------------------------------------------

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Calendar name:"), text=current)
        name = " ".join(name.split())
        if not ok or not name or name == current:
            return None
        if name.casefold() in (n.casefold() for n in self.names() if n != current):
            self.calendar_error.show_message(self.tr("There is already a calendar named '{name}'.").format(name=name))
            return None
        return name

    def _add_calendar(self) -> None:
        name = self._ask_name(self.tr("Add a calendar"))
        if name is None:
            return
        self._keep_current()
        self.drafts.append(CalendarDraft(name, self.office_zone.zone() or "UTC"))
        self.calendar_error.clear_message()
        self._fill_combo(len(self.drafts) - 1)

    def _rename_calendar(self) -> None:
        draft = self.draft
        if draft is None:
            return
        name = self._ask_name(self.tr("Rename the calendar"), draft.name)
        if name is None:
            return
        self._keep_current()
        old, draft.name = draft.name, name
        self.calendar_error.clear_message()
        self.calendar_renamed.emit(old, name)
        self._fill_combo(self.current)

    def _remove_calendar(self) -> None:
        draft = self.draft
        if draft is None:
            return
        users = self.in_use(draft.name)
        if users:
            self.calendar_error.show_message(
                self.tr("Policy {names} uses this calendar; choose another calendar there first.").format(
                    names=", ".join(f"'{n}'" for n in users)
                )
            )
            return
        if len(self.drafts) == 1:
            self.calendar_error.show_message(self.tr("The last calendar cannot be removed."))
            return
        index = self.current
        self.current = -1
        del self.drafts[index]
        self.calendar_error.clear_message()
        self._fill_combo(max(0, index - 1))

    def _always_open_toggled(self, checked: bool) -> None:
        self.hours_widget.setEnabled(not checked)
        self.holidays_widget.setEnabled(not checked)
        for index in range(7):
            if checked:
                self.day_errors[index].clear_message()
            else:
                self._check_day(index)

    # --- holidays ------------------------------------------------------------------------------------

    def _show_holidays(self) -> None:
        draft = self.draft
        self.holiday_list.clear()
        if draft is None:
            return
        public = self.public.get(draft.source, {}) if draft.source else {}
        first_of_year = date(self.today.year, 1, 1)
        rows = [(day, None) for day in draft.holidays]
        rows += [(day, name) for day, name in public.items() if day >= first_of_year and day not in draft.holidays]
        for day, name in sorted(rows, key=lambda row: row[0]):
            text = QDate(day.year, day.month, day.day).toString("ddd yyyy-MM-dd")
            item = QListWidgetItem(text if name is None else self.tr("{day}  {name} (public holiday)").format(
                day=text, name=name
            ))  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat() if name is None else None)
            if name is not None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.holiday_list.addItem(item)
        if draft.source is None:
            self.public_label.setText(self.tr("No public holidays are added; add a country's to skip them too."))
            self.stop_public_button.hide()
        else:
            self.public_label.setText(
                self.tr("Public holidays of {country} are added for {first}–{last}, and again on each save.").format(
                    country=country_label(draft.source),
                    first=self.config.holiday_years().start,
                    last=self.config.holiday_years().stop - 1,
                )
            )
            self.stop_public_button.show()
            if draft.source not in self.public:
                self._fetch_public(draft.source)

    def _fetch_public(self, source: PublicHolidays) -> None:
        def done(found: dict[date, str]) -> None:
            self.public[source] = found
            if self.draft is not None and self.draft.source == source:
                self._show_holidays()

        self.ops.run(
            lambda: self.config.public_holidays(source),
            done,
            on_error=lambda error: self.holidays_error.show_message(error.message),
            label=self.tr("Looking up public holidays…"),
        )

    def holiday_dates(self) -> list[date]:
        """The dates typed in for the calendar shown (not the public holidays)."""
        return sorted(self.draft.holidays) if self.draft else []

    def _add_date(self) -> None:
        if self.draft is None:
            return
        picked = self.date_edit.date()
        self.draft.holidays.add(date(picked.year(), picked.month(), picked.day()))
        self.holidays_error.clear_message()
        self._show_holidays()

    def _remove_dates(self) -> None:
        if self.draft is None:
            return
        for item in self.holiday_list.selectedItems():
            value = item.data(Qt.ItemDataRole.UserRole)
            if value:
                self.draft.holidays.discard(date.fromisoformat(value))
        self._show_holidays()

    def _import_ics(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import holidays"), "", self.tr("iCalendar files (*.ics);;All files (*)")
        )
        if path:
            self.import_ics(Path(path))

    def import_ics(self, path: Path) -> None:
        """Add the days of the events in an .ics file to the calendar shown."""
        draft = self.draft
        if draft is None:
            return

        def read() -> set[date]:
            try:
                text = path.read_text(encoding="utf-8-sig", errors="replace")
            except OSError as error:
                raise ValidationError(f"{path.name}: cannot be read ({error.strerror or error})") from None
            return holidays_from_ics(text)

        def done(days: set[date]) -> None:
            draft.holidays |= days
            self.holidays_error.clear_message()
            if self.draft is draft:
                self._show_holidays()

        self.ops.run(read, done, on_error=lambda error: self.holidays_error.show_message(error.message))

    def _choose_country(self) -> None:
        draft = self.draft
        if draft is None:
            return
        dialog = CountryDialog(self.ops, draft.source, self)
        if dialog.exec():
            self.set_public_holidays(dialog.source())

    def set_public_holidays(self, source: PublicHolidays | None) -> None:
        if self.draft is None:
            return
        self.draft.source = source
        self.holidays_error.clear_message()
        self._show_holidays()

    def _stop_public(self) -> None:
        self.set_public_holidays(None)

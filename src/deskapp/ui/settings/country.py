"""Choosing the country (and region) whose public holidays a calendar skips."""

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.calendar import HolidayCountry, holiday_countries
from deskapp.services.config import PublicHolidays
from deskapp.ui.ops import Ops
from deskapp.ui.settings.common import FieldError, hint_label


@cache
def _countries() -> tuple[HolidayCountry, ...]:
    return tuple(holiday_countries())


def load_country_names() -> None:
    """Read the country list once (about 0.2 s), off the UI thread, before a calendar's country is shown."""
    _countries()


def country_label(source: PublicHolidays) -> str:
    """'United Kingdom (England)', or the codes if the holidays package does not name them."""
    try:
        country = next((c for c in _countries() if c.code == source.country), None)
    except Exception:  # the package is missing: the codes still say what is meant
        country = None
    if country is None:
        return str(source)
    if not source.subdivision:
        return country.name
    region = dict(country.subdivisions).get(source.subdivision, source.subdivision)
    return f"{country.name} ({region})"


class CountryDialog(QDialog):
    """A country from the holidays package and, optionally, one of its regions."""

    def __init__(self, ops: Ops, current: PublicHolidays | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Public holidays — deskapp"))
        self.setMinimumWidth(460)
        self.current = current
        self.countries: list[HolidayCountry] = []
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.setMinimumContentsLength(28)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.error = FieldError(self.country_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Country"), self.country_combo)
        form.addRow(self.tr("&Region"), self.region_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(self.tr("The calendar skips this country's public holidays, looked up for several years."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.country_combo.currentIndexChanged.connect(self._fill_regions)
        self.loading = QLabel(self.tr("Loading countries…"))
        layout.insertWidget(1, self.loading)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        ops.run(_countries, self._set_countries, on_error=lambda e: self.error.show_message(e.message))

    def _set_countries(self, countries: tuple[HolidayCountry, ...]) -> None:
        self.loading.hide()
        self.countries = list(countries)
        for country in self.countries:
            self.country_combo.addItem(f"{country.name} ({country.code})", country.code)
        completer = QCompleter([self.country_combo.itemText(i) for i in range(self.country_combo.count())], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.country_combo.setCompleter(completer)
        code = self.current.country if self.current else ""
        index = self.country_combo.findData(code)
        self.country_combo.setCurrentIndex(index if index >= 0 else 0)
        self._fill_regions()
        if self.current and self.current.subdivision:
            region = self.region_combo.findData(self.current.subdivision)
            self.region_combo.setCurrentIndex(max(region, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _fill_regions(self) -> None:
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("Whole country"), None)
        index = self.country_combo.currentIndex()
        if 0 <= index < len(self.countries):
            for code, name in self.countries[index].subdivisions:
                self.region_combo.addItem(name if name == code else f"{name} ({code})", code)
        self.region_combo.setEnabled(self.region_combo.count() > 1)

    def select(self, country: str, region: str | None = None) -> None:
        """Choose a country by code (and a region): what a person does with the combos."""
        self.country_combo.setCurrentIndex(self.country_combo.findData(country))
        if region:
            self.region_combo.setCurrentIndex(self.region_combo.findData(region))

    def source(self) -> PublicHolidays | None:
        code = self.country_combo.currentData()
        return PublicHolidays(code, self.region_combo.currentData()) if code else None

    def _accept(self) -> None:
        if self.source() is None:
            self.error.show_message(self.tr("Choose a country from the list."))
            return
        self.accept()

"""Times as every screen shows them: local time zone, the user's locale, time only for today."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def _locale() -> QLocale:
    """The user's locale; the bare C locale (no LANG set) reads better as British English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def local(moment: datetime) -> datetime:
    """A stored (UTC) time in the computer's time zone."""
    return moment.astimezone()


def format_time(moment: datetime) -> str:
    value = local(moment)
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def format_date(moment: datetime) -> str:
    value = local(moment)
    return _locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime, now: datetime | None = None) -> str:
    """Time only for today, date and time otherwise (both in local time)."""
    today = local(now or datetime.now().astimezone()).date()
    if local(moment).date() == today:
        return format_time(moment)
    pattern = QCoreApplication.translate("Time", "{date} {time}")
    return pattern.format(date=format_date(moment), time=format_time(moment))

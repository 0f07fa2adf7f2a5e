"""Business calendars: working spans, weekends, holidays, clock changes, 24/7 desks and holiday sources."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from deskapp.domain.calendar import (
    BusinessCalendar,
    Span,
    holidays_for_country,
    holidays_from_ics,
)
from deskapp.domain.errors import ValidationError

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
H = timedelta(hours=1)
M = timedelta(minutes=1)


def at(zone: ZoneInfo, *parts: int) -> datetime:
    """A local wall-clock time in `zone`, as the UTC instant the calendar works with."""
    return datetime(*parts, tzinfo=zone).astimezone(UTC)


def week(*days: str) -> tuple[tuple[Span, ...], ...]:
    """week('09:00-17:00', ...) Monday first; missing days are closed; '' is a closed day."""
    parsed = [tuple(Span.parse(s) for s in text.split(",") if s) for text in days]
    return tuple(parsed + [()] * (7 - len(parsed)))


OFFICE_BERLIN = BusinessCalendar.office_default("Europe/Berlin")
OFFICE_LONDON = BusinessCalendar.office_default("Europe/London")
LUNCH = BusinessCalendar("Lunch", "Europe/London", week(*["09:00-12:30,13:30-17:30"] * 5))
EVERY_DAY_LONDON = BusinessCalendar("Every day", "Europe/London", week(*["09:00-17:00"] * 7))
NIGHTS_LONDON = BusinessCalendar("Nights", "Europe/London", week(*["00:00-06:00"] * 7))
ALWAYS = BusinessCalendar.twenty_four_seven(timezone="Europe/London")


# --- spans ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "canonical"),
    [
        ("09:00-17:00", 540, 1020, "09:00-17:00"),
        ("9:00 - 17:30", 540, 1050, "09:00-17:30"),
        ("22:00-24:00", 1320, 1440, "22:00-24:00"),
        ("00:00-06:00", 0, 360, "00:00-06:00"),
    ],
)
def test_span_parses_and_prints_local_times(text, start, end, canonical):
    span = Span.parse(text)
    assert (span.start_minute, span.end_minute) == (start, end)
    assert str(span) == canonical
    assert Span.parse(str(span)) == span


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("9-17", "is not like 09:00-17:00"),
        ("17:00-09:00", "ends before it starts"),
        ("09:00-09:00", "ends before it starts"),
        ("09:00-25:00", "not between 00:00 and 24:00"),
        ("09:60-10:00", "not between 00:00 and 24:00"),
        ("24:30-24:45", "not between 00:00 and 24:00"),
    ],
)
def test_bad_spans_are_refused_with_the_text_in_the_message(text, words):
    with pytest.raises(ValidationError) as excinfo:
        Span.parse(text)
    assert excinfo.value.field == "calendar"
    assert f"'{text}'" in str(excinfo.value)
    assert words in str(excinfo.value)


@pytest.mark.parametrize(("start", "end"), [(-1, 60), (600, 600), (700, 600), (0, 1441)])
def test_spans_outside_a_day_are_refused(start, end):
    with pytest.raises(ValidationError):
        Span(start, end)


# --- calendar validation ----------------------------------------------------------------------------


def test_unknown_time_zone_is_named_in_the_message():
    with pytest.raises(ValidationError) as excinfo:
        BusinessCalendar("Office", "Europe/Lundon", week("09:00-17:00"))
    assert "'Europe/Lundon' is not a known time zone" in str(excinfo.value)
    assert "calendar 'Office'" in str(excinfo.value)


def test_a_calendar_without_working_time_is_refused():
    with pytest.raises(ValidationError, match="no working hours in the week"):
        BusinessCalendar("Closed", "UTC", week())


def test_overlapping_spans_are_refused_naming_the_day():
    with pytest.raises(ValidationError, match="tuesday spans 09:00-13:00 and 12:00-17:00 overlap"):
        BusinessCalendar("Office", "UTC", week("", "12:00-17:00,09:00-13:00"))


def test_a_week_has_seven_days():
    with pytest.raises(ValidationError, match="needs 7 days"):
        BusinessCalendar("Office", "UTC", ((Span(540, 1020),),) * 5)


def test_an_always_open_calendar_takes_no_spans_or_holidays():
    with pytest.raises(ValidationError, match="always-open"):
        BusinessCalendar("24/7", "UTC", week("09:00-17:00"), always_open=True)
    with pytest.raises(ValidationError, match="always-open"):
        BusinessCalendar("24/7", "UTC", week(), frozenset({date(2026, 12, 25)}), always_open=True)


def test_spans_are_kept_in_order_within_a_day():
    calendar = BusinessCalendar("Office", "UTC", week("13:30-17:30,09:00-12:30"))
    assert [str(s) for s in calendar.week[0]] == ["09:00-12:30", "13:30-17:30"]


def test_hours_per_day_is_the_longest_working_day():
    assert OFFICE_LONDON.hours_per_day == 8
    assert LUNCH.hours_per_day == 7.5
    assert BusinessCalendar("Short Fri", "UTC", week(*["09:00-17:00"] * 4, "09:00-12:00")).hours_per_day == 8
    assert ALWAYS.hours_per_day == 24
    assert ALWAYS.minutes_per_day == 1440


def test_office_default_is_monday_to_friday_nine_to_five():
    assert OFFICE_BERLIN.week == week(*["09:00-17:00"] * 5)
    assert OFFICE_BERLIN.timezone == "Europe/Berlin"
    assert not OFFICE_BERLIN.always_open


# --- adding business time -----------------------------------------------------------------------------


def test_friday_afternoon_ticket_with_two_business_hours_is_due_monday_morning():
    friday = at(BERLIN, 2026, 1, 9, 16, 30)
    due = OFFICE_BERLIN.add_business_time(friday, 2 * H)
    assert due == at(BERLIN, 2026, 1, 12, 10, 30)
    assert due.tzinfo is UTC
    assert due == datetime(2026, 1, 12, 9, 30, tzinfo=UTC)  # Berlin is UTC+1 in winter


def test_a_target_ending_at_closing_time_is_due_at_closing_time_not_next_morning():
    assert OFFICE_LONDON.add_business_time(at(LONDON, 2026, 1, 6, 9), 8 * H) == at(LONDON, 2026, 1, 6, 17)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ((2026, 1, 10, 11, 0), (2026, 1, 12, 10, 0)),  # Saturday: the clock starts Monday 09:00
        ((2026, 1, 6, 7, 15), (2026, 1, 6, 10, 0)),  # before opening
        ((2026, 1, 6, 19, 0), (2026, 1, 7, 10, 0)),  # after closing
        ((2026, 1, 6, 17, 0), (2026, 1, 7, 10, 0)),  # exactly at closing
    ],
)
def test_outside_working_time_the_clock_starts_at_the_next_span(start, expected):
    assert OFFICE_LONDON.add_business_time(at(LONDON, *start), H) == at(LONDON, *expected)


def test_zero_duration_returns_the_start_unchanged_even_outside_working_time():
    saturday = at(LONDON, 2026, 1, 10, 11, 0)
    assert OFFICE_LONDON.add_business_time(saturday, timedelta(0)) == saturday
    tuesday = at(LONDON, 2026, 1, 6, 10, 0)
    assert OFFICE_LONDON.add_business_time(tuesday, timedelta(0)) == tuesday


def test_lunch_break_is_not_counted():
    assert LUNCH.add_business_time(at(LONDON, 2026, 1, 6, 12, 0), H) == at(LONDON, 2026, 1, 6, 14, 0)
    assert LUNCH.add_business_time(at(LONDON, 2026, 1, 6, 12, 45), 30 * M) == at(LONDON, 2026, 1, 6, 14, 0)
    assert LUNCH.business_time_between(at(LONDON, 2026, 1, 6, 8), at(LONDON, 2026, 1, 6, 20)) == 7.5 * H


def test_targets_spanning_several_days_skip_nights_and_weekends():
    # Wednesday 10:00 + 24 business hours: Wed 7 h, Thu 8 h, Fri 8 h, Mon 1 h.
    wednesday = at(LONDON, 2026, 1, 7, 10, 0)
    assert OFFICE_LONDON.add_business_time(wednesday, 24 * H) == at(LONDON, 2026, 1, 12, 10, 0)
    # Five business days (40 h) from Monday 09:00 is Friday 17:00 — not the Monday after.
    assert OFFICE_LONDON.add_business_time(at(LONDON, 2026, 1, 5, 9), 40 * H) == at(LONDON, 2026, 1, 9, 17)


def test_holidays_are_skipped():
    christmas = OFFICE_LONDON.with_holidays({date(2026, 12, 25), date(2026, 12, 28)})
    thursday = at(LONDON, 2026, 12, 24, 16, 0)
    assert christmas.add_business_time(thursday, 2 * H) == at(LONDON, 2026, 12, 29, 10, 0)
    assert OFFICE_LONDON.add_business_time(thursday, 2 * H) == at(LONDON, 2026, 12, 25, 10, 0)
    assert christmas.business_time_between(thursday, at(LONDON, 2026, 12, 29, 10, 0)) == 2 * H
    assert not christmas.is_working_day(date(2026, 12, 25))
    assert christmas.is_working_day(date(2026, 12, 24))


def test_night_spans_run_on_across_midnight():
    nights = BusinessCalendar("Night desk", "UTC", week("22:00-24:00", "00:00-06:00,22:00-24:00", "00:00-06:00"))
    monday_late = datetime(2026, 1, 5, 23, 0, tzinfo=UTC)
    assert nights.add_business_time(monday_late, 3 * H) == datetime(2026, 1, 6, 2, 0, tzinfo=UTC)
    assert nights.business_time_between(monday_late, datetime(2026, 1, 6, 2, 0, tzinfo=UTC)) == 3 * H
    # Tuesday 06:00 to 22:00 is closed.
    assert nights.add_business_time(datetime(2026, 1, 6, 5, 0, tzinfo=UTC), 2 * H) == datetime(
        2026, 1, 6, 23, 0, tzinfo=UTC
    )


# --- daylight saving ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sunday", [date(2026, 3, 29), date(2026, 10, 25)], ids=["spring", "autumn"])
def test_nine_to_five_on_the_day_the_clocks_change_is_still_eight_real_hours(sunday):
    opening = at(LONDON, sunday.year, sunday.month, sunday.day, 9)
    closing = at(LONDON, sunday.year, sunday.month, sunday.day, 17)
    assert closing - opening == 8 * H
    assert EVERY_DAY_LONDON.business_time_between(opening - 3 * H, closing + 3 * H) == 8 * H
    assert EVERY_DAY_LONDON.add_business_time(opening, 8 * H) == closing


def test_a_target_across_the_spring_change_ends_at_the_same_local_time():
    # Friday 27 March is GMT, Monday 30 March is BST: 16 business hours from Fri 09:00 end Mon 17:00 local.
    friday = at(LONDON, 2026, 3, 27, 9)
    due = OFFICE_LONDON.add_business_time(friday, 16 * H)
    assert due == at(LONDON, 2026, 3, 30, 17)
    assert due == datetime(2026, 3, 30, 16, 0, tzinfo=UTC)
    assert OFFICE_LONDON.business_time_between(friday, due) == 16 * H


def test_a_target_across_the_autumn_change_in_berlin():
    friday = at(BERLIN, 2026, 10, 23, 16)
    due = OFFICE_BERLIN.add_business_time(friday, 4 * H)
    assert due == at(BERLIN, 2026, 10, 26, 12)
    assert due == datetime(2026, 10, 26, 11, 0, tzinfo=UTC)  # CET again after the change


@pytest.mark.parametrize(
    ("sunday", "hours"), [(date(2026, 3, 29), 5), (date(2026, 10, 25), 7)], ids=["spring", "autumn"]
)
def test_a_night_span_across_the_clock_change_counts_its_real_length(sunday, hours):
    midnight = at(LONDON, sunday.year, sunday.month, sunday.day, 0)
    six = at(LONDON, sunday.year, sunday.month, sunday.day, 6)
    assert six - midnight == hours * H
    assert NIGHTS_LONDON.business_time_between(midnight - H, six + H) == hours * H
    assert NIGHTS_LONDON.add_business_time(midnight, hours * H) == six


def test_a_span_starting_in_the_skipped_hour_starts_when_the_clocks_jump():
    # 01:30 does not exist in London on 29 March 2026: at 01:00 GMT the clocks go to 02:00 BST.
    desk = BusinessCalendar("Early", "Europe/London", week(*["01:30-03:00"] * 7))
    day_start = at(LONDON, 2026, 3, 29, 0)
    assert desk.next_working_moment(day_start) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert desk.business_time_between(day_start, day_start + 6 * H) == H


def test_twenty_four_seven_counts_real_hours_across_the_change():
    saturday_noon = at(LONDON, 2026, 3, 28, 12)
    due = ALWAYS.add_business_time(saturday_noon, 24 * H)
    assert due == saturday_noon + 24 * H
    assert due.astimezone(LONDON).hour == 13  # one local hour was skipped
    assert ALWAYS.business_time_between(saturday_noon, due) == 24 * H
    assert ALWAYS.next_working_moment(saturday_noon) == saturday_noon


# --- between, next working moment, refusals -----------------------------------------------------------


def test_business_time_between_is_zero_when_the_end_is_not_after_the_start():
    tuesday = at(LONDON, 2026, 1, 6, 10)
    assert OFFICE_LONDON.business_time_between(tuesday, tuesday) == timedelta(0)
    assert OFFICE_LONDON.business_time_between(tuesday, tuesday - H) == timedelta(0)


def test_business_time_between_over_a_weekend():
    friday = at(LONDON, 2026, 1, 9, 15)
    monday = at(LONDON, 2026, 1, 12, 11)
    assert OFFICE_LONDON.business_time_between(friday, monday) == 4 * H


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ((2026, 1, 6, 10, 0), (2026, 1, 6, 10, 0)),
        ((2026, 1, 6, 17, 30), (2026, 1, 7, 9, 0)),  # closing time itself is not working time
        ((2026, 1, 9, 18, 0), (2026, 1, 12, 9, 0)),
        ((2026, 1, 6, 12, 45), (2026, 1, 6, 13, 30)),
    ],
)
def test_next_working_moment(moment, expected):
    assert LUNCH.next_working_moment(at(LONDON, *moment)) == at(LONDON, *expected)


def test_naive_datetimes_and_negative_durations_are_refused():
    with pytest.raises(ValueError, match="naive"):
        OFFICE_LONDON.add_business_time(datetime(2026, 1, 6, 10), H)
    with pytest.raises(ValueError, match="negative"):
        OFFICE_LONDON.add_business_time(at(LONDON, 2026, 1, 6, 10), -H)


def test_a_walk_that_never_ends_is_stopped_after_ten_years():
    mondays_only = BusinessCalendar("Mondays", "UTC", week("09:00-10:00"))
    every_monday = {date(2026, 1, 5) + timedelta(weeks=n) for n in range(600)}
    closed = mondays_only.with_holidays(every_monday)
    with pytest.raises(ValueError, match="ten years"):
        closed.add_business_time(datetime(2026, 1, 1, tzinfo=UTC), H)


# --- text and dicts -----------------------------------------------------------------------------------


def test_calendar_dict_round_trip():
    calendar = LUNCH.with_holidays({date(2026, 12, 25), date(2026, 12, 28)})
    data = calendar.to_dict()
    assert data["week"]["mon"] == ["09:00-12:30", "13:30-17:30"]
    assert data["week"]["sat"] == []
    assert data["holidays"] == ["2026-12-25", "2026-12-28"]
    assert BusinessCalendar.from_dict("Lunch", data) == calendar
    assert BusinessCalendar.from_dict("24/7", ALWAYS.to_dict()) == ALWAYS


def test_from_dict_accepts_full_day_names_and_single_strings():
    calendar = BusinessCalendar.from_dict("Office", {"timezone": "UTC", "week": {"Monday": "09:00-17:00"}})
    assert calendar.week == week("09:00-17:00")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"timezone": "UTC", "week": {"tue": ["9-17"]}},
            "calendar 'Office': tuesday span '9-17' is not like 09:00-17:00",
        ),
        ({"timezone": "UTC", "week": {"tues": ["09:00-17:00"]}}, "calendar 'Office': week has 'tues', which is not"),
        ({"timezone": "UTC", "weeks": {}}, "calendar 'Office': unknown key 'weeks'"),
        ({"week": {"mon": ["09:00-17:00"]}}, "calendar 'Office': timezone is missing"),
        ({"timezone": "Mars/Olympus", "week": {"mon": ["09:00-17:00"]}}, "'Mars/Olympus' is not a known time zone"),
        (
            {"timezone": "UTC", "week": {"mon": ["09:00-17:00"]}, "holidays": ["2026-13-01"]},
            "calendar 'Office': holiday '2026-13-01' is not a date",
        ),
        ({"timezone": "UTC", "week": {"mon": "09:00-17:00", "monday": "10:00-11:00"}}, "names monday twice"),
        ({"timezone": "UTC", "week": {}}, "calendar 'Office': no working hours"),
    ],
)
def test_from_dict_refusals_name_the_calendar_and_what_is_wrong(data, message):
    with pytest.raises(ValidationError) as excinfo:
        BusinessCalendar.from_dict("Office", data)
    assert message in str(excinfo.value)
    assert excinfo.value.field == "calendar"


# --- holidays from files and from the holidays package --------------------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Example//Holidays//EN\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:1@example\r\n"
    "DTSTART;VALUE=DATE:20261225\r\n"
    "DTEND;VALUE=DATE:20261229\r\n"
    "SUMMARY:Christmas closure\\, office shut for a long weekend and the ba\r\n"
    " nk holiday\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:2@example\r\n"
    "DTST\r\n"
    " ART;VALUE=DATE:20260101\r\n"
    "SUMMARY:New Year\r\n"
    "BEGIN:VALARM\r\n"
    "TRIGGER:-PT15M\r\n"
    "DURATION:P10D\r\n"
    "ACTION:DISPLAY\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;TZID=Europe/London:20260504T090000\r\n"
    "DTEND;TZID=Europe/London:20260504T170000\r\n"
    "SUMMARY:Early May (timed)\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART:20260831T000000Z\r\n"
    "DURATION:P1D\r\n"
    "SUMMARY:Summer bank holiday\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;VALUE=DATE:20260601\r\n"
    "STATUS:CANCELLED\r\n"
    "SUMMARY:Cancelled closure\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_ics_reader_handles_folded_lines_multi_day_and_timed_events():
    assert holidays_from_ics(ICS) == {
        date(2026, 12, 25),
        date(2026, 12, 26),
        date(2026, 12, 27),
        date(2026, 12, 28),  # DTEND 29th is exclusive
        date(2026, 1, 1),  # DTSTART folded across two lines; the alarm's DURATION is not the event's
        date(2026, 5, 4),
        date(2026, 8, 31),  # ends at midnight the next day: one date
    }


def test_ics_reader_accepts_plain_newlines_and_a_byte_order_mark():
    text = "\ufeffBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260406\nEND:VEVENT\nEND:VCALENDAR\n"
    assert holidays_from_ics(text) == {date(2026, 4, 6)}


@pytest.mark.parametrize("text", ["", "Date,Name\n2026-12-25,Christmas\n", "<html></html>"])
def test_text_that_is_not_icalendar_is_refused(text):
    with pytest.raises(ValidationError, match="not an iCalendar") as excinfo:
        holidays_from_ics(text)
    assert excinfo.value.field == "holidays"


def test_an_event_with_a_bad_date_is_named():
    text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Boxing Day\nDTSTART:2026-12-26\nEND:VEVENT\nEND:VCALENDAR\n"
    with pytest.raises(ValidationError, match="event 'Boxing Day' has DTSTART '2026-12-26'"):
        holidays_from_ics(text)


def test_holidays_for_country_reads_the_holidays_package():
    pytest.importorskip("holidays")
    england = holidays_for_country("GB", range(2026, 2027), "ENG")
    assert date(2026, 12, 25) in england
    assert date(2026, 8, 31) in england  # summer bank holiday (England, not Scotland)
    assert all(day.year == 2026 for day in england)
    assert holidays_for_country("gb", range(2026, 2027), "eng") == england


def test_holidays_for_country_refuses_unknown_countries_and_subdivisions():
    pytest.importorskip("holidays")
    with pytest.raises(ValidationError, match="'XX' is not a country"):
        holidays_for_country("XX", range(2026, 2027))
    with pytest.raises(ValidationError, match=r"'QQ' is not a subdivision of GB \(known: ENG, NIR, SCT, WLS\)"):
        holidays_for_country("GB", range(2026, 2027), "QQ")


# --- properties on random calendars ---------------------------------------------------------------------

ZONES = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]
QUARTERS = st.integers(0, 96).map(lambda q: q * 15)  # quarter hours, so spans often meet the clock-change hours
starts = st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[BusinessCalendar, datetime]:
    """A random calendar (zone, up to two spans a day, holidays in the weeks after the start) and a start."""
    start = draw(starts)
    days = []
    for _ in range(7):
        cuts = sorted(set(draw(st.lists(QUARTERS, max_size=4))))
        days.append(tuple(Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)))
    assume(any(days))
    offsets = draw(st.lists(st.integers(-2, 40), max_size=8))
    holidays = {start.date() + timedelta(days=offset) for offset in offsets}
    return BusinessCalendar("Random", draw(st.sampled_from(ZONES)), tuple(days), frozenset(holidays)), start


def durations(calendar: BusinessCalendar) -> st.SearchStrategy[timedelta]:
    """Whole minutes, up to three weeks of the calendar's working time."""
    weekly = sum(span.minutes for day in calendar.week for span in day)
    return st.integers(0, 3 * weekly).map(lambda minutes: timedelta(minutes=minutes))


def later(limit: timedelta) -> st.SearchStrategy[timedelta]:
    return st.integers(0, int(limit.total_seconds())).map(lambda seconds: timedelta(seconds=seconds))


PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(scenario=scenarios(), data=st.data())
def test_business_time_between_inverts_add_business_time(scenario, data):
    calendar, start = scenario
    duration = data.draw(durations(calendar))
    due = calendar.add_business_time(start, duration)
    assert due >= start
    assert due.tzinfo is UTC
    assert calendar.business_time_between(start, due) == duration


@PROPERTY_SETTINGS
@given(scenario=scenarios(), data=st.data())
def test_due_is_never_earlier_when_the_start_moves_later(scenario, data):
    calendar, first = scenario
    second = first + data.draw(later(timedelta(days=30)))
    duration = data.draw(durations(calendar))
    assert calendar.add_business_time(first, duration) <= calendar.add_business_time(second, duration)


@PROPERTY_SETTINGS
@given(scenario=scenarios(), data=st.data())
def test_due_is_never_earlier_when_the_target_grows(scenario, data):
    calendar, start = scenario
    shorter, longer = sorted([data.draw(durations(calendar)), data.draw(durations(calendar))])
    assert calendar.add_business_time(start, shorter) <= calendar.add_business_time(start, longer)


@PROPERTY_SETTINGS
@given(scenario=scenarios(), data=st.data())
def test_business_time_adds_up_and_never_exceeds_wall_time(scenario, data):
    calendar, a = scenario
    b = a + data.draw(later(timedelta(days=20)))
    c = b + data.draw(later(timedelta(days=20)))
    ab, bc = calendar.business_time_between(a, b), calendar.business_time_between(b, c)
    assert ab + bc == calendar.business_time_between(a, c)
    assert ab <= b - a
    assert calendar.add_business_time(a, ab) <= b
    moment = calendar.next_working_moment(a)
    assert moment >= a
    assert calendar.business_time_between(a, moment) == timedelta(0)

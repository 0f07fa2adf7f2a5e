"""The settings file: export, import checked as a whole, the line named when something is wrong.

A refused file must leave the database exactly as it was (compared as an SQL dump and as an export).
"""

import sqlite3
import tomllib
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.domain.calendar import holidays_from_ics
from deskapp.domain.priority import DEFAULT_MATRIX
from deskapp.domain.sla import SlaConfig
from deskapp.services import config as config_module
from deskapp.services import sla as sla_module
from deskapp.services.config import (
    ConfigFileError,
    OfficeConfig,
    PublicHolidays,
    parse_toml,
    to_toml,
    write_text_atomic,
)
from deskapp.services.config_file import KeyLines, dumps
from deskapp.services.tickets import NewTicket
from deskapp.services.workspace import open_workspace

# --- helpers ---------------------------------------------------------------------------------------


def dump(path: Path) -> list[str]:
    """Everything in the database as SQL text: equal dumps mean nothing changed."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def line_of(text: str, fragment: str, after: str = "") -> int:
    """1-based number of the first line containing `fragment` (after the first line containing `after`)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines) if i >= start and fragment in line) + 1


def replace_once(text: str, old: str, new: str, after: str = "") -> str:
    start = text.index(after) if after else 0
    index = text.index(old, start)
    return text[:index] + new + text[index + len(old) :]


RICH = (Path(__file__).resolve().parents[1] / "fixtures" / "office-settings.toml").read_text(encoding="utf-8")


@pytest.fixture
def desk(workspace):  # type: ignore[no-untyped-def]
    return workspace


@pytest.fixture
def cli(capsys, db_path):  # type: ignore[no-untyped-def]
    """`deskapp --db DB ARGS...` in-process on an existing database; returns (exit code, stdout, stderr)."""
    open_workspace(db_path).close()

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--db", str(db_path), *args])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def refused_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"one line on stderr, got {err!r}"
    assert lines[0].startswith("deskapp: ") and "Traceback" not in err
    return lines[0]


# --- round trips -----------------------------------------------------------------------------------


def test_the_default_settings_export_import_and_export_the_same_text(desk) -> None:  # type: ignore[no-untyped-def]
    first = desk.config.export_toml()
    summary = desk.config.import_toml(first)
    assert summary.changed == ()
    assert desk.config.export_toml() == first


def test_the_default_export_shows_the_shipped_settings(desk) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(desk.config.export_toml())
    office = data["office"]
    assert (office["reopen_window_days"], office["attachment_limit_mb"]) == (14, 25)
    assert office["timezone"] == data["calendars"]["Office hours"]["timezone"], "this computer's zone"
    assert data["priority_matrix"]["high"] == {"low": "medium", "medium": "high", "high": "urgent"}
    office_hours = data["calendars"]["Office hours"]
    assert office_hours["week"]["mon"] == ["09:00-17:00"] and office_hours["week"]["sat"] == []
    assert data["calendars"]["24/7"]["always_open"] is True
    [standard] = data["policies"]
    assert standard["name"] == "Standard" and standard["ticket_types"] == [] and standard["categories"] == []
    assert standard["targets"]["high"] == {"response": "4 business hours", "resolution": "1 business day"}
    assert [level.get("at", level.get("after_breach")) for level in standard["escalations"]] == [
        "50%", "75%", "breach", "1 h",
    ]  # fmt: skip


def test_a_rich_file_round_trips_unchanged_and_is_what_the_services_use(desk) -> None:  # type: ignore[no-untyped-def]
    summary = desk.config.import_toml(RICH)
    assert (summary.calendars, summary.policies, summary.dry_run) == (2, 2, False)
    assert set(summary.changed) == {"office", "priority matrix", "calendars", "policies"}
    exported = desk.config.export_toml()
    assert desk.config.import_toml(exported).changed == ()
    assert desk.config.export_toml() == exported
    assert tomllib.loads(exported) == tomllib.loads(RICH)

    sla = desk.sla.config()
    assert [p.name for p in sla.policies] == ['Servers "VIP"', "Standard"]
    assert sla.policy_for("incident", "Network/Switch").name == 'Servers "VIP"'
    assert sla.policy_for("request", "Network").name == "Standard"
    ticket = desk.tickets.create(NewTicket(subject="Printer", impact="high", urgency="medium"), desk.actor)
    assert ticket.priority.value == "urgent", "the imported matrix gives urgent for high impact, medium urgency"


def test_country_holidays_are_added_on_import_and_the_file_keeps_the_country(desk) -> None:  # type: ignore[no-untyped-def]
    summary = desk.config.import_toml(RICH)
    office_hours = desk.sla.config().calendars["Office hours"]
    assert summary.public_holidays > 40, "seven years of English bank holidays"
    for bank_holiday in (date(2025, 8, 25), date(2026, 12, 25), date(2026, 12, 28), date(2031, 12, 25)):
        assert not office_hours.is_working_day(bank_holiday), bank_holiday
    assert not office_hours.is_working_day(date(2026, 12, 24)), "a date typed in the file"
    assert office_hours.is_working_day(date(2026, 12, 23))
    calendar = tomllib.loads(desk.config.export_toml())["calendars"]["Office hours"]
    assert (calendar["country"], calendar["subdivision"]) == ("GB", "ENG")
    assert calendar["holidays"] == [date(2026, 12, 24), date(2026, 12, 31)], "bank holidays are not written out"


def test_a_date_typed_in_that_is_also_a_bank_holiday_stays_in_the_file(desk) -> None:  # type: ignore[no-untyped-def]
    text = RICH.replace("holidays = [2026-12-24, 2026-12-31]", "holidays = [2026-12-24, 2026-12-25]")
    desk.config.import_toml(text)
    exported = desk.config.export_toml()
    assert tomllib.loads(exported)["calendars"]["Office hours"]["holidays"] == [date(2026, 12, 24), date(2026, 12, 25)]
    desk.config.import_toml(exported)
    assert desk.config.export_toml() == exported


def test_scottish_holidays_differ_from_english_ones(desk) -> None:  # type: ignore[no-untyped-def]
    desk.config.import_toml(RICH.replace('subdivision = "ENG"', 'subdivision = "sct"'))
    office_hours = desk.sla.config().calendars["Office hours"]
    assert not office_hours.is_working_day(date(2026, 1, 2)), "2 January is a bank holiday in Scotland"
    assert tomllib.loads(desk.config.export_toml())["calendars"]["Office hours"]["subdivision"] == "SCT"


def test_holidays_from_an_ics_file_are_saved_as_dates(desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Office move\r\nDTSTART;VALUE=DATE:20260814\r\nDTEND;VALUE=DATE:20260816\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Company day\r\nDTSTART;VALUE=DATE:20261009\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    current = desk.config.load()
    calendar = current.sla.calendars["Office hours"].with_holidays(holidays_from_ics(ics))
    config = OfficeConfig(
        current.timezone, current.matrix, current.reopen_window_days, current.attachment_limit_mb,
        SlaConfig({**current.sla.calendars, "Office hours": calendar}, current.sla.policies),
    )  # fmt: skip
    desk.config.save(config)
    exported = desk.config.export_toml()
    assert tomllib.loads(exported)["calendars"]["Office hours"]["holidays"] == [
        date(2026, 8, 14), date(2026, 8, 15), date(2026, 10, 9),
    ]  # fmt: skip
    assert not desk.sla.config().calendars["Office hours"].is_working_day(date(2026, 10, 9))
    desk.config.import_toml(exported)
    assert desk.config.export_toml() == exported


def test_a_long_holiday_list_is_written_one_date_per_line_and_errors_name_that_line(desk) -> None:  # type: ignore[no-untyped-def]
    days = [f"2026-0{month}-0{day}" for month in (1, 2) for day in range(1, 8)]
    text = RICH.replace("holidays = [2026-12-24, 2026-12-31]", "holidays = [" + ", ".join(days) + "]")
    desk.config.import_toml(text)
    exported = desk.config.export_toml()
    assert "    2026-02-07,\n" in exported
    broken = exported.replace("    2026-02-03,", '    "2026-02-33",')
    with pytest.raises(ConfigFileError) as refused:
        desk.config.import_toml(broken)
    assert refused.value.line == line_of(broken, "2026-02-33")
    assert "holiday '2026-02-33' is not a date" in refused.value.detail


# --- refusals: the line named, nothing changed -----------------------------------------------------

# (case, text fragment to replace, replacement, line to look in ('after' marker), words the message names)
BROKEN = [
    ("toml syntax", "reopen_window_days = 30", "reopen_window_days = 30 days", "", "not valid TOML"),
    ("unquoted text", 'at_risk = "80%"', "at_risk = 80%", "", "not valid TOML"),
    ("unknown priority in the matrix", 'high = "urgent" }', 'high = "critical" }', "", "'critical' is not one of"),
    ("unknown priority in targets", "urgent = { response = \"1 business", "critical = { response = \"1 business",
     "", "'critical' is not one of"),
    ("bad span", '"09:00-17:00"]', '"9-17"]', "", "span '9-17' is not like 09:00-17:00"),
    ("overlapping spans", '"13:30-17:30"]', '"12:00-17:30"]', "", "overlap"),
    ("unknown calendar in a policy", 'calendar = "Office hours"', 'calendar = "Ofice hours"', "",
     "calendar 'Ofice hours' is not defined"),
    ("missing catch-all policy", "ticket_types = []", 'ticket_types = ["request"]', "",
     "the last policy must match every ticket"),
    ("bad time zone in a calendar", 'timezone = "UTC"', 'timezone = "Mars/Olympus"', "", "not a known time zone"),
    ("bad office time zone", 'timezone = "Europe/London"', 'timezone = "London"', "", "not a known time zone"),
    ("bad target", '"8 calendar hours"', '"8 hourz"', "", "'8 hourz' is not a target"),
    ("response longer than resolution", '{ response = "1 business hour"', '{ response = "5 business hours"',
     "", "longer than the resolution target"),
    ("unknown escalation action", '["notify_admin"]', '["notify_everyone"]', "", "notify_everyone"),
    ("unknown key in a policy", 'at_risk = "75%"', 'at_risk = "75%"\ncolour = "red"', "", "unknown key 'colour'"),
    ("bad reopen window", "reopen_window_days = 30", "reopen_window_days = -1", "", "from 0 to 365"),
    ("unknown country", 'country = "GB"', 'country = "XX"', "", "'XX' is not a country"),
    ("unknown subdivision", 'subdivision = "ENG"', 'subdivision = "QQQ"', "", "not a subdivision of GB"),
    ("duplicate policy name", 'name = "Standard"', 'name = "servers \\"vip\\""', "", "two policies have this name"),
    ("bad holiday", "holidays = [2026-12-24, 2026-12-31]", 'holidays = [2026-12-24, "31 Dec"]', "",
     "holiday '31 Dec' is not a date"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "old", "new", "after", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_refused_with_its_line_and_changes_nothing(  # type: ignore[no-untyped-def]
    desk, db_path, case, old, new, after, says
) -> None:
    desk.config.import_toml(RICH)
    before_export, before_dump = desk.config.export_toml(), dump(db_path)
    broken = replace_once(RICH, old, new, after)
    wanted_line = line_of(broken, new.splitlines()[-1], after)
    with pytest.raises(ConfigFileError) as refused:
        desk.config.import_toml(broken)
    assert refused.value.line == wanted_line, f"{case}: {refused.value}"
    assert says in refused.value.detail, refused.value.detail
    with pytest.raises(ConfigFileError):
        desk.config.import_toml(broken, dry_run=True)
    assert desk.config.export_toml() == before_export
    assert dump(db_path) == before_dump


def test_the_cli_refuses_a_broken_file_in_one_line_with_exit_2(cli, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert cli("config", "import", str(_write(tmp_path / "good.toml", RICH)))[0] == 0
    before = dump(db_path)
    broken = RICH.replace('mon = ["09:00-12:30", "13:30-17:30"]', 'mon = ["9-17"]')
    path = _write(tmp_path / "broken.toml", broken)
    code, out, err = cli("config", "import", str(path))
    assert code == 2 and out == ""
    assert refused_line(err) == (
        f"deskapp: {path} line {line_of(broken, 'mon = ')}: calendar 'Office hours': monday span '9-17' is not like "
        "09:00-17:00"
    )
    assert dump(db_path) == before


def test_the_cli_names_the_line_of_a_toml_syntax_error(cli, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("config", "export", "--out", str(tmp_path / "ok.toml"))
    before = dump(db_path)
    path = _write(tmp_path / "bad.toml", '[office]\ntimezone = "UTC"\nreopen_window_days = 14 days\n')
    code, _out, err = cli("config", "import", str(path))
    assert code == 2
    assert refused_line(err).startswith(f"deskapp: {path} line 3: expected newline")
    assert dump(db_path) == before


def test_a_missing_section_is_refused(desk) -> None:  # type: ignore[no-untyped-def]
    text = RICH.replace("[priority_matrix]", "[matrix]")
    with pytest.raises(ConfigFileError) as refused:
        desk.config.import_toml(text)
    assert refused.value.line == line_of(text, "[matrix]")
    assert "unknown key 'matrix'" in refused.value.detail


def test_a_failure_while_saving_leaves_every_setting_as_it_was(desk, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The office settings are written first; a failure recomputing a ticket's clock must undo them too."""
    desk.tickets.create(NewTicket(subject="Open ticket"), desk.actor)
    before_export, before_dump = desk.config.export_toml(), dump(db_path)

    def fail(self, ticket) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(sla_module.SlaClock, "refresh", fail)
    with pytest.raises(RuntimeError):
        desk.config.import_toml(RICH)
    assert desk.config.export_toml() == before_export
    assert dump(db_path) == before_dump


def test_import_recomputes_the_clocks_of_open_tickets(desk, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
    ticket = desk.tickets.create(NewTicket(subject="Server down", impact="high", urgency="high"), desk.actor)
    summary = desk.config.import_toml(RICH)  # incidents in Hardware/Network are on 24/7; this one has no category
    assert summary.tickets == 1
    detail = desk.tickets.get(ticket.ref)
    # 4 business hours on the imported Monday hours 09:00-12:30, 13:30-17:30 (London is on UTC in March)
    assert detail.resolution_due_at == datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


# --- dry run ---------------------------------------------------------------------------------------


def test_dry_run_checks_everything_and_changes_nothing(desk, db_path) -> None:  # type: ignore[no-untyped-def]
    before_export, before_dump = desk.config.export_toml(), dump(db_path)
    summary = desk.config.import_toml(RICH, dry_run=True)
    assert summary.dry_run and summary.tickets == 0
    assert summary.public_holidays > 0 and "priority matrix" in summary.changed
    assert desk.config.export_toml() == before_export
    assert dump(db_path) == before_dump


def test_cli_dry_run_says_nothing_was_saved(cli, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("config", "export", "--out", str(tmp_path / "first.toml"))
    before = dump(db_path)
    code, out, err = cli("config", "import", str(_write(tmp_path / "s.toml", RICH)), "--dry-run")
    assert code == 0, err
    assert "is valid (2 calendars, 2 policies" in out and "Nothing was saved (--dry-run)" in out
    assert dump(db_path) == before


# --- the cli ---------------------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_export_import_export_round_trip(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("config", "import", str(_write(tmp_path / "rich.toml", RICH)))
    assert code == 0, err
    assert out.startswith("Imported ") and "2 policies" in out
    first, second = tmp_path / "one.toml", tmp_path / "two.toml"
    assert cli("config", "export", "--out", str(first))[0] == 0
    assert cli("config", "import", str(first))[0] == 0
    assert cli("config", "export", "--out", str(second))[0] == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_cli_export_to_standard_output(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = cli("config", "export", "--out", "-")
    assert code == 0
    assert tomllib.loads(out)["policies"][0]["name"] == "Standard"


def test_cli_export_replaces_a_file_atomically_and_refuses_a_folder(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = _write(tmp_path / "settings.toml", "old")
    assert cli("config", "export", "--out", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("# deskapp settings")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    code, _out, err = cli("config", "export", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in refused_line(err)
    code, _out, err = cli("config", "export", "--out", str(tmp_path / "missing" / "s.toml"))
    assert code == 2 and "does not exist" in refused_line(err)


def test_cli_import_of_a_missing_or_non_utf8_file(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = cli("config", "import", str(tmp_path / "nope.toml"))
    assert code == 3 and "no such file" in refused_line(err)
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'[office]\ntimezone = "UTC"\n# caf\xe9\n')
    code, _out, err = cli("config", "import", str(latin))
    assert code == 2 and refused_line(err) == f"deskapp: {latin} line 3: this is not UTF-8 text; save the file as UTF-8"


def test_write_text_atomic_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = _write(tmp_path / "s.toml", "old")

    def broken_replace(*args) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_module.os, "replace", broken_replace)
    with pytest.raises(config_module.StorageError):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]


# --- the text helpers ------------------------------------------------------------------------------


def test_key_lines_follow_tables_arrays_and_multi_line_values() -> None:
    text = (
        'title = """a [bracket]\nand = "quote" """\n'  # 1-2
        "[a]\n"  # 3
        '"dotted.key" = 1\n'  # 4
        "list = [\n  1, # one\n  [2, 3],\n]\n"  # 5-8
        "[[b]]\n"  # 9
        "x = { y = 'z', w = [1] }\n"  # 10
        "[[b]]\n"  # 11
        "[b.c]\n"  # 12
        "d.e = 2\n"  # 13
    )
    tomllib.loads(text)
    lines = KeyLines(text)
    assert lines.line_of(("title",)) == 1
    assert lines.line_of(("a", "dotted.key")) == 4
    assert lines.line_of(("a", "list", 0)) == 6 and lines.line_of(("a", "list", 1, 1)) == 7
    assert lines.line_of(("b", 0, "x", "y")) == 10
    assert lines.line_of(("b", 1)) == 11 and lines.line_of(("b", 1, "c", "d", "e")) == 13
    assert lines.line_of(("b", 1, "c", "missing")) == 12, "a key not in the file: the line of its table"


def test_dumps_escapes_strings_that_tomllib_reads_back() -> None:
    data = {"name": 'Büro "VIP" \\ desk\n\ttab\x01', "dotted.key": {"deep": [date(2026, 1, 2)]}}
    assert tomllib.loads(dumps(data)) == data


def test_to_toml_and_parse_toml_agree_on_a_config_built_in_code() -> None:
    config = OfficeConfig(
        "Europe/Berlin", DEFAULT_MATRIX, 0, 1, SlaConfig.default("Europe/Berlin"),
        {"Office hours": PublicHolidays("DE", "BY")},
    )  # fmt: skip
    assert parse_toml(to_toml(config)) == config

"""SLA domain: targets as text, escalation levels, policies and their order, the config round trip, and the
arithmetic of one ticket's clocks."""

import copy
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.calendar import BusinessCalendar, Span
from deskapp.domain.errors import ValidationError
from deskapp.domain.sla import (
    DueTimes,
    EscalationLevel,
    PriorityTargets,
    SlaConfig,
    SlaPolicy,
    SlaState,
    Target,
    clock_elapsed,
    clock_state,
    due_times,
    escalation_moment,
    format_wall_duration,
    parse_wall_duration,
    remaining_text,
)
from deskapp.domain.tickets import Priority, TicketType

LONDON = ZoneInfo("Europe/London")
H = timedelta(hours=1)
M = timedelta(minutes=1)
OFFICE = BusinessCalendar.office_default("Europe/London")
ALWAYS = BusinessCalendar.twenty_four_seven(timezone="Europe/London")


def at(*parts: int) -> datetime:
    """London wall-clock time as a UTC instant."""
    return datetime(*parts, tzinfo=LONDON).astimezone(UTC)


def targets(response: str, resolution: str) -> dict[Priority, PriorityTargets]:
    both = PriorityTargets(Target.parse(response), Target.parse(resolution))
    return dict.fromkeys(Priority, both)


def policy(name: str, *, calendar: str = "Office hours", **narrowing: Any) -> SlaPolicy:
    return SlaPolicy(name, calendar, targets("1 business hour", "1 business day"), **narrowing)


# --- targets ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit", "business"),
    [
        ("30m", 30, "minutes", False),
        ("4h", 4, "hours", False),
        ("1 h", 1, "hours", False),
        ("90 Min", 90, "minutes", False),
        ("8 business hours", 8, "hours", True),
        ("1 business day", 1, "days", True),
        ("3 business days", 3, "days", True),
        ("4 calendar hours", 4, "hours", False),
        ("2 days", 2, "days", False),
        ("4 h business", 4, "hours", True),
        ("  2   Business   Days ", 2, "days", True),
    ],
)
def test_targets_parse_from_human_text(text, amount, unit, business):
    assert Target.parse(text) == Target(amount, unit, business)


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (Target(1, "hours", True), "1 business hour"),
        (Target(8, "hours", True), "8 business hours"),
        (Target(3, "days", True), "3 business days"),
        (Target(2, "days", False), "2 calendar days"),
        (Target(30, "minutes", False), "30 calendar minutes"),
    ],
)
def test_targets_print_canonical_text(target, text):
    assert str(target) == text


@given(
    amount=st.integers(1, 300),
    unit=st.sampled_from(["minutes", "hours", "days"]),
    business=st.booleans(),
)
def test_target_text_round_trips(amount, unit, business):
    target = Target(amount, unit, business)
    assert Target.parse(str(target)) == target


@pytest.mark.parametrize(
    "text", ["", "four hours", "1.5 h", "0 h", "4 business calendar hours", "4 weeks", "400 days", "h4"]
)
def test_bad_targets_are_refused_naming_the_field_and_text(text):
    with pytest.raises(ValidationError) as excinfo:
        Target.parse(text, "urgent response")
    assert str(excinfo.value).startswith(f"urgent response: '{text}'")
    assert excinfo.value.field == "urgent response"


def test_target_durations_use_the_calendars_working_day():
    lunch = BusinessCalendar(
        "Lunch", "UTC", (tuple(Span.parse(s) for s in ("09:00-12:30", "13:30-17:30")),) * 5 + ((),) * 2
    )
    assert Target.parse("1 business day").duration(OFFICE) == 8 * H
    assert Target.parse("3 business days").duration(lunch) == 22.5 * H
    assert Target.parse("1 business day").duration(ALWAYS) == 24 * H
    assert Target.parse("2 days").duration(OFFICE) == 48 * H
    assert Target.parse("4 business hours").duration(OFFICE) == 4 * H


# --- escalation levels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "key"),
    [
        (EscalationLevel("resolution", 0.75, None, ("notify_admin",)), "resolution@75%"),
        (EscalationLevel("response", 1.0, None, ("notify_admin",)), "response@100%"),
        (EscalationLevel("resolution", None, H, ("reassign_group",), group="Tier 2"), "resolution+1h"),
        (EscalationLevel("resolution", None, 90 * M, ("notify_admin",)), "resolution+1h30m"),
    ],
)
def test_escalation_keys_are_stable_ids(level, key):
    assert level.key == key


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"at_share": 0.5, "after_breach": H}, "exactly one"),
        ({"at_share": None, "after_breach": None}, "exactly one"),
        ({"at_share": 0.0, "after_breach": None}, "above 0%"),
        ({"at_share": 1.5, "after_breach": None}, "at most 100%"),
        ({"at_share": None, "after_breach": -H}, "after the breach"),
        ({"at_share": 0.5, "after_breach": None, "actions": ("email_boss",)}, "'email_boss' is not one of"),
        ({"at_share": 0.5, "after_breach": None, "actions": ()}, "at least one action"),
        ({"at_share": 0.5, "after_breach": None, "actions": ("reassign_group",)}, "needs the group"),
        ({"at_share": 0.5, "after_breach": None, "group": "Tier 2"}, "only used with the reassign_group"),
    ],
)
def test_bad_escalation_levels_are_refused(kwargs, words):
    kwargs = {"clock": "resolution", "actions": ("notify_admin",), **kwargs}
    with pytest.raises(ValidationError, match=words):
        EscalationLevel(**kwargs)


# --- policies and their order -----------------------------------------------------------------------


def test_a_policy_without_narrowing_matches_every_ticket():
    standard = policy("Standard")
    assert standard.matches_everything
    assert standard.matches(TicketType.INCIDENT, "Hardware")
    assert standard.matches(None, None)


def test_policies_narrow_by_ticket_type_and_top_level_category_case_insensitively():
    network = policy(
        "Network incidents", ticket_types=frozenset({TicketType.INCIDENT}), categories=frozenset({"Network"})
    )
    assert network.matches(TicketType.INCIDENT, "Network")
    assert network.matches("incident", "network/VPN")
    assert network.matches(TicketType.INCIDENT, "  NETWORK / Wi-Fi")
    assert not network.matches(TicketType.REQUEST, "Network")
    assert not network.matches(TicketType.INCIDENT, "Hardware/Network card")
    assert not network.matches(TicketType.INCIDENT, None)
    assert not network.matches(None, "Network")


def test_the_first_matching_policy_wins():
    config = SlaConfig(
        {"Office hours": OFFICE, "24/7": ALWAYS},
        (
            policy("Servers", calendar="24/7", categories=frozenset({"Hardware"})),
            policy("Requests", ticket_types=frozenset({TicketType.REQUEST})),
            policy("Standard"),
        ),
    )
    assert config.policy_for(TicketType.REQUEST, "Hardware/Server").name == "Servers"
    assert config.policy_for(TicketType.REQUEST, "Software").name == "Requests"
    assert config.policy_for(TicketType.INCIDENT, "Software").name == "Standard"
    assert config.policy_for(TicketType.PROBLEM, None).name == "Standard"
    assert config.calendar_for(config.policy_for(TicketType.INCIDENT, "hardware")) is ALWAYS


@pytest.mark.parametrize(
    ("policies", "message"),
    [
        ((policy("Requests", ticket_types=frozenset({"request"})),), "policy 'Requests': the last policy must match"),
        ((policy("Standard", calendar="Ofice hours"),), "policy 'Standard': calendar 'Ofice hours' is not defined"),
        ((policy("Standard"), policy("Later")), "policy 'Later': can never apply, policy 'Standard' before it"),
        ((policy("Standard", categories=frozenset({"Network"})), policy("standard")), "two policies have this name"),
        ((), "needs at least one policy"),
    ],
)
def test_config_validation_names_the_policy(policies, message):
    with pytest.raises(ValidationError) as excinfo:
        SlaConfig({"Office hours": OFFICE}, policies)
    assert message in str(excinfo.value)


def test_every_priority_needs_targets():
    some = targets("1 business hour", "4 business hours")
    del some[Priority.LOW]
    with pytest.raises(ValidationError, match=r"policy 'Standard': targets: .* priority low"):
        SlaPolicy("Standard", "Office hours", some)


def test_a_response_target_longer_than_the_resolution_target_is_refused():
    backwards = SlaPolicy("Backwards", "Office hours", targets("2 business days", "4 business hours"))
    with pytest.raises(
        ValidationError, match=r"policy 'Backwards': targets\.low: the response target \(2 business days\) is longer"
    ):
        SlaConfig({"Office hours": OFFICE}, (backwards,))


# --- the shipped default and the dict round trip ----------------------------------------------------


def test_default_config_has_the_shipped_targets_and_escalations():
    config = SlaConfig.default("Europe/London")
    assert set(config.calendars) == {"Office hours", "24/7"}
    assert config.calendars["Office hours"] == BusinessCalendar.office_default("Europe/London")
    assert config.calendars["24/7"].always_open
    (standard,) = config.policies
    assert standard.name == "Standard"
    assert standard.calendar == "Office hours"
    assert standard.at_risk_share == 0.75
    shipped = {p: (str(t.response), str(t.resolution)) for p, t in standard.targets.items()}
    assert shipped == {
        Priority.URGENT: ("1 business hour", "4 business hours"),
        Priority.HIGH: ("4 business hours", "1 business day"),
        Priority.MEDIUM: ("1 business day", "3 business days"),
        Priority.LOW: ("2 business days", "5 business days"),
    }
    assert [(level.key, level.actions, level.group) for level in standard.escalations] == [
        ("resolution@50%", ("notify_assignee",), None),
        ("resolution@75%", ("notify_assignee", "notify_admin"), None),
        ("resolution@100%", ("notify_admin", "raise_priority"), None),
        ("resolution+1h", ("reassign_group",), "Technical Support"),
    ]


def _plain(value: Any) -> bool:
    """Only what TOML can hold as written: tables with string keys, arrays, strings and booleans."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return isinstance(value, str | bool)


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "UTC"])
def test_default_config_round_trips_through_plain_dicts(zone):
    config = SlaConfig.default(zone)
    data = config.to_dict()
    assert _plain(data)
    assert data["policies"][0]["targets"]["high"] == {"response": "4 business hours", "resolution": "1 business day"}
    assert data["calendars"]["Office hours"]["week"]["mon"] == ["09:00-17:00"]
    assert SlaConfig.from_dict(data) == config
    assert SlaConfig.from_dict(data).to_dict() == data


def test_a_richer_config_round_trips():
    config = SlaConfig(
        {"Office hours": OFFICE, "24/7": ALWAYS},
        (
            SlaPolicy(
                "Servers",
                "24/7",
                targets("30m", "8 calendar hours"),
                ticket_types=frozenset({TicketType.INCIDENT, TicketType.PROBLEM}),
                categories=frozenset({"Hardware", "Network"}),
                at_risk_share=0.6,
                escalations=(EscalationLevel("response", 0.5, None, ("notify_admin",)),),
            ),
            policy("Standard"),
        ),
    )
    assert SlaConfig.from_dict(config.to_dict()) == config


def _edit(path: str, value: Any) -> dict[str, Any]:
    """The default config as a dict with one value replaced (or removed when value is ...)."""
    data = copy.deepcopy(SlaConfig.default("Europe/London").to_dict())
    *parents, last = path.split("/")
    node: Any = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is ...:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            "policies/0/targets/high/response",
            "4 bussiness hours",
            "policy 'Standard': targets.high.response: '4 bussiness hours' is not a target like",
        ),
        ("policies/0/targets/low", ..., "policy 'Standard': targets: no targets for priority low"),
        ("policies/0/targets/urgent/resolution", ..., "policy 'Standard': targets.urgent: resolution is missing"),
        ("policies/0/targets/critical", {"response": "1h", "resolution": "2h"}, "'critical' is not one of low"),
        ("policies/0/calendar", "Ofice hours", "policy 'Standard': calendar 'Ofice hours' is not defined"),
        ("policies/0/calender", "Office hours", "policy 'Standard': unknown key 'calender'"),
        ("policies/0/at_risk", "150%", "policy 'Standard': at_risk must be a share above 0% and below 100%"),
        ("policies/0/at_risk", "most", "policy 'Standard': at_risk 'most' is not a percentage"),
        ("policies/0/ticket_types", ["incidnet"], "policy 'Standard': ticket_types: 'incidnet' is not one of"),
        (
            "policies/0/escalations/1/actions",
            ["notify_admin", "email_boss"],
            "policy 'Standard': escalation 2: action 'email_boss' is not one of",
        ),
        ("policies/0/escalations/3/group", ..., "policy 'Standard': escalation 4: reassign_group needs the group"),
        ("policies/0/escalations/3/after_breach", "soon", "policy 'Standard': escalation 4: after_breach: 'soon'"),
        ("policies/0/escalations/0/at", "lots", "policy 'Standard': escalation 1: at 'lots' is not a percentage"),
        ("policies/0/escalations/0/clock", "reply", "policy 'Standard': escalation 1: clock 'reply' is not one of"),
        ("policies/0/name", ..., "policy 1: needs a name"),
        ("policies", [], "policies must be a list with at least one policy"),
        ("calendars/Office hours/week/tue", ["9-17"], "calendar 'Office hours': tuesday span '9-17' is not like"),
        ("calendars/Office hours/timezone", "Europe/Lundon", "'Europe/Lundon' is not a known time zone"),
        ("sla_version", 2, "sla: unknown key 'sla_version'"),
    ],
)
def test_from_dict_refusals_name_the_policy_or_calendar_and_key(path, value, message):
    with pytest.raises(ValidationError) as excinfo:
        SlaConfig.from_dict(_edit(path, value))
    assert message in str(excinfo.value)


def test_from_dict_accepts_friendly_spellings():
    data = _edit("policies/0/escalations/0/actions", ["Notify assignee"])
    data["policies"][0]["at_risk"] = 0.8
    config = SlaConfig.from_dict(data)
    assert config.policies[0].escalations[0].actions == ("notify_assignee",)
    assert config.policies[0].at_risk_share == 0.8


# --- one ticket's clocks ----------------------------------------------------------------------------

STANDARD = SlaConfig.default("Europe/London").policies[0]


def test_due_times_for_an_urgent_ticket_in_office_hours():
    start = at(2026, 1, 6, 10, 0)  # Tuesday
    assert due_times(STANDARD, OFFICE, Priority.URGENT, start, timedelta(0)) == DueTimes(
        response_due=at(2026, 1, 6, 11, 0),
        response_risk=at(2026, 1, 6, 10, 45),
        resolution_due=at(2026, 1, 6, 14, 0),
        resolution_risk=at(2026, 1, 6, 13, 0),
    )


def test_due_times_for_a_high_ticket_logged_late_on_friday():
    due = due_times(STANDARD, OFFICE, "high", at(2026, 1, 9, 16, 0), timedelta(0))
    assert due.response_due == at(2026, 1, 12, 12, 0)  # 1 h Friday + 3 h Monday
    assert due.response_risk == at(2026, 1, 12, 11, 0)
    assert due.resolution_due == at(2026, 1, 12, 16, 0)  # one business day = 8 h
    assert due.resolution_risk == at(2026, 1, 12, 14, 0)


def test_paused_time_pushes_every_moment_back():
    start = at(2026, 1, 6, 16, 0)
    plain = due_times(STANDARD, OFFICE, Priority.URGENT, start, timedelta(0))
    paused = due_times(STANDARD, OFFICE, Priority.URGENT, start, 90 * M)
    assert plain.resolution_due == at(2026, 1, 7, 12, 0)
    assert paused.resolution_due == at(2026, 1, 7, 13, 30)
    assert plain.response_due == at(2026, 1, 6, 17, 0)
    assert paused.response_due == at(2026, 1, 7, 10, 30)  # 1 h + 90 m of business time from Tuesday 16:00
    assert paused.response_risk == at(2026, 1, 7, 10, 15)


def test_calendar_targets_ignore_office_hours():
    servers = SlaPolicy("Servers", "Office hours", targets("30m", "4 calendar hours"), at_risk_share=0.5)
    saturday_night = at(2026, 1, 10, 23, 0)
    due = due_times(servers, OFFICE, Priority.HIGH, saturday_night, 10 * M)
    assert due.response_due == saturday_night + 40 * M
    assert due.response_risk == saturday_night + 25 * M
    assert due.resolution_due == saturday_night + 4 * H + 10 * M
    assert due.resolution_risk == saturday_night + 2 * H + 10 * M


def test_business_targets_on_a_twenty_four_seven_calendar_count_every_hour():
    due = due_times(STANDARD, ALWAYS, Priority.MEDIUM, at(2026, 1, 10, 12, 0), timedelta(0))
    assert due.response_due == at(2026, 1, 11, 12, 0)  # one business day = 24 h here
    assert due.resolution_due == at(2026, 1, 13, 12, 0)


def test_clock_elapsed_counts_like_the_target():
    friday, monday = at(2026, 1, 9, 16, 0), at(2026, 1, 12, 10, 0)
    assert clock_elapsed(Target.parse("4 business hours"), OFFICE, friday, monday) == 2 * H
    assert clock_elapsed(Target.parse("4 calendar hours"), OFFICE, friday, monday) == 66 * H


def test_escalation_moments():
    resolution = STANDARD.target(Priority.URGENT, "resolution")  # 4 business hours
    start = at(2026, 1, 6, 15, 0)  # due Wednesday 11:00
    half, at_breach, after = STANDARD.escalations[0], STANDARD.escalations[2], STANDARD.escalations[3]
    assert escalation_moment(half, start, resolution, timedelta(0), OFFICE) == at(2026, 1, 6, 17, 0)
    assert escalation_moment(at_breach, start, resolution, timedelta(0), OFFICE) == at(2026, 1, 7, 11, 0)
    assert escalation_moment(after, start, resolution, timedelta(0), OFFICE) == at(2026, 1, 7, 12, 0)
    assert escalation_moment(after, start, resolution, 30 * M, OFFICE) == at(2026, 1, 7, 12, 30)
    # One hour after a 17:00 breach is 18:00: after-breach time is wall-clock time.
    evening = at(2026, 1, 6, 13, 0)
    assert escalation_moment(after, evening, resolution, timedelta(0), OFFICE) == at(2026, 1, 6, 18, 0)


NOW = datetime(2026, 1, 6, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("due", "risk", "done_at", "paused", "state"),
    [
        (NOW + H, NOW + 30 * M, None, False, SlaState.ON_TRACK),
        (NOW + H, NOW - M, None, False, SlaState.AT_RISK),
        (NOW + H, NOW, None, False, SlaState.AT_RISK),
        (NOW, NOW - H, None, False, SlaState.AT_RISK),  # due this very moment: not yet breached
        (NOW - M, NOW - H, None, False, SlaState.BREACHED),
        (NOW - M, NOW - H, None, True, SlaState.PAUSED),
        (NOW + H, NOW + 30 * M, None, True, SlaState.PAUSED),
        (NOW - M, NOW - H, NOW - M, False, SlaState.MET),
        (NOW - M, NOW - H, NOW - 2 * M, True, SlaState.MET),
        (NOW - M, NOW - H, NOW, False, SlaState.MISSED),
    ],
)
def test_clock_state(due, risk, done_at, paused, state):
    assert clock_state(due, risk, done_at, NOW, paused) is state


def test_sla_states_parse_and_label():
    assert SlaState.parse("at_risk", "sla state") is SlaState.AT_RISK
    assert SlaState.ON_TRACK.label == "On track"


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (2 * H + 10 * M, "2 h 10 m left"),
        (45 * M, "45 m left"),
        (45 * M + timedelta(seconds=59), "45 m left"),
        (timedelta(days=3, hours=2, minutes=20), "3 d 2 h left"),
        (timedelta(days=1), "1 d left"),
        (2 * H, "2 h left"),
        (timedelta(seconds=20), "< 1 m left"),
        (timedelta(0), "< 1 m left"),
        (-35 * M, "overdue 35 m"),
        (-timedelta(days=1, hours=4, minutes=5), "overdue 1 d 4 h"),
        (-timedelta(seconds=5), "overdue < 1 m"),
    ],
)
def test_remaining_text(delta, text):
    assert remaining_text(NOW + delta, NOW) == text


@pytest.mark.parametrize(
    ("text", "duration"),
    [("1 h", H), ("90m", 90 * M), ("1 h 30 m", 90 * M), ("1h30m", 90 * M), ("2 days", 48 * H)],
)
def test_wall_durations_parse_and_print(text, duration):
    assert parse_wall_duration(text) == duration
    assert parse_wall_duration(format_wall_duration(duration)) == duration

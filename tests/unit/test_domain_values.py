"""Parsing and checking what people type: choices, ticket numbers, subjects, emails, tags, categories."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from deskapp.domain import validation
from deskapp.domain.categories import DEFAULT_TREE, join_path, split_path
from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import (
    EntryKind,
    Level,
    Priority,
    ResolutionCode,
    Source,
    Status,
    TicketType,
    format_number,
    parse_number,
)

CHOICE_TYPES = [TicketType, Status, Level, Priority, Source, EntryKind, ResolutionCode]

# --- enums ------------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["walk-in", "Walk in", "walk_in", "WALK-IN", "WALK_IN", "  walk in  ", "Walk-In"])
def test_source_parses_user_spellings_of_walk_in(spelling):
    assert Source.parse(spelling, "source") is Source.WALK_IN


@pytest.mark.parametrize("member", list(Source), ids=lambda m: m.value)
def test_source_parses_its_own_values(member):
    assert Source.parse(member.value, "source") is member
    assert Source.parse(member.value.upper(), "source") is member


def test_parse_passes_a_member_through():
    assert Source.parse(Source.PHONE, "source") is Source.PHONE


@pytest.mark.parametrize("bad", ["walkin", "fax", "", "   ", "phone call"])
def test_unknown_source_is_refused_naming_the_field_and_listing_allowed_values(bad):
    with pytest.raises(ValidationError) as excinfo:
        Source.parse(bad, "source")
    error = excinfo.value
    assert error.field == "source"
    message = str(error)
    assert message.startswith("source: ")
    assert f"'{bad}'" in message
    assert "form, phone, email, monitoring, walk-in, import" in message


def test_unknown_value_message_uses_the_field_name_given():
    with pytest.raises(ValidationError) as excinfo:
        Priority.parse("critical", "priority")
    assert excinfo.value.field == "priority"
    assert str(excinfo.value) == "priority: 'critical' is not one of low, medium, high, urgent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Request fulfilled", ResolutionCode.REQUEST_FULFILLED),  # by member name
        ("fulfilled", ResolutionCode.REQUEST_FULFILLED),  # by value
        ("No fault found", ResolutionCode.NO_FAULT_FOUND),
        ("wont_fix", ResolutionCode.WONT_FIX),
        ("User Error", ResolutionCode.USER_ERROR),
    ],
)
def test_resolution_codes_parse_names_and_values(text, expected):
    assert ResolutionCode.parse(text, "resolution code") is expected


@given(
    member=st.sampled_from([m for cls in CHOICE_TYPES for m in cls]),
    separator=st.sampled_from(["-", " ", "_"]),
    upper=st.lists(st.booleans(), min_size=30, max_size=30),
)
def test_every_choice_parses_back_from_any_casing_and_separator(member, separator, upper):
    spelled = "".join(
        ch.upper() if up else ch for ch, up in zip(member.value.replace("-", separator), upper, strict=False)
    )
    assert type(member).parse(spelled, "field") is member


def test_labels_are_readable():
    assert Source.WALK_IN.label == "Walk in"
    assert Status.CANCELLED.label == "Cancelled"
    assert TicketType.REQUEST.label == "Service request"
    assert ResolutionCode.WONT_FIX.label == "Won't fix"


def test_priority_rank_orders_low_to_urgent():
    ranks = [p.rank for p in (Priority.LOW, Priority.MEDIUM, Priority.HIGH, Priority.URGENT)]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) == 4


# --- ticket numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticket_type", "number", "text"),
    [
        (TicketType.INCIDENT, 1042, "INC-1042"),
        (TicketType.REQUEST, 17, "REQ-17"),
        (TicketType.PROBLEM, 3, "PRB-3"),
    ],
)
def test_format_number(ticket_type, number, text):
    assert format_number(ticket_type, number) == text
    assert parse_number(text) == (ticket_type, number)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("inc-12", (TicketType.INCIDENT, 12)),
        ("  REQ-3  ", (TicketType.REQUEST, 3)),
        ("prb - 7", (TicketType.PROBLEM, 7)),
        ("Inc-007", (TicketType.INCIDENT, 7)),
    ],
)
def test_parse_number_forgives_case_and_spaces(text, expected):
    assert parse_number(text) == expected


@given(ticket_type=st.sampled_from(TicketType), number=st.integers(min_value=0, max_value=10**12 - 1))
def test_format_and_parse_number_round_trip(ticket_type, number):
    text = format_number(ticket_type, number)
    assert parse_number(text) == (ticket_type, number)
    assert parse_number(text.lower()) == (ticket_type, number)


@pytest.mark.parametrize(
    "junk",
    ["INC12", "XYZ-1", "INC-", "", "   ", "-12", "INC-1-2", "INC-12a", "INC-1.5", "INC--1", "12", "INC 12"],
)
def test_parse_number_refuses_junk(junk):
    with pytest.raises(ValidationError) as excinfo:
        parse_number(junk)
    error = excinfo.value
    assert error.field == "ticket"
    assert str(error).startswith("ticket: ")
    assert "INC-12" in str(error)  # shows an example of what is expected


@pytest.mark.parametrize(
    "junk",
    ["INC-²", "REQ-1²", "PRB-" + "9" * 5000],
    ids=["superscript-two", "trailing-superscript", "5000-digits"],
)
def test_parse_number_refuses_odd_digits_with_a_message_not_a_crash(junk):
    # str.isdigit() is True for these, but int() cannot convert them.
    with pytest.raises(ValidationError) as excinfo:
        parse_number(junk)
    assert excinfo.value.field == "ticket"


@given(
    prefix=st.sampled_from(["INC", "req", "Prb", "XYZ", ""]),
    dash=st.sampled_from(["-", " - ", "", "--"]),
    rest=st.text(max_size=12),
)
@example(prefix="INC", dash="-", rest="²")
def test_parse_number_either_parses_or_refuses_with_a_validation_error(prefix, dash, rest):
    text = f"{prefix}{dash}{rest}"
    try:
        ticket_type, number = parse_number(text)
    except ValidationError as error:
        assert error.field == "ticket"
    else:
        assert isinstance(ticket_type, TicketType)
        assert number >= 0


# --- subject ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Printer on 2nd floor jams", "Printer on 2nd floor jams"),
        ("   VPN drops every hour \n", "VPN drops every hour"),
        ("Drucker läuft nicht – bitte helfen 🙂", "Drucker läuft nicht – bitte helfen 🙂"),
        ("x" * validation.SUBJECT_MAX, "x" * validation.SUBJECT_MAX),
        ("  " + "x" * validation.SUBJECT_MAX + "  ", "x" * validation.SUBJECT_MAX),
    ],
    ids=["plain", "trimmed", "unicode", "at-limit", "at-limit-padded"],
)
def test_subject_accepts_and_trims(raw, expected):
    assert validation.subject(raw) == expected


@pytest.mark.parametrize("blank", [None, "", "   ", "\n\t "], ids=["none", "empty", "spaces", "whitespace"])
def test_subject_refuses_empty(blank):
    with pytest.raises(ValidationError) as excinfo:
        validation.subject(blank)
    assert excinfo.value.field == "subject"
    assert str(excinfo.value).startswith("subject: ")


def test_subject_refuses_too_long_and_says_the_limit():
    with pytest.raises(ValidationError) as excinfo:
        validation.subject("x" * (validation.SUBJECT_MAX + 1))
    assert excinfo.value.field == "subject"
    assert "200" in str(excinfo.value)
    assert "201" in str(excinfo.value)


@pytest.mark.parametrize(
    "raw",
    ["Printer\x00jams", "Line one\nline two", "Tab\there", "Escape \x1b[31m red", "bell\x07"],
    ids=["nul", "newline", "tab", "escape", "bell"],
)
def test_subject_refuses_control_characters(raw):
    with pytest.raises(ValidationError) as excinfo:
        validation.subject(raw)
    assert excinfo.value.field == "subject"
    assert "control character" in str(excinfo.value)


# --- free text and names ----------------------------------------------------------------------


def test_text_keeps_newlines_and_tabs_but_trims_the_ends():
    assert validation.text("  line one\n\tline two  \n", "description") == "line one\n\tline two"


def test_text_refuses_other_control_characters_naming_the_field():
    with pytest.raises(ValidationError) as excinfo:
        validation.text("bad\x00byte", "note")
    assert excinfo.value.field == "note"


def test_required_text_refuses_blank():
    assert validation.text("   ", "note") == ""
    with pytest.raises(ValidationError) as excinfo:
        validation.text("   ", "reply", required=True)
    assert excinfo.value.field == "reply"


def test_name_collapses_inner_spaces():
    assert validation.name("  Ada    Lovelace ", "requester") == "Ada Lovelace"


def test_name_refuses_blank_when_required():
    with pytest.raises(ValidationError) as excinfo:
        validation.name("  ", "requester")
    assert excinfo.value.field == "requester"
    assert validation.name(None, "requester", required=False) == ""


# --- email ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ada@example.com", "ada@example.com"),
        ("Ada.Lovelace@Example.COM", "ada.lovelace@example.com"),
        ("  helpdesk+printers@it.example.co.uk ", "helpdesk+printers@it.example.co.uk"),
        ("o'brien@example.ie", "o'brien@example.ie"),
        ("first_last@mail-server.example.org", "first_last@mail-server.example.org"),
    ],
)
def test_email_accepts_good_addresses_lower_cased(raw, expected):
    assert validation.email(raw) == expected


@pytest.mark.parametrize(
    "bad",
    [
        None,
        "",
        "   ",
        "ada",
        "ada@",
        "@example.com",
        "ada@example",
        "ada@@example.com",
        "ada@exa mple.com",
        "ada lovelace@example.com",
        "ada@example..com",
        "ada@example.com.",
        "ada@-example.com",
        "Ada <ada@example.com>",
        "ada@example.com, bob@example.com",
        "a@b@example.com",
        "x" * 250 + "@example.com",
    ],
)
def test_email_refuses_bad_addresses(bad):
    with pytest.raises(ValidationError) as excinfo:
        validation.email(bad)
    error = excinfo.value
    assert error.field == "email"
    assert str(error).startswith("email: ")
    assert "name@example.com" in str(error)


def test_email_error_names_the_field_given():
    with pytest.raises(ValidationError) as excinfo:
        validation.email("nope", field="requester email")
    assert excinfo.value.field == "requester email"
    assert str(excinfo.value).startswith("requester email: ")


# --- tags -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("vpn", "vpn"),
        ("VPN", "vpn"),
        ("  Wi-Fi ", "wi-fi"),
        ("c++", "c++"),
        ("office-365", "office-365"),
        ("v1.2", "v1.2"),
        ("floor_2", "floor_2"),
        ("x" * validation.TAG_MAX, "x" * validation.TAG_MAX),
    ],
)
def test_tag_accepts_and_lower_cases(raw, expected):
    assert validation.tag(raw) == expected


@pytest.mark.parametrize(
    "bad",
    ["", "   ", "two words", "-leading-dash", ".hidden", "+plus", "a/b", "#hash", "semi;colon", "x" * 41],
)
def test_tag_refuses_bad_tags(bad):
    with pytest.raises(ValidationError) as excinfo:
        validation.tag(bad)
    assert excinfo.value.field == "tag"
    assert str(excinfo.value).startswith("tag: ")
    assert "40" in str(excinfo.value)


# --- categories -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("Hardware/Printer", ("Hardware", "Printer")),
        ("Network", ("Network", None)),
        (" Hardware / Printer ", ("Hardware", "Printer")),
        ("Accounts & access/Password reset", ("Accounts & access", "Password reset")),
    ],
)
def test_split_path(path, expected):
    assert split_path(path) == expected


@pytest.mark.parametrize("bad", ["", "   ", "/x", "a/b/c", "a/", "a/ ", "/"])
def test_split_path_refuses_bad_paths(bad):
    with pytest.raises(ValidationError) as excinfo:
        split_path(bad)
    assert excinfo.value.field == "category"
    assert str(excinfo.value).startswith("category: ")
    assert "Hardware/Printer" in str(excinfo.value)


@pytest.mark.parametrize(
    ("category", "subcategory"),
    [(c, s) for c, subs in DEFAULT_TREE.items() for s in [None, *subs]],
)
def test_every_default_category_round_trips_through_join_and_split(category, subcategory):
    assert split_path(join_path(category, subcategory)) == (category, subcategory)


def test_join_path_without_a_category_is_empty():
    assert join_path(None, "Printer") == ""
    assert join_path("", None) == ""

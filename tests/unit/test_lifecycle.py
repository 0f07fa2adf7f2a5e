"""The ticket lifecycle: which status changes are allowed and what each one requires."""

from datetime import datetime, timedelta

import pytest

from deskapp.domain.errors import TransitionError, ValidationError
from deskapp.domain.lifecycle import DEFAULT_REOPEN_WINDOW, TransitionContext, check_transition, is_reopen
from deskapp.domain.tickets import Status

NOW = datetime(2024, 3, 15, 10, 30)

NEW, OPEN, PENDING = Status.NEW, Status.OPEN, Status.PENDING
RESOLVED, CLOSED, CANCELLED = Status.RESOLVED, Status.CLOSED, Status.CANCELLED

# Written out by hand from the rules, NOT derived from lifecycle.ALLOWED, so a change to the
# rules has to be made (and noticed) in both places.  Y = allowed, . = refused.
# Rows are the current status, columns the target.
EXPECTED_TABLE = {
    NEW: {NEW: ".", OPEN: "Y", PENDING: "Y", RESOLVED: "Y", CLOSED: ".", CANCELLED: "Y"},
    OPEN: {NEW: ".", OPEN: ".", PENDING: "Y", RESOLVED: "Y", CLOSED: ".", CANCELLED: "Y"},
    PENDING: {NEW: ".", OPEN: "Y", PENDING: ".", RESOLVED: "Y", CLOSED: ".", CANCELLED: "Y"},
    RESOLVED: {NEW: ".", OPEN: "Y", PENDING: ".", RESOLVED: ".", CLOSED: "Y", CANCELLED: "."},
    CLOSED: {NEW: ".", OPEN: "Y", PENDING: ".", RESOLVED: ".", CLOSED: ".", CANCELLED: "."},
    CANCELLED: {NEW: ".", OPEN: ".", PENDING: ".", RESOLVED: ".", CLOSED: ".", CANCELLED: "."},
}

ALL_PAIRS = [(current, target) for current in Status for target in Status]
REFUSED_PAIRS = [(c, t) for c, t in ALL_PAIRS if EXPECTED_TABLE[c][t] == "."]


def permissive_context(**overrides) -> TransitionContext:
    """A context that satisfies every side condition, so only the state pair decides."""
    values = {
        "now": NOW,
        "resolution_notes": "Replaced the toner cartridge",
        "closed_at": NOW - timedelta(days=1),
    }
    values.update(overrides)
    return TransitionContext(**values)


def pair_id(pair: tuple[Status, Status]) -> str:
    return f"{pair[0].value}->{pair[1].value}"


def test_expected_table_covers_every_status():
    assert set(EXPECTED_TABLE) == set(Status)
    for row in EXPECTED_TABLE.values():
        assert set(row) == set(Status)
    assert len(ALL_PAIRS) == 36


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=[pair_id(p) for p in ALL_PAIRS])
def test_every_status_pair_is_allowed_or_refused_per_the_rules(current, target):
    expected_allowed = EXPECTED_TABLE[current][target] == "Y"
    if expected_allowed:
        check_transition(current, target, permissive_context())  # must not raise
    else:
        with pytest.raises(TransitionError) as excinfo:
            check_transition(current, target, permissive_context())
        assert excinfo.value.field == "status"
        assert str(excinfo.value).startswith("status: ")


# --- same state -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_same_state_is_refused_with_already_message(status):
    with pytest.raises(TransitionError) as excinfo:
        check_transition(status, status, permissive_context())
    assert excinfo.value.field == "status"
    assert str(excinfo.value) == f"status: the ticket is already {status.label}"


# --- resolving needs a note -------------------------------------------------------------------


@pytest.mark.parametrize("current", [NEW, OPEN, PENDING], ids=lambda s: s.value)
@pytest.mark.parametrize("note", [None, "", "   ", "\n\t  \n"], ids=["none", "empty", "spaces", "whitespace"])
def test_resolving_without_a_note_is_refused_on_the_resolution_field(current, note):
    with pytest.raises(ValidationError) as excinfo:
        check_transition(current, RESOLVED, permissive_context(resolution_notes=note))
    error = excinfo.value
    assert not isinstance(error, TransitionError)  # the move is fine; the note is what's missing
    assert error.field == "resolution"
    assert "resolution note" in str(error)
    assert str(error).startswith("resolution: ")


@pytest.mark.parametrize("current", [NEW, OPEN, PENDING], ids=lambda s: s.value)
def test_resolving_with_a_note_is_allowed(current):
    check_transition(current, RESOLVED, permissive_context(resolution_notes="  Restarted the spooler  "))


@pytest.mark.parametrize(
    ("current", "target"),
    [(NEW, OPEN), (OPEN, PENDING), (PENDING, OPEN), (OPEN, CANCELLED), (RESOLVED, CLOSED), (RESOLVED, OPEN)],
    ids=lambda s: s.value,
)
def test_other_moves_do_not_need_a_resolution_note(current, target):
    check_transition(current, target, permissive_context(resolution_notes=None))


def test_refused_move_to_resolved_reports_the_move_not_the_missing_note():
    # Cancelled -> Resolved is not allowed at all; telling the user to add a note would mislead.
    with pytest.raises(TransitionError) as excinfo:
        check_transition(CANCELLED, RESOLVED, permissive_context(resolution_notes=None))
    assert excinfo.value.field == "status"


# --- reopen window ----------------------------------------------------------------------------


def test_default_reopen_window_is_fourteen_days():
    assert DEFAULT_REOPEN_WINDOW.days == 14
    assert DEFAULT_REOPEN_WINDOW.seconds == 0


@pytest.mark.parametrize(
    "closed_ago",
    [timedelta(0), timedelta(minutes=5), timedelta(days=13, hours=23), timedelta(days=14)],
    ids=["just-closed", "5-minutes", "13d23h", "exactly-14-days"],
)
def test_reopen_from_closed_inside_the_window_is_allowed(closed_ago):
    check_transition(CLOSED, OPEN, TransitionContext(now=NOW, closed_at=NOW - closed_ago))


@pytest.mark.parametrize(
    "closed_ago",
    [timedelta(days=14, seconds=1), timedelta(days=15), timedelta(days=365)],
    ids=["14d-plus-1s", "15-days", "a-year"],
)
def test_reopen_from_closed_outside_the_window_is_refused(closed_ago):
    with pytest.raises(TransitionError) as excinfo:
        check_transition(CLOSED, OPEN, TransitionContext(now=NOW, closed_at=NOW - closed_ago))
    error = excinfo.value
    assert error.field == "status"
    message = str(error)
    assert message.startswith("status: ")
    assert "14 days" in message
    assert "new ticket" in message  # tells the user what to do instead


def test_reopen_window_is_configurable():
    window = timedelta(days=3)
    check_transition(CLOSED, OPEN, TransitionContext(now=NOW, closed_at=NOW - window, reopen_window=window))
    with pytest.raises(TransitionError) as excinfo:
        check_transition(
            CLOSED,
            OPEN,
            TransitionContext(now=NOW, closed_at=NOW - window - timedelta(seconds=1), reopen_window=window),
        )
    assert "3 days" in str(excinfo.value)


def test_reopen_from_resolved_ignores_the_window():
    # Only Closed tickets age out; a Resolved ticket can always be reopened.
    check_transition(RESOLVED, OPEN, TransitionContext(now=NOW, closed_at=NOW - timedelta(days=400)))


@pytest.mark.parametrize(
    ("current", "target", "expected"),
    [
        (RESOLVED, OPEN, True),
        (CLOSED, OPEN, True),
        (NEW, OPEN, False),
        (PENDING, OPEN, False),
        (RESOLVED, CLOSED, False),
        (CLOSED, PENDING, False),
        (CANCELLED, OPEN, False),
    ],
    ids=lambda v: v.value if isinstance(v, Status) else str(v),
)
def test_is_reopen(current, target, expected):
    assert is_reopen(current, target) is expected


# --- merged tickets ---------------------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=[pair_id(p) for p in ALL_PAIRS])
def test_merged_ticket_refuses_every_transition(current, target):
    with pytest.raises(TransitionError) as excinfo:
        check_transition(current, target, permissive_context(merged=True))
    assert excinfo.value.field == "status"
    assert "merged" in str(excinfo.value)


# --- messages ---------------------------------------------------------------------------------


def test_refusal_message_names_the_field_both_states_and_the_allowed_targets():
    with pytest.raises(TransitionError) as excinfo:
        check_transition(NEW, CLOSED, permissive_context())
    error = excinfo.value
    assert error.field == "status"
    assert str(error) == ("status: a New ticket cannot become Closed (allowed: Open, Pending, Resolved, Cancelled)")


def test_refusal_from_a_terminal_state_says_nothing_is_allowed():
    with pytest.raises(TransitionError) as excinfo:
        check_transition(CANCELLED, OPEN, permissive_context())
    assert str(excinfo.value) == "status: a Cancelled ticket cannot become Open (allowed: none)"


@pytest.mark.parametrize(("current", "target"), REFUSED_PAIRS, ids=[pair_id(p) for p in REFUSED_PAIRS])
def test_refusal_messages_are_readable(current, target):
    with pytest.raises(TransitionError) as excinfo:
        check_transition(current, target, permissive_context())
    message = str(excinfo.value)
    assert message == excinfo.value.message
    assert message.startswith("status: ")
    assert "Status." not in message  # no enum reprs leak to the user
    assert "\n" not in message
    assert target.label in message

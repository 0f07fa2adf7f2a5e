"""Impact x urgency -> priority, and storing/loading the matrix the office can change."""

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.errors import ValidationError
from deskapp.domain.priority import DEFAULT_MATRIX, PriorityMatrix
from deskapp.domain.tickets import Level, Priority

LOW, MEDIUM, HIGH = Level.LOW, Level.MEDIUM, Level.HIGH

# (impact, urgency) -> priority, written out by hand from the agreed default.
DEFAULT_CELLS = [
    (LOW, LOW, Priority.LOW),
    (LOW, MEDIUM, Priority.LOW),
    (LOW, HIGH, Priority.MEDIUM),
    (MEDIUM, LOW, Priority.LOW),
    (MEDIUM, MEDIUM, Priority.MEDIUM),
    (MEDIUM, HIGH, Priority.HIGH),
    (HIGH, LOW, Priority.MEDIUM),
    (HIGH, MEDIUM, Priority.HIGH),
    (HIGH, HIGH, Priority.URGENT),
]

DEFAULT_AS_DICT = {
    "low": {"low": "low", "medium": "low", "high": "medium"},
    "medium": {"low": "low", "medium": "medium", "high": "high"},
    "high": {"low": "medium", "medium": "high", "high": "urgent"},
}


@pytest.mark.parametrize(
    ("impact", "urgency", "expected"),
    DEFAULT_CELLS,
    ids=[f"impact-{i.value}/urgency-{u.value}" for i, u, _ in DEFAULT_CELLS],
)
def test_default_matrix_cell(impact, urgency, expected):
    assert DEFAULT_MATRIX.priority(impact, urgency) is expected
    assert PriorityMatrix().priority(impact, urgency) is expected


def test_default_matrix_covers_all_nine_cells():
    assert len(DEFAULT_CELLS) == 9
    assert {(i, u) for i, u, _ in DEFAULT_CELLS} == {(i, u) for i in Level for u in Level}


def test_default_matrix_to_dict_is_plain_strings():
    data = DEFAULT_MATRIX.to_dict()
    assert data == DEFAULT_AS_DICT
    for impact, row in data.items():
        assert type(impact) is str
        for urgency, priority in row.items():
            assert type(urgency) is str
            assert type(priority) is str


def test_default_matrix_from_dict():
    matrix = PriorityMatrix.from_dict(DEFAULT_AS_DICT)
    assert matrix == DEFAULT_MATRIX
    for impact, urgency, expected in DEFAULT_CELLS:
        assert matrix.priority(impact, urgency) is expected


def test_from_dict_accepts_user_spellings_of_priorities():
    data = copy.deepcopy(DEFAULT_AS_DICT)
    data["high"]["high"] = " Urgent "
    assert PriorityMatrix.from_dict(data).priority(HIGH, HIGH) is Priority.URGENT


# --- round trip -------------------------------------------------------------------------------

rows = st.fixed_dictionaries({urgency: st.sampled_from(Priority) for urgency in Level})
matrices = st.fixed_dictionaries({impact: rows for impact in Level}).map(PriorityMatrix)


@given(matrices)
def test_round_trip_through_dict(matrix):
    data = matrix.to_dict()
    restored = PriorityMatrix.from_dict(data)
    assert restored == matrix
    for impact in Level:
        for urgency in Level:
            assert restored.priority(impact, urgency) is matrix.priority(impact, urgency)
    assert restored.to_dict() == data


@given(matrices)
def test_to_dict_has_every_cell(matrix):
    data = matrix.to_dict()
    assert set(data) == {"low", "medium", "high"}
    for row in data.values():
        assert set(row) == {"low", "medium", "high"}
        assert set(row.values()) <= {"low", "medium", "high", "urgent"}


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("impact", ["low", "medium", "high"])
def test_from_dict_refuses_a_missing_row(impact):
    data = copy.deepcopy(DEFAULT_AS_DICT)
    del data[impact]
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict(data)
    message = str(excinfo.value)
    assert message.startswith("priority matrix: ")
    assert f"impact '{impact}'" in message
    assert "missing" in message


def test_from_dict_refuses_a_row_that_is_not_a_table():
    data = copy.deepcopy(DEFAULT_AS_DICT)
    data["medium"] = "high"
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict(data)
    assert "impact 'medium'" in str(excinfo.value)


@pytest.mark.parametrize(("impact", "urgency"), [(i.value, u.value) for i in Level for u in Level], ids=lambda v: v)
def test_from_dict_refuses_a_missing_cell(impact, urgency):
    data = copy.deepcopy(DEFAULT_AS_DICT)
    del data[impact][urgency]
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict(data)
    message = str(excinfo.value)
    assert message.startswith("priority matrix: ")
    assert f"impact '{impact}'" in message
    assert f"urgency '{urgency}'" in message


@pytest.mark.parametrize("bad", ["critical", "", "p1", "highest"])
def test_from_dict_refuses_an_unknown_priority(bad):
    data = copy.deepcopy(DEFAULT_AS_DICT)
    data["medium"]["high"] = bad
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict(data)
    message = str(excinfo.value)
    assert message.startswith("priority matrix: ")
    assert f"'{bad}'" in message
    assert "low, medium, high, urgent" in message  # tells the user what would be accepted


@pytest.mark.parametrize("data", [None, "low", ["low", "medium", "high"], 3])
def test_from_dict_refuses_something_that_is_not_a_table(data):
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict(data)
    assert str(excinfo.value).startswith("priority matrix: ")


def test_from_dict_refuses_an_empty_table():
    with pytest.raises(ValidationError) as excinfo:
        PriorityMatrix.from_dict({})
    assert "missing" in str(excinfo.value)

"""is_historical and value_end (no parse needed)."""

import datetime

import pytest

from chronist.temporal import is_historical
from chronist.temporal.governing import value_end

DCT = datetime.date(2021, 2, 25)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020", True),  # "last year"
        ("199", True),  # "the 1990s"
        ("19", True),  # "the 20th century"
        ("2020-11-10", True),  # the cease-fire, 107 days before the DCT
        ("2021-02-20", False),
        ("2021-02", False),
        ("2021-01", False),
        ("2021", False),
        ("2021-W07", False),
        ("2020-Q4", False),  # ends 56 days before the DCT: recent past
        ("2020-Q3", True),
        ("2020-SU", True),
        ("P44D", False),
        ("PAST_REF", False),
        ("XXXX-WXX-4", False),
        ("2021-03-04", False),
    ],
)
def test_governing_is_historical(value, expected):
    assert is_historical(value, DCT) is expected


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("2021-02-20T12:00", datetime.date(2021, 2, 20)),
        ("2020-02", datetime.date(2020, 2, 29)),
        ("2021-W08", datetime.date(2021, 2, 28)),
        ("2020-Q3", datetime.date(2020, 9, 30)),
        ("2020-WI", datetime.date(2021, 2, 28)),
        ("197", datetime.date(1979, 12, 31)),
        ("FUTURE_REF", None),
        ("2021-02-30", None),
    ],
)
def test_governing_value_end(value, end):
    assert value_end(value) == end

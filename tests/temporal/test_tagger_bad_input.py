"""Bad input never crashes and never yields an impossible value."""

import datetime
import re

import pytest

from chronist.temporal import TimexTagger
from chronist.temporal.governing import value_end

TEXTS = [
    "",
    "No temporal expressions here at all.",
    "The meeting is set for February 30.",
    "It starts at 25:00 and ends at 13:75 GMT.",
    "On February 29, last year, next year, yesterday and tomorrow, in the 1990s, each Monday.",
    "He said on Friday that 2,000 people met on December 31 and January 1 for 3 weeks.",
    "9999 years ago, in the year 0000, in 10000, on 31/12/99999.",
]
DCTS = [datetime.date(1900, 1, 1), datetime.date(2100, 12, 31), datetime.date(1, 1, 1),
        datetime.date(9999, 12, 31), datetime.date(2021, 2, 25)]  # fmt: skip


@pytest.mark.parametrize("dct", DCTS)
@pytest.mark.parametrize("text", TEXTS)
def test_tagger_bad_input_no_crash_no_impossible_value(text, dct):
    for t in TimexTagger().tag(text, dct):
        assert text[t.start : t.end] == t.text
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", t.value)
        if m:
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))  # valid
        m = re.search(r"T(\d{2}):(\d{2})", t.value)
        if m:
            assert int(m.group(1)) <= 24 and int(m.group(2)) <= 59
        if t.type in ("DATE", "TIME") and t.value[:1].isdigit():
            assert value_end(t.value) is not None or "X" in t.value


def test_tagger_bad_input_no_timex():
    assert (
        TimexTagger().tag("No temporal expressions here at all.", datetime.date(2021, 2, 25)) == []
    )


def test_tagger_bad_input_february_30_keeps_month():
    found = TimexTagger().tag("The meeting is set for February 30.", datetime.date(2021, 2, 25))
    assert [(t.text, t.value) for t in found] == [("February 30", "2021-02")]


def test_tagger_bad_input_25_oclock_is_not_a_time():
    found = TimexTagger().tag("It starts at 25:00 GMT.", datetime.date(2021, 2, 25))
    assert all(t.type != "TIME" for t in found)


def test_tagger_bad_input_extreme_dct():
    tagger = TimexTagger()
    assert [t.value for t in tagger.tag("He left yesterday.", datetime.date(1900, 1, 1))] == [
        "1899-12-31"
    ]
    assert [t.value for t in tagger.tag("They meet next year.", datetime.date(2100, 12, 31))] == [
        "2101"
    ]


def test_tagger_bad_input_wrong_types():
    with pytest.raises(TypeError, match="dct must be datetime.date"):
        TimexTagger().tag("today", "2021-02-25")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        TimexTagger().tag(None, datetime.date(2021, 2, 25))  # type: ignore[arg-type]


def test_tagger_bad_input_long_text_is_not_quadratic():
    import time

    text = "In 2000 and May 2001, on Friday, for two weeks. " * 2000  # 8,000 timexes
    t0 = time.process_time()
    found = TimexTagger().tag(text, datetime.date(2021, 2, 25))
    assert len(found) == 8000
    assert time.process_time() - t0 < 10.0

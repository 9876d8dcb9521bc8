"""TIMEX3 values for the issue-3 acceptance phrases, DCT 2021-02-25 (a Thursday), no parse."""

import datetime

import pytest

from chronist.temporal import Timex, TimexTagger

DCT = datetime.date(2021, 2, 25)


@pytest.fixture(scope="module")
def tagger() -> TimexTagger:
    return TimexTagger()


def _only(tagger: TimexTagger, text: str, dct: datetime.date = DCT) -> Timex:
    found = tagger.tag(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value", "mod"),
    [
        ("On February 20, thousands rallied.", "February 20", "DATE", "2021-02-20", None),
        ("The war broke out last year.", "last year", "DATE", "2020", None),
        ("It was occupied since the early 1990s.", "the early 1990s", "DATE", "199", "START"),
        ("It ended 44 days of fighting.", "44 days", "DURATION", "P44D", None),
        ("after a bloody six-week conflict", "six-week", "DURATION", "P6W", None),
        ("The army said on Thursday it would not act.", "Thursday", "DATE", "2021-02-25", None),
        ("They will meet next Thursday.", "next Thursday", "DATE", "2021-03-04", None),
        ("The deal was signed on November 10.", "November 10", "DATE", "2020-11-10", None),
        ("Prices rose in the late 1970s.", "the late 1970s", "DATE", "197", "END"),
        ("He resigned yesterday.", "yesterday", "DATE", "2021-02-24", None),
        ("in the 20th century", "the 20th century", "DATE", "19", None),
        ("The strike began in January 2020.", "January 2020", "DATE", "2020-01", None),
        ("They met in the summer of 2020.", "the summer of 2020", "DATE", "2020-SU", None),
        ("Talks resume this week.", "this week", "DATE", "2021-W08", None),
        ("The vote is at 12:00 GMT.", "12:00 GMT", "TIME", "2021-02-25T12:00", None),
        ("The office is closed each Thursday.", "each Thursday", "SET", "XXXX-WXX-4", None),
        ("Unrest has grown recently.", "recently", "DATE", "PAST_REF", None),
        ("Elections will be held soon.", "soon", "DATE", "FUTURE_REF", None),
        ("The firm is now bankrupt.", "now", "DATE", "PRESENT_REF", None),
        ("It fell in the third quarter.", "the third quarter", "DATE", "2020-Q3", None),
        ("Fighting lasted more than two weeks.", "more than two weeks", "DURATION", "P2W",
         "MORE_THAN"),
        ("The troops left two years ago.", "two years ago", "DATE", "2019", None),
    ],
)  # fmt: skip
def test_tagger_values_acceptance(tagger, text, span, type_, value, mod):
    t = _only(tagger, text)
    assert (t.text, t.type, t.value, t.mod) == (span, type_, value, mod)
    assert text[t.start : t.end] == t.text


def test_tagger_values_a_day_is_not_a_date(tagger):
    found = tagger.tag("Protesters gathered for a day.", DCT)
    assert all(t.type != "DATE" for t in found)
    assert [(t.text, t.type, t.value) for t in found] == [("a day", "DURATION", "P1D")]


def test_tagger_values_each_thursday_has_freq(tagger):
    t = _only(tagger, "Protests are held each Thursday.")
    assert t.freq == "1W"


def test_tagger_values_duration_never_a_date(tagger):
    for t in tagger.tag("It brought an end to 44 days of fierce fighting.", DCT):
        assert t.type == "DURATION"


def test_tagger_values_relative_to_reference_date(tagger):
    text = "The accord was signed on March 3, 2019. Two days later, the rebels withdrew."
    values = [t.value for t in tagger.tag(text, DCT)]
    assert values == ["2019-03-03", "2019-03-05"]


def test_tagger_values_example_article(tagger):
    with open("../shared/examples/armenia-2021-02-25.txt", encoding="utf-8") as f:
        raw = f.read()
    text = raw.split("2021-02-25", 1)[1]
    got = {(t.text, t.value) for t in tagger.tag(text, DCT)}
    assert {
        ("February 25", "2021-02-25"),
        ("six-week", "P6W"),
        ("last year", "2020"),
        ("44 days", "P44D"),
        ("the early 1990s", "199"),
        ("February 20", "2021-02-20"),
    } <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was a five-year low.", [("five-year", "DURATION", "P5Y", None)]),
        ("He is 37 years old.", []),
        ("Prices doubled twice a week.", [("twice a week", "SET", "P1W", "2X")]),
        ("He earns $5,000 a year.", [("a year", "SET", "P1Y", "1X")]),
        ("The vote is tomorrow's news.", [("tomorrow", "DATE", "2021-02-26", None)]),
        ("He worked there for years.", [("years", "DURATION", "PXY", None)]),
        ("The third-quarter loss grew.", [("third-quarter", "DATE", "2020-Q3", None)]),
        ("Talks ran over three years.", [("three years", "DURATION", "P3Y", None)]),
    ],
)
def test_tagger_values_conventions(tagger, text, expected):
    got = [(t.text, t.type, t.value, t.freq) for t in tagger.tag(text, DCT)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theresa May said in May that talks failed.", [("May", "2020-05")]),
        ("He resigned in protest at May's deal.", []),
        ("They will vote in April.", [("April", "2021-04")]),
        ("A report in March of last year said so.", [("March of last year", "2020-03")]),
    ],
)
def test_tagger_values_month_without_year(tagger, text, expected):
    assert [(t.text, t.value) for t in tagger.tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests erupted on Christmas Eve.", [("Christmas Eve", "2020-12-24")]),
        ("They will meet after Easter.", [("Easter", "2021-04-04")]),
        ("Sales rose at Thanksgiving 2019.", [("Thanksgiving 2019", "2019-11-28")]),
        ("He visited Christmas Island.", []),
        ("Hopes rose with the new year.", [("the new year", "2021")]),
    ],
)
def test_tagger_values_holidays(tagger, text, expected):
    assert [(t.text, t.value) for t in tagger.tag(text, DCT)] == expected

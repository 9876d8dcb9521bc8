"""The learned model drops a rule-coded event from a sentence it reads as eventless (issue 4):
``P(none) >= drop_none`` (0.9) and ``P(type) < DROP_TYPE_FLOOR`` (0.1), unless the event rests on
specific evidence. Sentences are real Wikinews sentences (train-split documents)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.io import Article

pytestmark = pytest.mark.slow

# two actors' anecdotes: the lexicon's "talked" (CONSULT) fires, the model reads no political
# event
EVENTLESS = (
    "Emma Caufield talked of being cast in an NBC television pilot while a recurring guest "
    "actor on Buffy the Vampire Slayer.",
    "Lead Paul Sun-Hyung Lee talked about how the series has been underestimated \"up 'til now.",
)


def _types(pipeline, text: str) -> list[str]:
    art = Article(doc_id="t", pub_date=dt.date(2019, 3, 29), title=None, text=text)
    [(_, events)] = list(pipeline.code_articles([art]))
    return [e["event_type"] for e in events]


@pytest.fixture
def no_drop(pipeline):
    comp = pipeline.nlp.get_pipe("chronist_event_model")
    saved = comp.drop_none
    comp.drop_none = None
    yield pipeline
    comp.drop_none = saved


@pytest.mark.parametrize("text", EVENTLESS)
def test_model_drops_event_of_eventless_sentence(pipeline, text):
    assert _types(pipeline, text) == []


@pytest.mark.parametrize("text,expected", zip(EVENTLESS, ("CONSULT", "CONSULT")))
def test_rules_alone_code_the_dropped_event(no_drop, text, expected):
    assert expected in _types(no_drop, text)


def test_model_keeps_a_real_event(pipeline):
    assert _types(pipeline, "Police arrested ten protesters in Yerevan on Tuesday.") == ["COERCE"]

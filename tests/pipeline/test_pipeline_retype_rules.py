"""How the learned model retypes rule events (issue 4): a hypothetical event keeps its type
when the model reads its modal as a threat (labels/GUIDE.md: the type is that of the event
mentioned, its modality the aux mode), and a retyped event takes its trigger's CAMEO code."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.io import Article

pytestmark = pytest.mark.slow


def _events(pipeline, text: str) -> list[dict]:
    art = Article(doc_id="t", pub_date=dt.date(2021, 6, 1), title=None, text=text)
    [(_, events)] = list(pipeline.code_articles([art]))
    return events


@pytest.mark.parametrize("text, actor", [
    # the model gives THREATEN 0.68 and 0.86 to these sentences (session 15)
    ("The European Union may impose new sanctions on Minsk over the crackdown, diplomats said.",
     "IGOEUREEC"),
    ("The United States may impose further sanctions on Iran over its nuclear programme.", "USA"),
])
def test_possible_sanctions_stay_hypothetical_sanctions(pipeline, text, actor):
    comp = pipeline.nlp.get_pipe("chronist_event_model")
    pred = comp.model.predict([text])[0]
    assert pred.event_type == "THREATEN"  # else this test no longer tests the rule
    events = _events(pipeline, text)  # the session pipeline codes with include_aux
    sanction = [e for e in events if e["event_type"] == "SANCTION"]
    assert sanction and "hypothetical" in sanction[0]["aux_modes"]
    assert sanction[0]["actors"][0]["country"] == actor
    assert not [e for e in events if e["event_type"] == "THREATEN"]
    # without --include-aux the possible sanction is not reported as a plain event
    pipeline.include_aux = False
    try:
        assert not [e for e in _events(pipeline, text) if e["event_type"] == "SANCTION"]
    finally:
        pipeline.include_aux = True


def test_retyped_event_takes_the_lexicon_cameo_code(pipeline):
    """An event the model retypes takes the CAMEO code the lexicon gives its trigger under the
    new type: a ceasefire "signed" that the model reads as SUPPORT is CAMEO 057 (sign formal
    agreement), an ACLED Agreement, not SUPPORT's default 050. ("Signed a ceasefire
    agreement" is a verb-object pattern since session 17, which the model does not retype.)"""
    text = "The government and the rebel coalition signed a truce in Doha on Monday."
    comp = pipeline.nlp.get_pipe("chronist_event_model")
    assert comp.model.predict([text])[0].event_type == "SUPPORT"  # the rules say RETREAT
    [event] = [e for e in _events(pipeline, text) if e["trigger"]["text"] == "signed"]
    assert (event["event_type"], event["cameo_code"]) == ("SUPPORT", "057")
    assert event["acled_type"]["sub_event_type"] == "Agreement"
    assert event["date"]["value"] == "2021-05-31"  # "on Monday" before the DCT 2021-06-01


@pytest.mark.parametrize("text", [
    "Moscow rebuffed Western calls to release the jailed opposition leader.",
    "Pyongyang rebuffed Seoul's offer of talks at the border.",
])
def test_rejecting_a_request_stays_a_rejection(pipeline, text):
    """The model reads the call or offer; the event is its rejection (PLOVER manual 2.0,
    REJECT)."""
    [event] = [e for e in _events(pipeline, text) if e["trigger"]["text"] == "rebuffed"]
    assert event["event_type"] == "REJECT"

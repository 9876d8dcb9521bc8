"""A hypothetical event keeps its type when the model reads its modal as a threat (issue 4,
labels/GUIDE.md: the type is that of the event mentioned, its modality the aux mode)."""

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

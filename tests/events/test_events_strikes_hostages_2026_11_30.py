"""Labour strikes named by a noun, hostages taken, losses inflicted and troops despatched
(session 11; the misses were found in labels/plover_dev2.jsonl, Reuters 1987)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _coded(nlp, text):
    """The rule coder's events, over the spaCy stages only (up to ``recase``)."""
    from chronist.events import find_events

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "recase":
            break
    return {(doc[e.trigger[0]].text, e.event_type, e.mode) for e in find_events(doc)}


@pytest.mark.parametrize("text, trigger, event_type, mode", [
    ("Workers at the Snowflake paper mill went on strike on Monday.", "strike", "PROTEST", "strike"),
    ("Teachers staged a strike over pay in Nairobi.", "strike", "PROTEST", "strike"),
    ("Terry Waite was taken hostage by an armed Lebanese group.", "taken", "ASSAULT", "abduct"),
    ("Iranian troops inflicted severe losses on Iraqi troops.", "inflicted", "ASSAULT", None),
    ("The government despatched troops to the ports.", "despatched", "MOBILIZE", "troops"),
])
def test_new_routes(nlp, text, trigger, event_type, mode) -> None:
    got = _coded(nlp, text)
    assert (trigger, event_type, mode) in got, got


@pytest.mark.parametrize("text", [
    "The union called off the strike on Friday.",
    "The air strike hit a school in the north.",
])
def test_no_labour_strike(nlp, text) -> None:
    assert not {t for t in _coded(nlp, text) if t[:2] == ("strike", "PROTEST")}

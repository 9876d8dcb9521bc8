"""A past participle before its noun describes a state, not a new event ("a convicted
murderer"); an inquiry is an investigation, ACCUSE (labels/GUIDE.md: all investigations are
ACCUSE). Session 16."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word",
    [
        ("One of the men was James Ford, a convicted murderer near the end of his sentence.", "convicted"),
        ("The deployed troops returned home on Friday.", "deployed"),
    ],
)
def test_participle_before_its_noun_is_no_event(rule_events, text, word) -> None:
    assert word not in [t for t, _ in rule_events(text)]


def test_participle_with_its_own_agent_is_still_an_event(rule_events) -> None:
    """Only a bare participle is a state: the verb of the clause still codes."""
    events = rule_events("Police arrested the convicted smuggler in Mombasa.")
    assert [(t, e.event_type) for t, e in events] == [("arrested", "COERCE")]


@pytest.mark.parametrize("noun", ["inquiry", "enquiry"])
def test_an_inquiry_is_an_investigation(rule_events, noun) -> None:
    events = rule_events(f"The ICC prosecutor opened an {noun} into alleged atrocities in Darfur.")
    (event,) = [e for t, e in events if t == noun]
    assert (event.event_type, event.mode, event.cameo_code) == ("ACCUSE", "investigate", "090")

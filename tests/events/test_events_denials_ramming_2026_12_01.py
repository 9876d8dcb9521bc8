"""Denials and admitted facts are no events; ramming attacks are (session 17, from the misses of
labels/plover_dev.jsonl, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The spokesman denied any allegation of wrongdoing by the ministry.",
    "The coach conceded that his side needed to work on some things.",
    "The government rammed the bill through parliament.",
])
def test_no_event(rule_events, text) -> None:
    assert rule_events(text) == []


def test_a_denied_act_is_negated_and_the_denial_no_event(rule_events) -> None:
    events = rule_events("The army denied reports that its soldiers had fired on the crowd.")
    assert [(t, e.event_type, e.aux_modes) for t, e in events] == [("fired", "ASSAULT", {"negated"})]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Israel denied entry to the UN special rapporteur.", "denied", ("REJECT", "120")),
    ("The candidate conceded that he had lost the election.", "conceded", ("CONCEDE", "080")),
    ("The minister conceded defeat on Sunday.", "conceded", ("CONCEDE", "080")),
    ("A car bomb was on Monday rammed into a military base in Maidan Shahr.", "rammed",
     ("ASSAULT", "183")),
    ("A truck rammed into the crowd at the market in Nice.", "rammed", ("ASSAULT", "190")),
])
def test_event(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected

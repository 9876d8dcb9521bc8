"""Sentences written by a helper session to break the session-17 rules, and what they must
give (labels/GUIDE.md; PLOVER manual 2.0)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # a quoted question ends a statement; the march is still reported
    ('Thousands of demonstrators marched through Santiago on Saturday chanting "Where are our '
     'disappeared?"', "PROTEST"),
    # a pay claim is a demand, not an accusation
    ("Employers rejected the union's 10 percent pay claim on Thursday.", "REJECT"),
    ("Hong Kong protested for a 10th straight weekend on Sunday.", "PROTEST"),
    ("Egypt's foreign minister protested the decision in a phone call with his Israeli counterpart.",
     "ACCUSE"),
    ("The government deployed troops in the quake-hit province after looting broke out.", "MOBILIZE"),
    ("Argentina agreed a 57 billion dollar loan with the IMF on Thursday.", "AGREE"),
    ("The main opposition party is banned ahead of next month's elections.", "COERCE"),
    ("Seventy percent of the union's members rejected the government's pay offer in a ballot.",
     "REJECT"),
])
def test_first_event(rule_events, text, expected) -> None:
    assert rule_events(text)[0][1].event_type == expected


@pytest.mark.parametrize("text, trigger", [
    ("A bus rammed into a stationary truck on the highway, killing 12 passengers.", "rammed"),
    ("Thousands of doctors have left their jobs to emigrate to Europe.", "left"),
    ("Health officials sounded the alert over a sharp rise in dengue cases.", "sounded"),
    ("An unexploded World War II bomb went off during construction work in Munich.", "went"),
    ("Britain faces a prison overcrowding crisis.", "faces"),
])
def test_no_event_from_the_trigger(rule_events, text, trigger) -> None:
    assert [t for t, _ in rule_events(text) if t == trigger] == []


def test_what_a_denial_denies_is_negated(rule_events) -> None:
    events = rule_events("Hamas rejected accusations that it had fired the rocket.")
    assert [(t, e.event_type, e.aux_modes) for t, e in events] == [("fired", "ASSAULT", {"negated"})]

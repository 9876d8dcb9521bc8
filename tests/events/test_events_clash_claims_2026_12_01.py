"""Protesters who clash with police riot, and a claim that names an accusation rests on
multi-word evidence (session 15; found when the event model retrained on batch 8 no longer
retyped "clashed" and dropped the example article's coup accusation)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of demonstrators clashed with riot police in Santiago on Friday.",
        "Protesters clashed with police outside the parliament building.",
    ],
)
def test_protesters_clashing_with_police_riot(rule_events, text) -> None:
    """PLOVER manual 2.0, PROTEST riot (CAMEO 145); ACLED Riots/Violent demonstration: the
    rules code it so, whatever the sentence model makes of "clashed"."""
    (event,) = [e for t, e in rule_events(text) if t == "clashed"]
    assert (event.event_type, event.mode, event.cameo_code) == ("PROTEST", "riot", "145")


def test_clashes_between_forces_stay_an_assault(rule_events) -> None:
    (event,) = [e for t, e in rule_events("Troops clashed with rebels near the border.") if t == "clashed"]
    assert event.event_type == "ASSAULT"


def test_protesters_clashing_with_each_other_is_no_riot_against_forces(rule_events) -> None:
    events = [e for t, e in rule_events("Rival groups of protesters clashed with each other.")
              if t == "clashed"]
    assert all(e.mode != "riot" for e in events)


def test_claimed_accusation_is_a_pattern(rule_events) -> None:
    """ "consider X as an attempt at a military coup": the claim verb with the accusation as
    its predicate is specific evidence (source "pattern"), which the sentence model's
    eventless reading does not drop (components._specific)."""
    text = "I consider the statement of the General Staff as an attempt at a military coup."
    (event,) = [e for t, e in rule_events(text) if t == "consider"]
    assert (event.event_type, event.cameo_code, event.source) == ("ACCUSE", "112", "pattern")

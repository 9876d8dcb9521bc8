"""Questions, polls, standing bans, company deals and figurative readings report no event
(session 17, from labels/plover_dev3.jsonl after it was scored blind, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    # interview and rhetorical questions (labels/GUIDE.md)
    "((WN)) Had the federation ever warned you to cover your hair?",
    "Why did you agree to be the running mate of Brian Carroll?",
    # an opinion poll, a standing ban, a blamed cause
    "These polls showed 33 pct supported Labour against 26 pct for the Alliance.",
    "The PKK is banned in Turkey.",
    "The tight money policies were also blamed for producing a deep recession in 1981.",
    # commerce between companies (labels/GUIDE.md)
    "Porex Technologies Corp said it has agreed to merge with its subsidiary Medco Containment Services Inc.",
    "Beijing Non-Ferrous Metals Industrial Corp and <Wrought Copper Ltd> of Chile signed a contract "
    "to build a plant.",
    # figurative and compound readings
    "The committee shot down the proposal on Tuesday.",
    "Waste Recovery said initial demonstration trials are scheduled for the fourth quarter.",
])
def test_no_event(rule_events, text) -> None:
    assert rule_events(text) == []


@pytest.mark.parametrize("text, trigger, expected", [
    ("Rebels attacked the town on Monday. Who will stop them?", "attacked", "ASSAULT"),
    ("The government banned the PKK in 1993.", "banned", "COERCE"),
    ("The opposition was blamed for the violence.", "blamed", "ACCUSE"),
    ("Most senators supported the bill.", "supported", "SUPPORT"),
    ("Russia and China signed a cooperation agreement on Monday.", "signed", "SUPPORT"),
    ("Syrian air defences shot down an Israeli drone over Quneitra.", "shot", "ASSAULT"),
])
def test_still_events(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert event.event_type == expected


def test_a_bomb_going_off_is_an_explosion(rule_events) -> None:
    (event,) = [e for t, e in rule_events("The 100-kg bomb went off outside an officers' mess.") if t == "went"]
    assert (event.event_type, event.mode) == ("ASSAULT", "explosives")
    assert rule_events("The fire alarm went off at noon.") == []


def test_drones_shot_down_in_a_report_are_still_shot_down(rule_events) -> None:
    text = ("On 10 November 2024, Ukrainian air defences shot down 12 Shahed drones over Poltava "
            "oblast; no damage was reported.")
    assert [e.event_type for t, e in rule_events(text) if t == "shot"] == ["ASSAULT"]


def test_coming_to_terms(rule_events) -> None:
    (event,) = [e for _, e in rule_events("The two sides came to terms on a new trade deal.")]
    assert event.event_type == "AGREE"
    assert rule_events("He came to terms with his defeat.") == []


@pytest.mark.parametrize("text", [
    "The news network RTHK withdrew its reporters from the field after one of them was hit.",
    "Earlier that day, the Greek gas producer Energean signed a letter of intent on selling gas.",
])
def test_press_and_trade_named_firms(rule_events, text) -> None:
    assert [t for t, e in rule_events(text) if e.event_type in ("RETREAT", "SUPPORT")] == []

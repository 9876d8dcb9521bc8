"""Handovers of people to justice (CAMEO 063), events that only say who someone is, and
rallies (CAMEO 053, 154; labels/GUIDE.md)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger", [
    ("Serbian authorities transferred former Bosnian Serb leader Radovan Karadzic to the UN war "
     "crimes tribunal in The Hague.", "transferred"),
    ("Pakistan handed over Ramzi Yousef, the suspected mastermind of the 1993 World Trade Center "
     "bombing, to U.S. agents in Islamabad.", "handed"),
])
def test_handing_a_person_to_justice_is_cooperation(rule_events, text, trigger) -> None:
    events = rule_events(text)
    assert events[0][0] == trigger and events[0][1].event_type == "COOPERATE"
    # the bombing only says who he is: it sets the scene
    assert all(e.background for t, e in events if t == "bombing")


@pytest.mark.parametrize("text", [
    "Russia transferred Alexei Navalny to a penal colony in the Arctic.",
    "The bank transferred $2 million to the company.",
])
def test_other_transfers_are_no_cooperation(rule_events, text) -> None:
    assert "COOPERATE" not in [e.event_type for _, e in rule_events(text)]


@pytest.mark.parametrize("text, expected", [
    ("American lawmakers rallied behind President Reagan after the strike.", "SUPPORT"),
    ("Arab tribal militias in Darfur rallied thousands of armed fighters near El Fasher.",
     "MOBILIZE"),
    ("Tens of thousands of Georgians rallied outside parliament in Tbilisi against the bill.",
     "PROTEST"),
    ("Opposition supporters rallied around the parliament building to demand new elections.",
     "PROTEST"),
])
def test_rallies(rule_events, text, expected) -> None:
    assert rule_events(text)[0][1].event_type == expected


@pytest.mark.parametrize("text", [
    "Trump railed against the rioters during his first campaign rally since the pandemic.",
    'Lawson described his remarks as "insignificant," rallying back up to the levels of before.',
])
def test_no_protest_from_campaign_or_market_rallies(rule_events, text) -> None:
    assert "PROTEST" not in [e.event_type for _, e in rule_events(text)]

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


# cases a second helper session wrote against these rules and the end of strikes
@pytest.mark.parametrize("text, absent", [
    ("Miners returned to work at the pit where the 1984 strike began.", "RETREAT"),
    ("Thousands of workers resumed work in the mines, though no strike had been reported.",
     "RETREAT"),
    ("Negotiators resumed work on the draft treaty after a dispute over fishing rights.",
     "RETREAT"),
    ("The government ended the strike by decree and ordered workers back to their jobs.",
     "RETREAT"),
    ("Protesters rallied behind barricades in the city centre.", "SUPPORT"),
    ("Hundreds rallied behind the mosque after Friday prayers.", "SUPPORT"),
    ("Demonstrators rallied around the Supreme Court as the justices heard the case.", "SUPPORT"),
    ("The army transferred Colonel Ahmed Saleh to the Defence Ministry.", "COOPERATE"),
    ("The government transferred 500 police officers to Kabul to reinforce security.",
     "COOPERATE"),
    ("Police transferred Jamal Ahmed to Lagos for further questioning.", "COOPERATE"),
    ("Kidnappers handed over Alan Johnston to Hamas after four months in captivity.",
     "COOPERATE"),
])
def test_near_misses_of_the_new_rules(rule_events, text, absent) -> None:
    assert absent not in [e.event_type for _, e in rule_events(text)]


@pytest.mark.parametrize("text", [
    "Prisoners ended their hunger strike after 30 days.",
    "The hunger strike ended after 40 days.",
])
def test_an_ended_hunger_strike_is_one_retreat(rule_events, text) -> None:
    assert [(t, e.event_type) for t, e in rule_events(text)] == [("ended", "RETREAT")]


def test_states_rally_around_a_state(rule_events) -> None:
    assert rule_events("Arab states rallied around Egypt after the attack.")[0][1].event_type == "SUPPORT"

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


@pytest.mark.parametrize("text", [
    "Wall Street rallied for a second session as bank shares rebounded.",
    "The Nikkei rallied on Friday after the central bank's decision.",
])
def test_exchanges_rallying_are_no_protest(rule_events, text) -> None:
    assert [e.event_type for _, e in rule_events(text)] == []


def test_a_vow_to_fire_rockets_threatens(rule_events) -> None:
    (event,) = [e for t, e in rule_events("The militia vowed to rain rockets on the capital.")
                if t == "vowed"]
    assert event.event_type == "THREATEN"


@pytest.mark.parametrize("text", [
    "Demonstrators, carrying placards asking the president to resign, marched to the palace.",
    "Students marched with banners demanding free tuition.",
])
def test_what_a_placard_says_is_no_request(rule_events, text) -> None:
    """The march is the event; the placard's words are no REQUEST of their own."""
    assert [e.event_type for _, e in rule_events(text)] == ["PROTEST"]


@pytest.mark.parametrize("text, coded", [
    ("Troops were sent in because of the threat of a strike by dock workers.", False),
    ("Nurses accepted the offer, ending any threat of strike action.", False),
    ("The union's threat of a strike worried the government.", True),
    ("Iran issued a threat to close the Strait of Hormuz.", True),
])
def test_a_threat_talked_about_is_no_threat_made(rule_events, text, coded) -> None:
    assert ("threat" in [t for t, _ in rule_events(text)]) is coded

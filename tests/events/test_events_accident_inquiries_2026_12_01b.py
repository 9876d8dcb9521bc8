"""Investigations of accidents, publications that are "released", and the conjuncts of a
request's content (labels/GUIDE.md; PLOVER manual 2.0, ACCUSE and REQUEST)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger", [
    # investigations of accidents are no event (labels/GUIDE.md)
    ("The crash was being investigated by state police and the National Transportation Safety "
     "Board.", "investigated"),
    ("French aviation authorities opened an investigation into the crash of the Air France jet.",
     "investigation"),
    ("Navy divers are investigating the sinking of the ferry.", "investigating"),
    # publishing is no release of people or property (CAMEO 084)
    ("The newspaper obtained the messages and released them publicly on July 13.", "released"),
    ("Trump said he would release his tax returns once the audit was over.", "release"),
])
def test_no_event_from_the_trigger(rule_events, text, trigger) -> None:
    assert [t for t, _ in rule_events(text) if t == trigger] == []


@pytest.mark.parametrize("text, trigger", [
    ("Police are investigating the attack on the mosque.", "investigating"),
    ("The ICC opened an investigation into the killings of protesters.", "investigation"),
])
def test_inquiries_into_violence_stay_accusations(rule_events, text, trigger) -> None:
    assert (trigger, "ACCUSE") in [(t, e.event_type) for t, e in rule_events(text)]


def test_the_second_thing_asked_for_is_part_of_the_request(rule_events) -> None:
    events = rule_events("Southeast Asian leaders pressed the junta chief to halt the killing of "
                         "protesters and release political detainees.")
    assert [(t, e.event_type) for t, e in events] == [("pressed", "REQUEST")]


@pytest.mark.parametrize("text, expected", [
    # a conjunct of the request verb itself is an act of its own
    ("Hamas released two hostages and demanded a ceasefire.",
     [("released", "RETREAT"), ("demanded", "REQUEST")]),
    # and so is one of a finite clause, misparsed under "opposed"
    ("Demonstrators opposed to the Finance Bill breached the Parliament complex in Nairobi and "
     "set part of the building on fire.", "set"),
])
def test_conjuncts_outside_a_request_stay_events(rule_events, text, expected) -> None:
    found = [(t, e.event_type) for t, e in rule_events(text)]
    if isinstance(expected, str):
        assert expected in [t for t, _ in found]
    else:
        assert found == expected


@pytest.mark.parametrize("text, trigger", [
    # ending a strike that happened is RETREAT (labels/GUIDE.md, batch 7)
    ("The strikers returned to work after an agreement was reached last night.", "returned"),
    ("Dock workers ended their two-week strike on Monday.", "ended"),
    ("SAO PAULO - A Brazilian seamen's strike, which began on February 27, has now ended, a "
     "seamen's spokesman said.", "ended"),
])
def test_the_end_of_a_strike_is_a_retreat(rule_events, text, trigger) -> None:
    assert (trigger, "RETREAT") in [(t, e.event_type) for t, e in rule_events(text)]


@pytest.mark.parametrize("text", [
    "Workers went back to work after the Christmas holiday.",  # no strike
    "The war ended in 1988.",
])
def test_other_returns_and_ends_are_no_retreat(rule_events, text) -> None:
    assert "RETREAT" not in [e.event_type for _, e in rule_events(text)]


# cases a helper session wrote to break the rules above
@pytest.mark.parametrize("text, trigger", [
    ("The transport ministry ordered an investigation into the train derailment near Odisha.",
     "ordered"),
    ("Parliament set up a commission of inquiry into the sinking of the ferry.", "inquiry"),
])
def test_accident_inquiries_found_through_the_verb_or_noun_above(rule_events, text, trigger) -> None:
    assert [t for t, _ in rule_events(text) if t == trigger] == []


@pytest.mark.parametrize("text, trigger", [
    ("Fire officials are investigating the blaze at the mosque as arson.", "investigating"),
    ("Police are investigating the crash and the attempted cover-up by local officials.",
     "investigating"),
    ("The UN opened a probe into the enforced disappearance of 43 students.", "probe"),
    ("The navy opened an inquiry into the sinking of the fishing boat by a Chinese coast guard "
     "vessel.", "inquiry"),
    ("Police launched an inquiry into the blaze that destroyed the opposition party's "
     "headquarters.", "inquiry"),
])
def test_inquiries_that_may_be_into_crimes_stay_accusations(rule_events, text, trigger) -> None:
    assert (trigger, "ACCUSE") in [(t, e.event_type) for t, e in rule_events(text)]


def test_people_released_publicly_are_released(rule_events) -> None:
    events = rule_events("The government released the detained activists publicly at a ceremony.")
    assert [(t, e.event_type) for t, e in events] == [("released", "RETREAT")]


@pytest.mark.parametrize("text, expected", [
    ("The envoy urged the rebels to accept the ceasefire and free the hostages.",
     [("urged", "REQUEST")]),
    ("The EU called on Serbia to condemn the attack and arrest the suspects.",
     [("called", "REQUEST")]),
    # a finite conjunct hung under the infinitive is an act of its own
    ("The government refused to negotiate and arrested the strike leaders.",
     [("refused", "REJECT"), ("arrested", "COERCE")]),
    ("The president agreed to meet the protesters and released 50 detainees.",
     [("agreed", "AGREE"), ("released", "RETREAT")]),
])
def test_request_content_and_finite_conjuncts(rule_events, text, expected) -> None:
    assert [(t, e.event_type) for t, e in rule_events(text)] == expected

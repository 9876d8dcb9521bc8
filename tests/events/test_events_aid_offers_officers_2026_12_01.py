"""Aid offered, freed, agreed or sent for relief; company officers' resignations; prevented acts
(session 17, from the misses of labels/plover_dev.jsonl, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, expected", [
    # an offer of aid is an intent (CAMEO 033, AGREE), not aid given (labels/GUIDE.md)
    ("Saouma also formally offered the country 200,000 dlrs in aid for technicians.", "offered",
     ("AGREE", "033")),
    ("The administration moved to free the remaining 40 mln dlrs in aid for the contras.", "free",
     ("AID", "070")),
    ("Japan's Export-Import Bank agreed a 900 mln dlr loan to Indonesia.", "agreed", ("AID", "071")),
    ("The army deployed 5,000 soldiers to help flood victims in Sindh.", "deployed", ("AID", "073")),
    # not relief: a show of force, a release, a promise
    ("Russia deployed troops to the border with Ukraine.", "deployed", ("MOBILIZE", "152")),
    ("The rebels freed 12 hostages on Sunday.", "freed", ("RETREAT", "0841")),
    ("Militants in the Sahel freed two Italian aid workers held since March.", "freed",
     ("RETREAT", "0841")),
    ("The Indian army put its troops on high alert along the Line of Control after militants "
     "stormed a base in Uri.", "put", ("MOBILIZE", "152")),
    ("Japan agreed to provide aid to the Philippines.", "agreed", ("AGREE", "030")),
])
def test_aid_or_not(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text", [
    "Rolf Selowsky, financial member of the management board, has resigned in the wake of the affair.",
    "Martin Ardbo, managing director of <AB Bofors>, has resigned, the company said.",
])
def test_company_officers_resigning_is_no_event(rule_events, text) -> None:
    assert [t for t, e in rule_events(text) if e.event_type == "RETREAT"] == []


def test_a_minister_resigning_is_still_a_retreat(rule_events) -> None:
    (event,) = [e for _, e in rule_events("Prime Minister Ardbo resigned on Tuesday.")]
    assert event.event_type == "RETREAT"


def test_a_prevented_deployment_is_negated(rule_events) -> None:
    (event,) = [e for _, e in rule_events(
        "Japan's constitution prevents its armed forces from being deployed overseas.")]
    assert (event.event_type, event.aux_modes) == ("MOBILIZE", {"negated"})

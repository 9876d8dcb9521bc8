"""CAMEO verb patterns with their objects (session 16, from the misses of
labels/plover_style_dev5.jsonl, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, expected", [
    ("Iran has massed tanks and artillery near the border.", "massed", ("MOBILIZE", "152")),
    ("Chinese and Pakistani warships began joint manoeuvres in the Arabian Sea.", "manoeuvres",
     ("COOPERATE", "062")),
    ("Tokyo extended a credit line of $2 billion to Jakarta.", "extended", ("AID", "071")),
    ("A federal judge dismissed the lawsuit against the ministry.", "dismissed", ("REJECT", "120")),
    ("Police rounded up dozens of opposition activists in Tbilisi.", "rounded", ("COERCE", "173")),
    ("Tax inspectors searched the newspaper's offices in Istanbul.", "searched", ("COERCE", "171")),
    ("Several presidents sent congratulations to the winner of the election.", "sent",
     ("SUPPORT", "051")),
])
def test_verb_with_its_object(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text", [
    "The coast guard searched the waters for survivors.",
    "The bank extended its opening hours.",
    "The minister sent a letter to the committee.",
])
def test_other_objects_code_nothing(rule_events, text) -> None:
    assert rule_events(text) == []


@pytest.mark.parametrize("text, trigger, expected", [
    ("The government bowed to months of strikes and raised the minimum wage.", "bowed",
     ("CONCEDE", "080")),
    ("The junta gave in to the demands of the protesters.", "gave", ("CONCEDE", "080")),
    ("The foreign ministry deplored the shelling of the embassy.", "deplored", ("ACCUSE", "111")),
    # a vow to deploy troops to help is no threat; one to crush a revolt is
    ("The minister vowed to send troops to help the flood victims.", "vowed", ("AGREE", "030")),
    ("The president vowed to send troops to crush the rebellion.", "vowed", ("THREATEN", "138")),
])
def test_verbs_of_yielding_deploring_and_vowing(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


def test_the_anniversary_of_a_crackdown_is_no_crackdown(rule_events) -> None:
    events = rule_events("Police were deployed in the capital on the anniversary of the crackdown.")
    assert [(t, e.event_type) for t, e in events] == [("deployed", "MOBILIZE")]

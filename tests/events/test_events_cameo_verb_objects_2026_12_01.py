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

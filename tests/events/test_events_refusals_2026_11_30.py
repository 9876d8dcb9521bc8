"""A willed negation of accepting, recognising, supporting, negotiating or yielding is a
refusal, REJECT (labels/GUIDE.md: refusals -> REJECT), not a negated event; a past "did not"
stays a negated event; a vow of vengeance or a warning of arrests or of a conditional
blockade threatens, a warning of the weather does not (session 13)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, trigger, cameo",
    [
        ("Cyprus said it would not recognise the new border agreement.", "recognise", "120"),
        ("Hungary will not accept the migration pact, the prime minister said.", "accept", "120"),
        ("We do not support sanctions against our neighbours.", "support", "120"),
        ("The rebels will not negotiate with the government until the army withdraws.",
         "negotiate", "125"),
        ("The cabinet decided not to accept the IMF offer of a standby loan.", "accept", "122"),
        ("The government insisted it would not yield to the kidnappers.", "yield", "124"),
        ("Israel said it won't allow the inspectors into the site.", "allow", "120"),
    ],
)
def test_willed_negation_is_reject(rule_events, text, trigger, cameo) -> None:
    events = {t: e for t, e in rule_events(text)}
    assert trigger in events, events
    e = events[trigger]
    assert (e.event_type, e.cameo_code) == ("REJECT", cameo)
    assert not e.aux_modes & {"negated", "hypothetical", "future"}


@pytest.mark.parametrize(
    "text, trigger, event_type",
    [
        ("The ministers did not endorse the resolution on a common currency.", "endorse", "SUPPORT"),
        ("The two leaders did not sign the joint statement.", "sign", "SUPPORT"),
    ],
)
def test_past_negation_stays_negated(rule_events, text, trigger, event_type) -> None:
    events = {t: e for t, e in rule_events(text)}
    assert events[trigger].event_type == event_type
    assert "negated" in events[trigger].aux_modes


@pytest.mark.parametrize(
    "text",
    [
        "The new rules would not allow banks to lend more.",       # a thing as subject
        "Sanctions would not be lifted until the troops withdraw.",  # passive
        "The minister said the talks would not support any deal.",  # talks: a thing
    ],
)
def test_no_refusal_without_someone_refusing(rule_events, text) -> None:
    assert not [e for _, e in rule_events(text) if e.event_type == "REJECT"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The militants vowed to avenge the death of their commander.", "vowed"),
        ("The interior ministry warned that anyone taking part in the banned march would be "
         "detained.", "warned"),
        ("Farmers warned they would blockade the capital's ring road if the subsidies were cut.",
         "warned"),
    ],
)
def test_vows_of_vengeance_and_warnings_of_arrest_threaten(rule_events, text, trigger) -> None:
    assert (trigger, "THREATEN") in {(t, e.event_type) for t, e in rule_events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned that roads in the north could be closed by heavy snow.",
        "Police warned residents that the storm could shut schools.",
    ],
)
def test_warnings_of_weather_do_not_threaten(rule_events, text) -> None:
    assert "THREATEN" not in {e.event_type for _, e in rule_events(text)}

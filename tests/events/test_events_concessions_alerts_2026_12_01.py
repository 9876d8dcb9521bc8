"""Declared or planned concessions and military alerts (session 17, from the misses of
labels/plover_dev2.jsonl and plover_dev.jsonl, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, expected", [
    ("Craxi told the Senate he would hand his resignation to the president.", "resignation",
     ("CONCEDE", "080")),
    ("France has withdrawn its objections and backed a new compromise budget.", "withdrawn",
     ("CONCEDE", "080")),
    ("U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN", "END", ("CONCEDE", "081")),
    ("The United States may lift an additional 84 mln dlrs in trade sanctions against Japan.", "lift",
     ("CONCEDE", "081")),
    ("The government suspended the fuel tax increase after the strike.", "suspended",
     ("CONCEDE", "0832")),
    # carried out: RETREAT (PLOVER manual 2.0: immediate material consequences)
    ("The United States lifted sanctions on Sudan on Friday.", "lifted", ("RETREAT", "085")),
])
def test_declared_concessions(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("An officer told Reuters an alert had been sounded at the camp.", "sounded", ("MOBILIZE", "152")),
    ("Ergenc said all leave had been cancelled for members of the armed forces in the Aegean.",
     "cancelled", ("MOBILIZE", "152")),
    ("Greek newspapers reported that the Greek army, navy and air force had been moved to "
     "strategic islands in the Aegean.", "moved", ("MOBILIZE", "152")),
    ("Reagan approved plans to step up the naval presence in the Gulf.", "step", ("MOBILIZE", "154")),
])
def test_alerts_and_deployments(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text", [
    "The company cancelled all leave for its staff over Christmas.",
    "The retailer stepped up its presence in Asia.",
])
def test_civilian_readings_code_nothing(rule_events, text) -> None:
    assert rule_events(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("More than 600 workers in the construction firm at Titograd left their jobs because they had "
     "not been paid.", "left"),
    ("Dock workers downed tools on Monday over pay.", "downed"),
    ("Nurses walked off the job in Auckland on Tuesday.", "walked"),
])
def test_workers_leaving_work_strike(rule_events, text, trigger) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.mode) == ("PROTEST", "strike")


def test_one_person_leaving_a_job_is_no_strike(rule_events) -> None:
    assert rule_events("He left his job at the bank in 2010 to run for office.") == []


@pytest.mark.parametrize("text, trigger", [
    ("The House voted to impeach President Trump on Wednesday.", "impeach"),
    ("In 1998, Clinton was impeached for lying to investigators.", "impeached"),
])
def test_impeachment_accuses(rule_events, text, trigger) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.mode) == ("ACCUSE", "allege")


def test_a_meeting_where_something_is_said_is_no_consultation(rule_events) -> None:
    assert rule_events("The aide said at a private meeting that the cabinet would fall.") == []


@pytest.mark.parametrize("text, trigger, expected", [
    ("ROTTERDAM SIGNS COOPERATION AGREEMENT WITH TOKYO", "SIGNS", ("SUPPORT", "pattern")),
    ("Israel and Jordan signed a peace treaty at the Arava border crossing on Wednesday.", "signed",
     ("SUPPORT", "pattern")),
    # a planned signing is AGREE (labels/GUIDE.md: "plans to sign")
    ("Kiev and Moscow may sign a new gas transit agreement as early as next week.", "sign",
     ("AGREE", "pattern")),
    ("The leaders plan to sign the accord in June.", "sign", ("AGREE", "pattern")),
])
def test_signing_an_agreement(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.source) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indonesia has protested to the European Community about its plan to raise import duties.",
     "ACCUSE"),
    ("Shultz is expected to protest about a spying network at the U.S. Embassy.", "ACCUSE"),
    ("The French government strongly protests against the closing of Canadian ports.", "ACCUSE"),
    ("Thousands of students protested in Dhaka against job quotas.", "PROTEST"),
    ("Navalny protested outside the court.", "PROTEST"),
])
def test_a_states_protest_is_a_complaint(rule_events, text, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t.lower().startswith("protest")]
    assert event.event_type == expected


def test_protests_going_on_set_the_scene(rule_events) -> None:
    events = dict(rule_events("Police shoot teenage protester as Hong Kong demonstrations continue"))
    assert (events["shoot"].background, events["demonstrations"].background) == (False, True)
    (event,) = [e for _, e in rule_events("Protests continue in Hong Kong.")]
    assert not event.background


def test_a_call_that_is_the_topic_of_a_statement_is_no_consultation(rule_events) -> None:
    assert rule_events("Regarding Trump's phone call, a former prosecutor said via Twitter that it "
                       "was a crime.") == []
    (event,) = [e for _, e in rule_events("The two presidents spoke in a phone call on Monday.")]
    assert event.event_type == "CONSULT"


def test_talks_ended_without_agreement_are_a_failed_agreement(rule_events) -> None:
    events = dict(rule_events("EC ministers ended talks this morning having failed to get any "
                              "agreement on agricultural prices."))
    assert events["talks"].background and events["get"].event_type == "AGREE"
    assert events["get"].aux_modes == {"negated"}

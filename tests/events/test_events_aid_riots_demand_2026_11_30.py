"""Aid carried by air or by a conveyance, stones thrown at police, the economists' demand,
questioning by police, ultimatums, barred monitors, rights stripped, and what an inquiry looks
into (session 13; misses found in labels/plover_style_dev3.jsonl, plover_style_dev4.jsonl and
plover_dev.jsonl)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def rule_coded(rule_events):
    """The rule coder's (trigger, PLOVER type, CAMEO code) triples."""
    return lambda text: {(t, e.event_type, e.cameo_code) for t, e in rule_events(text)}


@pytest.mark.parametrize(
    "text, trigger, cameo",
    [
        ("UNICEF airlifted blankets and tents to the earthquake zone in eastern Turkey.",
         "airlifted", "070"),
        ("Pakistan dispatched two planes carrying doctors and medicine to flood-hit Libya.",
         "dispatched", "070"),
        ("Germany delivered the first batch of rocket launchers to Kyiv on Tuesday.",
         "delivered", "070"),
    ],
)
def test_aid_sent_or_carried(rule_coded, text, trigger, cameo) -> None:
    assert (trigger, "AID", cameo) in rule_coded(text)


def test_a_company_shipment_is_no_aid(rule_coded) -> None:
    assert not {x for x in rule_coded("The carmaker dispatched trucks carrying new cars to dealers.")
                if x[1] == "AID"}


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Masked youths hurled petrol bombs at riot police in Belfast for a second night.", "hurled"),
        ("Villagers threw stones at soldiers who came to demolish the houses.", "threw"),
    ],
)
def test_stones_thrown_at_police_are_a_riot(rule_coded, text, trigger) -> None:
    assert (trigger, "PROTEST", "145") in rule_coded(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police threw stones at the protesters.", "ASSAULT"),       # forces throwing: an attack
        ("A man threw a grenade at police officers.", "ASSAULT"),    # a grenade: an attack
    ],
)
def test_forces_or_grenades_stay_assault(rule_coded, text, expected) -> None:
    assert {x[1] for x in rule_coded(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Economists blamed the slowdown on weak domestic demand.",
        "Strong demand for steel in China lifted prices.",
        "Oil demand will fall this year, the agency said.",
    ],
)
def test_market_demand_is_no_request(rule_coded, text) -> None:
    assert not {x for x in rule_coded(text) if x[1] == "REQUEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters repeated their demand for the president's resignation.",
        "The opposition issued a demand that the government resign.",
    ],
)
def test_a_demand_made_is_request(rule_coded, text) -> None:
    assert {x[1] for x in rule_coded(text)} == {"REQUEST"}


@pytest.mark.parametrize(
    "text, trigger, event_type, cameo",
    [
        ("The former minister was questioned by police on Tuesday over the missing funds.",
         "questioned", "ACCUSE", "091"),
        ("The mayor was questioned on suspicion of taking bribes.", "questioned", "ACCUSE", "091"),
        ("The rebels gave the government 48 hours to release their comrades.",
         "gave", "THREATEN", "139"),
        ("Moscow barred OSCE observers from the occupied region.", "barred", "REJECT", "1245"),
        ("Bahrain stripped 138 people of their citizenship after a mass trial.",
         "stripped", "COERCE", "172"),
        ("Parliament stripped the opposition leader of his immunity.", "stripped", "COERCE", "172"),
    ],
)
def test_questioning_ultimatums_and_barred_monitors(rule_coded, text, trigger, event_type, cameo) -> None:
    assert (trigger, event_type, cameo) in rule_coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters questioned the minister about the budget.",   # not investigators
        "The coach gave the players two days off.",             # no deadline to do something
        "Workers stripped the walls of old paint.",               # no right or status
    ],
)
def test_no_investigation_or_ultimatum(rule_coded, text) -> None:
    assert not rule_coded(text)


@pytest.mark.parametrize(
    "text, inquiry, inquired",
    [
        ("The UN opened an investigation into the killings of protesters in Khartoum.",
         "investigation", "killings"),
        ("The army launched a probe into the bombing of the hospital.", "probe", "bombing"),
    ],
)
def test_what_an_inquiry_looks_into_is_background(rule_events, text, inquiry, inquired) -> None:
    events = {t: e for t, e in rule_events(text)}
    assert events[inquiry].event_type == "ACCUSE" and not events[inquiry].background
    assert events[inquired].event_type == "ASSAULT" and events[inquired].background


@pytest.mark.parametrize(
    "text, trigger, event_type, cameo",
    [
        ("Armenia and Turkey restored direct flights for the first time in two years.",
         "restored", "COOPERATE", "061"),
        ("The two Koreas resumed rail traffic across the border.", "resumed", "COOPERATE", "061"),
        ("The prime minister paid tribute to the firefighters who died in the blaze.",
         "paid", "SUPPORT", "051"),
    ],
)
def test_services_restored_and_tributes_paid(rule_coded, text, trigger, event_type, cameo) -> None:
    assert (trigger, event_type, cameo) in rule_coded(text)


def test_a_trip_made_is_a_visit(rule_coded) -> None:
    assert ("made", "CONSULT", "042") in rule_coded(
        "The Indian prime minister made a two-day trip to Dhaka last week.")

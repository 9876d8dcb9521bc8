"""COERCE cyber, misinformation and withhold (PLOVER manual 2.0, COERCE modes)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, trigger, mode", [
    ("Hackers linked to the Chinese military broke into email servers of the Philippine foreign "
     "ministry.", "broke", "cyber"),
    ("A state-linked network ran thousands of fake accounts to spread disinformation about "
     "Western governments, Meta said.", "spread", "misinformation"),
    ("Russian operatives ran a fake-news campaign on social media aimed at Moldovan voters.",
     "ran", "misinformation"),
    ("Ethiopia's government shut off phone and internet services across the Tigray region.",
     "shut", "censor"),
    ("The junta shut off electricity and water to the rebel-held town.", "shut", "withhold"),
])
def test_coerce_modes(rule_events, text, trigger, mode) -> None:
    events = [(t, e.event_type, e.mode) for t, e in rule_events(text)]
    assert events[0] == (trigger, "COERCE", mode)


@pytest.mark.parametrize("text", [
    "Burglars broke into the house and stole jewellery.",
    "The rumour spread quickly across the city.",
])
def test_no_cyber_or_misinformation(rule_events, text) -> None:
    assert not [e for _, e in rule_events(text) if e.mode in ("cyber", "misinformation")]


@pytest.mark.parametrize("text", [
    "Exxon agreed to buy Mobil for about $75 billion in the biggest corporate merger ever.",
    "Daimler-Benz and Chrysler agreed to merge in a $36 billion deal.",
])
def test_company_deals_are_no_event(rule_events, text) -> None:
    assert [e.event_type for _, e in rule_events(text)] == []


@pytest.mark.parametrize("text", [
    "India agreed to buy 36 Rafale fighter jets from France.",
    "The two parties agreed to merge ahead of the election.",
])
def test_state_purchases_and_party_mergers_stay_agreements(rule_events, text) -> None:
    assert rule_events(text)[0][1].event_type == "AGREE"


@pytest.mark.parametrize("text, trigger", [
    ("Anti-racism protesters in Bristol tore down a statue of the slave trader Edward Colston.",
     "tore"),
    ("Climate activists daubed red paint on the facade of the German finance ministry.", "daubed"),
    ("Climate activists threw tomato soup over Van Gogh's Sunflowers at the National Gallery.",
     "threw"),
])
def test_protesters_damage_is_a_violent_protest(rule_events, text, trigger) -> None:
    t, e = rule_events(text)[0]
    assert (t, e.event_type, e.mode) == (trigger, "PROTEST", "riot")


def test_activists_tearing_up_paper_is_no_riot(rule_events) -> None:
    assert "PROTEST" not in [e.event_type for _, e in rule_events(
        "Activists tore up copies of the bill outside parliament.")]


def test_embargoes_are_sanctions_as_the_manual_says() -> None:
    """CAMEO 163 is COERCE in CAMEO2PLOVER-2021.txt; the PLOVER manual codes international
    sanctions as SANCTION discontinue (chronist.events._plover.MANUAL_OVERRIDES)."""
    from chronist.events._plover import plover_for_cameo

    entry = plover_for_cameo("163")
    assert (entry.event_type, entry.mode) == ("SANCTION", "discontinue")
    assert plover_for_cameo("172").event_type == "COERCE"


@pytest.mark.parametrize("text, expected", [
    ("The UN Security Council imposed a worldwide oil and arms embargo on Haiti.", "SANCTION"),
    ("Russia banned imports of Georgian wine, citing health concerns.", "SANCTION"),
    ("The government banned the sale of alcohol.", "COERCE"),
])
def test_embargoes_and_bans(rule_events, text, expected) -> None:
    assert rule_events(text)[0][1].event_type == expected


@pytest.mark.parametrize("text, expected", [
    ("Authorities in Belarus barred the opposition leader from running for office.", "COERCE"),
    ("The court barred its leaders from politics for ten years.", "COERCE"),
    # barring from entering is a denial of entry, as the labels have it
    ("Israel barred a UN fact-finding mission from entering the country.", "REJECT"),
    ("Israel imposed a total closure on the West Bank and Gaza Strip.", "COERCE"),
])
def test_barring_and_closures(rule_events, text, expected) -> None:
    assert rule_events(text)[0][1].event_type == expected


def test_a_referee_barring_a_player_is_no_event(rule_events) -> None:
    assert rule_events("The referee barred him from the match.") == []


# cases a third helper session wrote against the rules above
@pytest.mark.parametrize("text, expected", [
    ("The rebels agreed to merge into the national army under the peace deal.", "AGREE"),
    ("Iran agreed to acquire fighter jets from Russia.", "AGREE"),
    ("The government launched a campaign against disinformation.", None),
    ("The newspaper ran a series of articles on Russian propaganda.", None),
    ("Protesters threw flowers at the statue of Gandhi to mark his birthday.", None),
    ("The storm shut off power to more than 200,000 homes in Florida.", None),
    ("The army suspended the national service programme for a year.", None),
    ("The constitution bars the president from running for a third term.", None),
    ("The storm barred ships from leaving the port for three days.", None),
    ("The government banned the export of rice to keep domestic prices down.", "COERCE"),
    ("China banned imports of Australian coal.", "SANCTION"),
    ("The management imposed the closure of the factory after losses.", None),
    ("U.N. Secretary-General Ban Ki-moon held a videoconference with the presidents of five "
     "Sahel states.", "CONSULT"),
])
def test_near_misses_of_the_coerce_rules(rule_events, text, expected) -> None:
    events = rule_events(text)
    assert (events[0][1].event_type if events else None) == expected

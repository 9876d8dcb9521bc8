"""Denials and admitted facts are no events; ramming attacks are (session 17, from the misses of
labels/plover_dev.jsonl, with sentences of our own)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The spokesman denied any allegation of wrongdoing by the ministry.",
    "The coach conceded that his side needed to work on some things.",
    "The government rammed the bill through parliament.",
])
def test_no_event(rule_events, text) -> None:
    assert rule_events(text) == []


def test_a_denied_act_is_negated_and_the_denial_no_event(rule_events) -> None:
    events = rule_events("The army denied reports that its soldiers had fired on the crowd.")
    assert [(t, e.event_type, e.aux_modes) for t, e in events] == [("fired", "ASSAULT", {"negated"})]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Israel denied entry to the UN special rapporteur.", "denied", ("REJECT", "120")),
    ("The candidate conceded that he had lost the election.", "conceded", ("CONCEDE", "080")),
    ("The minister conceded defeat on Sunday.", "conceded", ("CONCEDE", "080")),
    ("A car bomb was on Monday rammed into a military base in Maidan Shahr.", "rammed",
     ("ASSAULT", "183")),
    ("A truck rammed into the crowd at the market in Nice.", "rammed", ("ASSAULT", "190")),
])
def test_event(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text", [
    "The Russian government dismissed the claim from Berlin as groundless.",
    "Iran rejected the accusations as baseless.",
])
def test_dismissing_an_accusation_is_a_denial(rule_events, text) -> None:
    assert rule_events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A federal judge dismissed the charges against the former minister.", ("REJECT", "120")),
    ("The council rejected the proposal.", ("REJECT", "120")),
])
def test_courts_and_proposals_are_still_rejected(rule_events, text, expected) -> None:
    (event,) = [e for _, e in rule_events(text)]
    assert (event.event_type, event.cameo_code) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # a declared resignation or withdrawal is a verbal concession (PLOVER manual 2.0, CONCEDE)
    ("Puerto Rico governor announces resignation following protests", "resignation",
     ("CONCEDE", "080")),
    ("US President Trump announces troop withdrawal from Syria", "withdrawal", ("CONCEDE", "080")),
    ("The prime minister will resign next week, his office said.", "resign", ("CONCEDE", "080")),
    ("The government plans to withdraw its troops from the border region.", "withdraw",
     ("CONCEDE", "080")),
    # carried out: RETREAT
    ("The minister resigned on Tuesday.", "resigned", ("RETREAT", "084")),
    ("Russian troops withdrew from Kherson.", "withdrew", ("RETREAT", "0872")),
    # leaving an organisation stays SANCTION withdraw
    ("The military governments of Mali, Burkina Faso and Niger announced their immediate withdrawal "
     "from the West African bloc ECOWAS.",
     "withdrawal", ("SANCTION", "166")),
])
def test_declared_or_carried_out_retreat(rule_events, text, trigger, expected) -> None:
    (event,) = [e for t, e in rule_events(text) if t == trigger]
    assert (event.event_type, event.cameo_code) == expected


def test_facing_prison_is_a_hypothetical_sentence(rule_events) -> None:
    (event,) = [e for t, e in rule_events(
        "Leonard Slutsky, 41, faces up to five years in prison for bank bribery.") if t == "faces"]
    assert (event.event_type, event.mode, event.aux_modes) == ("SANCTION", "convict", {"hypothetical"})


def test_facing_charges_is_an_accusation(rule_events) -> None:
    (event,) = [e for t, e in rule_events(
        "Roger King, chairman of King World Productions Inc, faces charges of cocaine possession.")
        if t == "faces"]
    assert (event.event_type, event.mode) == ("ACCUSE", "allege")


def test_being_subject_to_a_fine_is_a_hypothetical_sanction(rule_events) -> None:
    (event,) = [e for _, e in rule_events("Offenders are subject to a fine of up to 500 dollars.")]
    assert (event.event_type, event.aux_modes) == ("SANCTION", {"hypothetical"})
    assert rule_events("The plan is subject to approval by parliament.") == []

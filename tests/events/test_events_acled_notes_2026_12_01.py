"""ACLED-style notes (session 16, from the misses of labels/acled_dev5.tsv, with sentences of
our own): fires set, arrests by "apprehend", "alleged" as an attribute, a main verb misread
after a parenthesised acronym, the group named before it, places in ACLED's bracket style,
and the forces of a raid an arrest happened in."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.io import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, word", [
    ("Gunmen set three buses on fire in Kumba.", "set"),
    ("Unidentified attackers set a school ablaze in Kasai.", "set"),
])
def test_setting_on_fire_destroys(rule_events, text, word) -> None:
    (event,) = [e for t, e in rule_events(text) if t == word]
    assert (event.event_type, event.mode, event.cameo_code) == ("ASSAULT", "destroy", "1712")


def test_apprehended_is_an_arrest_and_alleged_an_attribute(rule_events) -> None:
    events = rule_events("Police said they had apprehended 5 alleged gang members in Cali.")
    assert [(t, e.event_type, e.mode) for t, e in events] == [("apprehended", "COERCE", "arrest")]


def _coded(pipeline, text):
    art = Article(doc_id="t", pub_date=dt.date(2023, 5, 2), title=None, text=text)
    return next(pipeline.code_articles([art]))[1]


def test_main_verb_after_a_parenthesised_acronym(pipeline) -> None:
    """The parser reads "killed" as a participle of "militants" (after "(ISWAP)"); the
    militants are still the attackers, and the name before the parenthesis names them."""
    events = _coded(pipeline, "Islamic State West Africa Province (ISWAP) militants killed 12 "
                              "fishermen near Baga (Kukawa, Borno).")
    (event,) = [e for e in events if e["trigger"]["text"] == "killed"]
    assert event["event_type"] == "ASSAULT"
    assert [(a["name"], a["country"], a["sector"]) for a in event["actors"]] == [
        ("Islamic State West Africa Province", "NGA", "REB")]
    assert event["recipients"][0]["text"].endswith("fishermen")
    # ACLED's bracket: Baga lies in Kukawa (which the gazetteer lacks), Borno; not Baga, Spain
    assert (event["location"]["name"], event["location"]["country"]) == ("Borno", "NGA")


def test_arrest_in_a_police_raid_names_the_police(pipeline) -> None:
    events = _coded(pipeline, "A suspected gang leader was arrested in a police raid in "
                              "Tegucigalpa (Distrito Central, Francisco Morazan).")
    (event,) = [e for e in events if e["trigger"]["text"] == "arrested"]
    assert (event["event_type"], event["acled_type"]["sub_event_type"]) == ("COERCE", "Arrests")
    assert [(a["text"], a["country"], a["sector"]) for a in event["actors"]] == [
        ("police", "HND", "COP")]


@pytest.mark.parametrize("text, trigger, label", [
    # weapons make remote violence whoever throws them, not a riot of "two men"
    ("A grenade was thrown at a bank in Goma (Goma, Nord-Kivu) by two men on a motorbike.",
     "thrown", "Grenade"),
    # violence during protests by the protesters' side is a violent demonstration
    ("Supporters of the opposition leader looted shops in Conakry (Conakry, Conakry) during "
     "protests against his detention.", "looted", "Violent demonstration"),
    # an arrest at a campaign rally is an arrest, not an intervention in a protest
    ("Police arrested an opposition candidate at a campaign rally in Gulu (Gulu, Northern).",
     "arrested", "Arrests"),
])
def test_acled_labels_of_notes(pipeline, text, trigger, label) -> None:
    (event,) = [e for e in _coded(pipeline, text) if e["trigger"]["text"] == trigger]
    assert event["acled_type"]["sub_event_type"] == label


def test_forces_backed_by_others_are_no_support_event(rule_events) -> None:
    events = rule_events("Army units backed by local militia recaptured the town of Kalehe.")
    assert [t for t, _ in events if t == "backed"] == []
    assert rule_events("The resolution was backed by 120 countries.")[0][1].event_type == "SUPPORT"


@pytest.mark.parametrize("text, trigger, expected", [
    ("Government forces entered Kidal (Kidal, Kidal) without resistance after the rebels left.",
     "entered", ("COERCE", "Non-violent transfer of territory")),
    ("Rebel fighters moved into Bunagana (Rutshuru, Nord-Kivu) unopposed.",
     "moved", ("COERCE", "Non-violent transfer of territory")),
    ("Al Shabaab militants abandoned the town of Bulo Burto (Bulo Burto, Hiraan) on Sunday.",
     "abandoned", ("RETREAT", "Non-violent transfer of territory")),
])
def test_territory_changing_hands_without_a_fight(pipeline, text, trigger, expected) -> None:
    (event,) = [e for e in _coded(pipeline, text) if e["trigger"]["text"] == trigger]
    assert (event["event_type"], event["acled_type"]["sub_event_type"]) == expected


def test_without_fighting_is_no_fighting(rule_events) -> None:
    events = rule_events("The fighters took over the palace without fighting.")
    assert [(t, e.event_type) for t, e in events] == [("took", "COERCE")]


def test_an_entry_that_met_no_word_of_resistance_is_no_event(rule_events) -> None:
    assert rule_events("The delegation entered the city on Monday.") == []

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

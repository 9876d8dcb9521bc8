"""Event location and article focus (chronist.geo.location)."""

import pytest

from chronist.geo import article_focus, event_location

pytestmark = pytest.mark.slow


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_event_location_rally_in_yerevan(geo_nlp, geocoder) -> None:
    doc = geo_nlp(
        "On February 20, thousands of protesters rallied in Yerevan, blocking several "
        "adjacent streets."
    )
    places = geocoder.find_places(doc)
    loc = event_location(_trigger(doc, "rallied"), places, article_focus=None)
    assert loc is not None and loc.geonameid == 616052


def test_event_location_ignores_place_of_other_clause(geo_nlp, geocoder) -> None:
    doc = geo_nlp("The minister, who studied in Paris, condemned the attack.")
    places = geocoder.find_places(doc)
    assert any(p.name == "Paris" for p in places)
    assert event_location(_trigger(doc, "condemned"), places, article_focus=None) is None


def test_event_location_falls_back_to_subnational_focus(geo_nlp, geocoder) -> None:
    doc = geo_nlp(
        "Thousands rallied in Yerevan on Saturday. Police detained twelve activists. "
        "Protesters marched through Yerevan again."
    )
    places = geocoder.find_places(doc)
    focus = article_focus(places)
    assert focus is not None and focus.geonameid == 616052
    assert event_location(_trigger(doc, "detained"), places, article_focus=focus) == focus


def test_event_location_never_defaults_to_country_focus(geo_nlp, geocoder) -> None:
    doc = geo_nlp(
        "Armenia said on Monday it would respond. Armenia rejected the plan. "
        "The ministry condemned the strike."
    )
    places = geocoder.find_places(doc)
    focus = article_focus(places)
    assert focus is not None and focus.country == "ARM"
    assert event_location(_trigger(doc, "condemned"), places, article_focus=focus) is None


def test_article_focus_empty() -> None:
    assert article_focus([]) is None


def test_event_location_of_after_location_noun(geo_nlp, geocoder) -> None:
    doc = geo_nlp("He called on his supporters to gather in the center of the capital, Yerevan.")
    places = geocoder.find_places(doc)
    loc = event_location(_trigger(doc, "gather"), places, article_focus=None)
    assert loc is not None and loc.geonameid == 616052
    assert event_location(_trigger(doc, "called"), places, article_focus=None) is None

"""End-to-end place recognition and resolution on parsed text (chronist.geo.Geocoder)."""

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

pytestmark = pytest.mark.slow

RALLY = (
    "On February 20, thousands of protesters rallied in Yerevan, blocking several adjacent "
    "streets. Pashinian invited all supporters to Republic Square right now."
)


def test_find_places_example_rally(geo_nlp, geocoder) -> None:
    doc = geo_nlp(RALLY)
    places = geocoder.find_places(doc)
    by_text = {p.text: p for p in places}
    assert by_text["Yerevan"].geonameid == 616052
    sq = by_text["Republic Square"]
    assert sq.admin1 == "Yerevan" and sq.country == "ARM"
    assert doc.text[sq.start : sq.end] == "Republic Square"


def test_find_places_georgia_country_vs_state(geo_nlp, geocoder) -> None:
    tb = geocoder.find_places(
        geo_nlp(
            "Protesters filled the streets of Tbilisi on Monday. Georgia has been in turmoil "
            "since the disputed election."
        )
    )
    at = geocoder.find_places(
        geo_nlp("ATLANTA (AP) - The governor of Georgia signed the bill in Atlanta on Monday.")
    )
    assert [(p.text, p.feature_code) for p in tb if p.text == "Georgia"] == [("Georgia", "PCLI")]
    ga = [p for p in at if p.text == "Georgia"]
    assert ga and ga[0].feature_code == "ADM1" and ga[0].country == "USA"


def test_find_places_paris_texas(geo_nlp, geocoder) -> None:
    places = geocoder.find_places(geo_nlp("The sheriff in Paris, Texas, said the suspect fled."))
    paris = [p for p in places if p.text == "Paris"]
    assert paris and paris[0].country == "USA" and paris[0].admin1 == "Texas"


def test_demonym_is_not_a_place(geo_nlp, geocoder) -> None:
    doc = geo_nlp("Armenian forces shelled the area on Tuesday.")
    assert geocoder.find_places(doc) == []
    with_dem = geocoder.find_places(doc, include_demonyms=True)
    assert [(p.text, p.country) for p in with_dem] == [("Armenian", "ARM")]


def test_place_inside_org_name_is_not_a_place(geo_nlp, geocoder) -> None:
    doc = geo_nlp("A professor at the University of Chicago said the data were wrong.")
    assert all(p.name != "Chicago" for p in geocoder.find_places(doc))


def test_unresolvable_name_keeps_other_places(geocoder) -> None:
    nlp = English()
    words = ["Talks", "in", "Zzyzxqvillebad", "and", "Moscow", "and", "Burma", "ended", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [
        Span(doc, 2, 3, label="GPE"),
        Span(doc, 4, 5, label="GPE"),
        Span(doc, 6, 7, label="GPE"),
    ]
    places = geocoder.find_places(doc)
    assert [(p.text, p.geonameid) for p in places] == [("Moscow", 524901), ("Burma", 1327865)]


def test_place_before_hyphenated_participle(geo_nlp, geocoder) -> None:
    text = "Turkey is a partner in the U.S.-led campaign."
    places = geocoder.find_places(geo_nlp(text))
    assert [(text[p.start : p.end], p.country) for p in places] == [
        ("Turkey", "TUR"),
        ("U.S.", "USA"),
    ]


def test_place_entity_missing_its_first_word(geo_nlp, geocoder) -> None:
    """spaCy's small model tags "Santos City" (not "General Santos City") as GPE; "Santos"
    alone would be the Brazilian port."""
    doc = geo_nlp("The quake injured 29 people in South Cotabato and seven in General Santos City.")
    places = {p.text: (p.name, p.country) for p in geocoder.find_places(doc)}
    assert places.get("General Santos City") == ("General Santos", "PHL")
    assert not any(country == "BRA" for _, country in places.values())

"""ACLED's place style, "Baga (Kukawa, Borno)": the bracket lists the areas the place lies in
(chronist.geo.Geocoder._link_bracket, session 16)."""

BORNO = 2346794


def _places(geo_nlp, geocoder, text: str) -> list[tuple[str, int, str, str]]:
    return [(p.text, p.geonameid, p.feature_code, p.country)
            for p in geocoder.find_places(geo_nlp(text))]


def test_a_namesake_abroad_gives_way_to_the_bracketed_state(geo_nlp, geocoder) -> None:
    # the gazetteer has Bagà (Spain) and a Baga in India, not the Nigerian town; Kukawa is no
    # entry either, so Baga resolves to the state the bracket names
    got = _places(geo_nlp, geocoder, "Gunmen killed 12 fishermen near Baga (Kukawa, Borno) on Monday.")
    assert got[0] == ("Baga", BORNO, "ADM1", "NGA")


def test_a_place_the_bracket_holds_keeps_its_own_reading(geo_nlp, geocoder) -> None:
    got = _places(geo_nlp, geocoder, "Militants attacked a post near Djibo (Djibo, Soum, Sahel) on Monday.")
    assert got[0][0] == "Djibo" and got[0][2].startswith("PPL") and got[0][3] == "BFA"


def test_a_bracket_that_is_no_list_of_places_qualifies_nothing(geo_nlp, geocoder) -> None:
    got = _places(geo_nlp, geocoder, "Talks were held in Paris (France's capital) on Monday.")
    assert ("Paris", 2988507, "PPLC", "FRA") in got

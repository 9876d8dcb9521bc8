"""Resolution of place names to GeoNames entries (chronist.geo.Geocoder.resolve*)."""

import pytest

from chronist.geo.gazetteer import haversine_km

pytestmark = pytest.mark.slow

YEREVAN = 616052


def test_resolve_kiev_and_kyiv_same_id(geocoder) -> None:
    kiev, kyiv = geocoder.resolve("Kiev"), geocoder.resolve("Kyiv")
    assert kiev is not None and kyiv is not None
    assert kiev.geonameid == kyiv.geonameid == 703448
    assert kiev.country == "UKR"


def test_resolve_paris_texas(geocoder) -> None:
    p = geocoder.resolve("Paris, Texas")
    assert p is not None
    assert (p.country, p.admin1, p.feature_class) == ("USA", "Texas", "P")
    assert haversine_km(p.lat, p.lon, 33.66, -95.56) < 20
    assert geocoder.resolve("Paris").country == "FRA"


def test_resolve_georgia_by_context(geocoder) -> None:
    tbilisi = geocoder.resolve("Tbilisi")
    atlanta = geocoder.resolve("Atlanta")
    assert tbilisi.country == "GEO" and atlanta.admin1 == "Georgia"
    as_country = geocoder.resolve("Georgia", context=[tbilisi])
    as_state = geocoder.resolve("Georgia", context=[atlanta])
    assert (as_country.geonameid, as_country.feature_code) == (614540, "PCLI")
    assert (as_state.geonameid, as_state.feature_code, as_state.country) == (4197000, "ADM1", "USA")


def test_resolve_aliases(geocoder) -> None:
    assert geocoder.resolve("Burma").country == "MMR"
    assert geocoder.resolve("Ivory Coast").country == "CIV"
    nk = geocoder.resolve("Nagorno-Karabakh")
    assert nk.geonameid < 0 and nk.country == "AZE"
    assert haversine_km(nk.lat, nk.lon, 39.82, 46.75) < 50


def test_resolve_yerevan_and_republic_square(geocoder) -> None:
    yer = geocoder.resolve("Yerevan")
    sq = geocoder.resolve("Republic Square", context=[yer])
    assert yer.geonameid == YEREVAN and yer.feature_code == "PPLC"
    assert sq.geonameid < 0 and sq.country == "ARM" and sq.admin1 == "Yerevan"
    assert haversine_km(sq.lat, sq.lon, yer.lat, yer.lon) < 5


def test_resolve_unknown_name_is_none(geocoder) -> None:
    assert geocoder.resolve("Zzyzxqvillebad") is None
    res = geocoder.resolve_many(["Zzyzxqvillebad", "Moscow"])
    assert res[0] is None and res[1].geonameid == 524901


def test_resolve_postal_codes_of_states_and_provinces(geocoder) -> None:
    assert geocoder.resolve("KY").geonameid == 6254925  # Kentucky
    p = geocoder.resolve("Sydney, NSW")
    assert (p.country, p.admin1) == ("AUS", "New South Wales")
    assert geocoder.resolve("London, ON").country == "CAN"
    assert geocoder.resolve("M.D.") is None  # a doctor, not Maryland: postal codes have no dots


def test_resolve_airports_and_regions(geocoder) -> None:
    heathrow = geocoder.resolve("Heathrow")
    assert (heathrow.feature_code, heathrow.country) == ("AIRP", "GBR")
    assert heathrow.geonameid < 0  # no GeoNames id offline: negative, from the ICAO code
    assert haversine_km(heathrow.lat, heathrow.lon, 51.47, -0.45) < 5
    pearson = geocoder.resolve("Pearson International Airport")
    assert pearson.country == "CAN" and haversine_km(pearson.lat, pearson.lon, 43.68, -79.63) < 5
    assert geocoder.resolve("International Airport") is None
    assert geocoder.resolve("Scandinavia").feature_code == "RGN"


def test_resolve_letters_nfkd_keeps(geocoder) -> None:
    """Dotless i and similar letters are spelt in ASCII in English news: Aydin is Aydın."""
    aydin, lodz = geocoder.resolve_many(["Aydin", "Lodz"])
    assert (aydin.geonameid, aydin.feature_code) == (322819, "ADM1")
    assert lodz.name == "Łódź" and lodz.country == "POL"


def test_resolve_districts_and_greater_areas_to_their_city(geocoder) -> None:
    # one article each: together, Toronto would make it London, Ontario
    (north,), (gta,), (plymouth,) = (
        geocoder.resolve_many([n]) for n in ("North London", "Greater Toronto Area", "Plymouth Co.")
    )
    assert (north.name, north.country) == ("London", "GBR")
    assert (gta.name, gta.country) == ("Toronto", "CAN")
    assert (plymouth.name, plymouth.feature_code) == ("Plymouth County", "ADM2")
    # a directional word before an obscure name is not stripped down to a hamlet
    assert geocoder.resolve_many(["South Plains"]) == [None]


def test_resolve_curated_alias_beats_the_stop_list(geocoder) -> None:
    """ "Pacific" is kept out of the index for hamlets of that name, but our alias table makes
    it the ocean."""
    (pacific,) = geocoder.resolve_many(["Pacific"])
    assert (pacific.name, pacific.feature_code) == ("Pacific Ocean", "OCN")

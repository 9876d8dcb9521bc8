"""Country name / demonym / capital lookups (chronist.geo.countries)."""

import pytest

from chronist.geo.countries import capital_country, country_code, country_name


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Armenia", "ARM"),
        ("Armenian", "ARM"),
        ("Armenians", "ARM"),
        ("armenia", "ARM"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("United States", "USA"),
        ("the United States", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("British", "GBR"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("South Korea", "KOR"),
        ("North Korean", "PRK"),
        ("Turkish", "TUR"),
        ("Iranian", "IRN"),
        ("Palestinian", "PSE"),
        ("Palestinians", "PSE"),
        ("Frenchmen", "FRA"),
        ("Chinese", "CHN"),
        ("Kosovo", "XKX"),
        ("Nagorno-Karabakh", "AZE"),
        ("Israelis", "ISR"),
        ("Dutch", "NLD"),
    ],
)
def test_country_code_names_and_demonyms(text: str, iso3: str) -> None:
    assert country_code(text) == iso3


@pytest.mark.parametrize("text", ["Azerbaijan's", "us", "", "Hello", "IT", "the"])
def test_country_code_rejects_non_countries(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("city", "iso3"),
    [
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Yerevan", "ARM"),
        ("Paris", "FRA"),
    ],
)
def test_capital_country(city: str, iso3: str) -> None:
    assert capital_country(city) == iso3


def test_capital_country_unknown() -> None:
    assert capital_country("Springfield") is None


@pytest.mark.parametrize(
    ("iso3", "name"),
    [("USA", "United States"), ("RUS", "Russia"), ("CIV", "Ivory Coast"), ("kor", "South Korea")],
)
def test_country_name(iso3: str, name: str) -> None:
    assert country_name(iso3) == name
    assert country_name("ZZZ") is None

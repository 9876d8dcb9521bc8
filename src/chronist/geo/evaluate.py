"""Score toponym recognition and resolution on TR-News (Kamalloo & Rafiei 2018, WWW).

Usage::

    python -m chronist.geo.evaluate ../shared/dev-gold/geo-trnews/TR-News.xml [--limit N]

Metrics (Gritta et al. 2018, "What's missing in geoparsing?", LREC/LRE, section 5):

* recognition precision, recall and F1, strict (same character span) and lenient (overlapping
  spans), end to end from raw text with spaCy;
* resolution accuracy within 161 km (100 miles), mean and median error in km:
  - on gold spans: every gold toponym with coordinates, resolved jointly with the other gold
    names of its article (a name the gazetteer lacks counts as wrong, error 20,038 km = half the
    Earth's circumference);
  - end to end: over the gold toponyms the system recognised (lenient match).
  A secondary figure counts a resolution as right when it is within 161 km *or* has the gold
  GeoNames id (the ADM1 representative points of the offline data, from ISO 3166-2, can lie
  over 161 km from GeoNames' own point for the same division, e.g. Alberta, Queensland).

Two recognition conventions are scored: TR-News annotates nationality adjectives ("Turkish
policeman" -> Turkey); Chronist by default does not treat them as places. ``all gold`` runs the
geocoder with ``include_demonyms=True`` against every gold span; ``no-demonym`` runs the
default geocoder against the gold spans that are not demonyms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from chronist.geo.gazetteer import haversine_km

__all__ = ["GoldArticle", "GoldToponym", "load_trnews", "main"]

HALF_EARTH_KM = 20038.0


@dataclass
class GoldToponym:
    """One gold toponym: span, phrase and (if linked) GeoNames id and point."""

    phrase: str
    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None
    fcode: str | None


@dataclass
class GoldArticle:
    """One TR-News article."""

    docid: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _t(e: ET.Element, tag: str) -> str | None:
    x = e.find(tag)
    return None if x is None or x.text is None else x.text.strip()


def load_trnews(path: str | Path) -> list[GoldArticle]:
    """Read TR-News XML; gold offsets that are off by a few characters are re-anchored.

    Some articles' offsets are shifted by one character (counted on a different encoding); the
    phrase is searched within +-8 characters of the given offset.
    """
    root = ET.parse(str(path)).getroot()
    out = []
    for a in root.iter("article"):
        text = a.find("text").text or ""
        art = GoldArticle(a.get("docid", ""), text)
        for tp in a.iter("toponym"):
            phrase = _t(tp, "phrase") or ""
            s, e = int(_t(tp, "start") or 0), int(_t(tp, "end") or 0)
            if text[s:e] != phrase:
                lo = max(0, s - 8)
                k = text.find(phrase, lo, e + 8 + len(phrase))
                if k < 0:
                    continue
                s, e = k, k + len(phrase)
            g = tp.find("gaztag")
            gid = lat = lon = fcode = None
            if g is not None and _t(g, "lat") is not None:
                gid = int(g.get("geonameid") or 0) or None
                lat, lon = float(_t(g, "lat")), float(_t(g, "lon"))
                fcode = _t(g, "fcode")
            art.toponyms.append(GoldToponym(phrase, s, e, gid, lat, lon, fcode))
        out.append(art)
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _dist_summary(errs: list[float], same_id: list[bool] | None = None) -> str:
    if not errs:
        return "n=0"
    acc = sum(d <= 161.0 for d in errs) / len(errs)
    out = (
        f"n={len(errs)} acc@161km={acc:.3f} mean_km={statistics.fmean(errs):.1f} "
        f"median_km={statistics.median(errs):.1f}"
    )
    if same_id is not None:
        acc_id = sum(d <= 161.0 or s for d, s in zip(errs, same_id)) / len(errs)
        out += f" | acc(161km or same GeoNames id)={acc_id:.3f}"
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the scorer and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", help="TR-News.xml")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--model", default=None, help="spaCy model (default: chronist.nlp.load_nlp)")
    ap.add_argument("--errors", action="store_true", help="print resolution errors > 161 km")
    args = ap.parse_args(argv)

    arts = load_trnews(args.path)
    if args.limit:
        arts = arts[: args.limit]
    from chronist.geo.geocoder import get_geocoder

    t0 = time.perf_counter()
    geo = get_geocoder()
    t_load = time.perf_counter() - t0
    n_gold = sum(len(a.toponyms) for a in arts)
    print(f"TR-News: {len(arts)} articles, {n_gold} gold toponyms; gazetteer load {t_load:.1f}s")

    # ---- resolution on gold spans
    errs_gold: list[float] = []
    same_gold: list[bool] = []
    for a in arts:
        res = geo.resolve_spans(a.text, [(t.start, t.end) for t in a.toponyms])
        for t, p in zip(a.toponyms, res):
            if t.lat is None:
                continue
            d = HALF_EARTH_KM if p is None else haversine_km(t.lat, t.lon, p.lat, p.lon)
            errs_gold.append(d)
            same_gold.append(p is not None and p.geonameid == t.geonameid)
            if args.errors and d > 161:
                print(
                    f"  GOLD-SPAN ERR {a.docid} {t.phrase!r} gold={t.geonameid}/{t.fcode} "
                    f"got={None if p is None else (p.geonameid, p.name, p.feature_code, p.country)}"
                    f" {d:.0f}km"
                )
    print(f"resolution on gold spans: {_dist_summary(errs_gold, same_gold)}")

    # ---- end to end
    if args.model:
        import spacy

        nlp = spacy.load(args.model)
    else:
        try:
            from chronist.nlp import load_nlp

            nlp = load_nlp()
        except ImportError:  # pragma: no cover
            import spacy

            nlp = spacy.load("en_core_web_sm")
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in arts), batch_size=16))
    t_parse = time.perf_counter() - t0

    demonym_of = geo.demonym_entry
    for mode in ("all gold", "no-demonym"):
        inc = mode == "all gold"
        tp_s = fp_s = fn_s = 0
        tp_l = fp_l = fn_l = 0
        errs: list[float] = []
        same: list[bool] = []
        t_geo = 0.0
        for a, doc in zip(arts, docs):
            t0 = time.perf_counter()
            places = geo.find_places(doc, include_demonyms=inc)
            t_geo += time.perf_counter() - t0
            gold = a.toponyms if inc else [t for t in a.toponyms if demonym_of(t.phrase) is None]
            gspans = {(t.start, t.end) for t in gold}
            pspans = {(p.start, p.end) for p in places}
            tp = len(gspans & pspans)
            tp_s += tp
            fp_s += len(pspans) - tp
            fn_s += len(gspans) - tp
            used: set[int] = set()
            for t in gold:
                hit = None
                for k, p in enumerate(places):
                    if k not in used and p.start < t.end and t.start < p.end:
                        hit = k
                        break
                if hit is None:
                    fn_l += 1
                    if args.errors and mode == "all gold":
                        ctx = a.text[max(0, t.start - 40) : t.end + 20]
                        print(f"  MISS {a.docid} {t.phrase!r} ...{ctx!r}")
                    continue
                used.add(hit)
                tp_l += 1
                p = places[hit]
                if t.lat is not None:
                    errs.append(haversine_km(t.lat, t.lon, p.lat, p.lon))
                    same.append(p.geonameid == t.geonameid)
                    if args.errors and errs[-1] > 161:
                        print(
                            f"  E2E ERR [{mode}] {a.docid} {t.phrase!r} gold={t.geonameid} got="
                            f"{(p.geonameid, p.name, p.feature_code, p.country)} {errs[-1]:.0f}km"
                        )
            fp_l += len(places) - len(used)
            if args.errors and mode == "all gold":
                for k, p in enumerate(places):
                    if k not in used:
                        print(
                            f"  FALSE {a.docid} {p.text!r} -> {p.name}/{p.feature_code}/{p.country}"
                        )
        ps, rs, fs = _prf(tp_s, fp_s, fn_s)
        pl, rl, fl = _prf(tp_l, fp_l, fn_l)
        print(
            f"[{mode}] recognition strict P={ps:.3f} R={rs:.3f} F1={fs:.3f} | "
            f"lenient P={pl:.3f} R={rl:.3f} F1={fl:.3f}"
        )
        print(f"[{mode}] resolution end to end (recognised gold): {_dist_summary(errs, same)}")
        print(
            f"[{mode}] geo stage {1000 * t_geo / max(1, len(arts)):.1f} ms/article; "
            f"spaCy parse {1000 * t_parse / max(1, len(arts)):.1f} ms/article"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A deterministic stand-in for ``chronist.pipeline.Pipeline`` (no models), for fast tests.

It codes one event per sentence that contains a keyword, with the same record fields as the
real pipeline and an ``event_id`` derived from the doc id, content hash and position (stable
across runs, like the real one).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator

KEYWORDS = {
    "attack": ("ASSAULT", 4, "190"),
    "kill": ("ASSAULT", 4, "180"),
    "protest": ("PROTEST", 3, "140"),
    "met ": ("CONSULT", 1, "040"),
    "meet": ("CONSULT", 1, "040"),
    "agree": ("AGREE", 1, "057"),
    "accuse": ("ACCUSE", 3, "112"),
    "arrest": ("COERCE", 4, "173"),
    "elect": ("COOPERATE", 2, "060"),
}
COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "United States": "USA", "China": "CHN", "Israel": "ISR",
    "Iran": "IRN", "France": "FRA", "Germany": "DEU", "India": "IND", "Pakistan": "PAK",
    "Syria": "SYR", "Turkey": "TUR", "Japan": "JPN", "Iraq": "IRQ", "Afghanistan": "AFG",
    "Britain": "GBR", "Australia": "AUS", "Canada": "CAN", "Brazil": "BRA", "Nigeria": "NGA",
}
PLACES = {  # name: (geonameid, country, lat, lon)
    "Moscow": (524901, "RUS", 55.75, 37.62), "Kyiv": (703448, "UKR", 50.45, 30.52),
    "Washington": (4140963, "USA", 38.90, -77.04), "Beijing": (1816670, "CHN", 39.91, 116.40),
    "London": (2643743, "GBR", 51.51, -0.13), "Paris": (2988507, "FRA", 48.85, 2.35),
    "Tehran": (112931, "IRN", 35.69, 51.42), "Baghdad": (98182, "IRQ", 33.34, 44.40),
    "Kabul": (1138958, "AFG", 34.53, 69.17), "Jerusalem": (281184, "ISR", 31.77, 35.22),
}
_SENT = re.compile(r"[^.!?]+[.!?]?")
_CAP = re.compile(r"\b([A-Z][a-z]{2,}(?: [A-Z][a-z]+)*)")


class FakePipeline:
    """Keyword event coder; ``delay`` seconds of sleep per article (to be killed mid-run)."""

    def __init__(self, *, delay: float = 0.0):
        self.delay = delay
        self.coded: list[str] = []

    def code_articles(self, articles: Iterable) -> Iterator[tuple[object, list[dict]]]:
        for art in articles:
            if self.delay:
                time.sleep(self.delay)
            self.coded.append(art.doc_id)
            yield art, self.code(art)

    def code(self, art) -> list[dict]:
        events = []
        for idx, m in enumerate(_SENT.finditer(art.text)):
            sent = m.group(0)
            low = sent.lower()
            for kw, (etype, quad, cameo) in KEYWORDS.items():
                pos = low.find(kw)
                if pos < 0:
                    continue
                names = [n for n in _CAP.findall(sent) if n not in PLACES]
                place = next((p for p in PLACES if p in sent), None)
                start = m.start() + pos
                eid = hashlib.sha1(
                    f"{art.doc_id}|{art.content_hash}|{idx}|{kw}".encode()
                ).hexdigest()[:16]
                events.append(
                    {
                        "event_id": eid,
                        "doc_id": art.doc_id,
                        "pub_date": art.pub_date.isoformat(),
                        "event_type": etype,
                        "mode": None,
                        "contexts": [],
                        "quad_class": quad,
                        "cameo_code": cameo,
                        "aux_modes": [],
                        "trigger": {"text": kw.strip(), "start": start, "end": start + len(kw)},
                        "sentence": {"index": idx, "text": sent, "start": m.start(), "end": m.end()},
                        "actors": [
                            {"text": n, "start": None, "end": None, "name": n,
                             "country": COUNTRIES.get(n), "sector": None}
                            for n in names[:1]
                        ],
                        "recipients": [
                            {"text": n, "start": None, "end": None, "name": n,
                             "country": COUNTRIES.get(n), "sector": None}
                            for n in names[1:2]
                        ],
                        "date": {"value": art.pub_date.isoformat(), "text": None, "start": None,
                                 "end": None, "source": "dct"},
                        "location": None if place is None else {
                            "text": place, "start": None, "end": None,
                            "geonameid": PLACES[place][0], "name": place,
                            "country": PLACES[place][1], "admin1": None,
                            "lat": PLACES[place][2], "lon": PLACES[place][3]},
                        "confidence": 0.5,
                    }
                )
                break
        return events

"""Cross-article deduplication: link reports of one real-world event into an event cluster.

Every coded event is a *report*. A new report joins the existing cluster whose reports it
matches best, or starts a new cluster; nothing is ever deleted. Two reports can be the same
real-world event only if (hard constraints, all required):

- they have the same PLOVER ``event_type`` (PLOVER manual 2.0, section 2: one type per event);
- their dates are compatible at the granularity both support: the day intervals of the two
  TIMEX3 values overlap, with ``DATE_SLACK_DAYS`` of slack for time zones (TimeML 1.2.1
  values: ``2021-02`` covers every day of February). An event dated only by its article's DCT
  (``date.source == "dct"``) is taken to have happened in the ``DCT_LOOKBACK_DAYS`` before the
  report; an unknown date is compatible with any date;
- their actors (and, separately, their recipients) do not conflict: when both sides name
  actors with known countries, some actor must be compatible (same name or same country);
  for the reciprocal types in ``SYMMETRIC_TYPES`` the swapped dyad is tried too;
- their locations are the same or nested: same GeoNames id, within ``NEAR_KM`` km, or the
  same country with equal (or one missing) first-level divisions. Different countries conflict.

Among compatible reports, a score sums positive evidence (``WEIGHTS``): a shared actor or
recipient name, a shared country, the same place, the same day, the same trigger stem, similar
sentence wording. A report joins the best cluster with a score >= ``LINK_THRESHOLD`` that
has no hard conflict with *any* of its reports (complete link on the hard constraints,
single link on the evidence), so merging distinct events is rarer than missing a link.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

#: Days of slack when comparing two date intervals (time zones, "late Saturday").
DATE_SLACK_DAYS = 1
#: An event dated by its article's DCT happened at most this many days before the report.
DCT_LOOKBACK_DAYS = 2
#: Places closer than this (km, great-circle) are the same place.
NEAR_KM = 25.0
#: Minimum evidence score to link a report to a cluster.
LINK_THRESHOLD = 2.0
#: At most this many candidate reports are compared with a new report.
MAX_CANDIDATES = 300
#: Reciprocal PLOVER types (manual 2.0: CONSULT "meet", COOPERATE, AGREE are often joint acts).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

WEIGHTS: dict[str, float] = {
    "name": 2.0,  # an actor (recipient) with a matching name
    "country": 1.0,  # an actor (recipient) of the same country, names not matching
    "different": -1.0,  # both have named actors, none match, no country to decide
    "place": 1.0,  # same GeoNames id or within NEAR_KM
    "nested": 0.5,  # same country / first-level division
    "same_day": 1.0,  # both dated from the text to the same day
    "trigger": 1.0,  # same trigger stem
    "sentence": 1.0,  # content-word Jaccard of the sentences >= SENTENCE_JACCARD
}
SENTENCE_JACCARD = 0.25

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_STOP = frozenset(
    """the a an of in on at to for and or but by with from as is was were are be been has have
    had that this these those it its their his her they he she we i you said says say will would
    not no after before over into about than then there which who whom what when where while
    also more most some any all other new one two three mr mrs ms dr""".split()
)
_TITLES = frozenset("president prime minister mr mrs ms dr sir gen general king queen".split())


@dataclass(frozen=True)
class Party:
    """An actor or recipient reduced to what linking compares."""

    name_tokens: frozenset[str]
    country: str | None
    sector: str | None


@dataclass
class LinkView:
    """The fields of one event report that linking compares (built by :func:`view_of`)."""

    event_id: str
    doc_id: str
    event_type: str
    pub_date: dt.date
    lo: dt.date | None
    hi: dt.date | None
    text_dated: bool
    actors: list[Party]
    recipients: list[Party]
    place: dict | None
    trigger_stem: str
    sentence_words: frozenset[str]
    cluster_id: str | None = None
    extra: dict = field(default_factory=dict)


def _tokens(text: str | None, *, drop: frozenset[str] = _STOP) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text or "") if w.lower() not in drop)


def stem(word: str) -> str:
    """Crude stem of a trigger (lower case, first 5 letters): ``attacked`` -> ``attac``."""
    w = (word or "").strip().lower().split()
    return w[-1][:5] if w else ""


def party(p: dict) -> Party:
    """Reduce an actor dict (``text``, ``name``, ``country``, ``sector``) to a :class:`Party`."""
    tokens = _tokens(p.get("name") or p.get("text"), drop=_STOP | _TITLES)
    return Party(tokens, p.get("country") or None, p.get("sector") or None)


def effective_window(
    *, value: str | None, source: str | None, pub_date: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """Day window in which the event happened (see module docstring), or ``(None, None)``."""
    from chronist.store._dates import timex_interval

    interval = timex_interval(value)
    if interval is None:
        return None, None
    lo, hi = interval
    if source == "dct":
        lo = lo - dt.timedelta(days=DCT_LOOKBACK_DAYS)
    return lo, hi


def view_of(event: dict, *, pub_date: dt.date) -> LinkView:
    """Build the :class:`LinkView` of an event record (the pipeline's event dict)."""
    date = event.get("date") or {}
    lo, hi = effective_window(value=date.get("value"), source=date.get("source"), pub_date=pub_date)
    sentence = (event.get("sentence") or {}).get("text")
    trigger = (event.get("trigger") or {}).get("text") or ""
    return LinkView(
        event_id=event["event_id"],
        doc_id=event["doc_id"],
        event_type=event["event_type"],
        pub_date=pub_date,
        lo=lo,
        hi=hi,
        text_dated=date.get("source") == "text" and lo is not None and lo == hi,
        actors=[party(a) for a in event.get("actors") or []],
        recipients=[party(a) for a in event.get("recipients") or []],
        place=event.get("location") or None,
        trigger_stem=stem(trigger),
        sentence_words=_tokens(sentence),
    )


# --- pairwise comparison ------------------------------------------------------------------


def _party_match(a: Party, b: Party) -> str:
    if a.country and b.country and a.country != b.country:
        return "conflict"
    if a.name_tokens and b.name_tokens and (
        a.name_tokens <= b.name_tokens or b.name_tokens <= a.name_tokens
    ):
        return "name"
    if a.country and a.country == b.country:
        return "country"
    if a.name_tokens and b.name_tokens:
        return "different"
    return "unknown"


_RANK = {"name": 4, "country": 3, "unknown": 2, "different": 1, "conflict": 0}


def parties_match(a: list[Party], b: list[Party]) -> str:
    """Compare two actor lists: ``name``, ``country``, ``unknown``, ``different`` or ``conflict``.

    The best pair decides; ``conflict`` only when every pair conflicts (all countries known
    and disjoint). An empty list is ``unknown``.
    """
    if not a or not b:
        return "unknown"
    best = max((_party_match(x, y) for x in a for y in b), key=_RANK.__getitem__)
    return best


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def places_match(a: dict | None, b: dict | None) -> str:
    """Compare two locations: ``place``, ``nested``, ``unknown`` or ``conflict``."""
    if not a or not b:
        return "unknown"
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid"):
        return "place"
    coords = all(p.get(k) is not None for p in (a, b) for k in ("lat", "lon"))
    km = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) if coords else None
    if km is not None and km <= NEAR_KM:
        return "place"
    ca, cb = a.get("country"), b.get("country")
    if ca and cb and ca != cb:
        return "conflict"
    if ca and ca == cb:
        a1, b1 = a.get("admin1"), b.get("admin1")
        if a1 and b1 and a1 != b1:
            return "conflict"
        return "nested"
    return "unknown"


def dates_match(a: LinkView, b: LinkView) -> bool:
    """True when the two date windows overlap (``DATE_SLACK_DAYS`` of slack) or one is unknown."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return True
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


def _dyad_score(a: LinkView, b: LinkView, *, swap: bool) -> float | None:
    score = 0.0
    pairs = [(a.actors, b.recipients), (a.recipients, b.actors)] if swap else [
        (a.actors, b.actors),
        (a.recipients, b.recipients),
    ]
    for x, y in pairs:
        m = parties_match(x, y)
        if m == "conflict":
            return None
        score += WEIGHTS.get(m, 0.0)
    return score


def pair_score(a: LinkView, b: LinkView) -> float | None:
    """Evidence that two reports are the same event, or ``None`` on a hard conflict."""
    if a.event_type != b.event_type or not dates_match(a, b):
        return None
    dyad = _dyad_score(a, b, swap=False)
    if a.event_type in SYMMETRIC_TYPES:
        swapped = _dyad_score(a, b, swap=True)
        if swapped is not None and (dyad is None or swapped > dyad):
            dyad = swapped
    if dyad is None:
        return None
    place = places_match(a.place, b.place)
    if place == "conflict":
        return None
    score = dyad + WEIGHTS.get(place, 0.0)
    if a.text_dated and b.text_dated and a.lo == b.lo:
        score += WEIGHTS["same_day"]
    if a.trigger_stem and a.trigger_stem == b.trigger_stem:
        score += WEIGHTS["trigger"]
    union = a.sentence_words | b.sentence_words
    if union and len(a.sentence_words & b.sentence_words) / len(union) >= SENTENCE_JACCARD:
        score += WEIGHTS["sentence"]
    return score


def best_cluster(new: LinkView, candidates: list[LinkView]) -> str | None:
    """Return the cluster id the new report joins, or ``None`` to start a new cluster.

    Parameters
    ----------
    new : LinkView
        The report being linked.
    candidates : list of LinkView, shape (n_candidates,)
        Stored reports with their ``cluster_id`` (all reports of each candidate cluster that
        share the type and a compatible date window).

    Returns
    -------
    str or None
        The cluster with the highest score >= ``LINK_THRESHOLD`` and no hard conflict with any
        of its reports; ties go to the smallest cluster id (deterministic).
    """
    scores: dict[str, float] = {}
    vetoed: set[str] = set()
    for cand in candidates:
        cid = cand.cluster_id
        if cid is None or cid in vetoed:
            continue
        s = pair_score(new, cand)
        if s is None:
            vetoed.add(cid)
            scores.pop(cid, None)
            continue
        scores[cid] = max(s, scores.get(cid, -math.inf))
    ok = [(-s, cid) for cid, s in scores.items() if s >= LINK_THRESHOLD]
    return min(ok)[1] if ok else None

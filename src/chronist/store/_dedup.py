"""Cross-article deduplication: link reports of one real-world event into an event cluster.

Every coded event is a *report*. A new report joins the existing cluster whose reports it
matches best, or starts a new cluster; nothing is ever deleted. Two reports can be the same
real-world event only if (hard constraints, all required):

- they have the same PLOVER ``event_type`` (PLOVER manual 2.0, chapter "Event Categories": one type per event);
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

Among compatible reports, a score sums the evidence (``WEIGHTS``, approximate log-likelihood
ratios): matching actor and recipient names or countries, the same place, the same day, the
same trigger stem and PLOVER mode, similar sentence wording (content-word Jaccard), and, for
reports in different articles, a shared story context (Jaccard of the articles' most frequent
capitalised words, :func:`article_keywords`). Some evidence counts against: different
triggers or modes, unrelated sentences or stories, two events of one sentence. A report joins
the cluster with the highest score >= ``LINK_THRESHOLD`` that has no hard conflict with *any*
of its reports (complete link on the hard constraints; ``CLUSTER_SCORE`` "max": single link
on the evidence), so that merging distinct events is rarer than missing a link.

Counts named in the parties' own words ("23 pirates" against "26 pirates") that share no
value count against a link (``count_different``): two reports of one incident usually give
the same count, though casualty tolls are revised, so it is evidence, not a veto.

Measured on ECB+ politics (``python -m chronist.store.evaluate_dedup``; scored mentions are the
gold action mentions that a coded event's trigger overlaps, see that module), pipeline at
commit 9696d04: B-cubed P 0.790, R 0.686, F1 0.734 on 130 mentions (all-singletons baseline
F1 0.595). On the events of commit 99c5129, threshold 4.0 without the count feature gave
P 0.727, F1 0.726; 5.0 with it, P 0.803, F1 0.745. The weights were read off these dev pairs: expect lower figures on held-out topics.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

#: Days of slack when comparing two date intervals (time zones, "late Saturday").
DATE_SLACK_DAYS = 1
#: An event dated by its article's DCT happened at most this many days before the report.
DCT_LOOKBACK_DAYS = 2
#: Places closer than this (km, great-circle) are the same place.
NEAR_KM = 25.0
#: Minimum evidence score to link a report to a cluster. The prior log-odds of two same-type
#: reports being one event is about -2.7 (ECB+ politics); with the weights read as
#: log-likelihood ratios, a link needs posterior odds of at least 9:1 (probability 0.9),
#: 2.7 + ln 9 = 4.9, rounded to 5.0: merging distinct events is worse than missing a link.
LINK_THRESHOLD = 5.0
#: At most this many candidate reports are compared with a new report.
MAX_CANDIDATES = 300
#: Reciprocal PLOVER types (manual 2.0: CONSULT "meet", COOPERATE, AGREE are often joint acts).
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

WEIGHTS: dict[str, float] = {
    # Approximate log-likelihood ratios (natural log, rounded to 0.5) of "same event" for each
    # piece of evidence, read off same-type report pairs of the ECB+ politics dev set and
    # capped at 2.5 (features overlap, so each counts less than measured).
    "actor_name": 2.5,  # an actor with a matching name
    "actor_country": 1.0,  # an actor of the same country, names not matching
    "actor_different": -0.5,  # both have named actors, none match, no country to decide
    "recipient_name": 2.5,
    "recipient_country": 1.0,
    "recipient_different": 0.0,
    "count_different": -2.0,  # "23 pirates" against "26 pirates": another incident
    "place": 1.5,  # same GeoNames id or within NEAR_KM
    "nested": 0.5,  # same country / first-level division
    "same_day": 2.0,  # both dated from the text to the same day
    "trigger": 2.0,  # same trigger stem
    "trigger_different": -0.5,
    "mode": 1.0,  # same PLOVER mode
    "mode_different": -1.0,  # both have a mode, and they differ
    "sentence_high": 2.5,  # content-word Jaccard of the sentences >= 0.3
    "sentence_mid": 2.0,  # >= 0.2
    "sentence_low": 1.0,  # >= 0.1
    "sentence_none": -1.0,  # < 0.1
    "same_sentence": -1.0,  # two events of one sentence are usually two actions
    "context_high": 2.0,  # article keyword Jaccard >= 0.3 (other articles only)
    "context_mid": 1.5,  # >= 0.2
    "context_low": 0.5,  # >= 0.1
    "context_none": -2.0,  # < 0.1: another story
}
#: Article keywords kept per article (the story context compared across articles).
KEYWORDS = 20
#: How a cluster's score is computed from the new report's scores with its reports:
#: "max" (single link) or "mean" (average link: less chaining).
CLUSTER_SCORE = "max"

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "this", "these", "those", "it", "its", "their", "his", "her", "they", "he", "she", "we", "i", "you", "said", "says", "say", "will", "would", "not", "no", "after", "before", "over", "into", "about", "than", "then", "there", "which", "who", "whom", "what", "when", "where", "while", "also", "more", "most", "some", "any", "all", "other", "new", "one", "two", "three", "mr", "mrs", "ms", "dr"]
)
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
_TITLES = frozenset(["president", "prime", "minister", "mr", "mrs", "ms", "dr", "sir", "gen", "general", "king", "queen"])


@dataclass(frozen=True)
class Party:
    """An actor or recipient reduced to what linking compares."""

    name_tokens: frozenset[str]
    country: str | None
    sector: str | None
    numbers: frozenset[str] = frozenset()


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
    mode: str | None = None
    sentence_index: int | None = None
    keywords: frozenset[str] = frozenset()
    cluster_id: str | None = None


def _tokens(text: str | None, *, drop: frozenset[str] = _STOP) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text or "") if w.lower() not in drop)


_CAPWORD = re.compile(r"\b[A-Z][a-zA-Z\-]{2,}")


def article_keywords(text: str, *, n: int = KEYWORDS) -> list[str]:
    """The ``n`` most frequent capitalised words of an article (lower-cased, stop words out).

    Proper names (people, places, organisations, ships) are what reports of one event share
    and reports of different events of the same kind do not; this is the "story context" of
    every event in the article. Ties are broken alphabetically (deterministic).
    """
    counts = Counter(
        w.lower() for w in _CAPWORD.findall(text or "") if w.lower() not in _STOP | _WEEKDAYS
    )
    return [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def stem(word: str) -> str:
    """Crude stem of a trigger (lower case, first 5 letters): ``attacked`` -> ``attac``."""
    w = (word or "").strip().lower().split()
    return w[-1][:5] if w else ""


def party(p: dict) -> Party:
    """Reduce an actor dict (``text``, ``name``, ``country``, ``sector``) to a :class:`Party`."""
    tokens = _tokens(p.get("name") or p.get("text"), drop=_STOP | _TITLES)
    return Party(tokens, p.get("country") or None, p.get("sector") or None,
                 cardinals(p.get("text")))


_DIGITS = re.compile(r"\b\d[\d,.]*\b")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
     "fifteen sixteen seventeen eighteen nineteen twenty").split())}


def cardinals(text: str | None) -> frozenset[str]:
    """Counts named in an actor's own words ("23 pirates", "three boats"), as digit strings."""
    out = {m.group().replace(",", "").rstrip(".") for m in _DIGITS.finditer(text or "")}
    out |= {_NUMBER_WORDS[w.lower()] for w in _WORD.findall(text or "")
            if w.lower() in _NUMBER_WORDS}
    return frozenset(out)


def counts_differ(a: list[Party], b: list[Party]) -> bool:
    """True when both sides give counts for their parties and no count is shared."""
    na = frozenset().union(*(p.numbers for p in a)) if a else frozenset()
    nb = frozenset().union(*(p.numbers for p in b)) if b else frozenset()
    return bool(na and nb and not na & nb)


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


def view_of(
    event: dict, *, pub_date: dt.date, keywords: frozenset[str] = frozenset()
) -> LinkView:
    """Build the :class:`LinkView` of an event record (the pipeline's event dict); ``keywords``
    are its article's :func:`article_keywords`."""
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
        mode=event.get("mode") or None,
        sentence_index=(event.get("sentence") or {}).get("index"),
        keywords=keywords,
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
    pairs = [(a.actors, b.recipients, "actor"), (a.recipients, b.actors, "actor")] if swap else [
        (a.actors, b.actors, "actor"),
        (a.recipients, b.recipients, "recipient"),
    ]
    for x, y, role in pairs:
        m = parties_match(x, y)
        if m == "conflict":
            return None
        score += WEIGHTS.get(f"{role}_{m}", 0.0)
    return score


def _band(value: float, name: str) -> float:
    if value >= 0.3:
        return WEIGHTS[f"{name}_high"]
    if value >= 0.2:
        return WEIGHTS[f"{name}_mid"]
    if value >= 0.1:
        return WEIGHTS[f"{name}_low"]
    return WEIGHTS[f"{name}_none"]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """``|a & b| / |a | b|`` (0 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


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
    if counts_differ(a.actors + a.recipients, b.actors + b.recipients):
        score += WEIGHTS["count_different"]
    if a.text_dated and b.text_dated and a.lo == b.lo:
        score += WEIGHTS["same_day"]
    if a.trigger_stem and b.trigger_stem:
        score += WEIGHTS["trigger" if a.trigger_stem == b.trigger_stem else "trigger_different"]
    if a.mode and b.mode:
        score += WEIGHTS["mode" if a.mode == b.mode else "mode_different"]
    same_doc = a.doc_id == b.doc_id
    if same_doc and a.sentence_index == b.sentence_index:
        score += WEIGHTS["same_sentence"]
    elif a.sentence_words and b.sentence_words:
        score += _band(jaccard(a.sentence_words, b.sentence_words), "sentence")
    if not same_doc and a.keywords and b.keywords:
        score += _band(jaccard(a.keywords, b.keywords), "context")
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
    scores: dict[str, list[float]] = {}
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
        scores.setdefault(cid, []).append(s)
    agg = max if CLUSTER_SCORE == "max" else (lambda xs: sum(xs) / len(xs))
    ok = [(-agg(s), cid) for cid, s in scores.items() if agg(s) >= LINK_THRESHOLD]
    return min(ok)[1] if ok else None

"""Where an event happens: the place in its clause, else the article's dominant location.

Rules (documented here because the event coder and its tests depend on them):

1. **Clause attachment** (:func:`event_location`). A place counts for an event when its span's
   syntactic head is the object of a locative preposition (:data:`LOC_PREPS`: "in", "at",
   "near", "outside" ...; "to"/"into" only after a motion verb such as "travel" or "march") and
   "of" only after a location noun such as "streets" or "centre" (:data:`LOCATION_NOUNS`) and
   that preposition attaches to the trigger itself or to a noun phrase that hangs off the
   trigger through nominal dependencies only (``dobj``, ``pobj``, ``prep``, ``compound``,
   ``appos`` ...; Universal/ClearNLP dependency labels as produced by spaCy). A place attached
   to another verb (a relative clause, a reported speech verb) is *not* the event's place.
   A locative modifier of the governing verb also counts when the trigger is its open
   complement or purpose clause ("gathered in Yerevan to protest": ``xcomp``/``advcl``).
   Several attached places: the most specific wins (city over ADM2 over ADM1 over country),
   then the first.
2. **Article focus fallback**. When the trigger's sentence names *no* place at all, the
   article's dominant location (:func:`article_focus`) is used if it is a sub-national place
   (city, ADM1/ADM2, district, square ...). A country focus is used only with
   ``allow_country=True``: the focus country is often the actors' home country, and the
   actor's home country is never a location by default.
3. Otherwise ``None``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronist.geo.geocoder import Place

__all__ = ["LEAD_CHARS", "LOC_PREPS", "article_focus", "event_location"]

#: Locative prepositions (static location).
LOC_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "throughout",
        "around",
        "within",
        "beside",
        "amid",
        "amidst",
    ]
)
#: Directional prepositions that locate an event only after a motion verb.
DIR_PREPS = frozenset({"to", "into", "toward", "towards"})
MOTION_VERBS = frozenset(
    [
        "travel",
        "visit",
        "fly",
        "arrive",
        "go",
        "come",
        "return",
        "march",
        "move",
        "deploy",
        "send",
        "head",
        "drive",
        "walk",
        "sail",
        "trek",
        "flee",
    ]
)
#: Head nouns after which "of" locates ("the streets of Tbilisi", "the centre of Yerevan").
LOCATION_NOUNS = frozenset(
    [
        "street",
        "streets",
        "center",
        "centre",
        "outskirts",
        "suburb",
        "suburbs",
        "heart",
        "capital",
        "city",
        "town",
        "village",
        "region",
        "area",
        "part",
        "parts",
        "district",
        "province",
        "border",
        "borders",
        "square",
        "downtown",
        "neighbourhood",
        "neighborhood",
        "vicinity",
        "environs",
        "territory",
    ]
)
#: Dependencies through which a locative modifier may hang off the trigger's phrase.
NOMINAL_DEPS = frozenset(
    [
        "dobj",
        "pobj",
        "prep",
        "compound",
        "appos",
        "amod",
        "nmod",
        "npadvmod",
        "attr",
        "oprd",
        "poss",
        "dative",
    ]
)
#: Characters counted as the article lead (dateline and first sentence).
LEAD_CHARS = 300
#: Specificity rank of place kinds (lower is more specific).
_RANK = {"S": 0, "P": 1, "ADM2": 2, "ADM1": 3, "L": 4, "PCL": 5, "CONT": 6}


def _rank(p: Place) -> int:
    if p.feature_code.startswith("PCL"):
        return _RANK["PCL"]
    if p.feature_code in ("ADM1", "ADM2", "CONT"):
        return _RANK[p.feature_code]
    return _RANK.get(p.feature_class, 4)


def _is_country(p: Place) -> bool:
    return p.feature_code.startswith("PCL") or p.feature_code == "CONT"


def _attached(prep: Token, trigger: Token) -> bool:
    """Whether a preposition modifies the trigger or a nominal phrase governed by it."""
    h = prep.head
    for _ in range(8):
        if h == trigger:
            return True
        if h.dep_ not in NOMINAL_DEPS or h.head == h:
            break
        h = h.head
    # the trigger is an open complement / purpose clause of the verb the place modifies
    return trigger.dep_ in ("xcomp", "advcl") and prep.head == trigger.head


def event_location(
    trigger: Token,
    places: Sequence[Place],
    *,
    article_focus: Place | None,
    allow_country: bool = False,
) -> Place | None:
    """Location of the event expressed by ``trigger`` (see the module rules).

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The event trigger (verb or event noun) in a parsed document.
    places : sequence of Place
        Places of the same document (:meth:`Geocoder.find_places`), offsets in ``doc.text``.
    article_focus : Place or None
        The article's dominant location (:func:`article_focus`), used as fallback.
    allow_country : bool
        Let a country-level focus be the fallback (off: avoids the actors' home country).

    Returns
    -------
    Place or None
    """
    doc = trigger.doc
    sent = trigger.sent
    in_sent = [p for p in places if sent.start_char <= p.start and p.end <= sent.end_char]
    hits: list[Place] = []
    verb = trigger.lemma_.lower()
    for p in in_sent:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        t = span.root
        # climb out of "Paris, Texas"-style appositions and coordinations to the phrase head
        for _ in range(3):
            if t.dep_ in ("appos", "conj", "compound", "npadvmod") and t.head != t:
                t = t.head
            else:
                break
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            continue
        prep = t.head
        word = prep.lower_
        if word in DIR_PREPS and verb not in MOTION_VERBS:
            continue
        if word == "of" and prep.head.lemma_.lower() not in LOCATION_NOUNS:
            continue
        if word not in LOC_PREPS and word not in DIR_PREPS and word != "of":
            continue
        if _attached(prep, trigger):
            hits.append(p)
    if hits:
        return min(hits, key=lambda p: (_rank(p), p.start))
    if in_sent or article_focus is None:
        return None
    if _is_country(article_focus) and not allow_country:
        return None
    return article_focus


def article_focus(places: Sequence[Place], *, min_score: float = 2.0) -> Place | None:
    """The dominant location of an article.

    Score of a place: its mentions weighted by specificity (city or finer 1.0, ADM2 1.0,
    ADM1 0.8, region 0.6, country 0.6, continent 0.3), doubled for a mention in the first
    :data:`LEAD_CHARS` characters (dateline, lead), plus 0.5 per mention of a place that lies
    in it (same ADM1 for an ADM1, same country for a country). The best place needs
    ``min_score`` (two mentions, or one in the lead); ties go to the earlier first mention.

    Parameters
    ----------
    places : sequence of Place
    min_score : float

    Returns
    -------
    Place or None
        The first mention of the dominant place.
    """
    if not places:
        return None
    weight = {0: 1.0, 1: 1.0, 2: 1.0, 3: 0.8, 4: 0.6, 5: 0.6, 6: 0.3}
    score: dict[int, float] = defaultdict(float)
    first: dict[int, Place] = {}
    for p in places:
        w = weight[_rank(p)] * (2.0 if p.start < LEAD_CHARS else 1.0)
        score[p.geonameid] += w
        first.setdefault(p.geonameid, p)
    for gid, rep in first.items():
        if rep.feature_code.startswith("PCL"):
            score[gid] += 0.5 * sum(
                1 for q in places if q.country == rep.country and q.geonameid != gid
            )
        elif rep.feature_code == "ADM1":
            score[gid] += 0.5 * sum(
                1
                for q in places
                if q.admin1 == rep.admin1 and q.country == rep.country and q.geonameid != gid
            )
    best = max(first, key=lambda g: (score[g], -first[g].start))
    return first[best] if score[best] >= min_score else None

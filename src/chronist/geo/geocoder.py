"""Toponym recognition and resolution to GeoNames (offline, no Elasticsearch).

Recognition (:meth:`Geocoder.find_places`)
    1. spaCy entities labelled ``GPE``, ``LOC`` or ``FAC`` (OntoNotes 5.0 entity types) whose text,
       without a leading "the", a trailing possessive or leading directional modifiers ("Far
       North Queensland"), is in the gazetteer; a facility only if the gazetteer has it as a
       non-populated feature ("the White House" is not the town White House, Tennessee);
    2. entities of any other label only when their *whole* text is a country, first-level
       division, continent, alias-table place or city of at least :data:`MISLABEL_MIN_POP`
       (spaCy's small model tags lone city names as ORG or PERSON) — so "the University of
       Chicago" (ORG) never yields Chicago; an entity that is a list of place names ("Ingham or
       Townsville") is split; "U.S.-led" yields "U.S.";
    3. a gazetteer matcher over proper-noun token runs outside any entity (countries, ADM1,
       continents, alias-table places and cities of at least :data:`MATCHER_MIN_POP`);
    4. one sense per discourse: a word that is part of a multi-word PERSON (or ORG) entity
       elsewhere in the article, or a first name followed by a surname ("Nancy Pelosi"), is not
       a place unless it names a country, ADM1, continent or a city of :data:`STRONG_MIN_POP`.
    Demonyms and nationality adjectives ("Armenian forces") are never place mentions by default
    (``include_demonyms=True`` follows corpora such as TR-News that annotate them); they are
    used as evidence for their country.

Resolution (:meth:`Geocoder.resolve_mentions`)
    Each candidate gets a prior from its feature type and population (GeoNames), then bonuses
    for agreeing with the article's context: the countries and first-level divisions of the
    other names' current choices, and spatial proximity to plausible candidates of the other
    names (iterated conditional modes, two rounds). An explicit qualifier ("Paris, Texas",
    "Louisville, Ky.") restricts the candidates to that area, and a city named like the
    division that contains it ("Yerevan" city vs the Yerevan province) is preferred to the
    division. The weights were set by hand (Lieberman & Samet 2010; Leidner 2008 for spatial
    minimality; Speriosu & Baldridge 2013 describe the same evidence types). A name that
    resolves to nothing is dropped on its own.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from chronist.geo.countries import country_tables, normalize_name
from chronist.geo.gazetteer import Entry, Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Geocoder", "Mention", "Place", "get_geocoder"]

#: Entity labels read as place mentions (OntoNotes 5.0).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Minimum population for a city found by the gazetteer matcher outside spaCy entities.
MATCHER_MIN_POP = 100_000
#: Minimum population for a city whose name spaCy labelled ORG/PERSON/NORP as a whole.
MISLABEL_MIN_POP = 50_000
#: A place name also used in a PERSON entity of the article is kept only if it is a country,
#: ADM1, continent or a city this large ("Jackson said" after "Andrew Jackson" is a person).
STRONG_MIN_POP = 200_000
#: A name matching only alternate names of cities (not sharing the main name's first four
#: letters, unlike "Ludwigshafen" for Ludwigshafen am Rhein) needs one this large ("Bombay").
ALT_ONLY_MIN_POP = 300_000
#: Tokens that, before a name, show a person rather than a place ("Mr. Jordan").
_PERSON_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "lord",
        "lady",
        "president",
        "minister",
        "senator",
        "gov",
        "governor",
        "rep",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "saint",
        "st",
        "general",
        "gen",
        "col",
        "capt",
        "sgt",
        "judge",
        "justice",
        "mayor",
        "chancellor",
    ]
)
#: Share of an ADM1's population a same-named city needs to be read as a city-state.
CITY_STATE_SHARE = 0.35
#: Maximum bonus for agreeing with the article's countries / first-level divisions.
W_COUNTRY = 2.0
W_ADMIN1 = 2.0
#: Bonus for the capital of a country that the article names as a place ("France ... Paris" is
#: not Paris, Kentucky). A demonym does not count. A bonus for every place in a named country
#: (1.5) was tried and dropped: it helped local news (TR-News, +0.006) but pulled wire copy's
#: cities to namesakes in any country named in passing ("the United States warned Moscow" ->
#: Moscow, Idaho).
W_CAPITAL = 1.0
#: Weight, radius (km) and plausibility floor of the spatial-proximity support.
W_NEAR = 3.0
NEAR_KM = 50.0
NEAR_FLOOR = 0.25
#: Candidates kept per name after the prior (by prior score).
MAX_CANDIDATES = 25
#: Most rounds of iterated conditional modes (they stop earlier once no choice changes).
ICM_ROUNDS = 5
#: Similarity at which an alternate name counts as a spelling of the main name, not as another
#: (historical) name: 0.8 keeps "odessa" / "odesa" (0.91) and "kharkov" / "kharkiv" (0.86),
#: and leaves "bombay" / "mumbai" (0.5) to the alias table.
VARIANT_RATIO = 0.8
#: Context weight of a name used as an actor ("The United States condemned ...", "Canada's
#: minister", "US officials", "US-led"), against 1 for a setting ("in Syria"); see _weigh_roles.
ACTOR_WEIGHT = 0.5
#: Head nouns (lemmas) that make a place-name modifier an actor: state agents, after the
#: government, military and diplomatic agents of the CAMEO/Phoenix agent dictionary.
STATE_AGENTS = frozenset(
    "president minister ministry envoy consul ambassador embassy official government "
    "administration department secretary diplomat delegation spokesman spokeswoman leader "
    "chancellor general troops force military army navy coalition lawmaker senator "
    "authority regulator".split()
)
#: Agents that act at home: a place name owning or modifying one stays a setting ("Canada's
#: public safety minister visited Kingston", "Malaysia's police said ... Georgetown").
DOMESTIC_AGENTS = frozenset("police governor premier mayor sheriff coastguard firefighter".split())
DOMESTIC_PORTFOLIOS = frozenset(
    "interior home public safety health transport education emergency fire".split()
)
#: "Holliday, Missouri" where the gazetteer has no Holliday in Missouri resolves to Missouri
#: (the named area) rather than to a namesake elsewhere, if no reading of the place, and no
#: city reading of the area, is this large ("Moscow, Washington and Beijing" is a list).
UNPLACED_MAX_POP = 100_000
#: A city of this size can qualify a smaller place ("Silver Street, Edmonton", "Giza's Haram
#: district"), which must then lie within CITY_AREA_KM of the city's point.
CITY_AREA_MIN_POP = 100_000
CITY_AREA_KM = 40.0
#: "Holliday, Missouri" reads the place into the area only when the area closes the phrase:
#: punctuation or the end follows it, not "'s", a verb or "and" ("Krasnohorivka, Russia's
#: defence ministry said", "Shebekino, Ukraine denied", "Qalat, Uruzgan and Ghazni").
_CLOSES = re.compile(r"^\s*(?:$|[,.;:)(\u2014\u2013]|-\s)")
#: "London's Gatwick airport": a reading of the place this near a possessive city is its own.
POSSESSED_KM = 100.0
#: Nouns that, after "<country>'s <unknown name>", show the name is a place in that country.
PLACE_NOUNS = frozenset(
    "district neighbourhood neighborhood quarter suburb area region province village town "
    "camp prison jail hospital airport port harbour harbor square street avenue road base "
    "valley island coast border crossing field plant site refinery".split()
)
_LOC_STRIP_HEAD = ("the ",)
_AFFIX = re.compile(
    r"^(.+?)-(led|based|backed|brokered|born|made|run|owned|funded|sponsored|allied|"
    r"controlled|held|bound|linked|centred|centered|headquartered)\b",
    re.IGNORECASE,
)
_LIST_SEP = re.compile(r",|&|\band\b|\bor\b")
_DIRECTIONAL = frozenset(
    [
        "far",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "downtown",
        "rural",
    ]
)
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class Place:
    """A place mention resolved to a gazetteer entry.

    Attributes
    ----------
    text : str
        Surface text in ``doc.text`` (``doc.text[start:end]``).
    start, end : int
        Character offsets in ``doc.text``.
    geonameid : int
        GeoNames id (negative for alias-table places without a known id; see
        :mod:`chronist.geo.gazetteer`).
    name : str
        Gazetteer name.
    feature_class, feature_code : str
        GeoNames feature class and code.
    country : str or None
        ISO 3166-1 alpha-3.
    admin1 : str or None
        First-level division name.
    lat, lon : float
        WGS84 degrees.
    population : int
    """

    text: str
    start: int
    end: int
    geonameid: int
    name: str
    feature_class: str
    feature_code: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass
class Mention:
    """A candidate toponym span before resolution (internal, exposed for the scorer)."""

    text: str
    start: int
    end: int
    candidates: list[Entry]
    qualifier: int | None = None  # index of a mention that qualifies this one ("Paris, Texas")
    source: str = "ent"
    weight: float = 1.0  # weight as context for the other names (see _weigh_roles)


def _place(m: Mention, e: Entry) -> Place:
    return Place(
        m.text,
        m.start,
        m.end,
        e.geonameid,
        e.name,
        e.feature_class,
        e.feature_code,
        e.country,
        e.admin1,
        e.lat,
        e.lon,
        e.population,
    )


#: What may follow a city's usual short name in its full GeoNames name.
_SHORT_FORM = re.compile(r"^(?: town| city|[ -](?:upon|on|am|an der|sur)[ -]\S.*)$")


def _prior(e: Entry, key: str) -> float:
    """Context-free score of a candidate: feature type and population.

    Parameters
    ----------
    e : Entry
        Candidate.
    key : str
        Normalised mention text; an exact match of the preferred name earns +0.3, a spelling
        of it (:func:`_spelling_variant`) loses 0.1, and a city matched only on another
        alternate name loses 1.0.

    Returns
    -------
    float
        ``3 + 0.3 log10(pop)`` for a country, ``2 + 0.3 log10(pop)`` for an ADM1,
        ``3 + 0.2 log10(pop)`` for an ADM2 named with its generic term, ``0.6 log10(pop)`` (+1 for
        a national capital) for a city, 5 for a continent, 3.5 for alias-table places, else 2.
        Hand-set so that a country or state outranks a same-named town and a national capital
        outranks a town 100 times smaller (population prior as in Lieberman & Samet 2010).
    """
    lp = math.log10(e.population + 1)
    kind = e.kind
    if kind == "country":
        s = 3.0 + 0.3 * lp
    elif kind == "continent":
        s = 5.0
    elif kind == "admin1":
        s = 2.0 + 0.3 * lp
    elif kind == "admin2":
        s = 3.0 + 0.2 * lp
    elif kind == "city":
        s = 0.6 * lp + (1.0 if e.feature_code == "PPLC" else 0.0)
    else:
        s = 3.5 if e.geonameid < 0 else 2.0
    name = normalize_name(e.name)
    if name == key:
        s += 0.3
    elif kind == "city" and _spelling_variant(key, name):
        s -= 0.1  # "Odessa" is a spelling of Odesa, nearly as good as the name itself
    elif kind == "city" and not (name.startswith(key) and _SHORT_FORM.match(name[len(key) :])):
        # matched on an alternate (often historical) name: "Waterloo" is not Austin; but
        # "Enfield" is the usual name of Enfield Town, "Quezon" of Quezon City, "Newcastle"
        # of Newcastle upon Tyne and "Frankfurt" of Frankfurt am Main
        s -= 1.0
    return s


@lru_cache(maxsize=65536)
def _spelling_variant(a: str, b: str) -> bool:
    """Whether two normalised names are spellings of one name (transliterations such as
    "odessa" / "odesa", "tbilisi" / "t'bilisi"): five letters or more, the same first letter,
    lengths within two, and a
    :class:`difflib.SequenceMatcher` ratio of at least :data:`VARIANT_RATIO`."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False  # short names: one letter is a different name ("lula" / "lulea")
    return difflib.SequenceMatcher(None, a, b).ratio() >= VARIANT_RATIO


def _a1(code: str) -> str:
    """``"CC.A1"`` part of an admin code (ADM2 entries carry ``"CC.A1"`` as well)."""
    parts = code.split(".")
    return ".".join(parts[:2])


def _fast_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance approximation in km (good to ~1% under 500 km)."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = lat2 - lat1
    if x > 180:
        x -= 360
    return 111.2 * math.hypot(x, y)


def _inside(e: Entry, area: Entry) -> bool:
    """Whether ``e`` lies in ``area``: a country, an ADM1, or a city (within
    :data:`CITY_AREA_KM` of its point, for a place that is not itself an area)."""
    if area.kind == "country":
        return e.country == area.country and e.geonameid != area.geonameid
    if area.kind == "admin1":
        return e.admin1_code == area.admin1_code and e.geonameid != area.geonameid
    if area.kind == "city":
        return (
            e.kind not in ("country", "admin1", "continent")
            and e.geonameid != area.geonameid
            and _fast_km(e.lat, e.lon, area.lat, area.lon) <= CITY_AREA_KM
        )
    return False


def _areas(cands: Sequence[Entry]) -> list[Entry]:
    """Readings of a name that can contain other places: countries, ADM1s and cities of at
    least :data:`CITY_AREA_MIN_POP` ("Silver Street, Edmonton", "Giza's Haram district")."""
    return [
        e
        for e in cands
        if e.kind in ("country", "admin1")
        or (e.kind == "city" and e.population >= CITY_AREA_MIN_POP)
    ]


def _qualifies(place: Sequence[Entry], area: Sequence[Entry], *, cities: bool = True) -> bool:
    """Whether some candidate of a place lies in an area reading of ``area`` (:func:`_areas`;
    without ``cities``, a country or ADM1 only): the "Paris, Texas" pattern."""
    areas = [e for e in _areas(area) if cities or e.kind != "city"]
    return any(_inside(c, a) for c in place for a in areas)


def _unplaced(place: Sequence[Entry], area: Sequence[Entry], *, possessive: bool = False) -> bool:
    """Whether "A, B" (or "B's A") names a small place A in area B that the gazetteer lacks.

    * A has no reading at all ("Toco, Texas", "Seaton Street, Edmonton", "Tahrir Street,
      Baghdad"): B has some area reading (:func:`_areas`);
    * B a country or ADM1 ("Holliday, Missouri" with only a Holliday in Texas): B has no city
      reading of :data:`UNPLACED_MAX_POP` or more (after a possessive it may: "Giza's Haram
      district"), and A has no country, ADM1 or continent reading and none of that size
      ("Moscow, Washington" stays a list);
    * B only a large city: after a possessive, A has only small readings ("Seattle's Capitol
      Hill"); after a comma, two towns are usually a list.

    The caller checks the wording around the pair (:meth:`Geocoder._link_qualifiers`).
    """
    if not place:
        return bool(_areas(area))
    small = not any(
        e.kind in ("country", "admin1", "continent") or e.population >= UNPLACED_MAX_POP
        for e in place
    )
    if any(e.kind in ("country", "admin1") for e in area):
        if not possessive and any(
            e.kind == "city" and e.population >= UNPLACED_MAX_POP for e in area
        ):
            return False
        return small
    return possessive and small and bool(_areas(area))


def _weigh_roles(doc: Doc, ms: Sequence[Mention]) -> None:
    """Lower the context weight of place names used as actors, not as settings.

    In wire copy a country is named in passing as an actor in almost every foreign story
    ("The United States condemned the bombing in Manchester", "Venezuela's foreign minister
    ... in Barcelona", "the US-led coalition ... Palmyra"); counted as the article's setting it
    pulls the other names to namesakes in that country. A name is an actor when its syntactic
    head is a subject, a possessor ("Canada's"), a noun modifier ("US officials") or a
    hyphenated affix ("US-led"), or a noun modifier of a state agent (:data:`STATE_AGENTS`:
    "US officials", "the US consul"): its weight becomes :data:`ACTOR_WEIGHT`. Settings ("in
    Syria", "to Ukraine"), qualifying areas ("Georgetown, Ky.") and other modifiers ("UK
    students") keep weight 1.
    """
    qualifiers = {m.qualifier for m in ms if m.qualifier is not None}
    for k, m in enumerate(ms):
        if k in qualifiers:
            continue  # "Georgetown, Ky.": a qualifying area is a setting
        if m.source == "affix":
            m.weight = ACTOR_WEIGHT
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        dep = root.dep_
        nxt = doc[span.end] if span.end < len(doc) else None
        head = root.head
        lemma = head.lemma_.lower()
        if lemma in DOMESTIC_AGENTS or (
            lemma in ("minister", "ministry", "secretary", "department")
            and {c.lemma_.lower() for c in head.children} & DOMESTIC_PORTFOLIOS
        ):
            continue  # "Canada's public safety minister", "Malaysia's police"
        if dep in ("nsubj", "nsubjpass", "poss") or (nxt is not None and nxt.tag_ == "POS"):
            m.weight = ACTOR_WEIGHT
        elif dep in ("compound", "amod", "nmod") and lemma in STATE_AGENTS:
            m.weight = ACTOR_WEIGHT  # "US officials", "the US president"; not "UK students"


def _drop_unknown(ms: list[Mention]) -> tuple[list[Mention], list[int]]:
    """Drop mentions without candidates that no area qualifies, renumbering qualifiers.

    Returns the kept mentions and, for each, its index in ``ms``.
    """
    keep = [i for i, m in enumerate(ms) if m.candidates or m.qualifier is not None]
    if len(keep) == len(ms):
        return ms, keep
    new = {old: k for k, old in enumerate(keep)}
    for i in keep:
        if ms[i].qualifier is not None:
            ms[i].qualifier = new.get(ms[i].qualifier)
    return [ms[i] for i in keep], keep


class Geocoder:
    """Find and resolve place mentions in spaCy documents (offline GeoNames gazetteer).

    The gazetteer is loaded once per process (:func:`chronist.geo.gazetteer.load_gazetteer`);
    use :func:`get_geocoder` for the shared instance.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self._ct = country_tables()
        self._cache: dict[str, list[Entry]] = {}

    # ------------------------------------------------------------------ lookup helpers
    def candidates(self, text: str) -> list[Entry]:
        """Gazetteer candidates for a surface name (possessive and leading "the" removed)."""
        t = text.strip()
        hit = self._cache.get(t)
        if hit is not None:
            return hit
        s = t
        for p in _POSSESSIVE:
            if s.endswith(p) and len(s) > len(p) + 1:
                s = s[: -len(p)]
                break
        if s.lower().startswith(_LOC_STRIP_HEAD):
            s = s[4:]
        cands = self.gaz.lookup(s) if s else []
        key = normalize_name(s)
        if cands and all(
            e.kind == "city"
            and normalize_name(e.name)[:4] != key[:4]
            and e.population < ALT_ONLY_MIN_POP
            for e in cands
        ):
            cands = []  # only alternate names of mid-sized towns ("Nina" -> Neenah): noise
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[t] = cands
        return cands

    def demonym_entry(self, text: str) -> Entry | None:
        """The place a nationality adjective/demonym refers to, if ``text`` is one.

        "Armenian(s)" -> Armenia, "European" -> Europe. A word that is also the name of a
        country, ADM1 or city of 100,000+ is not a demonym here; small namesakes ("Canadian",
        Texas) are ignored.
        """
        key = normalize_name(text)
        iso3 = self._ct.demonyms.get(key)
        e = self.gaz.country(iso3) if iso3 else None
        if e is None:
            i = self.gaz.demonym_index.get(key)
            e = self.gaz.entries[i] if i is not None else None
        if e is None:
            return None
        for c in self.candidates(text):
            if c.kind in ("country", "admin1", "continent") or c.population >= 100_000:
                return None
        return e

    def well_known_country(self, text: str, *, min_population: int = 200_000) -> str | None:
        """ISO3 of the country of a well-known place called ``text``, when the name is clear.

        Only countries, first-level divisions and cities of at least ``min_population`` count;
        the largest of them must lie in one country or be 10 times as populous as any in another
        ("Florida" -> USA; "Toronto" -> CAN; "London" -> GBR, not Canada's London at a tenth of
        the size; "Victoria" -> None, a state of Australia and a Canadian city). Used by the
        actors stage for places inside organisation names ("the Florida Highway Patrol"), which
        the place stage rejects as mentions.
        """
        best: dict[str, int] = {}
        for e in self.candidates(text):
            if not e.country or e.kind not in ("country", "admin1", "city"):
                continue
            if e.kind == "city" and e.population < min_population:
                continue
            if normalize_name(e.name) != normalize_name(text) and e.kind != "country":
                continue  # alternate names only for countries ("Burma")
            pop = max(e.population, 1)
            best[e.country] = max(best.get(e.country, 0), pop)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]:
            return ranked[0][0]
        return None

    def qualifies(self, place: str, area: str) -> bool:
        """Whether ``area`` (a country or ADM1 name) can say where ``place`` is, as in "Gdańsk,
        Poland" or "Paris, Texas" (the rule the place stage uses to link such pairs)."""
        return _qualifies(self.candidates(place), self.candidates(area), cities=False)

    def is_demonym(self, text: str) -> str | None:
        """ISO3 if ``text`` is a nationality adjective/demonym of a country, else ``None``."""
        e = self.demonym_entry(text)
        return e.country if e is not None and e.kind == "country" else None

    # ------------------------------------------------------------------ recognition
    def mentions(
        self, doc: Doc, *, include_demonyms: bool = False
    ) -> tuple[list[Mention], Counter]:
        """Candidate place mentions of a document and demonym evidence.

        Returns
        -------
        mentions : list of Mention
            Non-overlapping, in text order, each with at least one candidate, or with none
            and a qualifying area ("Toco, Texas": it resolves to the area).
        evidence : Counter
            ISO3 -> count of demonyms naming the country ("Armenian forces" -> ARM).
        """
        text = doc.text
        out: list[Mention] = []
        evidence: Counter = Counter()
        covered = [False] * len(doc)
        person_words = {
            t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
        }
        org_words = {
            t.text for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1 for t in ent
        }
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                covered[i] = True
            span = self._trim(ent)
            if span is None:
                continue
            if ent.label_ in PLACE_LABELS:
                span = self._extend_left(span)
            s_text = span.text
            dem = self.demonym_entry(s_text)
            if dem is not None:
                if dem.country and dem.kind == "country":
                    evidence[dem.country] += 1
                if include_demonyms and span[-1].tag_ not in ("NNS", "NNPS"):
                    out.append(
                        Mention(s_text, span.start_char, span.end_char, [dem], source="demonym")
                    )
                continue
            label = ent.label_
            cands = self.candidates(s_text)
            if label == "FAC":  # a facility is only a place if the gazetteer has it as one
                cands = [e for e in cands if e.kind not in ("city", "admin1", "admin2")]
            nxt = doc[span.end] if span.end < len(doc) else None
            first_name = (
                label in PLACE_LABELS
                and len(span) == 1
                and nxt is not None
                and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper()
                and nxt.ent_type_ in ("", "PERSON")
            )
            if (
                cands
                and (s_text in person_words or first_name)
                and not any(
                    e.kind in ("country", "admin1", "continent") or e.population >= STRONG_MIN_POP
                    for e in cands
                )
            ):
                continue  # "Logan" is a person elsewhere in the article (one sense per discourse)
            m_aff = _AFFIX.match(s_text) if not cands else None
            if m_aff:  # "U.S.-led", "Moscow-based": the place before the hyphenated participle
                head = m_aff.group(1)
                dem2 = self.demonym_entry(head)
                if dem2 is not None:
                    if dem2.country and dem2.kind == "country":
                        evidence[dem2.country] += 1
                    continue
                c2 = self.candidates(head)
                if c2:
                    st = span.start_char
                    out.append(Mention(head, st, st + len(head), c2, source="affix"))
                continue
            if not cands and _LIST_SEP.search(s_text):
                parts = self._split_list(span)
                if parts:  # "Ingham or Townsville", "Haris and Varzaqan" (any label)
                    out.extend(parts)
                    continue
            if label in PLACE_LABELS:
                if not cands:
                    cands = self._fallback(s_text)
                if not cands:
                    sub = self._strip_modifiers(span)
                    if sub is not None:
                        span, s_text = sub, sub.text
                        cands = self.candidates(s_text)
                if cands:
                    out.append(Mention(s_text, span.start_char, span.end_char, cands))
                elif s_text not in person_words:  # kept only if an area follows ("Toco, Texas")
                    out.append(
                        Mention(s_text, span.start_char, span.end_char, [], source="unknown")
                    )
            elif (
                cands
                and self._mislabelled_place(span, cands, label)
                and not (
                    s_text in org_words
                    and not any(
                        e.kind in ("country", "admin1", "continent")
                        or e.population >= STRONG_MIN_POP
                        for e in cands
                    )
                )
            ):  # "Xinhua" alone after "Xinhua News Agency" is the agency
                out.append(Mention(s_text, span.start_char, span.end_char, cands, source="relabel"))
        out.extend(
            self._match(
                doc, covered, evidence, include_demonyms=include_demonyms, person_words=person_words
            )
        )
        out.sort(key=lambda m: m.start)
        # drop overlaps (keep the earlier/longer)
        clean: list[Mention] = []
        for m in out:
            if clean and m.start < clean[-1].end:
                if (m.end - m.start) > (clean[-1].end - clean[-1].start):
                    clean[-1] = m
                continue
            clean.append(m)
        self._link_qualifiers(text, clean)
        return _drop_unknown(clean)[0], evidence

    def _trim(self, span: Span) -> Span | None:
        """Drop a leading determiner and a trailing possessive from an entity span."""
        start, end = span.start, span.end
        doc = span.doc
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and doc[end - 1].text in _POSSESSIVE + ("’", "'"):
            end -= 1
        if start >= end:
            return None
        return doc[start:end]

    def _fallback(self, text: str) -> list[Entry]:
        """Looser lookups for a GPE/LOC name not in the gazetteer ("Upper Edmonton")."""
        words = text.split()
        for drop in (
            (
                "city",
                "county",
                "province",
                "state",
                "region",
                "district",
                "governorate",
                "oblast",
                "prefecture",
            ),
        ):
            if len(words) > 1 and words[-1].lower() in drop:
                c = self.candidates(" ".join(words[:-1]))
                if c:
                    return c
        if len(words) > 1 and words[-1].lower().rstrip(".") == "co":  # "Plymouth Co."
            c = self.candidates(" ".join(words[:-1] + ["County"]))
            if c:
                return c
        # "Greater Toronto Area", "Greater Manchester"; "North London", "Upper Edmonton": the
        # named place itself, if it is a country, an ADM1, a city of 100,000+ or a town of
        # 10,000+ called just that (not "Plains" for Danvers, an old name), which lies
        # within the usual 161 km of the area or district. Which of several namesakes is
        # meant is left to the article's context (Upper Edmonton in north London); the prior
        # already discounts them as matched on another name.
        core = words
        if len(core) > 2 and core[0].lower() == "greater" and core[-1].lower() == "area":
            core = core[:-1]
        while len(core) > 1 and core[0].lower() in _DIRECTIONAL | {
            "greater",
            "upper",
            "lower",
            "inner",
            "outer",
        }:
            core = core[1:]
        if core is not words:
            key = normalize_name(" ".join(core))
            c = [
                e
                for e in self.candidates(" ".join(core))
                if e.kind in ("country", "admin1")
                or e.population >= 100_000
                or (e.population >= 10_000 and normalize_name(e.name) == key)
            ]
            if c:
                return c
        return []

    def _extend_left(self, span: Span) -> Span:
        """Take in a capitalised word that spaCy left out of a place entity when the longer
        name is in the gazetteer: spaCy tags "General Santos City" as GPE "Santos City"
        (General read as a title), and "Santos" alone is the Brazilian city."""
        if span.start == 0:
            return span
        prev = span.doc[span.start - 1]
        if not prev.is_title or prev.ent_type_ or (prev.is_sent_start and prev.is_stop):
            return span
        longer = span.doc[span.start - 1 : span.end]
        return longer if self.candidates(longer.text) else span

    def _strip_modifiers(self, span: Span) -> Span | None:
        """``Far North Queensland`` -> ``Queensland``: drop leading directional modifiers."""
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in _DIRECTIONAL:
            start += 1
        if start == span.start:
            return None
        return span.doc[start : span.end]

    def _split_list(self, span: Span) -> list[Mention]:
        """Split an entity that is a list of place names ("Hornsey, Stoke Newington").

        Every part must be in the gazetteer (parts that are demonyms or unknown words make the
        entity an organisation name such as "Kentucky Fish & Wildlife"), else nothing.
        """
        out = []
        base = span.start_char
        for m in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|\bor\b|$))", span.text):
            part = m.group(0)
            lead = len(part) - len(part.lstrip())
            part = part.strip()
            if not part or part in ("and", "or"):
                continue
            if not part[:1].isupper() and not part.startswith(("and ", "or ")):
                return []
            if part.startswith(("and ", "or ")):
                lead += part.index(" ") + 1
                part = part.split(" ", 1)[1].strip()
            c = self.candidates(part)
            if not c or not part[:1].isupper():
                return []
            st = base + m.start() + lead
            out.append(Mention(part, st, st + len(part), c))
        return out if len(out) >= 2 else []

    def _mislabelled_place(self, span: Span, cands: list[Entry], label: str) -> bool:
        """Whether a non-place entity whose whole text is a place name is a mislabelled place.

        spaCy's small model tags lone city names as ORG, PERSON, PRODUCT or even DATE; the
        whole entity text must be the name of a country, ADM1, continent or a city of at least
        :data:`MISLABEL_MIN_POP`, and not follow a personal title ("Mr. Jordan").
        """
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in _PERSON_TITLES:
            return False
        if label in ("CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"):
            return False
        if label == "PERSON" and len(span) > 1:
            return False
        if span.end < len(doc) and doc[span.end].pos_ == "PROPN":
            return False
        for e in cands:
            k = e.kind
            if k in ("country", "admin1", "continent") or e.geonameid < 0:
                return True
            if k == "city" and e.population >= MISLABEL_MIN_POP:
                return True
        return False

    def _match(
        self,
        doc: Doc,
        covered: list[bool],
        evidence: Counter,
        *,
        include_demonyms: bool,
        person_words: set[str],
    ) -> list[Mention]:
        """Gazetteer matcher over capitalised proper-noun runs outside entities."""
        out: list[Mention] = []
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if covered[i] or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                i += 1
                continue
            found = None
            for j in range(min(n, i + 4), i, -1):
                if any(covered[k] for k in range(i, j)):
                    continue
                if not doc[j - 1].text[:1].isupper() and j - 1 > i:
                    continue
                span = doc[i:j]
                stext = span.text
                dem = self.demonym_entry(stext)
                if dem is not None:
                    if dem.country and dem.kind == "country":
                        evidence[dem.country] += 1
                    if include_demonyms and span[-1].tag_ not in ("NNS", "NNPS"):
                        found = Mention(
                            stext, span.start_char, span.end_char, [dem], source="demonym"
                        )
                    else:
                        found = False
                    break
                if tok.pos_ != "PROPN":
                    continue
                cands = self.candidates(stext)
                if cands and any(self._matchable(e) for e in cands):
                    if i > 0 and doc[i - 1].lower_.rstrip(".") in _PERSON_TITLES:
                        continue
                    strong = any(e.kind in ("country", "admin1", "continent") for e in cands)
                    if not strong and (
                        stext in person_words
                        or (j < n and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
                    ):
                        continue  # "Nancy Pelosi": a first name, not the French city
                    if (
                        tok.is_sent_start
                        and len(span) == 1
                        and tok.lower_ in doc.vocab.strings
                        and doc.vocab[tok.lower_].is_stop
                    ):
                        continue
                    found = Mention(stext, span.start_char, span.end_char, cands, source="match")
                    break
            if found:
                out.append(found)
                i = doc.char_span(found.start, found.end, alignment_mode="expand").end
            elif found is False:
                i = i + 1
            else:
                i += 1
        return out

    @staticmethod
    def _matchable(e: Entry) -> bool:
        k = e.kind
        return (
            k in ("country", "admin1", "continent")
            or e.geonameid < 0
            or (k == "city" and e.population >= MATCHER_MIN_POP)
        )

    def _link_qualifiers(
        self, text: str, ms: list[Mention], index: Sequence[int] | None = None
    ) -> None:
        """Mark "A, B" pairs where B (a country, ADM1 or large city) qualifies A ("Paris,
        Texas"), and "B's A" pairs ("Giza's Haram district", "Seattle's Capitol Hill").

        ``ms`` is in text order; ``index[k]`` is the number to store for ``ms[k]`` when the
        caller keeps the mentions in another order (default: ``k``).
        """
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            gap = text[a.end : b.start]
            if gap in ("'s ", "’s "):
                if (
                    a.candidates
                    and not any(e.kind == "continent" for e in b.candidates)
                    and (
                        _qualifies(b.candidates, a.candidates) or self._possessed_place(text, a, b)
                    )
                ):
                    b.qualifier = k if index is None else index[k]
                continue
            if text[a.end : a.end + 2].lstrip().startswith("("):
                self._link_bracket(text, ms, k, index)
                continue
            if gap.strip() not in (",",) or len(gap) > 3:
                continue
            if any(e.kind in ("country", "continent") for e in a.candidates):
                continue  # "in Russia, U.S. officials said": a country is not qualified
            if _qualifies(a.candidates, b.candidates) or (
                _CLOSES.match(text[b.end :]) and _unplaced(a.candidates, b.candidates)
            ):
                a.qualifier = k + 1 if index is None else index[k + 1]

    @staticmethod
    def _link_bracket(
        text: str, ms: list[Mention], k: int, index: Sequence[int] | None = None
    ) -> None:
        """ACLED's place style, "Baga (Kukawa, Borno)": the bracket lists the areas the place
        lies in, most specific first (ACLED Codebook 2023, location: location (admin2,
        admin1)). The place is qualified by the first of them that holds one of its readings;
        when none does and the place is small or unknown (:func:`_unplaced` against the last,
        broadest one), by the first of them, to which it then resolves."""
        a = ms[k]
        if any(e.kind in ("country", "continent") for e in a.candidates):
            return
        open_at = text.index("(", a.end)
        close = text.find(")", open_at)
        inside = text[open_at + 1 : close]
        if close < 0 or len(inside) > 80 or "(" in inside \
                or not re.fullmatch(r"[^\W\d_][\w'’.\- ]*(?:,\s*[^\W\d_][\w'’.\- ]*)*", inside.strip()):
            return  # not a list of place names: "Baga (the fishing town on Lake Chad)"
        group = [j for j in range(k + 1, len(ms)) if ms[j].start < close]
        if not group:
            return  # "Baga (Kukawa)": no area the gazetteer knows
        chosen = next((j for j in group if _qualifies(a.candidates, ms[j].candidates)), None)
        if chosen is None and _unplaced(a.candidates, ms[group[-1]].candidates):
            chosen = next((j for j in group if ms[j].candidates), None)
        if chosen is not None:
            a.qualifier = chosen if index is None else index[chosen]

    @staticmethod
    def _possessed_place(text: str, a: Mention, b: Mention) -> bool:
        """Whether "A's B" puts B, which has no reading inside A, in A all the same: B is
        small or unknown (:func:`_unplaced`); not when A is a country and B a place of its
        own ("Russia's Bucha massacre"), or B has a reading within :data:`POSSESSED_KM` of a
        city A ("London's Gatwick airport"); and, for a country A and an unknown B, only
        before a place noun ("Iran's Evin prison"; not "Turkey's Erdogan met")."""
        if not _unplaced(b.candidates, a.candidates, possessive=True):
            return False
        areas = _areas(a.candidates)
        country = any(e.kind == "country" for e in areas)
        if country and b.candidates:
            return False
        if any(
            _fast_km(c.lat, c.lon, x.lat, x.lon) <= POSSESSED_KM
            for c in b.candidates
            for x in areas
            if x.kind == "city"
        ):
            return False
        if country:
            nxt = re.match(r"\s*([A-Za-z]+)", text[b.end :])
            return bool(nxt and nxt.group(1).lower() in PLACE_NOUNS)
        return True

    # ------------------------------------------------------------------ resolution
    def resolve_mentions(
        self,
        ms: Sequence[Mention],
        *,
        evidence: Counter | None = None,
        context: Iterable[Place] = (),
    ) -> list[Entry | None]:
        """Choose one candidate per mention using priors and the article's context.

        Score of candidate ``e`` of a name ``n`` (all repeated mentions of a name share it):

        * prior (:func:`_prior`: feature type, log population, exact vs alternate name);
        * ``W_COUNTRY`` x share of the *other* names of the article whose current choice lies in
          ``e``'s country (demonyms and ``context`` places count too);
        * ``W_ADMIN1`` x share of the other names whose choice lies in ``e``'s ADM1;
        * ``W_CAPITAL`` when ``e`` is a national capital and another name of the article (not
          a demonym), or a ``context`` place, is its country;
        * ``W_NEAR`` x share of the other names having a plausible candidate within
          :data:`NEAR_KM` of ``e`` (spatial minimality, Leidner 2008), each weighted by
          ``max(softmax prior, NEAR_FLOOR)``;
        * an explicit qualifier ("Paris, Texas") removes candidates outside the named area;
          when none is inside ("Holliday, Missouri" with only a Texan Holliday), the mention
          resolves to the area as the area itself is resolved (:func:`_unplaced`).

        Choices start from the priors and are updated one name at a time, each seeing the
        others' latest choices (iterated conditional modes, Besag 1986), until none changes
        or :data:`ICM_ROUNDS` rounds have run.

        Parameters
        ----------
        ms : sequence of Mention
        evidence : Counter, optional
            ISO3 counts of demonyms in the article.
        context : iterable of Place
            Places already known for the article (e.g. from other sentences).

        Returns
        -------
        list of Entry or None
            The chosen entry per mention (``None`` when no candidate is left).
        """
        # group mentions by name; a qualified mention forms its own group
        groups: dict[tuple[str, int | None], list[int]] = {}
        for i, m in enumerate(ms):
            q = ms[m.qualifier].text if m.qualifier is not None else None
            groups.setdefault((normalize_name(m.text), hash(q) if q else None), []).append(i)
        gkeys = list(groups)
        G = len(gkeys)
        cands: list[list[Entry]] = []
        priors: list[list[float]] = []
        echo: list[bool] = []  # the name stands for its qualifier: it adds no evidence
        for key, idxs in groups.items():
            m = ms[idxs[0]]
            cs = list(m.candidates)
            echo.append(False)
            if m.qualifier is not None:
                areas = _areas(ms[m.qualifier].candidates)
                ok = [e for e in cs if any(_inside(e, a) for a in areas)]
                if ok:
                    cs = ok
                elif areas:  # no reading inside the area: the area itself
                    cs, echo[-1] = areas, True
            pr = [_prior(e, key[0]) for e in cs]
            # city-state rule: a city named like the ADM1 that contains it, holding at least
            # CITY_STATE_SHARE of its population, wins over the ADM1 (Yerevan, Aleppo, Kyiv;
            # not New York, whose state is much larger than the city)
            big = [e for e in cs if e.kind == "city" and e.population >= 50_000]
            for j, e in enumerate(cs):
                if e.kind == "admin1" and any(
                    c.admin1_code == e.admin1_code
                    and c.population >= CITY_STATE_SHARE * max(1, e.population)
                    for c in big
                ):
                    pr[j] -= 3.0
            order = sorted(range(len(cs)), key=lambda j: -pr[j])[:MAX_CANDIDATES]
            cands.append([cs[j] for j in order])
            priors.append([pr[j] for j in order])
        # softmax plausibility of each candidate within its name (for spatial support)
        plaus: list[list[float]] = []
        for pr in priors:
            mx = max(pr) if pr else 0.0
            ex = [math.exp(x - mx) for x in pr]
            z = sum(ex) or 1.0
            plaus.append([max(NEAR_FLOOR, x / z) for x in ex])
        points = [
            [e for e in cs if e.kind not in ("country", "continent", "admin1")] for cs in cands
        ]

        def near(e: Entry, g2: int) -> float:
            best = 0.0
            for j, f in enumerate(cands[g2]):
                if f.kind in ("country", "continent"):
                    continue
                if f.kind == "admin1":
                    r = (
                        1.0
                        if (e.admin1_code and f.admin1_code and _a1(e.admin1_code) == f.admin1_code)
                        else 0.0
                    )
                elif e.kind == "admin1":
                    r = 1.0 if f.admin1_code and _a1(f.admin1_code) == e.admin1_code else 0.0
                elif e.geonameid == f.geonameid:
                    r = 0.0
                else:
                    d = _fast_km(e.lat, e.lon, f.lat, f.lon)
                    r = 1.0 if d <= NEAR_KM else (0.5 if d <= 3 * NEAR_KM else 0.0)
                if r:
                    best = max(best, r * plaus[g2][j])
                    if best >= 1.0:
                        break
            return best

        near_score: list[list[float]] = []
        for g in range(G):
            row = []
            for e in cands[g]:
                if e.kind in ("country", "continent") or G < 2:
                    row.append(0.0)
                    continue
                row.append(sum(near(e, g2) for g2 in range(G) if g2 != g and points[g2]) / (G - 1))
            near_score.append(row)

        # the article's countries (cc), first-level divisions (aa) and countries named as
        # places (named), from the context and then from each name's current choice
        cc: Counter = Counter()
        aa: Counter = Counter()
        named: Counter = Counter()
        for p in context:
            if p.country:
                cc[p.country] += 1.0
            e = self.gaz.get(p.geonameid)
            if e is not None and e.admin1_code:
                aa[_a1(e.admin1_code)] += 1.0
            if e is not None and e.kind == "country":
                named[e.country] += 1
        for iso3, n in (evidence or {}).items():
            cc[iso3] += 0.5 * min(n, 2)
        tot = sum(cc.values()) + (G - 1)

        def score(g: int, j: int) -> float:
            e = cands[g][j]
            s = priors[g][j] + W_NEAR * near_score[g][j]
            if e.feature_code == "PPLC" and named.get(e.country, 0) > 0:
                s += W_CAPITAL
            if tot > 0:
                if e.country:
                    s += W_COUNTRY * cc.get(e.country, 0.0) / tot
                if e.admin1_code:
                    w = W_ADMIN1 if e.kind != "admin1" else W_ADMIN1 / 2
                    s += w * aa.get(_a1(e.admin1_code), 0.0) / tot
            return s

        choice = [0 if cands[g] else None for g in range(G)]
        # a country named as a place, not by a demonym: "Canadian troops ... in London" is
        # still the British capital
        by_name = [ms[groups[k][0]].source != "demonym" for k in gkeys]
        # a name counts as the article's setting with the largest weight of its mentions
        wt = [0.0 if echo[g] else max(ms[i].weight for i in groups[k]) for g, k in enumerate(gkeys)]

        def count(g: int, e: Entry, sign: float) -> None:
            if e.kind == "country" and by_name[g]:
                named[e.country] += sign
            if e.country:
                cc[e.country] += sign * wt[g]
            if e.admin1_code and e.kind != "country":
                aa[_a1(e.admin1_code)] += sign * wt[g]

        for g, j in enumerate(choice):
            if j is not None:
                count(g, cands[g][j], 1.0)
        # sequential (Gauss-Seidel) updates: each name sees the others' latest choices, so two
        # names cannot keep swapping between two inconsistent readings (Edmonton and Enfield
        # in north London)
        for _ in range(ICM_ROUNDS):
            changed = False
            for g in range(G):
                j0 = choice[g]
                if j0 is None:
                    continue
                count(g, cands[g][j0], -1.0)
                j1 = max(range(len(cands[g])), key=lambda j: score(g, j))
                count(g, cands[g][j1], 1.0)
                if j1 != j0:
                    choice[g] = j1
                    changed = True
            if not changed:
                break
        out: list[Entry | None] = [None] * len(ms)
        for g, key in enumerate(gkeys):
            j = choice[g]
            for i in groups[key]:
                out[i] = None if j is None else cands[g][j]
        # a place resolved to its qualifying area takes the area's own reading ("Smalltown,
        # Georgia" follows "Georgia")
        for i, m in enumerate(ms):
            q = m.qualifier
            e = out[i]
            if (
                q is not None
                and e is not None
                and out[q] is not None
                and e in ms[q].candidates
                and out[q] in ms[q].candidates
            ):
                out[i] = out[q]
        return out

    # ------------------------------------------------------------------ public API
    def find_places(
        self, doc: Doc, *, include_demonyms: bool = False, context: Sequence[Place] = ()
    ) -> list[Place]:
        """Recognise and resolve the place mentions of a spaCy document.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            Parsed with NER (and tagger/parser for the matcher), e.g. ``en_core_web_sm``.
        include_demonyms : bool
            Also return nationality adjectives ("Turkish") as mentions of their country, as
            TR-News annotates them. Off by default: "Armenian forces" is not a place.
        context : sequence of Place
            Known places of the same article, used as disambiguation evidence.

        Returns
        -------
        list of Place
            In text order; names that resolve to nothing are left out without affecting others.
        """
        ms, evidence = self.mentions(doc, include_demonyms=include_demonyms)
        _weigh_roles(doc, ms)
        chosen = self.resolve_mentions(ms, evidence=evidence, context=context)
        return [_place(m, e) for m, e in zip(ms, chosen) if e is not None]

    def resolve(self, name: str, *, context: Sequence[Place] = ()) -> Place | None:
        """Resolve one place name (a gold span) with optional article context.

        Parameters
        ----------
        name : str
            Place name, e.g. ``"Georgia"``, ``"Paris, Texas"``, ``"Kiev"``.
        context : sequence of Place
            Other places of the article (their countries and ADM1 guide the choice).

        Returns
        -------
        Place or None
            ``None`` when the name is not in the gazetteer. Offsets are 0..len(name).
        """
        return self.resolve_many([name], context=context)[0]

    def resolve_many(
        self, names: Sequence[str], *, context: Sequence[Place] = (), include_demonyms: bool = True
    ) -> list[Place | None]:
        """Resolve several names of one article jointly (each is context for the others).

        Demonyms ("Turkish") resolve to their country when ``include_demonyms`` is true.
        """
        return self._resolve_names(names, None, context=context, include_demonyms=include_demonyms)

    def resolve_spans(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        *,
        context: Sequence[Place] = (),
        include_demonyms: bool = True,
    ) -> list[Place | None]:
        """Resolve given place spans of one text jointly, as :meth:`find_places` would resolve
        them had it recognised exactly these spans.

        Unlike :meth:`resolve_many`, the text is kept, so a span followed by ", " and a span
        naming its state or country is qualified by it ("Paris, Illinois" as two spans).

        Parameters
        ----------
        text : str
            The article text.
        spans : sequence of (int, int)
            Character offsets ``[start, end)`` of the place names, e.g. gold toponyms.

        Returns
        -------
        list of Place or None
            One per span, with the span's offsets; ``None`` where the name is not in the
            gazetteer.

        Raises
        ------
        ValueError
            A span that is empty, reversed or outside the text, naming the span.
        """
        for a, b in spans:
            if not 0 <= a < b <= len(text):
                raise ValueError(f"place span ({a}, {b}) is not inside the text (0, {len(text)})")
        names = [text[a:b] for a, b in spans]
        return self._resolve_names(
            names, text, spans=spans, context=context, include_demonyms=include_demonyms
        )

    def _resolve_names(
        self,
        names: Sequence[str],
        text: str | None,
        *,
        spans: Sequence[tuple[int, int]] = (),
        context: Sequence[Place] = (),
        include_demonyms: bool = True,
    ) -> list[Place | None]:
        """Shared body of :meth:`resolve_many` (``text`` None) and :meth:`resolve_spans`."""
        ms: list[Mention] = []
        idx: list[int | None] = []
        for k, name in enumerate(names):
            parts = [p.strip() for p in name.split(",")] if "," in name else [name]
            dem = self.demonym_entry(name) if include_demonyms else None
            if dem is not None:
                cands = [dem]
            else:
                cands = self.candidates(name) or (self.candidates(parts[0]) if parts else [])
            if not cands:
                cands = self._fallback(name)
            if not cands and text is None:
                idx.append(None)
                continue
            # a name without candidates stays, in case an area qualifies it ("Toco, Texas")
            start, end = spans[k] if text is not None else (0, len(name))
            m = Mention(name, start, end, cands, source="demonym" if dem is not None else "ent")
            ms.append(m)
            idx.append(len(ms) - 1)
            if len(parts) > 1 and self.candidates(parts[-1]):
                q = Mention(parts[-1], end - len(parts[-1]), end, self.candidates(parts[-1]))
                ms.append(q)
                m.qualifier = len(ms) - 1
        if text is not None:
            order = sorted(range(len(ms)), key=lambda i: ms[i].start)
            self._link_qualifiers(text, [ms[i] for i in order], order)
        kept, where = _drop_unknown(ms)
        chosen: list[Entry | None] = [None] * len(ms)
        for i, e in zip(where, self.resolve_mentions(kept, context=context)):
            chosen[i] = e
        out: list[Place | None] = []
        for k in idx:
            if k is None or chosen[k] is None:
                out.append(None)
            else:
                out.append(_place(ms[k], chosen[k]))
        return out


@lru_cache(maxsize=1)
def get_geocoder() -> Geocoder:
    """Process-wide shared :class:`Geocoder` (gazetteer loaded once)."""
    return Geocoder()

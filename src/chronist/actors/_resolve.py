"""Resolve actor phrases to a country (ISO 3166 alpha-3 or an IGO code), a sector and a
canonical name, with within-article coreference.

Evidence, in order (issue 5; PLOVER manual 2.0 "Sector Codes", "Country names"):
1. Chronist's own tables: office holders since about 2015, dated (``data/leaders.tsv``), and
   news organisations, companies, IGOs and parties that Phoenix lacks or codes without a
   country (``data/organisations.tsv``); then the Phoenix actor dictionaries (persons and
   organisations, with date ranges checked against the DCT; MIT, Open Event Data Alliance),
   which stop around 2016;
2. country names, nationality adjectives and demonyms in the phrase (a possessor or modifier of
   the head first: "Azerbaijan's Turkish-backed military" is AZE); a capital or a country name
   alone is that state's government ("Moscow said": RUS GOV); failing those, a place of the
   phrase resolved by the geo stage gives its country ("Gdansk residents": POL), or a
   well-known place inside an organisation's name ("the Florida Highway Patrol": USA);
3. agent nouns and titles (Phoenix.agents.txt, with Chronist overrides: protesters are PRO);
4. coreference: pronouns (he, his, him, she, her) take the most recent person, preferring the
   subject of the current or previous sentence (an object pronoun never its own clause's
   subject); I/we/my/our inside quotes take the quoted speaker; they/we in reported speech
   take the reporting subject ("Police said they arrested"); a bare surname takes the full
   name used elsewhere in the article;
5. context: a state or protest sector (GOV, MIL, COP, LEG, JUD, PRO, OPP) with no country in
   the phrase takes the event's location country, else the article's dominant country; an
   unnamed group described by a common noun (CVL, LAB, EDU, ...) takes only the event's own
   location country; a named person with no country of their own takes the article's *focus*
   country, when one country has at least :data:`FOCUS_MIN_MENTIONS` mentions (country and
   nationality names, and the article's places inside a country) and at least
   :data:`FOCUS_MIN_SHARE` of all of them (``country_source`` ``focus``; hand-checked in
   ``docs/handchecks/actors-wikinews-places-focus.md``). Nothing else is inferred.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from chronist.actors._roles import phrase_tokens
from chronist.events._mention import ActorMention
from chronist.geo.countries import capital_country, country_code, country_name

#: Chronist overrides of Phoenix agent sectors (PRO for protesters: issue 5).
SECTOR_OVERRIDES: dict[str, str] = {
    "protester": "PRO", "protesters": "PRO", "demonstrator": "PRO", "demonstrators": "PRO",
    "protestor": "PRO", "protestors": "PRO", "marchers": "PRO", "rioters": "PRO",
    "general staff": "MIL", "armed forces": "MIL", "military": "MIL", "army": "MIL",
    "troops": "MIL", "soldiers": "MIL", "forces": "MIL", "navy": "MIL", "air force": "MIL",
    "police": "COP", "policemen": "COP", "police officers": "COP", "security forces": "COP",
    "government": "GOV", "cabinet": "GOV", "ministry": "GOV", "minister": "GOV",
    "prime minister": "GOV", "president": "GOV", "administration": "GOV", "officials": "GOV",
    "parliament": "LEG", "lawmakers": "LEG", "legislators": "LEG", "senate": "LEG",
    "congress": "LEG", "court": "JUD", "judge": "JUD", "prosecutors": "JUD",
    "opposition": "OPP", "rebels": "REB", "militants": "REB", "insurgents": "REB",
    "journalists": "JRN", "reporters": "JRN", "students": "EDU", "refugees": "REF",
    "workers": "LAB", "union": "LAB", "company": "BUS", "supporters": "CVL", "supporter": "CVL",
    "critics": "OPP",
    "residents": "CVL", "civilians": "CVL", "people": "CVL", "villagers": "CVL",
    # groups of the ACLED Codebook 2023 ("Rioters", "Unidentified Armed Group") that the
    # Phoenix agents dictionary lacks
    "crowd": "CVL", "crowds": "CVL", "youth": "CVL", "youths": "CVL", "locals": "CVL",
    "vigilantes": "CVL", "gunman": "UAF", "gunmen": "UAF",
    "teenager": "CVL", "teenagers": "CVL", "boy": "CVL", "boys": "CVL", "motorists": "CVL",
    "herder": "AGR", "herders": "AGR", "security agents": "COP", "security agent": "COP",
    # traditional authorities are civilians in ACLED (Codebook 2023, "Civilians")
    "customary chief": "CVL", "traditional chief": "CVL", "village chief": "CVL",
    "tribal chief": "CVL", "elder": "CVL", "elders": "CVL",
    # victims that conflict reports name by what they were doing
    "vendor": "CVL", "vendors": "CVL", "motorcyclist": "CVL", "motorcyclists": "CVL",
    "bystander": "CVL", "bystanders": "CVL", "pedestrian": "CVL", "pedestrians": "CVL",
    "commuter": "CVL", "commuters": "CVL", "passer-by": "CVL", "passers-by": "CVL",
    "driver": "CVL", "drivers": "CVL", "person": "CVL", "schoolchildren": "CVL",
    "shepherd": "AGR", "shepherds": "AGR", "miner": "LAB", "miners": "LAB", "pastor": "REL",
    "peacekeeper": "MIL", "peacekeepers": "MIL",
    "gendarme": "COP", "gendarmes": "COP", "gendarmerie": "COP",
    "carabinero": "COP", "carabineros": "COP",  # Chile's national police
    "pensioner": "CVL", "pensioners": "CVL", "retiree": "CVL", "retirees": "CVL",
    "graduate": "CVL", "graduates": "CVL",
    "poacher": "CRM", "poachers": "CRM", "thief": "CRM", "thieves": "CRM",
    "attacker": "UAF", "attackers": "UAF", "abductor": "UAF", "abductors": "UAF",
    "assassin": "UAF", "assassins": "UAF", "sniper": "UAF", "snipers": "UAF",
    "shooter": "UAF", "shooters": "UAF", "hijacker": "UAF", "hijackers": "UAF",
    "stabber": "UAF", "hitmen": "UAF", "thug": "UAF", "thugs": "UAF",
}
SECTOR_LABEL: dict[str, str] = {
    "GOV": "government", "MIL": "military", "COP": "police", "LEG": "legislature",
    "JUD": "judiciary", "OPP": "opposition", "REB": "rebels", "PRO": "protesters",
    "CVL": "civilians", "BUS": "business", "JRN": "media", "EDU": "education", "REF": "refugees",
    "LAB": "labour", "MED": "health", "SPY": "intelligence", "ELI": "elites", "CRM": "criminals",
    "UAF": "unidentified armed forces", "REL": "religious", "AGR": "agriculture",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
}
#: Modifiers that make unnamed people an unidentified armed group (ACLED Codebook 2023,
#: "Unidentified Armed Group"): "unidentified men", "unknown assailants", "masked individuals".
_UNIDENTIFIED = frozenset("unidentified unknown masked armed".split())
#: Sectors that take the event's place or the article's dominant country when the text names
#: none ("the prime minister", "police", "protesters"). Persons and generic civilians do not:
#: a hand check of 50 Wikinews events found that inference wrong for them 8 times in 10.
_STATE_OR_PROTEST = frozenset("GOV MIL COP LEG JUD PRO OPP".split())
#: Unnamed groups and people described by a common noun ("several thousand people", "an IT
#: worker", "students", "rebels") take the country of the event's own place (the clause's
#: place or a sub-national article focus; never the article's dominant country): people who
#: rally, strike or fight somewhere are, in news, almost always of that country.
#: An article's focus country: named at least this often, and in at least this share of all
#: country mentions (nationality adjectives, country or capital names, and the places of the
#: article that lie in a country).
FOCUS_MIN_MENTIONS = 3
FOCUS_MIN_SHARE = 0.6
_LOCAL_GROUPS = frozenset("CVL LAB EDU REF MED REL CRM UAF REB".split())
#: CAMEO/Phoenix agent codes -> PLOVER sector codes (PLOVER manual 2.0, "Sector Codes"):
#: CAMEO MED is media (PLOVER JRN), CAMEO HLH is health (PLOVER MED).
CAMEO_TO_PLOVER_SECTOR: dict[str, str] = {
    "MED": "JRN", "HLH": "MED", "PPL": "CVL", "INS": "REB", "SEP": "REB", "RAD": "OPP",
    "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "DEV": "GOV",
    "ENV": "SOC", "HRI": "SOC", "MNC": "BUS", "SET": "CVL", "MOD": "CVL", "CON": "CVL",
    "NON": "CVL", "UNK": "UNK",
}


def plover_sector(code: str | None) -> str | None:
    """Map a CAMEO/Phoenix agent code to a PLOVER sector code (see CAMEO_TO_PLOVER_SECTOR)."""
    if not code:
        return None
    return CAMEO_TO_PLOVER_SECTOR.get(code, code)
_TITLE_WORDS = frozenset(
    "prime minister president mr mrs ms dr gen general chief foreign defence defense interior "
    "secretary spokesman spokeswoman leader king queen sheikh premier chancellor ambassador "
    "senator governor mayor judge colonel col lieutenant lt sir deputy first vice acting former "
    "opposition army head the of state".split()
)
_MALE_FEMALE = frozenset("he him his she her hers himself herself".split())
_FIRST_PERSON = frozenset("i me my we us our".split())
_THIRD_PLURAL = frozenset("they them their themselves".split())
_REPORTING = frozenset("say write tell add state declare announce post insist note".split())


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    """Agent noun phrase (lower case) -> sector code: Phoenix.agents.txt plus overrides."""
    data = json.loads(resources.files("chronist.data").joinpath("agents.json").read_text("utf-8"))
    data = {k: plover_sector(v) for k, v in data.items()}
    data.update(SECTOR_OVERRIDES)
    return data


def fold(text: str) -> str:
    """Lower case without diacritics: ``"Erdoğan"`` -> ``"erdogan"`` (dictionary keys)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def leader_rows(filename: str = "leaders.tsv") -> list[tuple[str, list[str], str, str, str]]:
    """Rows of an own actor table, ``data/leaders.tsv`` (office holders, dated) or
    ``data/organisations.tsv`` (news organisations, companies, IGOs, parties; undated):
    (name, aliases, CAMEO code, start, end), in file order.

    Raises
    ------
    ValueError
        A row without 5 tab-separated columns (file and line named).
    """
    text = resources.files("chronist.data").joinpath(filename).read_text("utf-8")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{filename} line {n}: expected 5 tab-separated columns, got {len(cols)}")
        name, aliases, code, start, end = cols
        rows.append((name, [a for a in aliases.split("|") if a], code, start, end))
    return rows


@lru_cache(maxsize=1)
def actor_dictionary() -> dict[str, list]:
    """Actor dictionary: folded phrase -> [canonical name, [[code, start, end], ...]].

    Phoenix entries, keyed by their phrase; the rows of ``data/leaders.tsv`` and
    ``data/organisations.tsv`` are put first for their name and aliases (tried before the
    Phoenix codes of the same phrase).
    """
    path = resources.files("chronist.data").joinpath("actors.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        phoenix = json.load(fh)
    out = {fold(k): v for k, v in phoenix.items()}
    own: dict[str, list] = {}
    for name, aliases, code, start, end in leader_rows() + leader_rows("organisations.tsv"):
        for key in {fold(name), *(fold(a) for a in aliases)}:
            own.setdefault(key, [name, []])[1].append([code, start, end])
    for key, (name, codes) in own.items():
        old = out.get(key)
        out[key] = [name, codes + (old[1] if old else [])]
    return out


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """Folded names and aliases of ``data/organisations.tsv``."""
    return frozenset(fold(k) for name, aliases, *_ in leader_rows("organisations.tsv")
                     for k in (name, *aliases))


def dictionary_code(phrase: str, dct: dt.date) -> tuple[str, str] | None:
    """(canonical name, code) of a phrase in the actor dictionary, valid at the DCT."""
    entry = actor_dictionary().get(fold(phrase))
    if not entry:
        return None
    name, codes = entry
    day = dct.isoformat()
    dated = [c for c in codes if (c[1] or c[2]) and (not c[1] or c[1] <= day) and (not c[2] or day <= c[2])]
    undated = [c for c in codes if not c[1] and not c[2]]
    pick = (dated or undated or [None])[0]
    if pick is None:
        return None
    return name, pick[0]


#: Nouns for the members of an armed group: a group named before them is who they are
#: ("Houthi forces" are the Houthis, not a state military).
_MEMBER_NOUNS = frozenset("force forces fighter fighters militant militants rebel rebels troop troops "
                          "dissident dissidents "
                          "militiaman militiamen militia militias member members gunman gunmen "
                          "combatant combatants insurgent insurgents personnel squad squads "
                          "unit units team teams".split())
#: Sectors of armed groups a member noun may take from the name before it.
_GROUP_SECTORS = frozenset("REB UAF INS SEP".split())
#: Sectors a member noun may also take from an organisation's proper name ("Wagner Group
#: personnel", "a CRPF bomb squad", "a member of the Imbonerakure"); not from a nationality
#: ("Russian forces" are resolved by country and sector words instead).
_NAMED_FORCE_SECTORS = frozenset("MIL COP CRM PTY".split())


def _acronym(head) -> bool:
    """Whether ``head`` is an acronym the entity recogniser left untagged ("ECOWAS threatened
    ..."), so that the actor dictionaries are asked about it: 3 to 8 capital letters, in a
    sentence that is not itself in capitals (an all-caps headline)."""
    if not (head.text.isalpha() and head.text.isupper() and 3 <= len(head.text) <= 8):
        return False
    words = [t for t in head.sent if t.is_alpha]
    return sum(t.text.isupper() for t in words) * 2 < len(words)


def _named_group(toks: list, head, dct: dt.date) -> tuple[str, str] | None:
    """(name, code) of the group a member noun belongs to, else None: a non-state armed group
    named by the modifiers before it ("Houthi forces", "M23 rebels", "Al Shabaab militants"),
    or an armed, police, criminal or party organisation named by its proper-noun modifiers
    or by an "of" phrase ("Wagner Group personnel", "a CRPF bomb squad", "a member of the
    Imbonerakure"), or by the name it is parsed as an apposition of ("Boko Haram (JAS)
    militants")."""
    mods = [t for t in toks if t.i < head.i and t.dep_ in ("compound", "amod", "nmod")
            and t.pos_ in ("PROPN", "ADJ", "NOUN")]
    # proper names, also those the tagger reads as nouns ("Imbonerakure members")
    propn = [t for t in mods if t.pos_ == "PROPN" or t.text[:1].isupper() and t.i != t.sent.start]
    names: list[tuple[str, bool]] = []  # (name, proper names only)
    if mods:
        names.append((" ".join(t.text for t in mods), len(propn) == len(mods)))
    if propn and len(propn) < len(mods):
        names.append((" ".join(t.text for t in propn), True))
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or obj.text[:1].isupper()):
                    words = [t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i]
                    names.append((" ".join(t.text for t in words), True))
    for mod in head.children:
        if mod.dep_ in ("nmod", "compound") and mod.pos_ == "PROPN" and mod not in toks \
                and any(a.dep_ == "appos" for a in mod.children):
            # "Islamic State West Africa Province (ISWAP) militants": the mention stops at the
            # parenthesis; the name before it, and the acronym in it, name the group
            names.append((" ".join(t.text for t in mod.subtree if t.i <= mod.i), True))
            names += [(a.text, True) for a in mod.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i:
        # "Boko Haram (JAS) militants", parsed as an apposition of the name before it
        name_head = head.head
        words = [t for t in name_head.subtree if t.i <= name_head.i and t.dep_ != "det"]
        names.append((" ".join(t.text for t in words), True))
    for name, proper in names:
        hit = dictionary_code(name, dct)
        if hit is None:
            continue
        sector = split_code(hit[1])[1]
        if sector in _GROUP_SECTORS or proper and sector in _NAMED_FORCE_SECTORS:
            return hit
    return None


def split_code(code: str) -> tuple[str | None, str | None]:
    """Split a CAMEO actor code: ``RUSGOV`` -> (RUS, GOV); ``IGOUNO`` -> (IGOUNO, IGO)."""
    if code[:3] in ("IGO", "NGO", "MNC"):
        return code, code[:3]
    if country_name(code[:3]) is None:  # no country part: "MED" (media), "REB", ...
        return None, plover_sector(code[:3])
    country = code[:3] if len(code) >= 3 else None
    sector = plover_sector(code[3:6]) if len(code) >= 6 else None
    return country, sector


def _strip_titles(words: list[str]) -> list[str]:
    out = list(words)
    while out and out[0].lower().rstrip(".") in _TITLE_WORDS:
        out.pop(0)
    return out


_NAME_ENTS = frozenset(("ORG", "FAC", "GPE", "LOC"))


def _named_place_country(toks: list[Token]) -> str | None:
    """Country of a well-known place named inside an organisation's name: "the Florida Highway
    Patrol" (USA), "Toronto Comicon 2019" (CAN). The place stage rejects places inside
    organisation names as mentions ("the University of Chicago" is not Chicago), but the name
    still gives the organisation's country. Runs of proper nouns inside organisation, facility
    or place names (never person or event names: "Savannah Guthrie", "Hurricane Zeta") are
    tried, longest first (up to 3 tokens), against :meth:`Geocoder.well_known_country`."""
    from chronist.geo import get_geocoder

    geocoder = get_geocoder()
    words = [t for t in toks if t.pos_ == "PROPN" and t.ent_type_ in _NAME_ENTS]
    for i, t in enumerate(words):
        for n in (3, 2, 1):
            run = words[i:i + n]
            if len(run) < n or any(b.i != a.i + 1 for a, b in zip(run, run[1:])):
                continue
            code = geocoder.well_known_country(" ".join(w.text for w in run))
            if code:
                return code
    return None


class ArticleContext:
    """What the article says about its entities: people's full names, the dominant country.

    Parameters
    ----------
    doc : Doc
        A parsed document with ``doc._.dct`` set.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text: str = doc.text  # Doc.text joins every token: build it once per article
        self.dct: dt.date = doc._.dct or dt.date.today()
        self.ents: list[Span] = list(doc.ents)
        self.ent_at: dict[int, Span] = {i: e for e in self.ents for i in range(e.start, e.end)}
        # a "person" that is a country, a capital or a known organisation ("a post on Twitter"
        # tagged PERSON by the small models) is no antecedent for "she"
        self.persons: list[Span] = [
            e for e in self.ents if e.label_ == "PERSON"
            and not (country_code(e.text.removesuffix("'s")) or capital_country(e.text.removesuffix("'s"))
                     or fold(e.text.removesuffix("'s")) in organisation_names())
        ]
        self.full_names: dict[str, str] = {}
        for ent in self.persons:
            words = _strip_titles(ent.text.replace("'s", "").split())
            if not words:
                continue
            full = " ".join(words)
            key = words[-1].lower()
            if len(full) > len(self.full_names.get(key, "")):
                self.full_names[key] = full
        # bare surnames the NER missed ("Pashinian rejected ...") are person mentions too
        in_person = {i for e in self.persons for i in range(e.start, e.end)}
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.i not in in_person and tok.lower_ in self.full_names \
                    and len(self.full_names[tok.lower_].split()) > 1:
                self.persons.append(doc[tok.i:tok.i + 1])
        self.persons.sort(key=lambda e: e.start)
        self.sent_starts: list[int] = [s.start for s in doc.sents]
        self.places = list(doc._.places or [])
        counts: Counter[str] = Counter()
        for ent in self.ents:
            if ent.label_ in ("GPE", "NORP"):
                code = country_code(ent.text.replace("'s", "")) or capital_country(ent.text)
                if code:
                    counts[code] += 1
        # places inside a country count for it ("El Paso, Texas" is a US story, whatever
        # share of its victims were Mexican); country mentions were counted above
        for place in self.places:
            if place.country and not place.feature_code.startswith("PCL") \
                    and not capital_country(place.text):
                counts[place.country] += 1
        top, n_top = counts.most_common(1)[0] if counts else (None, 0)
        self.dominant: str | None = top
        # the article's focus: one country named far more often than all others together
        self.focus: str | None = top if (n_top >= FOCUS_MIN_MENTIONS
                                         and n_top >= FOCUS_MIN_SHARE * counts.total()) else None
        self._person_cache: dict[str, tuple[str | None, str | None]] = {}

    def full_name(self, text: str) -> str:
        words = _strip_titles(text.replace("'s", "").split())
        if not words:
            return text
        return self.full_names.get(words[-1].lower(), " ".join(words))

    def person_ent(self, tok: Token) -> Span | None:
        for ent in self.persons:
            if ent.start <= tok.i < ent.end:
                return ent
        return None

    def antecedent(self, pron: Token) -> Span | None:
        """Most recent person before a pronoun, preferring subjects, within 3 sentences."""
        low = pron.lower_
        if low in _FIRST_PERSON:
            return self.speaker(pron)
        if low in _THIRD_PLURAL:
            return None  # groups: see reporter()
        if low not in _MALE_FEMALE:
            return None
        sent_starts = self.sent_starts
        cands = [e for e in self.persons if e.end <= pron.i]
        # binding: a non-reflexive object pronoun is not its own clause's subject
        # ("He asked him for help": "him" is someone else than "he")
        if pron.dep_ not in ("nsubj", "nsubjpass", "poss") and not low.endswith("self"):
            subj = next((c for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != pron.i:
                ref = self.antecedent(subj) if subj.pos_ == "PRON" else self.person_ent(subj)
                if ref is not None:
                    taken = self.full_name(ref.text)
                    cands = [e for e in cands if self.full_name(e.text) != taken]
        if not cands:
            return None
        this_sent = pron.sent
        same = [e for e in cands if e.start >= this_sent.start]
        if same:
            subj = [e for e in same if e.root.dep_ in ("nsubj", "nsubjpass")]
            return (subj or same)[-1]
        prev_starts = [s for s in sent_starts if s < this_sent.start][-3:]
        for s_start in reversed(prev_starts):
            in_sent = [e for e in cands if e.start >= s_start and e.end <= this_sent.start
                       and e.sent.start == s_start]
            if in_sent:
                subj = [e for e in in_sent if e.root.dep_ in ("nsubj", "nsubjpass")]
                return (subj or in_sent)[0 if subj else -1]
        return None

    @staticmethod
    def reporter(pron: Token) -> Token | None:
        """The group a plural pronoun refers to in reported speech: "Thames Valley Police said
        they had arrested a second man" -> the head of "Thames Valley Police".

        The pronoun must sit in a clause governed by a reporting verb (``_REPORTING``) whose
        subject is a plural or collective noun phrase, not a pronoun or a single person. "It"
        and "its" refer only to an organisation, state or nationality named as that subject, or
        an acronym ("AFRICOM said it had conducted an airstrike").
        Returns that subject's head token, or ``None``.
        """
        singular = pron.lower_ in ("it", "its")
        if pron.lower_ not in _THIRD_PLURAL and pron.lower_ not in ("we", "us", "our") and not singular:
            return None
        for anc in pron.ancestors:
            if anc.pos_ in ("VERB", "AUX") and anc.lemma_ in _REPORTING:
                subj = [c for c in anc.children if c.dep_ == "nsubj"]
                if not subj or subj[0].pos_ == "PRON" or subj[0].ent_type_ == "PERSON":
                    return None
                if singular and not (subj[0].ent_type_ in ("ORG", "GPE", "NORP") or _acronym(subj[0])):
                    return None  # "it" stands for an organisation or state that said it
                return subj[0]
            if anc.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "aux", "auxpass"):
                return None
        return None

    def speaker(self, tok: Token) -> Span | None:
        """The person a first-person pronoun inside a quotation refers to (the quoted speaker)."""
        text = self.text
        before = text.rfind("\n", 0, tok.idx)
        para_start = before + 1
        para_end = text.find("\n", tok.idx)
        para_end = len(text) if para_end < 0 else para_end
        quotes = [m.start() for m in re.finditer(r"[\"“”]", text[para_start:para_end])]
        pos = tok.idx - para_start
        opens = [q for q in quotes if q < pos]
        closes = [q for q in quotes if q > pos]
        if len(opens) % 2 == 0 or not closes:
            return None
        after = para_start + closes[0]
        for ent in self.persons:
            if after <= ent.start_char <= after + 80:
                return ent
        for ent in reversed(self.persons):
            if para_start <= ent.end_char <= para_start + opens[-1]:
                return ent
        return None


class ActorResolver:
    """Turn actor head tokens into resolved :class:`ActorMention` objects."""

    def mention(self, head: Token, ctx: ArticleContext, *, place_country: str | None = None,
                as_actor: bool = True) -> ActorMention:
        """Resolve the phrase headed by ``head``.

        Parameters
        ----------
        head : Token
        ctx : ArticleContext
        place_country : str or None
            ISO3 of the event location, for domestic sectors with no country in the phrase.
        as_actor : bool
            Whether the phrase is an actor (a bare country or capital is then its government).
        """
        toks = phrase_tokens(head)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        m = ActorMention(start=start, end=end, text=ctx.text[start:end], head=head.i)
        if head.pos_ == "PRON":
            ref = ctx.antecedent(head)
            if ref is not None:
                self._fill_person(m, ref.text, ctx, ref)
                return m
            group = ctx.reporter(head)
            if group is not None:
                g = self.mention(group, ctx, place_country=place_country, as_actor=as_actor)
                m.name, m.country, m.sector = g.name, g.country, g.sector
                m.country_source = g.country_source
            return m
        sector = self._sector(toks, head)
        country, evidence = self._country(toks, head, ctx)
        person = ctx.person_ent(head)
        if person is None:
            person = next((ctx.person_ent(t) for t in toks if ctx.person_ent(t) is not None
                           and t.dep_ not in ("poss",)), None)
        if person is not None:
            self._fill_person(m, person.text, ctx, person)
            m.sector = m.sector or sector
            m.country = m.country or country
        else:
            phrase = " ".join(t.text for t in toks if t.dep_ != "det").replace(" 's", "")
            hit = dictionary_code(phrase, ctx.dct) or dictionary_code(head.text, ctx.dct) \
                if head.ent_type_ in ("ORG", "GPE", "NORP") or _acronym(head) else None
            if not hit and head.lemma_.lower() in _MEMBER_NOUNS:
                hit = _named_group(toks, head, ctx.dct)  # "Houthi forces", "M23 fighters"
            if hit:
                name, code = hit
                c, s = split_code(code)
                m.name, m.country, m.sector = name, c, s
            m.country = m.country or country
            m.sector = m.sector or sector
            if evidence == "state" and m.sector is None and as_actor:
                m.sector = "GOV"
        if m.country is None and m.sector in _STATE_OR_PROTEST:
            m.country = place_country or ctx.dominant
            m.country_source = "context" if m.country else None
        elif (m.country is None and place_country and m.sector in _LOCAL_GROUPS
              and person is None and head.ent_type_ == ""
              # a common noun, also when capitalised at the start of a sentence ("Pensioners")
              and (head.pos_ == "NOUN" or head.lower_ in agent_sectors())):
            m.country = place_country
            m.country_source = "location"
        if m.name is None:
            m.name = self._canonical(m)
        return m

    def _fill_person(self, m: ActorMention, text: str, ctx: ArticleContext, ent: Span,
                     depth: int = 0) -> None:
        full = ctx.full_name(text)
        m.name = full
        hit = dictionary_code(full, ctx.dct)
        if hit is None and full.split():
            # a surname alone matches only the same person: "Hunter Biden" is not Joe Biden
            by_surname = dictionary_code(full.split()[-1], ctx.dct)
            first = fold(full.split()[0])
            if by_surname and (len(full.split()) == 1 or first in fold(by_surname[0]).split()):
                hit = by_surname
        if hit:
            m.name = hit[0] if len(full.split()) == 1 else full
            c, s = split_code(hit[1])
            m.country, m.sector = c, s
            return
        # a title used with the name anywhere in the article ("Prime Minister Nikol Pashinian")
        surname = full.split()[-1]
        for other in ctx.persons:
            if other.text.split()[-1].replace("'s", "") != surname:
                continue
            window = phrase_tokens(other.root, with_appos=False)  # "Israeli Prime Minister X"
            sector = self._sector(window, other.root)
            country, _ = self._country(window, other.root, ctx, depth=depth + 1)
            for tok in other.root.children:
                if tok.dep_ == "appos":
                    apos = list(tok.subtree)
                    sector = sector or self._sector(apos, tok)
                    country = country or self._country(apos, tok, ctx, depth=depth + 1)[0]
            if other.root.dep_ == "appos":
                head_toks = phrase_tokens(other.root.head, with_appos=False)
                sector = sector or self._sector(head_toks, other.root.head)
                country = country or self._country(head_toks, other.root.head, ctx, depth=depth + 1)[0]
            m.sector = m.sector or sector
            m.country = m.country or country
        if m.country is None and m.sector in _STATE_OR_PROTEST:
            m.country = ctx.dominant
            m.country_source = "context" if m.country else None
        if m.country is None and ctx.focus and text[:1].isupper():
            # a person the article names without any country: the article's focus country
            m.country = ctx.focus
            m.country_source = "focus"

    @staticmethod
    def _sector(toks: list[Token], head: Token) -> str | None:
        agents = agent_sectors()
        words = [t.lower_ for t in toks]
        lemmas = [t.lemma_.lower() for t in toks]
        best: tuple[int, int, str] | None = None
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                for seq in (words, lemmas):
                    phrase = " ".join(seq[i:i + n])
                    sector = agents.get(phrase)
                    if sector:
                        contains_head = any(t.i == head.i for t in toks[i:i + n])
                        score = (2 if contains_head else 0) + n
                        if best is None or score > best[0]:
                            best = (score, i, sector)
        sector = best[2] if best else None
        if sector in (None, "CVL") and any(c.dep_ == "amod" and c.lower_ in _UNIDENTIFIED
                                           for c in head.children):
            return "UAF"  # "unidentified men", "masked individuals": ACLED's unidentified armed group
        return sector

    @staticmethod
    def _person_country(span: Span, text: str, ctx: ArticleContext, depth: int
                        ) -> tuple[str | None, str | None]:
        """(ISO3, country_source) of the person ``text`` named by ``span`` (a possessor)."""
        tmp = ActorMention(0, 0, "", span.root.i)
        ActorResolver()._fill_person(tmp, text, ctx, span, depth=depth + 1)
        return tmp.country, tmp.country_source

    @staticmethod
    def _country(toks: list[Token], head: Token, ctx: ArticleContext, *, depth: int = 0
                 ) -> tuple[str | None, str | None]:
        """(ISO3, kind) with kind "state" when the phrase is just a country or capital."""
        candidates: list[tuple[int, str]] = []
        doc = head.doc
        content = [t for t in toks if not t.is_punct and t.dep_ not in ("det", "case")]
        for t in toks:
            code = None
            if t.pos_ == "PRON" and t.dep_ == "poss":
                ref = ctx.antecedent(t) if depth < 2 else None
                if ref is not None:
                    code = ActorResolver._person_country(ref, ref.text, ctx, depth)[0]
            elif t.ent_type_ in ("GPE", "NORP", "LOC") or t.pos_ in ("PROPN", "ADJ"):
                ent_text = t.text.replace("'s", "")
                if t.ent_iob_ != "O":
                    ent = ctx.ent_at.get(t.i)
                    if ent is not None and len(ent) > 1:
                        ent_text = ent.text.removesuffix("'s")
                pent = ctx.person_ent(t)
                in_name = t.ent_type_ == "PERSON" or pent is not None
                full = ctx.full_name(pent.text) if pent is not None else ent_text
                # a word of a person's full name is not a place: "Sudesh Amman" (or "Amman"
                # after him) is not Jordan's capital, "Michael Jordan" not the country; a
                # one-word PERSON may still be a mistagged country
                if in_name and len(full.split()) > 1:
                    code = None
                else:
                    code = country_code(ent_text) or country_code(t.text)
                if code is None and len(content) == 1 and not in_name:
                    code = capital_country(t.text)
                if code is None and t.dep_ == "poss" and t.pos_ == "PROPN" and depth < 2:
                    # a person's institution: "Trump's State Department", "Pashinian's
                    # government" take the person's country from the leader table or Phoenix
                    # (the small spaCy models often tag such possessors GPE or ORG)
                    span = doc[t.left_edge.i : t.i + 1]
                    code, source = ActorResolver._person_country(
                        span, span.text.removesuffix("'s"), ctx, depth)
                    code = code if source != "context" else None
            if code:
                rank = 0 if t.head.i == head.i or t.i == head.i else 1
                candidates.append((rank, code))
        if not candidates:
            # a resolved place named in the phrase: "Gdansk residents", "Wisconsin", "the
            # Toronto serial killer" (the geo stage's GeoNames resolution, doc._.places)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
            for place in ctx.places:
                if start <= place.start and place.end <= end and place.country \
                        and place.feature_class in ("A", "P") \
                        and not any(ctx.person_ent(t) for t in toks if t.idx == place.start):
                    inside = head.idx <= place.start < head.idx + len(head) or \
                        place.start <= head.idx < place.end
                    candidates.append((0 if inside else 1, place.country))
        if not candidates:
            code = _named_place_country([t for t in toks if ctx.person_ent(t) is None])
            if code:
                candidates.append((1, code))
        if not candidates:
            return None, None
        candidates.sort(key=lambda c: c[0])
        # a country or capital alone is the state; a demonym ("Serbians") is people
        kind = "state" if len(content) <= 2 and all(t.ent_type_ == "GPE" for t in content) else None
        return candidates[0][1], kind

    @staticmethod
    def _canonical(m: ActorMention) -> str | None:
        if m.country and len(m.country) == 3:
            cname = country_name(m.country) or m.country
            if m.sector:
                return f"{cname} {SECTOR_LABEL.get(m.sector, m.sector)}"
            return cname
        return m.text or None

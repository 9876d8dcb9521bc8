"""Build the public event record (a plain ``dict``) from an :class:`EventMention`.

The record's field names are stable (README, "The event record")."""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.tokens import Doc

from chronist.events._acled import acled_type
from chronist.events._coder import (
    bracketed_place,
    planned,
    trigger_lemma,
    under_not_subject,
    weapon_words,
)
from chronist.events._mention import EventMention
from chronist.events._plover import QUAD_CLASS, plover_intensity

AUX_ORDER = ("negated", "hypothetical", "future", "historical")


def event_id(doc_id: str, content_hash: str, start: int, event_type: str) -> str:
    """Stable id: SHA-1 of doc id, article content hash, trigger offset and type (16 hex)."""
    key = f"{doc_id}\x1f{content_hash}\x1f{start}\x1f{event_type}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


def _place(place: Any, doc: Doc) -> dict | None:
    if place is None:
        return None
    return {"text": place.text, "start": place.start, "end": place.end,
            "geonameid": place.geonameid, "name": place.name, "country": place.country,
            "admin1": place.admin1, "lat": place.lat, "lon": place.lon}


#: Nouns naming a territory: seizing one is a transfer of territory, not of property.
_TERRITORY_NOUNS = frozenset(
    "town city village territory area region district province base airport port border "
    "island hill checkpoint outpost neighbourhood neighborhood capital centre center post "
    "position positions camp garrison headquarters".split())


#: Nouns naming a protest: an arrest at, or fire on, one is an intervention against protesters.
_PROTEST_NOUNS = frozenset(
    "protest demonstration rally march sit-in gathering vigil procession crowd".split())


def _at_a_protest(doc: Doc, event: EventMention) -> bool:
    """Whether the event is done to a protest: a recipient is one, or a protest noun stands
    among the trigger verb's objects, complements and settings ("police dispersed a rally",
    "detained 30 people at a rally"; an event noun is no recipient, so these are read too)."""
    tok = doc[event.trigger[0]]
    heads = [doc[r.head] for r in event.recipients]
    if tok.pos_ == "VERB":  # "detained 30 people at a rally", "fired tear gas to break up a march"
        heads += [t for t in under_not_subject(tok) if t.pos_ == "NOUN" and not _in_relative(t, tok)]
    return any((_protest_noun(h) and not planned(h)) or h.lemma_.lower() in _PROTESTERS
               or any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _PROTESTING
                      for c in h.children)  # "fired on traders protesting", "people demanding"
               or any(c.dep_ in ("acl", "relcl") and _gathered(c) for c in h.children)
               for h in heads)  # "arrested activists ahead of planned demonstrations": no protest yet


#: Verbs of coming together: people who had gathered to denounce something are demonstrating.
_GATHERING = frozenset("gather assemble congregate converge rally".split())


def _gathered(verb) -> bool:
    """Whether a clause on a group says it gathered or is staging a protest ("supporters who
    had gathered peacefully to denounce ...", "students staging a fare-dodging protest")."""
    return verb.lemma_.lower() in _GATHERING or any(
        c.dep_ == "dobj" and _protest_noun(c) for c in verb.children)


#: Protesters named in the objects or purpose of a state's act ("used tear gas to disperse
#: demonstrators"): the act is done to a protest.
_PROTESTERS = frozenset("protester protestor demonstrator marcher rioter".split())
#: Participles that make a group protesters ("traders protesting the demolition", "people
#: demanding the release of ...").
_PROTESTING = frozenset("protest demonstrate march rally demand chant".split())


def _in_relative(t, verb) -> bool:
    """Whether ``t`` lies in a relative clause below ``verb`` ("arrested the man who had shot
    two protesters": the protesters are not arrested)."""
    while t.i != verb.i and t.head.i != t.i:  # (spaCy makes a new Token object per access)
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


#: Modifiers that make a rally or gathering no protest: a campaign or election rally is a
#: party's meeting, a wedding or funeral gathering a private one (an arrest there is an
#: Arrest, not an intervention in a protest).
_NOT_PROTEST_MODIFIERS = frozenset("campaign election electoral wedding funeral".split())


def _protest_noun(tok) -> bool:
    """A protest noun, also split by the tokenizer ("sit", "-", "in"); not a campaign rally."""
    if tok.lemma_.lower() in _PROTEST_NOUNS:
        return not any(c.dep_ in ("compound", "amod") and c.lower_ in _NOT_PROTEST_MODIFIERS
                       for c in tok.children)
    doc = tok.doc
    return tok.lower_ == "sit" and tok.i + 2 < len(doc) and doc[tok.i + 1].text in "-‐‑" \
        and doc[tok.i + 2].lower_ == "in"


#: Sectors of state forces (ACLED: their intervention in a protest).
_STATE_SECTORS = frozenset("GOV MIL COP".split())


def _same_sentence(doc: Doc, event: EventMention, types: tuple[str, ...]) -> list[EventMention]:
    """The other events of ``types`` in the sentence of ``event``."""
    sent = doc[event.trigger[0]].sent
    return [e for e in doc._.events or [] if e is not event and e.event_type in types
            and sent.start <= e.trigger[0] < sent.end]


def _actor_heads(event: EventMention) -> set[int]:
    return {a.head for a in event.actors if a.head is not None}


def _intervention(doc: Doc, event: EventMention) -> bool:
    """Whether a PROTEST is done to by state forces: its trigger stands among the objects of an
    ASSAULT or COERCE by the police, military or government in the same sentence ("security
    forces dispersed a sit-in", "police broke up the march")."""
    tok = doc[event.trigger[0]]
    for e in _same_sentence(doc, event, ("ASSAULT", "COERCE")):
        other = doc[e.trigger[0]]
        if other.pos_ == "VERB" and any(a.sector in _STATE_SECTORS for a in e.actors) \
                and tok in under_not_subject(other):
            return True
    return False


#: Verbs of protest whose participle marks a group as protesting ("residents protesting power
#: cuts", "rioting youths").
_PROTEST_VERBS = frozenset("protest demonstrate march rally riot strike".split())


def _actor_protesting(doc: Doc, event: EventMention) -> bool:
    """Whether an actor of the event is protesting: its noun carries a protest participle
    ("residents protesting power cuts threw stones"), or it is the actor of a PROTEST in the
    same sentence ("students marched on the ministry and fought with police")."""
    heads = _actor_heads(event)
    if any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in _PROTEST_VERBS
           for h in heads for c in doc[h].children):
        return True
    tok = doc[event.trigger[0]]
    if heads and any(c.dep_ == "prep" and c.lower_ in ("during", "amid", "in") and any(
            o.dep_ == "pobj" and _protest_noun(o) for o in c.children) for c in tok.children):
        return True  # "supporters ransacked supermarkets during protests against his arrest"
    return any(heads & _actor_heads(e) for e in _same_sentence(doc, event, ("PROTEST",)))


def _actor_violent(doc: Doc, event: EventMention) -> bool:
    """Whether an actor of the event is the actor of an ASSAULT in the same sentence
    ("students protesting fees set fire to a police car": the protest turned violent)."""
    heads = _actor_heads(event)
    return any(heads & _actor_heads(e) for e in _same_sentence(doc, event, ("ASSAULT",)))


#: Collective nouns: "a group of villagers" is a group, and its members are villagers.
_COLLECTIVE = frozenset("group crowd mob gang band horde number".split())


def _members(tok) -> list:
    """The members named after a collective noun ("a group of villagers" -> [villagers])."""
    if tok.lemma_.lower() not in _COLLECTIVE:
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]


def _amid_fighting(doc: Doc, event: EventMention) -> bool:
    """Whether the sentence of the event also reports an ASSAULT ("overran an outpost after two
    days of fighting")."""
    return any(e.plain for e in _same_sentence(doc, event, ("ASSAULT",)))


def _plural_actor(doc: Doc, event: EventMention) -> bool:
    """Whether an actor is a group: a plural or counted noun ("youths", "200 students") or a
    collective noun ("a group of villagers", "a crowd")."""
    return any(a.head is not None and (doc[a.head].tag_ in ("NNS", "NNPS")
                                       or doc[a.head].lemma_.lower() in _COLLECTIVE
                                       or any(c.dep_ == "nummod" for c in doc[a.head].children))
               for a in event.actors)


def _actor_words(doc: Doc, event: EventMention) -> set[str]:
    """Head lemmas of the actors, with the members of a collective ("group", "villager")."""
    heads = [doc[a.head] for a in event.actors if a.head is not None]
    return {t.lemma_.lower() for h in heads for t in (h, *_members(h))}


def _is_place(head) -> bool:
    """Whether an argument head names a place (GPE, LOC, FAC entity or a territory noun)."""
    return (head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in _TERRITORY_NOUNS
            or bracketed_place(head)  # "Busra Al-Sham (Dar'a, Dar'a)", ACLED's way
            or head.pos_ == "NOUN" and head.lemma_.lower() == "control")  # "control of the town"


def to_record(doc: Doc, event: EventMention, *, doc_id: str, content_hash: str,
              sent_index: dict[int, int]) -> dict[str, Any]:
    """The event record for one mention.

    Parameters
    ----------
    doc : Doc
    event : EventMention
    doc_id, content_hash : str
        Article identity (for ``event_id``).
    sent_index : dict
        Sentence start token -> sentence index.
    """
    start_tok, end_tok = event.trigger
    trig = doc[start_tok:end_tok]
    sent = doc[start_tok].sent
    dct = doc._.dct
    if event.date is not None:
        date = {"value": event.date.value, "text": event.date.text, "start": event.date.start,
                "end": event.date.end, "source": "text"}
    else:
        date = {"value": dct.isoformat(), "text": None, "start": None, "end": None, "source": "dct"}
    return {
        "event_id": event_id(doc_id, content_hash, trig.start_char, event.event_type),
        "doc_id": doc_id,
        "pub_date": dct.isoformat(),
        "event_type": event.event_type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        "quad_class": QUAD_CLASS[event.event_type],
        "cameo_code": event.cameo_code,
        "plover_score": plover_intensity(event.event_type, event.mode),
        "aux_modes": [m for m in AUX_ORDER if m in event.aux_modes],
        "trigger": {"text": trig.text, "start": trig.start_char, "end": trig.end_char},
        "sentence": {"index": sent_index.get(sent.start, 0), "text": sent.text,
                     "start": sent.start_char, "end": sent.end_char},
        "actors": [a.to_record() for a in event.actors],
        "recipients": [r.to_record() for r in event.recipients],
        "date": date,
        "location": _place(event.location, doc),
        "acled_type": _acled(doc, _governing_assault(doc, event) or event),
        "confidence": round(float(event.confidence), 3),
    }


def _governing_assault(doc: Doc, event: EventMention) -> EventMention | None:
    """The ASSAULT whose consequence a subjectless participle reports ("shelled the town,
    killing 4 civilians": the killing is the shelling's), or None."""
    tok = doc[event.trigger[0]]
    if event.event_type != "ASSAULT" or tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return next((e for e in doc._.events or [] if e is not event and e.event_type == "ASSAULT"
                 and e.trigger[0] == tok.head.i), None)


def _acled(doc: Doc, event: EventMention) -> dict | None:
    """:func:`chronist.events._acled.acled_type` of an event, from its type, mode, arguments
    and sentence."""
    return acled_type(
        event.event_type, event.mode, [r.sector for r in event.recipients],
        [a.sector for a in event.actors],
        recipient_is_place=any(_is_place(doc[r.head]) for r in event.recipients)
        or any(_is_place(h) for h in event.recipient_heads),  # "seized the town" (no sector)
        cameo_code=event.cameo_code, trigger_lemma=trigger_lemma(doc[event.trigger[0]]),
        weapon_words=weapon_words(doc[event.trigger[0]]),
        recipient_is_protest=_at_a_protest(doc, event),
        actor_protesting=_actor_protesting(doc, event),
        actor_violent=event.event_type == "PROTEST" and _actor_violent(doc, event),
        state_intervened=event.event_type == "PROTEST" and _intervention(doc, event),
        amid_fighting=event.event_type in ("COERCE", "RETREAT") and _amid_fighting(doc, event),
        actor_is_group=_plural_actor(doc, event),
        actor_words=_actor_words(doc, event))

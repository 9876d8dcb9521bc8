"""Chronist's spaCy components: each takes a ``Doc`` and returns it (spaCy ``Language.factory``).

Order and data flow (one way):
``chronist_timex`` (doc._.timexes) -> ``chronist_geo`` (doc._.places, doc._.focus) ->
``chronist_events`` (doc._.events) -> ``chronist_event_model`` (learned re-scoring) ->
``chronist_arguments`` (event date, location,
historical/future) -> ``chronist_actors`` (actors and recipients). ``doc._.dct`` must be set
before the doc enters the pipeline (:class:`chronist.pipeline.Pipeline` does it).
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.language import Language
from spacy.tokens import Doc

import chronist.extensions  # noqa: F401  (registers doc._ attributes)
from chronist.actors import ActorResolver, ArticleContext, actor_like, casualty_count, role_heads
from chronist.actors._resolve import agent_sectors
from chronist.events import find_events
from chronist.events._coder import (
    DEVICES,
    is_weapon,
    struck_device,
    under_not_subject,
    weapon_subject,
    weapon_words,
)
from chronist.events._mention import ActorMention
from chronist.events.calibration import PlattCalibration, calibrated_source
from chronist.geo import article_focus, event_location, get_geocoder
from chronist.temporal import TimexTagger, governing_timex, is_historical, narrative_timex


def guarded(stage: str):
    """Run a stage on one doc; on an exception record it in ``doc._.errors`` and go on, so one
    bad article never loses the rest of the batch."""
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args):
            doc = args[-1]
            try:
                return fn(*args)
            except Exception as exc:  # noqa: BLE001 - reported per document, batch goes on
                doc._.errors = (doc._.errors or []) + [f"{stage}: {type(exc).__name__}: {exc}"]
                return doc
        return inner
    return wrap


def _dct(doc: Doc) -> dt.date:
    return doc._.dct or dt.date.today()


class TimexComponent:
    """Temporal expressions, TIMEX3 type and value against the DCT (issue 3)."""

    def __init__(self) -> None:
        self.tagger = TimexTagger()

    @guarded("temporal")
    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = self.tagger.tag(doc.text, _dct(doc), doc=doc)
        return doc


class GeoComponent:
    """Toponyms resolved to GeoNames; the article's dominant place (issue 6)."""

    def __init__(self) -> None:
        self.geocoder = get_geocoder()

    @guarded("geo")
    def __call__(self, doc: Doc) -> Doc:
        places = self.geocoder.find_places(doc)
        doc._.places = places
        doc._.focus = article_focus(places)
        return doc


@guarded("events")
def events_component(doc: Doc) -> Doc:
    """PLOVER event mentions with type, mode, CAMEO code and aux modes (issue 4)."""
    doc._.events = find_events(doc)
    return doc


_ACTOR_PRONOUNS = frozenset(["he", "she", "they", "we"])
#: Cooperative types that become AGREE in the future tense, with the CAMEO "intent" code and
#: the AGREE mode (PLOVER manual 2.0, AGREE; CAMEO 2.0 codes 031, 032, 033, 036).
_FUTURE_AGREE: dict[str, tuple[str, str | None]] = {
    "CONSULT": ("036", "meet"), "SUPPORT": ("032", None), "COOPERATE": ("031", None),
    "AID": ("033", None),
}


@functools.lru_cache(maxsize=1)
def _agent_nouns() -> dict[str, str]:
    """Agent noun -> sector (:func:`chronist.actors._resolve.agent_sectors`), read once."""
    return agent_sectors()


def _state_subject(trigger) -> bool:
    """Whether a verb's subject is police, troops, security forces or a government."""
    agents = _agent_nouns()
    return any(c.dep_ in ("nsubj", "nsubjpass") and agents.get(c.lemma_.lower(), agents.get(c.lower_))
               in ("COP", "MIL", "GOV") for c in trigger.children)


#: A rule-coded type the model gives at least this probability is never retyped.
RETYPE_FLOOR = 0.2

#: In a sentence the model reads as holding no event (``P(none) >= drop_none``), a rule-coded
#: event is dropped when the model gives its type less than this probability.
DROP_TYPE_FLOOR = 0.1


class EventModelComponent:
    """Re-score rule-coded events with the learned sentence model (issue 4).

    For each sentence holding at least one event, the fine-tuned MiniLM model
    (:mod:`chronist.events.model`) gives PLOVER type and quad-class probabilities. An event's
    ``confidence`` becomes ``0.4 * rule + 0.6 * support``, with ``support`` the mean of the
    model's probability for the event's type and for its quad class (``0.3 * support`` for a
    background event, ``EventMention.background``: the sentence's probabilities are mostly
    those of its main event). With ``drop_none`` set
    (pipeline default 0.9), an event is dropped when the model is sure the sentence holds no
    event (``P(none) >= drop_none``) and gives its type less than :data:`DROP_TYPE_FLOOR`
    (0.1); an event on specific evidence (a verb pattern, or material conflict with a mode:
    the short conflict reports of ACLED style) stays unless it also gets almost no support
    from the quad class (``support < 0.05``). Until session 14 only that support test applied
    to all events; the type floor moved ``plover_dev`` 0.724 -> 0.728, ``plover_dev2`` 0.697
    -> 0.700, the style sets by 0 to +0.003, ACLED recall not at all (a floor with
    ``drop_none`` 0.85 gave more on the first two, but dropped the example article's "I
    consider the statement of the General Staff as an attempt at a military coup",
    P(none) 0.88, P(ACCUSE) 0.03).

    With ``retype`` set (pipeline default 0.5), the most confident event of a sentence takes
    the model's type when the model gives that type at least ``retype``, no event of the
    sentence has it, and every rule-coded type of the sentence gets under
    :data:`RETYPE_FLOOR` (0.2). With
    ``add_events`` set (off by default), every sentence with a subject and a root verb is
    scored too, and one with no rule-coded event gets the model's event when one PLOVER type
    has at least ``add_events`` (trigger: the root verb; confidence ``0.6 * P(type)``).

    On the development set (labels/plover_dev.jsonl, 479 sentences;
    ``python -m chronist.events.evaluate``), at commit a72f047: PLOVER type macro-F1 0.562 with
    none of them, 0.577 with ``retype=0.5``, 0.585 with ``drop_none=0.9`` as well (the
    defaults; ECE 0.053 -> 0.044). With the later rule fixes (commit 9665749) the defaults give
    0.607 (event detection F1 0.799), and ``add_events=0.5`` on top 0.622 (detection F1 0.822).
    With the model retrained on 2,430 own sentences (batch 6) and multi-event retyping, the
    defaults give 0.613 (detection F1 0.806); the model alone scores 0.657
    (``python -m chronist.events.model_evaluate``).
    ``add_events`` costs speed: on 1,000 Reuters stories the whole pipeline falls from
    0.52 to 0.41 of bare spaCy's rate (``python benchmarks/bench_scale.py --sizes 1000
    [--add-events 0.5]``, run side by side on one core each), so it is opt-in:
    ``Pipeline(add_events=0.5)``, ``chronist code --model-events``.

    With ``keep_states`` (pipeline default), the forward pass also leaves the encoder's hidden
    states of each scored sentence in ``doc._.encoder_states``: the actor tagger
    (:class:`ActorsComponent`) is trained over this encoder's states and reads them instead of
    encoding the sentence again (on the 295 Wikinews articles this halves the actor stage's
    time).

    With ``score_aux`` False (set by a Pipeline that leaves negated and hypothetical events out
    of its output), a sentence whose events are all negated or hypothetical is not scored: its
    events keep their rule confidence. On the 295 Wikinews articles that is 258 of 2,000
    scored sentences, and the same records.

    Without torch or weights this component does nothing.
    """

    def __init__(self, *, drop_none: float | None = None, retype: float | None = None,
                 add_events: float | None = None, keep_states: bool = False) -> None:
        from chronist.events.model import get_event_model

        self.model = get_event_model()
        self.drop_none = drop_none
        self.retype = retype
        self.add_events = add_events
        self.keep_states = keep_states
        self.score_aux = True

    def _predict(self, docs: list[Doc], per_doc: list[list[tuple[int, str]]]) -> list:
        """Predictions for the sentences of ``per_doc``, in order; with ``keep_states``, each
        doc's ``doc._.encoder_states`` gets the encoder's hidden states of its scored
        sentences, for the actor tagger (one forward pass serves both)."""
        texts = [t for sents in per_doc for _, t in sents]
        n_states = self.model.n_states if self.keep_states else 0
        preds, states = self.model.predict_with_states(texts, n_states=n_states)
        if n_states:
            i = 0
            for doc, sents in zip(docs, per_doc):
                doc._.encoder_states = {start: st for (start, _), st in zip(sents, states[i:i + len(sents)])}
                i += len(sents)
        return preds

    @guarded("event_model")
    def __call__(self, doc: Doc) -> Doc:
        if self.model is None or not (doc._.events or self.add_events is not None):
            return doc
        sents = self._sentences(doc)
        return self._apply(doc, sents, self._predict([doc], [sents]))

    def pipe(self, docs, batch_size: int = 128):
        """Score the sentences of a whole batch of docs in one model call (``nlp.pipe``).

        A batch that fails falls back to one call per doc, where errors are recorded per doc.
        """
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            if self.model is None:
                yield from batch
                continue
            try:
                per_doc = [self._sentences(d) if d._.events or self.add_events is not None else []
                           for d in batch]
                preds = self._predict(batch, per_doc)
            except Exception:  # noqa: BLE001 - retried per doc below, errors recorded there
                yield from (self(d) for d in batch)
                continue
            i = 0
            for doc, sents in zip(batch, per_doc):
                if sents:
                    yield self._guarded_apply(sents, preds[i:i + len(sents)], doc)
                else:
                    yield doc
                i += len(sents)

    def _sentences(self, doc: Doc) -> list[tuple[int, str]]:
        """``(sentence start, sentence text)`` of every sentence holding an event (without
        ``score_aux``, a plain one), in order; with ``add_events`` set, of every sentence of 4
        to 120 tokens as well."""
        starts = {doc[event.trigger[0]].sent.start for event in doc._.events
                  if self.score_aux or event.plain}
        sents = {s.start: s for s in doc.sents}
        if self.add_events is not None:
            starts |= {s.start for s in sents.values() if self._could_add(s)}
        return [(s, sents[s].text) for s in sorted(starts)]

    @guarded("event_model")
    def _guarded_apply(self, sents, preds, doc: Doc) -> Doc:
        return self._apply(doc, sents, preds)

    def _apply(self, doc: Doc, sents, preds) -> Doc:
        from chronist.events import QUAD_CLASS

        pred_at = {start: pred for (start, _), pred in zip(sents, preds)}
        by_sent: dict[int, list] = {}
        for event in doc._.events:
            by_sent.setdefault(doc[event.trigger[0]].sent.start, []).append(event)
        kept = []
        for start, events in by_sent.items():
            pred = pred_at.get(start)
            if pred is None:  # not scored: only negated or hypothetical events (score_aux)
                kept.extend(events)
                continue

            def support(event):
                return 0.5 * pred.type_proba.get(event.event_type, 0.0) + \
                    0.5 * pred.quad_proba[QUAD_CLASS[event.event_type]]

            if self.drop_none is not None and pred.type_proba.get("none", 0.0) >= self.drop_none:
                events = [e for e in events
                          if pred.type_proba.get(e.event_type, 0.0) >= DROP_TYPE_FLOOR
                          or _specific(e) and support(e) >= 0.05]
            if self.retype is not None and events:
                self._retype(events, pred, doc)
            for event in events:
                # the sentence's model speaks less for an event that only sets the scene
                weight = 0.3 if event.background else 0.6
                event.confidence = 0.4 * event.confidence + weight * support(event)
                event.source = f"{event.source}+model"
                kept.append(event)
        if self.add_events is not None:
            kept.extend(self._model_events(doc, pred_at, set(by_sent)))
        kept.sort(key=lambda e: e.trigger[0])
        doc._.events = kept
        return doc

    @staticmethod
    def _could_add(sent) -> bool:
        """Whether a sentence with no rule-coded event is worth scoring for a model event: 4 to
        120 tokens, a verb at the root, and a subject that can be an actor (a person,
        organisation, country or nationality; an agent noun such as "police" or "protesters";
        or he, she, they, we). Others would give an actorless event, which is not output by
        default."""
        root = sent.root
        if not (4 <= len(sent) <= 120 and root.pos_ == "VERB"):
            return False
        agents = agent_sectors()
        for c in root.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in _ACTOR_PRONOUNS:
                return True
            if c.pos_ in ("NOUN", "PROPN") and (c.lower_ in agents or c.lemma_.lower() in agents):
                return True
        return False

    def _model_events(self, doc: Doc, pred_at, with_events: set[int]) -> list:
        """Events the rules missed: a sentence with no rule-coded event where the model gives
        one PLOVER type at least ``add_events``; the trigger is the sentence's root verb (no
        event when the root is not a verb), the mode is left empty."""
        from chronist.events import DEFAULT_CAMEO, EventMention
        from chronist.events._coder import aux_modes
        from chronist.events.model import NO_EVENT

        out = []
        for start, pred in pred_at.items():
            if start in with_events:  # the others were scored because _could_add held
                continue
            best, p = pred.event_type, pred.confidence
            if best in (None, NO_EVENT) or p < self.add_events:
                continue
            root = doc[start].sent.root
            out.append(EventMention(
                trigger=(root.i, root.i + 1), event_type=best, mode=None,
                cameo_code=DEFAULT_CAMEO[best], aux_modes=aux_modes(root),
                confidence=0.6 * p, source="model"))
        return out

    def _retype(self, events: list, pred, doc: Doc | None = None) -> None:
        """Give the model's type to the most confident of a sentence's rule-coded events when
        the model is sure of that type (``P(type) >= retype``), no event of the sentence has it
        already, and the model gives every rule-coded type little support
        (< :data:`RETYPE_FLOOR`), and the trigger word occurs in the model's training
        sentences (:meth:`chronist.events.model.EventModel.knows`: the model cannot judge a
        word it never saw, "spurned", "deported"; PLOVER-style development sentences 0.753 ->
        0.766, development set unchanged). In a sentence of several events, an event coded with a
        mode by a specific pattern keeps its type, and violence or coercion by police, troops
        or a government is not retyped as a protest. An event found by multi-word evidence
        (source "pattern": "recalled its ambassador") keeps its type, and material conflict
        coded with a mode is not retyped as another material-conflict type other than a riot:
        the model tells the quad classes apart better than the types within one (on the
        PLOVER-style development sentences the pattern rule lifts macro-F1 0.662 -> 0.712). A
        negated event keeps its type, and so does a hypothetical one against THREATEN ("may
        impose sanctions": the model reads the modal as a threat; 5 of the 6 such retypes on
        the development sets were wrong, session 15)."""
        from chronist.events import DEFAULT_CAMEO, QUAD_CLASS
        from chronist.events.model import NO_EVENT

        best = pred.event_type
        if best in (None, NO_EVENT) or pred.confidence < self.retype \
                or any(e.event_type == best
                       or pred.type_proba.get(e.event_type, 0.0) >= RETYPE_FLOOR for e in events):
            return
        event = max(events, key=lambda e: e.confidence)
        if doc is not None and not self.model.knows(doc[event.trigger[0]].lower_):
            return  # a trigger word the model never saw in training ("spurned", "deported")
        if len(events) > 1 and event.mode:
            return  # a specific pattern of several ("signed a ceasefire": RETREAT, ceasefire)
        if event.source.startswith("pattern"):
            return  # a verb with its object or particle ("recalled its ambassador", "called up")
        if "negated" in event.aux_modes:
            return  # "failed to agree" is a negated AGREE, which the model reads as a rejection
        if event.event_type == "REJECT" and doc is not None and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PROPOSALS
                for c in doc[event.trigger[0]].children):
            return  # "rebuffed U.S. calls to freeze settlements": the model reads the call,
            # but the rejection of it is the event (PLOVER manual 2.0, REJECT)
        if "hypothetical" in event.aux_modes and best == "THREATEN":
            return  # "the EU may impose sanctions" is a hypothetical SANCTION, not a threat: the
            # type is that of the event mentioned, its modality the aux mode (labels/GUIDE.md)
        if event.event_type in ("PROTEST", "ASSAULT") and (event.event_type == "PROTEST" or event.mode) \
                and best in ("REQUEST", "ACCUSE", "REJECT"):
            return  # a march with demands is still a protest (PLOVER manual 2.0, PROTEST), and
            # "protesters demanding X torched police vehicles" still torched them
        if event.mode and best != "PROTEST" \
                and QUAD_CLASS.get(best) == QUAD_CLASS.get(event.event_type) == 4:
            return  # material conflict with a specific mode ("kidnapped": ASSAULT, abduct)
        if best == "PROTEST" and event.event_type in ("ASSAULT", "COERCE") and doc is not None \
                and _state_subject(doc[event.trigger[0]]):
            return  # "police fired tear gas at protesters": the state's violence is the event
        riot = event.event_type == "ASSAULT" and best == "PROTEST"
        event.event_type = best
        # violence that the model reads as a protest is a riot (PLOVER PROTEST riot, CAMEO 145)
        event.mode = "riot" if riot else None
        event.cameo_code = "145" if riot else (
            _lexicon_cameo(doc[event.trigger[0]], best) if doc is not None else None) \
            or DEFAULT_CAMEO[best]
        event.source = f"{event.source}+retyped"


def _lexicon_cameo(trigger, event_type: str) -> str | None:
    """The CAMEO code the trigger lexicon gives the trigger's lemma under ``event_type``
    (through the CAMEO2PLOVER crosswalk), else None: a retyped "signed" is SUPPORT 057
    (SIGN FORMAL AGREEMENT), which ACLED labels an Agreement (docs/acled.md), not the
    type's default 050."""
    from chronist.events._coder import trigger_lemma
    from chronist.events._lexicon import TRIGGERS
    from chronist.events._plover import plover_for_cameo

    for lemma in dict.fromkeys((trigger_lemma(trigger), trigger.lemma_.lower(), trigger.lower_)):
        for _pos, code, _mode in TRIGGERS.get(lemma, ()):
            entry = plover_for_cameo(code)
            if entry is not None and entry.event_type == event_type:
                return code
    return None


#: Nouns of a request or an offer: rejecting one is REJECT whatever else the sentence says.
_PROPOSALS = frozenset("call calls demand demands request requests proposal proposals offer "
                       "offers appeal appeals plea pleas invitation invitations overture "
                       "overtures bid bids plan plans".split())


def _specific(event) -> bool:
    """Whether an event rests on specific evidence: a verb with its object or particle (source
    "pattern": "recalled its ambassador") or material conflict coded with a mode ("planted a
    bomb": ASSAULT, explosion)."""
    from chronist.events import QUAD_CLASS

    return event.source.startswith("pattern") or bool(event.mode) and QUAD_CLASS[event.event_type] == 4


def _later(value: str, dct: dt.date) -> bool:
    day = value[:10]
    return len(day) == 10 and day[4] == "-" and day > dct.isoformat()


@guarded("arguments")
def arguments_component(doc: Doc) -> Doc:
    """Each event's date (the governing TIMEX3, else the DCT) and location."""
    dct = _dct(doc)
    timexes = doc._.timexes or []
    places = doc._.places or []
    for event in doc._.events or []:
        trigger = doc[event.trigger[0]]
        timex = governing_timex(trigger, timexes)
        if timex is None:
            timex = narrative_timex(trigger, timexes)
        event.date = timex
        if timex is not None:
            if is_historical(timex.value, dct):
                event.aux_modes.add("historical")
            if _later(timex.value, dct) or timex.value == "FUTURE_REF":
                event.aux_modes.add("future")
        event.location = event_location(trigger, places, article_focus=doc._.focus)
        if event.event_type == "RETREAT" and "future" in event.aux_modes:
            # "announced ... would withdraw troops" is CONCEDE (PLOVER manual 2.0, CONCEDE)
            event.event_type, event.cameo_code, event.mode = "CONCEDE", "080", None
        elif event.event_type in _FUTURE_AGREE and "future" in event.aux_modes:
            # cooperation reported in the future tense is AGREE, "will meet next week" too
            # (PLOVER manual 2.0, AGREE); CAMEO 03x "express intent to ..."
            code, mode = _FUTURE_AGREE[event.event_type]
            if event.event_type == "CONSULT" and event.mode == "visit":
                mode = "visit"
            event.event_type, event.cameo_code, event.mode = "AGREE", code, mode
    return doc


#: Prepositions that make a place the scene of an event, not its actor ("flew to Magnitogorsk",
#: "criticism within Serbia"); "from" is left out: "condemnation from Russia" names the actor.
_LOCATIVE_PREPS = frozenset("in within at to into inside near across throughout around outside".split())


def _place_of_the_event(tok) -> bool:
    """A place name (GPE, LOC, FAC) governed by a locative preposition, directly or as a
    conjunct or apposition of such a place ("victories in Arizona, Florida, and Illinois").
    The span tagger sometimes marks these as the source actor; the parse says they are where
    the event happened."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS


#: Prepositions that make an event noun the circumstance of another event ("arrested 12
#: protesters during a demonstration"): the sentence's source actor is not its actor.
_CIRCUMSTANCE_PREPS = frozenset("during amid amidst after before following at".split())


def _circumstance(trigger) -> bool:
    """Whether a noun trigger is the object of a circumstantial preposition."""
    return (trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj"
            and trigger.head.lower_ in _CIRCUMSTANCE_PREPS)


def _done_to(doc: Doc, event, cache: dict) -> bool:
    """Whether a noun event is the object or setting of an act of violence or coercion
    ("police dispersed a rally", "two policemen killed in an ambush", "used water cannon to
    end a demonstration"): the span tagger's actor in that sentence belongs to the other
    event."""
    tok = doc[event.trigger[0]]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for e in doc._.events:
        verb = doc[e.trigger[0]]
        if e.event_type not in ("ASSAULT", "COERCE") or verb.pos_ != "VERB" or verb.i == tok.i \
                or verb.sent.start != tok.sent.start:
            continue
        key = (id(doc), verb.i)
        if key not in cache:  # one subtree per verb: a long sentence has many events
            cache[key] = {t.i for t in under_not_subject(verb)}
        if tok.i in cache[key]:
            return True
    return False


#: Diseases and natural or accidental hazards: no political actor ("SARS-CoV-2 has killed more
#: than 1,000 people", "the hurricane destroyed ..."); the event is then actorless, and a
#: violent one is dropped (PLOVER codes what political actors do).
_NATURAL_CAUSES = frozenset(
    "virus coronavirus covid covid-19 sars-cov-2 disease pandemic epidemic outbreak flu influenza "
    "cancer illness infection storm hurricane typhoon cyclone tornado earthquake quake aftershock "
    "tsunami flood flooding landslide mudslide avalanche wildfire bushfire blaze fire heatwave "
    "drought lightning eruption volcano crash accident collision derailment".split())


def _natural_cause(tok) -> bool:
    name = tok.doc[tok.left_edge.i:tok.i + 1].text.lower()  # "SARS-CoV-2" is several tokens
    return (tok.lemma_.lower() in _NATURAL_CAUSES or tok.lower_ in _NATURAL_CAUSES
            or name.startswith(("covid", "sars-cov", "h1n1", "h5n1", "ebola"))
            # a named storm: "Typhoon Phanfone", "Hurricane Dorian"
            or any(t.dep_ == "compound" and t.lower_ in _NATURAL_CAUSES for t in tok.lefts))


def _place_qualifier(tok, ent_at) -> bool:
    """The second place of "Gdańsk, Poland" or "Austin, Texas": it says where the first place is
    and is no actor or recipient of its own, whatever a headline's parse makes of it. A list of
    places ("Russia, China and Iran condemned ...") is coordination, and "Israel, Egypt sign gas
    deal" names two actors: the first place must lie inside the second
    (:meth:`Geocoder.qualifies`). ``ent_at``: token index -> entity span
    (:class:`ArticleContext`)."""
    area = ent_at.get(tok.i)
    if area is None or area.label_ not in ("GPE", "LOC") or area.start < 2:
        return False
    doc = tok.doc
    place = ent_at.get(area.start - 2)
    if doc[area.start - 1].text != "," or place is None or place.label_ not in ("GPE", "LOC"):
        return False
    if any(t.dep_ == "conj" for t in area):
        return False
    if area.end < len(doc) and doc[area.end].lower_ in (",", "and", "or"):
        return False
    return get_geocoder().qualifies(place.text, area.text)


#: Violent verbs whose passive implies an attacker: "were shot" (not "were killed", which
#: accidents and disasters also do).
_INTENDED_VIOLENCE = frozenset("shoot beat execute bomb torch hack stone stab club lynch".split())


def _implied_attacker(doc: Doc, event) -> bool:
    """Whether an actorless violent event implies an attacker: a device that exploded or was
    struck ("a roadside bomb exploded", "a truck hit a landmine"), a weapon as the subject
    ("rockets hit a building"), a suicide attack, a bombing, blast or detonation, or intended
    violence done to someone, in the passive or to counted victims ("four teenagers were
    shot", "Four teenagers shot at graduation party")."""
    tok = doc[event.trigger[0]]
    if weapon_words(tok) & DEVICES or weapon_subject(tok) or struck_device(tok) \
            or event.mode == "suicide-attack" or (
            event.mode == "explosives" and tok.lemma_.lower() in ("bombing", "bomb", "explosion", "blast",
                                                                  "detonate")):
        return True  # "a roadside bomb hit a vehicle", "a landmine exploded", "twin bombings"
    return (tok.lemma_.lower() in _INTENDED_VIOLENCE and any(_someone(h) for h in event.recipient_heads)
            and (any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
                 or casualty_count(tok)))  # "Four teenagers shot at graduation party"


def _someone(tok) -> bool:
    """A person or group: a name, a pronoun, a known agent noun or a counted noun ("four
    teenagers"); not a thing ("the observations were executed")."""
    return (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "NORP")
            or tok.lemma_.lower() in _agent_nouns() or tok.lower_ in _agent_nouns()
            or any(c.dep_ == "nummod" for c in tok.children))


class ActorsComponent:
    """Actors and recipients resolved to country, sector and canonical name (issue 5).

    Roles come from the dependency parse (:func:`chronist.actors.role_heads`). When the parse
    gives an event no actor, the learned span tagger (:mod:`chronist.actors.tagger`, trained on
    the Multi-CoPED actor spans) tags the sentence and its source (S) spans become the actors
    (and target spans the recipients, if the parse found none). Without torch or weights the
    tagger is skipped. With ``tag_aux`` False (set by a Pipeline that leaves negated and
    hypothetical events out of its output) the tagger skips such events.
    """

    def __init__(self, *, use_tagger: bool = True) -> None:
        self.resolver = ActorResolver()
        self.tag_aux = True
        self.tagger = None
        if use_tagger:
            from chronist.actors.tagger import get_actor_tagger

            self.tagger = get_actor_tagger()

    def _tagger_roles(self, docs: list[Doc]) -> None:
        """Fill actorless events from the span tagger: one prediction per sentence, one tagger
        call for all the docs given (sentences are passed parsed, not parsed again)."""
        cache: dict = {}
        need = [(doc, e) for doc in docs for e in (doc._.events or [])
                if not e.actor_heads and (self.tag_aux or e.plain)
                and not _circumstance(doc[e.trigger[0]])
                and not casualty_count(doc[e.trigger[0]]) and not _done_to(doc, e, cache)]
        if self.tagger is None or not need:
            return
        sents = {}
        for doc, e in need:
            sent = doc[e.trigger[0]].sent
            sents[(id(doc), sent.start)] = sent
        keys = list(sents)
        states = {id(doc): doc._.encoder_states or {} for doc, _ in need}
        by_sent = dict(zip(keys, self.tagger.predict(
            [sents[k] for k in keys], states=[states[k[0]].get(k[1]) for k in keys])))
        for doc, e in need:
            sent = doc[e.trigger[0]].sent
            for start, end, role in by_sent.get((id(doc), sent.start), []):
                span = doc.char_span(sent.start_char + start, sent.start_char + end,
                                     alignment_mode="expand")
                if span is None or e.trigger[0] in range(span.start, span.end):
                    continue
                if not actor_like(span.root) or span.root in e.recipient_heads:
                    continue
                if role in ("S", "R"):
                    if _place_of_the_event(span.root):
                        continue
                    e.actor_heads.append(span.root)
                elif role == "T" and not e.recipient_heads:
                    e.recipient_heads.append(span.root)

    @guarded("actors")
    def _roles(self, doc: Doc) -> Doc:
        for event in doc._.events or []:
            event.actor_heads, event.recipient_heads = role_heads(doc[event.trigger[0]],
                                                                   event.event_type)
        return doc

    @guarded("actors")
    def _tag_one(self, doc: Doc) -> Doc:
        self._tagger_roles([doc])
        return doc

    @guarded("actors")
    def __call__(self, doc: Doc) -> Doc:
        if not doc._.events:
            doc._.encoder_states = None
            return doc
        self._roles(doc)
        self._tagger_roles([doc])
        doc._.encoder_states = None  # read by the tagger; freed here
        return self._resolve(doc)

    def pipe(self, docs, batch_size: int = 128):
        """As ``__call__`` over a batch of docs, with one span-tagger call per batch.

        If the batched tagger call fails, the tagger runs per doc, where errors are recorded.
        """
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            batch = [self._roles(d) if d._.events else d for d in batch]
            try:
                self._tagger_roles(batch)
            except Exception:  # noqa: BLE001 - retried per doc below, errors recorded there
                batch = [self._tag_one(d) for d in batch]
            for doc in batch:
                doc._.encoder_states = None  # read by the tagger; freed here
                yield self._resolve(doc) if doc._.events else doc

    @guarded("actors")
    def _resolve(self, doc: Doc) -> Doc:
        ctx = ArticleContext(doc)
        kept = []
        for event in doc._.events:
            place_country = event.location.country if event.location is not None else None
            event.actors = self._keep(event.actor_heads, ctx, place_country, as_actor=True)
            event.recipients = self._keep(event.recipient_heads, ctx, place_country, as_actor=False)
            if event.actors and any(a.country for a in event.actors):
                event.confidence = min(0.99, event.confidence + 0.1)
            elif not event.actors:
                event.confidence = max(0.05, event.confidence - 0.2)
            # a violent verb with no agent ("the crash killed seven") is not an event, unless
            # it is an act of intended violence done to someone ("four teenagers were shot")
            # implied only when the text names no attacker ("shot by his wife" names one, even
            # if it resolves to no sector), or only the weapon ("rockets hit a building")
            implied = (not event.actors and event.event_type == "ASSAULT"
                       and all(is_weapon(h) for h in event.actor_heads) and _implied_attacker(doc, event))
            if implied:
                # ACLED's "Unidentified Armed Group (country)": the country of the attack's place,
                # else of the article's focus (one country dominating its mentions)
                event.actors = [ActorMention.implied_attacker(place_country)]
                if place_country is None and ctx.focus:
                    event.actors[0].country, event.actors[0].country_source = ctx.focus, "focus"
            if implied or not (event.requires_agent and not event.actors):
                kept.append(event)
        doc._.events = kept
        return doc

    def _keep(self, heads, ctx, place_country, *, as_actor):
        """Resolved mentions worth reporting. A pronoun counts only when it was resolved to
        someone ("he" -> Nikol Pashinian, "they" -> the police that said it): an unresolved
        "I", "we", "you" or "they" names nobody (mostly interview chatter), so an event left
        with no other actor is actorless (kept only with ``--keep-actorless``)."""
        out = []
        for head in heads:
            if (as_actor and _natural_cause(head)) or _place_qualifier(head, ctx.ent_at):
                continue
            m = self.resolver.mention(head, ctx, place_country=place_country, as_actor=as_actor)
            if head.pos_ == "PRON":
                if m.name or m.country or m.sector:
                    out.append(m)
            elif m.country or m.sector or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                out.append(m)
        return out


@Language.factory("chronist_timex", assigns=["doc._.timexes"])
def make_timex(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent()


@Language.factory("chronist_geo", requires=["doc.ents"], assigns=["doc._.places", "doc._.focus"])
def make_geo(nlp: Language, name: str) -> GeoComponent:
    return GeoComponent()


@Language.component("chronist_events", requires=["token.dep", "token.lemma", "token.tag"],
                    assigns=["doc._.events"])
def make_events(doc: Doc) -> Doc:
    return events_component(doc)


@Language.factory("chronist_event_model", requires=["doc._.events"],
                  assigns=["doc._.events", "doc._.encoder_states"],
                  default_config={"drop_none": 0.9, "retype": 0.5, "add_events": None,
                                  "keep_states": True})
def make_event_model(nlp: Language, name: str, drop_none: float | None, retype: float | None,
                     add_events: float | None, keep_states: bool) -> EventModelComponent:
    return EventModelComponent(drop_none=drop_none, retype=retype, add_events=add_events,
                               keep_states=keep_states)


@Language.component("chronist_arguments", requires=["doc._.events", "doc._.timexes", "doc._.places"])
def make_arguments(doc: Doc) -> Doc:
    return arguments_component(doc)


@Language.factory("chronist_actors", requires=["doc._.events", "token.dep", "doc.ents"],
                  default_config={"use_tagger": True})
def make_actors(nlp: Language, name: str, use_tagger: bool) -> ActorsComponent:
    return ActorsComponent(use_tagger=use_tagger)


class CalibrationComponent:
    """Map the confidence of model-scored events to a calibrated probability (Platt scaling,
    :mod:`chronist.events.calibration`); the last stage, after the actors' adjustment.

    ``enabled`` False leaves confidences as they are (``training/calibrate_confidence.py``
    fits on those).
    """

    def __init__(self) -> None:
        self.calibration = PlattCalibration.load()
        self.enabled = True

    def __call__(self, doc: Doc) -> Doc:
        if self.enabled:
            for event in doc._.events:
                if calibrated_source(event.source):  # once: the source then ends "+calibrated"
                    event.confidence = self.calibration(event.confidence)
                    event.source = f"{event.source}+calibrated"
        return doc


@Language.factory("chronist_calibration", requires=["doc._.events"])
def make_calibration(nlp: Language, name: str) -> CalibrationComponent:
    return CalibrationComponent()


#: Component names in pipeline order.
COMPONENTS: tuple[str, ...] = ("chronist_timex", "chronist_geo", "chronist_events",
                               "chronist_event_model", "chronist_arguments", "chronist_actors",
                               "chronist_calibration")

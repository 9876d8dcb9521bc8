"""The event model may retype a sentence's most confident event when it is sure
(EventModelComponent)."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")

from chronist.components import EventModelComponent  # noqa: E402
from chronist.events import DEFAULT_CAMEO, EventMention  # noqa: E402
from chronist.events.model import TYPE_LABELS, SentencePrediction  # noqa: E402


def _pred(**probs: float) -> SentencePrediction:
    rest = (1.0 - sum(probs.values())) / (len(TYPE_LABELS) - len(probs))
    tp = {lab: probs.get(lab, rest) for lab in TYPE_LABELS}
    return SentencePrediction(quad_class=4, quad_proba=[0.05, 0.05, 0.05, 0.05, 0.8],
                              event_type=max(tp, key=tp.get), type_proba=tp)


def _component(retype: float | None) -> EventModelComponent:
    comp = EventModelComponent.__new__(EventModelComponent)  # no weights needed for _retype
    comp.model, comp.drop_none, comp.retype = None, None, retype
    return comp


def test_model_retype_when_sure_and_rules_unsupported() -> None:
    ev = EventMention(trigger=(3, 4), event_type="CONSULT", mode="visit", cameo_code="042")
    _component(0.5)._retype([ev], _pred(ASSAULT=0.8, CONSULT=0.02))
    assert (ev.event_type, ev.mode, ev.cameo_code) == ("ASSAULT", None, DEFAULT_CAMEO["ASSAULT"])
    assert ev.source.endswith("+retyped")


def test_model_retype_keeps_supported_or_unsure_types() -> None:
    ev = EventMention(trigger=(3, 4), event_type="CONSULT", mode="visit", cameo_code="042")
    _component(0.5)._retype([ev], _pred(ASSAULT=0.7, CONSULT=0.25))  # rules' type has support
    _component(0.5)._retype([ev], _pred(ASSAULT=0.45, CONSULT=0.01))  # model not sure enough
    _component(0.5)._retype([ev], _pred(none=0.9, CONSULT=0.01))  # "no event" is not a type
    assert (ev.event_type, ev.mode, ev.cameo_code) == ("CONSULT", "visit", "042")


def test_model_retype_in_a_sentence_of_several_events() -> None:
    """The most confident event takes the model's type, unless one event has it already or a
    specific pattern gave it a mode ("signed a ceasefire" stays RETREAT, ceasefire)."""
    a = EventMention(trigger=(1, 2), event_type="CONSULT", mode=None, cameo_code="040",
                     confidence=0.5)
    b = EventMention(trigger=(5, 6), event_type="REJECT", mode=None, cameo_code="120",
                     confidence=0.7)
    _component(0.5)._retype([a, b], _pred(ASSAULT=0.8, CONSULT=0.02, REJECT=0.02))
    assert (a.event_type, b.event_type) == ("CONSULT", "ASSAULT")
    c = EventMention(trigger=(1, 2), event_type="ASSAULT", mode=None, cameo_code="190",
                     confidence=0.2)
    d = EventMention(trigger=(5, 6), event_type="REJECT", mode=None, cameo_code="120",
                     confidence=0.7)
    _component(0.5)._retype([c, d], _pred(ASSAULT=0.8, REJECT=0.02))  # ASSAULT is there
    assert d.event_type == "REJECT"
    e = EventMention(trigger=(1, 2), event_type="RETREAT", mode="ceasefire", cameo_code="0871",
                     confidence=0.9)
    f = EventMention(trigger=(5, 6), event_type="CONSULT", mode=None, cameo_code="040",
                     confidence=0.3)
    _component(0.5)._retype([e, f], _pred(SUPPORT=0.8, RETREAT=0.05, CONSULT=0.02))
    assert (e.event_type, e.mode, f.event_type) == ("RETREAT", "ceasefire", "CONSULT")


@pytest.mark.slow
def test_model_retype_spares_words_it_never_saw() -> None:
    """The shipped model's training vocabulary: a trigger word it never saw keeps the lexicon's
    type ("spurned" is REJECT whatever the sentence model prefers)."""
    import spacy

    from chronist.events.model import get_event_model, training_vocabulary

    model = get_event_model()
    assert model.vocabulary is not None and len(model.vocabulary) > 5000
    assert model.knows("Protesters") and model.knows("met") and not model.knows("spurned")
    assert training_vocabulary(["He met her.", "They met him", "spurned"]) == ["met"]
    doc = spacy.blank("en")("Rebels spurned a junta call for a ceasefire .")
    comp = _component(0.5)
    comp.model = model
    ev = EventMention(trigger=(1, 2), event_type="REJECT", mode=None, cameo_code="120")
    comp._retype([ev], _pred(REQUEST=0.8, REJECT=0.01), doc)
    assert ev.event_type == "REJECT"
    ev.trigger = (4, 5)  # "call", a word of the training sentences, may be retyped
    comp._retype([ev], _pred(REQUEST=0.8, REJECT=0.01), doc)
    assert ev.event_type == "REQUEST"

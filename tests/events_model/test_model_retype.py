"""The event model may retype a sentence's only event when it is sure (EventModelComponent)."""

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
    _component(0.5)._retype(ev, _pred(ASSAULT=0.8, CONSULT=0.02))
    assert (ev.event_type, ev.mode, ev.cameo_code) == ("ASSAULT", None, DEFAULT_CAMEO["ASSAULT"])
    assert ev.source.endswith("+retyped")


def test_model_retype_keeps_supported_or_unsure_types() -> None:
    ev = EventMention(trigger=(3, 4), event_type="CONSULT", mode="visit", cameo_code="042")
    _component(0.5)._retype(ev, _pred(ASSAULT=0.7, CONSULT=0.15))  # rules' type has support
    _component(0.5)._retype(ev, _pred(ASSAULT=0.45, CONSULT=0.01))  # model not sure enough
    _component(0.5)._retype(ev, _pred(none=0.9, CONSULT=0.01))  # "no event" is not a type
    assert (ev.event_type, ev.mode, ev.cameo_code) == ("CONSULT", "visit", "042")

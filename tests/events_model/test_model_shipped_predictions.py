"""The shipped event model loads once and predicts sensible classes for real sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from chronist.events.model import (  # noqa: E402
    DEFAULT_MODEL_PATH,
    TYPE_LABELS,
    EventModel,
    SentencePrediction,
    get_event_model,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEFAULT_MODEL_PATH.is_file(), reason="shipped weights not built"),
]

# real sentences: Wikinews 2019-06-21 (Hong Kong), Wikinews 2019-11-29 (London Bridge),
# Reuters 1987 (political subset), Wikinews 2020-02 (COVID-19 explainer)
PROTEST = ("On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and "
           "helmets gathered around Hong Kong's principal police complex, blocking the exits as "
           "they chanted slogans and threw eggs.")
ATTACK = "Four stabbed to death at Paris police headquarters"
MEETING = "CLARK HOLDS TALKS WITH SHULTZ IN WASHINGTON"
NEUTRAL = "R0 can change over time as populations become more resistant, more vaccinated, or more careful."


@pytest.fixture(scope="module")
def model() -> EventModel:
    m = get_event_model()
    assert m is not None
    return m


def test_model_shipped_is_cached(model: EventModel) -> None:
    assert get_event_model() is model


def test_model_shipped_shapes(model: EventModel) -> None:
    preds = model.predict([PROTEST, ATTACK, MEETING, NEUTRAL], batch_size=2)
    assert len(preds) == 4 and all(isinstance(p, SentencePrediction) for p in preds)
    for p in preds:
        assert len(p.quad_proba) == 5 and abs(sum(p.quad_proba) - 1) < 1e-4
        assert list(p.type_proba) == list(TYPE_LABELS) and abs(sum(p.type_proba.values()) - 1) < 1e-4
        assert p.quad_class == max(range(5), key=p.quad_proba.__getitem__)
    assert model.predict([]) == []
    with pytest.raises(TypeError):
        model.predict(PROTEST)  # type: ignore[arg-type]


def test_model_shipped_sensible_classes(model: EventModel) -> None:
    protest, attack, meeting, neutral = model.predict([PROTEST, ATTACK, MEETING, NEUTRAL])
    assert protest.quad_class == 4 or protest.event_type == "PROTEST"
    assert attack.quad_class == 4 and attack.event_type == "ASSAULT"
    assert meeting.quad_class == 1 or meeting.event_type == "CONSULT"
    assert neutral.event_type is None

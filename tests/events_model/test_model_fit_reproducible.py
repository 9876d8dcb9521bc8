"""A tiny seeded fit of EventClassifier is reproducible and has the documented shapes."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("peft")

from sklearn.exceptions import NotFittedError  # noqa: E402

from chronist.events.model import TYPE_LABELS, EventClassifier  # noqa: E402

SENTENCES = [
    "Police fired tear gas at thousands of protesters in the capital on Sunday.",
    "The two foreign ministers met in Geneva to discuss the ceasefire.",
    "The government accused the opposition of plotting a coup.",
    "The United Nations sent food aid to refugees in the north.",
    "Rebels attacked an army convoy, killing twelve soldiers.",
    "The weather was mild and the market opened slightly higher.",
    "The president praised the agreement as a historic step.",
    "Workers went on strike demanding higher wages.",
]
QUADS = [4, 1, 3, 2, 4, 0, 1, 4]
TYPES = ["ASSAULT", "CONSULT", "ACCUSE", "AID", "ASSAULT", "none", "SUPPORT", "PROTEST"]


def _fit() -> EventClassifier:
    est = EventClassifier(epochs=1, batch_size=4, rank=2, frozen_layers=5, seed=7, num_threads=1)
    return est.fit(SENTENCES, QUADS, y_type=TYPES)


@pytest.mark.slow
def test_model_fit_is_seeded_and_shaped() -> None:
    est = EventClassifier(epochs=1)
    with pytest.raises(NotFittedError):
        est.predict(SENTENCES[:1])
    a = _fit()
    b = _fit()
    pa, pb = a.predict_proba(SENTENCES), b.predict_proba(SENTENCES)
    assert pa.shape == (8, 5)
    np.testing.assert_allclose(pa, pb, rtol=0, atol=1e-6)
    np.testing.assert_allclose(pa.sum(axis=1), 1.0, atol=1e-5)
    tp = a.predict_type_proba(SENTENCES)
    assert tp.shape == (8, len(TYPE_LABELS)) == (8, 17)
    assert a.type_classes_ == TYPE_LABELS
    assert list(a.classes_) == [0, 1, 2, 3, 4]
    assert a.n_train_ == 8
    # adapters only on the upper (6 - frozen_layers) block, ranks as requested
    assert all(k.startswith("encoder.layer.5.") for k in a.adapters_)
    assert all(A.shape[0] == 2 for A, _ in a.adapters_.values())


@pytest.mark.slow
def test_model_fit_rejects_bad_labels() -> None:
    with pytest.raises(ValueError, match="unknown event types"):
        EventClassifier(epochs=1).fit(SENTENCES[:2], [1, 1], y_type=["AGREE", "FIGHT"])
    with pytest.raises(ValueError, match="quad labels"):
        EventClassifier(epochs=1).fit(SENTENCES[:2], [1, 7])

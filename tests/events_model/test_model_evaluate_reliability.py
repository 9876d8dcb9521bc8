"""Reliability table and ECE of the event-model evaluation."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn")

from chronist.events.model_evaluate import reliability_table  # noqa: E402


def test_model_evaluate_reliability_ece() -> None:
    conf = np.array([0.95, 0.95, 0.15, 0.15])
    correct = np.array([True, False, False, False])
    table, ece = reliability_table(conf, correct)
    # bin [0.9, 1.0]: 2 items, conf 0.95, acc 0.5; bin [0.1, 0.2): 2 items, conf 0.15, acc 0
    assert ece == pytest.approx(0.5 * 0.45 + 0.5 * 0.15)
    assert "[0.9, 1.0)" in table and "ECE 0.3000" in table


def test_model_evaluate_reliability_perfect() -> None:
    conf = np.array([1.0, 1.0, 1.0])
    _, ece = reliability_table(conf, np.array([True, True, True]))
    assert ece == pytest.approx(0.0)

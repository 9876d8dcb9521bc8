"""Fixtures of the NLP tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def plain_and_fast():
    """Two fresh loads of the first installed default spaCy model, without Chronist's changes:
    ``(plain, fast)``; the tag-map test applies its speed-up to ``fast`` and compares."""
    from chronist.nlp import DEFAULT_MODELS, _load_one

    for name in DEFAULT_MODELS:
        try:
            return _load_one(name, ()), _load_one(name, ())
        except (OSError, ImportError, AttributeError):
            continue
    pytest.skip("no default spaCy model is installed")

"""Fixtures for the geo tests: one spaCy pipeline and one geocoder per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def geo_nlp():
    from chronist.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def geocoder():
    from chronist.geo import get_geocoder

    return get_geocoder()

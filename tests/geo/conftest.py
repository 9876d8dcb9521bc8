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


def _spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Offsets of each name's first occurrence after the previous name."""
    out, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        out.append((i, i + len(n)))
        pos = i + len(n)
    return out


@pytest.fixture(scope="session")
def resolve_in_text(geocoder):
    """``resolve_in_text(text, names)``: the names resolved as spans of the text, jointly, in
    the order they occur (``Geocoder.resolve_spans``)."""
    return lambda text, names: geocoder.resolve_spans(text, _spans_of(text, names))

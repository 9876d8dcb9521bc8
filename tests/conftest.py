"""Shared fixtures: paths to ../shared and one Pipeline per test session (models load once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "armenia-2021-02-25.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    from chronist.pipeline import Pipeline

    return Pipeline(include_aux=True)


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp

"""Weak PLOVER types from the CAMEO verb patterns, filtered by the gold quad class."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "training"))
pytestmark = pytest.mark.skipif(
    not (ROOT.parent / "shared" / "reference").is_dir(), reason="needs ../shared/reference"
)


def test_model_cameo_weak_labels_real_sentences() -> None:
    from cameo_weak_labels import cameo_quad, plover_of, weak_type

    # real pentaclass sentences (Multi-CoPED) with their gold quad classes
    assert weak_type("Turkey and Russia announced a ceasefire in Idlib, Syria's last opposition "
                     "enclave on Thursday.", 2) == "RETREAT"
    assert weak_type("The Taliban rejected on Monday an Afghan government offer of a ceasefire "
                     "and they would persist with their attacks.", 3) == "REJECT"
    assert weak_type("Russian armed forces launched a cruise-missile attack on Islamic State "
                     "targets in Syria's Hama province, the defense ministry said.", 4) == "ASSAULT"
    # quad filter: a verbal-conflict reading is not given to a material-conflict sentence
    assert weak_type("The weather was mild.", 4) is None
    assert plover_of("0234") == "REQUEST" and plover_of("145") == "PROTEST" and plover_of("010") is None
    assert [cameo_quad(c) for c in ("043", "071", "112", "190")] == [1, 2, 3, 4]

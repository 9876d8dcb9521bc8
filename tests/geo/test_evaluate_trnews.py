"""TR-News reader of the geo scorer (chronist.geo.evaluate)."""

from pathlib import Path

import pytest

from chronist.geo.evaluate import load_trnews

TRNEWS = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "dev-gold"
    / "geo-trnews"
    / "TR-News.xml"
)


@pytest.mark.skipif(not TRNEWS.exists(), reason="../shared TR-News not present")
def test_load_trnews_offsets_match_phrases() -> None:
    arts = load_trnews(TRNEWS)
    assert len(arts) == 118
    tops = [t for a in arts for t in a.toponyms]
    assert len(tops) >= 1300
    for a in arts:
        for t in a.toponyms:
            assert a.text[t.start : t.end] == t.phrase
    first = arts[0].toponyms[0]
    assert (first.phrase, first.geonameid, first.fcode) == ("Turkish", 298795, "PCLI")

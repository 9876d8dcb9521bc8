"""TempEval-3 style scorer and the TimeML reader."""

import datetime
from pathlib import Path

import pytest

from chronist.temporal.scoring import score_document
from chronist.temporal.timeml import GoldTimex, read_timeml

TIMEBANK = Path("../shared/dev-gold/timebank")


def _g(start, end, type_="DATE", value="2021"):
    return GoldTimex(start, end, "", type_, value)


def test_scoring_tempeval_strict_relaxed_value():
    gold = [_g(0, 10), _g(20, 30, value="P1D", type_="DURATION"), _g(40, 50)]
    system = [_g(0, 10), _g(22, 30, value="P2D", type_="DURATION"), _g(60, 65)]
    s = score_document(gold, system)
    assert (s.strict, s.relaxed, s.type_correct, s.value_correct) == (1, 2, 2, 1)
    assert s.relaxed_prf == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert s.strict_prf[2] == pytest.approx(1 / 3)
    assert s.value_accuracy == pytest.approx(0.5)
    assert s.value_f1 == pytest.approx(1 / 3)


def test_scoring_tempeval_one_system_timex_matches_one_gold():
    s = score_document([_g(0, 5), _g(6, 10)], [_g(0, 10)])
    assert s.relaxed == 1


@pytest.mark.skipif(not TIMEBANK.exists(), reason="needs ../shared/dev-gold/timebank")
def test_scoring_tempeval_reads_timeml_without_dct():
    doc = read_timeml(next(TIMEBANK.rglob("ABC19980108.1830.0711.tml")))
    assert doc.dct == datetime.date(1998, 1, 8)
    first = doc.timexes[0]
    assert (first.text, first.type, first.value) == ("week", "DURATION", "P1W")
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert all(t.text != "19980108" for t in doc.timexes)


@pytest.mark.skipif(not TIMEBANK.exists(), reason="needs ../shared/dev-gold/timebank")
def test_scoring_tempeval_timebank_meets_targets():
    from chronist.temporal.evaluate import evaluate

    scores, seconds, n_docs = evaluate(str(TIMEBANK))
    assert n_docs == 183 and scores.n_gold == 1243
    assert scores.relaxed_prf[2] >= 0.90
    assert scores.strict_prf[2] >= 0.82
    assert scores.value_f1 >= 0.80
    assert seconds < 60

"""Exact values of the actor-span scorer on hand-made spans."""

from __future__ import annotations

import pytest

from chronist.actors.tagger_scoring import bio_to_spans, read_conll, score_spans


def test_bio_to_spans_basic_and_stray_inside() -> None:
    tags = ["B-S", "I-S", "O", "I-T", "I-T", "B-T", "I-S", "O", "B-R"]
    assert bio_to_spans(tags) == [(0, 2, "S"), (3, 5, "T"), (5, 6, "T"), (6, 7, "S"), (8, 9, "R")]


def test_score_spans_exact_values() -> None:
    gold = [[(0, 2, "S"), (5, 8, "T")], [(1, 3, "S"), (4, 6, "R")]]
    pred = [[(0, 2, "S"), (5, 7, "T")], [(1, 3, "T"), (4, 6, "R"), (9, 10, "S")]]
    sc = score_spans(gold, pred)
    # S: tp 1 (0,2), fp 1 (9,10), fn 1 (1,3)
    assert sc["S"]["tp"] == 1 and sc["S"]["fp"] == 1 and sc["S"]["fn"] == 1
    assert sc["S"]["p"] == pytest.approx(0.5) and sc["S"]["f1"] == pytest.approx(0.5)
    # T: tp 0, fp 2 ((5,7), (1,3) with wrong role), fn 1
    assert sc["T"]["tp"] == 0 and sc["T"]["fp"] == 2 and sc["T"]["fn"] == 1
    assert sc["T"]["f1"] == 0.0
    assert sc["R"]["f1"] == pytest.approx(1.0)
    assert sc["macro_ST_f1"] == pytest.approx(0.25)
    # all roles: tp 2, fp 3, fn 2 -> P 0.4, R 0.5, F1 4/9
    assert sc["all"]["p"] == pytest.approx(0.4)
    assert sc["all"]["r"] == pytest.approx(0.5)
    assert sc["all"]["f1"] == pytest.approx(4 / 9)


def test_score_spans_length_mismatch() -> None:
    with pytest.raises(ValueError, match="sentences"):
        score_spans([[]], [[], []])


def test_read_conll(tmp_path) -> None:
    f = tmp_path / "x.conll"
    f.write_text("Iraqi B-S\ntroops I-S\nfired O\n\nUN B-T\n. O\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["Iraqi", "troops", "fired"], ["B-S", "I-S", "O"]), (["UN", "."], ["B-T", "O"])]
    bad = tmp_path / "bad.conll"
    bad.write_text("a b c\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected"):
        read_conll(bad)

"""The committed PLOVER labels point at real corpus text and meet the dev-set requirements."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "training"))

from chronist.events.model import PLOVER_TYPES  # noqa: E402


def _load(name: str) -> list[dict]:
    with open(ROOT / "labels" / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_model_labels_dev_coverage() -> None:
    dev = _load("plover_dev.jsonl")
    assert len(dev) >= 300
    counts = Counter(r["event_type"] for r in dev)
    assert all(counts[t] >= 10 for t in PLOVER_TYPES), counts
    train_texts = {" ".join(r["text"].split()) for r in _load("plover_train.jsonl")}
    assert not train_texts & {" ".join(r["text"].split()) for r in dev}
    assert not {r["source"] for r in dev} & {r["source"] for r in _load("plover_train.jsonl")}


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared corpora")
def test_model_labels_offsets_match_documents() -> None:
    from corpus_sentences import iter_raw_reuters, read_document

    records = _load("plover_dev.jsonl")[::7] + _load("plover_train.jsonl")[::7]
    files = {r["source"].split("#")[0].rsplit("/", 1)[1] for r in records if "#NEWID=" in r["source"]}
    raw = {src: text for src, _, text in iter_raw_reuters(files)} if files else {}
    for r in records:
        if "#NEWID=" in r["source"]:
            text = raw[r["source"]]
        else:
            date, text = read_document(SHARED / r["source"])
            assert date == r["date"]
        assert text[r["start"] : r["end"]] == r["text"]
        if r["trigger_start"] is not None:
            t = text[r["trigger_start"] : r["trigger_start"] + len(r["trigger"])]
            assert t.lower() == r["trigger"].lower()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"])


def test_relabelled_dev_set_differs_from_the_second_annotation_where_adjudicated(capsys) -> None:
    """labels/relabel_dev: the adjudicator kept the first label in 2 of the 56 disagreements,
    so the built plover_dev.jsonl and the second annotation differ on exactly 2 types."""
    from label_agreement import main

    main([str(ROOT / "labels" / "plover_dev.jsonl"), str(ROOT / "labels" / "relabel_dev" / "annotator2")])
    out = capsys.readouterr().out
    assert "479 sentences in both; same type 477 (0.996)" in out

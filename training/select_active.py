"""Choose unlabelled training sentences for labelling by active learning (disagreement sampling).

The pool is every unlabelled sentence (40 to 400 characters) of the *train-split* documents of
the Wikinews, VOA and Reuters political-subset corpora, plus ``--raw-reuters`` (default 4,000)
raw Reuters-21578 sentences of train-split stories that hold a political keyword, drawn with
``--seed``. Sentences already labelled (``labels/raw*/``) and texts of the development sets
are left out. Each pool sentence is coded twice: by the whole coder (``Pipeline``, negated and
hypothetical events included, its most confident event) and by the learned sentence model
alone (``EventModel``). Chosen for labelling are

* every sentence where both find an event but of different types,
* every sentence where only the model finds an event,
* up to ``--per-type`` (default 30) sentences per type where only the coder finds one,

written in document order to ``--parts`` files ``OUT_DIR/in_K.tsv`` (``id TAB date TAB text``)
for annotators following ``labels/GUIDE.md``; their labels go to ``labels/raw/batchN_*.txt``.
Batch 8 (2026-11-30) was chosen by this procedure at commit 6c99594 (8,587 pool sentences,
1,240 chosen), run as a scratch script of which this is the kept form. The choice depends on
the coder, the model and the labels already written at the commit it runs at.

Usage::

    OMP_NUM_THREADS=1 .venv/bin/python training/select_active.py OUT_DIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from build_labels import RAW, RAW_DEV2, read_annotations  # noqa: E402
from corpus_sentences import doc_split, iter_sentences  # noqa: E402

POLITICAL = re.compile(
    r"\b(minister|government|president|police|troops|army|rebels?|protest|talks|sanction|accus|"
    r"reject|urged|called on|aid|strike|attack|killed|arrest|threat|warn|embassy|parliament|"
    r"opposition|militar|agree|visit|meet|support|condemn|demand|refus|deploy|ban|court|sentenc|"
    r"charged|investigat|withdr|release|resign|ceasefire|united nations|soviet|iran|iraq|israel|"
    r"nicaragua|contras?)\b",
    re.I,
)


def labelled_ids() -> set[str]:
    """Sentence ids of every annotation file (``labels/raw/``, ``labels/raw_dev2/``)."""
    return set(read_annotations(RAW)) | set(read_annotations(RAW_DEV2))


def dev_texts() -> set[str]:
    """Whitespace-normalised texts of the corpus development sets (never chosen)."""
    out: set[str] = set()
    for f in sorted((ROOT / "labels").glob("plover_dev*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(" ".join(json.loads(line)["text"].split()))
    return out


def pool(n_raw: int, seed: int) -> list[tuple[str, str, str]]:
    """``(sentence id, document date, text)`` of the unlabelled train-split pool."""
    lab, dev = labelled_ids(), dev_texts()
    rng = random.Random(seed)
    corpus, raw, seen = [], [], set()
    for s in iter_sentences(raw=True):
        if s.sid in lab or doc_split(s.path) != "train":
            continue
        text = " ".join(s.text.split())
        if not 40 <= len(text) <= 400 or text in dev or text in seen:
            continue
        seen.add(text)
        if s.sid[0] != "R":
            corpus.append((s.sid, s.date, text))
        elif POLITICAL.search(text):
            raw.append((s.sid, s.date, text))
    rng.shuffle(raw)
    return corpus + raw[:n_raw]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--raw-reuters", type=int, default=4000)
    ap.add_argument("--per-type", type=int, default=30)
    ap.add_argument("--parts", type=int, default=5)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args(argv)

    from chronist.events.model import get_event_model
    from chronist.io import Article
    from chronist.pipeline import Pipeline

    sents = pool(args.raw_reuters, args.seed)
    print(f"{len(sents)} pool sentences", flush=True)
    pipe = Pipeline(include_aux=True, require_actor=False)
    arts = [Article(doc_id=str(i), pub_date=dt.date.fromisoformat(d) if d else dt.date(1987, 1, 1),
                    title=None, text=t) for i, (_, d, t) in enumerate(sents)]
    model = get_event_model()
    if model is None:
        raise SystemExit("the learned event model is unavailable (torch, transformers, weights)")
    preds = model.predict([t for _, _, t in sents])
    rng = random.Random(args.seed)
    chosen, coder_only = [], defaultdict(list)
    for (_, events), sent, pred in zip(pipe.code_articles(arts), sents, preds):
        coded = max(events, key=lambda e: e["confidence"])["event_type"] if events else None
        learned = pred.event_type
        if learned and coded != learned:
            chosen.append(sent)
        elif coded and not learned:
            coder_only[coded].append(sent)
    for typ in coder_only:  # in order of first occurrence
        rng.shuffle(coder_only[typ])
        chosen += coder_only[typ][: args.per_type]

    def order(s: tuple[str, str, str]) -> tuple[str, int, int]:
        doc, sent = s[0][1:].split(".")
        return s[0][0], int(doc), int(sent)

    chosen.sort(key=order)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    size = -(-len(chosen) // args.parts)
    for k in range(args.parts):
        with open(args.out_dir / f"in_{k}.tsv", "w", encoding="utf-8") as fh:
            for sid, d, text in chosen[k * size:(k + 1) * size]:
                fh.write(f"{sid}\t{d}\t{text}\n")
    print(f"{len(chosen)} sentences chosen -> {args.out_dir}/in_*.tsv")


if __name__ == "__main__":
    main()

"""Train (or cross-validate) Chronist's learned event classifier.

Data (read from ../shared relative to the repository root, never at run time):

* ``dev-gold/cameo-multicoped/pentaclass_train.tsv``: 1,348 news sentences with CAMEO quad
  class (Multi-CoPED, published with ConfliBERT, Hu et al., NAACL 2022);
* ``labels/plover_train.jsonl`` and ``labels/plover_train_active.jsonl`` (this repository):
  corpus sentences labelled with PLOVER types following ``labels/GUIDE.md``.
  ``labels/plover_dev.jsonl`` is never used here.

Commands (from the repository root)::

    # ship weights to src/chronist/data/models/event_model.pt
    .venv/bin/python training/train_event_model.py
    # 5-fold cross-validation on pentaclass_train.tsv (own labels added to every training fold)
    .venv/bin/python training/train_event_model.py --cv 5
    # only the vocabulary of the training sentences (event_model_vocab.txt), no training
    .venv/bin/python training/train_event_model.py --vocabulary-only

Everything is seeded (``--seed``, default 0); with the same thread count the run is
reproducible bit for bit.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from chronist.events.model import (  # noqa: E402
    CAMEO_QUAD_OF_TYPE,
    DEFAULT_MODEL_PATH,
    NO_EVENT,
    QUAD_LABELS,
    EventClassifier,
    write_vocabulary,
)

SHARED = ROOT.parent / "shared"
PENTACLASS = SHARED / "dev-gold" / "cameo-multicoped" / "pentaclass_train.tsv"
OWN_TRAIN = ROOT / "labels" / "plover_train.jsonl"
#: active-learning batches 8 and 9 (training/build_labels.py, ACTIVE_BATCHES)
OWN_ACTIVE = ROOT / "labels" / "plover_train_active.jsonl"


def load_pentaclass(path: Path = PENTACLASS) -> tuple[list[str], np.ndarray]:
    """Sentences and quad labels of a ``sentence TAB label`` file."""
    texts, labels = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            text, lab = line.rsplit("\t", 1)
            texts.append(text)
            labels.append(int(lab))
    return texts, np.asarray(labels)


def load_own(paths: Path | list[Path] = OWN_TRAIN) -> tuple[list[str], np.ndarray, list[str]]:
    """Own PLOVER labels of one or more JSONL files: sentences, quad labels (-1 where
    ambiguous) and type labels; a missing file contributes nothing."""
    texts, quads, types = [], [], []
    for path in [paths] if isinstance(paths, Path) else paths:
        if path.is_file():
            _read_own(path, texts, quads, types)
    return texts, np.asarray(quads, dtype=int), types


def _read_own(path: Path, texts: list[str], quads: list[int], types: list[str]) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            # the type head learns the type of the event mentioned, also when it is negated or
            # hypothetical: those auxiliary modes are the rule-based coder's job
            et = r.get("event_type")
            texts.append(r["text"])
            types.append(et or NO_EVENT)
            q = r.get("quad_class")
            if et is None or r.get("negated") or r.get("hypothetical"):
                # the quad head keeps Multi-CoPED's convention: own no-event sentences (many
                # of them hard negatives chosen for their event-like words) and events that
                # did not happen teach it nothing about that convention, so they are left out
                q = -1
            elif CAMEO_QUAD_OF_TYPE.get(et) is None and q is None:
                q = -1
            quads.append(-1 if q is None else int(q))


def per_class_report(y_true: np.ndarray, y_pred: np.ndarray, labels: list[int], names: list[str]) -> str:
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    lines = [f"{'class':<24}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for i, name in enumerate(names):
        lines.append(f"{name:<24}{p[i]:7.3f}{r[i]:7.3f}{f[i]:7.3f}{s[i]:6d}")
    macro = f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)
    acc = float(np.mean(y_true == y_pred))
    lines.append(f"macro-F1 {macro:.4f}  accuracy {acc:.4f}")
    return "\n".join(lines)


def make_estimator(args: argparse.Namespace) -> EventClassifier:
    return EventClassifier(
        epochs=args.epochs, seed=args.seed, num_threads=args.threads, verbose=True, rank=args.rank,
        frozen_layers=args.frozen_layers,
    )


def run_cv(args: argparse.Namespace) -> None:
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    X, y = load_pentaclass()
    ox, oq, ot = load_own(args.own)
    print(f"pentaclass {len(X)} sentences; own labelled {len(ox)} sentences", flush=True)
    skf = StratifiedKFold(n_splits=args.cv, shuffle=True, random_state=args.seed)
    pred = np.full(len(X), -1)
    fold_f1 = []
    for k, (tr, te) in enumerate(skf.split(X, y)):
        if args.folds and k not in args.folds:
            continue
        t0 = time.time()
        xtr = [X[i] for i in tr] + ox
        ytr = np.concatenate([y[tr], oq])
        # the same type targets as the shipped model (run_train), from the training fold only
        ttr = pentaclass_types([X[i] for i in tr], y[tr], weak=not args.no_weak) + ot
        est = make_estimator(args).fit(xtr, ytr, y_type=ttr)
        pred[te] = est.predict([X[i] for i in te])
        f = f1_score(y[te], pred[te], average="macro")
        fold_f1.append(f)
        print(f"fold {k}: macro-F1 {f:.4f} ({time.time() - t0:.0f}s)", flush=True)
        if args.save_preds:
            out = Path(f"{args.save_preds}.fold{k}.json")
            out.write_text(json.dumps({"fold": k, "index": te.tolist(), "pred": pred[te].tolist()}))
    cv_report(y, pred, args.cv, seed=args.seed)


def cv_report(y: np.ndarray, pred: np.ndarray, k: int, *, seed: int = 0) -> None:
    """Pooled per-class report over the sentences with a held-out prediction (pred >= 0)."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    done = pred >= 0
    print(f"\n{k}-fold CV on pentaclass_train.tsv, pooled over {done.sum()} held-out sentences")
    print(per_class_report(y[done], pred[done], list(range(5)), list(QUAD_LABELS)))
    folds = [te for _, te in StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(y, y)]
    fold_f1 = [f1_score(y[te], pred[te], average="macro") for te in folds if (pred[te] >= 0).all()]
    if fold_f1:
        print(f"per-fold macro-F1 {[round(f, 4) for f in fold_f1]} mean {np.mean(fold_f1):.4f} "
              f"sd {np.std(fold_f1):.4f}")


def combine(files: list[Path], k: int) -> None:
    """Pooled report from fold predictions saved by ``--cv K --save-preds PREFIX``."""
    X, y = load_pentaclass()
    pred = np.full(len(X), -1)
    for f in files:
        d = json.loads(f.read_text())
        pred[np.asarray(d["index"])] = d["pred"]
    cv_report(y, pred, k)


def pentaclass_types(X: list[str], y: np.ndarray, *, weak: bool = True) -> list[str | None]:
    """Type targets for pentaclass sentences: "none" for quad 0 (None, unknown, when the
    sentence has appeal/demand wording); for the others the weak type consistent with the gold
    quad class (guide keyword cues, then CAMEO verb patterns: training/cameo_weak_labels.py),
    or None (unknown) when nothing applies or ``weak`` is False."""
    from cameo_weak_labels import guide_type, has_request_cue

    out: list[str | None] = []
    for x, q in zip(X, y):
        if q == 0:
            # Multi-CoPED often codes appeals as neutral; PLOVER codes them REQUEST: unknown
            out.append(None if has_request_cue(x) else NO_EVENT)
        else:
            out.append(guide_type(x, int(q)) if weak else None)
    return out


def run_train(args: argparse.Namespace) -> None:
    X, y = load_pentaclass()
    ox, oq, ot = load_own(args.own)
    pt = pentaclass_types(X, y, weak=not args.no_weak)
    n_weak = sum(t not in (None, NO_EVENT) for t in pt)
    print(
        f"pentaclass {len(X)} sentences ({n_weak} with weak CAMEO types); "
        f"own labelled {len(ox)} sentences",
        flush=True,
    )
    t0 = time.time()
    est = make_estimator(args).fit(X + ox, np.concatenate([y, oq]), y_type=pt + ot)
    out = est.save(args.out)
    print(f"trained in {time.time() - t0:.0f}s; wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    print(f"wrote {write_vocabulary(X + ox, args.out)}")


def run_vocabulary(args: argparse.Namespace) -> None:
    """Write only the vocabulary of the training sentences next to ``--out``."""
    X, _ = load_pentaclass()
    ox, _, _ = load_own(args.own)
    print(f"wrote {write_vocabulary(X + ox, args.out)}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation instead of training")
    ap.add_argument("--folds", type=int, nargs="*", help="run only these fold indices (CV)")
    ap.add_argument("--epochs", type=int, default=5,
                    help="passes over the data (5: quad CV macro-F1 0.883, against 0.843 with 3)")
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--frozen-layers", type=int, default=1,
                    help="lower MiniLM blocks left unadapted (0-5; fewer is slower; 1 since "
                         "session 15: with batch 8 the model alone scored plover_dev / dev2 "
                         "macro-F1 0.701 / 0.725, against 0.693 / 0.692 with 3)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH)
    ap.add_argument("--own", type=Path, nargs="+", default=[OWN_TRAIN, OWN_ACTIVE],
                    help="own labelled JSONL file(s) (default: plover_train.jsonl and the "
                         "active-learning batches in plover_train_active.jsonl)")
    ap.add_argument("--no-weak", action="store_true", help="no weak CAMEO type labels")
    ap.add_argument("--save-preds", type=str, default=None, help="CV: write PREFIX.foldK.json")
    ap.add_argument("--combine", type=Path, nargs="*", help="CV: pooled report from saved folds")
    ap.add_argument("--vocabulary-only", action="store_true",
                    help="only write the training vocabulary next to --out (no training)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.vocabulary_only:
        run_vocabulary(args)
    elif args.combine:
        combine(args.combine, args.cv or 5)
    elif args.cv:
        run_cv(args)
    else:
        run_train(args)


if __name__ == "__main__":
    main()

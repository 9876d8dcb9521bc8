"""Fit the Platt scaling of event confidence (``chronist.events.calibration``).

The whole pipeline (rules, model, actors; negated and hypothetical events kept, actorless ones
too, as in ``python -m chronist.events.evaluate``) codes each sentence of the fitting sets with
calibration off. The most confident event of each sentence that has one gives a pair
(confidence, whether its PLOVER type is the gold one); a logistic regression on
``logit(confidence)`` gives ``a`` and ``b``. Only events the learned model scored count (the
map applies to them alone). Deterministic: no random draw.

Fitting sets (labelled PLOVER sentences, none used to train the event model): the corpus
sentences of ``plover_dev2`` and ``plover_dev3``, which are like the sentences Chronist codes
in news (most keyword-chosen sentences hold no event). The report gives ECE before and after
on the held-out sets too: ``plover_dev``, ``plover_dev4`` (corpus) and the five written
``plover_style_*`` sets. Fitting on the style sets as well halves their ECE but doubles that of
``plover_dev4`` (0.104 -> 0.180; session 18), so they are left out: the corpus fit lowers ECE
on every set.

Usage (from the repository root; about 3 minutes on one core)::

    .venv/bin/python training/calibrate_confidence.py          # writes the shipped JSON
    .venv/bin/python training/calibrate_confidence.py --dry-run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronist.events.calibration import (  # noqa: E402
    DEFAULT_CALIBRATION_PATH,
    PlattCalibration,
    calibrated_source,
    logit,
)
from chronist.events.model_evaluate import reliability_table  # noqa: E402
from chronist.io import Article  # noqa: E402

FIT_SETS = ("plover_dev2", "plover_dev3")
HELD_OUT_SETS = ("plover_dev", "plover_dev4", "plover_style_dev", "plover_style_dev2",
                 "plover_style_dev3", "plover_style_dev4", "plover_style_dev5", "plover_style_test")


def top_events(pipe, path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Confidence, shape (n,), and correctness, shape (n,), of the most confident
    model-scored event of each sentence of a labelled JSONL file that has one."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    arts = [Article(doc_id=str(i), pub_date=dt.date.fromisoformat(r["date"]), title=None,
                    text=" ".join(r["text"].split())) for i, r in enumerate(records)]
    conf, correct = [], []
    for r, (_, doc) in zip(records, pipe.annotate(arts)):
        events = doc._.events  # include_aux, no actor required: every event is a record
        if not events:
            continue
        top = max(events, key=lambda e: e.confidence)
        if calibrated_source(top.source):
            conf.append(top.confidence)
            correct.append(top.event_type == r.get("event_type"))
    return np.asarray(conf, dtype=float), np.asarray(correct, dtype=bool)


def ece(conf: np.ndarray, correct: np.ndarray) -> float:
    """Expected calibration error over 10 equal-width bins (reliability_table's)."""
    return reliability_table(conf, correct)[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_CALIBRATION_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    ap.add_argument("--fit-sets", nargs="+", default=list(FIT_SETS), metavar="NAME",
                    help="labels/NAME.jsonl files to fit on (the others are reported as held out)")
    args = ap.parse_args(argv)
    fit_sets = tuple(args.fit_sets)
    held_out = tuple(n for n in FIT_SETS + HELD_OUT_SETS if n not in fit_sets)
    from sklearn.linear_model import LogisticRegression

    from chronist.pipeline import Pipeline

    pipe = Pipeline(include_aux=True, require_actor=False, calibrate=False)
    data = {name: top_events(pipe, ROOT / "labels" / f"{name}.jsonl")
            for name in fit_sets + held_out}
    conf = np.concatenate([data[n][0] for n in fit_sets])
    correct = np.concatenate([data[n][1] for n in fit_sets])
    # C large: two parameters from ~900 points need no regularisation
    lr = LogisticRegression(C=1e4).fit(np.array([[logit(c)] for c in conf]), correct)
    fitted = PlattCalibration(float(lr.coef_[0][0]), float(lr.intercept_[0]))
    rows = {}
    print(f"{'set':20} {'n':>4} {'accuracy':>8} {'ECE before':>10} {'ECE after':>9}")
    for name in fit_sets + held_out:
        c, y = data[name]
        after = np.array([fitted(x) for x in c])
        rows[name] = {"n": int(len(c)), "accuracy": round(float(y.mean()), 3),
                      "ece_before": round(ece(c, y), 3), "ece_after": round(ece(after, y), 3),
                      "fitted_on": name in fit_sets}
        tag = "fit" if name in fit_sets else "held out"
        print(f"{name:20} {len(c):4d} {y.mean():8.3f} {rows[name]['ece_before']:10.3f} "
              f"{rows[name]['ece_after']:9.3f}  ({tag})")
    print(f"a = {fitted.a:.4f}, b = {fitted.b:.4f} over {len(conf)} sentences")
    if not args.dry_run:
        PlattCalibration(round(fitted.a, 4), round(fitted.b, 4), {
            "method": "Platt scaling on logit(confidence), training/calibrate_confidence.py",
            "fit_sets": list(fit_sets), "n_fit": int(len(conf)), "sets": rows,
        }).save(args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

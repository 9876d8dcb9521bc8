"""Evaluate the learned event model on a gold JSONL file.

Usage::

    python -m chronist.events.model_evaluate labels/plover_dev.jsonl [--model PATH]

Each gold line is a JSON object with at least ``text`` and ``event_type`` (a PLOVER type or
null for "no event"); ``quad_class`` (0-4) is scored when present. The report prints per-type
precision, recall and F1 (the 16 PLOVER types and ``none``), macro-F1 over the 16 types and
over all 17 labels, weighted F1, a confusion matrix (rows gold, columns predicted) and a
reliability table of the confidence (the maximum type probability) in ten equal-width bins
with the expected calibration error (ECE, Guo et al. 2017).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from chronist.events.model import NO_EVENT, PLOVER_TYPES, QUAD_LABELS, TYPE_LABELS, EventModel

__all__ = ["evaluate", "main", "reliability_table"]

_ABBR = {t: t[:4] for t in PLOVER_TYPES} | {NO_EVENT: "none"}


def reliability_table(confidence: np.ndarray, correct: np.ndarray, *, bins: int = 10) -> tuple[str, float]:
    """Reliability table of a confidence score.

    Parameters
    ----------
    confidence : numpy.ndarray, shape (n,)
        Predicted probability of the predicted label, in [0, 1].
    correct : numpy.ndarray of bool, shape (n,)
        Whether the prediction was right.
    bins : int
        Equal-width bins over [0, 1].

    Returns
    -------
    table : str
    ece : float
        Expected calibration error: sum over bins of (bin share) * |accuracy - mean confidence|.
    """
    edges = np.linspace(0.0, 1.0, bins + 1)
    lines = [f"{'confidence':<14}{'n':>6}{'mean conf':>11}{'accuracy':>10}"]
    ece = 0.0
    n = len(confidence)
    for i in range(bins):
        lo, hi = edges[i], edges[i + 1]
        m = (confidence >= lo) & ((confidence < hi) if i < bins - 1 else (confidence <= hi))
        k = int(m.sum())
        if k == 0:
            lines.append(f"[{lo:.1f}, {hi:.1f}){'':<4}{0:>6}{'-':>11}{'-':>10}")
            continue
        conf, acc = float(confidence[m].mean()), float(correct[m].mean())
        ece += k / max(n, 1) * abs(acc - conf)
        lines.append(f"[{lo:.1f}, {hi:.1f}){'':<4}{k:>6}{conf:>11.3f}{acc:>10.3f}")
    lines.append(f"ECE {ece:.4f}")
    return "\n".join(lines), ece


def evaluate(records: Sequence[dict], model: EventModel, *, batch_size: int = 32) -> dict:
    """Score ``model`` on gold records; returns the figures and the printable report."""
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    texts = [" ".join(r["text"].split()) for r in records]
    gold = [r.get("event_type") or NO_EVENT for r in records]
    unknown = sorted({g for g in gold if g not in TYPE_LABELS})
    if unknown:
        raise ValueError(f"gold file has unknown event types {unknown}")
    preds = model.predict(texts, batch_size=batch_size)
    pred = [p.event_type or NO_EVENT for p in preds]
    labels = list(TYPE_LABELS)
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    out: list[str] = [f"{len(records)} sentences", f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for i, lab in enumerate(labels):
        out.append(f"{lab:<12}{p[i]:7.3f}{r[i]:7.3f}{f[i]:7.3f}{s[i]:6d}")
    types = list(PLOVER_TYPES)
    present = [t for t in types if t in gold]
    macro16 = f1_score(gold, pred, labels=present, average="macro", zero_division=0)
    macro17 = f1_score(gold, pred, labels=labels, average="macro", zero_division=0)
    weighted = f1_score(gold, pred, labels=labels, average="weighted", zero_division=0)
    acc = float(np.mean(np.array(gold) == np.array(pred)))
    gold_ev = np.array([g != NO_EVENT for g in gold])
    pred_ev = np.array([q != NO_EVENT for q in pred])
    tp = float((gold_ev & pred_ev).sum())
    det_p = tp / max(pred_ev.sum(), 1)
    det_r = tp / max(gold_ev.sum(), 1)
    det_f = 2 * det_p * det_r / max(det_p + det_r, 1e-9)
    out += [
        f"macro-F1 (PLOVER types present: {len(present)}) {macro16:.4f}",
        f"macro-F1 (types + none) {macro17:.4f}",
        f"weighted-F1 (types + none) {weighted:.4f}",
        f"accuracy {acc:.4f}",
        f"event detection P {det_p:.3f} R {det_r:.3f} F1 {det_f:.3f}",
        "",
        "confusion matrix (rows gold, columns predicted)",
    ]
    cm = confusion_matrix(gold, pred, labels=labels)
    out.append(" " * 6 + "".join(f"{_ABBR[x]:>5}" for x in labels))
    for i, lab in enumerate(labels):
        out.append(f"{_ABBR[lab]:<6}" + "".join(f"{v:>5}" for v in cm[i]))
    conf = np.array([q.confidence for q in preds])
    table, ece = reliability_table(conf, np.array(gold) == np.array(pred))
    out += ["", "reliability of confidence (max type probability)", table]
    figures = {
        "n": len(records),
        "macro_f1_types": macro16,
        "macro_f1_all": macro17,
        "weighted_f1": weighted,
        "accuracy": acc,
        "detection_f1": det_f,
        "ece": ece,
    }
    if all("quad_class" in x and x["quad_class"] is not None for x in records):
        gq = np.array([int(x["quad_class"]) for x in records])
        pq = np.array([q.quad_class for q in preds])
        qf = f1_score(gq, pq, labels=list(range(5)), average="macro", zero_division=0)
        qp, qr, qff, qs = precision_recall_fscore_support(gq, pq, labels=list(range(5)), zero_division=0)
        out += ["", "quad class (CAMEO convention)"]
        for i, lab in enumerate(QUAD_LABELS):
            out.append(f"{lab:<22}{qp[i]:7.3f}{qr[i]:7.3f}{qff[i]:7.3f}{qs[i]:6d}")
        out.append(f"quad macro-F1 {qf:.4f} accuracy {float(np.mean(gq == pq)):.4f}")
        figures["quad_macro_f1"] = qf
    figures["report"] = "\n".join(out)
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m chronist.events.model_evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path, help="gold JSONL file (text, event_type[, quad_class])")
    ap.add_argument("--model", type=Path, default=None, help="weights file (default: shipped)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=1, help="torch threads")
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        ap.error(f"gold file not found: {args.gold}")
    import torch

    torch.set_num_threads(args.threads)
    with open(args.gold, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    model = EventModel.load(args.model)
    print(evaluate(records, model, batch_size=args.batch_size)["report"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the whole event coder (rules + model + arguments) on a labelled sentence file.

    python -m chronist.events.evaluate labels/plover_dev.jsonl

Each gold line has ``text``, ``date`` (the DCT), ``event_type`` (a PLOVER type or null),
``negated`` and ``hypothetical``. Each sentence is coded on its own; the sentence's predicted
type is that of its most confident event (negated and hypothetical events included, so that
their modes can be scored), or none. Prints per-type precision, recall and F1, macro and
weighted F1, a confusion matrix and the reliability of ``confidence`` (the report of
:func:`chronist.events.model_evaluate.evaluate`, where a sentence with no event counts with a
placeholder confidence of 0.5), the reliability over coded events only (the confidence users
see), then the accuracy of ``negated`` and ``hypothetical`` over the gold event sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from chronist.events._plover import QUAD_CLASS
from chronist.io import Article


@dataclass
class _Prediction:
    event_type: str | None
    confidence: float
    quad_class: int
    aux: frozenset[str]


class PipelinePredictor:
    """Adapter giving :class:`chronist.pipeline.Pipeline` the ``predict(sentences)`` contract
    of :class:`chronist.events.model.EventModel` (sentence-level type and confidence)."""

    def __init__(self, pipeline, dates: list[dt.date]):
        self.pipeline = pipeline
        self.dates = dates
        self._last: tuple[tuple[str, ...], list[_Prediction]] | None = None

    def predict(self, sentences, *, batch_size: int = 32) -> list[_Prediction]:
        """Predictions for ``sentences`` (the last call's are reused for the same sentences)."""
        key = tuple(sentences)
        if self._last is None or self._last[0] != key:
            self._last = (key, self._predict(key))
        return self._last[1]

    def _predict(self, sentences) -> list[_Prediction]:
        arts = [Article(doc_id=str(i), pub_date=d, title=None, text=s)
                for i, (s, d) in enumerate(zip(sentences, self.dates))]
        out = []
        for _, events in self.pipeline.code_articles(arts):
            if events:
                top = max(events, key=lambda e: e["confidence"])
                out.append(_Prediction(top["event_type"], top["confidence"],
                                       QUAD_CLASS[top["event_type"]], frozenset(top["aux_modes"])))
            else:
                out.append(_Prediction(None, 0.5, 0, frozenset()))
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m chronist.events.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--model", default=None, help="spaCy pipeline")
    ap.add_argument("--model-events", type=float, default=None, metavar="P",
                    help="also code model events in sentences with no rule trigger "
                         "(Pipeline add_events; `chronist code --model-events` uses 0.5)")
    args = ap.parse_args(argv)
    from chronist.events.model_evaluate import evaluate
    from chronist.pipeline import Pipeline

    records = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line.strip()]
    for r in records:  # the CAMEO quad convention is scored by model_evaluate; here PLOVER types
        r.pop("quad_class", None)
    dates = [dt.date.fromisoformat(r["date"]) for r in records]
    pipe = Pipeline(model=args.model, include_aux=True, require_actor=False,
                    add_events=args.model_events)
    predictor = PipelinePredictor(pipe, dates)
    figures = evaluate(records, predictor)
    print(figures["report"])
    preds = predictor.predict([" ".join(r["text"].split()) for r in records])
    # the sentences with no coded event carry a placeholder confidence of 0.5 in the table
    # above; the confidence that users see is that of coded events, scored here alone
    import numpy as np

    from chronist.events.model_evaluate import reliability_table

    coded = [(r, p) for r, p in zip(records, preds) if p.event_type is not None]
    table, ece = reliability_table(np.array([p.confidence for _, p in coded]),
                                   np.array([r.get("event_type") == p.event_type for r, p in coded]))
    print(f"\nreliability of event confidence, coded events only ({len(coded)} sentences)")
    print(table)
    gold_events = [(r, p) for r, p in zip(records, preds) if r.get("event_type")]
    for mode, key in (("negated", "negated"), ("hypothetical", "hypothetical")):
        ok = sum(bool(r.get(key)) == (mode in p.aux) for r, p in gold_events)
        n_pos = sum(bool(r.get(key)) for r, _ in gold_events)
        tp = sum(bool(r.get(key)) and mode in p.aux for r, p in gold_events)
        n_pred = sum(mode in p.aux for _, p in gold_events)
        print(f"{mode} accuracy {ok / max(len(gold_events), 1):.3f} over {len(gold_events)} gold events "
              f"({n_pos} positive); on the positive class P {tp / max(n_pred, 1):.3f} "
              f"R {tp / max(n_pos, 1):.3f} (always-false baseline "
              f"{1 - n_pos / max(len(gold_events), 1):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

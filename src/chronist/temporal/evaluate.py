"""Score the TIMEX3 tagger on a TimeML corpus, TempEval-3 style.

Usage::

    python -m chronist.temporal.evaluate ../shared/dev-gold/timebank [--errors N]

Prints strict and relaxed span P/R/F1, type and value accuracy and F1 (over relaxed
matches), the corpus size and the tagging time.  The DCT timex is excluded.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from .scoring import Scores, score_document
from .tagger import TimexTagger
from .timeml import read_timeml_dir

__all__ = ["evaluate", "main"]


def evaluate(
    path: str, *, keep_errors: bool = False, use_spacy: bool = False
) -> tuple[Scores, float, int]:
    """Tag every ``.tml`` document under ``path`` and score it.

    With ``use_spacy`` each text is parsed first (:func:`chronist.nlp.load_nlp`) and the
    parse decides clause tense; the parsing time is not counted.

    Returns
    -------
    (Scores, float, int)
        Summed scores, tagging seconds (excluding reading), number of documents.
    """
    docs = read_timeml_dir(path)
    tagger = TimexTagger()
    total = Scores()
    elapsed = 0.0
    nlp = None
    if use_spacy:
        from chronist.nlp import load_nlp

        nlp = load_nlp()
    for d in docs:
        doc = nlp(d.text) if nlp is not None else None
        t0 = time.perf_counter()
        system = tagger.tag(d.text, d.dct, doc=doc)
        elapsed += time.perf_counter() - t0
        total.add(score_document(d.timexes, system, text=d.text, keep_errors=keep_errors))
    return total, elapsed, len(docs)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m chronist.temporal.evaluate", description=__doc__)
    ap.add_argument("path", help="folder with TimeML .tml files")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--spacy", action="store_true", help="parse with spaCy for clause tense")
    args = ap.parse_args(argv)
    scores, elapsed, n_docs = evaluate(args.path, keep_errors=args.errors > 0, use_spacy=args.spacy)
    r = scores.as_dict()
    print(f"documents {n_docs}  gold {r['n_gold']}  system {r['n_system']}")
    print(
        f"strict   P {r['strict_precision']:.4f}  R {r['strict_recall']:.4f}  F1 {r['strict_f1']:.4f}"
    )
    print(
        f"relaxed  P {r['relaxed_precision']:.4f}  R {r['relaxed_recall']:.4f}  F1 {r['relaxed_f1']:.4f}"
    )
    print(f"type     accuracy {r['type_accuracy']:.4f}  F1 {r['type_f1']:.4f}")
    print(f"value    accuracy {r['value_accuracy']:.4f}  F1 {r['value_f1']:.4f}")
    print(f"tagging  {elapsed:.3f} s total, {1000 * elapsed / max(n_docs, 1):.2f} ms/doc")
    if args.errors:
        by_kind: dict[str, list[tuple[str, str, str]]] = {}
        for e in scores.errors:
            by_kind.setdefault(e[0], []).append(e)
        for kind, errs in by_kind.items():
            print(f"\n== {kind} ({len(errs)})")
            for _, g, s in errs[: args.errors]:
                print(
                    f"  G: {g}\n  S: {s}" if kind != "miss" and kind != "false" else f"  {g or s}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

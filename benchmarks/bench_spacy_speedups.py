"""Benchmark: Chronist's spaCy speed-ups against the plain pipeline (issue 4 speed).

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_spacy_speedups.py ../shared/corpora/wikinews/as_input --limit 120

Loads the default spaCy model twice: plain, and with each speed-up of ``chronist.nlp`` added
in turn (``speed_up_attribute_ruler``, ``speed_up_lemmatizer``, ``use_numpy_blas``). Prints,
for each, the tokens whose POS, MORPH, LEMMA, TAG, DEP, head or entity differ from the plain
pipeline's (all articles), and the seconds of ``nlp.pipe`` over the first ``--limit`` articles
(best of ``--rounds``, alternated). Also prints the GFLOPS of one float32 product at a tok2vec
shape (2000 x 288 by 288 x 288) through ``blis`` and through numpy.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from chronist.io import Article, read_inputs
from chronist.nlp import DEFAULT_MODELS, _load_one, speed_up_lemmatizer, use_numpy_blas
from chronist.nlp.tag_map import speed_up_attribute_ruler

STEPS = (("attribute ruler", speed_up_attribute_ruler), ("lemmatizer", speed_up_lemmatizer),
         ("numpy BLAS", use_numpy_blas))


def _load():
    for name in DEFAULT_MODELS:
        try:
            return _load_one(name, ())
        except (OSError, ImportError, AttributeError):
            continue
    raise SystemExit("no default spaCy model is installed")


def _annotations(doc) -> list[tuple]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def _gflops(f, m: int, k: int, n: int, reps: int = 50) -> float:
    f()
    t0 = time.perf_counter()
    for _ in range(reps):
        f()
    return reps * 2 * m * k * n / (time.perf_counter() - t0) / 1e9


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--limit", type=int, default=120, help="articles timed")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    texts = [a.text for a in read_inputs(args.inputs) if isinstance(a, Article)]
    pipelines = [("plain", _load())]
    for i, (name, _) in enumerate(STEPS):
        nlp = _load()
        for _, step in STEPS[: i + 1]:
            step(nlp)
        pipelines.append((f"+ {name}", nlp))
    plain = [_annotations(d) for d in pipelines[0][1].pipe(texts)]
    n_tokens = sum(len(d) for d in plain)
    for name, nlp in pipelines[1:]:
        diff = sum(a != b for x, y in zip(plain, (_annotations(d) for d in nlp.pipe(texts)))
                   for a, b in zip(x, y))
        print(f"{name:<20} tokens differing from plain: {diff} of {n_tokens}")
    best = {name: float("inf") for name, _ in pipelines}
    for _ in range(args.rounds):
        for name, nlp in pipelines:
            t0 = time.perf_counter()
            list(nlp.pipe(texts[: args.limit]))
            best[name] = min(best[name], time.perf_counter() - t0)
    for name, _ in pipelines:
        print(f"{name:<20} {best[name]:.1f} s for {min(args.limit, len(texts))} articles")
    import blis.py

    a = np.random.default_rng(0).random((2000, 288), dtype=np.float32)
    b = np.random.default_rng(1).random((288, 288), dtype=np.float32)
    print(f"blis  GFLOPS {_gflops(lambda: blis.py.gemm(a, b), 2000, 288, 288):.1f}")
    print(f"numpy GFLOPS {_gflops(lambda: a @ b, 2000, 288, 288):.1f}")


if __name__ == "__main__":
    main()

"""Benchmark: the learned event model's forward passes at several batch sizes (issue 4 speed).

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_event_model.py ../shared/corpora/wikinews/as_input

Runs the pipeline up to the rule coder over the articles, collects the sentences the event
model scores (those holding a plain rule-coded event, as ``Pipeline()`` scores them), then
times ``EventModel.predict_with_states`` over them in groups of ``--group`` sentences (the
pipeline scores one ``nlp.pipe`` batch at a time: about 54 sentences for the 8 articles of a
``code_parallel`` chunk) at each batch size of ``--batch-sizes``, ``--rounds`` times
alternated. Prints sentences, word pieces, and seconds per batch size (best round).
Sentences are sorted by length within a group and each batch is padded to its longest
sentence, so the padding, and the time, grow with the batch size.
"""

from __future__ import annotations

import argparse
import time

from chronist.io import Article, read_inputs
from chronist.pipeline import Pipeline


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--limit", type=int, default=None, help="at most N articles")
    ap.add_argument("--group", type=int, default=54, help="sentences per model call")
    ap.add_argument("--batch-sizes", default="32,16,8,4")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    articles = [a for a in read_inputs(args.inputs) if isinstance(a, Article)][: args.limit]
    pipe = Pipeline()
    nlp = pipe.nlp
    later = [n for n in nlp.pipe_names if n in ("chronist_event_model", "chronist_arguments", "chronist_actors")]
    sentences: list[str] = []
    with nlp.select_pipes(disable=later):
        for doc in nlp.pipe(a.text for a in articles):
            starts = sorted({doc[e.trigger[0]].sent.start for e in doc._.events or [] if e.plain})
            sentences.extend(doc[s].sent.text for s in starts)
    model = nlp.get_pipe("chronist_event_model").model
    pieces = sum(len(x) for x in model.tokenizer(sentences)["input_ids"])
    groups = [sentences[i : i + args.group] for i in range(0, len(sentences), args.group)]
    sizes = [int(x) for x in args.batch_sizes.split(",")]
    best = {b: float("inf") for b in sizes}
    for _ in range(args.rounds):
        for b in sizes:
            t0 = time.perf_counter()
            for g in groups:
                model.predict_with_states(g, batch_size=b, n_states=model.n_states)
            best[b] = min(best[b], time.perf_counter() - t0)
    print(f"articles: {len(articles)}  sentences: {len(sentences)}  word pieces: {pieces}  "
          f"group: {args.group}")
    for b in sizes:
        print(f"batch {b:>3}: {best[b]:.1f} s")


if __name__ == "__main__":
    main()

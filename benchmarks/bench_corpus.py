"""Code a corpus end to end and print throughput and coverage figures (issue 2).

Prints: articles, events, articles per second, words per second, events per article, and the
share of events with a date taken from the text, with a resolved location, and with an actor
whose country is resolved; plus failures and peak RSS.

    python benchmarks/bench_corpus.py ../shared/corpora/wikinews/as_input
    python benchmarks/bench_corpus.py ../shared/corpora/reuters21578/political_subset_as_input --limit 100
    python benchmarks/bench_corpus.py ../shared/corpora/wikinews/as_input --n-process 2
    python benchmarks/bench_corpus.py ../shared/corpora/wikinews/as_input --stages   # s per component

With ``--n-process N`` (N > 1) the articles are coded by ``chronist.scale.code_parallel`` in N
forked workers (chunks of ``--chunk-size`` articles); peak RSS is then the parent's only.
Set ``OMP_NUM_THREADS=1`` so that the workers do not share cores between torch threads.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from chronist.io import Article, read_inputs
from chronist.pipeline import Pipeline


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--limit", type=int, default=None, help="code at most N articles")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=None)
    ap.add_argument("--n-process", type=int, default=1, help="worker processes (code_parallel)")
    ap.add_argument("--chunk-size", type=int, default=8, help="articles per worker task")
    ap.add_argument("--add-events", type=float, default=None, metavar="P",
                    help="also code model events in sentences with no rule trigger (Pipeline add_events)")
    ap.add_argument("--stages", action="store_true",
                    help="only time each pipeline component over the articles, one process "
                         "(bench_scale.stage_times)")
    args = ap.parse_args(argv)

    articles, failures = [], 0
    for item in read_inputs(args.inputs):
        if isinstance(item, Article):
            articles.append(item)
        else:
            failures += 1
            print(f"read error: {item.message}", file=sys.stderr)
        if args.limit and len(articles) >= args.limit:
            break
    t0 = time.perf_counter()
    pipe = Pipeline(model=args.model, batch_size=args.batch_size, add_events=args.add_events)
    load_s = time.perf_counter() - t0
    if args.stages:
        from bench_scale import print_stage_times, stage_times

        list(pipe.code_articles(articles[:4]))  # warm-up: lazy dictionaries and tables
        print_stage_times(stage_times(pipe, articles), len(articles))
        return
    n_events = n_text_date = n_loc = n_actor_country = n_stage_errors = 0
    words = sum(len(a.text.split()) for a in articles)
    t1 = time.perf_counter()
    if args.n_process > 1:
        from chronist.scale import code_parallel

        def on_error(doc_id: str, message: str) -> None:
            nonlocal n_stage_errors
            n_stage_errors += 1

        records = code_parallel(articles, n_process=args.n_process, pipeline=pipe,
                                chunk_size=args.chunk_size, on_error=on_error)
    else:
        def one_process():
            nonlocal n_stage_errors
            for article, doc in pipe.annotate(articles):
                n_stage_errors += len(doc._.errors or [])
                yield from pipe.records(article, doc)

        records = one_process()
    for rec in records:
        n_events += 1
        n_text_date += rec["date"]["source"] == "text"
        n_loc += rec["location"] is not None
        n_actor_country += any(a["country"] for a in rec["actors"])
    secs = time.perf_counter() - t1
    n = len(articles)
    share = (lambda k: f"{k / n_events:.3f}" if n_events else "n/a")
    print(f"corpus: {' '.join(args.inputs)}  processes: {args.n_process}")
    print(f"articles: {n}  read failures: {failures}  stage errors: {n_stage_errors}")
    print(f"model load s: {load_s:.1f}  coding s: {secs:.1f}")
    print(f"articles/s: {n / secs:.2f}  words/s: {words / secs:.0f}")
    print(f"events: {n_events}  events/article: {n_events / max(n, 1):.2f}")
    print(f"share with date from text: {share(n_text_date)}")
    print(f"share with resolved location: {share(n_loc)}")
    print(f"share with actor country: {share(n_actor_country)}")
    print(f"peak RSS MB: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")


if __name__ == "__main__":
    main()

"""Code a corpus end to end and print throughput and coverage figures (issue 2).

Prints: articles, events, articles per second, words per second, events per article, and the
share of events with a date taken from the text, with a resolved location, and with an actor
whose country is resolved; plus failures and peak RSS.

    python benchmarks/bench_corpus.py ../shared/corpora/wikinews/as_input
    python benchmarks/bench_corpus.py ../shared/corpora/reuters21578/political_subset_as_input --limit 100
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
    pipe = Pipeline(model=args.model, batch_size=args.batch_size)
    load_s = time.perf_counter() - t0
    n_events = n_text_date = n_loc = n_actor_country = n_stage_errors = 0
    words = sum(len(a.text.split()) for a in articles)
    t1 = time.perf_counter()
    for article, doc in pipe.annotate(articles):
        n_stage_errors += len(doc._.errors or [])
        for rec in pipe.records(article, doc):
            n_events += 1
            n_text_date += rec["date"]["source"] == "text"
            n_loc += rec["location"] is not None
            n_actor_country += any(a["country"] for a in rec["actors"])
    secs = time.perf_counter() - t1
    n = len(articles)
    share = (lambda k: f"{k / n_events:.3f}" if n_events else "n/a")
    print(f"corpus: {' '.join(args.inputs)}")
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

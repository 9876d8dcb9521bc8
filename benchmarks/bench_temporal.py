"""Benchmark: TIMEX3 tagging time per article (no spaCy parse).

Usage::

    python benchmarks/bench_temporal.py [--corpus ../shared/corpora/wikinews/wikinews_2019_2021.jsonl]

Prints articles, words, median and total CPU milliseconds (``time.process_time``, so
other processes on a shared machine do not inflate it), and CPU ms per 500 words, best
of 5 rounds.
"""

from __future__ import annotations

import argparse
import datetime
import json
import statistics
import time

from chronist.temporal import TimexTagger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpora/wikinews/wikinews_2019_2021.jsonl")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    docs = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            docs.append((rec["text"], datetime.date.fromisoformat(rec["date"][:10])))
    tagger = TimexTagger()
    words = sum(len(t.split()) for t, _ in docs)
    best = float("inf")
    per_doc: list[float] = []
    n_timex = 0
    for _ in range(args.rounds):
        times = []
        n_timex = 0
        for text, dct in docs:
            t0 = time.process_time()
            n_timex += len(tagger.tag(text, dct))
            times.append(time.process_time() - t0)
        if sum(times) < best:
            best, per_doc = sum(times), times
    print(f"articles {len(docs)}  words {words}  timexes {n_timex}")
    print(f"total {best * 1000:.1f} ms  median {statistics.median(per_doc) * 1000:.2f} ms/article")
    print(f"{best * 1000 / words * 500:.2f} ms per 500 words")


if __name__ == "__main__":
    main()

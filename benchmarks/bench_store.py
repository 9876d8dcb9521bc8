"""Event store throughput without the NLP models (issue 7).

Stores events replayed from a JSONL of coded events (``chronist code ... -o events.jsonl``,
one event record per line) or, without one, synthetic events, and prints: articles per second
stored (one transaction each, with cross-article linking), the number of event clusters, and
the latency of a filtered query, a timeline and a Parquet export.

    python benchmarks/bench_store.py --articles 500
    python benchmarks/bench_store.py --events coded.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from chronist.io import Article
from chronist.store import Filters, Store, export_parquet, query_events, timeline_counts

TYPES = ["ASSAULT", "PROTEST", "CONSULT", "ACCUSE", "COERCE", "AGREE", "COOPERATE", "AID"]
COUNTRIES = ["USA", "RUS", "UKR", "CHN", "IRN", "ISR", "FRA", "IND", "PAK", "SYR"]


def synthetic(n_articles: int, seed: int = 0) -> list[tuple[Article, list[dict]]]:
    """Articles with 1-5 events each over a year; repeated stories make clusters."""
    rng = random.Random(seed)
    out = []
    for i in range(n_articles):
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(365))
        story = rng.randrange(n_articles // 3 + 1)
        art = Article(f"a{i}", day, f"story {story}", f"Story {story} text {i}", None,
                      rng.choice(["reuters", "afp", "ap", "bbc"]))
        events = []
        for j in range(rng.randint(1, 5)):
            srng = random.Random(story * 31 + j)
            a, r = srng.sample(COUNTRIES, 2)
            events.append({
                "event_id": f"a{i}-{j}", "doc_id": art.doc_id, "event_type": srng.choice(TYPES),
                "mode": None, "contexts": [], "quad_class": srng.randint(1, 4),
                "cameo_code": "190", "aux_modes": [],
                "trigger": {"text": "attacked", "start": 0, "end": 8},
                "sentence": {"index": j, "text": f"{a} attacked {r} in story {story}."},
                "actors": [{"text": a, "name": a, "country": a, "sector": None}],
                "recipients": [{"text": r, "name": r, "country": r, "sector": None}],
                "date": {"value": day.isoformat(), "source": "dct"},
                "location": None, "confidence": 0.5,
            })
        out.append((art, events))
    return out


def replay(path: Path) -> list[tuple[Article, list[dict]]]:
    """Group a JSONL of event records by article (text and title are not needed here)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            by_doc[rec["doc_id"]].append(rec)
    return [
        (Article(doc, dt.date.fromisoformat(evs[0]["pub_date"]), None, doc, None, None), evs)
        for doc, evs in by_doc.items()
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300, help="synthetic articles")
    ap.add_argument("--events", type=Path, default=None, help="JSONL of coded event records")
    args = ap.parse_args(argv)
    data = replay(args.events) if args.events else synthetic(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        with Store(db, threads=1) as store:
            t = time.perf_counter()
            for art, events in data:
                store.put_article(art, events)
            took = time.perf_counter() - t
            n_ev = store.count("events")
            print(f"stored {len(data)} articles / {n_ev} events in {took:.1f} s: "
                  f"{len(data) / took:.1f} articles/s, {n_ev / took:.1f} events/s")
            print(f"event clusters: {store.count('event_clusters')}")
        with Store(db, read_only=True) as store:
            for name, fn in [
                ("query --type ASSAULT", lambda: query_events(store, Filters(types=["ASSAULT"]))),
                ("timeline counts (week)", lambda: timeline_counts(store, freq="week")),
                ("parquet export", lambda: export_parquet(store, Path(tmp) / "pq")),
            ]:
                t = time.perf_counter()
                fn()
                print(f"{name}: {1000 * (time.perf_counter() - t):.0f} ms")


if __name__ == "__main__":
    main()

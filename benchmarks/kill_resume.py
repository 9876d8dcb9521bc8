"""Kill an ingest with SIGKILL at random moments, resume, and compare with a clean run (issue 7).

Runs ``chronist ingest INPUT --db clean.duckdb`` once, then ``chronist ingest INPUT --db
killed.duckdb`` killed with ``kill -9`` after a random delay ``--kills`` times (seeded), then
once more to the end. Prints, for both databases, the number of articles, events, distinct
event ids, actor rows and event clusters, and whether the event ids, the (event id, cluster id)
pairs and the article hashes are identical. Exit status 0 when they are.

    python benchmarks/kill_resume.py ../shared/corpora/reuters21578/political_subset_as_input
    python benchmarks/kill_resume.py DIR --kills 3 --max-delay 90 --seed 7 --workdir /tmp/kr
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb


def _ingest_cmd(inputs: list[str], db: Path) -> list[str]:
    return [sys.executable, "-m", "chronist.cli", "ingest", *inputs, "--db", str(db), "-q"]


def _facts(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda q: con.execute(q).fetchall()[0][0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "distinct_event_ids": one("SELECT count(DISTINCT event_id) FROM events"),
            "actor_rows": one("SELECT count(*) FROM event_actors"),
            "clusters": one("SELECT count(*) FROM event_clusters"),
            "_ids": set(r[0] for r in con.execute("SELECT event_id FROM events").fetchall()),
            "_links": set(con.execute("SELECT event_id, cluster_id FROM events").fetchall()),
            "_hashes": set(con.execute("SELECT doc_id, content_hash FROM articles").fetchall()),
        }
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--min-delay", type=float, default=15.0, help="seconds (model load is ~10)")
    ap.add_argument("--max-delay", type=float, default=90.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="chronist-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    clean, killed = work / "clean.duckdb", work / "killed.duckdb"
    for p in (clean, killed, Path(f"{clean}.wal"), Path(f"{killed}.wal")):
        p.unlink(missing_ok=True)
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    subprocess.run(_ingest_cmd(args.inputs, clean), check=True)
    print(f"clean run: {time.perf_counter() - t0:.0f} s")
    for i in range(args.kills):
        delay = rng.uniform(args.min_delay, args.max_delay)
        proc = subprocess.Popen(_ingest_cmd(args.inputs, killed))
        try:
            proc.wait(timeout=delay)
            print(f"kill {i + 1}: the run ended before {delay:.0f} s (nothing to kill)")
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            n = _facts(killed)["articles"] if killed.exists() else 0
            print(f"kill {i + 1}: SIGKILL after {delay:.0f} s, {n} articles stored so far")
    subprocess.run(_ingest_cmd(args.inputs, killed), check=True)
    a, b = _facts(clean), _facts(killed)
    for k in ("articles", "events", "distinct_event_ids", "actor_rows", "clusters"):
        print(f"{k:20s} clean {a[k]:>7}  killed+resumed {b[k]:>7}")
    same = {k: a[k] == b[k] for k in ("_ids", "_links", "_hashes")}
    print(f"same event ids: {same['_ids']}  same clusters: {same['_links']}  "
          f"same articles: {same['_hashes']}")
    return 0 if all(same.values()) and a["events"] == b["events"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

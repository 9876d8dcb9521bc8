"""Resumable ingest: kill -9 an ingest three times at random moments, resume, compare."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from chronist.store import Store

SCRIPT = Path(__file__).parent / "ingest_script.py"


def _snapshot(db: Path) -> tuple[list, list, list]:
    with Store(db, read_only=True) as store:
        arts = store.sql("SELECT doc_id, content_hash, n_events FROM articles ORDER BY 1").fetchall()
        evs = store.sql(
            "SELECT event_id, doc_id, event_type, cluster_id, record FROM events ORDER BY 1"
        ).fetchall()
        clusters = store.sql(
            "SELECT cluster_id, n_reports, n_events, first_event_id FROM event_clusters ORDER BY 1"
        ).fetchall()
    return arts, evs, clusters


def _run(db: Path, inputs: Path, *, kill_after: int | None, rng: random.Random) -> int:
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(db), "0.02", str(inputs)],
        stdout=subprocess.PIPE,
        text=True,
    )
    seen = 0
    assert proc.stdout is not None
    for _line in proc.stdout:
        seen += 1
        if kill_after is not None and seen >= kill_after:
            # land anywhere: between commits or inside the next article's transaction
            subprocess.run(["sleep", f"{rng.uniform(0, 0.03):.3f}"], check=False)
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    return seen


@pytest.mark.slow  # five ingest subprocesses (no models), about 40 s
def test_store_killed_ingest_resumes_to_clean_result(reuters_dir, tmp_path):
    rng = random.Random(7)
    clean = tmp_path / "clean.duckdb"
    assert _run(clean, reuters_dir, kill_after=None, rng=rng) == 30
    resumed = tmp_path / "resumed.duckdb"
    for _ in range(3):
        _run(resumed, reuters_dir, kill_after=rng.randint(3, 8), rng=rng)
        with Store(resumed, read_only=True) as store:
            n = store.count("articles")
        assert 0 < n < 30  # killed part-way
    _run(resumed, reuters_dir, kill_after=None, rng=rng)
    a_clean, e_clean, c_clean = _snapshot(clean)
    a_res, e_res, c_res = _snapshot(resumed)
    assert len(a_clean) == 30 and len(e_clean) > 10
    assert a_res == a_clean
    assert e_res == e_clean  # same event ids, same clusters, no loss, no duplicates
    assert c_res == c_clean

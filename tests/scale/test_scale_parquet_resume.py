"""Resumable partitioned Parquet (issue 8 item 3, issue 7 "Resumable"): a run stopped or killed
at any moment and started again ends with every article exactly once and equals a clean run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as pads
import pytest

from chronist.scale import code_to_parquet

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fakepipe import FakePipeline, make_articles


def _table(out: Path, sub: str):
    ds = pads.dataset(out / sub, format="parquet", partitioning="hive")
    return ds.to_table().sort_by("event_id" if sub == "events" else "doc_id").to_pylist()


def _files(out: Path) -> set[str]:
    return {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != ".lock"}


def _run(articles, out, **kw):
    return code_to_parquet(articles, out, pipeline=FakePipeline(), chunk_size=4, **kw)


def test_clean_run_layout_and_counts(tmp_path):
    arts = make_articles(10)
    run = _run(arts, tmp_path)
    assert (run.chunks, run.chunks_written, run.articles_written, run.complete) == (3, 3, 10, True)
    assert run.events_written == 31 and run.stage_errors == 1
    events = _table(tmp_path, "events")
    assert len(events) == 31
    months = {(e["year"], e["month"]) for e in events}
    assert months == {(2020, 1), (2020, 2)}
    arts_rows = _table(tmp_path, "articles")
    assert [r["doc_id"] for r in arts_rows] == [a.doc_id for a in arts]
    assert sum(r["n_events"] for r in arts_rows) == 31
    assert arts_rows[5]["errors"] == '["geo: boom"]'


def test_stopped_then_resumed_equals_clean(tmp_path):
    arts = make_articles(10)
    _run(arts, tmp_path / "clean")
    part = tmp_path / "resumed"
    first = _run(arts, part, max_chunks=1)
    assert (first.chunks_written, first.complete) == (1, False)
    assert not (part / "_manifest" / "_COMPLETE.json").exists()
    # what a kill -9 in the middle of chunk 1 leaves: a finished events file, no manifest,
    # and a temporary file
    ev = next((part / "events").rglob("part-000000-*.parquet"))
    (part / "events" / "year=2020" / "month=2").mkdir(parents=True, exist_ok=True)
    (part / "events" / "year=2020" / "month=2" / "part-000001-deadbeefdeadbeef.parquet").write_bytes(ev.read_bytes())
    (part / "articles" / ".part-000001-x.parquet.abc.tmp").write_bytes(b"partial")
    second = _run(arts, part)
    assert (second.chunks_done_before, second.chunks_written, second.complete) == (1, 2, True)
    assert _table(part, "events") == _table(tmp_path / "clean", "events")
    assert _table(part, "articles") == _table(tmp_path / "clean", "articles")
    assert _files(part) == _files(tmp_path / "clean")
    third = _run(arts, part)  # nothing left to do
    assert (third.chunks_done_before, third.chunks_written) == (3, 0)


def test_changed_and_shorter_input_redoes_only_what_changed(tmp_path):
    arts = make_articles(10)
    _run(arts, tmp_path)
    changed = arts[:4] + [arts[4].__class__(doc_id="a004", pub_date=arts[4].pub_date, title=None,
                                            text="A new text. Updated.")] + arts[5:8]
    run = _run(changed, tmp_path)
    assert (run.chunks, run.chunks_done_before, run.chunks_written) == (2, 1, 1)
    assert [r["doc_id"] for r in _table(tmp_path, "articles")] == [a.doc_id for a in changed]
    assert not list((tmp_path / "articles").glob("part-000002-*"))


def test_bad_options_and_busy_directory(tmp_path):
    with pytest.raises(ValueError, match="engine"):
        code_to_parquet([], tmp_path, engine="spark")
    with pytest.raises(ValueError, match="partition_by"):
        code_to_parquet([], tmp_path, partition_by="day")
    import fcntl

    (tmp_path / "_manifest").mkdir()
    with open(tmp_path / "_manifest" / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        code = (f"import sys; sys.path.insert(0, {str(HERE)!r}); from fakepipe import *; "
                "from chronist.scale import code_to_parquet; "
                f"code_to_parquet(make_articles(3), {str(tmp_path)!r}, pipeline=FakePipeline())")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=120, check=False)
    assert res.returncode != 0 and "another Chronist run" in res.stderr


_KILLABLE = """
import sys
sys.path.insert(0, {here!r})
from fakepipe import FakePipeline, make_articles
import pyarrow.parquet, pyarrow.dataset
from chronist.scale import code_to_parquet
print("start", flush=True)
code_to_parquet(make_articles(24), {out!r}, pipeline=FakePipeline(delay_s=0.05), chunk_size=3)
"""


def test_killed_three_times_then_resumed_equals_clean(tmp_path):
    arts = make_articles(24)
    code_to_parquet(arts, tmp_path / "clean", pipeline=FakePipeline(), chunk_size=3)
    out = tmp_path / "killed"
    script = _KILLABLE.format(here=str(HERE), out=str(out))
    rng = random.Random(8)
    progress: list[int] = []
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.1, 0.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        progress.append(len(list((out / "_manifest").glob("part-*.json"))))
    assert not (out / "_manifest" / "_COMPLETE.json").exists(), progress  # kills interrupted it
    print("manifests after each kill:", progress)
    run = code_to_parquet(arts, out, pipeline=FakePipeline(), chunk_size=3)
    assert run.complete and run.chunks == 8 and run.chunks_written >= 1
    assert _table(out, "events") == _table(tmp_path / "clean", "events")
    rows = _table(out, "articles")
    assert [r["doc_id"] for r in rows] == [a.doc_id for a in arts]   # each exactly once
    assert _files(out) == _files(tmp_path / "clean")


def test_parallel_local_engine_equals_single_process(tmp_path):
    from chronist.scale import code_parallel

    arts = make_articles(14)
    one = list(code_parallel(arts, n_process=1, pipeline=FakePipeline(), chunk_size=3))
    errors: list[tuple[str, str]] = []
    two = list(code_parallel(arts, n_process=2, pipeline=FakePipeline(), chunk_size=3,
                             on_error=lambda d, m: errors.append((d, m))))
    assert two == one and len(one) == 43
    assert errors == [("a005", "geo: boom")]
    _run(arts, tmp_path / "one")
    run = _run(arts, tmp_path / "two", n_process=2)
    assert (run.chunks_written, run.complete) == (4, True)
    assert _table(tmp_path / "two", "events") == _table(tmp_path / "one", "events")
    assert _files(tmp_path / "two") == _files(tmp_path / "one")

"""Bad database files and failing writes: clear errors, files and data left unharmed."""

from __future__ import annotations

import errno
import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes import FakePipeline

from chronist.io import read_inputs
from chronist.store import (
    CorruptDatabaseError,
    DatabaseLockedError,
    Store,
    WriteFailedError,
    _store,
    ingest,
)

HERE = Path(__file__).parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("content", [b"not a database\n" * 100, b"SQLite format 3\x00" + bytes(4080)])
def test_store_not_duckdb_file_is_refused_untouched(tmp_path, content):
    bad = tmp_path / "events.duckdb"
    bad.write_bytes(content)
    before = _digest(bad)
    with pytest.raises(CorruptDatabaseError, match=str(bad)):
        Store(bad)
    assert _digest(bad) == before
    assert not Path(str(bad) + ".wal").exists()


def test_store_empty_file_is_refused(tmp_path):
    bad = tmp_path / "events.duckdb"
    bad.touch()
    with pytest.raises(CorruptDatabaseError, match="0 bytes"):
        Store(bad)
    assert bad.stat().st_size == 0


def test_store_damaged_duckdb_file_is_refused_untouched(wikinews_dir, db_path):
    with Store(db_path) as store:
        ingest(read_inputs([str(wikinews_dir)]), FakePipeline(), store)
    data = bytearray(db_path.read_bytes())
    for i in range(3 * 4096, len(data)):  # keep the headers, scramble every data block
        data[i] = (data[i] * 31 + i) % 256
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(CorruptDatabaseError, match=str(db_path)):
        Store(db_path)
    assert _digest(db_path) == before


def test_store_locked_file_gives_clear_error(db_path):
    Store(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         (f"import duckdb, time; c = duckdb.connect({str(db_path)!r}); print('ok', flush=True); "
          "time.sleep(30)")],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        before = _digest(db_path)
        with pytest.raises(DatabaseLockedError, match=str(db_path)):
            Store(db_path)
        assert _digest(db_path) == before
    finally:
        holder.kill()
        holder.wait()
    with Store(db_path) as store:  # usable again once the other process is gone
        assert store.count("articles") == 0


def test_store_fault_in_write_rolls_back(wikinews_dir, db_path, monkeypatch):
    arts = list(read_inputs([str(wikinews_dir)]))
    pipe = FakePipeline()
    with Store(db_path) as store:
        ingest(arts[:5], pipe, store)
        snapshot = store.sql("SELECT * FROM events ORDER BY event_id").fetchall()
        real = _store._insert_events

        def failing(con, events, clusters, **kw):  # rows written, then the disk is full
            real(con, events, clusters, **kw)
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(_store, "_insert_events", failing)
        big = next(a for a in arts[5:] if len(pipe.code(a)) >= 2)
        with pytest.raises(WriteFailedError, match="No space left"):
            ingest([big], pipe, store)
        assert store.article_hash(big.doc_id) is None
        assert store.sql("SELECT * FROM events ORDER BY event_id").fetchall() == snapshot
        assert store.count("articles") == 5


def test_store_file_size_limit_keeps_committed_state(wikinews_dir, db_path):
    """A real failing write: RLIMIT_FSIZE makes the WAL write fail with EFBIG (like ENOSPC)."""
    arts = sorted(wikinews_dir.iterdir())
    with Store(db_path) as store:
        ingest(read_inputs([str(a) for a in arts[:3]]), FakePipeline(), store)
    out = subprocess.run(
        [sys.executable, str(HERE / "fsize_script.py"), str(db_path), str(wikinews_dir)],
        capture_output=True, text=True, timeout=120, check=False,
    ).stdout
    assert "WRITE-FAILED" in out and str(db_path) in out
    time.sleep(0.1)
    with Store(db_path) as store:
        n = store.count("articles")
        assert 3 <= n < 25
        # every stored article is whole: its events are all there
        assert store.sql(
            "SELECT count(*) FROM articles a WHERE n_events <> "
            "(SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id)"
        ).fetchone() == (0,)
        stats = ingest(read_inputs([str(wikinews_dir)]), FakePipeline(), store)
        assert stats.added == 25 - n and store.count("articles") == 25

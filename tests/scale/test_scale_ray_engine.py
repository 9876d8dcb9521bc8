"""``--engine ray`` (issue 8): a local 2-CPU Ray cluster gives the local engine's records (same
event ids), and an interrupted-then-resumed Ray Parquet run equals a clean run."""

from __future__ import annotations

import itertools

import pyarrow.dataset as pads
import pytest

pytestmark = pytest.mark.slow

ray = pytest.importorskip("ray")

from chronist.io import Article, read_inputs
from chronist.scale import code_to_parquet, code_with_ray, init_ray


@pytest.fixture(scope="module")
def articles(shared) -> list[Article]:
    items = read_inputs([shared / "corpora" / "wikinews" / "as_input"])
    return [a for a in itertools.islice(items, 50) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def ray_cluster():
    assert init_ray(None, num_cpus=2)          # a fresh local cluster with 2 CPUs
    assert ray.cluster_resources()["CPU"] == 2
    yield
    ray.shutdown()


def test_ray_engine_same_event_ids_as_local(articles, pipeline, ray_cluster):
    assert len(articles) == 50
    local = [rec for _, recs in pipeline.code_articles(articles) for rec in recs]
    errors: list[tuple[str, str]] = []
    remote = list(code_with_ray(articles, include_aux=True, concurrency=1,
                                on_error=lambda doc_id, msg: errors.append((doc_id, msg))))
    assert len(local) > 100
    assert [r["event_id"] for r in remote] == [r["event_id"] for r in local]
    assert remote == local                      # whole records, in input order
    assert ray.is_initialized()                 # an existing cluster is left running


def test_ray_engine_keeps_actorless_events_when_asked(articles, pipeline, ray_cluster,
                                                     monkeypatch):
    arts = articles[:10]
    monkeypatch.setattr(pipeline, "require_actor", False)
    local = [rec for _, recs in pipeline.code_articles(arts) for rec in recs]
    remote = list(code_with_ray(arts, include_aux=True, require_actor=False, concurrency=1))
    assert any(not r["actors"] for r in local)
    assert [r["event_id"] for r in remote] == [r["event_id"] for r in local]


def _rows(out, sub, key):
    return pads.dataset(out / sub, format="parquet", partitioning="hive").to_table().sort_by(key).to_pylist()


def test_ray_parquet_interrupted_then_resumed_equals_clean(articles, pipeline, ray_cluster, tmp_path):
    arts = articles[:12]
    opts = {"include_aux": True, "chunk_size": 4}
    clean = code_to_parquet(arts, tmp_path / "clean", engine="local", pipeline=pipeline, **opts)
    assert clean.complete and clean.articles_written == 12
    out = tmp_path / "ray"
    first = code_to_parquet(arts, out, engine="ray", concurrency=1, max_chunks=1, **opts)
    assert (first.chunks_written, first.complete) == (1, False)
    # a kill in the middle of chunk 1 leaves a temporary file and no manifest
    (out / "articles" / ".part-000001-x.parquet.tmp").write_bytes(b"partial")
    second = code_to_parquet(arts, out, engine="ray", concurrency=1, **opts)
    assert (second.chunks_done_before, second.chunks_written, second.complete) == (1, 2, True)
    assert _rows(out, "events", "event_id") == _rows(tmp_path / "clean", "events", "event_id")
    got = _rows(out, "articles", "doc_id")
    assert got == _rows(tmp_path / "clean", "articles", "doc_id")
    assert sorted(r["doc_id"] for r in got) == sorted(a.doc_id for a in arts)   # exactly once

"""Local multi-process engine: one Pipeline per worker process, records (not Docs) come back.

spaCy's own ``nlp.pipe(n_process=N)`` sends each annotated ``Doc`` back to the parent through
``Doc.to_bytes`` (msgpack), which cannot carry Chronist's ``doc._`` values (dates, event
objects): it fails with ``TypeError: can not serialize 'datetime.date' object``. Here each
worker runs the whole pipeline, builds the event records and returns only those (plain dicts),
so the parent does no NLP and nothing unpicklable crosses processes. On Linux workers are forked
from a parent that has already loaded the models, so they start at once and share the model
memory copy-on-write.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from chronist.io import Article
from chronist.scale._coding import batched

_WORKER_PIPE: Any = None      # the Pipeline of this worker process (inherited on fork)
_SETTINGS: dict[str, Any] = {}


def _init_worker(settings: dict[str, Any]) -> None:
    global _WORKER_PIPE
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    torch = sys.modules.get("torch")      # loaded with spaCy (thinc); never import it just for this
    if torch is not None:
        torch.set_num_threads(1)
    try:  # numpy's BLAS (chronist.nlp.use_numpy_blas) read its thread count in the parent
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
    if _WORKER_PIPE is None:            # spawn start method: build it here
        from chronist.pipeline import Pipeline

        _WORKER_PIPE = Pipeline(**settings)


def _code_chunk(articles: list[Article]) -> list[tuple[str, list[dict], list[str]]]:
    pipe = _WORKER_PIPE
    return [(a.doc_id, pipe.records(a, doc), list(doc._.errors or []))
            for a, doc in pipe.annotate(articles)]


def code_parallel(articles: Iterable[Article], *, n_process: int = 2, model: str | None = None,
                  batch_size: int = 32, include_aux: bool = False, require_actor: bool = True,
                  add_events: float | None = None, chunk_size: int | None = None,
                  pipeline: Any = None, on_error: Callable[[str, str], None] | None = None,
                  start_method: str | None = None) -> Iterator[dict[str, Any]]:
    """Code articles in ``n_process`` worker processes; yield event records in input order.

    The same records as ``Pipeline.code_articles`` (same event ids).

    Parameters
    ----------
    articles : iterable of Article
        Streamed: at most ``2 * n_process`` chunks are in flight.
    n_process : int, default 2
        Worker processes (1 runs in this process, no pool).
    model, batch_size, include_aux, require_actor, add_events
        As for :class:`chronist.pipeline.Pipeline` (ignored when ``pipeline`` is given).
    chunk_size : int or None
        Articles per task (default ``2 * batch_size``).
    pipeline : Pipeline, optional
        An already loaded pipeline to fork workers from (default: load one here first).
    on_error : callable, optional
        ``on_error(doc_id, message)`` for each stage error recorded on a document.
    start_method : str or None
        ``"fork"`` (default where available) or ``"spawn"`` (each worker loads the models).

    Yields
    ------
    dict
        Event records.
    """
    global _WORKER_PIPE
    if n_process < 1:
        raise ValueError(f"Invalid value for 'n_process': expected >= 1, got {n_process}")
    settings = {"model": model, "batch_size": batch_size, "include_aux": include_aux,
                "require_actor": require_actor, "add_events": add_events}
    method = start_method or ("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    if pipeline is None and (method == "fork" or n_process == 1):
        from chronist.pipeline import Pipeline

        pipeline = Pipeline(**settings)
    size = chunk_size or 2 * batch_size

    def emit(results):
        for doc_id, recs, errs in results:
            if on_error is not None:
                for err in errs:
                    on_error(doc_id, err)
            yield from recs

    if n_process == 1:
        _WORKER_PIPE = pipeline
        try:
            for chunk in batched(articles, size):
                yield from emit(_code_chunk(chunk))
        finally:
            _WORKER_PIPE = None
        return
    _WORKER_PIPE = pipeline if method == "fork" else None
    if method == "fork":
        pipeline.warm_up()  # loaded once here, shared by the forked workers
    ctx = mp.get_context(method)
    try:
        with ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=_init_worker,
                                 initargs=(settings,)) as pool:
            inflight: deque[Future] = deque()
            for chunk in batched(articles, size):
                inflight.append(pool.submit(_code_chunk, chunk))
                if len(inflight) >= 2 * n_process:
                    yield from emit(inflight.popleft().result())
            while inflight:
                yield from emit(inflight.popleft().result())
    finally:
        _WORKER_PIPE = None


def _write_chunk_task(chunk: Any, out_dir: str, partition_by: str) -> dict[str, Any]:
    from pathlib import Path

    from chronist.scale._coding import write_chunk

    return write_chunk(_WORKER_PIPE, chunk, Path(out_dir), partition_by=partition_by)


def write_chunks_parallel(chunks: list[Any], out_dir: str, *, pipeline: Any, n_process: int,
                          partition_by: str) -> Iterator[dict[str, Any]]:
    """Code and write ``chunks`` (see :func:`chronist.scale.write_chunk`) in ``n_process``
    forked workers sharing ``pipeline``; yield chunk summaries as they finish."""
    global _WORKER_PIPE
    if "fork" not in mp.get_all_start_methods():
        raise RuntimeError("n_process > 1 for Parquet output needs the 'fork' start method (Linux)")
    _WORKER_PIPE = pipeline
    pipeline.warm_up()  # loaded once here, shared by the forked workers
    try:
        with ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context("fork"),
                                 initializer=_init_worker, initargs=({},)) as pool:
            futures = [pool.submit(_write_chunk_task, c, out_dir, partition_by) for c in chunks]
            for fut in futures:
                yield fut.result()
    finally:
        _WORKER_PIPE = None

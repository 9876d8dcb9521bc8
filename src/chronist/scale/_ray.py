"""The Ray engine: Chronist on Ray Data, on a local or an existing Ray cluster.

Each Ray actor builds one :class:`~chronist.pipeline.Pipeline` (spaCy model, gazetteer, actor
dictionaries) in its constructor and then codes many batches (Ray Data ``map_batches`` with a
callable class: https://docs.ray.io/en/latest/data/transforming-data.html, "Stateful
transforms"). Articles are fed in windows of ``window`` articles so that driver and object-store
memory is bounded by the window, not by the corpus; each window is one Ray Data execution with
its own actor pool (the model loads once per actor per window).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from chronist.io import Article
from chronist.scale._coding import Chunk, batched, chunk_to_row, code_rows, write_chunk
from chronist.scale._rows import article_to_row, row_to_article

#: Object store size for a local cluster started by Chronist (bytes); Ray's default of 30% of
#: RAM is too much on a shared laptop, and Chronist's rows are small text.
LOCAL_OBJECT_STORE_BYTES = 512 * 1024**2


def init_ray(address: str | None = None, *, num_cpus: int = 2,
             object_store_memory: int | None = LOCAL_OBJECT_STORE_BYTES,
             log_to_driver: bool = False, runtime_env: dict[str, Any] | None = None) -> bool:
    """Connect to Ray: start a local cluster, or join an existing one by address.

    Parameters
    ----------
    address : str or None
        ``None``: start a local cluster with ``num_cpus`` CPUs and no dashboard.
        ``"auto"``: join the cluster running on this machine (``ray start --head``).
        ``"ray://HOST:10001"``: connect with Ray Client to a remote head node.
        ``"HOST:6379"``: join as a driver on a cluster node (Ray docs, "Starting Ray").
    num_cpus : int, default 2
        CPUs of a local cluster (ignored when joining one).
    object_store_memory : int or None
        Object store bytes of a local cluster (ignored when joining one).
    log_to_driver : bool, default False
        Forward worker output to this process. Off by default so that ``chronist code`` can
        write JSON Lines on stdout undisturbed.
    runtime_env : dict, optional
        Ray runtime environment (e.g. ``{"pip": ["chronist[ray]"]}``) for a cluster whose
        nodes lack Chronist.

    Returns
    -------
    bool
        True when this call started or connected Ray (the caller should shut it down), False
        when Ray was already initialised.
    """
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline machines: no usage report
    kwargs: dict[str, Any] = {"log_to_driver": log_to_driver, "configure_logging": True,
                              "logging_level": "warning"}
    if runtime_env:
        kwargs["runtime_env"] = runtime_env
    if address is None:
        ray.init(num_cpus=num_cpus, include_dashboard=False,
                 object_store_memory=object_store_memory, **kwargs)
    else:
        ray.init(address=address, **kwargs)
    return True


def _cluster_cpus() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _configure_data(*, quiet: bool) -> None:
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.execution_options.preserve_order = True   # same order as the local engine
    if quiet:
        ctx.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)


class _Coder:
    """Ray Data callable class: one Pipeline per actor, many batches of article rows."""

    def __init__(self, *, model: str | None, batch_size: int, include_aux: bool,
                 require_actor: bool = True, add_events: float | None = None,
                 torch_threads: int = 1) -> None:
        _limit_threads(torch_threads)
        from chronist.pipeline import Pipeline

        self.pipe = Pipeline(model=model, batch_size=batch_size, include_aux=include_aux,
                             require_actor=require_actor, add_events=add_events)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        rows = _rows_of(batch)
        coded = code_rows(self.pipe, [row_to_article(r) for r in rows])
        return {k: [c[k] for c in coded] for k in ("doc_id", "events", "errors")}


class _ChunkWriter:
    """Ray Data callable class: codes whole chunks and writes their Parquet files."""

    def __init__(self, *, model: str | None, batch_size: int, include_aux: bool, out_dir: str,
                 partition_by: str, require_actor: bool = True, torch_threads: int = 1) -> None:
        _limit_threads(torch_threads)
        from pathlib import Path

        from chronist.pipeline import Pipeline

        self.pipe = Pipeline(model=model, batch_size=batch_size, include_aux=include_aux,
                             require_actor=require_actor)
        self.out_dir = Path(out_dir)
        self.partition_by = partition_by

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        out: dict[str, list] = {"chunk": [], "tag": [], "articles": [], "events": [], "errors": []}
        for row in _rows_of(batch):
            chunk = Chunk(index=int(row["index"]), tag=str(row["tag"]),
                          articles=tuple(row_to_article(r) for r in json.loads(row["articles"])))
            summary = write_chunk(self.pipe, chunk, self.out_dir, partition_by=self.partition_by)
            for k, column in out.items():
                column.append(summary[k])
        return out


def _limit_threads(n: int) -> None:
    """One BLAS/torch thread per actor: Ray gives each actor ``num_cpus`` CPUs."""
    os.environ.setdefault("OMP_NUM_THREADS", str(n))
    try:
        import torch

        torch.set_num_threads(n)
    except ImportError:
        pass


def _rows_of(batch: Any) -> list[dict[str, Any]]:
    """Rows of a Ray Data batch (``pyarrow`` format) as plain dicts."""
    return batch.to_pylist()


def _map(ds: Any, cls: type, *, kwargs: dict[str, Any], concurrency: int | None,
         num_cpus: float, batch_size: int, n_batches: int) -> Any:
    if concurrency is None:
        concurrency = max(1, int(_cluster_cpus() // max(num_cpus, 1e-9)))
    concurrency = max(1, min(concurrency, n_batches))   # no actor that would get no batch
    from ray.data import ActorPoolStrategy

    return ds.map_batches(cls, fn_constructor_kwargs=kwargs,
                          compute=ActorPoolStrategy(size=concurrency), num_cpus=num_cpus,
                          batch_size=batch_size, batch_format="pyarrow")


def code_with_ray(articles: Iterable[Article], *, model: str | None = None, batch_size: int = 32,
                  include_aux: bool = False, require_actor: bool = True,
                  add_events: float | None = None, address: str | None = None,
                  concurrency: int | None = None, num_cpus: float = 1, num_cpus_local: int = 2,
                  window: int = 20_000, on_error: Callable[[str, str], None] | None = None,
                  quiet: bool = True) -> Iterator[dict[str, Any]]:
    """Code articles on Ray Data; yield event records in input order.

    The same records as the local engine (``Pipeline.code_articles``), with the same event ids.

    Parameters
    ----------
    articles : iterable of Article
        Streamed: at most ``window`` articles are held at a time.
    model, batch_size, include_aux, require_actor, add_events
        As for :class:`chronist.pipeline.Pipeline`; ``batch_size`` is also the number of
        articles in each Ray Data batch.
    address : str or None
        Ray cluster address (see :func:`init_ray`); ``None`` starts a local cluster with
        ``num_cpus_local`` CPUs, shut down when the iterator is exhausted or closed.
    concurrency : int or None
        Number of coding actors (each loads the models once). Default: cluster CPUs divided by
        ``num_cpus``.
    num_cpus : float, default 1
        CPUs reserved per actor.
    window : int, default 20000
        Articles per Ray Data execution (memory bound; the models reload once per window).
    on_error : callable, optional
        Called as ``on_error(doc_id, message)`` for each stage error recorded on a document
        (``doc._.errors``); the article's other events are still yielded.
    quiet : bool, default True
        Hide Ray Data progress bars.

    Yields
    ------
    dict
        Event records (README, "The event record").
    """
    import ray

    started = init_ray(address, num_cpus=num_cpus_local)
    try:
        _configure_data(quiet=quiet)
        kwargs = {"model": model, "batch_size": batch_size, "include_aux": include_aux,
                  "require_actor": require_actor, "add_events": add_events}
        for win in batched(articles, window):
            n_batches = -(-len(win) // batch_size)
            ds = ray.data.from_items([article_to_row(a) for a in win], override_num_blocks=n_batches)
            coded = _map(ds, _Coder, kwargs=kwargs, concurrency=concurrency, num_cpus=num_cpus,
                         batch_size=batch_size, n_batches=n_batches)
            for row in coded.iter_rows():
                if on_error is not None:
                    for err in json.loads(row["errors"]):
                        on_error(row["doc_id"], err)
                yield from json.loads(row["events"])
    finally:
        if started:
            ray.shutdown()


def write_chunks_with_ray(chunks: list[Chunk], out_dir: str, *, model: str | None,
                          batch_size: int, include_aux: bool, partition_by: str,
                          concurrency: int | None, num_cpus: float, quiet: bool = True,
                          require_actor: bool = True
                          ) -> Iterator[dict[str, Any]]:
    """Code and write ``chunks`` on Ray actors (already initialised); yield chunk summaries."""
    import ray

    _configure_data(quiet=quiet)
    ds = ray.data.from_items([chunk_to_row(c) for c in chunks], override_num_blocks=len(chunks))
    kwargs = {"model": model, "batch_size": batch_size, "include_aux": include_aux,
              "out_dir": out_dir, "partition_by": partition_by, "require_actor": require_actor}
    written = _map(ds, _ChunkWriter, kwargs=kwargs, concurrency=concurrency, num_cpus=num_cpus,
                   batch_size=1, n_batches=len(chunks))
    yield from written.iter_rows()

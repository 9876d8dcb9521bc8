"""Resumable, partitioned Parquet output for large runs (local or Ray engine).

Layout of ``out_dir`` (one *chunk* = ``chunk_size`` consecutive input articles)::

    events/year=1987/month=2/part-000000-<tag>.parquet   event rows (chronist.io.FLAT_COLUMNS)
    articles/part-000000-<tag>.parquet                   one row per article (exactly once)
    _manifest/part-000000-<tag>.json                     written last: the chunk is complete

Resumption (issue 7, "Resumable"): every file is written to a temporary name and renamed into
place; a chunk counts as done only when its manifest exists. A rerun after a kill at any moment
skips done chunks (same tag), deletes the files of unfinished ones and codes them again, so the
output ends with every article exactly once and equals a clean run. Read it with e.g.
``duckdb.sql("select * from read_parquet('OUT/events/**/*.parquet', hive_partitioning=true)")``.
"""

from __future__ import annotations

import fcntl
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronist.io import Article, ReadError, read_inputs
from chronist.scale._coding import (
    PARTITIONS,
    Chunk,
    batched,
    chunk_files,
    make_chunk,
    manifest_path,
    remove_stray_temporaries,
    settings_key,
    write_chunk,
)

ENGINES: tuple[str, ...] = ("local", "ray")


@dataclass
class ParquetRun:
    """What a :func:`code_to_parquet` call did.

    Attributes
    ----------
    out_dir : str
    chunks : int
        Chunks seen in the input so far.
    chunks_done_before : int
        Chunks found complete and skipped (resumed run).
    chunks_written : int
        Chunks coded and written by this call.
    articles_written, events_written, stage_errors : int
        Counts over the chunks written by this call.
    read_errors : list of str
        Messages of input records that could not be read.
    complete : bool
        True when every input chunk is done (False after ``max_chunks`` stopped the run).
    """

    out_dir: str
    chunks: int = 0
    chunks_done_before: int = 0
    chunks_written: int = 0
    articles_written: int = 0
    events_written: int = 0
    stage_errors: int = 0
    read_errors: list[str] = field(default_factory=list)
    complete: bool = False

    def add(self, summary: dict[str, Any]) -> None:
        self.chunks_written += 1
        self.articles_written += int(summary["articles"])
        self.events_written += int(summary["events"])
        self.stage_errors += int(summary["errors"])


@contextmanager
def _exclusive(out_dir: Path) -> Iterator[None]:
    """Hold an advisory lock on ``out_dir/_manifest/.lock``; the OS releases it when the
    process dies, so a killed run never blocks its own resumption."""
    lock = out_dir / "_manifest" / ".lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(f"{out_dir}: another Chronist run is writing to this directory") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _articles(inputs: Iterable[Any], run: ParquetRun,
              on_read_error: Callable[[ReadError], None] | None) -> Iterator[Article]:
    for item in inputs:
        if isinstance(item, ReadError):
            run.read_errors.append(item.message)
            if on_read_error is not None:
                on_read_error(item)
        else:
            yield item


def _input_stream(inputs: Any) -> Iterator[Article | ReadError]:
    """Articles as given, or read (streaming) from paths."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    it = iter(inputs)
    first = next(it, None)
    if first is None:
        return iter(())
    if isinstance(first, (Article, ReadError)):
        return itertools.chain([first], it)
    return read_inputs(str(p) for p in itertools.chain([first], it))


def _remove_chunks_from(out_dir: Path, first: int) -> None:
    """Delete files of chunks ``>= first`` (left from an earlier, longer input)."""
    for sub, pattern in (("events", "**/part-*"), ("articles", "part-*"), ("_manifest", "part-*.json")):
        base = out_dir / sub
        if not base.exists():
            continue
        for p in base.glob(pattern):
            try:
                idx = int(p.name.split("-")[1])
            except (IndexError, ValueError):
                continue
            if idx >= first and p.is_file():
                p.unlink(missing_ok=True)


def code_to_parquet(inputs: Iterable[str | Path] | Iterable[Article], out_dir: str | Path, *,
                    engine: str = "local", model: str | None = None, batch_size: int = 32,
                    include_aux: bool = False, require_actor: bool = True,
                    partition_by: str = "month", chunk_size: int = 500, window_chunks: int | None = None,
                    max_chunks: int | None = None, address: str | None = None,
                    concurrency: int | None = None, num_cpus: float = 1,
                    num_cpus_local: int = 2, n_process: int = 1, pipeline: Any = None,
                    on_read_error: Callable[[ReadError], None] | None = None,
                    quiet: bool = True) -> ParquetRun:
    """Code inputs into partitioned Parquet under ``out_dir``, resumably.

    Parameters
    ----------
    inputs : iterable of path, or iterable of Article
        Paths as for :func:`chronist.io.read_inputs` (files, directories), or articles.
        The input order fixes the chunks: rerun with the same inputs to resume.
    out_dir : str or Path
        Output directory (created). On a Ray cluster it must be a path every node can write
        (a shared file system).
    engine : {"local", "ray"}
    model, batch_size, include_aux, require_actor
        As for :class:`chronist.pipeline.Pipeline`.
    partition_by : {"month", "chunk"}
        ``month``: ``events/year=YYYY/month=M/`` by the article's publication date;
        ``chunk``: all event files directly under ``events/``, one per input chunk.
    chunk_size : int, default 500
        Articles per chunk (unit of work, of resumption and of memory on a worker).
    window_chunks : int or None
        Chunks per Ray Data execution (default: enough for about 20,000 articles).
    max_chunks : int or None
        Stop after writing this many chunks (a run in bounded steps; resumable).
    address, concurrency, num_cpus, num_cpus_local
        Ray settings (see :func:`chronist.scale.code_with_ray`).
    n_process : int, default 1
        Worker processes for the local engine (forked from the loaded pipeline; Linux).
    pipeline : Pipeline, optional
        A loaded pipeline for the local engine (default: build one).
    on_read_error : callable, optional
        Called with each :class:`~chronist.io.ReadError` (also counted in the result).

    Returns
    -------
    ParquetRun

    Raises
    ------
    ValueError
        For an unknown ``engine`` or ``partition_by``, or ``chunk_size < 1``.
    RuntimeError
        When another run holds ``out_dir``.
    """
    if engine not in ENGINES:
        raise ValueError(f"Invalid value for 'engine': expected one of {ENGINES}, got {engine!r}")
    if partition_by not in PARTITIONS:
        raise ValueError(f"Invalid value for 'partition_by': expected one of {PARTITIONS}, got {partition_by!r}")
    if chunk_size < 1:
        raise ValueError(f"Invalid value for 'chunk_size': expected >= 1, got {chunk_size}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    run = ParquetRun(out_dir=str(out))
    settings = settings_key(model=model, include_aux=include_aux, partition_by=partition_by,
                            require_actor=require_actor)
    window = window_chunks or max(1, 20_000 // chunk_size)
    if engine == "local" and n_process > 1 and not window_chunks:
        window = 4 * n_process        # keep the workers busy, memory bounded
    stream = _input_stream(inputs)

    started = False
    pipe = pipeline
    with _exclusive(out):
        remove_stray_temporaries(out)
        try:
            pending: list[Chunk] = []

            def flush() -> None:
                nonlocal pipe, started
                if not pending:
                    return
                if engine == "local":
                    if pipe is None:
                        from chronist.pipeline import Pipeline

                        pipe = Pipeline(model=model, batch_size=batch_size, include_aux=include_aux,
                                        require_actor=require_actor)
                    if n_process > 1:
                        from chronist.scale._parallel import write_chunks_parallel

                        for summary in write_chunks_parallel(pending, str(out), pipeline=pipe,
                                                             n_process=n_process,
                                                             partition_by=partition_by):
                            run.add(summary)
                    else:
                        for chunk in pending:
                            run.add(write_chunk(pipe, chunk, out, partition_by=partition_by))
                else:
                    from chronist.scale._ray import init_ray, write_chunks_with_ray

                    started = init_ray(address, num_cpus=num_cpus_local) or started
                    for summary in write_chunks_with_ray(
                            pending, str(out), model=model, batch_size=batch_size,
                            include_aux=include_aux, partition_by=partition_by,
                            concurrency=concurrency, num_cpus=num_cpus, quiet=quiet,
                            require_actor=require_actor):
                        run.add(summary)
                pending.clear()

            budget = max_chunks
            stopped = False
            for index, arts in enumerate(batched(_articles(stream, run, on_read_error), chunk_size)):
                chunk = make_chunk(index, arts, settings)
                run.chunks = index + 1
                if manifest_path(out, chunk).exists():
                    run.chunks_done_before += 1
                    continue
                if budget is not None and budget <= 0:
                    stopped = True
                    break
                for stale in chunk_files(out, index):   # partial or outdated files of this chunk
                    stale.unlink(missing_ok=True)
                pending.append(chunk)
                if budget is not None:
                    budget -= 1
                if len(pending) >= window:
                    flush()
            flush()
            if not stopped:
                _remove_chunks_from(out, run.chunks)
                run.complete = True
                (out / "_manifest" / "_COMPLETE.json").write_text(json.dumps(
                    {"chunks": run.chunks, "settings": settings}), encoding="utf-8")
            else:
                (out / "_manifest" / "_COMPLETE.json").unlink(missing_ok=True)
        finally:
            if started:
                import ray

                ray.shutdown()
    return run


def code_to_parquet_with_ray(paths: Iterable[str | Path] | Iterable[Article], out_dir: str | Path,
                             **options: Any) -> ParquetRun:
    """:func:`code_to_parquet` with ``engine="ray"`` (same options)."""
    return code_to_parquet(paths, out_dir, engine="ray", **options)

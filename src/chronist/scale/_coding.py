"""Engine-independent coding of article batches and of resumable Parquet chunks.

The same functions run in the local process and inside Ray actors, so both engines give the
same records (same event ids: :func:`chronist.events.event_id` depends only on the article).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronist.io import Article, atomic_path, write_records
from chronist.scale._rows import article_to_row, dumps

#: Partitioning schemes for :func:`chronist.scale.code_to_parquet`.
PARTITIONS: tuple[str, ...] = ("month", "chunk")

#: Layout version, part of every chunk tag: a new layout never reuses old chunk files.
LAYOUT_VERSION = 1


@dataclass(frozen=True)
class Chunk:
    """A fixed run of consecutive input articles, the unit of work and of resumption.

    Attributes
    ----------
    index : int
        Position of the chunk in the input (0-based): articles
        ``[index * chunk_size, (index + 1) * chunk_size)`` in input order.
    tag : str
        16 hex digits of SHA-1 over the coding settings and every article's ``doc_id`` and
        ``content_hash``: the same input coded the same way always gets the same tag, so a
        finished chunk is recognised on a rerun and a changed one is redone.
    articles : tuple of Article
    """

    index: int
    tag: str
    articles: tuple[Article, ...]

    @property
    def name(self) -> str:
        """File stem shared by all files of this chunk: ``part-NNNNNN-TAG``."""
        return f"part-{self.index:06d}-{self.tag}"


def settings_key(*, model: str | None, include_aux: bool, partition_by: str,
                 require_actor: bool = True) -> str:
    """The coding settings that change a chunk's output (part of every :attr:`Chunk.tag`)."""
    import chronist

    key = f"v{LAYOUT_VERSION}|{chronist.__version__}|{model or 'default'}|{int(include_aux)}|{partition_by}"
    return key if require_actor else f"{key}|actorless"


def make_chunk(index: int, articles: Sequence[Article], settings: str) -> Chunk:
    """Build a :class:`Chunk` and its deterministic tag."""
    h = hashlib.sha1(settings.encode())
    for a in articles:
        h.update(b"\x1e" + a.doc_id.encode() + b"\x1f" + a.content_hash.encode())
    return Chunk(index=index, tag=h.hexdigest()[:16], articles=tuple(articles))


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    buf: list[Any] = []
    for item in items:
        buf.append(item)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def code_rows(pipe: Any, articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Code articles with a :class:`~chronist.pipeline.Pipeline`; one result row per article.

    Returns
    -------
    list of dict
        ``{"doc_id", "events": JSON list of event records, "errors": JSON list of str}``,
        in input order.
    """
    out = []
    for article, doc in pipe.annotate(articles):
        out.append({"doc_id": article.doc_id, "events": dumps(pipe.records(article, doc)),
                    "errors": dumps(list(doc._.errors or []))})
    return out


def partition_dir(article: Article, partition_by: str) -> str:
    """Relative directory of an article's events: ``year=YYYY/month=M`` of the publication
    date (Hive style, as :func:`chronist.store.export_parquet` writes) or ``""``."""
    if partition_by == "month":
        return f"year={article.pub_date.year}/month={article.pub_date.month}"
    return ""


def chunk_files(out_dir: Path, index: int) -> list[Path]:
    """Every file that belongs to chunk ``index`` (any tag), finished or partial."""
    pat = f"part-{index:06d}-*"
    found = list((out_dir / "events").rglob(pat)) if (out_dir / "events").exists() else []
    found += list((out_dir / "articles").glob(pat)) if (out_dir / "articles").exists() else []
    found += list((out_dir / "_manifest").glob(f"{pat}.json")) if (out_dir / "_manifest").exists() else []
    return found


def manifest_path(out_dir: Path, chunk: Chunk) -> Path:
    """Marker written last, atomically: its presence means the chunk is complete."""
    return out_dir / "_manifest" / f"{chunk.name}.json"


def write_chunk(pipe: Any, chunk: Chunk, out_dir: Path, *, partition_by: str) -> dict[str, Any]:
    """Code one chunk and write its files, each atomically, the manifest last.

    Files: ``events/<partition>/part-NNNNNN-TAG.parquet`` (columns
    :data:`chronist.io.FLAT_COLUMNS`), ``articles/part-NNNNNN-TAG.parquet`` (one row per
    article: ``doc_id, content_hash, pub_date, n_events, errors``) and
    ``_manifest/part-NNNNNN-TAG.json``. A crash at any point leaves either a complete chunk
    (manifest present) or one without a manifest, which the next run deletes and redoes.

    Returns
    -------
    dict
        ``{"chunk", "tag", "articles", "events", "errors"}`` counts for the chunk.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_part: dict[str, list[dict]] = defaultdict(list)
    art_rows = []
    n_errors = 0
    for article, doc in pipe.annotate(chunk.articles):
        recs = pipe.records(article, doc)
        errs = list(doc._.errors or [])
        n_errors += len(errs)
        by_part[partition_dir(article, partition_by)].extend(recs)
        art_rows.append({"doc_id": article.doc_id, "content_hash": article.content_hash,
                         "pub_date": article.pub_date.isoformat(), "n_events": len(recs),
                         "errors": dumps(errs) if errs else None, "chunk": chunk.index})
    files = []
    n_events = 0
    for part in sorted(by_part):
        recs = by_part[part]
        if not recs:
            continue
        path = out_dir / "events" / part / f"{chunk.name}.parquet"
        n_events += write_records(recs, path, fmt="parquet")
        files.append(str(path.relative_to(out_dir)))
    art_path = out_dir / "articles" / f"{chunk.name}.parquet"
    schema = pa.schema([("doc_id", pa.string()), ("content_hash", pa.string()),
                        ("pub_date", pa.string()), ("n_events", pa.int64()),
                        ("errors", pa.string()), ("chunk", pa.int64())])
    with atomic_path(art_path) as tmp:
        pq.write_table(pa.Table.from_pylist(art_rows, schema=schema), tmp)
    files.append(str(art_path.relative_to(out_dir)))
    summary = {"chunk": chunk.index, "tag": chunk.tag, "articles": len(art_rows),
               "events": n_events, "errors": n_errors}
    with atomic_path(manifest_path(out_dir, chunk)) as tmp:
        tmp.write_text(json.dumps({**summary, "files": files}, indent=1), encoding="utf-8")
    return summary


def chunk_to_row(chunk: Chunk) -> dict[str, Any]:
    """A chunk as one row for a Ray dataset (articles as JSON text)."""
    return {"index": chunk.index, "tag": chunk.tag,
            "articles": dumps([article_to_row(a) for a in chunk.articles])}


def remove_stray_temporaries(out_dir: Path) -> int:
    """Delete temporary files left by a killed writer (``.NAME.XXXX.tmp``, see
    :func:`chronist.io.atomic_path`); returns how many."""
    n = 0
    for p in out_dir.rglob(".*.tmp"):
        if p.is_file():
            p.unlink(missing_ok=True)
            n += 1
    return n


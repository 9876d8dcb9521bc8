"""Output writers for event records: JSON Lines, CSV and Parquet, written atomically.

A file is written to a temporary sibling and renamed into place (``os.replace``) only when
complete, so an interrupted run never leaves a half-written output.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet")

#: Flat columns for CSV and Parquet (nested lists are joined with ";" or kept as JSON).
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "pub_date", "event_type", "mode", "contexts", "quad_class",
    "cameo_code", "plover_score", "aux_modes", "trigger_text", "trigger_start", "trigger_end",
    "sentence_index", "sentence_text", "sentence_start", "sentence_end",
    "actor_text", "actor_name", "actor_country", "actor_sector",
    "recipient_text", "recipient_name", "recipient_country", "recipient_sector",
    "actors_json", "recipients_json", "date_value", "date_text", "date_start", "date_end",
    "date_source", "location_text", "location_geonameid", "location_name", "location_country",
    "location_admin1", "lat", "lon", "acled_event_type", "acled_sub_event_type", "confidence",
)


def _join(items: list[dict], key: str) -> str | None:
    vals = [str(i.get(key)) if i.get(key) is not None else "" for i in items]
    return ";".join(vals) if items else None


def flatten_record(rec: dict[str, Any]) -> dict[str, Any]:
    """One flat row (columns :data:`FLAT_COLUMNS`) for an event record."""
    loc = rec.get("location") or {}
    acled = rec.get("acled_type") or {}
    date = rec.get("date") or {}
    trig = rec.get("trigger") or {}
    sent = rec.get("sentence") or {}
    actors, recips = rec.get("actors") or [], rec.get("recipients") or []
    return {
        "event_id": rec["event_id"], "doc_id": rec["doc_id"], "pub_date": rec["pub_date"],
        "event_type": rec["event_type"], "mode": rec.get("mode"),
        "contexts": ";".join(rec.get("contexts") or []), "quad_class": rec["quad_class"],
        "cameo_code": rec["cameo_code"], "plover_score": rec.get("plover_score"),
        "aux_modes": ";".join(rec.get("aux_modes") or []),
        "trigger_text": trig.get("text"), "trigger_start": trig.get("start"),
        "trigger_end": trig.get("end"), "sentence_index": sent.get("index"),
        "sentence_text": sent.get("text"), "sentence_start": sent.get("start"),
        "sentence_end": sent.get("end"),
        "actor_text": _join(actors, "text"), "actor_name": _join(actors, "name"),
        "actor_country": _join(actors, "country"), "actor_sector": _join(actors, "sector"),
        "recipient_text": _join(recips, "text"), "recipient_name": _join(recips, "name"),
        "recipient_country": _join(recips, "country"), "recipient_sector": _join(recips, "sector"),
        "actors_json": json.dumps(actors, ensure_ascii=False),
        "recipients_json": json.dumps(recips, ensure_ascii=False),
        "date_value": date.get("value"), "date_text": date.get("text"),
        "date_start": date.get("start"), "date_end": date.get("end"),
        "date_source": date.get("source"), "location_text": loc.get("text"),
        "location_geonameid": loc.get("geonameid"), "location_name": loc.get("name"),
        "location_country": loc.get("country"), "location_admin1": loc.get("admin1"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"), "confidence": rec["confidence"],
    }


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only on success.

    A ``path`` that is a symbolic link is written through: its target is replaced, the link
    stays."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file 0600: give it the mode a plain open() would (the existing
        # file's mode, else 0666 less the umask)
        if target.exists():
            mode = target.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_jsonl(records: Iterable[dict], fh: IO[str]) -> int:
    """Write records as JSON Lines to an open text stream; returns the count."""
    n = 0
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _parquet_schema():
    import pyarrow as pa

    ints = {"quad_class", "trigger_start", "trigger_end", "sentence_index", "sentence_start",
            "sentence_end", "date_start", "date_end", "location_geonameid"}
    floats = {"plover_score", "lat", "lon", "confidence"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                      for c in FLAT_COLUMNS])


def write_records(records: Iterable[dict], path: str | Path, *, fmt: str = "jsonl",
                  batch_size: int = 10_000) -> int:
    """Write event records to ``path`` atomically in ``fmt`` (``jsonl``, ``csv``, ``parquet``).

    Streams: memory is bounded by ``batch_size`` rows for Parquet. Returns the number written.

    Raises
    ------
    ValueError
        For an unknown ``fmt``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"Invalid value for 'fmt': expected one of {FORMATS}, got {fmt!r}")
    n = 0
    with atomic_path(path) as tmp:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                n = write_jsonl(records, fh)
        elif fmt == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS)
                writer.writeheader()
                for rec in records:
                    writer.writerow(flatten_record(rec))
                    n += 1
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = _parquet_schema()
            with pq.ParquetWriter(tmp, schema) as writer:
                batch: list[dict] = []
                for rec in records:
                    batch.append(flatten_record(rec))
                    n += 1
                    if len(batch) >= batch_size:
                        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                        batch = []
                if batch or n == 0:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n

"""Exports: Parquet partitioned by month, POLECAT-style TSV, CAMEO dyadic CSV."""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import pandas as pd

from chronist.events._plover import PLOVER_SCORES, plover_intensity
from chronist.store._query import Filters
from chronist.store._store import Store

def _event_sql(filters: Filters | None) -> tuple[str, list]:
    where, params = (filters or Filters()).where()
    sql = f"""
        SELECT e.event_id, e.doc_id, e.pub_date, e.event_date, e.event_type, e.mode,
               e.contexts, e.quad_class, e.cameo_code, e.aux_modes, e.trigger_text,
               e.trigger_start, e.trigger_end, e.sentence_index, e.sentence_text,
               e.date_value, e.date_text, e.date_source, e.location_text, e.place_id,
               e.place_name, e.place_country, e.admin1, e.geonameid, e.lat, e.lon,
               e.confidence, e.cluster_id, e.n_reports,
               (SELECT list({{'name': a.name, 'text': a.text, 'country': a.country,
                              'sector': a.sector}} ORDER BY a.position)
                FROM event_actors a WHERE a.event_id = e.event_id AND a.role = 'actor')
                 AS actors,
               (SELECT list({{'name': a.name, 'text': a.text, 'country': a.country,
                              'sector': a.sector}} ORDER BY a.position)
                FROM event_actors a WHERE a.event_id = e.event_id AND a.role = 'recipient')
                 AS recipients,
               year(e.event_date) AS year, month(e.event_date) AS month
        FROM events_flat e{where}
        ORDER BY e.event_date, e.event_id"""
    return sql, params


def export_parquet(store: Store, out_dir: str | Path, *, filters: Filters | None = None) -> int:
    """Write events as Parquet, Hive-partitioned by ``year=YYYY/month=M`` of ``event_date``.

    Actors and recipients are lists of structs (``name``, ``text``, ``country``, ``sector``),
    which Spark, BigQuery, DuckDB (``read_parquet(..., hive_partitioning=true)``) and pandas
    (``pd.read_parquet(dir)``) all read. Returns the number of events written.

    The folder is replaced as a whole: the export is written to a new folder beside it, then
    swapped in, so an earlier export in the same folder never mixes with this one. A folder
    that holds anything other than an earlier export (``year=*`` partitions of Parquet files)
    is left alone and :class:`~chronist.errors.ChronistError` is raised.
    """
    import shutil
    import tempfile

    from chronist.errors import ChronistError

    out = Path(out_dir)
    if out.exists():
        if not out.is_dir():
            raise ChronistError(f"{out}: exists and is not a folder; a Parquet export is a folder")
        foreign = [p for p in out.iterdir() if not (p.is_dir() and p.name.startswith("year="))]
        foreign += [f for p in out.glob("year=*") for f in p.rglob("*")
                    if f.is_file() and f.suffix != ".parquet"]
        if foreign:
            raise ChronistError(f"{out}: holds files that are not a Chronist Parquet export "
                                f"({foreign[0].name}); choose an empty or new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    sql, params = _event_sql(filters)
    n = store.sql(f"SELECT count(*) FROM ({sql})", params).fetchone()
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        q = str(tmp).replace("'", "''")
        store.sql(
            f"COPY ({sql}) TO '{q}' (FORMAT parquet, PARTITION_BY (year, month), "
            "OVERWRITE_OR_IGNORE)",
            params,
        )
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old-{tmp.name}")
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return int(n[0]) if n else 0


#: POLECAT-style columns (after the POLECAT weekly TSV: PLOVER fields, one row per event,
#: multiple actors joined with ";"), with the Chronist column each one is filled from.
POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor Sector", "Recipient Name",
    "Recipient Country", "Recipient Sector", "Placename", "Province", "Country", "Latitude",
    "Longitude", "GeoNames ID", "Raw Placename", "Story ID", "Publication Date", "Source",
    "Headline", "Story Sentence", "Cluster ID", "Cluster Reports",
)


def _items(value: object) -> list:
    """A list column's value as a list (``NULL``/``NA`` -> ``[]``)."""
    if value is None or value is pd.NA or isinstance(value, float):
        return []
    return list(value)  # type: ignore[call-overload]


def _join(items: object, key: str) -> str:
    return ";".join(str(i.get(key) or "") for i in _items(items))


def export_polecat_tsv(store: Store, path: str | Path, *, filters: Filters | None = None) -> int:
    """Write a POLECAT-style tab-separated file (``POLECAT_COLUMNS``); return the row count."""
    sql, params = _event_sql(filters)
    df = store.sql(
        f"SELECT x.*, a.source, a.title FROM ({sql}) x JOIN articles a USING (doc_id) "
        "ORDER BY x.event_date, x.event_id",
        params,
    ).df()
    rows = []
    for r in df.itertuples(index=False):
        rows.append([
            r.event_id, r.event_date, r.event_type, r.mode,
            plover_intensity(r.event_type, r.mode), r.quad_class,
            ";".join(_items(r.contexts)),
            _join(r.actors, "name"), _join(r.actors, "country"), _join(r.actors, "sector"),
            _join(r.recipients, "name"), _join(r.recipients, "country"),
            _join(r.recipients, "sector"), r.place_name, r.admin1,
            r.place_country, r.lat, r.lon,
            "" if pd.isna(r.geonameid) else int(r.geonameid),
            r.location_text, r.doc_id, r.pub_date, r.source, r.title,
            _text(r.sentence_text),
            r.cluster_id, r.n_reports,
        ])
    _write_rows(path, POLECAT_COLUMNS, rows, delimiter="\t")
    return len(rows)


#: CAMEO dyadic CSV columns (GDELT 1.0 / ICEWS style: one row per source-target pair).
CAMEO_COLUMNS = (
    "date", "source_name", "source_country", "source_sector", "cameo_code", "target_name",
    "target_country", "target_sector", "quad_class", "intensity", "plover_type", "plover_mode",
    "event_id", "cluster_id", "doc_id",
)


def export_cameo_csv(store: Store, path: str | Path, *, filters: Filters | None = None) -> int:
    """Write the CAMEO dyadic CSV (``CAMEO_COLUMNS``); return the row count.

    An event with several actors or recipients gives one row per (actor, recipient) pair, as
    GDELT and ICEWS do; an event without a recipient has empty target fields. ``intensity``
    is :func:`plover_intensity` (PLOVER manual 2.0 scores, Goldstein-like -10..+10).
    """
    sql, params = _event_sql(filters)
    df = store.sql(sql, params).df()
    rows = []
    for r in df.itertuples(index=False):
        for s in _items(r.actors) or [{}]:
            for t in _items(r.recipients) or [{}]:
                rows.append([
                    r.event_date, s.get("name") or s.get("text") or "", s.get("country") or "",
                    s.get("sector") or "", r.cameo_code,
                    t.get("name") or t.get("text") or "", t.get("country") or "",
                    t.get("sector") or "", r.quad_class, plover_intensity(r.event_type, r.mode),
                    r.event_type, r.mode, r.event_id, r.cluster_id, r.doc_id,
                ])
    _write_rows(path, CAMEO_COLUMNS, rows, delimiter=",")
    return len(rows)


def _text(value: object) -> str:
    return value.replace("\t", " ").replace("\n", " ") if isinstance(value, str) else ""


def _fmt(value: object) -> object:
    """Cell text: missing -> empty, dates as ``YYYY-MM-DD``, whole floats as integers."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_rows(path: str | Path, header: tuple[str, ...], rows: list, *, delimiter: str) -> None:
    tmp = Path(str(path) + ".part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows([_fmt(v) for v in row] for row in rows)
    tmp.replace(path)  # never leave a half-written export under the final name

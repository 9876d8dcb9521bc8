"""Event store: DuckDB tables for articles, events, actors, places and event clusters.

Public interface: :class:`Store` (one connection, one writer, migrations), :func:`ingest`
(idempotent, resumable; links reports into event clusters, :mod:`chronist.store._dedup`),
:class:`Filters` and :func:`query_events`, :func:`render_timeline`, the exporters, and the
errors. See :mod:`chronist.store._schema` for the documented schema and
:mod:`chronist.store.commands` for the click commands.
"""

from chronist.store._errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    StoreError,
    WriteFailedError,
)
from chronist.store._export import (
    CAMEO_COLUMNS,
    PLOVER_SCORES,
    POLECAT_COLUMNS,
    export_cameo_csv,
    export_parquet,
    export_polecat_tsv,
    plover_intensity,
)
from chronist.store._ingest import IngestStats, ingest
from chronist.store._query import EVENT_COLUMNS, Filters, query_events, run_sql
from chronist.store._schema import MIGRATIONS, SCHEMA_VERSION, Migration
from chronist.store._store import Store
from chronist.store._timeline import render_timeline, timeline_counts, top_dyads

__all__ = [
    "CAMEO_COLUMNS",
    "EVENT_COLUMNS",
    "MIGRATIONS",
    "PLOVER_SCORES",
    "POLECAT_COLUMNS",
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "DatabaseLockedError",
    "Filters",
    "IngestStats",
    "Migration",
    "Store",
    "StoreError",
    "WriteFailedError",
    "export_cameo_csv",
    "export_parquet",
    "export_polecat_tsv",
    "ingest",
    "plover_intensity",
    "query_events",
    "render_timeline",
    "run_sql",
    "timeline_counts",
    "top_dyads",
]

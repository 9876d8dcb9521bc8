"""Event store: DuckDB tables for articles, events, actors, places and event clusters.

Public interface: :class:`Store` (one connection, one writer, migrations), :func:`ingest`
(idempotent, resumable), the cross-article linker constants in :mod:`chronist.store._dedup`,
and the errors. See :mod:`chronist.store._schema` for the documented schema.
"""

from chronist.store._errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    StoreError,
    WriteFailedError,
)
from chronist.store._ingest import IngestStats, ingest
from chronist.store._schema import MIGRATIONS, SCHEMA_VERSION, Migration
from chronist.store._store import Store

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "DatabaseLockedError",
    "IngestStats",
    "Migration",
    "Store",
    "StoreError",
    "WriteFailedError",
    "ingest",
]

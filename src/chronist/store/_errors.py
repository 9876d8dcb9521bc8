"""Errors of the event store; every message names the database file."""

from __future__ import annotations

from chronist.errors import ChronistError


class S:
    """Message templates of the store (``S7xx``: issue 7), formatted with ``str.format``."""

    S701 = (
        "{path}: not a DuckDB database file (the file header has no DuckDB magic bytes); "
        "the file was left untouched"
    )
    S702 = "{path}: the DuckDB database file is damaged ({reason}); the file was left untouched"
    S703 = (
        "{path}: the database is locked by another process ({reason}); close the other "
        "program or wait for it to finish"
    )
    S704 = (
        "{path}: the schema version is {found}, newer than this Chronist understands "
        "({known}); upgrade Chronist"
    )
    S705 = "{path}: the write failed and was rolled back, the stored data is unchanged ({reason})"
    S706 = "{path}: cannot open the database ({reason})"
    S707 = "{path}: the database is empty (0 bytes) but exists; refusing to overwrite it"
    S708 = "{path}: event {event_id!r} of article {doc_id!r} is already stored for article {other!r}"
    S710 = (
        "{path}: the schema version is {found}, older than {known}; open it once for writing "
        "(e.g. `chronist ingest` with no new input) to apply the migrations"
    )
    S709 = "Invalid value for {name!r}: {reason} (got {value!r})"


class StoreError(ChronistError):
    """Any error of the event store (the message names the database file)."""


class CorruptDatabaseError(StoreError):
    """The file is not a DuckDB database, or DuckDB cannot read it."""


class DatabaseLockedError(StoreError):
    """Another process holds the database file open for writing."""


class WriteFailedError(StoreError):
    """A write transaction failed (e.g. the disk is full) and was rolled back."""

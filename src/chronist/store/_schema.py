"""The event store schema, as named migrations applied in order and recorded.

Schema (version 4)
------------------
``schema_migrations(version, name, applied_at)``
    One row per applied migration; ``max(version)`` is the schema version
    (after ``sqlite_utils/migrations.py``: a migration is named, applied once, recorded).
``articles(doc_id PK, content_hash, pub_date, title, url, source, text, n_events, ingested_at,
keywords[])``
    One row per stored article. ``content_hash`` is ``Article.content_hash`` (SHA-256 of the
    DCT and the text): the same hash means the same input, a new hash for a known ``doc_id``
    means an updated article whose events replace the old ones. ``keywords`` are the
    article's most frequent capitalised words (:func:`chronist.store._dedup.article_keywords`),
    the story context that linking compares.
``places(place_id PK, geonameid, name, country, admin1, lat, lon)``
    Resolved locations, one row per place (``place_id`` is ``"gn:<geonameid>"`` or
    ``"nm:<country>:<admin1>:<name>"`` when the gazetteer gave no id).
``events(event_id PK, doc_id, pub_date, event_type, mode, contexts[], quad_class, cameo_code,
aux_modes[], trigger_*, sentence_*, date_*, location_text/start/end, place_id, confidence,
cluster_id, record)``
    One row per coded event (a *report*: never deleted by deduplication). ``date_lo``/``date_hi``
    are the inclusive day interval of the TIMEX3 ``date_value`` (``NULL`` when unknown);
    ``record`` is the full event dict as JSON, so any field added later survives a round trip.
``event_actors(event_id, role, position, text, start, "end", name, country, sector)``
    Actors (``role = 'actor'``) and recipients (``role = 'recipient'``) of each event.
``event_clusters(cluster_id PK, event_type, n_reports, n_events, sources[], first_pub_date,
first_doc_id, first_event_id, date_value, date_lo, date_hi, place_id)``
    One row per real-world event: the reports linked by :mod:`chronist.store._dedup`.
    ``cluster_id`` is the ``event_id`` of the cluster's first report.
``events_flat`` (view)
    ``events`` joined with ``places`` (``lat``, ``lon``, ``place_name``, ``place_country``,
    ``admin1``) and the cluster's ``n_reports``, plus ``event_date`` (the first day of the
    event's date when the text gives it, else the article's ``pub_date``): the table to query.

Migrations: 1 ``create_core_tables``, 2 ``create_event_clusters``, 3 ``events_flat_event_date``,
4 ``article_keywords``.

No foreign keys: DuckDB checks them eagerly inside a transaction, which forbids the
delete-then-reinsert that replaces an updated article's events; :class:`Store` keeps the
references consistent in one transaction instead.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    """One schema change: ``version`` (1, 2, ...), a unique ``name`` and its SQL statements."""

    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "create_core_tables",
        (
            """CREATE TABLE articles (
                doc_id VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL,
                pub_date DATE NOT NULL,
                title VARCHAR,
                url VARCHAR,
                source VARCHAR,
                text VARCHAR NOT NULL,
                n_events INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE places (
                place_id VARCHAR PRIMARY KEY,
                geonameid BIGINT,
                name VARCHAR,
                country VARCHAR,
                admin1 VARCHAR,
                lat DOUBLE,
                lon DOUBLE
            )""",
            """CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY,
                doc_id VARCHAR NOT NULL,
                pub_date DATE NOT NULL,
                event_type VARCHAR NOT NULL,
                mode VARCHAR,
                contexts VARCHAR[],
                quad_class TINYINT,
                cameo_code VARCHAR,
                aux_modes VARCHAR[],
                trigger_text VARCHAR,
                trigger_start INTEGER,
                trigger_end INTEGER,
                sentence_index INTEGER,
                sentence_text VARCHAR,
                date_value VARCHAR,
                date_text VARCHAR,
                date_source VARCHAR,
                date_lo DATE,
                date_hi DATE,
                location_text VARCHAR,
                location_start INTEGER,
                location_end INTEGER,
                place_id VARCHAR,
                confidence DOUBLE,
                cluster_id VARCHAR,
                record JSON NOT NULL
            )""",
            "CREATE INDEX events_doc ON events(doc_id)",
            "CREATE INDEX events_type ON events(event_type)",
            """CREATE TABLE event_actors (
                event_id VARCHAR NOT NULL,
                role VARCHAR NOT NULL,
                position INTEGER NOT NULL,
                text VARCHAR,
                start INTEGER,
                "end" INTEGER,
                name VARCHAR,
                country VARCHAR,
                sector VARCHAR,
                PRIMARY KEY (event_id, role, position)
            )""",
        ),
    ),
    Migration(
        2,
        "create_event_clusters",
        (
            """CREATE TABLE event_clusters (
                cluster_id VARCHAR PRIMARY KEY,
                event_type VARCHAR NOT NULL,
                n_reports INTEGER NOT NULL,
                n_events INTEGER NOT NULL,
                sources VARCHAR[],
                first_pub_date DATE,
                first_doc_id VARCHAR,
                first_event_id VARCHAR,
                date_value VARCHAR,
                date_lo DATE,
                date_hi DATE,
                place_id VARCHAR
            )""",
            "CREATE INDEX events_cluster ON events(cluster_id)",
            """CREATE VIEW events_flat AS
                SELECT e.*, p.name AS place_name, p.country AS place_country, p.admin1,
                       p.geonameid, p.lat, p.lon, c.n_reports
                FROM events e
                LEFT JOIN places p USING (place_id)
                LEFT JOIN event_clusters c USING (cluster_id)""",
        ),
    ),
    Migration(
        3,
        "events_flat_event_date",
        (
            "DROP VIEW events_flat",
            """CREATE VIEW events_flat AS
                SELECT e.*,
                       CASE WHEN e.date_source = 'text' AND e.date_lo IS NOT NULL
                            THEN e.date_lo ELSE e.pub_date END AS event_date,
                       p.name AS place_name, p.country AS place_country, p.admin1,
                       p.geonameid, p.lat, p.lon, c.n_reports
                FROM events e
                LEFT JOIN places p USING (place_id)
                LEFT JOIN event_clusters c USING (cluster_id)""",
        ),
    ),
    Migration(
        4,
        "article_keywords",
        (
            "ALTER TABLE articles ADD COLUMN keywords VARCHAR[]",
        ),
    ),
)

#: The schema version a fully migrated store has.
SCHEMA_VERSION: int = MIGRATIONS[-1].version

MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""

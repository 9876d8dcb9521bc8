"""Friendly filters over the store, turned into one parameterised SQL query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from chronist.store._errors import S, StoreError
from chronist.store._store import Store

#: Columns of the default filtered query (from ``events_flat`` plus actor summaries).
EVENT_COLUMNS = (
    "event_id",
    "event_date",
    "event_type",
    "mode",
    "quad_class",
    "cameo_code",
    "actors",
    "recipients",
    "place_name",
    "place_country",
    "lat",
    "lon",
    "trigger_text",
    "confidence",
    "cluster_id",
    "n_reports",
    "doc_id",
    "pub_date",
)

#: Haversine distance in km between (lat, lon) and the filter's point (mean Earth radius).
_HAVERSINE = (
    "2 * 6371.0088 * asin(sqrt(pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * "
    "cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2)))"
)


@dataclass
class Filters:
    """Event filters (all optional, combined with AND).

    Attributes
    ----------
    types : list of str
        PLOVER event types (any of them), e.g. ``["ASSAULT", "PROTEST"]``.
    actor_country : list of str
        ISO 3166 alpha-3 codes; an event matches if one of its actors has one of them.
    recipient_country : list of str
        The same for recipients.
    quad_class : list of int
        CAMEO quad classes 1-4.
    date_from, date_to : datetime.date or None
        Inclusive bounds on ``event_date`` (the text's date, else the article's DCT).
    near : (lat, lon, km) or None
        Events located within ``km`` km (great-circle) of the point.
    min_reports : int
        Only events whose cluster has at least this many reports (articles).
    """

    types: list[str] = field(default_factory=list)
    actor_country: list[str] = field(default_factory=list)
    recipient_country: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    near: tuple[float, float, float] | None = None
    min_reports: int = 0

    def where(self) -> tuple[str, list]:
        """The SQL ``WHERE`` clause (over ``events_flat e``) and its parameters."""
        clauses: list[str] = []
        params: list = []
        if self.types:
            clauses.append("e.event_type IN (" + ", ".join("?" * len(self.types)) + ")")
            params += [t.upper() for t in self.types]
        for role, codes in (("actor", self.actor_country), ("recipient", self.recipient_country)):
            if codes:
                clauses.append(
                    "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id "
                    f"AND a.role = '{role}' AND a.country IN ("
                    + ", ".join("?" * len(codes)) + "))"
                )
                params += [c.upper() for c in codes]
        if self.quad_class:
            clauses.append("e.quad_class IN (" + ", ".join("?" * len(self.quad_class)) + ")")
            params += list(self.quad_class)
        if self.date_from:
            clauses.append("e.event_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("e.event_date <= ?")
            params.append(self.date_to)
        if self.near:
            lat, lon, km = self.near
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
                raise StoreError(S.S709.format(name="near", reason="expected LAT,LON,KM with "
                                 "-90<=LAT<=90, -180<=LON<=180, KM>0", value=self.near))
            clauses.append(f"e.lat IS NOT NULL AND {_HAVERSINE} <= ?")
            params += [lat, lat, lon, km]
        if self.min_reports:
            clauses.append("coalesce(e.n_reports, 1) >= ?")
            params.append(self.min_reports)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _party_summary(role: str) -> str:
    return (
        "(SELECT string_agg(coalesce(a.name, a.text) || coalesce(' [' || a.country || "
        "coalesce('/' || a.sector, '') || ']', ''), '; ' ORDER BY a.position) "
        f"FROM event_actors a WHERE a.event_id = e.event_id AND a.role = '{role}')"
    )


def filtered_sql(filters: Filters, *, columns: tuple[str, ...] = EVENT_COLUMNS) -> tuple[str, list]:
    """SQL and parameters selecting ``columns`` of the events that pass ``filters``."""
    cols = []
    for c in columns:
        if c == "actors":
            cols.append(_party_summary("actor") + " AS actors")
        elif c == "recipients":
            cols.append(_party_summary("recipient") + " AS recipients")
        else:
            cols.append(f"e.{c}")
    where, params = filters.where()
    return f"SELECT {', '.join(cols)} FROM events_flat e{where} ORDER BY e.event_date, e.event_id", params


def query_events(store: Store, filters: Filters | None = None) -> pd.DataFrame:
    """The events that pass ``filters`` as a DataFrame (columns ``EVENT_COLUMNS``)."""
    sql, params = filtered_sql(filters or Filters())
    return store.sql(sql, params).df()


def run_sql(store: Store, sql: str) -> pd.DataFrame:
    """Run a user's SQL query and return a DataFrame.

    A read-only store refuses writes to the database; on one, DuckDB's access to files and the
    network (``COPY ... TO``, ``read_text``, ``ATTACH``) is also switched off for the rest of the
    connection (``enable_external_access``), so ``--sql`` only reads the event store.
    """
    import duckdb

    if not sql.strip():
        raise StoreError(f"{store.path}: SQL error: empty query")
    try:
        if store.read_only:
            store.sql("SET enable_external_access = false")
        return store.sql(sql).df()
    except duckdb.Error as exc:
        raise StoreError(f"{store.path}: SQL error: {str(exc).splitlines()[0]}") from exc


def parse_near(value: str) -> tuple[float, float, float]:
    """Parse ``"LAT,LON,KM"`` (e.g. ``"40.18,44.51,50"``)."""
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError as exc:
        raise StoreError(S.S709.format(name="near", reason="expected LAT,LON,KM", value=value)) from exc
    return lat, lon, km

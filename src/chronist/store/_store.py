"""The :class:`Store`: one DuckDB connection, one writer, every write in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

import duckdb

from chronist.store import _dedup
from chronist.store._errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    S,
    StoreError,
    WriteFailedError,
)
from chronist.store._schema import MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION

T = TypeVar("T")

#: DuckDB writes its magic bytes at offset 8 of every database file.
DUCKDB_MAGIC = b"DUCK"


def _check_file(path: Path) -> None:
    """Refuse files that are not DuckDB databases *before* DuckDB opens (and may write) them."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(S.S706.format(path=path, reason="it is a directory"))
    size = path.stat().st_size
    if size == 0:
        raise CorruptDatabaseError(S.S707.format(path=path))
    with path.open("rb") as fh:
        header = fh.read(12)
    if header[8:12] != DUCKDB_MAGIC:
        raise CorruptDatabaseError(S.S701.format(path=path))


def _open_error(path: Path, exc: Exception) -> StoreError:
    msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    low = msg.lower()
    if any(k in low for k in ("corrupt", "checksum", "invalid", "not a valid", "serializ")):
        return CorruptDatabaseError(S.S702.format(path=path, reason=msg))
    if "set lock" in low or "conflicting lock" in low:
        return DatabaseLockedError(S.S703.format(path=path, reason=msg))
    return StoreError(S.S706.format(path=path, reason=msg))


def _place_id(loc: dict) -> str:
    if loc.get("geonameid"):
        return f"gn:{int(loc['geonameid'])}"
    name = (loc.get("name") or loc.get("text") or "").strip().lower()
    return f"nm:{loc.get('country') or ''}:{loc.get('admin1') or ''}:{name}"


class Store:
    """An event store in one DuckDB file (or in memory with ``":memory:"``).

    One ``Store`` owns one DuckDB connection. All writes go through :meth:`write`, which runs
    a function inside one transaction and rolls it back on any error (after
    ``datasette/database.py`` ``execute_write_fn``): a crash, a kill or a full disk leaves
    the state of the last committed transaction.

    Parameters
    ----------
    path : str or Path
        The database file; created (and migrated to ``SCHEMA_VERSION``) if absent.
    read_only : bool, default False
        Open without write access (several readers may share a file; no migration).
    threads : int or None, default None
        DuckDB worker threads (``None``: DuckDB's default, one per core). Ingestion runs many
        small transactions, for which 1 thread is as fast and kinder to a shared machine.

    Raises
    ------
    CorruptDatabaseError
        The file exists but is not a DuckDB database, or DuckDB cannot read it.
    DatabaseLockedError
        Another process has the file open for writing.
    """

    def __init__(self, path: str | os.PathLike[str] = ":memory:", *, read_only: bool = False,
                 threads: int | None = None):
        self.path = Path(path) if str(path) != ":memory:" else Path(":memory:")
        self._views: dict[str, _dedup.LinkView] = {}
        self.read_only = read_only
        memory = str(path) == ":memory:"
        if not memory:
            _check_file(self.path)
            if read_only and not self.path.exists():
                raise StoreError(S.S706.format(path=self.path, reason="no such file"))
        try:
            config: dict[str, str | bool | int | float | list[str]] = (
                {"threads": threads} if threads else {}
            )
            self.con = duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise _open_error(self.path, exc) from exc
        try:
            if not read_only:
                self.migrate()
            else:
                self._check_version()
        except duckdb.Error as exc:
            self.con.close()
            raise _open_error(self.path, exc) from exc

    # --- lifecycle -----------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (DuckDB checkpoints the WAL into the file)."""
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The highest applied migration version (0 for an empty database)."""
        row = self.con.execute(
            "SELECT coalesce(max(version), 0) FROM duckdb_tables() t, schema_migrations "
            "WHERE t.table_name = 'schema_migrations'"
        ).fetchone()
        return int(row[0]) if row else 0

    def applied_migrations(self) -> list[tuple[int, str]]:
        """``(version, name)`` of every applied migration, in order."""
        return [
            (int(v), str(n))
            for v, n in self.con.execute(
                "SELECT version, name FROM schema_migrations ORDER BY version"
            ).fetchall()
        ]

    def _check_version(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "schema_migrations" not in tables:
            raise CorruptDatabaseError(
                S.S702.format(path=self.path, reason="no schema_migrations table: not a Chronist store")
            )
        found = self.schema_version
        if found > SCHEMA_VERSION:
            raise StoreError(S.S704.format(path=self.path, found=found, known=SCHEMA_VERSION))
        if found < SCHEMA_VERSION:
            raise StoreError(S.S710.format(path=self.path, found=found, known=SCHEMA_VERSION))

    def migrate(self) -> list[str]:
        """Apply the pending migrations, each in its own transaction; return their names."""
        self.con.execute(MIGRATIONS_TABLE)
        done = {v for v, _ in self.applied_migrations()}
        if done and max(done) > SCHEMA_VERSION:
            raise StoreError(S.S704.format(path=self.path, found=max(done), known=SCHEMA_VERSION))
        applied = []
        for mig in MIGRATIONS:
            if mig.version in done:
                continue

            def apply(con: duckdb.DuckDBPyConnection, mig=mig) -> None:
                for stmt in mig.statements:
                    con.execute(stmt)
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    [mig.version, mig.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
                )

            self.write(apply)
            applied.append(mig.name)
        return applied

    # --- the one writer ------------------------------------------------------------------

    def write(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run ``fn(connection)`` in one transaction: all of it is committed, or none of it.

        Raises
        ------
        WriteFailedError
            DuckDB or the operating system failed (I/O error, disk full); the transaction
            was rolled back and the stored data is unchanged.
        """
        if self.read_only:
            raise StoreError(S.S706.format(path=self.path, reason="opened read-only"))
        self.con.execute("BEGIN TRANSACTION")
        try:
            result = fn(self.con)
            self.con.execute("COMMIT")
        except (duckdb.IOException, OSError, duckdb.FatalException, duckdb.TransactionException) as exc:
            self._rollback()
            raise WriteFailedError(S.S705.format(path=self.path, reason=exc)) from exc
        except BaseException:
            self._rollback()
            raise
        return result

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    # --- reads ---------------------------------------------------------------------------

    def article_hash(self, doc_id: str) -> str | None:
        """The stored content hash of ``doc_id``, or ``None`` if it is not stored."""
        row = self.con.execute(
            "SELECT content_hash FROM articles WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return None if row is None else str(row[0])

    def stored_hashes(self) -> dict[str, str]:
        """``{doc_id: content_hash}`` of every stored article."""
        return dict(self.con.execute("SELECT doc_id, content_hash FROM articles").fetchall())

    def count(self, table: str) -> int:
        """Number of rows of one of the store's tables."""
        if table not in {"articles", "events", "event_actors", "places", "event_clusters"}:
            raise StoreError(S.S709.format(name="table", reason="not a store table", value=table))
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def sql(self, query: str, params: Sequence[Any] | None = None) -> duckdb.DuckDBPyConnection:
        """Run a query; return the connection with its result (``fetchall``, ``fetchone``, ``df``).

        Use it for reads; writes must go through :meth:`write`.
        """
        try:
            return self.con.execute(query, list(params) if params else None)
        except (duckdb.IOException, duckdb.InternalException) as exc:
            raise _open_error(self.path, exc) from exc

    def events(self, *, doc_id: str | None = None) -> list[dict]:
        """The stored event records (the pipeline's dicts), ordered by ``event_id``."""
        q = "SELECT record FROM events"
        rows = (
            self.con.execute(q + " WHERE doc_id = ? ORDER BY event_id", [doc_id])
            if doc_id
            else self.con.execute(q + " ORDER BY event_id")
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # --- article writes ------------------------------------------------------------------

    def put_article(self, article: Any, events: Iterable[dict], *, link: bool = True) -> str:
        """Store one article and its events in one transaction; return what happened.

        Parameters
        ----------
        article : chronist.io.Article
            The article (``doc_id``, ``pub_date``, ``title``, ``text``, ``url``, ``source``,
            ``content_hash``).
        events : iterable of dict, shape (n_events,)
            The pipeline's event records for this article.
        link : bool, default True
            Link each event to an event cluster (:mod:`chronist.store._dedup`).

        Returns
        -------
        str
            ``"unchanged"`` (same content hash already stored: nothing written),
            ``"added"`` or ``"replaced"`` (an updated article: its old events are removed).
        """
        events = list(events)
        content_hash = article.content_hash
        keywords = _dedup.article_keywords(f"{article.title or ''}\n{article.text}")
        kw_set = frozenset(keywords)

        def tx(con: duckdb.DuckDBPyConnection) -> str:
            row = con.execute(
                "SELECT content_hash FROM articles WHERE doc_id = ?", [article.doc_id]
            ).fetchone()
            if row is not None and row[0] == content_hash:
                return "unchanged"
            status = "added"
            if row is not None:
                self._views.clear()
                _delete_article(con, article.doc_id)
                status = "replaced"
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    article.doc_id,
                    content_hash,
                    article.pub_date,
                    article.title,
                    article.url,
                    article.source,
                    article.text,
                    len(events),
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    keywords,
                ],
            )
            _check_ids(con, events, article=article, path=self.path)
            views = [_dedup.view_of({**ev, "doc_id": article.doc_id}, pub_date=article.pub_date,
                                    keywords=kw_set) for ev in events]
            clusters = (_assign_clusters(con, views, self._views) if link
                        else [_free_id(con, v.event_id, set()) for v in views])
            _insert_events(con, events, clusters, article=article)
            _refresh_clusters(con, sorted(set(clusters)))
            return status

        return self.write(tx)

    def delete_article(self, doc_id: str) -> bool:
        """Remove an article and its events (clusters are updated); True if it was stored."""

        def tx(con: duckdb.DuckDBPyConnection) -> bool:
            row = con.execute("SELECT 1 FROM articles WHERE doc_id = ?", [doc_id]).fetchone()
            if row is None:
                return False
            self._views.clear()
            _delete_article(con, doc_id)
            return True

        return self.write(tx)


# --- transaction bodies (run inside Store.write) -------------------------------------------


def _delete_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    clusters = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE doc_id = ? AND cluster_id IS NOT NULL",
            [doc_id],
        ).fetchall()
    ]
    con.execute(
        "DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM events WHERE doc_id = ?)",
        [doc_id],
    )
    con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM articles WHERE doc_id = ?", [doc_id])
    _refresh_clusters(con, clusters)


def _check_ids(con: duckdb.DuckDBPyConnection, events: list[dict], *, article: Any,
               path: Path) -> None:
    """Refuse event ids that another article already stored (ids must be unique)."""
    ids = [ev["event_id"] for ev in events]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise StoreError(S.S708.format(path=path, event_id=dup, doc_id=article.doc_id,
                                       other=article.doc_id))
    if not ids:
        return
    row = con.execute(
        "SELECT event_id, doc_id FROM events WHERE list_contains(?, event_id) LIMIT 1", [ids]
    ).fetchone()
    if row is not None:
        raise StoreError(S.S708.format(path=path, event_id=row[0], doc_id=article.doc_id,
                                       other=row[1]))


def _values(n_rows: int, n_cols: int) -> str:
    row = "(" + ", ".join(["?"] * n_cols) + ")"
    return ", ".join([row] * n_rows)


def _insert_events(con: duckdb.DuckDBPyConnection, events: list[dict], clusters: list[str], *,
                   article: Any) -> None:
    """Insert an article's events, their actors and places: three statements in all."""
    if not events:
        return
    place_rows: dict[str, list] = {}
    event_params: list = []
    actor_params: list = []
    n_actor_rows = 0
    for ev, cid in zip(events, clusters):
        date = ev.get("date") or {}
        lo, hi = _dedup.effective_window(
            value=date.get("value"), source=date.get("source"), pub_date=article.pub_date
        )
        trig = ev.get("trigger") or {}
        sent = ev.get("sentence") or {}
        loc = ev.get("location") or None
        place_id = None
        if loc:
            place_id = _place_id(loc)
            place_rows.setdefault(place_id, [
                place_id, loc.get("geonameid"), loc.get("name") or loc.get("text"),
                loc.get("country"), loc.get("admin1"), loc.get("lat"), loc.get("lon"),
            ])
        record = dict(ev)
        record.setdefault("doc_id", article.doc_id)
        record.setdefault("pub_date", article.pub_date.isoformat())
        event_params += [
            ev["event_id"], article.doc_id, article.pub_date, ev["event_type"], ev.get("mode"),
            list(ev.get("contexts") or []), ev.get("quad_class"), ev.get("cameo_code"),
            list(ev.get("aux_modes") or []), trig.get("text"), trig.get("start"),
            trig.get("end"), sent.get("index"), sent.get("text"), date.get("value"),
            date.get("text"), date.get("source"), lo, hi,
            loc.get("text") if loc else None, loc.get("start") if loc else None,
            loc.get("end") if loc else None, place_id, ev.get("confidence"), cid,
            json.dumps(record, ensure_ascii=False, sort_keys=True, default=str),
        ]
        for role, key in (("actor", "actors"), ("recipient", "recipients")):
            for i, a in enumerate(ev.get(key) or []):
                actor_params += [ev["event_id"], role, i, a.get("text"), a.get("start"),
                                 a.get("end"), a.get("name"), a.get("country"), a.get("sector")]
                n_actor_rows += 1
    if place_rows:
        con.execute(
            f"INSERT INTO places VALUES {_values(len(place_rows), 7)} ON CONFLICT DO NOTHING",
            [v for row in place_rows.values() for v in row],
        )
    con.execute(f"INSERT INTO events VALUES {_values(len(events), 26)}", event_params)
    if n_actor_rows:
        con.execute(f"INSERT INTO event_actors VALUES {_values(n_actor_rows, 9)}", actor_params)


def _candidates(
    con: duckdb.DuckDBPyConnection, view: _dedup.LinkView, cache: dict[str, _dedup.LinkView]
) -> list[_dedup.LinkView]:
    """All stored reports of the clusters that have a report of the same type in a compatible
    date window (the ``MAX_CANDIDATES`` clusters nearest in publication date).

    ``cache`` maps event ids to their parsed :class:`LinkView` (a stored report's cluster never
    changes; the cache is emptied whenever reports are deleted).
    """
    slack = dt.timedelta(days=_dedup.DATE_SLACK_DAYS)
    if view.lo is None or view.hi is None:
        where, params = "", []
    else:
        where = " AND (date_lo IS NULL OR (date_lo <= ? AND date_hi >= ?))"
        params = [view.hi + slack, view.lo - slack]
    ids = con.execute(
        "SELECT event_id, cluster_id FROM events WHERE cluster_id IN ("
        "SELECT cluster_id FROM events WHERE event_type = ? AND cluster_id IS NOT NULL" + where +
        " GROUP BY cluster_id ORDER BY min(abs(date_diff('day', pub_date, ?::DATE))), cluster_id"
        " LIMIT ?) ORDER BY cluster_id, event_id",
        [view.event_type, *params, view.pub_date, _dedup.MAX_CANDIDATES],
    ).fetchall()
    if len(cache) > 200_000:  # bound memory on very large stores
        cache.clear()
    missing = [eid for eid, _ in ids if eid not in cache]
    if missing:
        for eid, record, pub_date, cid, keywords in con.execute(
            "SELECT e.event_id, e.record, e.pub_date, e.cluster_id, a.keywords FROM events e "
            "JOIN articles a USING (doc_id) WHERE list_contains(?, e.event_id)", [missing]
        ).fetchall():
            v = _dedup.view_of(json.loads(record), pub_date=pub_date,
                               keywords=frozenset(keywords or ()))
            v.cluster_id = cid
            cache[eid] = v
    return [cache[eid] for eid, _ in ids]


def _free_id(con: duckdb.DuckDBPyConnection, event_id: str, taken: set[str]) -> str:
    """A new cluster id: the event id, suffixed if a cluster of that id still exists."""
    cid, k = event_id, 1
    while cid in taken or con.execute(
        "SELECT 1 FROM event_clusters WHERE cluster_id = ?", [cid]
    ).fetchone():
        cid, k = f"{event_id}~{k}", k + 1
    taken.add(cid)
    return cid


def _assign_clusters(
    con: duckdb.DuckDBPyConnection,
    views: list[_dedup.LinkView],
    cache: dict[str, _dedup.LinkView],
) -> list[str]:
    """Link each new report (in order) to a stored cluster, to an earlier report of the same
    article, or to a new cluster; return the cluster ids."""
    out: list[str] = []
    done: list[_dedup.LinkView] = []
    taken: set[str] = set()
    for view in views:
        cands = _candidates(con, view, cache) + [d for d in done if d.event_type == view.event_type]
        cid = _dedup.best_cluster(view, cands) or _free_id(con, view.event_id, taken)
        view.cluster_id = cid
        done.append(view)
        out.append(cid)
    return out


def _refresh_clusters(con: duckdb.DuckDBPyConnection, cluster_ids: list[str]) -> None:
    """Recompute the rows of these clusters from their reports (drop those left empty)."""
    if not cluster_ids:
        return
    con.execute("DELETE FROM event_clusters WHERE list_contains(?, cluster_id)", [cluster_ids])
    con.execute(
        """INSERT INTO event_clusters
        SELECT e.cluster_id, any_value(e.event_type), count(DISTINCT e.doc_id), count(*),
               list_sort(list(DISTINCT coalesce(a.source, a.doc_id))),
               min(e.pub_date), arg_min(e.doc_id, (e.pub_date, e.event_id)),
               arg_min(e.event_id, (e.pub_date, e.event_id)),
               arg_min(e.date_value, (e.date_hi - e.date_lo, e.pub_date, e.event_id)),
               max(e.date_lo), min(e.date_hi),
               arg_max(e.place_id, (e.place_id IS NOT NULL, -len(coalesce(e.place_id, ''))))
        FROM events e JOIN articles a USING (doc_id)
        WHERE list_contains(?, e.cluster_id)
        GROUP BY e.cluster_id""",
        [cluster_ids],
    )

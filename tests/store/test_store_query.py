"""Queries: filters, raw SQL and the ``query`` command's output formats."""

from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from chronist.store import Filters, Store, StoreError, query_events
from chronist.store._dedup import haversine_km
from chronist.store.commands import query


def test_store_query_filters_match_sql(filled_db):
    with Store(filled_db, read_only=True) as store:
        everything = query_events(store)
        n_events = store.count("events")
        assault = query_events(store, Filters(types=["assault"]))
        (n_assault,) = store.sql(
            "SELECT count(*) FROM events WHERE event_type = 'ASSAULT'").fetchone()
        window = query_events(store, Filters(date_from=dt.date(2019, 3, 1),
                                             date_to=dt.date(2019, 6, 30)))
    assert len(everything) == n_events > 50
    assert len(assault) == n_assault > 0 and set(assault.event_type) == {"ASSAULT"}
    assert len(window) > 0
    assert window.event_date.min() >= pd.Timestamp("2019-03-01")
    assert window.event_date.max() <= pd.Timestamp("2019-06-30")


def test_store_query_near_and_actor_country(filled_db):
    with Store(filled_db, read_only=True) as store:
        located = query_events(store).dropna(subset=["lat"])
        assert len(located) > 0
        lat, lon = float(located.lat.iloc[0]), float(located.lon.iloc[0])
        near = query_events(store, Filters(near=(lat, lon, 50.0)))
        expected = [haversine_km(lat, lon, a, b) <= 50 for a, b in zip(located.lat, located.lon)]
        assert len(near) == sum(expected) > 0
        (code,) = store.sql(
            "SELECT country FROM event_actors WHERE role = 'actor' AND country IS NOT NULL "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()
        by_country = query_events(store, Filters(actor_country=[code]))
        assert len(by_country) > 0
        assert all(code in a for a in by_country.actors)
        with pytest.raises(StoreError, match="near"):
            query_events(store, Filters(near=(95.0, 0.0, 10.0)))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "table"])
def test_store_query_command_formats(filled_db, fmt):
    res = CliRunner().invoke(query, ["--db", str(filled_db), "--type", "ASSAULT",
                                     "--format", fmt])
    assert res.exit_code == 0, res.output
    with Store(filled_db, read_only=True) as store:
        (n,) = store.sql("SELECT count(*) FROM events WHERE event_type = 'ASSAULT'").fetchone()
    if fmt == "csv":
        df = pd.read_csv(io.StringIO(res.output))
        assert len(df) == n and set(df.event_type) == {"ASSAULT"}
    elif fmt == "jsonl":
        rows = [json.loads(x) for x in res.output.splitlines()]
        assert len(rows) == n and rows[0]["event_type"] == "ASSAULT"
    else:
        assert "ASSAULT" in res.output and "event_id" in res.output


def test_store_query_command_sql_and_parquet(filled_db, tmp_path):
    out = tmp_path / "q.parquet"
    res = CliRunner().invoke(query, [
        "--db", str(filled_db), "--sql",
        "SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC",
        "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_parquet(out)
    with Store(filled_db, read_only=True) as store:
        assert int(df.n.sum()) == store.count("events")
    bad = CliRunner().invoke(query, ["--db", str(filled_db), "--sql", "SELECT nope FROM events"])
    assert bad.exit_code == 1 and "SQL error" in bad.output and str(filled_db) in bad.output
    mixed = CliRunner().invoke(query, ["--db", str(filled_db), "--sql", "SELECT 1",
                                       "--type", "ASSAULT"])
    assert mixed.exit_code == 2


def test_store_query_command_corrupt_db(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"garbage" * 1000)
    res = CliRunner().invoke(query, ["--db", str(bad), "--sql", "SELECT 1"])
    assert res.exit_code == 1
    assert str(bad) in res.output and "not a DuckDB database" in res.output
    assert bad.read_bytes() == b"garbage" * 1000


def test_store_query_output_into_new_folder_with_plain_mode(filled_db, tmp_path):
    import os

    out = tmp_path / "new" / "sub" / "rows.csv"
    res = CliRunner().invoke(query, ["--db", str(filled_db), "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("event_id") or out.stat().st_size > 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    bad = CliRunner().invoke(query, ["--db", str(filled_db), "-o", "/proc/no/such.csv"])
    assert bad.exit_code == 1 and "cannot write" in bad.output and "Traceback" not in bad.output


def test_store_query_sql_reads_the_store_only(filled_db, tmp_path):
    leak = tmp_path / "leak.csv"
    res = CliRunner().invoke(query, ["--db", str(filled_db), "--sql",
                                     f"COPY (SELECT * FROM events) TO '{leak}'"])
    assert res.exit_code == 1 and "SQL error" in res.output and not leak.exists()
    res = CliRunner().invoke(query, ["--db", str(filled_db), "--sql", "SELECT * FROM read_text('/etc/hostname')"])
    assert res.exit_code == 1 and "SQL error" in res.output
    for empty in ("", "  "):
        res = CliRunner().invoke(query, ["--db", str(filled_db), "--sql", empty])
        assert res.exit_code == 1 and "empty query" in res.output
    ok = CliRunner().invoke(query, ["--db", str(filled_db), "--sql", "SELECT count(*) AS n FROM events",
                                    "--format", "csv"])
    assert ok.exit_code == 0 and ok.output.startswith("n\n")

"""Exports: Parquet by month (DuckDB and pandas read back the same rows), POLECAT TSV, CAMEO CSV."""

from __future__ import annotations

import csv

import duckdb
import pandas as pd
from click.testing import CliRunner

from chronist.store import (
    CAMEO_COLUMNS,
    POLECAT_COLUMNS,
    Store,
    export_parquet,
    plover_intensity,
)
from chronist.store.commands import export


def test_store_parquet_round_trip(filled_db, tmp_path):
    out = tmp_path / "pq"
    with Store(filled_db, read_only=True) as store:
        n = export_parquet(store, out)
        stored = store.sql(
            "SELECT event_id, event_type, cluster_id FROM events ORDER BY 1").fetchall()
    assert n == len(stored) > 50
    parts = sorted(p.relative_to(out).parts[:2] for p in out.rglob("*.parquet"))
    assert parts and all(a.startswith("year=") and b.startswith("month=") for a, b in parts)
    via_duckdb = duckdb.sql(
        f"SELECT event_id, event_type, cluster_id FROM read_parquet('{out}/**/*.parquet', "
        "hive_partitioning=true) ORDER BY 1").fetchall()
    assert via_duckdb == stored
    df = pd.read_parquet(out)
    assert sorted(zip(df.event_id, df.event_type, df.cluster_id)) == stored
    month = df.assign(m=pd.to_datetime(df.event_date).dt.month)
    assert (month.m.astype(int) == month.month.astype(int)).all()


def test_store_polecat_and_cameo_exports(filled_db, tmp_path):
    tsv, csv_path = tmp_path / "events.tsv", tmp_path / "dyads.csv"
    r1 = CliRunner().invoke(export, ["--db", str(filled_db), "--format", "polecat",
                                     "-o", str(tsv)])
    r2 = CliRunner().invoke(export, ["--db", str(filled_db), "--format", "cameo",
                                     "-o", str(csv_path), "--type", "ASSAULT"])
    assert r1.exit_code == 0 and r2.exit_code == 0, r1.output + r2.output
    with tsv.open() as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    with Store(filled_db, read_only=True) as store:
        assert len(rows) == store.count("events")
    assert tuple(rows[0]) == POLECAT_COLUMNS
    assert all(r["Event Date"][:4].isdigit() and len(r["Event Date"]) == 10 for r in rows)
    for r in rows:
        assert float(r["Event Intensity"]) == plover_intensity(r["Event Type"], r["Event Mode"])
    with csv_path.open() as fh:
        dyads = list(csv.DictReader(fh))
    assert tuple(dyads[0]) == CAMEO_COLUMNS
    assert {d["plover_type"] for d in dyads} == {"ASSAULT"}
    assert {float(d["intensity"]) for d in dyads} <= {-9.0, -8.5, -7.5, -8.0, -9.5, -10.0}
    assert all(d["quad_class"] == "4" for d in dyads)


def test_store_plover_intensity_table():
    assert plover_intensity("ASSAULT") == -9
    assert plover_intensity("assault", "Aerial") == -9.5
    assert plover_intensity("PROTEST", "riot") == -7
    assert plover_intensity("AID") == 10 and plover_intensity("ACCUSE") == -3
    assert plover_intensity("CONSULT", "unknown-mode") == 2.5
    assert plover_intensity("NOT_A_TYPE") is None


def test_store_parquet_export_replaces_an_earlier_export_whole(filled_db, tmp_path):
    import pytest

    from chronist.errors import ChronistError
    from chronist.store import Filters

    out = tmp_path / "pq"
    with Store(filled_db, read_only=True) as store:
        n_all = export_parquet(store, out)
        (last_type,) = store.sql("SELECT max(event_type) FROM events").fetchone()
        n_some = export_parquet(store, out, filters=Filters(types=[last_type]))
        assert 0 < n_some < n_all
        assert len(pd.read_parquet(out)) == n_some  # nothing left of the first export
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
        other = tmp_path / "mine"
        other.mkdir()
        (other / "notes.txt").write_text("keep me", encoding="utf-8")
        with pytest.raises(ChronistError, match="not a Chronist Parquet export"):
            export_parquet(store, other)
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_store_export_empty_output_name_is_a_usage_error(filled_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(export, ["--db", str(filled_db), "--format", "parquet", "-o", ""])
    assert res.exit_code == 2 and "needs a file or folder name" in res.output
    assert list(tmp_path.iterdir()) == []

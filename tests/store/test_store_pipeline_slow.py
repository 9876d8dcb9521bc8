"""The real pipeline end to end (slow: loads spaCy): ingest command twice, query, timeline."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from click.testing import CliRunner
from PIL import Image

from chronist.store import Store
from chronist.store.commands import ingest, query, timeline

pytestmark = pytest.mark.slow


def test_store_ingest_command_real_pipeline_idempotent(tmp_path, wikinews_six):
    # (a fixture, not `from conftest import`: which conftest that names depends on test order)
    src = wikinews_six
    db = tmp_path / "events.duckdb"
    runner = CliRunner()
    first = runner.invoke(ingest, [str(src), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output
    assert "6 added, 0 replaced, 0 unchanged" in first.output
    with Store(db, read_only=True) as store:
        counts = {t: store.count(t) for t in ("articles", "events", "event_actors",
                                              "event_clusters", "places")}
        ids = store.sql("SELECT event_id FROM events ORDER BY 1").fetchall()
    assert counts["articles"] == 6 and counts["events"] > 0
    second = runner.invoke(ingest, [str(src), "--db", str(db), "--quiet"])
    assert second.exit_code == 0, second.output
    assert "0 added, 0 replaced, 6 unchanged, 0 events stored" in second.output
    with Store(db, read_only=True) as store:
        assert {t: store.count(t) for t in counts} == counts
        assert store.sql("SELECT event_id FROM events ORDER BY 1").fetchall() == ids
    res = runner.invoke(query, ["--db", str(db), "--format", "csv"])
    assert res.exit_code == 0
    assert len(pd.read_csv(io.StringIO(res.output))) == counts["events"]
    png = tmp_path / "chart.png"
    res = runner.invoke(timeline, ["--db", str(db), "-o", str(png), "--freq", "day"])
    assert res.exit_code == 0, res.output
    with Image.open(png) as img:
        assert img.format == "PNG" and img.size == (1540, 1100)


def test_store_ingest_article_over_spacy_limit_is_reported_and_not_stored(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("date 2021-02-25\nPolice arrested ten protesters in Yerevan.",
                                  encoding="utf-8")
    (src / "huge.txt").write_text("date 2021-02-25\n" + "word " * 210_000, encoding="utf-8")
    db = tmp_path / "events.duckdb"
    for run in range(2):
        res = CliRunner().invoke(ingest, [str(src), "--db", str(db), "--quiet"])
        assert res.exit_code == 1, res.output
        assert "huge.txt" in res.output and "characters" in res.output
        assert ("1 added" if run == 0 else "1 unchanged") in res.output
    with Store(db, read_only=True) as store:
        assert store.sql("SELECT doc_id FROM articles").fetchall() == [("good",)]

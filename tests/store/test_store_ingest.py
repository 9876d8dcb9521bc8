"""Ingest: idempotent re-ingest, updated articles replace their events, schema migrations."""

from __future__ import annotations

import dataclasses

from fakes import FakePipeline

from chronist.io import read_inputs
from chronist.store import MIGRATIONS, SCHEMA_VERSION, Store, ingest


def _counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in ("articles", "events", "event_actors", "event_clusters")}


def test_store_schema_migrations_recorded(db_path):
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION == 4
        assert store.applied_migrations() == [(m.version, m.name) for m in MIGRATIONS]
    with Store(db_path) as store:  # reopening applies nothing new
        assert store.migrate() == []
    with Store(db_path, read_only=True) as store:
        assert store.schema_version == 4


def test_store_ingest_twice_adds_no_rows(wikinews_dir, db_path):
    pipe = FakePipeline()
    with Store(db_path) as store:
        first = ingest(read_inputs([str(wikinews_dir)]), pipe, store)
        before = _counts(store)
    assert first.added == 25 and first.events > 10
    assert before["articles"] == 25 and before["events"] == first.events
    pipe2 = FakePipeline()
    with Store(db_path) as store:
        second = ingest(read_inputs([str(wikinews_dir)]), pipe2, store)
        assert _counts(store) == before
    assert second.added == 0 and second.unchanged == 25
    assert pipe2.coded == []  # known articles are not even coded again


def test_store_updated_article_replaces_events(wikinews_dir, db_path):
    arts = [a for a in read_inputs([str(wikinews_dir)])][:3]
    pipe = FakePipeline()
    with Store(db_path) as store:
        ingest(arts, pipe, store)
        old = {e["event_id"] for e in store.events(doc_id=arts[0].doc_id)}
        assert old
        new_text = arts[0].text + " Rebels attacked the convoy on Monday."
        updated = dataclasses.replace(arts[0], text=new_text)
        stats = ingest([updated], pipe, store)
        assert stats.replaced == 1
        new = {e["event_id"] for e in store.events(doc_id=arts[0].doc_id)}
        assert new and not (new & old)  # old events gone, new ones stored
        assert store.count("articles") == 3
        (h,) = store.sql(
            "SELECT content_hash FROM articles WHERE doc_id = ?", [arts[0].doc_id]
        ).fetchone()
        assert h == updated.content_hash
        # no event rows or clusters point to the removed events
        assert store.sql(
            "SELECT count(*) FROM event_clusters c WHERE NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.cluster_id = c.cluster_id)"
        ).fetchone() == (0,)
        assert store.sql(
            "SELECT count(*) FROM event_actors a WHERE NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.event_id = a.event_id)"
        ).fetchone() == (0,)


def test_store_old_schema_migrates_on_write_open(db_path):
    """A store left at schema version 2 is refused read-only, and migrated by a writer."""
    import duckdb
    from click.testing import CliRunner

    from chronist.store import StoreError
    from chronist.store._schema import MIGRATIONS_TABLE
    from chronist.store.commands import ingest as ingest_cmd

    con = duckdb.connect(str(db_path))
    con.execute(MIGRATIONS_TABLE)
    for mig in MIGRATIONS[:2]:
        for stmt in mig.statements:
            con.execute(stmt)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [mig.version, mig.name])
    con.close()
    import pytest

    with pytest.raises(StoreError, match="older than 4"):
        Store(db_path, read_only=True)
    res = CliRunner().invoke(ingest_cmd, ["--db", str(db_path)])
    assert res.exit_code == 0 and "schema version 4" in res.output
    with Store(db_path, read_only=True) as store:
        assert [v for v, _ in store.applied_migrations()] == [1, 2, 3, 4]


def test_store_same_doc_id_twice_in_one_run_keeps_the_first(tmp_path, db_path):
    for folder, what in (("a", "Police arrested ten protesters."), ("b", "Rebels attacked a convoy.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"date 2021-02-25\n{what}", encoding="utf-8")
    with Store(db_path) as store:
        stats = ingest(read_inputs([str(tmp_path / "a"), str(tmp_path / "b")]), FakePipeline(),
                       store)
        assert stats.added == 1 and stats.replaced == 0
        assert len(stats.errors) == 1
        assert "b/story.txt" in stats.errors[0] and "'story'" in stats.errors[0]
        (text,) = store.sql("SELECT text FROM articles WHERE doc_id = 'story'").fetchone()
    assert text == "Police arrested ten protesters."

"""Timeline counts, dyads and the rendered chart (PNG opened with PIL, HTML)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from PIL import Image

from chronist.store import Filters, Store, timeline_counts, top_dyads
from chronist.store.commands import timeline


def test_store_timeline_counts_sum_to_events(filled_db):
    with Store(filled_db, read_only=True) as store:
        n = store.count("events")
        for freq in ("day", "week", "month"):
            counts = timeline_counts(store, freq=freq)
            assert int(counts.values.sum()) == n
        quad = timeline_counts(store, freq="month", by="quad")
        assert set(quad.columns) <= {1, 2, 3, 4}
        assault = timeline_counts(store, freq="month", filters=Filters(types=["ASSAULT"]))
        assert list(assault.columns) == ["ASSAULT"]
        dyads = top_dyads(store, n=5)
        assert 0 < len(dyads) <= 5 and dyads.events.is_monotonic_decreasing


@pytest.mark.parametrize("by", ["type", "quad"])
def test_store_timeline_png_is_valid_image(filled_db, tmp_path, by):
    out = tmp_path / "chart.png"
    res = CliRunner().invoke(timeline, ["--db", str(filled_db), "-o", str(out),
                                        "--freq", "month", "--by", by])
    assert res.exit_code == 0, res.output
    with Image.open(out) as img:
        img.verify()
    with Image.open(out) as img:
        assert img.format == "PNG"
        assert img.size == (1540, 1100)
        colours = img.convert("RGB").resize((100, 70)).getcolors(maxcolors=100000)
        assert colours is not None and len(colours) > 20  # a drawn chart, not a blank page


def test_store_timeline_html(filled_db, tmp_path):
    out = tmp_path / "chart.html"
    res = CliRunner().invoke(timeline, ["--db", str(filled_db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "data:image/svg+xml;base64," in page
    assert "Top dyads" in page


def test_store_timeline_bad_suffix(filled_db, tmp_path):
    res = CliRunner().invoke(timeline, ["--db", str(filled_db), "-o", str(tmp_path / "c.gif")])
    assert res.exit_code == 1 and ".gif" in res.output


def test_store_timeline_clips_background_dates():
    """An event dated 1905 by its text (a background mention) stays out of the default axis."""
    import datetime as dt

    from chronist.io import Article

    def ev(eid, value, source):
        return {"event_id": eid, "doc_id": "d", "event_type": "PROTEST", "quad_class": 4,
                "trigger": {"text": "protest", "start": 0, "end": 7},
                "sentence": {"index": 0, "text": "x"}, "actors": [], "recipients": [],
                "date": {"value": value, "source": source}, "location": None}

    with Store() as store:
        store.put_article(Article("d", dt.date(2021, 2, 20), None, "x", None, None),
                          [ev("e1", "1905", "text"), ev("e2", "2021-02-20", "dct"),
                           ev("e3", "2021-02-19", "text")])
        clipped = timeline_counts(store, freq="month")
        full = timeline_counts(store, freq="month", clip=False)
    assert int(clipped.values.sum()) == 2 and clipped.index.min().year == 2021
    assert int(full.values.sum()) == 3 and full.index.min().year == 1905

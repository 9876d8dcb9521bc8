"""Cross-article linking on hand-built reports, and the B-cubed / pairwise scorers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronist.io import Article
from chronist.store import Store
from chronist.store._dates import timex_interval
from chronist.store._ecbplus import guess_dct, read_ecbplus_doc
from chronist.store.evaluate_dedup import bcubed, pairwise

ECB = Path(__file__).resolve().parents[3] / "shared/dev-gold/ecbplus-politics"


def _party(name, country, sector=None):
    return {"text": name, "start": 0, "end": len(name), "name": name, "country": country,
            "sector": sector}


def _event(eid, doc, *, etype="ASSAULT", date="2021-02-20", source="text", actor=("Armenian police", "ARM"),
           recipient=("protesters", "ARM"), place=("Yerevan", 616052, "ARM", 40.18, 44.51),
           trigger="attacked", sentence="Armenian police attacked protesters in Yerevan."):
    return {
        "event_id": eid, "doc_id": doc, "event_type": etype, "mode": None, "contexts": [],
        "quad_class": 4, "cameo_code": "180", "aux_modes": [],
        "trigger": {"text": trigger, "start": 0, "end": len(trigger)},
        "sentence": {"index": 0, "text": sentence, "start": 0, "end": len(sentence)},
        "actors": [_party(*actor)] if actor else [],
        "recipients": [_party(*recipient)] if recipient else [],
        "date": {"value": date, "text": None, "start": None, "end": None, "source": source},
        "location": None if place is None else {
            "text": place[0], "start": 0, "end": 1, "geonameid": place[1], "name": place[0],
            "country": place[2], "admin1": None, "lat": place[3], "lon": place[4]},
        "confidence": 0.9,
    }


def _art(doc, day, source):
    return Article(doc, dt.date(2021, 2, day), None, f"text of {doc}", None, source)


def _clusters(store):
    return dict(store.sql("SELECT event_id, cluster_id FROM events").fetchall())


def test_dedup_links_same_event_across_articles():
    with Store() as store:
        store.put_article(_art("a", 20, "reuters"), [_event("a1", "a")])
        store.put_article(_art("b", 21, "afp"), [_event(
            "b1", "b", actor=("police", "ARM"), place=("Yerevan", 616052, "ARM", 40.18, 44.51),
            sentence="Police beat protesters in the Armenian capital on Saturday.",
            trigger="beat")])
        store.put_article(_art("c", 22, "bbc"), [_event("c1", "c", date="2021-02", source="text")])
        cl = _clusters(store)
        assert cl["a1"] == cl["b1"] == cl["c1"] == "a1"
        row = store.sql("SELECT n_reports, n_events, sources, first_pub_date, first_doc_id "
                        "FROM event_clusters").fetchall()
        assert row == [(3, 3, ["afp", "bbc", "reuters"], dt.date(2021, 2, 20), "a")]


@pytest.mark.parametrize("change", [
    {"etype": "PROTEST"},                                       # another type
    {"date": "2021-02-25"},                                     # another day
    {"date": "2020"},                                           # another year
    {"actor": ("Azerbaijani army", "AZE"), "recipient": ("Armenian soldiers", "ARM")},
    {"place": ("Baku", 587084, "AZE", 40.38, 49.89)},          # another country
])
def test_dedup_keeps_distinct_events_apart(change):
    with Store() as store:
        store.put_article(_art("a", 20, "reuters"), [_event("a1", "a")])
        store.put_article(_art("b", 21, "afp"), [_event("b1", "b", **change)])
        cl = _clusters(store)
        assert cl["a1"] != cl["b1"]
        assert store.count("event_clusters") == 2


def test_dedup_complete_link_veto():
    """A report compatible with one report of a cluster but conflicting with another stays out."""
    with Store() as store:
        store.put_article(_art("a", 20, "x"), [_event("a1", "a", date="2021-02", place=None)])
        store.put_article(_art("b", 21, "y"), [_event("b1", "b", date="2021-02-20", place=None)])
        store.put_article(_art("c", 22, "z"), [_event("c1", "c", date="2021-02-25", place=None)])
        cl = _clusters(store)
        assert cl["a1"] == cl["b1"] and cl["c1"] != cl["a1"]


def test_dedup_update_article_refreshes_cluster():
    with Store() as store:
        store.put_article(_art("a", 20, "reuters"), [_event("a1", "a")])
        store.put_article(_art("b", 21, "afp"), [_event("b1", "b")])
        changed = Article("b", dt.date(2021, 2, 21), None, "new text", None, "afp")
        assert store.put_article(changed, [_event("b2", "b", etype="PROTEST")]) == "replaced"
        assert store.sql("SELECT cluster_id, n_reports FROM event_clusters ORDER BY 1").fetchall() \
            == [("a1", 1), ("b2", 1)]


@pytest.mark.parametrize("value,expected", [
    ("2021-02-20", ("2021-02-20", "2021-02-20")),
    ("2021-02", ("2021-02-01", "2021-02-28")),
    ("2020", ("2020-01-01", "2020-12-31")),
    ("2021-W07", ("2021-02-15", "2021-02-21")),
    ("2021-Q2", ("2021-04-01", "2021-06-30")),
    ("2020-WI", ("2020-12-01", "2021-02-28")),
    ("PRESENT_REF", None),
    (None, None),
])
def test_dedup_timex_interval(value, expected):
    got = timex_interval(value)
    assert (None if got is None else tuple(d.isoformat() for d in got)) == expected


def test_dedup_scorers_on_known_partitions():
    gold = {1: "a", 2: "a", 3: "a", 4: "b", 5: "c"}
    system = {1: "x", 2: "x", 3: "y", 4: "y", 5: "z"}
    b = bcubed(gold, system)
    # precision: (1+1+.5+.5+1)/5 ; recall: (2/3+2/3+1/3+1+1)/5
    assert b["p"] == pytest.approx(0.8) and b["r"] == pytest.approx(11 / 15)
    assert bcubed(gold, gold)["f1"] == 1.0
    pw = pairwise(gold, system)
    assert (pw["gold_links"], pw["system_links"]) == (3, 2)
    assert pw["p"] == pytest.approx(0.5) and pw["r"] == pytest.approx(1 / 3)


def test_dedup_ecbplus_reader_and_dct():
    path = ECB / "ECB+" / "11" / "11_1ecbplus.xml"
    if not path.exists():
        pytest.skip("ECB+ gold not available")
    doc = read_ecbplus_doc(path)
    assert doc.dct == dt.date(2013, 9, 26) and doc.dct_precision == "day"
    assert doc.url and doc.url.startswith("http://en.trend.az/")
    assert doc.text.startswith("Parliamentary elections in Turkmenistan")
    m = next(m for m in doc.mentions if m.m_id == "9")
    s, e, _ = doc.token_spans[m.token_ids[0]]
    assert doc.text[s:e] == "held" and m.cluster == "ACT17395762591826509"
    assert guess_dct("MAR. 14, 2013, 8: 12 PM", None) == (dt.date(2013, 3, 14), "day")
    assert guess_dct("no date here", "http://x.com/2011/11/a.html") == (dt.date(2011, 11, 15),
                                                                       "month")


def test_dedup_counts_in_party_words_count_against_a_link():
    """ "23 pirates" and "26 pirates" (ECB+ topic 12: two Indian navy captures, 2008 and 2011)."""
    from chronist.store._dedup import WEIGHTS, cardinals, pair_score, view_of

    assert cardinals("23 Somali pirates") == {"23"}
    assert cardinals("three boats of the pirates") == {"3"}
    assert cardinals("the Indian navy") == frozenset()
    day = dt.date(2021, 2, 21)
    a = view_of(_event("a1", "a", recipient=("23 pirates", None)), pub_date=day)
    same = view_of(_event("b1", "b", recipient=("23 pirates", None)), pub_date=day)
    other = view_of(_event("c1", "c", recipient=("26 pirates", None)), pub_date=day)
    assert WEIGHTS["count_different"] < 0
    assert pair_score(a, other) == pytest.approx(pair_score(a, same) + WEIGHTS["count_different"])

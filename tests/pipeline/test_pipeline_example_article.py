"""End-to-end acceptance on ../shared/examples/armenia-2021-02-25.txt (issues 2, 3, 4, 5, 6)."""

from __future__ import annotations

import pytest

from chronist.io import read_inputs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(pipeline, shared):
    (article,) = list(read_inputs([shared / "examples" / "armenia-2021-02-25.txt"]))
    pipeline.include_aux = True
    return next(pipeline.code_articles([article]))[1]


def _of(events, event_type, trigger=None):
    return [e for e in events if e["event_type"] == event_type
            and (trigger is None or e["trigger"]["text"] == trigger)]


def _has(mentions, country, sector, text=None):
    return any(m["country"] == country and m["sector"] == sector and (text is None or text in m["text"])
               for m in mentions)


def test_pipeline_request_armed_forces_to_pashinian(events):
    (req,) = [e for e in _of(events, "REQUEST") if "resignation" in e["sentence"]["text"]]
    assert req["mode"] == "change"
    assert _has(req["actors"], "ARM", "MIL", "Armenia's armed forces")
    assert _has(req["recipients"], "ARM", "GOV", "Prime Minister Nikol Pashinian")
    assert _has(req["recipients"], "ARM", "GOV", "his government")
    assert req["date"] == {"value": "2021-02-25", "text": None, "start": None, "end": None, "source": "dct"}
    assert req["quad_class"] == 3 and req["cameo_code"].startswith("104")
    assert req["aux_modes"] == []


def test_pipeline_accuse_coup_claim(events):
    accuse = [e for e in _of(events, "ACCUSE") if "coup" in e["sentence"]["text"]]
    assert accuse
    claim = next(e for e in accuse if e["trigger"]["text"] == "claim")
    assert any(a["name"] == "Nikol Pashinian" and a["country"] == "ARM" and a["sector"] == "GOV"
               for a in claim["actors"])
    assert any(_has(e["recipients"], "ARM", "MIL") for e in accuse)


def test_pipeline_reject_call_to_step_down(events):
    rejects = _of(events, "REJECT")
    assert any(a["name"] == "Nikol Pashinian" for e in rejects for a in e["actors"])
    assert all("step down" in e["sentence"]["text"] for e in rejects)


def test_pipeline_protest_in_yerevan_on_february_20(events):
    (rally,) = _of(events, "PROTEST", "rallied")
    assert rally["mode"] == "demo"
    assert rally["date"]["value"] == "2021-02-20" and rally["date"]["source"] == "text"
    assert rally["date"]["text"] == "February 20"
    assert rally["location"]["geonameid"] == 616052
    assert rally["location"]["name"] == "Yerevan"
    assert _has(rally["actors"], "ARM", "PRO", "thousands of protesters")
    assert rally["acled_type"] == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}


def test_pipeline_no_plain_assault_from_whether_willing_to_use_force(events):
    sent = "It was not immediately clear whether the armed forces are willing to use force"
    in_sent = [e for e in events if e["sentence"]["text"].startswith(sent)]
    assert not [e for e in in_sent if e["event_type"] == "ASSAULT" and not e["aux_modes"]]
    assert all("hypothetical" in e["aux_modes"] for e in in_sent)


def test_pipeline_historical_ceasefire_and_districts(events):
    occupied = next(e for e in events if e["trigger"]["text"] == "occupied")
    assert "historical" in occupied["aux_modes"]
    assert occupied["date"]["value"] == "199"
    signed = next(e for e in events if e["trigger"]["text"] == "signed")
    assert signed["event_type"] == "RETREAT" and signed["mode"] == "ceasefire"
    assert "historical" in signed["aux_modes"]


def test_pipeline_offsets_point_into_text(events, shared):
    (article,) = list(read_inputs([shared / "examples" / "armenia-2021-02-25.txt"]))
    for e in events:
        t = e["trigger"]
        assert article.text[t["start"]:t["end"]] == t["text"]
        s = e["sentence"]
        assert article.text[s["start"]:s["end"]] == s["text"]
        for m in e["actors"] + e["recipients"]:
            assert article.text[m["start"]:m["end"]] == m["text"]
        assert 0.0 <= e["confidence"] <= 1.0


def test_pipeline_event_ids_stable(pipeline, shared, events):
    (article,) = list(read_inputs([shared / "examples" / "armenia-2021-02-25.txt"]))
    again = next(pipeline.code_articles([article]))[1]
    assert [e["event_id"] for e in again] == [e["event_id"] for e in events]
    assert len({e["event_id"] for e in events}) == len(events)


def test_pipeline_ceded_districts_historical(events):
    ceded = next(e for e in events if e["trigger"]["text"] == "ceded")
    assert ceded["event_type"] == "RETREAT" and ceded["mode"] == "withdraw"
    assert "historical" in ceded["aux_modes"]
    assert ceded["actors"][0]["name"] == "Nikol Pashinian"

"""Readers: header text files, JSONL, CSV, directories, stdin, and each kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from chronist.io import Article, ReadError, read_inputs


def _read(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


@pytest.mark.parametrize(
    "raw, text_start",
    [
        ("date 2021-02-25 Armenia's armed forces called.", "Armenia's armed forces called."),
        (" date 2021-02-25 Armenia's armed forces called.", "Armenia's armed forces called."),
        ("date 2021-02-25\nArmenia's armed forces called.", "Armenia's armed forces called."),
        ("   date 2021-02-25 | Armenia's armed forces called.", "Armenia's armed forces called."),
        ("date 2021-02-25xx Armenia's armed forces called.", "Armenia's armed forces called."),
        ("date 2021-02-25 00:00:00 Armenia's armed forces called.", "Armenia's armed forces called."),
    ],
)
def test_readers_header_variants(tmp_path, raw, text_start):
    f = tmp_path / "a.txt"
    f.write_text(raw, encoding="utf-8")
    (art,) = _read([f])
    assert isinstance(art, Article)
    assert art.pub_date == dt.date(2021, 2, 25)
    assert art.text == text_start
    assert art.doc_id == "a"


def test_readers_example_article_offsets(shared):
    (art,) = _read([shared / "examples" / "armenia-2021-02-25.txt"])
    assert art.pub_date == dt.date(2021, 2, 25)
    assert art.text.startswith("Armenia's armed forces have called")
    i = art.text.index("On February 20")
    assert art.text[i:i + 14] == "On February 20"


def test_readers_jsonl_csv_dir_stdin(tmp_path):
    d = tmp_path / "corpus" / "sub"
    d.mkdir(parents=True)
    (d / "x.jsonl").write_text(
        json.dumps({"id": "j1", "date": "2020-01-02", "text": "Police arrested ten people.",
                    "title": "T", "url": "http://x", "source": "wire"}) + "\n", encoding="utf-8")
    (d / "y.csv").write_text('id,date,text\nc1,2020-03-04,"Troops attacked the town."\n', encoding="utf-8")
    (tmp_path / "corpus" / "z.txt").write_text("date 2020-05-06\nRebels shelled the city.", encoding="utf-8")
    arts = _read([tmp_path / "corpus"])
    assert sorted(a.doc_id for a in arts) == ["c1", "j1", "z"]
    j1 = next(a for a in arts if a.doc_id == "j1")
    assert (j1.title, j1.url, j1.source) == ("T", "http://x", "wire")
    (s,) = list(read_inputs(["-"], stdin=io.BytesIO(b"date 2021-01-01 Text here.")))
    assert s.pub_date == dt.date(2021, 1, 1) and s.text == "Text here."
    (s2,) = list(read_inputs(["-"], stdin=io.BytesIO(b'{"id": "s", "date": "2021-01-01", "text": "T"}\n')))
    assert s2.doc_id == "s"


def test_readers_bad_inputs_named_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2021-02-25 Police arrested ten protesters.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "noheader.txt").write_text("Police arrested ten protesters.", encoding="utf-8")
    (tmp_path / "baddate.txt").write_text("date 2021-02-30 Police arrested ten.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("date 2021-02-25 Caf\xe9 owners protested.".encode("latin-1"))
    (tmp_path / "records.jsonl").write_text(
        '{"id": "ok", "date": "2021-02-25", "text": "Troops attacked."}\n'
        "this is not json\n"
        '{"id": "notext", "date": "2021-02-25"}\n', encoding="utf-8")
    items = _read(sorted(tmp_path.iterdir()))
    errors = [i for i in items if isinstance(i, ReadError)]
    good_ids = sorted(i.doc_id for i in items if isinstance(i, Article))
    assert good_ids == ["good", "ok"]
    msgs = {e.message for e in errors}
    assert len(errors) == 7
    assert any("empty.txt" in m and "empty" in m for m in msgs)
    assert any("binary.txt" in m and "binary" in m for m in msgs)
    assert any("noheader.txt" in m and "header" in m for m in msgs)
    assert any("baddate.txt" in m and "2021-02-30" in m for m in msgs)
    assert any("latin1.txt" in m and "UTF-8" in m for m in msgs)
    assert any("records.jsonl (line 2)" in m and "JSON" in m for m in msgs)
    assert any("records.jsonl (line 3)" in m and "'text'" in m for m in msgs)


def test_readers_json_array_and_utf16(tmp_path):
    arr = tmp_path / "export.json"
    arr.write_text(json.dumps([
        {"id": "a", "date": "2021-02-25", "text": "Police arrested ten protesters."},
        {"id": "b", "date": "2021-02-30", "text": "x"},
        "not a record",
    ]), encoding="utf-8")
    out = _read([arr])
    assert [a.doc_id for a in out if isinstance(a, Article)] == ["a"]
    errors = [str(e) for e in out if isinstance(e, ReadError)]
    assert len(errors) == 2 and "item 2" in errors[0] and "2021-02-30" in errors[0]
    assert "item 3" in errors[1]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": "a", ', encoding="utf-8")
    (err,) = _read([broken])
    assert isinstance(err, ReadError) and "JSON array" in str(err)
    u16 = tmp_path / "u16.txt"
    u16.write_bytes("date 2021-02-25\nRebels attacked the convoy.".encode("utf-16"))
    (art,) = _read([u16])
    assert isinstance(art, Article) and art.text == "Rebels attacked the convoy."
    stdin = io.BytesIO(arr.read_bytes())
    assert [a.doc_id for a in read_inputs(["-"], stdin=stdin) if isinstance(a, Article)] == ["a"]

"""The spaCy components are wired in order, with no unmet requirements (spaCy pipe analysis)."""

from __future__ import annotations

import pytest

from chronist.components import COMPONENTS

pytestmark = pytest.mark.slow


def test_components_analyze_pipes_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    names = nlp.pipe_names
    assert [n for n in names if n.startswith("chronist_")] == list(COMPONENTS)


def test_components_stage_failure_is_reported_not_raised(pipeline, monkeypatch):
    import datetime as dt

    from chronist.io import Article

    comp = pipeline.nlp.get_pipe("chronist_timex")

    def boom(*a, **k):
        raise RuntimeError("synthetic failure")

    monkeypatch.setattr(comp.tagger, "tag", boom)
    arts = [Article(doc_id=str(i), pub_date=dt.date(2021, 2, 25), title=None,
                    text="Police arrested ten protesters in Yerevan.") for i in range(2)]
    out = list(pipeline.annotate(arts))
    assert len(out) == 2
    for _, doc in out:
        assert doc._.errors and "synthetic failure" in doc._.errors[0]
        assert [e.event_type for e in doc._.events] == ["COERCE"]


def test_components_event_model_batch_equals_one_doc_at_a_time(pipeline):
    """``nlp.pipe`` scores a whole batch in one model call; the confidences equal a per-doc run,
    and a failing batch falls back to per-doc calls that record the error."""
    import datetime as dt

    from chronist.io import Article

    texts = ["Police arrested ten protesters in Yerevan.",
             "No event here, only weather.",
             "Russia and Belarus agreed to hold joint military drills. Protesters rallied in Minsk."]
    arts = [Article(doc_id=str(i), pub_date=dt.date(2021, 2, 25), title=None, text=t)
            for i, t in enumerate(texts)]
    comp = pipeline.nlp.get_pipe("chronist_event_model")

    def run(one_at_a_time: bool):
        docs = []
        for art in arts:
            doc = pipeline.nlp.make_doc(art.text)
            doc._.dct = art.pub_date
            docs.append(doc)
        for name, proc in pipeline.nlp.pipeline:
            if one_at_a_time or not hasattr(proc, "pipe"):
                docs = [proc(d) for d in docs]
            else:
                docs = list(proc.pipe(docs, batch_size=8))
            if name == "chronist_event_model":
                return [[(e.event_type, round(e.confidence, 5)) for e in d._.events] for d in docs]

    batched, single = run(False), run(True)
    assert comp.model is not None
    assert batched[0] == single[0] and batched[0][0][0] == "COERCE"
    assert batched[1] == single[1] == []
    assert batched[2] == single[2]
    assert {t for t, _ in batched[2]} >= {"AGREE", "PROTEST"}


def test_components_event_model_failure_keeps_rule_events(pipeline, monkeypatch):
    import datetime as dt

    from chronist.io import Article

    comp = pipeline.nlp.get_pipe("chronist_event_model")

    def boom(*a, **k):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(comp.model, "predict", boom)
    arts = [Article(doc_id=str(i), pub_date=dt.date(2021, 2, 25), title=None,
                    text="Police arrested ten protesters in Yerevan.") for i in range(3)]
    out = list(pipeline.annotate(arts))
    assert len(out) == 3
    for _, doc in out:
        assert any("event_model: RuntimeError: model exploded" in e for e in doc._.errors)
        assert [e.event_type for e in doc._.events] == ["COERCE"]

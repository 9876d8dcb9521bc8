"""The spaCy components are wired in order, with no unmet requirements (spaCy pipe analysis)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.components import COMPONENTS
from chronist.io import Article

pytestmark = pytest.mark.slow


def test_components_analyze_pipes_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    names = nlp.pipe_names
    assert [n for n in names if n.startswith("chronist_")] == list(COMPONENTS)


def _annotate_with_failing(pipeline, monkeypatch, obj, attr, message, n):
    """Annotate ``n`` copies of one sentence while ``obj.attr`` raises ``message``."""
    def boom(*a, **k):
        raise RuntimeError(message)

    monkeypatch.setattr(obj, attr, boom)
    arts = [Article(doc_id=str(i), pub_date=dt.date(2021, 2, 25), title=None,
                    text="Police arrested ten protesters in Yerevan.") for i in range(n)]
    return list(pipeline.annotate(arts))


def test_components_stage_failure_is_reported_not_raised(pipeline, monkeypatch):
    comp = pipeline.nlp.get_pipe("chronist_timex")
    out = _annotate_with_failing(pipeline, monkeypatch, comp.tagger, "tag", "synthetic failure", 2)
    assert len(out) == 2
    for _, doc in out:
        assert doc._.errors and "synthetic failure" in doc._.errors[0]
        assert [e.event_type for e in doc._.events] == ["COERCE"]


def test_components_event_model_batch_equals_one_doc_at_a_time(pipeline):
    """``nlp.pipe`` scores a whole batch in one model call; the confidences equal a per-doc run."""
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
    """A failing batch falls back to per-doc calls that record the error."""
    comp = pipeline.nlp.get_pipe("chronist_event_model")
    out = _annotate_with_failing(pipeline, monkeypatch, comp.model, "predict_with_states", "model exploded", 3)
    assert len(out) == 3
    for _, doc in out:
        assert any("event_model: RuntimeError: model exploded" in e for e in doc._.errors)
        assert [e.event_type for e in doc._.events] == ["COERCE"]


def test_add_events_adds_model_events_and_keeps_the_rule_events(shared, pipeline):
    """``Pipeline(add_events=0.5)`` (``chronist code --model-events``) adds events the model is
    sure of in sentences the rules left empty; the rule-coded events stay, and the setting is
    per Pipeline even though the spaCy model is shared."""
    from chronist.io import read_inputs
    from chronist.pipeline import Pipeline

    arts = [a for a in read_inputs([shared / "corpora" / "wikinews" / "as_input"])
            if isinstance(a, Article)][:12]

    def events(pipe):
        return {(a.doc_id, e.trigger, e.event_type, e.source)
                for a, d in pipe.annotate(arts) for e in d._.events}

    plain = events(pipeline)
    more = events(Pipeline(include_aux=True, add_events=0.5))
    # a model event's source is "model", "+calibrated" appended by the last stage
    assert not any(src.startswith("model") for *_, src in plain)
    added = {e for e in more if e[3] == "model+calibrated"}
    assert added
    assert plain <= more
    assert events(pipeline) == plain  # the default pipeline is not changed by the other one


def test_negated_only_sentences_are_not_scored_when_left_out(shared, pipeline):
    """A Pipeline that leaves negated and hypothetical events out of its output does not score
    the sentences holding only such events; its records are the same as those of a Pipeline
    that keeps them, less the negated and hypothetical ones."""
    from chronist.io import read_inputs
    from chronist.pipeline import Pipeline

    text = "Rebels did not attack the town on Monday. Police arrested ten protesters in Minsk on Sunday."
    default = Pipeline()
    sources = {e.event_type: (e.source, e.aux_modes) for _, d in default.annotate(
        [Article(doc_id="a", pub_date=dt.date(2021, 2, 25), title=None, text=text)]) for e in d._.events}
    assert sources["ASSAULT"] == ("lexicon", {"negated"})  # rule confidence only
    assert sources["COERCE"][0].endswith("+model+calibrated")
    kept = {e.event_type: e.source for _, d in pipeline.annotate(
        [Article(doc_id="a", pub_date=dt.date(2021, 2, 25), title=None, text=text)]) for e in d._.events}
    assert kept["ASSAULT"].endswith("+model+calibrated")
    arts = [a for a in read_inputs([shared / "corpora" / "wikinews" / "as_input"])
            if isinstance(a, Article)][:20]
    left_out = [r for _, recs in default.code_articles(arts) for r in recs]
    with_aux = [r for _, recs in pipeline.code_articles(arts) for r in recs
                if not set(r["aux_modes"]) & {"negated", "hypothetical"}]
    assert left_out == with_aux and len(left_out) > 40

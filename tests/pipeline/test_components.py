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

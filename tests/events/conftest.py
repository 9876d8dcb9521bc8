"""Fixtures of the event tests: the rule coder over the spaCy stages only."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def rule_events(nlp):
    """``rule_events(text)``: the rule coder's events (:func:`chronist.events.find_events`) for
    ``text`` parsed by the pipeline's spaCy stages (up to ``recase``), without the learned
    model and the later stages."""
    from chronist.events import find_events

    def code(text):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            if name == "recase":
                break
        return [(doc[e.trigger[0]].text, e) for e in find_events(doc)]

    return code

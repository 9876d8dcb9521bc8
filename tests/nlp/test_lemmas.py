"""The cached lemmatizer gives exactly the lemmas of spaCy's own rule lemmatizer."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_cached_lemmas_are_spacys_lemmas(shared, plain_and_fast):
    from chronist.nlp.lemmas import NAME, speed_up_lemmatizer

    plain, fast = plain_and_fast
    assert speed_up_lemmatizer(fast)
    assert NAME in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert not speed_up_lemmatizer(fast)  # once only
    files = sorted((shared / "corpora" / "wikinews" / "as_input").glob("*.txt"))[:15]
    texts = [f.read_text("utf-8").split("\n", 1)[-1] for f in files]
    n = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        n += len(a)
    assert n > 5000
    doc = fast("Protesters were attacked by police; the talks failed.")
    assert [t.lemma_ for t in doc] == ["protester", "be", "attack", "by", "police", ";", "the",
                                       "talk", "fail", "."]


def test_load_nlp_uses_the_cached_lemmatizer(nlp):
    from chronist.nlp.lemmas import NAME

    assert NAME in nlp.pipe_names

"""The fast tag map gives exactly the annotations of spaCy's own attribute ruler."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _texts(shared, n=12):
    files = sorted((shared / "corpora" / "wikinews" / "as_input").glob("*.txt"))[:n]
    texts = [f.read_text("utf-8").split("\n", 1)[-1] for f in files]
    return texts + [(shared / "examples" / "armenia-2021-02-25.txt").read_text("utf-8")]


def test_tag_map_same_annotations_as_the_attribute_ruler(shared, plain_and_fast):
    from chronist.nlp.tag_map import NAME, speed_up_attribute_ruler

    plain, fast = plain_and_fast
    assert speed_up_attribute_ruler(fast)
    assert fast.pipe_names.index(NAME) == fast.pipe_names.index("attribute_ruler") - 1
    assert not speed_up_attribute_ruler(fast)  # once only
    texts = _texts(shared)
    n = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        for s, t in zip(a, b):
            n += 1
            assert (s.pos_, str(s.morph), s.lemma_, s.tag_, s.dep_) == \
                (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_), (s.text, s.i)
    assert n > 5000
    doc = fast("He did not attack the protesters.")
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    assert str(doc[2].morph) == "Polarity=Neg" and doc[1].lemma_ == "do"


def test_load_nlp_uses_the_tag_map(nlp):
    from chronist.nlp.tag_map import NAME

    assert NAME in nlp.pipe_names

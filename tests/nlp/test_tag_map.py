"""The fast attribute ruler (tag map and exception rules), the lemmatizer's word sets and
numpy's BLAS give exactly the annotations of spaCy's own components."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _texts(shared, n=12):
    files = sorted((shared / "corpora" / "wikinews" / "as_input").glob("*.txt"))[:n]
    texts = [f.read_text("utf-8").split("\n", 1)[-1] for f in files]
    return texts + [(shared / "examples" / "armenia-2021-02-25.txt").read_text("utf-8")]


def test_tag_map_same_annotations_as_the_attribute_ruler(shared, plain_and_fast):
    from chronist.nlp import speed_up_lemmatizer, use_numpy_blas
    from chronist.nlp.tag_map import EXCEPTIONS_NAME, NAME, speed_up_attribute_ruler

    plain, fast = plain_and_fast
    assert speed_up_attribute_ruler(fast)
    names = fast.pipe_names
    assert "attribute_ruler" not in names
    assert names.index(NAME) + 1 == names.index(EXCEPTIONS_NAME) == names.index("parser") + 2
    assert not speed_up_attribute_ruler(fast)  # once only
    assert speed_up_lemmatizer(fast)
    assert not speed_up_lemmatizer(fast)
    assert use_numpy_blas(fast) > 50
    assert use_numpy_blas(fast) == 0
    texts = _texts(shared)
    n = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        for s, t in zip(a, b):
            n += 1
            assert (s.pos_, str(s.morph), s.lemma_, s.tag_, s.dep_, s.head.i) == \
                (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i), (s.text, s.i)
    assert n > 5000
    doc = fast("He did not attack the protesters.")
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    assert str(doc[2].morph) == "Polarity=Neg" and doc[1].lemma_ == "do"


def test_load_nlp_uses_the_tag_map(nlp):
    from chronist.nlp.tag_map import NAME

    assert NAME in nlp.pipe_names


def test_an_unreadable_pattern_keeps_the_ruler(plain_and_fast):
    """A pattern with an operator the exception rules do not read ('OP') leaves the rest of
    the patterns in spaCy's ruler, which still applies them."""
    from chronist.nlp.tag_map import EXCEPTIONS_NAME, NAME, speed_up_attribute_ruler

    _, fast = plain_and_fast
    fast.get_pipe("attribute_ruler").add([[{"LOWER": "junta", "OP": "+"}]], {"LEMMA": "JUNTA"})
    assert speed_up_attribute_ruler(fast)
    assert NAME in fast.pipe_names and "attribute_ruler" in fast.pipe_names
    assert EXCEPTIONS_NAME not in fast.component_names
    doc = fast("The junta did not attack.")
    assert doc[1].lemma_ == "JUNTA" and str(doc[3].morph) == "Polarity=Neg"

"""The shipped actor tagger on real sentences: roles and valid character offsets."""

from __future__ import annotations

import pytest

from chronist.actors.tagger_model import TAGS, allowed_transitions, trim_spans, viterbi_bio

SENT = (
    "Armenia's armed forces have called for the resignation of "
    "Prime Minister Nikol Pashinian."
)


def test_viterbi_never_starts_inside_span() -> None:
    import torch

    logp = torch.full((3, len(TAGS)), -5.0)
    logp[0, TAGS.index("I-T")] = 0.0  # best local tag is invalid at the start
    logp[1, TAGS.index("I-T")] = 0.0
    logp[2, TAGS.index("O")] = 0.0
    path = [TAGS[i] for i in viterbi_bio(logp, allowed_transitions())]
    assert path[0] != "I-T" and path[1] != "I-S"
    assert path[2] == "O"


def test_trim_spans_strips_edges() -> None:
    words = ["China", "and", "Russia", "call", "on", "the", "US"]
    assert trim_spans(words, [(0, 2, "R"), (2, 3, "S"), (4, 7, "T"), (1, 2, "T")]) == [
        (0, 1, "R"), (2, 3, "S"), (4, 7, "T"),
    ]


@pytest.fixture(scope="module")
def tagger():
    from chronist.actors.tagger import get_actor_tagger

    t = get_actor_tagger()
    if t is None:
        pytest.skip("actor tagger weights or torch not available")
    return t


@pytest.mark.slow
def test_armenia_armed_forces_is_source(tagger) -> None:
    (spans,) = tagger.predict([SENT])
    sources = {SENT[a:e] for a, e, r in spans if r == "S"}
    assert sources & {"Armenia's armed forces", "armed forces"}, spans


@pytest.mark.slow
def test_offsets_valid_in_batch(tagger) -> None:
    sents = [
        SENT,
        "",
        "Russia and Belarus signed a defence pact in Minsk on Friday.",
        "  The UN Security Council condemned the attack on the Red Cross convoy.  ",
        "Protesters were attacked by police in Yerevan.",
    ]
    out = tagger.predict(sents, batch_size=2)
    assert len(out) == len(sents)
    assert out[1] == []
    for s, spans in zip(sents, out):
        for a, e, r in spans:
            assert 0 <= a < e <= len(s)
            assert r in {"S", "T", "R"}
            assert s[a:e] == s[a:e].strip() and s[a:e]
    # every non-empty sentence with a clear actor gets at least one span
    assert all(out[i] for i in (0, 2, 3, 4))


@pytest.mark.slow
def test_parsed_sentence_span_gives_same_spans_as_text(tagger) -> None:
    """A sentence of an already parsed article (a Span, as the actors component passes it) is
    tagged without a second parse, with offsets into the sentence's own text."""
    other = "Russia and Belarus signed a defence pact in Minsk on Friday."
    doc = tagger.nlp(f"{other} {SENT}")
    sents = list(doc.sents)
    assert len(sents) == 2
    from_spans = tagger.predict(sents)
    from_text = tagger.predict([s.text for s in sents])
    assert from_spans == from_text
    (a, e, role), = [x for x in from_spans[1] if x[2] == "S"]
    assert sents[1].text[a:e] in {"Armenia's armed forces", "armed forces"}

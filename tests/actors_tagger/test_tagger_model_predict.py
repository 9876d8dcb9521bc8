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


def test_word_states_take_each_words_first_piece() -> None:
    import torch

    from chronist.actors.tagger_encoder import word_states
    from chronist.events.model import PieceStates

    text = "He cannot reach Yerevan."
    # pieces as the MiniLM tokenizer cuts this text: he, cannot, reach, ye, ##re, ##van, .
    offsets = [(0, 2), (3, 9), (10, 15), (16, 18), (18, 20), (20, 23), (23, 24)]
    hidden = torch.arange(2 * 7, dtype=torch.float16).reshape(2, 7, 1)
    states = PieceStates(hidden, offsets, len(text))
    # spaCy words: He, can, not, reach, Yerevan, .  ("cannot" is one piece, two words)
    words = [(0, 2), (3, 6), (6, 9), (10, 15), (16, 23), (23, 24)]
    out = word_states(states, words)
    assert out.shape == (2, 6, 1)
    assert out[0, :, 0].tolist() == [0, 1, 1, 2, 3, 6]
    assert out[1, :, 0].tolist() == [7, 8, 8, 9, 10, 13]
    # a sentence cut at the encoder's length limit: the last word has no piece
    cut = PieceStates(hidden[:, :5], offsets[:5], len(text))
    assert word_states(cut, words) is None


@pytest.mark.slow
def test_states_from_the_event_model_give_the_same_spans(tagger) -> None:
    """The pipeline passes the event model's hidden states of each sentence; the tagger then
    reads them instead of encoding the sentence again, with the same result."""
    from chronist.events.model import get_event_model

    doc = tagger.nlp("Russia and Belarus signed a defence pact in Minsk on Friday. "
                     f"{SENT} Protesters were attacked by police in Yerevan.")
    sents = list(doc.sents)
    model = get_event_model()
    _, states = model.predict_with_states([s.text for s in sents], n_states=model.n_states)
    assert all(st.hidden.shape[0] == 7 for st in states)
    assert tagger.predict(sents, states=states) == tagger.predict(sents)
    with pytest.raises(ValueError):
        tagger.predict(sents, states=states[:1])

"""Headlines in capitals are parsed as ordinary text, and keep their own words and offsets
(chronist.nlp.truecase, session 11)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow


def test_a_capitalised_headline_is_parsed_as_a_sentence(nlp) -> None:
    text = "IRAQ THREATENS AIR RAIDS ON IRAN\nBAGHDAD, March 3 - Iraq warned Iran on Tuesday."
    doc = nlp(text)
    assert doc.text == text  # the original words and offsets
    verb = doc[1]
    assert (verb.text, verb.pos_, verb.lemma_) == ("THREATENS", "VERB", "threaten")
    assert doc[0].dep_ == "nsubj"
    assert {(e.text, e.label_) for e in doc.ents} >= {("IRAQ", "GPE"), ("IRAN", "GPE")}
    assert doc.ents[0].start_char == 0


def test_words_take_their_case_from_the_rest_of_the_document(nlp) -> None:
    from chronist.nlp.truecase import caps_lines, truecase_words

    doc = nlp.make_doc(
        "REAGAN SAYS U.S. WILL MEET SOUTH KOREA ON EC TRADE\n"
        "President Reagan said the EC would be told."
    )
    words = truecase_words(doc, caps_lines(doc))
    assert words[:11] == [
        "Reagan", "says", "U.S.", "will", "meet", "South", "Korea", "on", "EC", "trade", "\n",
    ]  # fmt: skip


def test_ordinary_text_is_left_alone(nlp) -> None:
    from chronist.nlp.truecase import Truecase, caps_lines

    doc = nlp.make_doc("Iraq threatened air raids on Iran. NATO and the EU said so.")
    assert caps_lines(doc) == []
    assert Truecase()(doc) is doc
    # a dateline in capitals is not a headline: "Mo." has lower-case letters
    assert caps_lines(nlp.make_doc("HOLLIDAY, Mo. - A man was arrested.")) == []


def test_the_headline_event_is_coded(pipeline) -> None:
    text = "SOUTH KOREA THREATENS EMERGENCY MEASURES\nSEOUL, March 3 - Officials spoke."
    events = pipeline.code(text, dt.date(1987, 3, 3))
    threats = [e for e in events if e["event_type"] == "THREATEN"]
    assert threats, events
    assert threats[0]["trigger"]["text"] == "THREATENS"

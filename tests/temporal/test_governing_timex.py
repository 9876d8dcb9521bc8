"""governing_timex and tense from a spaCy parse (model-loading: slow)."""

import datetime

import pytest

from chronist.temporal import TimexTagger, governing_timex

DCT = datetime.date(2021, 2, 25)


@pytest.fixture(scope="module")
def nlp():
    from chronist.nlp import load_nlp

    return load_nlp()


def _tag(nlp, text):
    doc = nlp(text)
    return doc, TimexTagger().tag(text, DCT, doc=doc)


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
def test_governing_timex_rallied_on_february_20(nlp):
    doc, timexes = _tag(nlp, "On February 20, thousands of protesters rallied in Yerevan.")
    g = governing_timex(_token(doc, "rallied"), timexes)
    assert g is not None and (g.text, g.value) == ("February 20", "2021-02-20")


@pytest.mark.slow
def test_governing_timex_own_clause_wins(nlp):
    doc, timexes = _tag(
        nlp, "The parliament voted on Friday and the president will sign the law next Thursday."
    )
    assert [t.value for t in timexes] == ["2021-02-19", "2021-03-04"]
    assert governing_timex(_token(doc, "voted"), timexes).value == "2021-02-19"
    assert governing_timex(_token(doc, "sign"), timexes).value == "2021-03-04"


@pytest.mark.slow
def test_governing_timex_reporting_clause_does_not_date_complement(nlp):
    doc, timexes = _tag(nlp, "Police said on Tuesday that protesters had rallied on Monday.")
    assert governing_timex(_token(doc, "said"), timexes).text == "Tuesday"
    assert governing_timex(_token(doc, "rallied"), timexes).text == "Monday"


@pytest.mark.slow
def test_governing_timex_never_a_duration(nlp):
    doc, timexes = _tag(nlp, "The fighting lasted 44 days.")
    assert governing_timex(_token(doc, "lasted"), timexes) is None


@pytest.mark.slow
def test_governing_timex_none_without_timex(nlp):
    doc, timexes = _tag(nlp, "Thousands of protesters rallied in Yerevan.")
    assert timexes == []
    assert governing_timex(_token(doc, "rallied"), timexes) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He met the minister on Thursday.", "2021-02-25"),
        ("He will meet the minister on Thursday.", "2021-03-04"),
        ("He met the minister on Monday.", "2021-02-22"),
        ("He will meet the minister on Monday.", "2021-03-01"),
        ("The talks ended on November 10.", "2020-11-10"),
        ("The talks will resume on March 10.", "2021-03-10"),
    ],
)
def test_governing_timex_tense_from_doc(nlp, text, value):
    _, timexes = _tag(nlp, text)
    assert [t.value for t in timexes] == [value]


@pytest.mark.slow
def test_governing_timex_doc_must_match_text(nlp):
    with pytest.raises(ValueError, match="doc.text differs"):
        TimexTagger().tag("Something else.", DCT, doc=nlp("On Friday."))


def test_governing_timex_handmade_doc_without_parse():
    """A Doc built by hand (no parser): attachment falls back to the same clause head."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["On", "Friday", "protesters", "rallied", "."]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[True, True, True, False, False],
        heads=[3, 0, 3, 3, 3],
        deps=["prep", "pobj", "nsubj", "ROOT", "punct"],
        pos=["ADP", "PROPN", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, False],
    )
    timexes = TimexTagger().tag(doc.text, DCT, doc=doc)
    assert [(t.text, t.value) for t in timexes] == [("Friday", "2021-02-19")]
    assert governing_timex(doc[3], timexes).text == "Friday"


@pytest.mark.slow
def test_governing_timex_example_article(nlp):
    """Issue 3 acceptance: the rally is dated 2021-02-20; cease-fire and cession are historical."""
    from chronist.temporal import is_historical, narrative_timex

    with open("../shared/examples/armenia-2021-02-25.txt", encoding="utf-8") as f:
        text = f.read().split("2021-02-25", 1)[1]
    doc, timexes = _tag(nlp, text)

    def date_of(word):
        tok = _token(doc, word)
        return governing_timex(tok, timexes) or narrative_timex(tok, timexes)

    assert date_of("rallied").value == "2021-02-20"
    for word in ("signed", "ceded"):
        t = date_of(word)
        assert t is not None and t.value == "2020" and is_historical(t.value, DCT)
    assert governing_timex(_token(doc, "occupied"), timexes).value == "199"
    assert narrative_timex(_token(doc, "faced"), timexes) is None  # present perfect


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, expected", [
    # a date that modifies a noun in the object dates the noun, not the clause
    ("Police arrested the mastermind of the 2015 attack on Tuesday.", "arrested", "2021-02-23"),
    ("Police arrested the mastermind of the 2015 attack.", "arrested", None),
    ("Pakistan handed over the suspected mastermind of the 1993 bombing to U.S. agents.",
     "handed", None),
    ("Protesters toppled a statue of a 17th-century slave trader.", "toppled", None),
    ("Police arrested the mastermind of the 2015 attack.", "attack", "2015"),
    # in the subject, or in a phrase on the verb, it still dates the clause
    ("The 2015 attack killed 130 people.", "killed", "2015"),
    ("During a 2018 trip to France, Trump refused to visit a cemetery.", "refused", "2018"),
    ("As a result of Saturday's unrest, twenty people were arrested.", "arrested", "2021-02-20"),
])
def test_governing_timex_of_a_complement_noun(nlp, text, trigger, expected):
    doc, timexes = _tag(nlp, text)
    g = governing_timex(_token(doc, trigger), timexes)
    assert (g.value if g is not None else None) == expected

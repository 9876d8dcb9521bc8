"""Labour strikes named by a noun or voted, hostages taken, losses inflicted, troops
despatched (session 11; misses found in labels/plover_dev2.jsonl, Reuters 1987), and CAMEO
codebook routes for aid supplied or delivered, exercises taken part in, relations normalised,
weapons decommissioned, opponents branded and positions reinforced."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def rule_coded(rule_events):
    """The rule coder's (trigger, PLOVER type, mode) triples."""
    return lambda text: {(t, e.event_type, e.mode) for t, e in rule_events(text)}


@pytest.mark.parametrize(
    "text, trigger, event_type, mode",
    [
        (
            "Workers at the Snowflake paper mill went on strike on Monday.",
            "strike",
            "PROTEST",
            "strike",
        ),
        ("Teachers staged a strike over pay in Nairobi.", "strike", "PROTEST", "strike"),
        ("Terry Waite was taken hostage by an armed Lebanese group.", "taken", "ASSAULT", "abduct"),
        ("Iranian troops inflicted severe losses on Iraqi troops.", "inflicted", "ASSAULT", None),
        ("The government despatched troops to the ports.", "despatched", "MOBILIZE", "troops"),
        # CAMEO codebook routes, in sentences written for the tests
        ("Thousands of workers voted to strike next week.", "strike", "PROTEST", "strike"),
        ("Japan delivered 500 tonnes of rice to North Korea.", "delivered", "AID", None),
        ("The United States supplied Israel with fighter jets.", "supplied", "AID", None),
        (
            "Troops from 12 countries took part in NATO exercises in Norway.",
            "exercises",
            "COOPERATE",
            None,
        ),
        ("The two countries normalised diplomatic relations.", "normalised", "SUPPORT", None),
        ("The IRA decommissioned its weapons.", "decommissioned", "RETREAT", "disarm"),
        ("The president branded the opposition traitors.", "branded", "ACCUSE", "disapprove"),
        ("Fighters reinforced their positions near the city.", "reinforced", "MOBILIZE", "troops"),
        ("Egypt and Sudan settled their border dispute.", "settled", "AGREE", None),
        ("Hundreds of marines were on alert at 11 key ports.", "were", "MOBILIZE", "troops"),
        (
            "The air force, navy and army are on alert, the general said.",
            "are",
            "MOBILIZE",
            "troops",
        ),
    ],
)
def test_new_routes(rule_coded, text, trigger, event_type, mode) -> None:
    got = rule_coded(text)
    assert (trigger, event_type, mode) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The union called off the strike on Friday.",
        "The air strike hit a school in the north.",
        "The gunmen struck at dawn.",
    ],
)
def test_no_labour_strike(rule_coded, text) -> None:
    assert not {t for t in rule_coded(text) if t[1] == "PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The company delivered strong results.",
        "The firm supplies parts to Boeing.",
        "The plan reinforced concerns about debt.",
    ],
)
def test_no_event_without_the_telling_object(rule_coded, text) -> None:
    assert rule_coded(text) == set()


@pytest.mark.parametrize(
    "text, coded",
    [
        # a rescue is AID when people held by someone are freed (labels/GUIDE.md), not after an
        # accident or a disaster
        ("Special forces rescued two hostages held by the militants.", {("rescued", "AID", None)}),
        ("At least seventeen people died and 35 were rescued, officials said.", set()),
        ("Firefighters rescued a family from the burning house.", set()),
        # an interview is no consultation; a talk between leaders is
        ("Aparna Garg discussed this initiative with Wikinews.", set()),
        ("The minister spoke to the BBC on Monday.", set()),
        ("Putin discussed the war with Erdogan.", {("discussed", "CONSULT", None)}),
    ],
)
def test_rescues_and_interviews(rule_coded, text, coded) -> None:
    assert rule_coded(text) == coded


@pytest.mark.parametrize(
    "text, coded",
    [
        # declining to act is a rejection; declining or refusing to comment is not (GUIDE)
        (
            "The Supreme Court declined to hear a case about citizenship.",
            {("declined", "REJECT", None)},
        ),
        ("The spokesman refused to comment.", set()),
        ("The minister declined to comment on the report.", set()),
        ("Prices declined sharply.", set()),
        ("Hospitals are on alert for new cases.", set()),
        # admitting a fact concedes nothing; admitting a mistake or one's own act does
        ("Laxalt bluntly admitted the Gates nomination is in trouble.", set()),
        ("The minister admitted that mistakes had been made.", {("admitted", "CONCEDE", None)}),
        # a thing that threatens makes no threat; people, groups and states do
        ("The global economy is threatened by instability in currency markets.", set()),
        ("Severe drought threatens to reduce the tea crop.", set()),
        # contests, economics and causes: no fight, no demand, no accusation
        ("The two teams fighting for an award are Bell and United Technologies.", set()),
        ("The opposition, already fighting an uphill election battle, faces controversy.", set()),
        ("He blamed recent price changes on unbalanced supply and demand.", set()),
        ("Israel blamed Hamas for the attack.", {("blamed", "ACCUSE", "allege")}),
        (
            "The United States blamed Russia's foreign intelligence service for the hack.",
            {("blamed", "ACCUSE", "allege")},
        ),
        (
            "Beet producers threatened to dump sugar into intervention stocks.",
            {("threatened", "THREATEN", None)},
        ),
    ],
)
def test_declining(rule_coded, text, coded) -> None:
    assert rule_coded(text) == coded


def test_the_reason_for_a_sentence_is_background(nlp) -> None:
    from chronist.events import find_events

    doc = nlp(
        "Judge Schwartz sentenced the Turpins to life in prison for torturing their children."
    )
    by_word = {doc[e.trigger[0]].text: e for e in find_events(doc)}
    assert by_word["sentenced"].event_type == "SANCTION" and not by_word["sentenced"].background
    assert by_word["torturing"].background
    assert by_word["torturing"].confidence < by_word["sentenced"].confidence

"""Armed groups, state forces and unnamed civilians of ACLED-style conflict notes (session 15:
misses of labels/acled_dev3.tsv and acled_dev4.tsv, where an event was dropped because its
actor resolved to nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.io import Article

pytestmark = pytest.mark.slow

DCT = dt.date(2024, 6, 30)


def _actors(pipeline, text, event_type):
    art = Article(doc_id="t", pub_date=DCT, title=None, text=text)
    events = [e for e in next(pipeline.code_articles([art]))[1] if e["event_type"] == event_type]
    assert events, f"no {event_type} coded"
    return [(a["name"], a["country"], a["sector"]) for a in events[0]["actors"]]


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        # an organisation's proper name before a member noun names the group
        ("Around 24 December 2021, Wagner Group personnel reportedly established a base near "
         "Modibo Keita International Airport in Bamako (Bamako).", "MOBILIZE",
         ("Wagner Group", "RUS", "MIL")),
        ("A CRPF bomb squad recovered and defused a 5-kg IED planted by Maoists under a road "
         "near Basaguda (Bijapur, Chhattisgarh).", "COERCE",
         ("Central Reserve Police Force", "IND", "COP")),
        # ... and so does an "of" phrase
        ("A 15-year-old girl was raped by a member of the Imbonerakure in Gahombo commune "
         "(Kayanza) on 5 February 2020.", "ASSAULT", ("Imbonerakure", "BDI", "PTY")),
        # a national police force by its own name, the country from the place
        ("Carabineros used water cannon to disperse secondary students staging a protest at a "
         "metro station in Santiago (Santiago, Metropolitana).", "ASSAULT",
         ("Chile police", "CHL", "COP")),
        # a common noun capitalised at the start of the sentence takes the event's country
        ("Pensioners held a rally outside the National Congress in Buenos Aires (Ciudad de "
         "Buenos Aires) against the presidential veto of a pension increase.", "PROTEST",
         ("Argentina civilians", "ARG", "CVL")),
    ],
)
def test_named_forces_and_groups(pipeline, text, event_type, actor):
    assert actor in _actors(pipeline, text, event_type)


def test_a_nationality_before_a_member_noun_is_still_the_state(pipeline):
    """"Russian forces" are Russia's military, not a named organisation."""
    assert _actors(pipeline, "Russian forces shelled Kharkiv on Monday.", "ASSAULT") == [
        ("Russia military", "RUS", "MIL")]


def test_sides_of_fighting_reported_between_two_groups(pipeline):
    """Both sides of "fighting was reported between X and Y" are actors, and "FARC
    dissidents" take the group named before them."""
    actors = _actors(pipeline, "Fighting was reported between the ELN and FARC dissidents of the "
                     "10th Front in a rural area of Arauquita (Arauquita, Arauca), leaving at least "
                     "6 combatants dead, according to local sources.", "ASSAULT")
    assert [(c, s) for _, c, s in actors] == [("COL", "REB"), ("COL", "REB")]
    assert actors[0][0] == "National Liberation Army (Colombia)"


def test_it_is_the_organisation_that_said_it(pipeline):
    actors = _actors(pipeline, "AFRICOM said it had conducted an airstrike against Al Shabaab "
                     "fighters near Jilib (Jilib, Middle Juba), killing 3 militants.", "ASSAULT")
    assert ("United States Military", "USA", "MIL") in actors


def test_it_is_not_a_person_who_said_it(pipeline):
    """A person is "he" or "she": "it" after a person's "said" stays unresolved."""
    art = Article(doc_id="t", pub_date=DCT, title=None,
                  text="John Smith said it had attacked the convoy near Kabul.")
    events = next(pipeline.code_articles([art]))[1]
    assert not [a for e in events for a in e["actors"] if a["text"] == "it"]


def test_a_proper_name_read_as_a_noun_names_the_group(pipeline):
    art = Article(doc_id="t", pub_date=DCT, title=None,
                  text="On 9 October 2020, Imbonerakure members assaulted a CNL supporter in Ngozi province.")
    (ev,) = [e for e in next(pipeline.code_articles([art]))[1] if e["event_type"] == "ASSAULT"]
    assert [(a["name"], a["country"]) for a in ev["actors"]] == [("Imbonerakure", "BDI")]
    # a party's supporter is a civilian: ACLED Violence against civilians, Attack
    assert ev["acled_type"] == {"event_type": "Violence against civilians", "sub_event_type": "Attack"}


def test_the_relative_pronoun_after_a_comma_is_its_noun(pipeline):
    art = Article(doc_id="t", pub_date=DCT, title=None,
                  text="On 9 November 2020, opposition supporters attempting to march to the electoral "
                       "commission in Dar es Salaam were blocked by police, who arrested party leaders "
                       "at the scene.")
    (ev,) = [e for e in next(pipeline.code_articles([art]))[1] if e["event_type"] == "COERCE"]
    assert [(a["text"], a["country"], a["sector"]) for a in ev["actors"]] == [("police", "TZA", "COP")]

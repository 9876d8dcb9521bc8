"""ACLED event and sub-event types from PLOVER type, mode and arguments (ACLED Codebook 2023)."""

from __future__ import annotations

import pytest

from chronist.events._acled import acled_type


def _sub(*args, **kw):
    lab = acled_type(*args, **kw)
    return None if lab is None else (lab["event_type"], lab["sub_event_type"])


def test_acled_protest_and_riot_subtypes():
    assert _sub("PROTEST", "demo", []) == ("Protests", "Peaceful protest")
    assert _sub("PROTEST", "riot", []) == ("Riots", "Violent demonstration")
    assert _sub("ASSAULT", "beat", [], ["PRO"]) == ("Riots", "Violent demonstration")
    assert _sub("ASSAULT", "firearms", ["PRO"], ["COP"]) == \
        ("Protests", "Excessive force against protesters")
    assert _sub("COERCE", "arrest", ["PRO"], ["COP"]) == ("Protests", "Protest with intervention")


def test_acled_violence_subtypes():
    assert _sub("ASSAULT", "drone", [], ["MIL"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert _sub("ASSAULT", None, ["CVL"], ["MIL"]) == ("Violence against civilians", "Attack")
    assert _sub("ASSAULT", None, ["MIL"], ["REB"]) == ("Battles", "Armed clash")
    assert _sub("ASSAULT", "abduct", ["CVL"], []) == \
        ("Violence against civilians", "Abduction/forced disappearance")


def test_crosswalk_context_in_the_mode_column_is_a_context():
    from chronist.events._plover import crosswalk

    e = crosswalk()["175"]  # "175: ASSAULT, pro_autocracy , military" in CAMEO2PLOVER-2021
    assert (e.event_type, e.mode, e.contexts) == ("ASSAULT", None, ("pro_autocracy", "military"))
    assert crosswalk()["173"].mode == "arrest"


def test_acled_seizures_of_territory_and_property():
    assert _sub("COERCE", "seize", [], ["MIL"], cameo_code="192", trigger_lemma="regain") == \
        ("Battles", "Government regains territory")
    assert _sub("COERCE", "seize", [], ["REB"], cameo_code="192", trigger_lemma="capture") == \
        ("Battles", "Non-state actor overtakes territory")
    assert _sub("COERCE", "seize", [], ["COP"], cameo_code="171") == \
        ("Strategic developments", "Looting/property destruction")
    assert _sub("COERCE", "seize", [], ["COP"], recipient_is_place=True, cameo_code="171") == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert _sub("COERCE", "arrest", ["OPP"], ["COP"]) == ("Strategic developments", "Arrests")
    assert _sub("ACCUSE", None, [], []) is None


def test_acled_from_arguments_and_means():
    assert _sub("ASSAULT", "firearms", [], ["MIL"], trigger_lemma="shoot down",
                weapon_words={"drone"}) == ("Strategic developments", "Disrupted weapons use")
    assert _sub("ASSAULT", "firearms", [], ["MIL"], trigger_lemma="shoot") == ("Battles", "Armed clash")
    assert _sub("ASSAULT", "explosives", [], ["REB"], weapon_words={"grenade"}) == \
        ("Explosions/Remote violence", "Grenade")
    assert _sub("ASSAULT", "beat", [], ["CVL"], actor_words={"villager"}) == ("Riots", "Mob violence")
    assert _sub("ASSAULT", "beat", ["AGR"], ["CVL"], actor_words={"settler"}) == \
        ("Violence against civilians", "Attack")
    # seizures: a weapons cache, a person, a place taken by a non-state armed group
    assert _sub("COERCE", "seize", [], ["COP"], weapon_words={"cache", "rifle"}) == \
        ("Strategic developments", "Disrupted weapons use")
    assert _sub("COERCE", "seize", ["JRN"], ["UAF"]) == \
        ("Violence against civilians", "Abduction/forced disappearance")
    assert _sub("COERCE", "seize", ["JRN"], ["COP"]) == ("Strategic developments", "Arrests")
    assert _sub("COERCE", "seize", [], ["REB"], recipient_is_place=True, cameo_code="171") == \
        ("Battles", "Non-state actor overtakes territory")
    assert _sub("MOBILIZE", "troops", [], ["REB"], weapon_words={"base"}) == \
        ("Strategic developments", "Headquarters or base established")
    assert _sub("RETREAT", "withdraw", [], ["MIL"]) == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert _sub("PROTEST", "riot", [], ["UAF"], trigger_lemma="loot") == \
        ("Strategic developments", "Looting/property destruction")
    assert _sub("PROTEST", "riot", [], ["PRO"], trigger_lemma="loot") == ("Riots", "Violent demonstration")
    assert _sub("ASSAULT", None, [], ["COP"], trigger_lemma="disperse", recipient_is_protest=True) == \
        ("Protests", "Protest with intervention")
    assert _sub("ASSAULT", None, [], ["COP"], trigger_lemma="disperse", recipient_is_protest=True,
                weapon_words={"ammunition", "live"}) == ("Protests", "Excessive force against protesters")
    assert _sub("SUPPORT", None, [], ["GOV"], cameo_code="057") == ("Strategic developments", "Agreement")
    assert _sub("SUPPORT", None, [], ["GOV"], cameo_code="051") is None


def test_acled_seizure_amid_fighting_is_a_battle():
    assert _sub("COERCE", "seize", [], ["REB"], recipient_is_place=True, cameo_code="171") == \
        ("Battles", "Non-state actor overtakes territory")
    assert _sub("COERCE", "seize", [], ["MIL"], recipient_is_place=True, cameo_code="171") == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert _sub("COERCE", "seize", [], ["MIL"], recipient_is_place=True, cameo_code="171",
                amid_fighting=True) == ("Battles", "Government regains territory")
    assert _sub("COERCE", "seize", [], [], recipient_is_place=True, cameo_code="192",
                amid_fighting=True) == ("Battles", "Non-state actor overtakes territory")
    # protesters or a firm "after clashes" or "after a bidding battle" take no territory by force
    assert _sub("COERCE", "seize", [], ["PRO"], recipient_is_place=True, cameo_code="192",
                amid_fighting=True) == ("Strategic developments", "Non-violent transfer of territory")
    assert _sub("PROTEST", "demo", [], [], state_intervened=True) == \
        ("Protests", "Protest with intervention")


def test_acled_violence_by_civilian_groups_is_a_riot():
    # ACLED Codebook 2023, "Riots": violence by demonstrators or by a spontaneous crowd
    assert _sub("ASSAULT", "destroy", ["COP"], ["EDU"], actor_protesting=True) == \
        ("Riots", "Violent demonstration")
    assert _sub("ASSAULT", None, ["COP"], ["EDU"], actor_is_group=True) == \
        ("Riots", "Violent demonstration")
    assert _sub("ASSAULT", None, [], ["CVL"], actor_is_group=True) == ("Riots", "Mob violence")
    assert _sub("PROTEST", "demo", [], ["EDU"], actor_violent=True) == ("Riots", "Violent demonstration")
    # one civilian, or an armed group, is no riot
    assert _sub("ASSAULT", None, ["CVL"], ["CVL"]) == ("Violence against civilians", "Attack")
    assert _sub("ASSAULT", None, ["CVL"], ["UAF"], actor_is_group=True) == \
        ("Violence against civilians", "Attack")
    assert _sub("ASSAULT", "abduct", ["CVL"], ["CVL"], actor_is_group=True) == \
        ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Rioters looted shops and set fire to cars in Durban.", ("Riots", "Violent demonstration")),
    ("Protesters threw stones at police in Khartoum.", ("Riots", "Violent demonstration")),
    ("Soldiers shot and killed two civilians at a checkpoint in Rakhine.",
     ("Violence against civilians", "Attack")),
    ("Government forces regained control of the town of Tessit from JNIM militants.",
     ("Battles", "Government regains territory")),
    ("Police arrested 12 protesters in Minsk.", ("Protests", "Protest with intervention")),
    # the weapon sets the mode: explosives, missiles (CAMEO 2.0 DETONATE, FIRE MISSILE)
    ("Taliban militants detonated an IED in Helmand.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Houthi forces fired a ballistic missile at Marib city.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Security forces dispersed protesters with live ammunition in Yangon.",
     ("Protests", "Excessive force against protesters")),
    ("Rebels seized control of the town of Kidal.",
     ("Battles", "Non-state actor overtakes territory")),
    # "riot police" is no riot; the police are the protest's recipient, not a co-actor
    ("Hundreds of demonstrators clashed with riot police in Santiago on Friday.",
     ("Riots", "Violent demonstration")),
    # the state's violence stays ASSAULT: the model's PROTEST reading does not retype it;
    # tear gas is crowd control, so the protest is one "with intervention" (ACLED Codebook:
    # dispersal without lethal weapons or serious injuries)
    ("Security forces fired tear gas at demonstrators in Khartoum.",
     ("Protests", "Protest with intervention")),
    ("Police dispersed a rally in Harare.", ("Protests", "Protest with intervention")),
    # the weapon or the attacker sets the remote-violence sub-event
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Israeli jets bombed targets in Gaza.", ("Explosions/Remote violence", "Air/drone strike")),
    ("Syrian government helicopters dropped barrel bombs on Idlib.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Gunmen hurled a grenade at a police station in Srinagar.",
     ("Explosions/Remote violence", "Grenade")),
    ("Government forces used chemical weapons against civilians in Ghouta.",
     ("Explosions/Remote violence", "Chemical weapon")),
    ("Ukrainian air defences shot down 12 Russian drones over Odesa.",
     ("Strategic developments", "Disrupted weapons use")),
    ("Soldiers raped women in a village in South Kivu.",
     ("Violence against civilians", "Sexual violence")),
    ("Villagers lynched a suspected thief in Kasai.", ("Riots", "Mob violence")),
    ("Armed men burned a school in Bamenda.",
     ("Strategic developments", "Looting/property destruction")),
    ("The government and the rebels signed a peace agreement in Juba.",
     ("Strategic developments", "Agreement")),
    # an abduction keeps its ASSAULT mode whatever other material-conflict type the model prefers
    ("Gang members kidnapped a pastor in Croix-des-Bouquets.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # the demonstration is the circumstance of the arrests, not an event of the police
    ("Police arrested 12 protesters during a demonstration in Minsk.",
     ("Protests", "Protest with intervention")),
    # a participle takes the device of its governing verb; the bomber is implied
    ("A landmine hit a minibus near Djibo, killing five passengers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Four teenagers were shot in Port Harcourt.", ("Violence against civilians", "Attack")),
    ("Unknown assailants tossed a grenade into a bar in Bujumbura.",
     ("Explosions/Remote violence", "Grenade")),
    ("Army troops engaged Al Shabaab fighters near Afgooye.", ("Battles", "Armed clash")),
    # violence by civilian groups is a riot: mob violence, or a violent demonstration when they
    # protest (the protest itself is then violent too)
    ("Youths from rival clans fought with machetes in Beledweyne.", ("Riots", "Mob violence")),
    ("Students protesting tuition fees set fire to a police car in Nairobi.",
     ("Riots", "Violent demonstration")),
    ("A group of youths beat a suspected thief to death in Kano.", ("Riots", "Mob violence")),
    # a vehicle or a person that runs into a mine is its victim
    ("A civilian truck struck a landmine in Hajjah.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Security forces forcibly disappeared a student activist in Karachi.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("The army installed a new base near Mopti.",
     ("Strategic developments", "Headquarters or base established")),
    ("Gunmen stole livestock from villagers in Zamfara.",
     ("Strategic developments", "Looting/property destruction")),
    # unidentified people are an unidentified armed group, no rioters; settlers are organised
    ("Unidentified men set fire to the office of the ruling party in Kasama.",
     ("Strategic developments", "Looting/property destruction")),
    ("A group of Israeli settlers attacked Palestinian farmers near Nablus.",
     ("Violence against civilians", "Attack")),
    # a weapon as subject implies the attacker; a participle reports the consequence of the
    # attack it follows, which keeps that attack's sub-event type
    ("Rockets hit a residential building in Odesa, killing three people.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Mortar rounds landed near a market in Mogadishu, wounding seven people.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Police fired live ammunition at protesters in Khartoum, killing two.",
     ("Protests", "Excessive force against protesters")),
    ("Police used tear gas to disperse demonstrators in Bogota.", ("Protests", "Protest with intervention")),
    # territory handed over or taken over without a fight
    ("UN peacekeepers handed over their camp in Tessalit to the Malian army.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("Malian armed forces took over the Ber camp after the UN mission left.",
     ("Strategic developments", "Non-violent transfer of territory")),
    # victims named by what they were doing are civilians: an attack, not a battle
    ("Police officers beat and shot a street vendor in Nairobi.", ("Violence against civilians", "Attack")),
    # a protest that state forces break up is a protest with intervention, both events
    ("Police broke up a march by teachers in Kampala.", ("Protests", "Protest with intervention")),
    ("Security forces dispersed a sit-in by unemployed graduates in Rabat.",
     ("Protests", "Protest with intervention")),
    # one-sided killing of someone not named as armed is an attack; the agent of coordinated
    # passives is the actor of both ("was shot and killed by")
    ("A teacher was shot and killed by masked gunmen in Cauca.", ("Violence against civilians", "Attack")),
    # a clash "between" two sides names both
    ("Heavy fighting broke out between the army and ADF rebels near Beni.", ("Battles", "Armed clash")),
    # weapons found or defused; territory surrendered or a base left; retaken towns
    ("Soldiers defused an explosive device planted on a road near Garissa.",
     ("Strategic developments", "Disrupted weapons use")),
    ("Soldiers recovered a cache of rifles and grenades in a forest near Dori.",
     ("Strategic developments", "Disrupted weapons use")),
    ("Government troops surrendered the town of Kamituga to the rebels without a fight.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("Government forces reasserted control over Tessit.", ("Battles", "Government regains territory")),
    # a named armed group's fighters are that group ("Houthi forces" are rebels, not an army)
    ("M23 fighters took over the town of Rubaya.", ("Battles", "Non-state actor overtakes territory")),
    # people protesting or demanding something, fired on or gassed by state forces
    ("Police lobbed tear gas at vendors protesting new market fees in Lagos.",
     ("Protests", "Protest with intervention")),
    ("Students blocked the main highway in Nakuru.", ("Protests", "Peaceful protest")),
    ("Russian forces used munitions containing chloropicrin and toxic chemical agents against "
     "Ukrainian positions.", ("Explosions/Remote violence", "Chemical weapon")),
])
def test_acled_from_short_conflict_reports(pipeline, text, expected):
    events = pipeline.code(text, "2021-03-06")
    labels = {(e["acled_type"]["event_type"], e["acled_type"]["sub_event_type"])
              for e in events if e["acled_type"]}
    assert labels == {expected}, [(e["event_type"], e["acled_type"]) for e in events]


@pytest.mark.slow
def test_protest_against_police_has_them_as_recipient(pipeline):
    events = pipeline.code("Hundreds of demonstrators clashed with riot police in Santiago on "
                           "Friday.", "2021-03-06")
    assert len(events) == 1  # "riot police" names no second event
    ev = events[0]
    assert [a["text"] for a in ev["actors"]] == ["Hundreds of demonstrators"]
    assert [r["text"] for r in ev["recipients"]] == ["riot police"]


@pytest.mark.slow
def test_implied_attacker_is_an_unidentified_armed_group(pipeline):
    events = pipeline.code("A roadside bomb exploded near a market in Kismayo.", "2021-03-06")
    assert len(events) == 1
    actor = events[0]["actors"][0]
    assert (actor["text"], actor["name"], actor["sector"], actor["country"]) == \
        (None, "Unidentified armed group", "UAF", "SOM")
    # the truck that struck a mine is its victim, not the attacker
    events = pipeline.code("A civilian truck struck a landmine in Hajjah.", "2021-03-06")
    assert [(a["name"], a["text"]) for a in events[0]["actors"]] == [("Unidentified armed group", None)]
    assert [r["text"] for r in events[0]["recipients"]] == ["A civilian truck"]
    # counted victims of a shooting are recipients, and the shooter is implied
    events = pipeline.code("Four teenagers shot at Pennsylvania graduation party", "2019-07-23")
    assert [a["name"] for a in events[0]["actors"]] == ["Unidentified armed group"]
    assert "Four teenagers" in [r["text"] for r in events[0]["recipients"]]
    # a striking worker strikes; it is no attack
    # (blocking the highway is a protest of its own: CAMEO 144 obstruct passage)
    events = pipeline.code("Striking transport workers blocked a highway outside Ambato.", "2021-03-06")
    assert sorted((e["event_type"], e["mode"], e["actors"][0]["text"]) for e in events) == \
        [("PROTEST", "obstruct", "Striking transport workers"),
         ("PROTEST", "strike", "Striking transport workers")]


def test_acled_scorer_counts_labels_per_description(tmp_path):
    from chronist.events.acled_evaluate import read_gold, score

    gold = tmp_path / "g.tsv"
    gold.write_text("id\tdate\ttext\tevent_type\tsub_event_type\n"
                    "a\t2021-03-06\tX fired rockets at Y.\tExplosions/Remote violence\t"
                    "Shelling/artillery/missile attack\n"
                    "a\t2021-03-06\tX fired rockets at Y.\tViolence against civilians\tAttack\n"
                    "b\t2021-03-06\tPolice arrested 3.\tStrategic developments\tArrests\n", "utf-8")
    rows = read_gold(gold)

    def ev(t, s):
        return {"acled_type": {"event_type": t, "sub_event_type": s}}

    fig = score(rows, {"a": [ev("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                             ev("Battles", "Armed clash")],
                       "b": [ev("Strategic developments", "Arrests"), {"acled_type": None}]})
    assert fig["recall"] == 2 / 3 and fig["precision"] == 2 / 3 and fig["n_coded"] == 3
    assert fig["per_sub"][("Violence against civilians", "Attack")] == [0, 1]
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tdate\ttext\tevent_type\tsub_event_type\nb\t6 March\tx\ty\tz\n", "utf-8")
    with pytest.raises(ValueError, match="line 2: bad date"):
        read_gold(bad)


@pytest.mark.slow
def test_breaker_findings_on_implied_attackers_and_new_rules(pipeline):
    """Ordinary news that the implied attacker and the new patterns must leave alone, and the
    attacks they must catch (a breaker session's findings)."""
    def labels(text):
        return {(e["acled_type"] or {}).get("sub_event_type") for e in pipeline.code(text, "2021-03-06")}

    for text in ("The new Marvel film bombed at the box office.",
                 "SpaceX rockets landed safely on the drone ship.",
                 "The missile landed in the Sea of Japan, the defence ministry said.",
                 "The Houston Rockets hit 20 three-pointers against the Lakers.",
                 "Four teenagers shot to fame after their video went viral.",
                 "The photo was shot on an iPhone.",
                 "She stole the show at the Oscars.",
                 "A drone crashed into a house in Kyiv, killing two."):
        assert pipeline.code(text, "2021-03-06") == [], text
    # engaging someone in dialogue is a consultation (the dialogue), no fight
    assert [e["event_type"] for e in pipeline.code("The president engaged opposition forces in "
                                                   "dialogue.", "2021-03-06")] == ["CONSULT"]
    # a named attacker with no sector is no unidentified armed group
    events = pipeline.code("The man was shot by his wife during an argument.", "2021-03-06")
    assert all(a["name"] != "Unidentified armed group" for e in events for a in e["actors"])
    assert labels("A suicide attack on a church in Lahore killed 15 people.") == {"Suicide bomb"}
    assert labels("A car bomb blast killed eight in Mogadishu.") == {"Remote explosive/landmine/IED"}
    assert labels("A bomb went off in a crowded market in Baghdad, killing 12 people.") == \
        {"Remote explosive/landmine/IED"}
    assert "Non-state actor overtakes territory" in labels(
        "Rebels seized the town after fierce clashes with government forces.")
    assert labels("Police arrested the man who had shot two protesters.") == {"Arrests"}
    assert labels("Unknown people stole the church bell.") == {"Looting/property destruction"}
    assert labels("Armed herders killed 20 villagers in Benue.") == {"Attack"}


@pytest.mark.slow
def test_clash_between_two_sides_names_both_as_actors(pipeline):
    events = pipeline.code("An armed clash occurred between Al Shabaab and Somali army troops "
                           "near Beledweyne.", "2023-07-10")
    assert [e["event_type"] for e in events] == ["ASSAULT"]
    assert {a["sector"] for a in events[0]["actors"]} == {"REB", "MIL"}


@pytest.mark.slow
def test_shot_and_killed_by_gives_the_agent_to_both_verbs(pipeline):
    events = pipeline.code("A social leader was shot and killed by unidentified armed men in "
                           "Tumaco.", "2020-01-12")
    assert [e["trigger"]["text"] for e in events] == ["shot", "killed"]
    assert all([a["text"] for a in e["actors"]] == ["unidentified armed men"] for e in events)
    assert all(a["sector"] == "UAF" for e in events for a in e["actors"])


@pytest.mark.slow
def test_protest_dispersed_by_gendarmes_is_one_intervention(pipeline):
    """The passive subject's protest participle is what the gendarmes dispersed; "using tear
    gas" is the means of the dispersal, not a second attack."""
    events = pipeline.code("Opposition supporters demonstrating in Conakry were dispersed by "
                           "gendarmes using tear gas.", "2022-07-29")
    got = sorted((e["event_type"], e["acled_type"]["sub_event_type"]) for e in events)
    assert got == [("ASSAULT", "Protest with intervention"), ("PROTEST", "Protest with intervention")]
    assert [a["sector"] for e in events if e["event_type"] == "ASSAULT" for a in e["actors"]] == ["COP"]


@pytest.mark.slow
def test_fighting_between_two_sides_as_a_gerund_names_both(pipeline):
    events = pipeline.code("Fighting between the Sudanese army and the RSF killed dozens in "
                           "Khartoum.", "2023-04-20")
    fighting = [e for e in events if e["trigger"]["text"] == "Fighting"]
    assert {a["sector"] for a in fighting[0]["actors"]} == {"MIL", "REB"}

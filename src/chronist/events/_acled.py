"""ACLED-style labels for conflict and protest events, derived from PLOVER type, mode and the
sectors of the actors and recipients.

ACLED event types and sub-event types follow the ACLED Codebook (2023), section "Event types
and sub-event types". The mapping (documented in docs/acled.md):

=========  =====================  ==============================================================
PLOVER     mode / arguments       ACLED (event type, sub-event type)
=========  =====================  ==============================================================
PROTEST    loot, armed actor      Strategic developments, Looting/property destruction
PROTEST    riot, or its actor     Riots, Violent demonstration
           attacks in the same
           sentence
PROTEST    done to by state       Protests, Protest with intervention ("security forces
           forces                 dispersed a sit-in")
PROTEST    other                  Protests, Peaceful protest
ASSAULT    lynch, or a mob actor  Riots, Mob violence ("villagers beat a suspected thief")
ASSAULT    actor PRO (rioters),   Riots, Violent demonstration ("protesters threw stones",
           or protesting or       "residents protesting power cuts set fire to an office",
           attacking state forces "students fought with police")
           civilians
ASSAULT    other civilian groups  Riots, Mob violence ("youths from two villages fought")
ASSAULT    intercept, shoot down  Strategic developments, Disrupted weapons use ("shot down
           a drone or missile     drones")
ASSAULT    unconventional         Explosions/Remote violence, Chemical weapon
ASSAULT    grenade                Explosions/Remote violence, Grenade
ASSAULT    aerial, drone          Explosions/Remote violence, Air/drone strike
ASSAULT    explosives             Explosions/Remote violence, Remote explosive/landmine/IED
ASSAULT    suicide-attack         Explosions/Remote violence, Suicide bomb
ASSAULT    heavy-weapons          Explosions/Remote violence, Shelling/artillery/missile attack
ASSAULT    abduct                 Violence against civilians, Abduction/forced disappearance
ASSAULT    sexual                 Violence against civilians, Sexual violence
ASSAULT    destroy                Strategic developments, Looting/property destruction
ASSAULT    state actor on PRO     Protests, Protest with intervention when dispersed without
           or on a protest        lethal means or with crowd-control weapons (tear gas), else
                                  Excessive force against protesters ("fired on a rally",
                                  "dispersed with live ammunition")
ASSAULT    crowd-control by state Protests, Protest with intervention (tear gas, baton charge)
           forces, no armed
           recipient
ASSAULT    recipient CVL/PRO/...  Violence against civilians, Attack
ASSAULT    other                  Battles, Armed clash
COERCE     recipient PRO or a     Protests, Protest with intervention (arrests, dispersal)
           protest
COERCE     arrest                 Strategic developments, Arrests
COERCE     192 or a place seized  Battles, Government regains territory ("regained control",
           regain by state, or    or a seizure amid fighting reported in the same sentence)
           by state amid fighting
COERCE     192 or a place seized  Battles, Non-state actor overtakes territory
           by non-state armed,
           or by others amid
           fighting
COERCE     192 or a place, other  Strategic developments, Non-violent transfer of territory
COERCE     seize, arms            Strategic developments, Disrupted weapons use (a cache)
COERCE     seize, a person        Strategic developments, Arrests by the state; else Violence
                                  against civilians, Abduction/forced disappearance
COERCE     seize, other           Strategic developments, Looting/property destruction
COERCE     other                  Strategic developments, Other
MOBILIZE   a base or camp         Strategic developments, Headquarters or base established
MOBILIZE   other                  Strategic developments, Other
RETREAT    withdraw, armed actor  Strategic developments, Non-violent transfer of territory
           or a place handed over
RETREAT    release by exchange    Strategic developments, Agreement (a prisoner swap)
RETREAT    ceasefire / AGREE      Strategic developments, Agreement
SUPPORT    057 (sign agreement)   Strategic developments, Agreement
=========  =====================  ==============================================================
Other types get no ACLED label (``None``).

A subjectless participle that reports the consequence of an ASSAULT ("shelled the town,
killing 4 civilians") takes that ASSAULT's label (``chronist.events._record``). An attack
reported without an attacker has the implied actor "Unidentified armed group" (sector UAF).
"""

from __future__ import annotations

from chronist.events._lexicon import ENTER_VERBS

_CIVILIAN = frozenset("CVL PRO JRN EDU REF LAB MED REL AGR BUS".split())
#: State forces whose violence against protesters ACLED codes as "Excessive force".
_STATE = frozenset("GOV MIL COP".split())
_NON_STATE_ARMED = frozenset("REB UAF INS SEP".split())
#: Violence done by one side to a person, not fought between two ("killed", "shot",
#: "beheaded"); "attacked" and "clashed" may be either.
_ONE_SIDED = frozenset("kill murder shoot behead stab hack execute assassinate assassination "
                       "massacre torture gun slit strangle burn".split())
#: Recipients whose presence makes an attack a fight between armed sides.
_ARMED_TARGETS = frozenset("MIL COP REB UAF INS SEP".split())
_REGAIN = frozenset("regain recapture retake retook reassert".split())
#: Armed actors: their looting is property destruction, not a riot (ACLED Codebook 2023,
#: "Looting/property destruction").
_ARMED = _STATE | _NON_STATE_ARMED

#: Actors of mob violence (ACLED Codebook 2023, "Mob violence": rioters acting in a
#: spontaneous group).
_MOB = frozenset("mob mobs crowd crowds villager villagers resident residents youth youths "
                 "local locals".split())
#: Civilian-sounding groups that ACLED codes as organised (identity militias, settlers): their
#: violence against civilians is an attack, not a riot.
_MILITIA_LIKE = frozenset("settler settlers militia militias militiaman militiamen herder herders "
                          "vigilante vigilantes".split())
#: Thefts: looting, whatever was taken.
_THEFT = frozenset("steal rustle rob".split())
#: Weapons whose seizure is "Disrupted weapons use" (a cache, arms, explosives).
_ARMS = frozenset("weapon weapons arm arms rifle rifles gun guns ammunition cache explosive "
                  "explosives grenade grenades ied bomb bombs".split())
#: Nouns for people: seizing them is an arrest or an abduction, not looting.
_PEOPLE = frozenset("suspect suspects person people man men woman women child children "
                    "activist activists member members civilian civilians worker workers".split())
#: Bases and camps: setting one up is "Headquarters or base established".
_BASES = frozenset("base camp outpost headquarters post garrison".split())
#: Lethal means: dispersing protesters with them is excessive force (ACLED Codebook 2023).
_LETHAL = frozenset("ammunition live bullet bullets gun guns gunfire firearm firearms".split())
#: Projectiles whose interception is "Disrupted weapons use" (ACLED Codebook 2023).
_PROJECTILES = frozenset("drone drones uav missile missiles rocket rockets shell shells".split())


def acled_type(event_type: str, mode: str | None, recipient_sectors: list[str | None],
               actor_sectors: list[str | None] = (), *, recipient_is_place: bool = False,
               cameo_code: str | None = None, trigger_lemma: str | None = None,
               weapon_words: frozenset[str] | set[str] = frozenset(),
               recipient_is_protest: bool = False,
               actor_words: frozenset[str] | set[str] = frozenset(),
               actor_protesting: bool = False, actor_is_group: bool = False,
               actor_violent: bool = False, state_intervened: bool = False,
               amid_fighting: bool = False) -> dict | None:
    """ACLED event type and sub-event type of a PLOVER event (see the module table).

    Parameters
    ----------
    event_type, mode : str
        PLOVER type and mode.
    recipient_sectors, actor_sectors : list of str or None
        PLOVER sectors of the recipients and actors (``PRO`` for protesters and rioters).
    recipient_is_place : bool
        Whether a recipient is a place (a town, territory or base): a seizure is then a
        transfer of territory, else of property.
    cameo_code, trigger_lemma : str or None
        CAMEO 192 (occupy territory) is a battle for territory when state forces regain it
        (trigger regain, recapture, retake) or non-state armed groups take it. The trigger
        lemma carries its particle ("shoot down").
    weapon_words : set of str
        Lemmas naming the means of a violent act (:func:`chronist.events._coder.weapon_words`):
        a grenade, or the drone or missile that was shot down.
    recipient_is_protest : bool
        Whether the event is done to a protest ("dispersed a rally", "arrested 30 people at a
        rally"): its participants are the protesters.
    actor_words : set of str
        Head lemmas of the actors: a mob, crowd or villagers commit mob violence.
    actor_protesting : bool
        Whether an actor is protesting ("residents protesting power cuts threw stones").
    actor_is_group : bool
        Whether an actor is a group named by a plural or counted noun ("youths", "students").
        Violence by a group of civilians is a riot (ACLED Codebook 2023, "Riots": violent
        demonstrators, or rioters in mob violence), not an armed clash or an attack by an
        organised armed group: a violent demonstration when the group protests or attacks state
        forces, else mob violence.
    actor_violent : bool
        Whether an actor of a PROTEST commits an ASSAULT in the same sentence: the
        demonstration is then violent ("students protesting fees set fire to a police car").
    state_intervened : bool
        Whether state forces act on the PROTEST ("security forces dispersed a sit-in"): a
        protest with intervention (ACLED Codebook 2023, "Protest with intervention").
    amid_fighting : bool
        Whether the sentence of a seizure of territory also reports fighting: the territory then
        changes hands in a battle (state forces regain it, others overtake it), not peacefully.

    Returns
    -------
    dict or None
        ``{"event_type": ..., "sub_event_type": ...}`` (ACLED Codebook 2023), or ``None`` for
        types ACLED does not code.
    """
    def lab(t: str, s: str) -> dict:
        return {"event_type": t, "sub_event_type": s}

    phrase = trigger_lemma or ""
    trigger_lemma = phrase.split(" ")[0]
    to_protesters = "PRO" in recipient_sectors or recipient_is_protest
    armed = any(s in _ARMED for s in actor_sectors)
    if event_type == "PROTEST":
        if trigger_lemma in ("loot", "looting") and armed:
            return lab("Strategic developments", "Looting/property destruction")
        if mode == "riot" or actor_violent:
            return lab("Riots", "Violent demonstration")
        if state_intervened:
            return lab("Protests", "Protest with intervention")
        return lab("Protests", "Peaceful protest")
    if event_type == "ASSAULT":
        if trigger_lemma in ("lynch", "lynching") or (actor_words & _MOB and not armed
                                                       and not actor_words & _MILITIA_LIKE):
            return lab("Riots", "Mob violence")
        civilians = bool(actor_sectors) and all(s in _CIVILIAN for s in actor_sectors)
        if "PRO" in actor_sectors or (civilians and actor_protesting):
            return lab("Riots", "Violent demonstration")
        # a grenade, bomb, rocket or chemical is remote violence by whoever uses it ("a grenade
        # was lobbed at the police station by two men"), not a riot
        armed_means = "grenade" in weapon_words or mode in (
            "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "unconventional")
        if civilians and actor_is_group and mode not in ("abduct", "sexual") \
                and not armed_means and not actor_words & _MILITIA_LIKE:
            if any(s in _STATE for s in recipient_sectors):
                return lab("Riots", "Violent demonstration")  # "students fought with police"
            return lab("Riots", "Mob violence")
        if phrase in ("intercept", "shoot down") and weapon_words & _PROJECTILES:
            return lab("Strategic developments", "Disrupted weapons use")
        if mode == "unconventional":
            return lab("Explosions/Remote violence", "Chemical weapon")
        if "grenade" in weapon_words:
            return lab("Explosions/Remote violence", "Grenade")
        if mode == "destroy":
            return lab("Strategic developments", "Looting/property destruction")
        remote = {"aerial": "Air/drone strike", "drone": "Air/drone strike",
                  "explosives": "Remote explosive/landmine/IED", "suicide-attack": "Suicide bomb",
                  "heavy-weapons": "Shelling/artillery/missile attack"}
        if mode in remote:
            return lab("Explosions/Remote violence", remote[mode])
        if mode == "abduct":
            return lab("Violence against civilians", "Abduction/forced disappearance")
        if mode == "sexual":
            return lab("Violence against civilians", "Sexual violence")
        if to_protesters and any(s in _STATE for s in actor_sectors):
            if mode == "crowd-control" or (phrase in ("disperse", "break up") and not weapon_words & _LETHAL):
                return lab("Protests", "Protest with intervention")  # tear gas, dispersal
            return lab("Protests", "Excessive force against protesters")
        if mode == "crowd-control" and any(s in _STATE for s in actor_sectors) \
                and not any(s in _ARMED_TARGETS for s in recipient_sectors):
            return lab("Protests", "Protest with intervention")  # tear gas, baton charges: a crowd
        if any(s in _CIVILIAN for s in recipient_sectors):
            return lab("Violence against civilians", "Attack")
        if trigger_lemma in _ONE_SIDED and not any(s in _ARMED_TARGETS for s in recipient_sectors) \
                and (recipient_sectors or not any(s in _STATE for s in actor_sectors)):
            # "a social leader was shot and killed by unidentified armed men": one-sided
            # killing of someone not named as armed is an attack, not a battle (ACLED Codebook
            # 2023: armed clashes need two organised armed sides); state forces shooting at
            # someone unnamed stay a clash
            return lab("Violence against civilians", "Attack")
        return lab("Battles", "Armed clash")
    if event_type == "COERCE":
        if to_protesters:
            return lab("Protests", "Protest with intervention")
        if mode == "arrest":
            return lab("Strategic developments", "Arrests")
        if mode == "seize" and ((cameo_code or "").startswith("192") or recipient_is_place):
            state = any(s in _STATE for s in actor_sectors)
            if trigger_lemma in ENTER_VERBS and not amid_fighting:
                # "moved into the town without fighting" (the coder codes such an entry only
                # when the text says nobody resisted): no battle (ACLED Codebook 2023)
                return lab("Strategic developments", "Non-violent transfer of territory")
            if state and (trigger_lemma in _REGAIN or phrase in ("take back", "win back") or amid_fighting):
                return lab("Battles", "Government regains territory")
            if any(s in _NON_STATE_ARMED for s in actor_sectors) or (
                    amid_fighting and not any(actor_sectors)):  # an unnamed group; not protesters or a firm
                return lab("Battles", "Non-state actor overtakes territory")
            return lab("Strategic developments", "Non-violent transfer of territory")
        if mode == "seize" and trigger_lemma in _THEFT:
            return lab("Strategic developments", "Looting/property destruction")
        if mode == "seize" and weapon_words & _ARMS:
            return lab("Strategic developments", "Disrupted weapons use")  # a weapons cache
        if mode == "seize" and (any(recipient_sectors) or weapon_words & _PEOPLE):  # people seized
            return lab("Strategic developments", "Arrests") if any(s in _STATE for s in actor_sectors) \
                else lab("Violence against civilians", "Abduction/forced disappearance")
        if mode == "seize":
            return lab("Strategic developments", "Looting/property destruction")
        return lab("Strategic developments", "Other")
    if event_type == "MOBILIZE":
        if weapon_words & _BASES:
            return lab("Strategic developments", "Headquarters or base established")
        return lab("Strategic developments", "Other")
    if event_type == "RETREAT" and mode == "withdraw" and (armed or recipient_is_place) \
            and not amid_fighting:  # forces that abandon their posts in a battle are part of it
        return lab("Strategic developments", "Non-violent transfer of territory")
    if event_type == "RETREAT" and mode == "release" and trigger_lemma in ("exchange", "swap", "trade"):
        return lab("Strategic developments", "Agreement")  # a prisoner exchange
    if (event_type == "RETREAT" and mode == "ceasefire") or event_type == "AGREE" \
            or (event_type == "SUPPORT" and (cameo_code or "").startswith("057")):
        return lab("Strategic developments", "Agreement")
    return None

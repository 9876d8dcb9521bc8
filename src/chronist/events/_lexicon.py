"""The curated PLOVER trigger lexicon: lemma -> CAMEO code (and optional PLOVER mode).

Each line is ``lemma  POS  CAMEO  [mode]``; POS is V (verb), N (noun) or * (both). The PLOVER
type and default mode come from the CAMEO code through the crosswalk (CAMEO2PLOVER-2021.txt);
a mode given here overrides it (PLOVER manual 2.0 mode tables, e.g. PROTEST "demo", ASSAULT
"aerial"). Multi-word entries (``call for``, ``step down``) are verb + particle/preposition.
Entries follow the CAMEO codebook verb lists (CAMEO 1.1b3) and PLOVER manual 2.0 definitions
(a past form the lemmatizer leaves as it is, "retook", is listed as it is).
"""

from __future__ import annotations

_TABLE = """
agree V 030
brand V 111
pledge V 030
pledge N 030
promise V 030
assure V 030
vow_to V 030
commit_to V 030
discussion N 040
discussions N 040
deliberate V 040
sign V 057
ratify V 057
meet V 040
meeting N 040
talk V 040
talks N 040
discuss V 040
negotiate V 046
negotiation N 046
consultation N 040
consultations N 040
summit N 040
videoconference N 041 phone
video-conference N 041 phone
teleconference N 041 phone
tribute N 051
visit * 042 visit
host V 043 visit
consult V 040
mediate V 044
mediation N 044
praise V 051
hail V 051
thank V 051
congratulate V 051
support V 051
recognise V 054
endorse V 051
commend V 051
welcome V 051
apologize V 080
regret V 080
apologise V 080
pardon * 080
amnesty N 080
recognize V 054
forgive V 056
concede V 080
cooperate V 060
cooperation N 060
collaborate V 060
extradite V 063
aid N 070
assistance N 070
donate V 070
donation N 070
release V 0841 release
free V 0841 release
withdraw V 0872 withdraw
cede V 0872 withdraw
surrender V 084
rescue V 070
withdrawal N 0872 withdraw
retreat V 0872 withdraw
pull_out V 0872 withdraw
resign V 084 resign
resignation N 084 resign
step_down V 084 resign
ceasefire N 0871 ceasefire
cease-fire N 0871 ceasefire
truce N 0871 ceasefire
disarm V 087 disarm
ask V 020
request * 020
demand * 100
urge V 020
call_for V 020
call_on V 020
call N 020
appeal * 020
plead V 020
press_for V 020
accuse V 112 allege
blame * 112 allege
allege V 112 allege
condemn V 111 disapprove
condemnation N 111 disapprove
criticize V 111 disapprove
criticise V 111 disapprove
criticism N 111 disapprove
denounce V 111 disapprove
decry V 111 disapprove
deplore V 111 disapprove
slam V 111 disapprove
investigate V 090 investigate
tip_off V 064
investigation N 090 investigate
probe N 090 investigate
inquiry N 090 investigate
enquiry N 090 investigate
sue V 115 allege
indict V 1121 allege
impeach V 112 allege
charge V 1121 allege
reject V 120
refuse V 120
rebuff V 120
veto V 1232
vote_down V 120
oppose V 120
threaten V 130
threat N 130
warn V 130
ultimatum N 1313
protest * 141 demo
demonstrate V 141 demo
demonstration N 141 demo
rally * 141 demo
march * 141 demo
sit-in N 141 demo
riot * 145 riot
loot V 145 riot
steal V 1711 seize
rustle V 1711 seize
looting N 145 riot
boycott * 143 boycott
blockade * 144 obstruct
hunger_strike N 142 hunger
walkout N 143 strike
sanction * 160
expel V 166 expel
expulsion N 166 expel
embargo * 163
deploy V 152 troops
patrol V 150
deployment N 152 troops
reinforcement N 152 troops
reinforcements N 152 troops
mobilize V 150
mobilise V 150
arrest * 173 arrest
detain V 173 arrest
round_up V 173 arrest
apprehend V 173 arrest
detention N 173 arrest
jail V 173 arrest
imprison V 173 arrest
sentence V 160 convict
sentence N 160 convict
convict V 160 convict
conviction N 160 convict
deport V 174 deport
deportation N 174 deport
seize V 171 seize
confiscate V 171 seize
raid * 171 seize
curfew N 1723 curfew
ban * 1722 restrict
censor V 172 censor
crackdown N 172 restrict
crack_down V 172 restrict
occupy V 192 seize
attack * 190
assault * 180
kill V 190
killing N 190
shoot V 193 firearms
shooting N 193 firearms
gunfire N 193 firearms
shell V 194 heavy-weapons
shelling N 194 heavy-weapons
bomb V 183 explosives
blow_up V 183 explosives
detonate V 183 explosives
disperse V 175
bombing N 183 explosives
bombard V 195 heavy-weapons
bombardment N 195 heavy-weapons
airstrike N 195 aerial
air_strike N 195 aerial
strike * 190
fight V 190
fighting N 190
clash * 190
clashes N 190
battle * 190
invade V 192 seize
invasion N 192 seize
offensive N 190
abduct V 181 abduct
kidnap V 181 abduct
abduction N 181 abduct
kidnapping N 181 abduct
hijack V 181 abduct
torture * 1822 torture
beat V 182 beat
assassinate V 185 targeted
assassination N 185 targeted
execute V 185 targeted
massacre * 200 targeted
stab V 1823 primitive
wound V 190
injure V 190
ambush * 190
fire V 193 firearms
storm V 190
capture V 192 seize
recapture V 192 seize
retake V 192 seize
target V 190
airstrikes N 195 aerial
back V 051
back_down V 080
bow_to V 080
give_in V 080
cave_in V 080
rule_out V 120
fine V 160 convict
loan V 070
lend V 070
rape V 1821 sexual
molest V 1821 sexual
lynch V 1823 beat
lynching N 1823 beat
demolish V 1712 destroy
destroy V 1712 destroy
raze V 1712 destroy
torch V 1712 destroy
burn V 1712 destroy
arson N 1712 destroy
vandalise V 1712 destroy
vandalize V 1712 destroy
ransack V 1712 destroy
pelt V 182 beat
retook V 192 seize
explode V 183 explosives
overrun V 192 seize
confer V 040
kick_out V 166 expel
station V 152 troops
call_up V 152 troops
call_off V 080
spurn V 120
rebuff V 120
snub V 120
brush_aside V 120
phone V 041 phone
telephone V 041 phone
phone_call N 041 phone
video_call N 041 phone
telephone_call N 041 phone
laud V 051
applaud V 051
ink V 057
acquit V 080
disburse V 070
vacate V 0872 withdraw
pull_back V 0872 withdraw
quit V 084 resign
lash_out V 111 disapprove
turn_down V 120
walk_out V 143 strike
walk_off V 143 strike
stoppage N 143 strike
punch V 182 beat
retaliate V 160
press V 020
rock V 183 explosives
overran V 192 seize
pound V 190
vigil N 141 demo
dialogue N 040
mobilisation N 154 troops
mobilization N 154 troops
trip N 042 visit
defy V 128
cleansing N 203 cleansing
baton-charge * 175 crowd-control
lathi-charge * 175 crowd-control
arraign V 1121 allege
offer_to V 030
cyberattack N 170 cyber
cyber-attack N 170 cyber
"""


def _parse(table: str) -> dict[str, list[tuple[str, str, str | None]]]:
    lex: dict[str, list[tuple[str, str, str | None]]] = {}
    for line in table.strip().splitlines():
        parts = line.split()
        lemma = parts[0].replace("_", " ")
        mode = parts[3] if len(parts) > 3 else None
        lex.setdefault(lemma, []).append((parts[1], parts[2], mode))
    return lex


#: lemma (space-joined for multi-word) -> [(POS, CAMEO code, mode or None)]
TRIGGERS: dict[str, list[tuple[str, str, str | None]]] = _parse(_TABLE)

#: Nouns that make a saying/considering verb an accusation ("claim it's an attempted coup").
ACCUSATION_NOUNS: frozenset[str] = frozenset(
    "coup aggression genocide terrorism terrorist crime criminal fraud corruption violation "
    "provocation lie lies propaganda occupation atrocity atrocities massacre treason traitor "
    "war-crime sabotage interference meddling".split()
)
#: Verbs that become ACCUSE when their complement holds an accusation noun.
CLAIM_VERBS: frozenset[str] = frozenset(
    "claim call describe consider label brand term regard characterize characterise".split()
)
#: Triggers that are events only with an agent: "the crash killed seven" is not an ASSAULT.
NEEDS_AGENT: frozenset[str] = frozenset(
    "kill wound injure damage destroy hit strike shoot fire bomb explode beat execute burn torch "
    "demolish raze".split()
)
#: Words in a REQUEST/REJECT complement that set its mode (PLOVER manual 2.0, REQUEST modes).
MODE_CUES: tuple[tuple[frozenset[str], str, str], ...] = (
    (frozenset("resign resignation step ouster removal quit leave impeachment".split()), "change", "1041"),
    (frozenset("reform change election elections referendum policy".split()), "change", "104"),
    (frozenset("aid help assistance support loan funds supplies weapons".split()), "assist", "103"),
    (frozenset("release ceasefire cease-fire truce withdrawal withdraw lift".split()), "yield", "105"),
    (frozenset("talks meeting negotiations dialogue summit meet negotiate".split()), "meet", "106"),
)
#: Things thrown: stones and firebombs (CAMEO 182), grenades and bombs (183).
_THROWN = [("stone rock brick bottle molotov firebomb petrol", "182", "beat"),
           ("grenade bomb explosive", "183", "explosives")]
#: Whom a government lets in: inspectors or monitors (CAMEO 0862), aid (0863).
#: Verbs of forces moving into a place: with a word that says nobody resisted, a takeover
#: without a fight (CAMEO 192 occupy territory; ACLED Non-violent transfer of territory).
ENTER_VERBS: frozenset[str] = frozenset("enter move march roll walk sweep".split())
#: Positions and places abandoned by a force: a withdrawal (CAMEO 0872).
_ABANDONED = ("camp base outpost post town city village position positions territory area "
              "stronghold PLACE", "0872", "withdraw")
#: Heavy weapons massed near a border (CAMEO 2.0: MASS / AMASS TROOPS [154]).
_MASSED_ARMS = ("tank tanks artillery armour armor missile missiles", "152", "troops")
_LET_IN = [("inspector inspectors monitor monitors", "0862", "access"),
           ("aid convoy convoys", "0863", "access")]
#: What is sent, dispatched, rushed or airlifted: forces (CAMEO 152/154 mobilize) or aid (070).
_DISPATCHED = [("troop soldier force warship jet police reinforcement carrier fighter officer "
                "personnel paratrooper marine battalion brigade submarine bomber", "152", "troops"),
               ("aid assistance supply food medicine relief rescuer rescue doctor hospital shelter "
                "tent blanket biscuit vaccine dose", "070", None),
               # weapons sent to another country: military aid [072]
               ("weapon arm missile ammunition tank battery howitzer artillery rifle drone "
                "launcher", "072", None)]
_PEACEKEEPING = [("peacekeeper peacekeepers peacekeeping", "074", None)]
#: Disputes resolved or settled, agreements secured (PLOVER AGREE).
_DISPUTES = "dispute disputes conflict row standoff stand-off difference differences feud quarrel"
_AGREEMENTS = "agreement accord deal pact treaty settlement compromise ceasefire truce"
#: Food delivered or supplied to a country or people in need (CAMEO 073 humanitarian aid).
_FOOD_AID = ("rice grain wheat flour maize corn", "070", None)
#: Weapons delivered or supplied to another country or force (CAMEO 072 military aid).
_SUPPLIED_WEAPONS = ("weapon arm missile ammunition tank battery howitzer artillery rifle drone launcher "
                     "jet warplane aircraft helicopter fighter", "072", None)
#: What is halted or suspended: trade (CAMEO 16x), negotiations (164 halt negotiations), aid
#: payments (162 reduce or stop aid).
#: Aid blocked, delayed, withheld or cancelled (CAMEO 162 reduce or stop material aid).
_AID_STOPPED = ("aid assistance", "162", "discontinue")
_HALTED = [("import export shipment trade membership", "160", None),
           ("talk talks negotiation negotiations dialogue", "164", "withdraw"),
           ("aid disbursement disbursements lending funding assistance financing", "162", "discontinue")]
#: What is shut down: media and the internet (CAMEO 1721 restrict freedom of speech).
_SHUT = [("internet website newspaper station broadcaster channel network outlet", "1721", "censor")]
#: Utilities shut off or suspended (PLOVER manual 2.0, COERCE withhold: "shut off power,
#: internet, water").
_WITHHELD = [("electricity power phone telephone water gas", "172", "withhold")]
#: What is resumed or restored: relations (054), trade or flights (061), talks (040).
_RESUMED = [("tie relation embassy", "054", None),
            ("flight trade cooperation service link route train traffic", "061", None),
            ("talk talks negotiation negotiations dialogue", "040", None)]
#: A policy dropped under pressure (CAMEO 0832 accede to demands for change in policy).
_POLICY_DROPPED = ("bill tax plan law proposal reform hike increase levy policy project decree "
                   "amendment", "0832", None)
#: Aid handed over (070) and information shared (064).
_GIVEN_AID = ("vessel ship aircraft equipment aid vehicle boat donation", "070", None)
_SHARED_INFO = ("recording evidence intelligence information document file", "064", None)
#: Handed back: territory (0872 withdraw) or property (0842 return).
_RETURNED = [("territory district region town city village island area", "0872", "withdraw"),
             ("artefact artifact bronze treasure property remains relic painting", "0842", "return")]
#: Prisoners exchanged or swapped: a mutual release (CAMEO 0841 release persons; ACLED codes
#: prisoner exchanges as "Agreement").
_SWAPPED = ("prisoner prisoners detainee detainees captive captives hostage hostages pow pows",
            "0841", "release")
#: Weapons found or defused (ACLED "Disrupted weapons use").
_WEAPONS_FOUND = ("cache ied bomb explosive explosives landmine weapon weapons ammunition rocket "
                  "rockets grenade grenades")
#: Verbs that are events only with certain objects: verb -> [(object lemmas, CAMEO, mode)]
#: (CAMEO codebook: 0331 "provide economic aid", 152 "increase military alert/deploy troops",
#: 161 "reduce or break diplomatic relations", 085 "ease economic sanctions", 193 "fight with
#: small arms"). The pseudo-lemma ``PLACE`` stands for an object named as a place (a GPE, LOC
#: or FAC entity, or an untagged proper noun: "took back Moqokori").
OBJECT_TRIGGERS: dict[str, tuple[tuple[frozenset[str], str, str | None], ...]] = {
    verb: tuple((frozenset(objs.split()), code, mode) for objs, code, mode in rows)
    for verb, rows in {
        # SEND / DEPLOY PEACEKEEPERS [074 provide military protection or peacekeeping]
        "send": _PEACEKEEPING + _DISPATCHED + [("congratulation congratulations", "051", None)],
        "dispatch": _PEACEKEEPING + _DISPATCHED,
        "despatch": _PEACEKEEPING + _DISPATCHED,  # British spelling
        # CAMEO codebook 070-072: SUPPLY + aid, food or weapons ("supplied the army with
        # rifles": the "with" object counts, see _object_lemmas); DELIVER is further down
        "supply": [_DISPATCHED[1], _SUPPLIED_WEAPONS, _FOOD_AID],
        # CAMEO 154 (mobilize or increase armed forces): REINFORCE + forces or positions
        "reinforce": [_DISPATCHED[0], ("position line defence defense presence garrison",
                                       "154", "troops")],
        # CAMEO 0873 (demobilize): DECOMMISSION weapons
        "decommission": [("weapon arm arsenal", "0873", "disarm")],
        # PLOVER AGREE (CAMEO 03): RESOLVE / SETTLE a dispute; SECURE an agreement
        "resolve": [(_DISPUTES, "030", None)], "settle": [(_DISPUTES, "030", None)],
        "secure": [(_AGREEMENTS, "030", None)],
        # SIGN + an agreement [057 sign formal agreement]: multi-word evidence, which the
        # learned model does not retype (a signing is SUPPORT, labels/GUIDE.md)
        "sign": [("agreement accord deal pact treaty settlement compromise memorandum protocol "
                  "declaration communique charter convention", "057", None)],
        # CAMEO 054: NORMALISE / UPGRADE / ELEVATE relations or ties
        "normalise": [("tie relation", "054", None)], "normalize": [("tie relation", "054", None)],
        "upgrade": [("tie relation", "054", None)], "elevate": [("tie relation", "054", None)],
        "deploy": _PEACEKEEPING, "rush": _DISPATCHED,
        "airlift": _DISPATCHED, "ship": _DISPATCHED[1:],
        "order": [("inquiry investigation probe", "090", "investigate")],
        # CAMEO 2.0: MASS / AMASS TROOPS [154]; RAISE / HEIGHTEN ALERT [152]
        "mass": _DISPATCHED[:1] + [_MASSED_ARMS], "amass": _DISPATCHED[:1] + [_MASSED_ARMS],
        "raise": [("alert readiness", "152", "troops")],
        "heighten": [("alert readiness", "152", "troops")],
        # CAMEO 2.0 verb dictionary, REACH + &TREATY / DEAL / UNDERSTANDING / COMPROMISE [03x]
        "reach": [("agreement deal accord treaty pact understanding compromise consensus "
                   "settlement", "030", None)],
        # CAMEO 2.0: CONCLUDE / GET + AGREEMENT [030]: "failed to conclude an agreement"
        "conclude": [(_AGREEMENTS, "030", None)],
        "get": [("agreement accord", "030", None)],
        "provide": [("aid assistance funding loan supply weapon arm support hardware training "
                     "equipment", "070", None)],
        "approve": [("aid loan loans funding assistance credit grant bailout facility financing "
                     "package", "070", None),
                    ("treaty agreement accord deal pact", "057", None)],
        "grant": [("asylum", "075", None), ("aid loan funding assistance credit", "070", None),
                  ("immunity amnesty pardon clemency concession", "080", None)],
        # CAMEO 2.0 verb dictionary: MAKE CONCESSIONS [080], DROP/SCRAP TARIFFS [081],
        # SEEK + &AID / ACCESS / PERMISSION [02x], LAY/PRESS/BRING CHARGES [112], ORDER AN
        # INQUIRY, ISSUE A SUBPOENA [090], INITIAL AN AGREEMENT [057]
        "make": [("concession concessions", "080", None), ("apology apologies", "080", None),
                 ("trip", "042", "visit")],  # CAMEO 042: MAKE A TRIP / VISIT
        # CAMEO 2.0: ESTABLISH / RESTORE DIPLOMATIC RELATIONS [054], APPROVE / FINALIZE A
        # TREATY [057], RELAX RESTRICTIONS [081], SHARE INTELLIGENCE [064], DISTRIBUTE AID
        # [070], SUMMON AN ENVOY [111], FILE A LAWSUIT [112], HALT IMPORTS / SUSPEND
        # MEMBERSHIP [16x], MOVE TROOPS [152], BLOCK WEBSITES / CUT THE INTERNET [1721]
        "restore": _RESUMED, "resume": _RESUMED, "restart": _RESUMED, "reopen": _RESUMED,
        # CAMEO 051 PRAISE: PAY TRIBUTE / HOMAGE ("paid tribute to the victims' courage")
        "pay": [("tribute homage", "051", None)],
        "finalize": [("agreement accord deal treaty pact", "057", None)],
        "finalise": [("agreement accord deal treaty pact", "057", None)],
        "relax": [("restriction curb ban sanction rule measure control", "081", None)],
        "loosen": [("restriction curb ban sanction rule measure control", "081", None)],
        "share": [("intelligence information data datum", "064", None)],
        "pass": [("intelligence", "064", None)],
        # searches of offices and homes by the state (labels/GUIDE.md: raids and searches)
        "search": [("office offices home homes house houses headquarters premises residence apartment", "171", "seize")],
        # EXPRESS / VOICE SUPPORT [051], EXPRESS REGRET [080], SLAP SANCTIONS [16x]
        "express": [("support backing solidarity", "051", None), ("regret remorse", "080", None),
                    # EXPRESS DISPLEASURE / OUTRAGE [111 criticize or denounce]
                    ("displeasure dissatisfaction outrage anger indignation", "111", "disapprove")],
        "voice": [("support backing solidarity", "051", None)],
        "slap": [("sanction freeze ban tariff embargo", "160", None)],
        "distribute": [("food aid ration supply relief assistance", "070", None)],
        "summon": [("ambassador envoy diplomat charge", "111", "disapprove")],
        "file": [("lawsuit suit complaint charge charges case", "112", "allege")],
        # SUSPEND a bill, tax or plan under pressure [0832, CONCEDE; labels/GUIDE.md]
        "halt": _HALTED, "freeze": _HALTED[1:],
        "suspend": _HALTED + [_POLICY_DROPPED, ("internet", "1721", "censor")] + _WITHHELD,
        "break off": [("tie relation", "161", "withdraw")] + _HALTED[1:2],
        "move": [("troop soldier force army navy battalion brigade launcher missile tank warship", "152",
                  "troops")],
        # CAMEO 144 obstruct passage, block: "protesters blocked the highway" (before the
        # censor row: "blocked the access road")
        "block": [("road highway street bridge route junction railway motorway roundabout",
                   "144", "obstruct"),
                  ("website access internet", "1721", "censor"), _AID_STOPPED],
        # CAMEO 162 reduce or stop material aid: "voted to block / delay / withhold the aid"
        "delay": [_AID_STOPPED], "withhold": [_AID_STOPPED], "slash": [_AID_STOPPED],
        "seek": [("permission access aid assistance help support talks meeting release "
                  "extradition asylum clarification explanation ceasefire truce", "020", None),
                 ("forgiveness pardon", "080", None)],
        "lay": [("charge charges", "112", "allege")],
        "press": [("charge charges", "112", "allege")],
        "bring": [("charge charges", "112", "allege")],
        "issue": [("subpoena subpoenas", "090", "investigate"), ("apology apologies", "080", None),
                  # an arrest warrant is a threat of arrest (PLOVER manual 2.0, THREATEN notes)
                  ("warrant warrants", "130", "arrest")],
        # RALLY SUPPORT [053]; DEFEND a decision or policy [052 defend verbally]; VIOLATE A
        # CEASEFIRE [196]
        "rally": [("support backing", "053", None)],
        "defend": [("decision policy record move stance position action law plan "
                    "choice conduct", "052", None)],
        "violate": [("ceasefire truce cease-fire armistice", "196", None)],
        "breach": [("ceasefire truce cease-fire armistice", "196", None)],
        "initial": [("agreement accord declaration treaty deal", "057", None)],
        "dismiss": [("claim claims accusation accusations allegation allegations charge charges report",
                     "120", None),
                    ("proposal demand call request offer plan appeal", "120", None),
                    ("lawsuit suit case petition", "120", None)],
        # DENY + entry [120]; denying an accusation is CAMEO 016 (deny responsibility), a
        # statement with no PLOVER type (labels/GUIDE.md)
        "deny": [("entry visa visas", "120", None)],
        "give": [("aid assistance funding loan weapon arm asylum", "070", None),
                 ("approval backing endorsement blessing", "051", None)],
        "deliver": [("aid assistance supply food medicine weapon system equipment ammunition "
                     "shipment consignment tank tanks missile missiles launcher", "070", None), _FOOD_AID],
        # OFFER + aid is an intent to provide it [033 AGREE], not aid given (labels/GUIDE.md)
        "offer": [("aid assistance help", "033", None), ("apology apologies", "080", None)],
        # FREE + funds, as RELEASE [070]: "moves to free the rest of the contra aid"
        "free": [("aid funds funding loan money tranche dlrs dollars", "070", None)],
        # AGREE + a loan or aid package as its object [071]: an aid body extending it (batch 7
        # of labels/GUIDE.md); "agreed to provide aid" stays a promise (AGREE)
        "agree": [("loan loans credit credits grant grants", "071", None)],
        # ISSUE / MAKE / EXTEND AN APOLOGY [080]; LODGE / REGISTER A PROTEST (diplomatic: ACCUSE
        # disapprove, PLOVER manual 2.0, ACCUSE notes)
        "extend": [("apology apologies", "080", None), ("credit loan loans", "071", None)],
        "lodge": [("protest complaint objection", "111", "disapprove")],
        "register": [("protest complaint objection", "111", "disapprove")],
        # BAN + imports or exports [163 embargo: an international sanction, see
        # _plover.MANUAL_OVERRIDES]: "Russia banned imports of Georgian wine"
        "ban": [("import imports export exports shipment shipments trade", "163", None)],
        "impose": [("curfew", "1723", "curfew"),
                   ("restriction lockdown closure", "172", "restrict"),
                   ("tariff embargo", "163", None)],
        # LIFT / EASE economic sanctions [085 RETREAT]; a ban or restriction on people is an
        # administrative sanction [081 CONCEDE]; a state of emergency [0814]
        "lift": [("sanction embargo blockade", "085", "ease"), ("ban restriction curfew", "081", None),
                 ("emergency", "0814", None)],
        "revoke": [("emergency", "0814", None)],
        # UNBLOCK websites [0811 ease restrictions on political freedoms]
        "unblock": [("website websites site sites blog blogs platform platforms", "0811", None)],
        # DISSOLVE a party [1722 ban political parties]
        "dissolve": [("party parties", "1722", "ban")],
        # PARADE weapons or troops [150 demonstrate military power]
        "parade": [("missile missiles tank tanks weapon weapons troop troops drone drones", "150", None)],
        # DECLINE an invitation or offer [12x reject]
        "decline": [("invitation offer request proposal call demand plan", "120", None)],
        # PAUSE / END funding or aid [162 reduce or stop aid]
        "pause": _HALTED[1:], "end": [("funding aid assistance financing", "162", "discontinue"),
                                      ("sanction sanctions embargo blockade", "085", "ease")],
        "ease": [("sanction restriction curfew embargo blockade", "085", "ease")],
        "cut": [("tie relation", "161", "withdraw"), ("internet", "1721", "censor"),
                ("service electricity power communication phone telephone", "172", "restrict"),
                ("aid assistance funding", "162", "discontinue")],
        # CAMEO 2.0: SHUT DOWN / SHUT OFF + the internet, a newspaper or broadcaster [1721]
        # ... and + services or utilities: COERCE withhold (PLOVER manual 2.0: "shut off
        # power/internet/water")
        "shut down": _SHUT + _WITHHELD, "shut off": _SHUT + _WITHHELD, "shut": _SHUT + _WITHHELD,
        "sever": [("tie relation", "161", "withdraw")],
        "break": [("tie relation", "161", "withdraw")],
        "recall": [("ambassador envoy diplomat", "161", "withdraw")],
        "open": [("fire", "193", "firearms"),
                 # OPEN a crossing to aid [0863 allow delivery of humanitarian aid]
                 ("crossing", "0863", "access")],
        # CAMEO 2.0 verb dictionary: THREW STONES, PELT (WITH STONES) [182]; REGAIN/SEIZE
        # control of territory is occupying it [192]
        "throw": _THROWN + [("weight", "051", None)],  # "threw their weight behind"
        "hurl": _THROWN, "toss": _THROWN,
        # CAMEO 2.0 verb dictionary: ENGAGE + enemy forces [190 fight]
        "engage": [("troop combatant fighter militant rebel insurgent force soldier militia "
                    "militiaman gunman enemy position jihadist attacker", "190", None)],
        "lob": [("grenade bomb", "183", "explosives"), ("mortar shell", "194", "heavy-weapons"),
                ("teargas tear canister", "175", "crowd-control")],
        "regain": [("control town city village territory area", "192", "seize")],
        "reassert": [("control", "192", "seize")],
        "take back": [("control town city village territory area district base position PLACE", "192", "seize")],
        # SURRENDER / LEAVE + a town or base: territory changes hands [0872 withdraw]
        "surrender": [("town city village district centre center territory base camp post "
                       "outpost area region position", "0872", "withdraw")],
        "leave": [("base camp post outpost garrison", "0872", "withdraw")],
        # uncovering, recovering or defusing weapons takes them out of use [1711 confiscate]
        **{v: [(_WEAPONS_FOUND + " arm arms", "1711", "seize")] for v in
           "uncover recover seize defuse dismantle deactivate neutralise neutralize unearth".split()},
        "find": [(_WEAPONS_FOUND, "1711", "seize")], "discover": [(_WEAPONS_FOUND, "1711", "seize")],
        # TAKE AWAY + a person [181 abduct]
        "take away": [("journalist activist blogger man woman student critic lawyer member "
                       "leader person people child chief official villager resident worker "
                       "farmer teacher priest", "181", "abduct")],
        # DISLODGE + armed opponents or their positions [190 fight]
        "dislodge": [("rebel fighter militant troop force insurgent militia militiaman jihadist "
                      "enemy position group soldier", "190", None)],
        # TAKE * HOSTAGE [181 abduct]: "was taken hostage", "took two aid workers hostage"
        "take": [("control", "192", "seize"),
                 ("hostage hostages captive captives", "181", "abduct")],
        # CAMEO 2.0: INFLICT * CASUALTIES / LOSSES / DEFEAT [190 use conventional force]
        "inflict": [("loss losses casualty casualties damage defeat blow", "190", None)],
        "use": [("force", "190", None), ("gas", "2041", "unconventional"),
                ("weapon munition munitions", "190", None)],
        # CAMEO 2.0 verb dictionary: LAUNCH + &WEAPON / ATTACK [19x], EXCHANGE FIRE [190],
        # ESTABLISH / SET UP A BASE [152 military posture], BROKER A DEAL [030 agreement]
        "launch": [("missile rocket drone mortar barrage shell salvo airstrike grenade", "190", None)],
        "exchange": [("fire gunfire shot shots", "190", None),
                     ("intelligence information data datum", "064", None), _SWAPPED],
        "establish": [("base camp outpost garrison headquarters hq", "152", "troops"),
                      ("tie relation", "054", None)],
        "set": [("fire", "1712", "destroy"), ("base camp outpost garrison headquarters hq", "152", "troops")],
        "install": [("base camp outpost garrison headquarters hq", "152", "troops")],
        # CAMEO 2.0: RECEIVE + a delegation or envoy [043 host a visit]; GIVE APPROVAL /
        # BACKING [051]; HAND OVER + a suspect [063 judicial cooperation]; HAND IN / LAY DOWN
        # + arms [0873 demobilize]; WRITE OFF / CANCEL + debt [071]; ALLOW / LET + inspectors
        # [0862], + aid or aid workers [0863]
        "receive": [("delegation envoy visitor counterpart", "043", "visit")],
        "hand over": [("suspect fugitive", "063", None), _GIVEN_AID, _SHARED_INFO,
                      ("weapon arm rifle gun ammunition", "0873", "disarm"),
                      ("camp base outpost post town city territory control PLACE", "0872", "withdraw")],
        # TAKE OVER + a place is occupying it [192]
        "take over": [("camp base outpost post town city village territory area palace "
                       "headquarters compound PLACE", "192", "seize")],
        "hand in": [("weapon arm rifle gun ammunition", "0873", "disarm")],
        "lay down": [("arm weapon", "0873", "disarm")],
        "write off": [("debt debts loan loans", "071", None)],
        "cancel": [("debt debts", "071", None), _AID_STOPPED,
                   # CAMEO 125 reject proposal to meet: "cancelled a planned meeting"
                   ("meeting meetings talk talks summit visit negotiation negotiations",
                    "125", "meet"),
                   ("agreement agreements deal deals contract contracts treaty accord", "160", None)],
        # TRADE FIRE [190], as EXCHANGE FIRE
        "trade": [("fire gunfire shot shots", "190", None),
                  ("intelligence information data datum", "064", None), _SWAPPED],
        "swap": [_SWAPPED],
        "allow": _LET_IN, "let": _LET_IN,
        # CAMEO 2.0: BREAK UP + a protest [175, as DISPERSE]
        "break up": [("protest demonstration rally march sit gathering crowd vigil procession "
                      "protester demonstrator", "175", None)],
        "build": [("base camp outpost garrison", "152", "troops")],
        # CAMEO 2.0: DISAPPEAR + a person [181]: "forcibly disappeared a journalist"
        "disappear": [("journalist activist blogger man woman student critic lawyer member "
                       "leader person people child", "181", "abduct")],
        "broker": [("deal accord agreement truce ceasefire peace", "030", None)],
        # air defence: "intercepted a rocket" (ACLED: disrupted weapons use)
        "intercept": [("missile rocket drone shell projectile", "190", None)],
        # CAMEO 2.0 verb dictionary, DROP BOMB [195]
        "drop": [("bomb barrel canister munition explosive grenade", "195", "aerial"),
                 ("tariff sanction charge restriction ban embargo", "081", None),
                 ("demand claim objection opposition", "080", None),
                 _POLICY_DROPPED],
        # CAMEO 2.0: SCRAP / SHELVE / ABANDON / WITHDRAW + a bill, tax or plan [0832 accede to
        # demands for change in policy]
        "scrap": [_POLICY_DROPPED], "shelve": [_POLICY_DROPPED], "abandon": [_POLICY_DROPPED, _ABANDONED],
        # WITHDRAW a demand or objection [080; labels/GUIDE.md: CONCEDE]
        "withdraw": [_POLICY_DROPPED, ("demand objection request complaint veto", "080", None)],
        # RELEASE + funds [070 provide aid]: "released the first tranche of a loan"
        "release": [("tranche funds funding aid loan money grant disbursement dollar dollars euro "
                     "euros", "070", None)],
        # FORGIVE / CANCEL + debt [071]
        "forgive": [("debt debts loan loans", "071", None)],
        "forgave": [("debt debts loan loans", "071", None)],  # (a lemmatiser slip)
        # ACCEPT + an invitation, offer or plan [030 agree]
        "accept": [("invitation offer proposal plan deal agreement terms ceasefire truce "
                    "mediation peace settlement", "030", None)],
        # ADMIT + responsibility or a mistake [080 yield]
        "admit": [("responsibility guilt wrongdoing mistake error involvement failure fault "
                   "failing failings", "080", None)],
        # HAND / GIVE BACK + territory [0872 withdraw] or property [0842 return]
        "hand back": _RETURNED, "give back": _RETURNED, "return": _RETURNED,
        # HACK + a computer system [COERCE cyber, PLOVER manual 2.0]
        "hack": [("website account server network system email computer database phone",
                  "170", "cyber")],
    }.items()
}
#: Money and resources: mobilising them is no show of force (PLOVER MOBILIZE: forces, police).
MONEY_WORDS = "resource resources fund funds capital money saving savings finance revenue"
_MONEY_MOBILISED = MONEY_WORDS + " financing investment investments rupee rupees dollar dollars"
#: Objects that make a trigger verb no event: releasing or withdrawing information or a
#: product is not the RETREAT of releasing people or property, or of pulling out (PLOVER
#: manual 2.0, RETREAT: "release" of prisoners, hostages, property; "withdraw" of forces).
OBJECT_BLOCKS: dict[str, frozenset[str]] = {
    verb: frozenset(words.split()) for verb, words in {
        "release": "statement report document summary figure figures detail details name names "
                   "data video footage image images photo photos picture record records message "
                   "messages advisory advisories information result results list transcript album "
                   "song single film movie book product update updates guideline guidelines plan "
                   "budget version finding findings manifesto letter text audio recording tape "
                   "poll survey study paper memo email emails cause statistic statistics estimate "
                   "estimates forecast trailer game app software code phone smartphone device "
                   "model car laptop tablet console chip file files return returns tape tapes",
        "request": "anonymity",  # "requesting anonymity": a source's condition, no request
        "defy": "expectation expectations odds gravity age logic belief description convention "
                "prediction predictions forecast forecasts",
        "steal": "show limelight spotlight headline headlines heart hearts ball base scene march "
                 "moment glance kiss victory win",  # "stole the show", "stole the ball"
        "confer": "degree degrees title titles award honour honor doctorate",
        "vacate": "ruling judgment judgement order decision conviction sentence verdict",
        "withdraw": "warning warnings advisory advisories watch watches application bid "
                    "nomination candidacy",
        # mobilising money or resources is no show of force (PLOVER MOBILIZE: forces, police)
        "mobilize": _MONEY_MOBILISED, "mobilise": _MONEY_MOBILISED,
    }.items()
}
#: "warn" is a THREATEN only when it threatens: it is addressed to someone ("warned Iran",
#: "warned neighbouring states not to ...", but not a safety warning to residents) or its
#: complement holds a reprisal or force ("warned that it would retaliate"); a warning about the
#: weather, a harvest or a risk is no event (PLOVER manual 2.0, THREATEN: a threat is
#: conditional on the recipient's behaviour).
WARNING_THREAT_WORDS: frozenset[str] = frozenset(
    "retaliate retaliation retaliatory reprisal response respond punish punishment consequence "
    "sanction sanctions force army troops military war action measure measures strike combat "
    "fight target targets quit withdraw seize annex invade expel arrest control curfew emergency "
    "ban detain jail imprison prosecute deport shoot attack bomb".split())
#: Addressees of a safety warning, not of a threat ("police warned residents to stay inside").
WARNING_SAFETY_ADDRESSEES: frozenset[str] = frozenset(
    "people resident public citizen motorist driver traveller traveler visitor tourist parent "
    "user consumer customer fan passenger swimmer local everyone anyone".split())
#: Verbs whose use as a REQUEST needs a complement ("asked the UN to act"; not "asked about").
NEEDS_COMPLEMENT: frozenset[str] = frozenset("ask call request press".split())
#: Trigger types whose complements are part of the same event, not events of their own.
EMBEDDING_TYPES: frozenset[str] = frozenset(
    {"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE", "SUPPORT"}
)

"""Actor and recipient phrases of an event trigger, from the dependency parse.

Rules (spaCy English dependency labels, ClearNLP style):
- verb triggers: actor = ``nsubj``; passive voice: actor = the ``agent`` "by" object, recipient =
  ``nsubjpass``; recipient = ``dobj``, ``dative`` or the object of against/with/on/to/at/toward;
  an infinitive under an object-control verb takes the object as its subject ("prompting him
  to claim"), otherwise the governing verb's subject; a conjoined verb shares its subject;
- noun triggers ("Russian airstrikes", "protests against the government"): actor = possessor,
  nationality adjective or compound, or "by"; a light verb's subject ("staged a protest");
  recipient = the object of against/on/with/at/of;
- coordination ("Russia and Belarus") gives one phrase per conjunct (PLOVER manual 2.0,
  "Compound and Reciprocal Actors": one event, several actors); reciprocal verbs (meet, clash,
  agree, negotiate, talk) with a "with" object put both sides among the actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronist.events._coder import struck_device
from chronist.events._lexicon import TRIGGERS

_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_RECIP_PREPS = frozenset("against with on to toward towards upon over into".split())
_NOT_ACTOR_ENTS = frozenset("DATE TIME MONEY PERCENT QUANTITY ORDINAL".split())
#: Verbs whose "at" names the target ("fired at protesters", "threw stones at police").
_AIM_VERBS = frozenset("fire shoot throw hurl lob aim open".split())
#: Happenings and abstractions that news makes the subject of violent or political verbs
#: ("the death of X sparked protests", "the decision angered ...") but that act for no one.
_NOT_ACTOR_NOUNS = frozenset(
    "death deaths decision decisions news report reports incident incidents event events "
    "situation crisis explosion explosions blast blasts fire fires flood floods storm "
    "video footage move law bill plan policy".split())


def actor_like(tok: Token) -> bool:
    """Not a date, time or amount; a number only when it counts people ("thousands of protesters")."""
    if tok.ent_type_ in _NOT_ACTOR_ENTS or tok.lower_ in ("anti", "pro", "non"):
        return False
    if not any(ch.isalpha() for ch in tok.text):
        return False  # punctuation or symbols tagged as a name ("-")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOT_ACTOR_NOUNS:
        return False  # "the death of George Floyd" caused protests, but is no actor
    if tok.pos_ == "NOUN" and any(p in ("N", "*") for p, _c, _m in TRIGGERS.get(tok.lemma_.lower(), ())):
        return False  # an event noun ("the military strike") is not an actor
    if tok.ent_type_ == "CARDINAL" or tok.pos_ == "NUM":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return True
_NOUN_RECIP_PREPS = frozenset("against on with to toward towards of over upon".split())
_OBJECT_CONTROL = frozenset("prompt urge ask force invite call order tell persuade lead push "
                            "encourage allow permit compel".split())
_LIGHT_VERBS = frozenset("stage hold launch carry conduct impose make issue mount organize "
                         "organise begin start lead join level announce order extend lift "
                         "repeat file".split())
_RECIPROCAL = frozenset("meet clash agree negotiate talk fight discuss cooperate sign".split())
_EVENTISH = frozenset("resignation release withdrawal removal ouster dismissal arrest call "
                      "calls demand demands request return extradition".split())
#: Action nouns that are the content of a threat, demand or imposition, not its recipient:
#: "threatened military intervention in Niger", "imposed sanctions on Russia" (the recipient
#: is the "against", "on" or "in" phrase of the noun).
_ACTION_OBJECTS = frozenset("intervention action actions sanction sanctions retaliation reprisal "
                            "reprisals measure measures consequence consequences strike strikes "
                            "attack attacks invasion war embargo tariff tariffs punishment "
                            "force".split())
_SPAN_EXCLUDE = frozenset("conj cc relcl acl advcl punct prep appos parataxis".split())


def phrase_tokens(head: Token, *, with_appos: bool = True) -> list[Token]:
    """Tokens of the noun phrase headed by ``head``: its subtree without conjuncts, relative
    clauses and other clauses; "of" complements and appositions kept ("the head of the General
    Staff", "Onik Gasparian, the head of ...")."""
    toks = [head]
    for child in head.children:
        keep = child.dep_ not in _SPAN_EXCLUDE
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            keep = True
        if child.dep_ == "appos" and with_appos:
            keep = True
        if child.dep_ == "punct" and child.lower_ in ("'s", "-", "–"):
            keep = True
        if keep:
            toks.extend(phrase_tokens(child, with_appos=with_appos) if child.dep_ != "appos"
                        else [t for t in child.subtree if t.dep_ != "relcl"])
    toks.sort(key=lambda t: t.i)
    # trim punctuation and determiners at the edges
    while len(toks) > 1 and toks[-1] is not head and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while len(toks) > 1 and toks[0] is not head and toks[0].is_punct:
        toks.pop(0)
    # keep a contiguous run around the head
    out = [head]
    idx = {t.i for t in toks}
    i = head.i - 1
    while i in idx:
        out.insert(0, head.doc[i])
        i -= 1
    i = head.i + 1
    while i in idx or (i < len(head.doc) and head.doc[i].is_punct and i + 1 in idx
                       and head.doc[i].lower_ == ","):
        out.append(head.doc[i])
        i += 1
    while len(out) > 1 and out[-1].is_punct and out[-1] is not head:
        out.pop()
    return out


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


def _is_passive(verb: Token) -> bool:
    """A passive verb: a passive subject or auxiliary, or a "by" agent ("was shot and killed by
    gunmen": the agent hangs off "killed", which has no auxiliary of its own)."""
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass"
               or (c.dep_ == "agent" and verb.tag_ == "VBN") for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


#: Operations that name who carried them out in a modifier ("arrested in a police raid").
_OPERATIONS = frozenset("raid raids operation operations crackdown sweep swoop".split())


def _operation_forces(verb: Token) -> list[Token]:
    """The forces of an operation a passive verb happened in: "was arrested in a police raid",
    "were detained during an army operation" (the modifier that is an agent noun or a name)."""
    from chronist.actors._resolve import agent_sectors  # (not at import: _resolve imports this module)

    agents = agent_sectors()
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj" and o.lower_ in _OPERATIONS
            for m in o.children if m.dep_ in ("compound", "amod", "nmod")
            and (m.lower_ in agents or m.lemma_.lower() in agents
                 or m.ent_type_ in ("ORG", "NORP", "GPE"))]


def _subject(verb: Token, depth: int = 0) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    if _is_passive(verb):
        subj = _agents(verb) or [a for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                 for a in _agents(c)]  # "was shot and killed by gunmen"
        subj = subj or _operation_forces(verb)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "blocked by police, who arrested party leaders": in a non-restrictive relative clause
        # (after a comma) the relative pronoun is the noun, and the clause tells a new act of
        # it; a restrictive one ("the man who had shot two protesters") only says who is meant
        subj = [verb.head if s.tag_ in ("WP", "WDT") and s.i > 0 and s.doc[s.i - 1].text == ","
                else s for s in subj]
    if subj:
        return subj
    if depth > 3 or verb.head.i == verb.i:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth + 1)
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.children if c.dep_ in ("dobj",)]
        if objs and head.lemma_.lower() in _OBJECT_CONTROL:
            return objs
        if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return _subject(head, depth + 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
            return _subject(head, depth + 1)  # "lashed out at the mayor, accusing her of ..."
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return [head]
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBG":
        return [head]
    if _misread_main_verb(verb):
        return [head]  # the noun's own act (see _misread_main_verb)
    return []


def _event_noun_object(noun: Token) -> list[Token]:
    """ "the resignation of Pashinian" -> [Pashinian]; "his resignation" -> [his]."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _action_target(noun: Token) -> list[Token]:
    """ "sanctions against Russia" -> [Russia]; "intervention in Niger" -> [Niger] (a place
    named as a country or region only); "military action" -> []."""
    out = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "upon", "in"):
            out.extend(p for p in prep.children if p.dep_ == "pobj"
                       and (prep.lower_ != "in" or p.ent_type_ == "GPE"))
    return out


def _verb_recipients(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj"):
            if c.lemma_.lower() in _EVENTISH or c.pos_ == "NOUN" and _event_noun_object(c) and \
                    c.lemma_.lower() in _EVENTISH:
                out.extend(_event_noun_object(c))
            elif c.lower_ in _ACTION_OBJECTS and c.pos_ == "NOUN":
                out.extend(_action_target(c))
            else:
                out.append(c)
        elif c.dep_ in _PASS_SUBJ:
            out.append(c)
        elif c.dep_ == "prep" and (c.lower_ in _RECIP_PREPS | {"for"}
                                   or c.lower_ == "at" and verb.lemma_.lower() in _AIM_VERBS):
            for p in c.children:
                if p.dep_ == "pobj":
                    if p.lemma_.lower() in _EVENTISH:
                        out.extend(_event_noun_object(p))
                    elif c.lower_ != "for" or p.pos_ in ("PROPN", "PRON"):
                        out.append(p)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            out.extend(s for s in c.children if s.dep_ in _SUBJ)  # "called for his supporters to gather"
    if not out and verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        # a shared passive subject: "a leader was shot and killed by gunmen"
        out.extend(c for c in verb.head.children if c.dep_ in _PASS_SUBJ)
    if not out and verb.pos_ == "VERB":
        # a shared object of coordinated verbs: "shot and killed two civilians"
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ in _SUBJ for s in c.children):
                objs = [o for o in c.children if o.dep_ == "dobj"]
                if objs:
                    out.extend(objs)
                    break
    return out


#: Verbs saying that a noun event happened ("an armed clash occurred between ...").
_HAPPEN_VERBS = frozenset("occur erupt break take flare continue rage resume ensue".split())
#: Passive verbs by which a report tells that an event happened ("fighting was reported
#: between X and Y").
_REPORTED_VERBS = frozenset("report record observe".split())


#: Nouns of a meeting, whose participants act when the meeting is a verb's subject.
_MEETINGS = frozenset("talk talks negotiation negotiations meeting summit conference".split())


def _participants(noun: Token) -> list[Token]:
    """Who takes part in a meeting noun: its owner or national modifier, the sides of its
    "between" phrase, or the objects of an "involving" or "with" modifier ("talks involving the
    labour minister and employers")."""
    out = _noun_roles(noun)[0]
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() == "involve":
            out += [o for o in c.children if o.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ == "with":
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _noun_roles(noun: Token) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    recipients: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            actors.append(c)
        elif c.dep_ in ("amod", "compound") and c.i < noun.i and (c.ent_type_ in ("NORP", "GPE", "ORG")):
            actors.append(c)
        elif c.dep_ == "prep" and c.lower_ == "by":
            actors.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in _NOUN_RECIP_PREPS:
            recipients.extend(p for p in c.children if p.dep_ == "pobj")
    head = noun.head
    # "clashes between X and Y", "fighting broke out between X and Y": both sides are actors,
    # as with a reciprocal verb ("X clashed with Y")
    betweens = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    if noun.dep_ == "nsubj" and head.lemma_.lower() in _HAPPEN_VERBS \
            or noun.dep_ == "nsubjpass" and head.lemma_.lower() in _REPORTED_VERBS:
        # "fighting broke out between X and Y", "fighting was reported between X and Y"
        betweens += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"]
    for b in betweens:
        for p in b.children:
            if p.dep_ == "pobj":
                actors.extend([p] + [n for n in p.children if n.dep_ == "nmod"])
    if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in _LIGHT_VERBS:
        actors = _subject(head)
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in _NOUN_RECIP_PREPS - {"of"}:
                recipients.extend(p for p in c.children if p.dep_ == "pobj")
    if not actors and noun.dep_ == "pobj" and head.lower_ == "by" and head.head.dep_ == "agent":
        pass
    return actors, recipients


#: Transitive verbs of harm whose objectless form with a counted subject is a reduced passive
#: in casualty reports ("3 soldiers killed", "12 people arrested").
_CASUALTY_VERBS = frozenset("kill injure wound hurt arrest detain abduct kidnap execute shoot "
                            "stab".split())
#: Protest verbs whose participle names its group: "striking workers", "protesting farmers".
_PROTEST_PARTICIPLES = frozenset("strike protest riot demonstrate march rally".split())
_COUNT_WORDS = frozenset("dozen dozens hundreds thousands several many scores".split())


def _participle_of(verb: Token) -> Token | None:
    """The noun a past participle modifies ("two policemen killed", "protesters arrested by
    police"), or None."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and not _misread_main_verb(verb):
        return verb.head
    return None


def _misread_main_verb(verb: Token) -> bool:
    """A past form read as a participle of the noun before it although it is the sentence's
    main verb: it has a direct object and no verb above the noun ("Boko Haram (JAS) militants
    killed 40 farmers", where the parenthesis misleads the parser)."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") \
        and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ in ("ROOT", "appos") \
        and any(c.dep_ == "dobj" for c in verb.children)


def _aimed_at_someone(prep: Token) -> bool:
    """ "at the crowd", "on protesters": a preposition aiming at people (an agent noun, a name
    or a nationality), not at a place or occasion ("at a graduation party")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "on"):
        return False
    from chronist.actors._resolve import agent_sectors  # (not at import: _resolve imports this module)

    agents = agent_sectors()
    return any((p.ent_type_ in ("PERSON", "NORP", "ORG") or p.lower_ in agents or p.lemma_.lower() in agents)
               and not any(c.dep_ == "compound" for c in p.children)  # "at police headquarters"
               for p in prep.children if p.dep_ == "pobj")


def casualty_count(verb: Token) -> bool:
    """ "3 soldiers killed", "dozens wounded": a harm verb with no object and no auxiliary
    whose subject is counted, or a harm participle with no agent ("two policemen killed in an
    ambush"). Such a subject or noun is the victim, not the actor."""
    if verb.lemma_.lower() not in _CASUALTY_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if _participle_of(verb) is not None:
        return not any(c.dep_ == "agent" for c in verb.children)  # "two policemen killed in"
    if any(c.dep_ in ("dobj", "aux", "auxpass", "agent") or _aimed_at_someone(c) for c in verb.children):
        return False  # "two soldiers shot at the crowd": they shot
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    return bool(subj) and all(
        s.pos_ == "NUM" or s.lemma_.lower() in _COUNT_WORDS
        or any(c.dep_ == "nummod" for c in s.children) for s in subj)


def role_heads(trigger: Token, event_type: str | None = None) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actors and recipients of the event whose trigger is ``trigger``.

    A reciprocal verb ("met with", "clashed with") makes its "with" phrase a second actor,
    except in a PROTEST that has a subject: protesters who clashed with police protest against
    them, and the police are the recipient.

    Returns
    -------
    (actors, recipients) : tuple of lists of Token
        Coordinated phrases are split into one head each; pronouns are returned as they are
        (resolved later by coreference).
    """
    noun = _participle_of(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    if noun is not None:
        # "protesters arrested by police": the noun is the recipient, the agent the actor
        actors = [p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        recipients = [noun] + _verb_recipients(trigger)
    elif trigger.dep_ == "amod" and trigger.tag_ == "VBG" and trigger.head.pos_ in ("NOUN", "PROPN") \
            and trigger.lemma_.lower() in _PROTEST_PARTICIPLES:
        actors, recipients = [trigger.head], []  # "striking workers", "rioting youths"
    elif struck_device(trigger):
        actors, recipients = [], [c for c in trigger.children if c.dep_ == "nsubj"]  # "a truck struck a mine"
    elif trigger.pos_ in ("VERB", "AUX") and casualty_count(trigger):
        actors = []  # "3 soldiers killed": the counted subject is the victim
        recipients = [c for c in trigger.children if c.dep_ in _SUBJ] + _verb_recipients(trigger)
    elif trigger.pos_ in ("VERB", "AUX"):
        # "talks between the EC and the US failed to settle the dispute": a meeting as the
        # subject stands for its participants
        actors = [p for a in _subject(trigger)
                  for p in ((_participants(a) or [a]) if a.lemma_.lower() in _MEETINGS else [a])]
        recipients = _verb_recipients(trigger)
        # "fighting between the army and the RSF" (a gerund parsed as a verb): both sides
        actors += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        recipients = [r for r in recipients if r not in actors]
        if trigger.lemma_.lower() in _RECIPROCAL:
            withs = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"]
            if withs and not (event_type == "PROTEST" and actors):
                actors = actors + withs
                recipients = [r for r in recipients if r not in withs]
    else:
        actors, recipients = _noun_roles(trigger)
    actors = [c for h in actors for c in _conjuncts(h) if actor_like(c)]
    recipients = [c for h in recipients for c in _conjuncts(h) if c not in actors and actor_like(c)]
    return actors, recipients

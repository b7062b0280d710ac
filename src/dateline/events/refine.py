"""Type refinements from the PLOVER manual's mode definitions, applied after the model's choice.

Two verbs name different acts by what they act on, which the model's features see only in part:

- a verb of force whose object is a thing said or decided is criticism: "attacked the
  decision of the United States" is ACCUSE (CAMEO 111 criticize or denounce), "attacked a
  convoy" stays ASSAULT;
- a statement refusing an act ("We will never accept Russian occupation of our land", "it would not
  allow ...") is REJECT, as the VOA annotation guidelines code '"X will never accept ..." REJECTs'
  and the PLOVER manual's REJECT covers refusing to accept, allow or yield;
- a withdrawal from an organisation, a group, talks or an agreement is SANCTION ``withdraw``
  ("Withdraw oneself or one's non-military resources ... from a group, mediation activity,
  organization", PLOVER manual v0.8, SANCTION modes; CAMEO 161 reduce or break diplomatic
  relations, 164 halt negotiations); a withdrawal of forces from territory stays RETREAT
  ``withdraw`` ("Retreat from territory or withdraw forces from an area");
- joint exercises and intelligence shared are COOPERATE, not MOBILIZE or AID (:mod:`.mutual`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.countries import country_table
from .candidates import Candidate
from .features import denies, refused, verb_trigger
from .lexicon import NOUNS, Trigger
from .mutual import exercise_of, joint, shares_information
from .parties import Parties, side

#: Cues of a call made on someone ("called on China to ...", "appealed to Moscow to ...").
APPEALS = {"call", "appeal"}
#: Verbs of force that news also uses for words.
VERBAL_ATTACKS = {"attack", "strike", "hit", "slam", "blast"}
#: Objects that make a verb of force a verbal attack: things said, decided or proposed.
SAID_THINGS = {"decision", "policy", "proclamation", "plan", "remark", "comment", "statement", "law", "move",
               "proposal", "idea", "report", "claim", "ruling", "bill", "deal", "agreement", "speech",
               "stance", "approach", "handling", "response", "rhetoric", "call", "decree",
               "measure", "strategy", "budget", "reform", "vote", "verdict", "accusation", "allegation"}
#: Verbs of leaving ("withdrew from", "pulled out of", "quit", "exited", "left").
WITHDRAWALS = {"withdraw", "pull", "exit", "quit", "leave"}
#: What one leaves as a body or a process, not a territory.
_TALKS = {"talk", "negotiation", "mediation", "dialogue", "process"}
_BODIES = {"agreement", "deal", "treaty", "pact", "accord", "organization", "organisation", "alliance", "bloc",
           "union", "community", "council", "court", "coalition", "mission", "program", "programme", "group",
           "commission", "convention", "framework", "initiative", "partnership", "forum", "body"} | _TALKS


#: Verbs that take a sanction back ("exempted the duties", "lift sanctions", "abandon the tariffs").
EASING = {"lift", "ease", "exempt", "waive", "repeal", "rescind", "relax", "loosen"}
#: Economic sanctions, whose easing is RETREAT ``ease`` (CAMEO 085); other restrictions eased are
#: CONCEDE (CAMEO 081, ease administrative sanctions), by the PLOVER crosswalk.
_ECONOMIC = {"sanction", "tariff", "embargo", "duty", "boycott", "levy"}
_RESTRICTIONS = {"restriction", "ban", "curfew", "blockade", "measure", "control", "limit"}


def eased(cand: Candidate) -> str | None:
    """The type of a sanction taken back: a verb of :data:`EASING` with a sanction as its object,
    or that sanction as the object of such a verb ("Trump … then exempted the duties on Mexican-
    and Canadian-made vehicles": RETREAT; "lift the curfew": CONCEDE); else None."""
    if cand.kind == "verb" and cand.trigger.lemma_.lower() in EASING:
        objects = [c.lemma_.lower() for c in cand.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    elif cand.kind == "noun" and cand.trigger.dep_ in ("dobj", "nsubjpass") and \
            cand.trigger.head.lemma_.lower() in EASING:
        objects = [cand.trigger.lemma_.lower()]
    else:
        return None
    if any(o in _ECONOMIC for o in objects):
        return "RETREAT"
    return "CONCEDE" if any(o in _RESTRICTIONS for o in objects) else None


def verbal_attack(cand: Candidate) -> bool:
    """Whether a verb of force acts on a thing said or decided (:data:`SAID_THINGS`) with its
    party named inside it ("attacked the decision of the United States")."""
    if not (cand.kind == "verb" and cand.trigger.lemma_.lower() in VERBAL_ATTACKS
            and cand.recipient_role.endswith("-in")):
        return False
    objects = [c for c in cand.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in SAID_THINGS for o in objects)


def refuses(cand: Candidate) -> bool:
    """Whether a statement's content refuses an act (:func:`refused`: "We will never accept
    Russian occupation of our land"), or a verb candidate is such a refusal ("Russia will not
    accept European troops in Ukraine"): a stance taken now, coded REJECT with no negation."""
    if cand.kind == "verb":
        return refused(cand.trigger)
    return cand.kind == "statement" and any(refused(tok) for tok in cand.content)


def _left(tok: Token) -> list[Token]:
    """What ``tok`` (a verb of leaving) leaves: the object of "from" / "out of", or its direct
    object ("quit the talks")."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "out")):
        for child in prep.children:
            if child.dep_ == "pobj":
                out.append(child)
            elif child.dep_ == "prep":  # "out of"
                out.extend(c for c in child.children if c.dep_ == "pobj")
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):  # "pulled out of"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _is_body(tok: Token) -> bool:
    """An organisation or process word, an ORG name, or an acronym that names no country
    ("ECOWAS", "OPEC"; "the UAE" is a state)."""
    if tok.lemma_.lower() in _BODIES or (tok.ent_type_ == "ORG" and tok.pos_ == "PROPN"):
        return True
    return tok.is_upper and tok.is_alpha and len(tok.text) >= 3 and country_table().match(tok.text) is None


def leaves_body(cand: Candidate) -> bool:
    """Whether the candidate's verb of leaving leaves an organisation, a group, talks or an
    agreement ("Burkina Faso, Mali and Niger withdrew from ECOWAS"), not a territory."""
    if cand.kind != "verb" or cand.trigger.lemma_.lower() not in WITHDRAWALS:
        return False
    left = _left(cand.trigger)
    return bool(left) and all(_is_body(t) for t in left)


#: Forces whose withdrawal is a retreat ("withdrew its troops from Gaza").
_FORCES = {"troop", "force", "soldier", "army", "unit", "military", "fighter", "tank", "warship", "brigade",
           "battalion", "contingent", "marine"}


def withdraws_forces(cand: Candidate) -> bool:
    """Whether a verb of leaving withdraws forces ("Israel withdrew its troops from Gaza"):
    RETREAT ``withdraw``, whatever it leaves."""
    return cand.kind == "verb" and cand.trigger.lemma_.lower() in WITHDRAWALS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FORCES for c in cand.trigger.children)


def withdrawal_trigger(cand: Candidate) -> Trigger:
    """SANCTION ``withdraw``: CAMEO 164 (halt negotiations) for talks, else 161."""
    talks = any(t.lemma_.lower() in _TALKS for t in _left(cand.trigger))
    return Trigger("SANCTION", "withdraw", "164" if talks else "161")


#: Material acts of force or pressure a statement may announce (VOA annotations code "announced
#: the activation of a standby military force" MOBILIZE) or hold out as a possibility.
_FORCEFUL = {"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"}
#: Modals of a possibility held out: "could retaliate", "might impose".
_POSSIBLE = {"could", "might", "may", "would"}


def statement_of_force(cand: Candidate, event_type: str) -> str:
    """A statement the model gives a material type of force (:data:`_FORCEFUL`) whose content
    only holds the act out as possible is a threat ("Beijing has hinted that it could retaliate
    with tariffs"; manual, THREATEN: a verbal threat of an act); an announced act keeps its type."""
    if cand.kind != "statement":
        return event_type
    if event_type in _FORCEFUL:
        return "THREATEN" if any(t.lower_ in _POSSIBLE and t.dep_ == "aux" for t in cand.content) else event_type
    if event_type == "ACCUSE" and any(_own_possible_force(t) for t in cand.content):
        return "THREATEN"  # the model read the blame, the content holds out the speaker's own act of force
    return event_type


def _own_possible_force(aux: Token) -> bool:
    """Whether ``aux`` is a modal of possibility on an act of force the speaker ("we", "I", "it")
    may do: "it could retaliate with tariffs", "we might impose sanctions" (the act named by
    the verb, its object or its "with" phrase, :data:`NOUNS`/:func:`verb_trigger` types in
    :data:`_FORCEFUL`)."""
    if aux.lower_ not in _POSSIBLE or aux.dep_ != "aux":
        return False
    verb = aux.head
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i", "it") for c in verb.children):
        return False
    said = verb_trigger(verb)
    if said is not None and said.type in _FORCEFUL:
        return True
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(NOUNS.get(t.lemma_.lower()) is not None and NOUNS[t.lemma_.lower()].type in _FORCEFUL for t in things)


def refined_type(cand: Candidate, event_type: str) -> str:
    """The model's ``event_type`` for ``cand`` as the manual's modes decide it by what the act is
    done to (the module docstring): a verbal attack is ACCUSE, a statement's refusal REJECT,
    leaving a body SANCTION, withdrawing forces RETREAT, a possible act of force held out in a
    statement THREATEN (:func:`statement_of_force`), a call made on someone or a "call for"
    something REQUEST."""
    event_type = statement_of_force(cand, event_type)
    if cand.kind == "statement" and threatens(cand.content or ()):
        event_type = "THREATEN"  # "if Hamas does not release the hostages, Israel will resume the war"
    if cand.kind == "statement" and cand.recipient_role == "obliged" and cand.trigger.lemma_.lower() in APPEALS:
        event_type = "REQUEST"  # "called on China to limit ...": CAMEO 10, make a demand or appeal
    if event_type == "CONSULT" and cand.kind == "noun" and cand.trigger.lemma_.lower() == "call" and \
            any(c.dep_ == "prep" and c.lower_ == "for" for c in cand.trigger.children):
        event_type = "REQUEST"  # "Ishiba's call for a collective security arrangement": CAMEO 10, no phone call
    if event_type == "REQUEST" and cand.kind == "statement" and cand.trigger.lemma_.lower() in APPEALS and any(
            c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ not in ("VERB", "AUX") for c in cand.trigger.children):
        event_type = "ACCUSE"  # "called Chinese subsidies “unbearable”": a judgement, no call for anything
    if event_type in ("SANCTION", "COERCE") and (easing := eased(cand)) is not None:
        event_type = easing  # a sanction lifted is no sanction (CAMEO 081 and 085)
    if event_type == "ASSAULT" and verbal_attack(cand):
        event_type = "ACCUSE"
    if event_type in ("ACCUSE", "AGREE", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE") and refuses(cand):
        event_type = "REJECT"
    if event_type == "ACCUSE" and cand.kind == "statement" and denies(cand.content or ()):
        event_type = "REJECT"  # "these accusations are baseless": a denial answers an accusation
    if event_type == "RETREAT" and leaves_body(cand):
        event_type = "SANCTION"
    elif event_type in ("SANCTION", "AGREE", "CONCEDE") and withdraws_forces(cand):
        event_type = "RETREAT"
    if event_type in ("MOBILIZE", "AID", "SUPPORT", "CONSULT", "ASSAULT") and cand.kind != "statement":
        event_type = _cooperation(cand, event_type)
    return event_type


def _cooperation(cand: Candidate, event_type: str) -> str:
    """Intelligence shared and joint exercises are COOPERATE; an exercise of one state is
    MOBILIZE, not ASSAULT ("launch war games"); manual v0.8, COOPERATE and MOBILIZE."""
    if shares_information(cand.trigger):
        return "COOPERATE"
    exercise = exercise_of(cand.trigger, cand.noun)
    if exercise is None:
        return event_type
    several = len({side(a) for a in cand.actor}) >= 2
    return "COOPERATE" if joint(exercise) or several else "MOBILIZE"


#: Types of acts a party reports of itself rather than holds against another.
_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT", "COOPERATE", "CONSULT", "REJECT"}


def reports_own_act(cand: Candidate, parties: Parties) -> bool:
    """Whether a statement's content tells an act done by the speaker's own side ("The Israeli
    military said it had killed a Hezbollah commander"): the speaker's claim of its act, coded
    as that act, and no accusation of the party it acted on (PLOVER ACCUSE is disapproval)."""
    if cand.kind != "statement" or not cand.actor:
        return False
    own = {side(a) for a in cand.actor}
    for tok in cand.content or ():
        if tok.pos_ != "VERB":
            continue
        trig = verb_trigger(tok)
        if trig is None or trig.type not in _ACTS:
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            if subj.lower_ in ("we", "i") or own & {side(a) for a in parties.of(subj)}:
                return True
    return False


#: Words of fighting or hitting back that the trigger lexicon leaves to the model (a war is mostly
#: told, not begun; "retaliate" names no act of its own) but that make a held-out act a threat.
_FIGHTING = {"war", "fighting", "hostility", "offensive", "bombardment", "retaliate", "retaliation"}


def condition_of(tok: Token) -> Token | None:
    """The "if" or "unless" clause an act depends on ("If Hamas does not release the hostages by
    Saturday, Israel will resume the war"), on the trigger or on the verb it completes, or None."""
    for head in (tok, tok.head) if tok.dep_ in ("xcomp", "conj") else (tok,):
        for clause in (c for c in head.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
                return clause
    return None


def conditional_threat(cand: Candidate, event_type: str, aux: list[str]) -> Token | None:
    """The condition of a threat: a future act of force (:data:`_FORCEFUL` in the lexicon or the
    model's type, or fighting: :data:`_FIGHTING`) held out on a condition the other side must meet
    (CAMEO 13 threaten, "threaten ... if"; PLOVER manual, THREATEN: a future negative act), or None.
    Coded THREATEN, the condition's subject its recipient where the act names none; the coder
    keeps it only when the condition or the act names a party of another side."""
    if "future" not in aux or cand.kind == "statement" or event_type == "THREATEN":
        return None
    return condition_of(cand.trigger) if _forceful(cand.trigger, cand.noun) else None


def _forceful(tok: Token, noun: Token | None = None) -> bool:
    """Whether the trigger lexicon makes ``tok`` (a verb or event noun) or its object ``noun`` an act
    of force (:data:`_FORCEFUL`), or one of them names fighting (:data:`_FIGHTING`)."""
    for t in (tok, noun) if noun is not None else (tok,):
        lemma = t.lemma_.lower()
        entry = verb_trigger(t) if t.pos_ == "VERB" else NOUNS.get(lemma)
        if entry is not None and entry.type in _FORCEFUL or lemma in _FIGHTING:
            return True
    return False


def threatens(tokens) -> bool:
    """Whether a statement's words hold out a future act of force on a condition
    (:func:`conditional_threat` for the verbs among them)."""
    for tok in tokens:
        if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in tok.children):
            continue
        noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if _forceful(tok, noun) and condition_of(tok) is not None:
            return True
    return False

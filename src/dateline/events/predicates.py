"""What the words around an event candidate say: word lists of the verbs and nouns the
candidate finder treats specially (being and having, force that needs a target, acts done to
their passive subject, claims, aiming participles, receiving, the spirit a noun names, telling
in a call, reactions) and the token tests built on them. Used by
:mod:`dateline.events.candidates`; the sources of each list are in its comment.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp.misparse import name_before
from .lexicon import NOUNS

#: Copulas and verbs of possession report no event by themselves ("Russia remains a threat",
#: "the group has several hundred fighters"); their complements are candidates of their own.
STATIVE = {"be", "remain", "become", "seem", "appear", "have", "look", "sound",
            # verbs of being somewhere or consisting of something ("now lives in New York", "the
            # delegation includes ...")
            "live", "reside", "include", "comprise", "contain", "consist", "belong", "exist", "cost", "lack",
            "resemble", "equal", "mean"}
#: Verbs of force that report an event only with a target ("are fighting bravely", "struck a tone").
NEEDS_TARGET = {"fight", "strike", "hit", "clash", "battle"}
#: Types whose passive subject is done to, never the doer ("if Turkey is sanctioned"; also those
#: released: "schoolgirls ... were freed by their captors").
DONE_TO = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REJECT", "PROTEST", "REQUEST"}
#: What one claims for an attack: "claimed responsibility for", "took credit for".
CLAIMS = {"responsibility", "credit"}
#: Participles that aim the thing they modify at someone: "drills encircling Taiwan", "missiles
#: targeting Ukraine's energy grid", "sanctions aimed at Russian banks", "a resolution condemning Israel".
AIMING = {"target", "aim", "direct", "encircle", "surround", "hit", "strike", "condemn", "criticize", "criticise",
           "denounce", "accuse", "punish", "pressure", "threaten", "support", "back", "benefit", "help", "oppose"}
#: Verbs of receiving: whoever the "from" phrase names gave, the subject got ("the rebels received
#: lethal aid from Iran": Iran's AID to the rebels).
RECEIVING = {"receive", "get", "obtain", "win", "gain", "secure"}
#: Verbs by which a state moves its own forces ("sent 10,000 troops to the border", "deployed
#: soldiers"): their object is what is moved, not the party acted on (PLOVER MOBILIZE, RETREAT).
MOVING = {"send", "deploy", "dispatch", "station", "move", "withdraw", "pull", "mobilize", "mobilise", "mass",
          "amass", "redeploy", "post", "position", "transfer", "evacuate", "reinforce", "bring"}
#: Forces and units a state moves, named without their state ("troops", "10,000 soldiers").
FORCES = {"troop", "force", "soldier", "unit", "personnel", "army", "police", "officer", "marine", "sailor",
          "jet", "warship", "ship", "vessel", "battalion", "brigade", "division", "peacekeeper", "reinforcement",
          "tank", "aircraft", "fighter", "military", "guard", "contingent"}
#: Verbs by which a party answers another's proposal, demand, charge or offer ("Ukraine is ready to
#: accept a U.S. proposal", "Tehran rejected Washington's demands"): the one answering is whom the
#: proposal, demand or charge was made to.
ANSWERING = {"accept", "reject", "welcome", "consider", "study", "review", "refuse", "dismiss", "decline",
             "endorse", "embrace", "spurn", "rebuff", "deny", "answer", "heed"}
#: Nouns of meetings whose participants a clause names as its subject when the noun, with a party
#: after "with", is an adjunct of the clause ("during talks with Ukrainian officials", "Following
#: talks with Mauritius Prime Minister …, both leaders reaffirmed", "will join Mike Waltz for the
#: Jeddah talks").
MEETINGS = {"talk", "meeting", "negotiation", "summit", "visit", "trip", "conversation", "consultation", "dialogue"}
#: Prepositions by which a meeting is an adjunct of a clause (its time or purpose).
MEETING_ADJUNCTS = {"during", "after", "following", "before", "for"}
#: Event nouns that say in what spirit the subject of the verb they follow acts ("massed in
#: protest of", "marched in support of", "fired in retaliation for"): their actor is that subject.
IN_MANNER = {"protest", "support", "solidarity", "retaliation", "response", "defiance", "defence", "defense"}
#: Verbs of telling that report a conversation when told "in a phone call" or "by phone".
TOLD = {"tell", "assure", "inform", "brief"}
#: What a conversation is held in: "in phone conversations", "during a call", "by telephone".
CALLS = {"call", "conversation", "phone", "telephone", "phonecall"}


def on_the_phone(verb: Token) -> bool:
    """Whether ``verb`` is said to happen in a call ("told Trump in phone conversations last
    week", "told him during a telephone call", "assured Zelenskyy by phone")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "on", "over")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in CALLS and (pobj.lemma_.lower() != "call" or any(
                    c.lemma_.lower() in ("phone", "telephone", "video") for c in pobj.lefts) or prep.lower_ != "on"):
                return True
    return False


#: Verbal acts about another's act: their object noun names what they answer, not their type.
REACTIONS = {"REJECT", "ACCUSE", "REQUEST", "THREATEN", "PROTEST"}
#: Acts an authority reports of itself in the passive with no agent ("ammunition was seized",
#: "troops were deployed", "aid was delivered"); harm told so ("were killed") is often the other
#: side's, so ASSAULT is not among them.
REPORTED_OWN = frozenset({"COERCE", "MOBILIZE", "AID"})
#: Nouns that report an event when they have parties (deverbal and event nouns of the PLOVER
#: manual's type sections and CAMEO's categories); the model decides which are events.
EVENT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "offensive", "invasion", "bombing", "shelling", "assault", "raid", "war",
    "fighting", "fire", "ceasefire", "truce", "sanction", "tariff", "embargo", "ban", "boycott", "expulsion",
    "arrest", "detention", "warrant", "indictment", "charge", "lawsuit", "talk", "meeting", "summit", "visit",
    "call", "negotiation", "dialogue", "agreement", "deal", "accord", "pact", "treaty", "proposal", "plan",
    "offer", "aid", "assistance", "support", "backing", "loan", "grant", "package", "funding", "donation",
    "weapon", "arm", "delivery", "shipment", "deployment", "drill", "exercise", "withdrawal", "pullout",
    "retreat", "release", "concession", "criticism", "accusation", "condemnation", "threat", "warning",
    "ultimatum", "demand", "appeal", "request", "protest", "demonstration", "rally", "rejection", "refusal",
    "veto", "cooperation", "partnership", "alliance", "recognition", "praise", "apology", "invitation",
    "mediation", "blockade", "occupation", "annexation", "seizure", "crackdown", "killing", "massacre",
    "abduction", "kidnapping", "incursion", "intervention", "aggression", "pressure", "investigation",
    "probe", "trial", "sentence", "deportation", "restriction", "solidarity", "commitment", "pledge",
    "promise", "mission", "operation", "campaign", "trip", "conversation", "election", "vote", "resolution",
})


def given(tok: Token) -> bool:
    """Whether event noun ``tok`` names a thing given (the trigger lexicon's AID or SUPPORT nouns:
    "aid", "assistance", "backing")."""
    entry = NOUNS.get(tok.lemma_.lower())
    return entry is not None and entry.type in ("AID", "SUPPORT")


def aiming(tok: Token) -> bool:
    """Whether ``tok`` is a participle modifying a noun that aims it at someone (:data:`AIMING`);
    also as the small model often parses it after a verb, a clause with the noun as its subject
    ("conducted [the drills encircling] Taiwan": "drills" the subject of "encircling")."""
    if tok.tag_ not in ("VBG", "VBN") or tok.lemma_.lower() not in AIMING:
        return False
    return tok.dep_ == "acl" or tok.dep_ == "ccomp" and tok.tag_ == "VBG" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.children)


def stray_name(verb: Token) -> Token | None:
    """The name right before a verb without a subject that the parser hung elsewhere (an
    apposition, a second object), which is the verb's subject: "…, a charge Afghan foreign
    ministry spokesperson Abdul Qahar Balkhi rejected Thursday"."""
    if verb.dep_ not in ("ccomp", "conj", "advcl", "parataxis", "ROOT"):
        return None
    name = name_before(verb)
    return name if name is not None and name.dep_ in ("appos", "conj", "pobj", "dobj", "compound") else None


def claimed(prep: Token) -> Token | None:
    """The verb of a claim whose "for" ``prep`` is ("claimed responsibility for", "took credit for",
    the preposition hanging from the noun or from the verb), or None."""
    if prep.lower_ != "for":
        return None
    head = prep.head
    if head.lemma_.lower() in CLAIMS and head.dep_ == "dobj":
        return head.head
    if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMS for c in head.children):
        return head
    return None


def moved(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is forces a verb of moving (:data:`MOVING`) moves, named without a state of
    their own ("sent 10,000 troops to Mexico's northern border with the U.S."): the actor's own."""
    return (obj.dep_ == "dobj" and verb.lemma_.lower() in MOVING and obj.lemma_.lower() in FORCES
            and not owned(obj, of=False))


def owned(tok: Token, of: bool = True) -> bool:
    """Whether the phrase ``tok`` heads names whose it is: a possessor or a name or adjective
    before it ("Mexico's troops", "UN forces"), or with ``of`` an "of"/"from" phrase ("forces of
    the UN mission")."""
    return any(c.dep_ in ("poss", "amod", "compound") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")
               or of and c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children)


#: Verbs a participle after them describes the subject's state with ("stands accused", "remains charged").
_STATE_VERBS = {"stand", "remain", "be", "become", "seem", "appear", "look", "feel", "get", "sit"}
#: Participles of acts done to the subject ("stands accused"); a participle of stance keeps its
#: subject as the one who acts ("China is opposed to the sanctions", "is committed to the ceasefire").
_UNDERGONE = {"accuse", "charge", "suspect", "indict", "convict", "sentence", "jail", "imprison", "detain",
              "arrest", "sanction", "ban", "bar", "blacklist", "want", "implicate", "blame", "target",
              "besiege", "criticize", "criticise", "condemn", "threaten", "deport", "expel", "exile"}


def undergoes(tok: Token, noun: Token | None = None) -> bool:
    """Whether the subject of predicate ``tok`` is the one acted on: a participle describing it
    ("two soldiers stand accused of the bombing", "he remains charged with murder") or "face" with an
    event noun ("the constitution is facing criticism", "faces sanctions")."""
    if tok.tag_ == "VBN" and tok.lemma_.lower() in _UNDERGONE and tok.head.lemma_.lower() in _STATE_VERBS and (
            tok.dep_ in ("acomp", "oprd") or tok.dep_ in ("advcl", "xcomp") and tok.i == tok.head.i + 1):
        return True  # "stand accused" parsed as an adverbial clause too
    return tok.lemma_.lower() == "face" and noun is not None

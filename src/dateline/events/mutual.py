"""Acts of mutual material cooperation that read as other types: joint exercises and intelligence
shared.

The PLOVER manual (v0.8) codes as COOPERATE "military exchanges such as joint military games and
maneuvers" and "voluntary exchanges or sharing of intelligence and other significant
information" (section COOPERATE), and says "joint military operations are coded as COOPERATE
but single-country exercises should be coded as MOBILIZE" (section MOBILIZE, potential
ambiguities). CAMEO's codes: 062 cooperate militarily, 064 share intelligence or information.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Verbs of giving something to each other or in common.
SHARING = frozenset({"share", "exchange", "swap", "pool"})
#: What is shared as intelligence or significant information.
INFORMATION = frozenset({"intelligence", "information", "evidence", "data", "expertise", "know-how", "knowledge",
                         "file", "record", "detail", "finding", "technology", "lesson", "experience"})
#: Nouns of military exercise.
EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame", "patrol", "training"})
#: Modifiers that make an exercise more than one party's.
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational"})


def shares_information(trigger: Token) -> bool:
    """Whether ``trigger`` is a verb of :data:`SHARING` whose object is :data:`INFORMATION`
    ("shared evidence with India", "exchange intelligence"), or the noun "sharing" of it
    ("intelligence sharing")."""
    lemma = trigger.lemma_.lower()
    if lemma in SHARING and trigger.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in INFORMATION for c in trigger.children)
    if lemma in ("sharing", "exchange") and trigger.pos_ == "NOUN":
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in INFORMATION for c in trigger.children) or \
            any(p.lower_ == "of" and any(o.lemma_.lower() in INFORMATION for o in p.children)
                for p in trigger.children if p.dep_ == "prep")
    return False


def exercise_of(trigger: Token, noun: Token | None = None) -> Token | None:
    """The exercise of :data:`EXERCISES` that ``trigger`` is, or its event ``noun``, or the
    direct object of a verb ``trigger`` (through "a round of": "began a new round of joint
    military exercises", "launch war games"); None when there is none."""
    if trigger.lemma_.lower() in EXERCISES and trigger.pos_ == "NOUN":
        return trigger
    if noun is not None and noun.lemma_.lower() in EXERCISES:
        return noun
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        for tok in [obj] + [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]:
            if tok.lemma_.lower() in EXERCISES:
                return tok
    return None


def joint(exercise: Token) -> bool:
    """Whether an exercise has a modifier of :data:`JOINT` ("joint military exercises")."""
    return any(c.lower_ in JOINT for c in exercise.lefts)


def mutual(trigger: Token, noun: Token | None = None) -> bool:
    """Whether the act is COOPERATE by the manual's definition (module docstring) as its words
    alone tell: information shared, or an exercise called joint (more than one state taking
    part is for the coder to see in the parties: :func:`dateline.events.refine.refined_type`)."""
    if shares_information(trigger):
        return True
    exercise = exercise_of(trigger, noun)
    return exercise is not None and joint(exercise)


def cooperation_code(trigger: Token, noun: Token | None = None) -> str | None:
    """The CAMEO code of the cooperation the words name: ``"064"`` (share intelligence or
    information) when information is shared, ``"062"`` (cooperate militarily) for an exercise,
    else None."""
    if shares_information(trigger):
        return "064"
    return "062" if exercise_of(trigger, noun) is not None else None

"""The tone of what a statement says: whether its words blame or praise.

PLOVER's ACCUSE is disapproval ("criticize, condemn, denounce, accuse", manual v0.8, ACCUSE;
CAMEO 111-112) and its SUPPORT covers praise (CAMEO 051 "praise or endorse"): a statement is an
accusation only when its words disapprove of something. Word valences come from the VADER
lexicon (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
of Social Media Text", ICWSM; 7,500 words rated -4 to +4 by ten raters), shipped in the
``vaderSentiment`` package and read once per process, with words of disapproval news uses that
the lexicon lacks.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterable

from spacy.tokens import Token

#: The valence at or below which a word disapproves (VADER's scale, -4 to +4).
NEGATIVE = -1.5
#: At or above which a word approves.
POSITIVE = 1.5
#: Disapproving words of political news missing from VADER ("a baseless case", "inhumane").
EXTRA_BLAME = {"baseless", "heinous", "inhumane", "arbitrary", "unjustified", "unlawful", "illegitimate",
               "aggression", "atrocity", "genocide", "provocation", "provocative", "sieve", "breakdown",
               "concern", "concerned", "violation", "interference", "occupation", "invasion", "hypocrisy",
               "criminalization", "persecution", "repression", "crackdown", "reckless", "irresponsible",
               "destabilize", "destabilizing", "unfounded", "groundless", "absurd", "smear", "slander"}
#: Cues that are themselves disapproval ("accused", "condemned", "denounced").
BLAME_CUES = {"accuse", "condemn", "denounce", "blame", "criticize", "criticise", "slam", "decry", "deplore",
              "charge", "allege", "lambaste", "rebuke", "chastise", "assail", "fault", "protest"}


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word → mean valence (-4 to +4) from the VADER lexicon file in ``vaderSentiment``."""
    out: dict[str, float] = {}
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


def _valence(tok: Token) -> float:
    table = valences()
    return table.get(tok.lower_, table.get(tok.lemma_.lower(), 0.0))


def blames(tokens: Iterable[Token]) -> bool:
    """Whether any of ``tokens`` disapproves: a word of :data:`EXTRA_BLAME`, a word VADER rates
    at most :data:`NEGATIVE`, or a negated verb ("is not working")."""
    for t in tokens:
        if t.lemma_.lower() in EXTRA_BLAME or t.lower_ in EXTRA_BLAME or _valence(t) <= NEGATIVE:
            return True
        if t.dep_ == "neg" and t.head.pos_ in ("VERB", "AUX"):
            return True
    return False


def praises(tokens: Iterable[Token]) -> bool:
    """Whether any of ``tokens`` approves (VADER at least :data:`POSITIVE`)."""
    return any(_valence(t) >= POSITIVE for t in tokens)


def accusing(cand) -> bool:
    """Whether a statement candidate disapproves: its cue is one of :data:`BLAME_CUES` or its
    content :func:`blames`."""
    return cand.trigger.lemma_.lower() in BLAME_CUES or blames(cand.content or ())

"""Which "it" and "its" stand for an actor: the body or state that speaks ("The Somali army said
it had killed ...", "Ukraine said it is ready to accept ...") rather than a thing or an
expletive ("said it seemed", "said it would take time")."""
from __future__ import annotations

from spacy.tokens import Token

from ..quotes.cues import CUE_LEMMAS


def referring_it(tok: Token) -> bool:
    """"its" as a possessive, "it" as the subject of a reporting verb ("it said"), or of an act
    that verb reports ("The Somali army said it had killed ...": the speaker), or of "be" with an
    adjective of will ("Ukraine said it is ready to accept ...")."""
    if tok.lower_ == "its" and tok.dep_ == "poss":
        return True
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if head.lemma_.lower() in CUE_LEMMAS:
        return True
    acting = head.pos_ == "VERB" and head.lemma_.lower() not in _EXPLETIVE_HEADS or _disposed(head)
    return (head.dep_ == "ccomp" and acting and head.head.lemma_.lower() in CUE_LEMMAS
            and any(c.dep_ == "nsubj" and c.lower_ != "it" for c in head.head.children))


#: Verbs whose "it" is mostly expletive or a thing ("said it seemed", "said it would take time").
_EXPLETIVE_HEADS = {"be", "seem", "appear", "remain", "take", "look", "matter", "make", "happen", "mean",
                    "become", "need", "cost", "help", "work", "come", "go"}


#: What "it is ... to" says of a speaker's own will ("Ukraine said it is ready to accept").
_DISPOSITIONS = {"ready", "willing", "prepared", "open", "committed", "determined", "eager", "unwilling",
                 "reluctant"}


def _disposed(head: Token) -> bool:
    """Whether ``head`` is "be" with an adjective of will: "it is ready to", "it was willing"."""
    return head.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _DISPOSITIONS
                                               for c in head.children)

"""Parses the small English model gets wrong in ways several stages correct alike.

:func:`name_before`: a person's or body's name right before a verb, which the parser attached
elsewhere (an apposition, a conjunct, a second object) although it is the verb's subject —
"…, a charge Afghan foreign ministry spokesperson Abdul Qahar Balkhi rejected Thursday",
"prosecutors charged the officer with murder and Emanuel fired his police chief". Callers
add the conditions of their own construction (:mod:`dateline.events.predicates`,
:mod:`dateline.quotes.speakers`).
"""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["name_before"]


def name_before(verb: Token) -> Token | None:
    """The token right before ``verb`` when ``verb`` is a verb and that token is a proper noun
    tagged a person or an organisation that the parser did not attach to ``verb``; else None."""
    if verb.pos_ != "VERB" or verb.i < 1:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.head.i == verb.i:
        return None
    return name

"""Set phrases of news that look like acts and are none: a defendant "pleaded not guilty" (a
plea in court, no appeal to anyone: CAMEO 02 and 10 are appeals and demands made on an actor),
the newsroom's own "did not reply to an email requesting comment", "a request for comment"
(the reporter's question, not a party's demand), and "refused/declined to comment" (CAMEO 011
"decline comment", a public statement that PLOVER does not code, not a rejection of anyone).
:func:`formula` tells a trigger token in one.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Verbs and nouns of asking that the newsroom formula uses.
_ASKING = {"request", "ask", "seek", "call"}
#: Verbs of refusing that the "declined to comment" formula uses.
_DECLINING = {"refuse", "decline"}
#: What the newsroom asks for.
_COMMENT = {"comment", "comments", "response", "reaction", "interview"}


def _asks_for_comment(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ in ("dobj", "pobj") and child.lemma_.lower() in _COMMENT:
            return True  # "requesting comment"
        if child.dep_ == "prep" and child.lower_ == "for" and \
                any(g.dep_ == "pobj" and g.lemma_.lower() in _COMMENT for g in child.children):
            return True  # "a request for comment", "asked for comment"
    return False


def formula(tok: Token) -> bool:
    """Whether trigger ``tok`` is part of a set phrase that is no event (the module docstring):
    "plead" with "guilty" ("pleaded not guilty", "pleaded guilty to attempted murder"), a verb
    or noun of asking whose object is a comment ("requesting comment", "requests for comment"),
    or "refuse"/"decline" a comment ("refused to comment", "declined comment")."""
    lemma = tok.lemma_.lower()
    if lemma == "plead":
        return any(t.lower_ == "guilty" for t in tok.subtree)
    if lemma in _DECLINING:  # "refused to comment", "declined comment", "declined to give an interview"
        return any(c.dep_ == "xcomp" and (c.lemma_.lower() == "comment" or _asks_for_comment(c))
                   or c.dep_ == "dobj" and (c.lemma_.lower() in _COMMENT
                                            or c.lemma_.lower() in _ASKING and _asks_for_comment(c))
                   for c in tok.children)
    return lemma in _ASKING and _asks_for_comment(tok)

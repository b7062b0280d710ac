"""Who a document speaks for: the author or issuer of "the statement", "the tweet", "the letter"
when one of them is the subject of a cue.

A statement is its issuer's words (PARC 3.0 annotates the source of "the statement said" as the
statement, and the VOA annotation guidelines name the body behind it: "speaker is the canonical
person or body"). The issuer is named by the document's own phrase ("a tweet by Mike Pompeo",
"Trump's tweet", "the NISA statement": :func:`author`) or, for a definite "the statement", by the
sentence a few sentences before that introduced the document: its subject issued, released or
posted it ("Iran's foreign ministry issued a statement"), spoke in it ("the ministry said in a
statement"), or tweeted ("The U.S. Embassy posted on X … the post said"): :func:`issuer_before`.
"""
from __future__ import annotations

from spacy.tokens import Token

#: Documents whose author speaks through them.
MEDIA = {"statement", "tweet", "post", "letter", "message", "communique", "communiqué", "video", "memo", "account",
         "report"}
#: Verbs whose subject issues the document that is their object ("issued a statement").
_ISSUE = {"issue", "release", "publish", "post", "send", "put", "make", "write", "share", "tweet", "deliver", "sign"}
#: Verbs whose subject posts without naming the document ("posted on X", "tweeted").
_POST = {"post", "tweet", "write"}
#: Documents a posting verb makes.
_POSTS = {"tweet", "post", "message"}
#: How far back (in sentences) the document's introduction is looked for.
_SENTENCES_BACK = 3
_DEFINITE = {"the", "this", "that", "its", "their"}


def author(medium: Token) -> Token | None:
    """Who a statement, tweet or letter is by: the object of "by" (also of a participle: "a
    statement posted by the government's news agency"), else its possessor or a proper-noun
    compound or modifier ("Trump's tweet", "the NISA statement", "the G7 joint statement", "a
    Chinese statement"); None when it names nobody."""
    for c in medium.children:
        heads = [c] + [g for g in c.children if g.dep_ in ("agent", "prep")] if c.dep_ == "acl" else [c]
        for h in heads:
            if h.dep_ in ("prep", "agent") and h.lower_ == "by":
                pobj = next((g for g in h.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return next((c for c in medium.children if c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 or c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_title and c.i > c.sent.start), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _introduced_by(doc_tok: Token) -> Token | None:
    """The subject that introduced the document ``doc_tok`` ("X issued a statement", "X said in a
    statement"), or its author; None."""
    found = author(doc_tok)
    if found is not None:
        return found
    head = doc_tok.head
    if doc_tok.dep_ == "dobj" and head.lemma_.lower() in _ISSUE:
        return _subject(head)
    if doc_tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)  # "the ministry said in a statement"
    return None


def issuer_before(medium: Token) -> Token | None:
    """For a definite document ("the statement", "the tweet") that names no author: the token
    naming who introduced a document in the same or the :data:`_SENTENCES_BACK` sentences before
    (the latest such introduction before ``medium``); None when none did."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in medium.children):
        return None
    doc = medium.doc
    sent = medium.sent
    first = sent.start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    want = medium.lemma_.lower()
    for tok in reversed(doc[first: medium.i]):
        low = tok.lemma_.lower()
        if low in MEDIA and tok.pos_ == "NOUN" and (low == want or want in _POSTS and low in _POSTS):
            found = _introduced_by(tok)
            if found is not None:
                return found
        elif want in _POSTS and low in _POST and tok.pos_ == "VERB":
            found = _subject(tok)  # "The U.S. Embassy in Kyiv posted on X"
            if found is not None:
                return found
    return None

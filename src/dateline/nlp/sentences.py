"""Sentence lookup in constant time.

spaCy's ``Token.sent`` walks the document on every call; the stages ask for the sentence of a
token thousands of times in a long article, so the sentences are listed once per ``Doc`` and
kept in ``doc.user_data``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

_KEY = "dateline_sentences"


def sentence(tok: Token) -> Span:
    """The sentence holding ``tok`` (the same span as ``tok.sent``)."""
    doc = tok.doc
    table = doc.user_data.get(_KEY)
    if table is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                index[i] = n
        table = doc.user_data[_KEY] = (sents, index)
    return table[0][table[1][tok.i]]

"""Sentence and text lookup in constant time.

spaCy's ``Token.sent`` walks the document on every call, and ``Doc.text`` joins every token on
every access; the stages ask for both thousands of times in a long article, so the sentence
boundaries and the text are computed once per ``Doc`` and kept in ``doc.user_data``.

Only integers are kept there, never :class:`~spacy.tokens.Span` objects: a span refers to its
``Doc``, so spans in the ``Doc``'s own ``user_data`` would make a reference cycle that keeps
every parsed document (and its arrays) alive until Python's cyclic garbage collector runs,
which with spaCy's large, long-lived model happens rarely; a worker's memory then grew by
hundreds of MB (issue 6). With integers a ``Doc`` is freed as soon as its last user drops it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "dateline_sentences"
_TEXT_KEY = "dateline_text"


def _table(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """``(bounds, index)``: each sentence's ``(start, end)`` token indices, and for each token
    the number of its sentence; built on first use and kept in ``doc.user_data``."""
    table = doc.user_data.get(_KEY)
    if table is None:
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        index = [0] * len(doc)
        for n, (start, end) in enumerate(bounds):
            index[start:end] = [n] * (end - start)
        table = doc.user_data[_KEY] = (bounds, index)
    return table


def sentence(tok: Token) -> Span:
    """The sentence holding ``tok`` (a span equal to ``tok.sent``; a new object each call)."""
    doc = tok.doc
    bounds, index = _table(doc)
    start, end = bounds[index[tok.i]]
    return doc[start:end]


def sentence_starts(doc: Doc) -> list[int]:
    """The character offset (Python ``str`` index) where each sentence of ``doc`` starts, in order."""
    bounds, _ = _table(doc)
    return [doc[start].idx for start, _ in bounds]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document (read once per quote, it made a 300,000-character
    article take minutes)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text

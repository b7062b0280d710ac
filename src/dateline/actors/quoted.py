"""Who speaks a quotation and who act together, as far as coreference needs to know: a third-person pronoun inside
a direct quotation is never its speaker ("Downey said of Boseman, “He was having this immense
success …”": he is Boseman, not Downey; a speaker says "I").

Quotations are the spans between paired quotation marks of a paragraph (curly, or straight
ones taken in turns); a quotation's speakers are the subjects of verbs of saying outside it in
the sentences it starts and ends in (:data:`dateline.quotes.cues.CUE_LEMMAS`). Offsets are
token indices of the parsed article. "They" stands for people of the sentence before only where
they act together there (:func:`together`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.sentences import doc_text
from ..quotes.cues import CUE_LEMMAS

__all__ = ["speakers_of_quoted", "together"]

_OPEN, _CLOSE = "“", "”"


def _spans(doc: Doc) -> list[tuple[int, int]]:
    """``(first, last)`` token indices inside each quotation of ``doc`` (marks excluded)."""
    spans, start, straight = [], None, None
    for t in doc:
        if "\n" in t.text:  # a quotation ends with its paragraph
            start = straight = None
        elif t.text == _OPEN:
            start = t.i
        elif t.text == _CLOSE and start is not None:
            spans.append((start + 1, t.i - 1))
            start = None
        elif t.text == '"':
            if straight is None:
                straight = t.i
            else:
                spans.append((straight + 1, t.i - 1))
                straight = None
    return [(a, b) for a, b in spans if a <= b]


def speakers_of_quoted(doc: Doc) -> dict[int, set[int]]:
    """For each token inside a quotation, the token indices of that quotation's speakers (the
    subjects of verbs of saying outside it in the sentences it starts and ends in, and the subject
    of the clause a colon before it ends: "he appreciated Soleimani's lifepath: “He was …”")."""
    out: dict[int, set[int]] = {}
    text = doc_text(doc)
    if '"' not in text and _OPEN not in text:  # no quotation: nothing to walk
        return out
    for first, last in _spans(doc):
        sents = {doc[first].sent.start: doc[first].sent, doc[last].sent.start: doc[last].sent}
        subjects = {t.i for s in sents.values() for t in s if not first <= t.i <= last
                    and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in CUE_LEMMAS}
        if first >= 2 and doc[first - 2].text == ":":  # "he appreciated Soleimani's lifepath: “He was …”"
            clause = doc[first - 2].head
            subjects |= {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
        if subjects:
            for i in range(first, last + 1):
                out[i] = subjects
    return out


def together(heads: list[Token]) -> bool:
    """Whether two of the people whose mention heads are ``heads`` act together in their
    sentence: coordinated ("Trump and Putin"), or subject and object of one verb ("Trump met
    Putin", "Trump spoke with Putin")."""
    def verb_of(t: Token) -> Token:
        return t.head.head if t.dep_ == "pobj" else t.head
    for a in heads:
        for b in heads:
            if a.i >= b.i:
                continue
            if b.dep_ == "conj" and b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.i:
                return True
            if a.dep_ in ("nsubj", "nsubjpass") and b.dep_ in ("dobj", "pobj") and verb_of(b).i == a.head.i:
                return True
    return False

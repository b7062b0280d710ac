"""Who speaks a quotation and who act together, as far as coreference needs to know: a third-person pronoun inside
a direct quotation is never its speaker ("Downey said of Boseman, “He was having this immense
success …”": he is Boseman, not Downey; a speaker says "I").

Quotations are the spans :func:`dateline.quotes.spans.find_quote_spans` finds (the ones the
quote stage attributes); a quotation's speakers are the subjects of verbs of saying outside it in
the sentences it starts and ends in (:data:`dateline.quotes.cues.CUE_LEMMAS`). Offsets are
token indices of the parsed article. "They" stands for people of the sentence before only where
they act together there (:func:`together`).
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from ..quotes.cues import CUE_LEMMAS
from ..quotes.spans import QuoteSpan

__all__ = ["speakers_of_quoted", "together"]

def speakers_of_quoted(doc: Doc, spans: Sequence[QuoteSpan]) -> dict[int, set[int]]:
    """For each token inside a quotation (``spans``, from
    :func:`~dateline.quotes.spans.find_quote_spans` over the article's text), the token indices
    of that quotation's speakers: the subjects of verbs of saying outside it in the sentences it
    starts and ends in, and the subject of the clause a colon before it ends ("he appreciated
    Soleimani's lifepath: “He was …”")."""
    out: dict[int, set[int]] = {}
    for span in spans:
        inside = doc.char_span(span.start, span.end, alignment_mode="expand")
        if inside is None or not len(inside):
            continue
        first, last = inside.start, inside.end - 1
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

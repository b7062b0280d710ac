"""What the finders of quotes share about one article: its parse, its actors, its quotation
spans, and which characters lie inside quotation marks or markup tags."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.coref import ActorIndex
from ..nlp.sentences import doc_text, sentence
from .spans import QuoteSpan, markup_spans


class QuoteContext:
    """One article as the quote finders read it.

    ``doc``: the spaCy parse; ``actors``: the article's actors; ``spans``: its quotation spans
    (:func:`dateline.quotes.spans.find_quote_spans`). ``inside`` holds the character offsets
    (Python ``str`` indices) from each opening mark to its closing mark, ``markup`` those of
    markup tags.
    """

    def __init__(self, doc: Doc, actors: ActorIndex, spans: list[QuoteSpan]) -> None:
        self.doc, self.actors, self.spans = doc, actors, spans
        self.text = doc_text(doc)
        self.inside: set[int] = set()
        for q in spans:
            self.inside.update(range(q.open_at, (q.close_at if q.close_at is not None else q.end) + 1))
        self.markup = {i for a, b in markup_spans(self.text) for i in range(a, b)}

    def within_one_quote(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` (character offsets) lies inside one quotation (then it is that
        quote, not a new one)."""
        for q in self.spans:
            close = q.close_at + 1 if q.close_at is not None else q.end
            if q.open_at <= span[0] and span[1] <= close + 1:
                return True
        return False

    def outside(self, tok: Token) -> bool:
        """Whether ``tok`` is the reporter's: outside quotation marks and markup tags."""
        return tok.idx not in self.inside and tok.idx not in self.markup

    def sentence_at(self, char: int) -> Span:
        """The sentence holding the character at offset ``char`` (the whole document if none)."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return sentence(tok[0]) if tok is not None else self.doc[:]

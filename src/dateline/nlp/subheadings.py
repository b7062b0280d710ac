"""Subheadings glued to the sentence after them, marked as sentence boundaries before the parse.

Text taken from news pages often loses the line break after a subheading: "… injured 60 others.
Airstrikes kill 50 militants Hours after ending this week's hotel siege, Somalia's … agency said …"
(VOA, 2025). The parser then reads one sentence whose subject is "Airstrikes" and whose words
"Hours after ending" hang anywhere; speakers and event parties come out wrong. A short run of
words without punctuation that opens a sentence and is followed by a capitalised word that only
starts sentences (an article, a preposition, a pronoun: :data:`OPENERS`) is such a heading; the
opener is marked as a sentence start (``Token.is_sent_start``), which spaCy's parser keeps.
Offsets do not change: the text is not touched.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

#: Capitalised words that begin a sentence and never continue a phrase in running text.
OPENERS = {"The", "A", "An", "In", "On", "At", "Since", "After", "Before", "While", "When", "As", "But",
           "Although", "Despite", "During", "For", "From", "With", "Over", "Under", "Amid", "Hours", "Days",
           "According", "Speaking", "Last", "Earlier", "Meanwhile", "However", "This", "These", "Those",
           "Some", "Many", "His", "Her", "Their", "Its", "He", "She", "They", "It", "We"}
#: The longest heading, in words.
MAX_WORDS = 6
_ENDS = {".", "?", "!"}
#: An opener right after a word and a space: where a glued heading can end.
_CANDIDATE = re.compile(r"(?<=\w) (" + "|".join(sorted(OPENERS, key=len, reverse=True)) + r")(?!\w)")
#: Openers that also begin names ("The Wall Street Journal", "This Week"): not before a capital.
_NAME_STARTS = {"The", "A", "An", "This", "These", "Those", "His", "Her", "Their", "Its", "Last", "Some", "Many"}


def mark_subheadings(doc: Doc) -> int:
    """Mark, in place, the opener after each glued subheading of the unparsed ``doc`` as a
    sentence start; returns how many were marked. A heading is 1 to :data:`MAX_WORDS` words
    after a sentence's end (or the text's start) with no punctuation among them, its first word
    capitalised and no opener itself; an opener that can begin a name must not be followed by a
    capital ("attacked The Wall Street Journal"), nor any opener inside a headline in title case
    ("Free Speech In Hong Kong"). Only openers right after a word are looked at (a regular
    expression over the text), so an article without one costs no walk over its tokens."""
    marked = 0
    for m in _CANDIDATE.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1))
        if span is None:
            continue
        tok = span[0]
        run = _heading_before(doc, tok.i)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not run or nxt is None or run[0].text in OPENERS or not run[0].text[:1].isupper():
            continue
        capital = nxt.text[:1].isupper()
        headline = all(t.text[:1].isupper() or not t.is_alpha for t in run)  # "Free Speech In Hong Kong"
        if capital and (tok.text in _NAME_STARTS or headline):
            continue
        tok.is_sent_start = True
        marked += 1
    return marked


def _heading_before(doc: Doc, i: int) -> list:
    """The words from the last sentence end (or line break, or the text's start) up to token
    ``i``, when they are 1 to :data:`MAX_WORDS` words without punctuation; else []."""
    run = []
    j = i - 1
    while j >= 0:
        tok = doc[j]
        if tok.text in _ENDS or "\n" in tok.text:
            break
        if tok.is_quote and (j == 0 or doc[j - 1].text in _ENDS or "\n" in doc[j - 1].text):
            break  # “….” Heading words Opener: the quotation closed the sentence before
        if tok.is_punct or tok.is_space or len(run) == MAX_WORDS:
            return []
        run.append(tok)
        j -= 1
    run.reverse()
    return run

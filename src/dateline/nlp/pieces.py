"""Parsing with bounded memory: texts are parsed in groups of at most ``limit`` tokens, and a
text longer than that in pieces joined back into one ``Doc``.

spaCy's working memory during ``nlp.pipe`` grows with the number of tokens parsed together:
15 KB per token with ``en_core_web_sm`` (Python's tracemalloc, the same for 1 or 20 texts in a
batch), so 16 articles of 170,000 characters in all took 570 MB more than the model itself, and
a 300,000-character article about 1 GB. Grouping by tokens bounds that, whatever the corpus holds.

The rules (issue 6):

* **Tokens first.** Each text is tokenized alone (``nlp.make_doc``, the tokenizer only); the
  other components then run on those ``Doc`` objects, as ``nlp(text)`` does.
* **Groups.** Docs (or pieces) go to ``nlp.pipe`` in input order, a group closing before the
  doc that would take it over ``limit`` tokens. spaCy's annotations do not depend on which
  docs are parsed together, so grouping changes no result.
* **Pieces.** A doc of more than ``limit`` tokens is cut (:func:`cut_points`) in the second
  half of each window of ``limit`` tokens: after the last white-space token holding a line
  break (a paragraph end), else after the last sentence end (``.``, ``!`` or ``?``, possibly
  followed by a closing quotation mark or bracket, then white space and a word starting with a
  capital letter, a digit or an opening quotation mark), else after the last token followed by
  white space, else after ``limit`` tokens. The pieces (``doc[a:b].as_doc()``) are parsed
  separately and joined with ``Doc.from_docs(..., ensure_whitespace=False)``: the tokens are
  those of the whole text, ``doc.text`` is the original text and every ``token.idx`` a Python
  ``str`` index into it. Each cut starts a sentence; within a few words of a cut the tagger,
  parser and entity recogniser see less context than in one parse, so their results there may
  differ slightly. Nothing of at most ``limit`` tokens (:data:`PIECE_TOKENS`, about 50,000
  characters of news) is cut.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from .subheadings import mark_subheadings

#: The most tokens parsed in one ``nlp.pipe`` batch, and the longest piece of one text
#: (about 150 MB of spaCy's working memory).
PIECE_TOKENS = 10_000

#: The longest run without white space the tokenizer sees at once: its prefix and suffix rules
#: take time quadratic in a run's length (4,000 quotation marks: 1.3 s; 20,000: about a minute).
RUN_CHARS = 200
#: The most characters tokenized at once: below spaCy's ``nlp.max_length`` (E088 above it).
TOKENIZE_CHARS = 100_000
_LONG_RUN = re.compile(r"\S{%d,}" % (RUN_CHARS + 1))
_ENDS = {".", "!", "?"}
_CLOSING = {'"', "'", "”", "’", ")", "]"}
_OPENING = {'"', "'", "“", "‘", "("}


def _paragraph_end(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _sentence_end(tok: Token) -> bool:
    doc = tok.doc
    if not tok.whitespace_ or tok.i + 1 >= len(doc):
        return False
    mark = tok.text in _ENDS or (tok.text in _CLOSING and tok.i > 0 and doc[tok.i - 1].text in _ENDS)
    first = doc[tok.i + 1].text[:1]
    return mark and (first.isupper() or first.isdigit() or first in _OPENING)


def _word_end(tok: Token) -> bool:
    return bool(tok.whitespace_)


_RULES = (_paragraph_end, _sentence_end, _word_end)


def cut_points(doc: Doc, limit: int = PIECE_TOKENS) -> list[int]:
    """Where ``doc`` (tokenized, need not be parsed) is cut into pieces of at most ``limit`` tokens.

    Returns:
        ``[0, c1, ..., len(doc)]``: token indices, increasing; piece ``k`` is
        ``doc[cuts[k]:cuts[k + 1]]``. ``[0, len(doc)]`` when the doc has at most ``limit`` tokens.

    Raises:
        ValueError: when ``limit`` is less than 2.
    """
    if limit < 2:
        raise ValueError(f"limit must be at least 2 tokens, not {limit}")
    cuts, start = [0], 0
    while len(doc) - start > limit:
        window = range(start + limit - 1, start + limit // 2 - 1, -1)  # the token a cut follows
        cut = next((i + 1 for rule in _RULES for i in window if rule(doc[i])), start + limit)
        cuts.append(cut)
        start = cut
    cuts.append(len(doc))
    return cuts


def _chunks(text: str) -> list[str]:
    """``text`` cut into consecutive strings (joined, they are ``text``) of at most
    :data:`TOKENIZE_CHARS` characters, cut after white space where there is some, with every
    run of more than :data:`RUN_CHARS` non-space characters cut into pieces of that length."""
    out: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + TOKENIZE_CHARS)
        if end < len(text):
            space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = space + 1 if space > start else end
        block, last = text[start:end], 0
        for run in _LONG_RUN.finditer(block):
            if run.start() > last:
                out.append(block[last:run.start()])
            out.extend(block[i:min(i + RUN_CHARS, run.end())] for i in range(run.start(), run.end(), RUN_CHARS))
            last = run.end()
        if last < len(block):
            out.append(block[last:])
        start = end
    return out


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` for a text of any length and any content: a text over
    :data:`TOKENIZE_CHARS` characters or with a run of more than :data:`RUN_CHARS`
    non-space characters is tokenized in :func:`_chunks` joined into one ``Doc`` (its text is
    ``text``; every ``token.idx`` a Python ``str`` index into it). A run cut this way is split
    into tokens where the cut falls; nothing else changes."""
    if len(text) <= TOKENIZE_CHARS and not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    return Doc.from_docs([nlp.make_doc(chunk) for chunk in _chunks(text)], ensure_whitespace=False)


def parse(nlp: Language, texts: Iterable[str], limit: int = PIECE_TOKENS) -> Iterator[Doc]:
    """One ``Doc`` per text of ``texts``, in order, parsed by ``nlp`` in groups (and pieces) of at
    most ``limit`` tokens (see the module's rules); ``texts`` is read one group ahead.

    Texts are tokenized by :func:`tokenize`: no length is refused by spaCy (E088) and no run of
    punctuation makes the tokenizer quadratic.

    Raises:
        ValueError: as :func:`cut_points`, and whatever ``nlp`` raises.
    """
    group: list[tuple[int, Doc]] = []  # (text number, piece)
    size = 0
    parts: dict[int, list[Doc]] = {}
    counts: dict[int, int] = {}
    done = 0  # texts yielded so far

    def flush() -> Iterator[Doc]:
        nonlocal done, group, size
        docs = nlp.pipe([piece for _, piece in group], batch_size=max(1, len(group)))
        for (n, _), doc in zip(group, docs):
            parts.setdefault(n, []).append(doc)
        group, size = [], 0
        while done in counts and len(parts.get(done, ())) == counts[done]:
            pieces = parts.pop(done)
            del counts[done]
            yield pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
            done += 1

    for n, text in enumerate(texts):
        doc = tokenize(nlp, text)
        mark_subheadings(doc)  # "… 60 others. Airstrikes kill 50 militants Hours after …"
        cuts = cut_points(doc, limit)
        pieces = [doc] if len(cuts) == 2 else [doc[a:b].as_doc() for a, b in zip(cuts, cuts[1:])]
        counts[n] = len(pieces)
        for piece in pieces:
            if group and size + len(piece) > limit:
                yield from flush()
            group.append((n, piece))
            size += len(piece)
    if group:
        yield from flush()

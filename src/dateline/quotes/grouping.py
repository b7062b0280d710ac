"""Which quotes are pieces of one attribution.

An attribution is one source–cue–content triple (PARC 3.0, Pareti 2016; PolNeAR, Newell et
al. 2018); its content may come in several pieces. dateline reports every quotation it finds
(the reference annotation lists a partial quote inside a reported statement as a quote of its
own), and numbers the attribution each quote belongs to in :attr:`Quote.attribution`. Quotes
share a number when

* one lies inside another and has the same cue or no cue of its own: the partial quote in
  ``Clinton said her husband will “be the best president.”`` belongs to the indirect quote
  ``her husband will “be the best president.”`` (same cue, ``said``);
* two partial quotes of one sentence have the same cue: ``Guns are “the ultimate public health
  crisis” and “stunt children’s growth,” proclaimed Howard Dean``, or a partial quote follows,
  within :data:`MAX_TAIL_CHARS`, the reported clause its cue opens (``Clinton said he would
  abdicate U.S. leadership in the Middle East, his world view is "dangerously wrong"``: the
  parser leaves the second clause out of the reported one);
* a quote is the next paragraph of a quotation running over paragraphs (rule ``paragraph``,
  :func:`dateline.quotes.joins.link_paragraphs`);
* a quote is a later piece of a quotation interrupted by its attribution (rule ``joined``,
  :mod:`dateline.quotes.joins`: ``“To all the black girls all over the world,” Bond said,
  “Own your magic …”``) and has the cue of the quote before it;
* a quote has no cue of its own (rule ``continuation``), continues the speaker of the quote
  just before it, and only that quote's attribution lies between them, in the same paragraph:
  ``“…,” said Mike Lux, a progressive activist. “If the Democratic nominee is Hillary, …”``.

Numbers start at 0 and follow the text order of each attribution's first piece.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Quote

MAX_GAP_CHARS = 300
"""The longest text (characters) between a quote and the piece that continues it: the
attribution between them, with an apposition ("said Dino Spencer, who now runs the gym")."""


MAX_TAIL_CHARS = 60
"""The longest text (characters) between a reported clause and a partial quote of the same
cue that goes on with it."""


def _inside(b: Quote, a: Quote) -> bool:
    return a.start <= b.start and b.end <= a.end


def _same_speaker(a: Quote, b: Quote) -> bool:
    return a.speaker is not None and b.speaker is not None and a.speaker.name == b.speaker.name


def _continues(text: str, a: Quote, b: Quote) -> bool:
    if b.rule != "continuation" or not _same_speaker(a, b) or a.end > b.start:
        return False
    gap = text[a.end:b.start]
    return "\n" not in gap and len(gap) <= MAX_GAP_CHARS


def _piece(a: Quote, b: Quote) -> bool:
    return b.rule == "joined" and b.cue_start is not None and b.cue_start == a.cue_start and a.end <= b.start


def _same_cue_partials(a: Quote, b: Quote) -> bool:
    if a.cue_start is None or a.cue_start != b.cue_start or a.sentence_start != b.sentence_start:
        return False
    if a.kind == b.kind == "partial":
        return True
    # "X said A, while B “…”": a partial quote just after the reported clause its cue opens
    return (a.kind == "indirect" and b.kind == "partial" and a.rule == "clause" and a.cue_start < a.start
            and 0 <= b.start - a.end <= MAX_TAIL_CHARS)


def group_attributions(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with :attr:`Quote.attribution` set, in the same order.

    ``text`` is the article the offsets index. See the module docstring for the rules.
    """
    order = sorted(range(len(quotes)), key=lambda k: (quotes[k].start, -quotes[k].end))
    ranked = [quotes[k] for k in order]
    numbers: list[int] = []
    top: list[int] = []  # indexes of quotes that are no other quote's piece
    count = 0
    for i, b in enumerate(ranked):
        number = None
        for j in range(i):
            a = ranked[j]
            if _inside(b, a) and (b.cue_start is None or b.cue_start == a.cue_start):
                number = numbers[j]
                break
        if number is None and b.rule == "paragraph" and top:  # the next paragraph of one quotation
            number = numbers[top[-1]]
        if number is None and b.rule == "joined":  # the first piece, across quotes inside the attribution
            number = next((numbers[j] for j in reversed(top) if _piece(ranked[j], b)), None)
        if number is None and top:
            a = ranked[top[-1]]
            if _continues(text, a, b) or _same_cue_partials(a, b):
                number = numbers[top[-1]]
        if number is None:
            number = count
            count += 1
        if not any(_inside(b, ranked[j]) for j in range(i)):
            top.append(i)
        numbers.append(number)
    by_index = dict(zip(order, numbers))
    return [replace(q, attribution=by_index[k]) for k, q in enumerate(quotes)]


def share_speakers(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (numbered by :func:`group_attributions`) where a piece without a cue or a
    speaker of its own takes the cue and speaker of its attribution (a quoted fragment inside a
    headline's attribution, inside an indirect quote whose cue it lacks). A speaker only guessed
    from the quote before (rule ``continuation``) gives way to the attribution's: "Zelenskyy
    dismissed Putin's response as “deliberately” setting conditions" after a quote of Lammy's."""
    heads: dict[int, Quote] = {}
    for q in quotes:
        if q.attribution is not None and q.speaker is not None and q.cue_start is not None:
            heads.setdefault(q.attribution, q)
    out = []
    for q in quotes:
        head = heads.get(q.attribution) if q.attribution is not None else None
        if head is not None and (q.speaker is None or q.rule == "continuation" and head is not q) \
                and q.cue_start is None:
            q = replace(q, speaker=head.speaker, cue=head.cue, cue_start=head.cue_start, cue_end=head.cue_end)
        out.append(q)
    return out

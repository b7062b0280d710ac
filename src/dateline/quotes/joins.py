"""Linking the pieces of one quotation.

News writing interrupts a quotation with its attribution (``"We will win," he said, "and
soon."`` or ``"We will win," he said. "It will be soon."``) and runs one speaker's quotation
over consecutive paragraphs, each closed at its paragraph end. PolNeAR (Newell et al., 2018)
and PARC 3.0 annotate such a quotation as one content in several pieces. dateline returns
each piece as a :class:`Quote` of its own, without the interrupting attribution: a later piece
(rule ``joined``) carries the cue (offsets of the attribution between the pieces) and the
speaker of the first, and :mod:`dateline.quotes.grouping` gives every piece the same
:attr:`Quote.attribution` number, so "what did she say" is the pieces of one number in order.

Two neighbouring quotes are pieces of one when the text between them is only the first one's
attribution (``, he said,`` / ``Trump said.``: one clause of at most :data:`MAX_GAP_WORDS`
words in one paragraph, holding the first quote's cue, and no statement of its own such as
``, adding that …`` or ``, then referred to …``) and the second has no cue of its own or the
same cue. The first must not be a partial quote, and a quote introduced by a header or a
dash is never continued this way.

A quotation running over paragraphs (an opening mark on each, the closing mark only at the
end: one :class:`QuoteSpan` per paragraph, see :mod:`dateline.quotes.spans`) is one
attribution while its paragraphs bring no attribution of their own (:func:`link_paragraphs`):
``Dubois said: “… / “… / “…”`` and ``“… / “… / “…,” Dubois said.`` are each one attribution of
Dubois in three pieces. A paragraph whose piece has its own cue (``“…,” he continued.``) starts
a new attribution, as PolNeAR annotates it. Quotations in consecutive paragraphs, each closed
at its paragraph end, are not linked (the later one continues the speaker of the earlier, rule
``continuation``): PolNeAR annotates them as separate attributions.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Quote
from .spans import QuoteSpan

MAX_GAP_WORDS = 30
_JOINABLE_RULES = {"cue", "continuation", "joined", None}  # None: a piece with nothing of its own
_WORD_RE = re.compile(r"[^\W_][\w’'.\-]*")
_OWN_STATEMENT_RE = re.compile(r",\s+(?:then\b|\w+ing\s+that\b)")
_TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Sgt|Prof|Jr|Sr)\.")


def _attribution_gap(text: str, a: Quote, qa: QuoteSpan, qb: QuoteSpan) -> bool:
    """Whether the text between the two quotes is the first one's attribution."""
    if qa.close_at is None or a.cue_start is None:
        return False
    lo, hi = qa.close_at + 1, qb.open_at
    gap = text[lo:hi]
    if "\n" in gap or not (lo <= a.cue_start and a.cue_end <= hi):
        return False
    body = gap.strip()
    if body.startswith(","):
        body = body[1:].strip()
    if not body or body[-1] not in ",.:;—–":
        return False
    if _OWN_STATEMENT_RE.search(body):
        return False  # ", adding that …", ", then referred to …": the next quotation may be that statement's
    inner = _TITLE_RE.sub("", body[:-1])
    if any(ch in inner for ch in ".!?;:\"“”"):
        return False  # more than one clause
    return len(_WORD_RE.findall(body)) <= MAX_GAP_WORDS


def join_pieces(text: str, pairs: list[tuple[QuoteSpan, Quote]]) -> list[Quote]:
    """The quotes of ``pairs`` (each quotation span with its quote, in text order), a later
    piece of one quotation taking the cue and speaker of the first (see the module docstring)."""
    out: list[tuple[QuoteSpan, Quote]] = []
    for qb, b in pairs:
        if out:
            qa, a = out[-1]
            own_cue_b = b.cue_start is not None and b.rule != "continuation"
            if (a.kind != "partial" and a.rule in _JOINABLE_RULES and b.rule in _JOINABLE_RULES
                    and _attribution_gap(text, a, qa, qb) and (not own_cue_b or b.cue_start == a.cue_start)):
                if a.speaker is None and b.speaker is not None:
                    out[-1] = (qa, replace(a, speaker=b.speaker))
                b = replace(b, kind="direct", cue=a.cue, cue_start=a.cue_start, cue_end=a.cue_end,
                            speaker=a.speaker or b.speaker,
                            rule="joined" if a.rule != "continuation" else "continuation")
        out.append((qb, b))
    return [q for _, q in out]


def link_paragraphs(pairs: list[tuple[QuoteSpan, Quote]], quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (one per span of ``pairs``, in order) with the paragraph pieces of one
    quotation attributed together: a piece without a cue of its own takes the cue and speaker
    of the piece after it when that one has them (``“… / “…,” Dubois said.``), else of the piece
    before it; a later piece linked so gets rule ``paragraph`` (the same attribution as the
    piece before it, :mod:`dateline.quotes.grouping`)."""
    out = list(quotes)
    n = len(out)
    chained = [k + 1 < n and pairs[k][0].runs_on for k in range(n)]  # piece k goes on in piece k + 1
    own = [_own_attribution(q) for q in out]
    for k in range(n - 2, -1, -1):  # "“… / “…,” Dubois said.": the later cue is the quotation's
        if chained[k] and not own[k] and own[k + 1]:
            out[k] = _attributed_as(out[k], out[k + 1], "cue")
            out[k + 1] = replace(out[k + 1], rule="paragraph")
            own[k] = True
    for k in range(1, n):
        if chained[k - 1] and not own[k]:
            out[k] = _attributed_as(out[k], out[k - 1], "paragraph")
    return out


def _own_attribution(q: Quote) -> bool:
    """Whether ``q`` has a cue, header or dash of its own (not the previous speaker's)."""
    if q.rule == "continuation":
        return False
    return q.cue_start is not None or q.rule in ("header", "dash") and q.speaker is not None


def _attributed_as(q: Quote, source: Quote, rule: str) -> Quote:
    return replace(q, cue=source.cue, cue_start=source.cue_start, cue_end=source.cue_end,
                   speaker=source.speaker, rule=rule)

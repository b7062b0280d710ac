"""Finding the spans between quotation marks, robust to every common style and to errors.

Handles curly double and single marks (“ ” ‘ ’), guillemets (« » ‹ ›, and the German »…«),
the German low mark („…“), straight marks (" '), doubled apostrophes or backticks of older archives
(``…'', ''…''), apostrophes inside words ("Ukraine’s", "it's"), quotes
inside quotes (only the outermost span is returned; the inner one is part of its content),
quotes running over several paragraphs (an opening mark on each paragraph and a closing mark
only at the end, the convention of English-language news style guides: one span per
paragraph, each but the last with ``runs_on``), and unbalanced
marks: a quote left open at a paragraph end is closed there (or before the tag that ends the
paragraph: '"We will win, said John Miles.') and reported, and the rest of the article is
read as usual.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "double", "„": "double", "«": "double", "‘": "single", "‹": "single"}
CLOSERS = {"”": "double", "»": "double", "’": "single", "›": "single"}
AMBIGUOUS = {'"': "double", "'": "single", "‟": "double", "‛": "single"}
ALL_MARKS = "".join(OPENERS) + "".join(CLOSERS) + "".join(AMBIGUOUS)
_MARK_RE = re.compile(f"[{re.escape(ALL_MARKS)}]|\n")
_MARKUP_RE = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,500})?/?>")


@dataclass(frozen=True)
class QuoteSpan:
    """The content between an opening and a closing mark.

    ``start``/``end``: offsets (Python ``str`` indices) of the content without the marks and
    without surrounding white space; ``open_at``/``close_at``: offsets of the marks
    (``close_at`` is ``None`` for a span that ends at a paragraph end without one).
    ``runs_on``: the quotation goes on in the next paragraph, whose opening mark starts the
    next span (a quotation over several paragraphs is one span per paragraph).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    runs_on: bool = False

    @property
    def recovered(self) -> bool:
        """Whether the span was closed by recovery at a paragraph end (an unbalanced mark)."""
        return self.close_at is None and not self.runs_on


def _role(text: str, i: int, family_open: set[str]) -> str | None:
    """``open``, ``close``, ``either`` or ``None`` (an apostrophe) for the mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in ("’", "'", "‛") and before.isalnum() and after.isalnum():
        return None  # it's, Ukraine’s
    opening_context = before.isspace() or before in "([{—–-/:\"“"
    if ch == "’" and "single" not in family_open or ch == "'" and "single" not in family_open and not opening_context:
        # a possessive plural or an elision ("countries’ leaders", "’90s"): not a mark unless
        # a single quote is open
        return None
    if ch == "‘" and before.isalnum():
        return None
    if ch == "“" and "double" in family_open and not opening_context and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"  # a typing slip: the hit film “Frozen“ and …
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    family = AMBIGUOUS[ch]
    prev2 = text[i - 2] if i > 1 else " "
    if before == " " and prev2 in ",.!?" and family in family_open and (after.isspace() or after in ",.;:!?)"):
        return "close"  # "coalitions, '' said Mr. Gunnels": a space slipped in before the closing mark
    if before.isspace() or before in "([{—–-/:":
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "either"


_TYPEWRITER_RE = re.compile(r"''|``")


def _typewriter_marks(text: str) -> str:
    """Two apostrophes or two backticks (``like this'', as in older newspaper archives) are one
    double mark: each pair becomes '" ' (a mark and a space), so offsets do not move."""
    return _TYPEWRITER_RE.sub('" ', text) if "''" in text or "``" in text else text


def markup_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the markup tags left in a text (``<tweet id="…"
    author="…">``, ``</p>``): their attribute values are no quotations, their names no cues."""
    return [m.span() for m in _MARKUP_RE.finditer(text)] if "<" in text else []


#: A tag after an unclosed quotation ('"We will win, said candidate John Miles at a rally.'):
#: a comma, at most five words of a name or description, a common verb of saying, the rest of
#: the sentence.
_TAG_VERBS = "said|says|added|told|asked|explained|insisted|warned|wrote"
_TAG_RE = re.compile(rf",[ \t]+(?:(?:[\w.’'-]+[ \t]+){{0,5}}(?:{_TAG_VERBS})|(?:{_TAG_VERBS})[ \t]+[\w.’' -]{{1,80}})"
                     r"[^.!?\n\"“”«»]*[.!?]?[ \t]*$")


def _recovered_end(text: str, open_at: int, end: int) -> int:
    """Where an unclosed quotation opened at ``open_at`` ends when its paragraph ends at
    ``end``: after the comma of a tag that closes the paragraph, else at ``end``."""
    m = _TAG_RE.search(text, open_at + 1, end)
    return m.start() + 1 if m is not None else end


def find_quote_spans(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """Outermost quotation spans of ``text`` in order, and the offsets of unbalanced marks.

    Never raises for unbalanced marks: an unclosed quote ends at its paragraph end unless the
    next paragraph opens with a mark of the same kind (a quote running over paragraphs: its
    span in this paragraph has ``runs_on``, and the next span starts at that mark).
    Quotation marks inside markup tags (:func:`markup_spans`) are not read.
    """
    text = _typewriter_marks(text)
    if "<" in text:
        text = _MARKUP_RE.sub(lambda m: " " * len(m.group()), text)
    spans: list[QuoteSpan] = []
    unbalanced: list[int] = []
    stack: list[tuple[str, int]] = []  # (family, offset of the opening mark)

    def emit(open_at: int, close_at: int | None, end: int, runs_on: bool = False) -> None:
        start = open_at + 1
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append(QuoteSpan(start, stop, open_at, close_at, runs_on))

    continuing = False  # a quote open at the previous paragraph end goes on
    for match in _MARK_RE.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\n":
            if stack and not continuing:
                nxt = re.compile(r"\n*[ \t]*").match(text, i).end()
                family = stack[0][0]
                if nxt < len(text) and (OPENERS.get(text[nxt]) == family or AMBIGUOUS.get(text[nxt]) == family):
                    emit(stack[0][1], None, i, runs_on=True)
                    continuing = True  # that opening mark starts the next piece of the same quote
                    continue
                unbalanced.append(stack[0][1])
                emit(stack[0][1], None, _recovered_end(text, stack[0][1], i))
                stack.clear()
            continue
        if continuing:
            continuing = False
            if stack and (OPENERS.get(ch) or AMBIGUOUS.get(ch)) == stack[0][0]:
                stack[0] = (stack[0][0], i)
                continue
        family = OPENERS.get(ch) or CLOSERS.get(ch) or AMBIGUOUS[ch]
        role = _role(text, i, {f for f, _ in stack})
        if ch == "“" and stack and text[stack[-1][1]] == "„":
            role = "close"  # German style: „…“
        elif ch == "«" and stack and text[stack[-1][1]] == "»":
            role = "close"  # German style: »…«
        elif ch == "»" and not stack and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-/:"):
            role = "open"
        if role is None:
            continue
        open_families = [f for f, _ in stack]
        if role == "close" or (role == "either" and family in open_families):
            if family not in open_families:
                unbalanced.append(i)
                continue
            while stack and stack[-1][0] != family:  # an inner quote left open
                stack.pop()
            _, open_at = stack.pop()
            if not stack:
                emit(open_at, i, i)
        else:
            stack.append((family, i))
    if stack:
        unbalanced.append(stack[0][1])
        emit(stack[0][1], None, _recovered_end(text, stack[0][1], len(text)))
    return spans, unbalanced

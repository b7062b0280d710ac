"""A speaker no actor stands for, by the words that describe it: "a homeless man", "progressive
groups", "opposition leader Marine Le Pen" (the name a description ends with).

The description is the subject's noun phrase without what the parser hung after it: a relative
clause or participle ("groups arguing that …"), an aside set off by a comma ("Trump, in
Kentucky, said"), anything past a line break, a dateline before it, a possessive ending.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp.sentences import doc_text
from ..records import Speaker

#: A dateline opening a paragraph: "WASHINGTON (AP) —", "CLEVELAND, July 19 (UPI) —".
_DATELINE_RE = re.compile(
    r"([A-Z][A-Za-z.'’-]*(?:[ ,]+(?:[A-Z][A-Za-z.'’-]*|\d{1,4})){0,4})[ \t]*(\([A-Za-z .-]+\))?[ \t]*[—–―-]{1,2}[ \t]+")


def dateline_end(tok: Token) -> int | None:
    """The offset where a dateline ("WASHINGTON (AP) —", "CLEVELAND, July 19 (UPI) —") that opens
    ``tok``'s paragraph ends, or ``None``."""
    text = doc_text(tok.doc)
    para = text.rfind("\n", 0, tok.idx) + 1
    m = _DATELINE_RE.match(text, para)
    if m is None or not (m.group(2) or m.group(1).replace(",", "").replace(" ", "").isupper()):
        return None
    return m.end()


def described(subj: Token) -> Speaker:
    """The :class:`Speaker` a description names: ``name`` the proper name it ends with or its
    words; the mention offsets are Python ``str`` indices of those words."""
    left, right = subj.left_edge.i, subj.right_edge.i
    clause = next((c.left_edge.i for c in subj.rights if c.dep_ in ("acl", "relcl")), None)
    right = right if clause is None else clause - 1  # "progressive groups arguing that …": the groups
    comma = next((t.i for t in subj.doc[subj.i + 1: right + 1] if t.text in (",", "(", "—", "–")), None)
    if comma is not None:
        right = comma - 1  # "Trump, in Kentucky, said": the description ends before its aside
    breaks = [t.i for t in subj.doc[left: right + 1] if "\n" in t.text]
    if breaks:  # a description never runs over a line break ("6:50 p.m.\n\nWith her husband")
        before = [b for b in breaks if b < subj.i]
        after = [b for b in breaks if b > subj.i]
        left = before[-1] + 1 if before else left
        right = after[0] - 1 if after else right
    span = subj.doc[left: right + 1]
    if len(span) > 10:  # too long to be a name: the words up to the head, else the head alone
        span = subj.doc[left: subj.i + 1] if subj.i - left < 10 else subj.doc[subj.i: subj.i + 1]
    end = dateline_end(subj)
    if end is not None and span.start_char < end <= subj.idx:
        span = subj.doc.char_span(end, span.end_char, alignment_mode="expand") or span
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].lower_ in ("'s", "’s") or span[-1].is_punct):
        span = span[:-1]  # "Wyden's allegation": Wyden
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]  # a closing quotation mark the parser hung on the description
    return Speaker(name=description_name(span), mention=span.text, mention_start=span.start_char,
                   mention_end=span.end_char)


def description_name(span) -> str:
    """The name a speaker's description ends with ("opposition leader Marine Le Pen": Marine Le
    Pen, two proper nouns or more after the words that describe her), else the description."""
    k = len(span)
    while k > 0 and span[k - 1].pos_ == "PROPN" and span[k - 1].is_title:
        k -= 1
    run = span[k:]
    if len(run) >= 2 and k > 0 and span[k - 1].is_lower and span[k - 1].pos_ == "NOUN":
        return run.text
    return span.text

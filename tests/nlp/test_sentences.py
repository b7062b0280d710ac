"""Sentence lookup (dateline.nlp.sentences): the span of ``Token.sent``, without keeping the Doc alive."""
from __future__ import annotations

import gc
import weakref

from dateline.nlp.sentences import sentence


def test_sentence_equals_token_sent(nlp):
    doc = nlp("The talks resumed on Monday. \"We are hopeful,\" the minister said. Nothing was signed.")
    assert [sentence(t) == t.sent for t in doc] == [True] * len(doc)
    assert sentence(doc[-2]).text == "Nothing was signed."


def test_a_doc_is_freed_without_the_cycle_collector(nlp):
    # spans kept in doc.user_data would refer back to the doc: a cycle that only the cycle
    # collector frees, which kept every parsed article of a worker in memory (issue 6)
    doc = nlp("The talks resumed on Monday. The minister said nothing was signed.")
    assert sentence(doc[7]).text == "The minister said nothing was signed."
    ref = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()

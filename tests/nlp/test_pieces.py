"""Parsing in bounded groups and pieces (dateline.nlp.pieces): offsets stay ``str`` indices into
the original text, grouping changes nothing, cutting changes little and only near the cuts."""
from __future__ import annotations

import csv

import pytest

from shared_paths import SHARED

from dateline.nlp.pieces import cut_points, parse


def _wikinews(n: int) -> list[str]:
    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as fh:
        return [row["text"] for _, row in zip(range(n), csv.DictReader(fh))]


def _annotations(doc) -> list[tuple]:
    return [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_cut_points_prefer_paragraph_ends_then_sentence_ends_then_spaces(nlp):
    paragraphs = nlp.make_doc(("The minister said the talks would resume. " * 3 + "\n\n") * 4)
    assert len(paragraphs) == 100  # four paragraphs of 25 tokens, the last one "\n\n"
    assert cut_points(paragraphs, 60) == [0, 50, 100]  # after the second paragraph
    one_line = nlp.make_doc("The minister said the talks would resume. " * 10)
    assert len(one_line) == 80 and cut_points(one_line, 60) == [0, 56, 80]  # after the 7th sentence
    words = nlp.make_doc("word " * 100)
    assert cut_points(words, 60) == [0, 60, 100]  # after the last word within 60 tokens
    dashes = nlp.make_doc("a-" * 100)  # no white space at all: a cut after 60 tokens
    assert len(dashes) == 199 and cut_points(dashes, 60) == [0, 60, 120, 180, 199]
    assert cut_points(paragraphs, 100) == [0, 100]
    assert cut_points(nlp.make_doc(""), 60) == [0, 0]
    with pytest.raises(ValueError):
        cut_points(paragraphs, 1)


def test_grouping_changes_no_annotation(nlp):
    texts = _wikinews(8)
    alone = [_annotations(nlp(t)) for t in texts]
    grouped = [_annotations(d) for d in parse(nlp, texts, limit=1000)]  # about two articles a group
    assert grouped == alone


def test_a_long_text_parsed_in_pieces_keeps_str_offsets(nlp):
    text = "Déjà vu — " + "\n\n".join(_wikinews(6))  # characters outside ASCII before every cut
    whole, [cut] = nlp(text), list(parse(nlp, [text], limit=800))
    cuts = cut_points(nlp.make_doc(text), 800)
    assert (len(text), cuts) == (14_003, [0, 762, 1545, 2304, 2609])  # each after a paragraph end
    assert cut.text == text
    assert [(t.idx, t.text) for t in cut] == [(t.idx, t.text) for t in whole]
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in cut)
    assert all(text[e.start_char:e.end_char] == e.text for e in cut.ents)
    assert all(cut[i].is_sent_start for i in cuts[1:-1])  # every cut starts a sentence
    same = sum(a == b for a, b in zip(_annotations(cut), _annotations(whole)))
    assert same == 2605  # of 2,609 tokens: the other 4 are next to a cut


def test_pipeline_offsets_hold_when_articles_are_cut(nlp):
    from dateline.pipeline import Pipeline
    from dateline.records import Article

    text = "\n\n".join(_wikinews(6))
    ex = Pipeline(nlp, piece_tokens=800).extract(Article(id="long", text=text, published="2019-01-10"))
    assert ex.quotes and ex.events
    assert all(text[q.start:q.end] == q.text for q in ex.quotes)
    assert all(text[m.start:m.end] == m.text for a in ex.actors for m in a.mentions)
    assert all(text[e.trigger_start:e.trigger_end] == e.trigger for e in ex.events)


def test_a_run_of_quotation_marks_is_tokenized_in_slices_and_parsed(nlp, reference_text):
    # 20,000 '"' in one run took the tokenizer about a minute (issue 17): runs are cut into slices
    from dateline.nlp.pieces import RUN_CHARS, tokenize

    text = reference_text[:1500] + "\n\n" + '"' * 20000 + "\n\n" + reference_text[1500:3000]
    doc = tokenize(nlp, text)
    assert doc.text == text and all(t.idx == text.index(t.text, t.idx) for t in doc)
    marks = [t for t in doc if set(t.text) == {'"'}]
    assert sum(len(t) for t in marks) == 20000 and max(len(t) for t in marks) <= RUN_CHARS
    assert [t.text for t in doc[:6]] == [t.text for t in nlp.make_doc(reference_text[:1500])[:6]]
    [parsed] = list(parse(nlp, [text]))
    assert parsed.text == text and parsed.has_annotation("DEP")


def test_a_text_over_spacys_max_length_is_tokenized_without_e088(nlp, reference_text):
    text = "\n\n".join([reference_text] * (nlp.max_length // len(reference_text) + 2))
    assert len(text) > nlp.max_length
    with pytest.raises(ValueError, match="E088"):
        nlp.make_doc(text)
    from dateline.nlp.pieces import tokenize

    doc = tokenize(nlp, text)
    assert doc.text == text and len(doc) > 300_000
    last = doc[-2]  # the reference article's last word, at its own offset
    assert text[last.idx:last.idx + len(last)] == last.text

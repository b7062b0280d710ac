"""Glued subheadings (:mod:`dateline.nlp.subheadings`) on real text: VOA pages lose the line break
after a subheading; running text and title-case headlines keep their sentences."""
from __future__ import annotations

import json

from dateline.nlp.subheadings import mark_subheadings
from tests.shared_paths import SHARED


def _story(story_id: str) -> str:
    with (SHARED / "corpora" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as fh:
        return next(json.loads(line)["text"] for line in fh if str(json.loads(line)["id"]) == story_id)


def _starts(nlp, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    mark_subheadings(doc)
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_a_subheading_glued_to_the_next_sentence_ends_before_it(nlp):
    # VOA 8008152 (Somali forces after the hotel siege): "… injured 60 others. Airstrikes kill 50
    # militants Hours after ending this week’s hotel siege, …"
    text = _story("8008152")
    assert _starts(nlp, text) == ["Hours", "On"]  # and "Media outlets closed On another … front"
    doc = next(nlp.pipe([_marked(nlp, text)]))
    hours = next(t for t in doc if t.text == "Hours")
    assert hours.sent.text.startswith("Hours after ending this week")


def _marked(nlp, text):
    doc = nlp.make_doc(text)
    mark_subheadings(doc)
    return doc


def test_running_text_and_headlines_keep_their_sentences(nlp):
    # AllSides, as printed: a name after "The"; a sentence that opens with an opener and names a
    # film; a title-case headline before its story
    assert _starts(nlp, "Trump told The New York Times he intends to \"prime the pump to some extent.\"") == []
    assert _starts(nlp, "Do they favor background checks? In the documentary Under the Gun, she says no.") == []
    assert _starts(nlp, "Free Speech In Hong Kong\n\nThe city passed a law.") == []

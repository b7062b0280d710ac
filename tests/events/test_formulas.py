"""Set phrases that look like acts and are none (:mod:`dateline.events.formulas`), and a "call
for" something that is a demand, not a phone call; sentences of VOA stories of the training
split and outside the annotated sets (../shared/corpora/voa)."""
import json

import pytest

from dateline.records import Article
from tests.shared_paths import SHARED


def _sentence(story: str, needle: str) -> tuple[str, str]:
    with (SHARED / "corpora" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as fh:
        record = next(json.loads(line) for line in fh if json.loads(line)["id"] == story)
    text = record["text"]
    at = text.index(needle)
    start = text.rfind(". ", 0, at) + 2
    return text[start: text.index(".", at) + 1], record["published"][:10]


@pytest.mark.parametrize("story, needle", [
    ("8008126", "have pleaded not guilty"),  # "Amirov and Omarov, both from Azerbaijan, have pleaded not guilty."
    ("8008126", "email requesting comment"),  # "Iran’s Foreign Ministry did not immediately reply to VOA’s email …"
    ("8009044", "email requesting comment"),  # "The White House did not reply to VOA’s email requesting comment …"
])
def test_a_plea_and_the_newsrooms_request_are_no_events(pipeline, story, needle):
    text, published = _sentence(story, needle)
    events = pipeline.extract(Article(story, text, published=published)).events
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


def test_a_call_for_an_arrangement_is_a_request(pipeline):
    # VOA 7810159 (train): "Asian NATO Ishiba's call for a collective security arrangement like an
    # Asian NATO … stems from uncertainty …" (the subheading "Asian NATO" glued to its front): the
    # noun "call" reads as a phone call (CONSULT) in the lexicon; with "for" it is a demand
    from dateline.events.refine import refined_type
    from dateline.training.events import story_coders

    text, published = _sentence("7810159", "call for a collective security")
    [(_, coder)] = list(story_coders(pipeline, [{"id": "t", "text": text, "published": published}]))
    call = next(c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "call")
    assert [a.country for a in call.actor] == ["JPN"]
    assert refined_type(call, "CONSULT") == "REQUEST"


def test_refusing_to_comment_is_no_rejection(pipeline):
    # VOA 6183074 (not annotated): "Malawi's education authorities refused to comment." (CAMEO 011
    # "decline comment" is a public statement; it was REJECT of MWI)
    text, published = _sentence("6183074", "refused to comment")
    events = pipeline.extract(Article("6183074", text, published=published)).events
    assert not events, [(e.type, e.trigger) for e in events]
    # the verb keeps its sense with another object: "refused to release the prisoners"
    events = pipeline.extract(Article("t", "Iran refused to release the prisoners.", published=published)).events
    assert [(e.type, [a.country for a in e.actor]) for e in events if e.type == "REJECT"] == [("REJECT", ["IRN"])]

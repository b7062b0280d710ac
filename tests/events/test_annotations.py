"""The AllSides articles annotated for the event model (src/dateline/training/annotations):
every file is in the reference format the scorer reads, and every event's note quotes words of
its article, which is how the build ties the event to its sentence."""
from __future__ import annotations

import re

import pytest

from dateline.evaluation.events import matches
from dateline.events.lexicon import PLOVER_TYPES
from dateline.training.build_events import ANNOTATIONS, read_annotated
from dateline.training.events import event_sentences
from tests.shared_paths import SHARED

AUX = {"historical", "future", "hypothetical", "negated"}


@pytest.fixture(scope="module")
def annotated():
    return read_annotated(SHARED)


def test_every_annotation_finds_its_article(annotated):
    assert len(annotated) == len(list(ANNOTATIONS.glob("*.json"))) == 24
    assert all(story["text"] and story["published"] for _, story in annotated)


def test_events_are_typed_and_coded_as_the_reference_format(annotated):
    for gold, _ in annotated:
        for event in gold["events"] + gold.get("forbidden_events", []):
            assert event["type"] and set(event["type"]) <= set(PLOVER_TYPES), (gold["source"]["id"], event)
            assert set(event.get("aux", [])) <= AUX, (gold["source"]["id"], event)
            for code in event["actor"] + event["recipient"]:
                assert re.fullmatch(r"[A-Z]{2,}(-[A-Z]+)?", code), (gold["source"]["id"], code)


def test_every_note_points_at_a_sentence_of_its_article(annotated):
    for gold, story in annotated:
        text = story["text"]
        starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", text)]
        sentences = list(zip(starts, starts[1:] + [len(text)]))
        for event in gold["events"]:
            assert event_sentences(event["note"], text, sentences), (gold["source"]["id"], event["note"])


def test_the_china_tariff_threat_is_annotated_as_the_scorer_matches_it(annotated):
    # allsides AyAfvQfxzlRcyLTM (CNN, 2018-08-03): "China has announced plans to put tariffs of up to
    # 25% on US products worth $60 billion" (a threat held out against the US)
    gold = next(g for g, _ in annotated if g["source"]["id"] == "AyAfvQfxzlRcyLTM")
    assert any(matches(e, {"CHN"}, {"USA"}) and e["type"][0] == "THREATEN" and e["required"] for e in gold["events"])

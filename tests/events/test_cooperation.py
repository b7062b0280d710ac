"""Material cooperation the PLOVER manual codes COOPERATE (v0.8, sections COOPERATE and
MOBILIZE): intelligence and evidence shared, joint exercises; an exercise of one state is
MOBILIZE. Sentences of ../shared/gold/plv_train.tsv (training data), as printed there."""
from __future__ import annotations

import gzip
import json

import pytest

from tests.shared_paths import SHARED


def _events(extract, text):
    return [(e.type, sorted(a.country for a in e.actor), sorted(a.country for a in e.recipient))
            for e in extract(text, "2020-01-01").events]


@pytest.mark.parametrize("text, want", [
    ("Swiss federal prosecutors have shared evidence with the U.S. Department of Justice which has secured more than "
     "40 guilty pleas, convictions and indictments in its ongoing soccer investigation.",
     ("COOPERATE", ["CHE"], ["USA"])),
    ("Turkish officials shared evidence with Saudi Arabia and other nations over Khashoggi's killing.",
     ("COOPERATE", ["TUR"], ["SAU"])),
    # a joint exercise: every party an actor
    ("The Jordan and the United States began a new round of joint military exercises today in the southern desert "
     "of the kingdom.", ("COOPERATE", ["JOR", "USA"], [])),
    # two states' war games, "launched": no assault on the waters they are near
    ("US and Western allies launch war games near Iran waters.", ("COOPERATE", ["USA", "WST"], ["IRN"])),
])
def test_sharing_and_joint_exercises_are_cooperation(extract, text, want):
    assert want in _events(extract, text)


def test_shared_concerns_are_no_cooperation(extract):
    # VOA 7810159 (annotated train story): "Tokyo and Washington shared concerns over China's …":
    # a feeling voiced, not information shared
    text = ("In a joint statement issued at their Security Consultative Committee meeting in July, Tokyo and Washington "
            "shared concerns over China's \"rapid expansion of its nuclear weapons arsenal\" and agreed to strengthen "
            "deterrence.")
    assert not [e for e in _events(extract, text) if e[0] == "COOPERATE"]


def test_cooperation_carries_its_cameo_code_and_context(extract):
    # CAMEO 064 share intelligence or information, 062 cooperate militarily (crosswalk contexts)
    shared = extract("Turkish officials shared evidence with Saudi Arabia and other nations over Khashoggi's killing.",
                     "2020-01-01").events
    assert [(e.cameo, e.context) for e in shared if e.type == "COOPERATE"] == [("064", ["intelligence"])]
    games = extract("The Jordan and the United States began a new round of joint military exercises today in the "
                    "southern desert of the kingdom.", "2020-01-01").events
    assert [(e.cameo, e.context) for e in games if e.type == "COOPERATE"] == [("062", ["military"])]


def test_information_shared_with_no_state_is_no_cooperation(extract):
    # allsides TrTdRCc9JQAAmgfG (a fresh user's find, the whole article): "When a soldier who shared
    # information with the press and public is punished …" was COOPERATE 064 of the USA with no
    # recipient; COOPERATE needs one (manual v0.8, COOPERATE: "Requires recipient: Yes")
    with gzip.open(SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        text = next(r["content_original"] for r in map(json.loads, fh) if r["ID"] == "TrTdRCc9JQAAmgfG")
    events = extract(text).events
    assert not [e for e in events if "shared information with the press" in text[e.start:e.end]]

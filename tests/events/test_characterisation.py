"""A speaker who characterises something ("called Chinese subsidies “unbearable”") accuses the
party it belongs to or is aimed at (the VOA guidelines: "a speaker calling an attack 'a betrayal'
ACCUSEs"), not someone called on. Sentences from VOA stories: 7808748 (unannotated, read to
write the rule) and 7638284 (``gold/voa/train``)."""
from __future__ import annotations

import pytest

from tests.events.told import told_in


@pytest.fixture(scope="module")
def stories(voa_extracted):
    return {sid: voa_extracted(sid) for sid in ("7808748", "7638284")}


def test_calling_a_states_policy_unbearable_accuses_that_state(stories):
    # "French President Emmanuel Macron in Berlin called Chinese subsidies “unbearable.”": the
    # object is outside the quote, and "called" asks nothing (it was REQUEST France -> China)
    events = told_in(stories["7808748"], 'called Chinese subsidies "unbearable."')
    assert ("ACCUSE", ["FRA"], ["CHN"]) in events
    assert not [e for e in events if e[0] == "REQUEST"]


def test_a_pronoun_characterised_stands_for_the_event_noun_before_it(stories):
    # "China conducted the military drills encircling Taiwan and called them “a punishment for
    # separatist acts.”": "them" are the drills, aimed at Taiwan
    events = told_in(stories["7638284"], "called them “a punishment for separatist acts.”")
    assert ("ACCUSE", ["CHN"], ["TWN"]) in events
    assert ("MOBILIZE", ["CHN"], ["TWN"]) in events

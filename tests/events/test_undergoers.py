"""Who acts and who is acted on where the subject undergoes the act ("stand accused", "is facing
criticism"), aid given to the people of a state, a warning held out to no one, and a grouping's
members as its side. Sentences from VOA stories: unannotated ones read to write the rules, and
``gold/voa/train`` ones (never ``dev``)."""
from __future__ import annotations

import pytest

from dateline.records import Article
from tests.events.told import told_in
from tests.shared_paths import voa_story

STORIES = ("6203896", "8009044", "8011117", "8009719", "6202623", "6205696", "8010030")


@pytest.fixture(scope="module")
def stories(voa_extracted):
    """Each story's text and extraction, by VOA id."""
    return {sid: voa_extracted(sid) for sid in STORIES}


@pytest.mark.parametrize("sid, words", [
    # "Two Ivorian soldiers and a mercenary from Belarus stand accused of the 2004 bombing …"
    # (parsed as an adverbial clause of "stand"): the soldiers are accused, they accuse no one
    ("6203896", "stand accused of the 2004 bombing"),
    # "Lai, a businessman and founder of the now-shuttered Apple Daily newspaper in Hong Kong, stands
    # accused of collusion …": Lai (given GBR by the story) is no accuser
    ("8009044", "stands accused of collusion"),
    # "Syria's newly adopted constitution is facing criticism from legal experts …": criticism of
    # Syria, not by it
    ("8011117", "is facing criticism from legal experts"),
])
def test_the_subject_that_undergoes_an_accusation_is_not_its_actor(stories, sid, words):
    events = told_in(stories[sid], words)
    subject = {"6203896": "CIV", "8009044": "GBR", "8011117": "SYR"}[sid]
    assert not [e for e in events if e[0] == "ACCUSE" and subject in e[1]]


def test_facing_sanctions_from_a_body_makes_the_body_the_actor(pipeline):
    # the same construction with its actor named after "from" (a made sentence: the stories read
    # name none): SANCTION EU -> Iran, by the noun and by the verb alike
    result = pipeline.extract(Article(id="x", text="Iran faces new sanctions from the European Union over its "
                                                   "nuclear program.", published="2025-03-01"))
    coded = {(e.type, tuple(a.country for a in e.actor), tuple(a.country for a in e.recipient))
             for e in result.events}
    assert ("SANCTION", ("EUR",), ("IRN",)) in coded
    assert not [c for c in coded if "IRN" in c[1]]


def test_aid_goes_to_the_people_of_the_state_it_is_given_in(stories):
    # 8009719 (Malawi floods): "the World Food Program on Thursday distributed some relief items to
    # affected people in Mulanje district": AID UN -> Malawi (manual, AID: "Requires recipient: Yes")
    assert ("AID", ["UN"], ["MWI"]) in told_in(stories["8009719"], "distributed some relief items")
    # 6202623 (Haiti): "The U.S. government, through our INL … programs, has provided technical
    # assistance, training and equipment …": to Haiti, the story's state
    assert ("AID", ["USA"], ["HTI"]) in told_in(stories["6202623"], "has provided technical assistance")


def test_a_warning_held_out_to_no_one_is_no_threat(stories):
    # 6205696 (gold/voa/train; Barnier): "he has warned that, although an “unlikely event,” other
    # member states could decide to quit": a forecast, no THREATEN (it was one, France -> no one)
    events = told_in(stories["6205696"], "he has warned that")
    assert not [e for e in events if e[0] == "THREATEN"]


def test_a_place_in_a_member_of_the_grouping_is_not_acted_on(pipeline):
    # 8010030 (gold/voa/train): "Top diplomats from the Group of Seven leading industrial nations
    # gathered Thursday in Charlevoix, Quebec": Canada is one of the G7, so the place of their act
    # is on their side (a retrained model once coded this COERCE G7 -> CAN by the place)
    from dateline.training.events import story_coders
    story = voa_story("8010030")
    [(_, coder)] = list(story_coders(pipeline, [story]))
    g7 = [a for a in coder.actors.actors if a.country == "G7"]
    assert g7 and {"G7", "CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"} <= coder._sides(g7)
    assert "CAN" not in coder._sides([a for a in coder.actors.actors if a.country == "UKR"])


def test_a_participle_of_stance_keeps_its_subject_as_the_actor(pipeline):
    # a made sentence beside the rule's cases: "is opposed to" is a stance China takes, not an act
    # done to China (the first form of the rule took every participle after "be" and made China
    # the one opposed)
    result = pipeline.extract(Article(id="x", text="China is opposed to the new U.S. sanctions on Iran.",
                                      published="2025-03-01"))
    opposed = [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient])
               for e in result.events if e.trigger == "opposed"]
    assert opposed == [("REJECT", ["CHN"], ["USA"])]

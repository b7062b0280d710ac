"""Rejections (PLOVER REJECT, CAMEO 12) on real sentences: whom they answer, phrasal verbs, the
speaker's own "we reject", and what a rejection does to the thing it rejects."""
from __future__ import annotations

from tests.events.test_candidates import codes, coded, event  # noqa: F401 - fixtures

# VOA 8011076 (Pakistan train hijacking), 2025-03-14; not an annotated dev story
BLAMED = ("Pakistani officials blamed archrival India, accusing it of providing support to anti-Pakistan militants "
          "in Afghanistan, a charge New Delhi quickly rejected.")
WE_REJECT = ("“We strongly reject the baseless allegations made by Pakistan,” Indian foreign ministry spokesperson "
             "Randhir Jaiswal told reporters.")


def test_a_rejection_answers_the_accusation_made_against_its_actor(coded):
    e = event(coded(BLAMED, "2025-03-14"), "REJECT", "rejected")
    assert (codes(e.actor), codes(e.recipient)) == (["IND"], ["PAK"])
    assert e.rule.endswith("+answers") and e.aux == []


def test_the_speakers_own_we_reject_in_a_quote_is_the_speakers_state_rejecting(coded):
    coder = coded(WE_REJECT, "2025-03-14")
    speaker = coder.quotes[0].speaker
    assert (speaker.name, speaker.country) == ("Randhir Jaiswal", "IND")
    e = event(coder, "REJECT", "reject")
    # the agent of "allegations made by Pakistan" is whose allegations they are
    assert (codes(e.actor), codes(e.recipient)) == (["IND"], ["PAK"])


def test_a_phrasal_verb_of_refusal_rejects_and_the_refused_talks_are_no_meeting(coded):
    # allsides BAYbem70O4wYhPuq (BBC News, "Syria air strikes: Trump defends claiming 'mission accomplished'",
    # 2018-04-15); the story names her earlier as the US ambassador to the UN (first sentence written here)
    coder = coded("Nikki Haley, the U.S. ambassador to the United Nations, spoke on Sunday. Ms Haley also ruled out "
                  "any direct talks with Mr Assad.", "2018-04-15")
    e = event(coder, "REJECT", "ruled out any direct talks")
    assert codes(e.actor) == ["USA"] and e.cameo == "120"
    assert not [x for x in coder.code() if x.type == "CONSULT"]  # the talks ruled out are nobody's


def test_a_denial_negates_what_it_denies_not_the_clause_joined_to_it(coded):
    # written here after the accusation-and-denial pairs of VOA train stories: "denied ... and blamed"
    coder = coded("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant on Sunday. Moscow denied the "
                  "accusation and blamed Kyiv.", "2025-03-14")
    blamed = event(coder, "ACCUSE", "blamed")
    assert (codes(blamed.actor), codes(blamed.recipient), blamed.aux) == (["RUS"], ["UKR"], [])
    denied = event(coder, "REJECT", "denied the accusation")
    assert (codes(denied.actor), codes(denied.recipient)) == (["RUS"], ["UKR"])

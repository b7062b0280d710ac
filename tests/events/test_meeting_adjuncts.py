"""Talks told as an adjunct of a clause are held by the clause's subject, with the party after
"with" ("will join Mike Waltz for the Jeddah talks with Ukrainian officials"), as future as the
clause, and dated by its verb's weekday ahead (`candidates._noun`, `Scene.event_date`).
Sentences from VOA stories outside ``gold/voa/dev``."""
from __future__ import annotations


def test_talks_someone_will_join_are_a_future_meeting_on_the_coming_day(voa_extracted):
    # 8005899 (published Monday 2025-03-10): "On Tuesday, Rubio will join U.S. national security
    # adviser Mike Waltz for the Jeddah talks with Ukrainian officials as President Donald Trump
    # pushes to broker a swift end to the war."
    text, result = voa_extracted("8005899")
    talks = [e for e in result.events if e.trigger == "talks" and "for the Jeddah talks" in text[e.start:e.end]]
    assert [(e.type, [a.name for a in e.actor], [a.country for a in e.recipient], e.aux, e.date)
            for e in talks] == [("AGREE", ["Marco Rubio"], ["UKR"], ["future"], "2025-03-11")]


def test_talks_without_a_party_after_with_take_no_subject(extract):
    # a summit where something was said is no meeting of the speaker's (LOSO on gold/voa/train:
    # "“…,” Orban said at one summit" became CONSULT of Hungary)
    result = extract("Orban said at one summit that Hungary would help with repatriation.", "2025-03-04")
    assert not [e for e in result.events if e.trigger == "summit"]


def test_talks_beside_an_act_of_force_are_not_its_actors(extract):
    # (a fresh user's sentence, session 24's review) the drones were launched during the talks;
    # the talks are not Russia's with the US officials, nor a sanction
    result = extract("Russian forces launched drones at Kyiv during talks with U.S. officials in Saudi Arabia.",
                     "2025-03-13")
    assert [(e.type, [a.country for a in e.actor]) for e in result.events] == [("ASSAULT", ["RUS"])]


def test_a_weekday_that_hangs_from_no_verb_is_not_moved_ahead(extract):
    # "The vote is on Wednesday": the weekday dates the vote's "is", not the future sending
    result = extract("The vote is on Wednesday, and Kenya will send troops to Haiti.", "2025-03-13")
    sent = [e for e in result.events if e.trigger == "send"]
    assert [(e.type, e.aux, e.date) for e in sent] == [("MOBILIZE", ["future"], "2025-03-12")]

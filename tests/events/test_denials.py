"""Rejections and denials: a verb of reaction answers the act its object names and does not take
its type ("dismissed the U.S. sanctions" is no sanction by the one who dismissed them); a statement
calling what was said false is a denial; "it" in a ministry's reported clause is the ministry."""
from __future__ import annotations

from dateline.events.features import denies
from tests.events.test_candidates import candidate, codes, coded, event  # noqa: F401 - fixtures

# allsides (sentences of real reports on denials, as printed)
FALSE = ["Her allegations are false,", "said those reports were false and gave no indication he planned to step down"]


def test_a_reaction_verb_does_not_take_the_type_of_the_act_it_answers(coded):
    coder = coded("Venezuela's government dismissed the U.S. sanctions as illegal.", "2025-03-01")
    assert [(e.type, codes(e.actor)) for e in coder.code() if e.type == "SANCTION"] == [("SANCTION", ["USA"])]
    assert candidate(coder, "verb", "dismissed").noun is None
    e = event(coder, "REJECT", "dismissed")
    assert (codes(e.actor), codes(e.recipient)) == (["VEN"], ["USA"])


def test_calling_what_was_said_false_is_a_denial(nlp):
    assert all(denies(nlp(text)) for text in FALSE)
    assert denies(nlp("These accusations are absurd and baseless."))
    assert denies(nlp("That is not true."))
    # "lie" the verb, a negation of something else, or praise deny nothing
    assert not denies(nlp("These challenges lie behind his desire for an Asian NATO."))
    assert not denies(nlp("What I fear more is not that they will disengage."))
    assert not denies(nlp("This is a historic and courageous decision."))


def test_it_in_the_clause_a_possessed_ministry_reports_is_that_state(coded):
    coder = coded("Ukraine's foreign ministry said it categorically rejects Russia's claims about the attack.",
                  "2025-03-01")
    e = event(coder, "REJECT", "rejects")
    assert (codes(e.actor), codes(e.recipient)) == (["UKR"], ["RUS"])
    assert [q.speaker.country for q in coder.quotes] == ["UKR"]

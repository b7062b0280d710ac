"""A group that speaks is placed by its own words ("Hong Kong authorities") or, for government,
military and court groups, by a state at least half the story names; the places its sentence
names are what it speaks about (``Parties.placed_speaker``). Words it rejects are not its own
statement. Sentences from VOA stories outside ``gold/voa/dev``."""
from __future__ import annotations

from tests.shared_paths import voa_story


def _in(text: str, result, words: str) -> list:
    start = text.index(words)
    return [e for e in result.events if e.start <= start < e.end]


def test_hong_kong_authorities_reject_and_do_not_accuse(voa_extracted):
    # 8009044: "Hong Kong authorities have rejected accusations that Lai's trial is unfair and
    # maintain that press freedom and the rule of law are intact." Before: no event (the group had
    # no state); the rejected "accusations" must not become the authorities' own ACCUSE
    text, result = voa_extracted("8009044")
    events = _in(text, result, "Hong Kong authorities have rejected")
    assert [(e.type, e.trigger, [a.country for a in e.actor]) for e in events] == [("REJECT", "rejected", ["HKG"])]
    assert events[0].actor[0].name == "authorities"


def test_prosecutors_are_not_placed_in_the_state_they_speak_of(voa_extracted):
    # 8008126 (gold/voa/train): "Prosecutors say Amirov, 45, and Omarov, 40, hired Mehdiyev to kill
    # Alinejad, a vocal critic of Tehran's human rights abuses." Iran is named most in the story but
    # by less than half its state mentions, and "Tehran's" is what they speak of
    text, result = voa_extracted("8008126")
    assert not [e for e in result.events if any(a.name == "prosecutors" and a.country == "IRN" for a in e.actor)]


def test_the_military_of_a_story_set_in_one_state_is_that_state(voa_extracted):
    # 7686618 (gold/voa/train), the C.A.R.: "The military says it is still searching for bodies and
    # transporting injured civilians to hospitals for treatment."
    text, result = voa_extracted("7686618")
    events = _in(text, result, "The military says it is still searching")
    assert events and all([a.country for a in e.actor] == ["CAF"] for e in events)


def test_an_authority_reports_its_own_acts_told_in_the_passive(voa_extracted):
    # 7686618 (gold/voa/train): "On Thursday, officials said several hundred troops and humanitarian
    # workers were deployed to the villages …" (no agent: the officials' state deployed them; the
    # annotation codes MOBILIZE CAF); "… forces of the United Nations Multidimensional Integrated
    # Stabilization Mission …, or MINUSCA, have been deployed": forces with an owner deploy themselves
    text, result = voa_extracted("7686618")
    troops = [e for e in _in(text, result, "officials said several hundred troops") if e.type == "MOBILIZE"]
    assert troops and all([a.country for a in e.actor] == ["CAF"] for e in troops)


def test_forces_with_an_owner_deploy_themselves(pipeline):
    from dateline.training.events import story_coders
    story = voa_story("7686618")
    [(_, coder)] = list(story_coders(pipeline, [story]))
    deployed = [c for c in coder.candidates() if c[0].kind == "verb" and c[0].trigger.text == "deployed"]
    roles = {(c.actor_role, tuple(a.country for a in c.actor)) for c, _ in deployed}
    # "… officials said several hundred troops … were deployed": the officials' state reports it
    # "… forces of the United Nations … Mission …, or MINUSCA, have been deployed": the UN's act
    assert roles == {("nsubj", ("CAF",)), ("patient", ("UN",))}  # the report read as "they deployed"

"""A named armed group referred to again as "the group", "the separatist group" (actors.bodies.
group_anaphora), and a state's adjective before "expert" naming the subject, not the expert's
state (actors.facts). Unannotated VOA stories (../shared/corpora/voa)."""
from __future__ import annotations

import pytest


def _actor_at(result, start: int):
    return next((a for a in result.actors for m in a.mentions if m.start == start), None)


@pytest.mark.parametrize("story, phrase, want", [
    # VOA 8007760 (Jaffar Express hijacking): "BLA demanded the release … In the statement released
    # hours after the attack, the group gave authorities 48 hours to comply."
    ("8007760", "the group gave authorities 48 hours", "Baloch Liberation Army"),
    ("8007760", "The separatist group has been fighting", "Baloch Liberation Army"),
    # VOA 6184384: "… when the government sent soldiers into Somalia to combat the militant group."
    ("6184384", "the militant group.", "al-Shabaab"),
])
def test_the_group_is_the_armed_group_named_before(voa_extracted, story, phrase, want):
    text, result = voa_extracted(story)
    actor = _actor_at(result, text.index(phrase))
    assert actor is not None and (actor.name, actor.sector) == (want, "REB")


def test_the_group_of_seven_and_a_group_with_no_armed_body_before_stay_unresolved(extract):
    result = extract("Al-Shabab fighters attacked a base on Monday. The group of seven met in Canada.")
    assert all("group" not in m.text.lower() for a in result.actors for m in a.mentions)


def test_a_north_korean_expert_is_no_north_korean(voa_extracted):
    # VOA 6181235: "…," said Joshua Pollack, a North Korean expert at the Middlebury Institute of
    # International Studies in California (he was coded PRK, so his words were North Korea's)
    _, result = voa_extracted("6181235")
    pollack = next(a for a in result.actors if a.name == "Joshua Pollack")
    assert pollack.country != "PRK"
    assert not [e for e in result.events if any(a.name == "Joshua Pollack" for a in e.actor)]


def test_the_storys_she_outweighs_a_first_names_guess(voa_extracted):
    # VOA 8011218: "Canos-Donnay said she hoped …" ("Sirio" is a man's name in the first-name
    # table); her later quote "The legend is he set fire to the gunpowder house and blew the whole
    # site up" tells of a king: "he" was her, and the blast an ASSAULT by Spain
    text, result = voa_extracted("8011218")
    he = text.index("he set fire to the gunpowder")
    assert _actor_at(result, he) is None or _actor_at(result, he).name != "Sirio Canos-Donnay"
    assert not [e for e in result.events if "ESP" in [a.country for a in e.actor]]

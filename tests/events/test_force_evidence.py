"""Force is told by its words: a verb outside the trigger lexicon coded ASSAULT, COERCE or
SANCTION by its parties and neighbours alone needs more confidence, and so does an event noun
the lexicon does not type (:func:`dateline.events.evidence.force_unnamed`, ``noun_unnamed``);
weapons fired and movement sealed off are in the lexicon; a relative clause's light verb acts on
the event noun it modifies. Sentences from VOA stories outside ``gold/voa/dev``."""
from __future__ import annotations

import pytest

from dateline.events.features import verb_trigger
from dateline.events.lexicon import Trigger
from tests.shared_paths import voa_story


@pytest.fixture(scope="module")
def events(voa_extracted):
    """The events of each story asked for."""
    return lambda story_id: voa_extracted(story_id)[1].events


def _sentence_of(story_id: str, words: str) -> str:
    text = voa_story(story_id)["text"]
    start = text.index(words)
    return text[text.rfind(". ", 0, start) + 2:text.index(".", start) + 1]


def test_a_trade_deal_in_negotiation_is_no_sanction(events):
    # 6205512: "Cameroon Livestock Ministry official Denise Abanda says they are negotiating to
    # import eggs and chicks from Brazil." ("import" is no trigger; "from Brazil" made it SANCTION)
    assert not [e for e in events("6205512") if e.type in ("SANCTION", "COERCE", "ASSAULT")
                and e.trigger.startswith("import")]
    # "Central African states provide less than 20 million of the 150 million chickens needed": no ASSAULT
    assert not [e for e in events("6205512") if e.trigger == "provide"]


def test_restrictions_the_model_types_by_their_neighbours_are_no_agreement(events):
    # 6205512: "calling on authorities at home and in Europe to loosen trade restrictions" and
    # 6205362 "Italy has now tightened restrictions on all travel from India" were AGREE at 0.2
    for story in ("6205512", "6205362"):
        assert not [e for e in events(story) if e.trigger == "restrictions" and e.type == "AGREE"]


def test_tear_gas_fired_at_demonstrators_is_an_assault_on_them(events):
    # 6205674 (gold/voa/train): "Witnesses reported Israeli security forces fired tear gas, rubber
    # bullets, and stun grenades at Palestinian demonstrators, some of whom threw rocks at police."
    fired = [e for e in events("6205674") if e.trigger == "fired"]
    assert [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient], e.cameo) for e in fired] == \
        [("ASSAULT", ["ISR"], ["PSE"], "175")]


def test_sanctions_a_state_has_imposed_are_its_sanction(events):
    # 8009771: "… hinting at lifting or reducing the sanctions Washington has imposed on Moscow"
    imposed = [e for e in events("8009771") if "imposed" in e.trigger]
    assert [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient]) for e in imposed] == \
        [("SANCTION", ["USA"], ["RUS"])]
    assert imposed[0].trigger == "sanctions Washington has imposed"


def test_sealing_border_areas_restricts_movement(nlp):
    # 7686618 (gold/voa/train): "… has ordered its military to immediately seal border areas where
    # rebels traditionally attack" (manual, COERCE restrict: "cordoning off areas"; CAMEO 191)
    doc = nlp(_sentence_of("7686618", "seal border areas"))
    seal = next(t for t in doc if t.lower_ == "seal")
    assert verb_trigger(seal) == Trigger("COERCE", "restrict", "191")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert verb_trigger(ordered) is None


def test_an_assault_launched_is_an_assault_on_its_target(events):
    # 6184384: "Underscoring the insecurity along the border, the militants launched a brazen
    # assault on a joint Kenya-U.S. military base in Lamu County, Kenya in January." ("assault"
    # outside the noun lexicon, the 0.65 rule for unnamed force dropped it)
    launched = [e for e in events("6184384") if e.trigger == "launched a brazen assault"]
    assert [(e.type, [a.name for a in e.actor], sorted(a.country for a in e.recipient)) for e in launched] == \
        [("ASSAULT", ["al-Shabaab"], ["KEN", "USA"])]


def test_soldiers_sent_into_a_country_are_mobilised_there(events):
    # 6184384: "Somalia-based al-Shabab has been attacking and fighting Kenyan troops since 2011,
    # when the government sent soldiers into Somalia to combat the militant group." (was COERCE)
    sent = [e for e in events("6184384") if e.trigger == "sent"]
    assert [(e.type, e.mode, e.cameo, [a.country for a in e.actor], [a.country for a in e.recipient]) for e in sent] == \
        [("MOBILIZE", "troops", "154", ["KEN"], ["SOM"])]
    assert verb_trigger_of("sent 10,000 troops to the border") == Trigger("MOBILIZE", "troops", "154")


def verb_trigger_of(text: str):
    from dateline.nlp.pipeline import load_nlp
    doc = load_nlp()(text)
    return verb_trigger(next(t for t in doc if t.pos_ == "VERB"))

"""Parties and dates that need the story around a sentence, on unannotated VOA stories (read to
write the rules; none is in gold/voa): a state's bare bodies ("the military"), "the government
of <leader>", "the G7 countries", a capital run into a heading, a call made inside a quote, a
month told in the past tense."""
from __future__ import annotations

import pytest

from dateline.records import Article
from tests.shared_paths import voa_story


@pytest.fixture(scope="module")
def stories(voa_extracted):
    """Each story's text and extraction, by VOA id."""
    return {sid: voa_extracted(sid) for sid in ("6180206", "6181504", "8010842", "6180015", "8010046")}


def _events(story, words: str):
    """(type, actor codes, recipient codes, aux, date) of the events told in the sentence that
    holds ``words``."""
    text, result = story
    return [(e.type, sorted(a.country or a.name for a in e.actor), sorted(a.country or a.name for a in e.recipient),
             e.aux, e.date)
            for e in result.events if words in text[e.start:e.end]]


def test_a_bare_military_is_the_story_state_and_a_past_april_is_the_last_one(stories):
    # 6180206 (Sudan, 2019-11-29): "In April, the military removed Bashir and jailed him." The
    # military is Sudan's (the story's state); April is April 2019, not the nearer April 2020
    events = _events(stories["6180206"], "the military removed Bashir")
    # Bashir, whom the story gives no state, is dealt with in Sudan: the state joins him
    want = ("COERCE", ["SDN"], ["Bashir", "SDN"], ["historical"], "2019-04")
    assert [e for e in events if e[0] == "COERCE"] == [want]


def test_the_government_of_a_leader_is_the_leaders_state(stories):
    # 6181504: "The government of Malaysian Prime Minister Mahathir Mohamad is reviewing the
    # country's rights offshore with an eye toward asserting any that involve Beijing": Malaysia,
    # not the place of the sentence (the actor was CHN once the bare body took the nearest place)
    events = _events(stories["6181504"], "The government of Malaysian Prime Minister")
    assert all("CHN" not in e[1] for e in events)


def test_the_g7_countries_are_the_g7_and_a_quoted_call_is_a_request(stories):
    result = stories["8010842"]
    # "The statement said the G7 countries affirmed their “unwavering support for Ukraine …”":
    # the G7 (its members listed), not Russia, the state named last
    support = _events(result, "the G7 countries affirmed")
    assert support and all(e[1][0] == "CAN" and "G7" in e[1] and "RUS" not in e[1] for e in support)
    assert ("SUPPORT", ["CAN", "DEU", "FRA", "G7", "GBR", "ITA", "JPN", "USA"], ["UKR"], [], "2025-03-14") in support
    # "“We called for Russia to reciprocate …,” the diplomats said": the call restates the G7's
    # urging of the first sentence; the quote as a whole is no second event (it was REJECT of UKR)
    assert all(e[0] != "REJECT" for e in _events(result, "We called for Russia"))
    # "We discussed imposing further costs on Russia …": discussed, not imposed (session 23: "impose
    # costs" names no act of force the lexicon knows, and the model's 0.45 is below what such a
    # verb needs, so no COERCE at all; one reported must be hypothetical)
    coerce = [e for e in _events(result, "We discussed imposing") if e[0] == "COERCE"]
    assert all("hypothetical" in e[3] for e in coerce)


def test_a_capital_run_into_a_heading_is_no_surname(stories):
    # 6180015: the heading "Trump, Erdogan" runs into "Ankara will likely be looking to President
    # Donald Trump"; spaCy's "Erdogan Ankara" made every "Ankara" a person's surname
    result = stories["6180015"]
    assert not any(a.name == "Erdogan Ankara" for a in result[1].actors)
    assert ("THREATEN", ["TUR"], ["USA"], [], "2019-11-25") in _events(result, "Ankara, too, is warning Washington")


@pytest.mark.parametrize("text, want", [
    # a call made inside a quote, by its speaker ("upon" is tagged SCONJ by the small model)
    ("“We call upon Iran to release the prisoners,” French President Emmanuel Macron said on Monday.",
     ("REQUEST", ["FRA"], ["IRN"])),
    # "call for X to …" is parsed as a clause marked by "for": X is the one called on
    ("“We called for Russia to reciprocate by agreeing to a ceasefire,” British Foreign Secretary David Lammy said.",
     ("REQUEST", ["GBR"], ["RUS"])),
])
def test_a_call_on_someone_inside_a_quote_is_a_request(extract, text, want):
    got = [(e.type, sorted(a.country for a in e.actor), sorted(a.country for a in e.recipient))
           for e in extract(text, "2025-03-14").events]
    assert want in got


def test_a_target_year_in_what_was_vowed_is_no_date_of_the_vow(pipeline):
    # VOA 6180790 (2019-12-09, not annotated): "The EU’s new Commission President Ursula Von der
    # Leyen has vowed to make the region “climate neutral” by 2050." The vow is the story's; 2050
    # was its date
    story = voa_story("6180790")
    text = story["text"]
    at = text.index("The EU’s new Commission President")
    sentence = text[at: text.index("2050.", at) + 5]
    events = pipeline.extract(Article("6180790", sentence, published="2019-12-09")).events
    assert [(e.type, e.date) for e in events if e.trigger.startswith("vow")] == [("AGREE", "2019-12-09")]


def test_relief_distributed_is_humanitarian_aid(extract):
    # VOA 8009719 (Cyclone Jude, not annotated): "For example, the World Food Program on Thursday
    # distributed some relief items to affected people in Mulanje district." (manual, AID)
    text = ("For example, the World Food Program on Thursday distributed some relief items to affected people in "
            "Mulanje district.")
    got = [(e.type, [a.country for a in e.actor], e.mode) for e in extract(text, "2025-03-13").events]
    assert ("AID", ["UN"], "humanitarian") in got


def test_a_person_with_no_state_is_dealt_with_in_the_storys_state(stories):
    # VOA 8010046 (annotated train story): "A Guatemalan judge ordered prominent journalist Jose
    # Ruben Zamora back to prison this week …": the annotation codes such acts on Zamora as GTM's
    # ("determined that Zamora's detention is arbitrary": UN -> GTM)
    events = _events(stories["8010046"], "A Guatemalan judge ordered prominent journalist")
    assert ("COERCE", ["GTM"], ["GTM", "Jose Ruben Zamora"]) in [e[:3] for e in events]

"""States referred to by an epithet ("the Asian nation", "the island nation", "the Islamic
republic") and local groups "in" a place ("officials in the West African nation"): passages of
AllSides articles (../shared/corpora/allsides), quoted as printed."""
from __future__ import annotations

import pytest


def _actor_of(result, words: str):
    """The actor one of whose mentions is ``words`` (the first such mention)."""
    for actor in result.actors:
        if any(m.text == words for m in actor.mentions):
            return actor
    raise AssertionError(f"no actor mentioned as {words!r}: {[[m.text for m in a.mentions] for a in result.actors]}")


@pytest.mark.parametrize("text, words, country", [
    # allsides 101iVi0ZPn3VCVjh (International Business Times, 2013-03-29): the subject of the
    # sentence before, not its object
    ("North Korea has threatened the U.S. on various occasions. Though Kim’s rhetoric is serious, analysts speculate "
     "that the isolated nation’s nuclear technology is not advanced enough to actually conduct an attack on U.S. "
     "territories in the Pacific, let alone the mainland.", "the isolated nation", "PRK"),
    # allsides 2ojPww4jrS3qS6cz (Politico, 2015-08-13): not Venezuela, the subject of its own clause;
    # then "The island" is the island nation
    ("The chance to override Fidel’s brake finally came last October—amid secret negotiations between the U.S. and "
     "Cuba—when a wobbly Venezuela slashed its daily oil subsidy to the island nation. The writing was on the wall: "
     "The island was running out of patrons.", "The island", "CUB"),
    # allsides BcjHsNlamnkP9VVa (2014-11): the troops sent there are the sender's, not the nation
    ("On ISIS funding, the White House said Friday it will ask Congress to approve a new $5.6 billion plan to expand "
     "the U.S. mission in Iraq and send up to 1,500 more American troops to the war-torn nation.",
     "the war-torn nation", "IRQ"),
    # allsides xkSDccWJogdSsIke (2018-06): a state named in a title; the subject is from the country
    ("He snubbed France, Germany and Britain by pulling out of a nuclear agreement with Iran and upset the Europeans, "
     "as well as neighbors Canada and Mexico, with protectionist trade policies. The North Korean envoy, Kim Yong "
     "Chol, was the highest-level figure from the reclusive country to hold talks at the White House.",
     "the reclusive country", "PRK"),
    # allsides 2SNCu1UfrbzqQHfa (Fox News, 2018-03-04): "Persian" is part of the region's name, not Iran
    ("And the president has praised the UAE for the Persian Gulf nation’s efforts to work with the United States on "
     "economic issues and squashing terrorism in the region.", "the Persian Gulf nation", "ARE"),
    # allsides FSXAG8wP0bdm9b7d (Washington Times, 2012-07-31)
    ("In his speech Tuesday, Mr. Romney embraced Poland, saying the Eastern European nation has no greater ally than "
     "the United States.", "the Eastern European nation", "POL"),
    # allsides 3FzFr2TxGnT5pDua (CNN): the republic among the states named before
    ("Netanyahu, giving a speech at the Ministry of Defense in April 2018, accused Iran of \"brazenly lying\" over its "
     "nuclear ambitions. He said Israel had uncovered files that prove his allegation and that the Islamic republic "
     "is keeping an \"atomic archive\" at a secret compound.", "the Islamic republic", "IRN"),
    # allsides 3HvlmxulMKOdrjpx (2019-07): "Central American" is no state of the United States
    ("\"They're doing what we've asked them to do. I think it's going to be a great thing for Guatemala,\" Trump "
     "said in the Oval Office alongside acting Homeland Security Secretary Kevin McAleenan and Guatemalan Interior "
     "Minister Enrique Degenhart. \"They don't want the problems either.\" The agreement, sometimes known as a "
     "\"safe third country\" agreement, will force any migrants traveling through the Central American country en "
     "route to the U.S. to claim asylum there.", "the Central American country", "GTM"),
])
def test_an_epithet_is_the_state_named_before_that_fits_it(extract, text, words, country):
    assert _actor_of(extract(text), words).country == country


def test_the_reference_articles_occupied_country_is_ukraine(reference):
    # "The US president stunned the West … to end the Ukraine war. But speaking to reporters …, the
    # UK's defence secretary made it clear that the occupied country should play a key role …": not
    # the speaker's state, and not the state of the person the sentence before has for subject
    assert _actor_of(reference, "the occupied country").country == "UKR"


def test_an_epithet_speaks_and_acts_for_its_state(extract):
    # allsides TL63alQP9dLKT0E1 (2018-09): "The Asian nation had said …" has China for its speaker
    text = ("The U.S. remains open to trade negotiations with China but there’s no scheduled meetings at the moment, "
            "the official said. Treasury Secretary Steven Mnuchin has extended an invitation to resume trade talks "
            "with his Chinese counterparts. The Asian nation had said they’d refuse to negotiate if the Trump "
            "administration followed through with the $200 billion tariff round.")
    result = extract(text, "2018-09-18")
    [quote] = [q for q in result.quotes if q.text.startswith("they’d refuse to negotiate")]
    assert (quote.speaker.name, quote.speaker.country) == ("China", "CHN")


@pytest.mark.parametrize("text, words", [
    # allsides 1DhMx0y24WkzDkrh (2020-03): all of one state's people, not an epithet of Italy
    ("And then I read that Italy is thinking of extending its quarantine to the whole nation.", "whole nation"),
    # Wikinews, 2019-02-11 (Thai Raksa Chart party): the royal institution, not the state
    ("Thai law forbids both speaking ill of the royal family and using the monarchy for a political campaign.",
     "monarchy"),
    # allsides 60fm2gKQrMDwdtQX (a party platform's list; the District of Columbia named before):
    # another state, no one named
    ("statehood for the District of Columbia; \"our government does not have the right to justify pre-emptive "
     "invasion of another country on the grounds that the other country harbors, trains, equips and funds a "
     "terrorist cell\"", "other country"),
])
def test_no_epithet_for_another_or_every_state(extract, text, words):
    result = extract(text)
    assert not [m.text for a in result.actors for m in a.mentions if m.text.endswith(words)]


def test_officials_in_a_place_are_its_state(extract):
    # allsides 5jFhp0sbDBMxzdP7 (CNN, Bamako hotel attack, 2015-11-20): the speaker is Mali's officials
    text = ("The attackers sounded like they were from northern Mali, he told \"Erin Burnett OutFront.\" Dozens of "
            "people were trapped in the building for hours, officials in the West African nation said, before "
            "Malian and U.N. security forces launched a counterattack and rushed guests away.")
    result = extract(text, "2015-11-20")
    [quote] = [q for q in result.quotes if q.text.startswith("Dozens of people were trapped")]
    assert quote.speaker.country == "MLI"

"""A state's own bodies named by the story, and "the country" for the state named just before:
real sentences of VOA stories outside the annotated sets and of AllSides."""
from __future__ import annotations

import pytest

from tests.events.test_candidates import candidate, codes, coded  # noqa: F401 - fixtures

# VOA 8008152 ("Somali forces kill 50 militants in airstrikes after ending hotel siege"), 2025-03-12, from
# its subject on (before it, the corpus runs a section heading into the sentence and the parser loses the subject)
NISA = ("Somalia’s National Intelligence and "
        "Security Agency, or NISA, said the country’s security forces killed dozens of al-Shabab members elsewhere "
        "in Hirshabelle.")


@pytest.mark.parametrize("text, country", [
    # allsides (AP and Reuters reports, as printed)
    ("On Tuesday, Ukraine's Security Service said it had detained 10 Russian soldiers in Ukraine.", "UKR"),
    ("The Iranian Revolutionary Guard earlier said it seized the British-flagged tanker Stena Impero, after it failed "
     "to follow international maritime regulations.", "IRN"),
])
def test_a_body_named_with_its_state_speaks_for_it(extract, text, country):
    [quote] = extract(text, "2019-07-20").quotes
    assert quote.speaker.country == country


def test_the_country_is_the_state_named_just_before_it(coded):
    coder = coded(NISA, "2025-03-12")
    assert [q.speaker.country for q in coder.quotes] == ["SOM"]
    c = candidate(coder, "verb", "killed")
    assert codes(c.actor) == ["SOM"]


def test_a_news_organisation_is_no_person(pipeline):
    # Wikinews, the article whose URL ends "..._steers_Tippu_Express_ahead_of_International_Women's_Day",
    # 2020-03-06 ("Wikinews" was a person in ten Wikinews articles: fresh user)
    from dateline.records import Article

    result = pipeline.extract(Article("t", "Mysore Divisional Railway Manager Aparna Garg told Wikinews only 10% of "
                                           "the employees in the Mysore Division were women.", published="2020-03-06"))
    wikinews = next(a for a in result.actors if a.name == "Wikinews")
    assert (wikinews.kind, wikinews.sector, wikinews.country) == ("organisation", "MED", None)


# AllSides 35548 and 12375 (AP and Reuters reports, as printed)
SECURITY_COUNCIL = ("The U.N. Security Council on Thursday condemned the attacks on minorities in Iraq and urged "
                    "international support for the Iraqi government. The council said that the attacks could "
                    "constitute crimes against humanity and that those responsible should be held accountable.")
CARAVAN = ("Reuters reports that the Syrian Foreign Ministry called the White House statement about the use of "
           "chemical weapons a \"caravan of lies.\" The ministry also said the decision by the United States to "
           "provide military support for the rebeles reveals a \"flagrant double standard\" when it comes to how it "
           "deals with terrorism.")


def test_an_organ_of_an_international_organisation_is_that_organisation(extract):
    result = extract(SECURITY_COUNCIL, "2014-08-14")
    said = next(q for q in result.quotes if q.cue == "said")
    assert (said.speaker.name, said.speaker.country) == ("U.N. Security Council", "UN")
    # "the council" is the body named last with that head noun
    assert said.speaker.mention == "The council"


def test_the_ministry_is_the_ministry_named_before(extract):
    result = extract(CARAVAN, "2013-06-14")
    also = next(q for q in result.quotes if q.cue == "said")
    assert (also.speaker.name, also.speaker.country, also.speaker.mention) == (
        "Syrian Foreign Ministry", "SYR", "The ministry")


@pytest.mark.parametrize("text, country", [
    # a state's own mission to an organisation is the state's; an organisation's office is the organisation's
    ("Russia's U.N. Mission said Ukraine shelled the plant.", "RUS"),
    ("A spokesman for the U.N. Human Rights Office criticized Israel for the strikes.", "UN"),
])
def test_whose_body_it_is(extract, text, country):
    [quote] = extract(text, "2024-01-10").quotes
    assert quote.speaker.country == country


def test_the_bloc_and_the_world_body_are_the_organisation_named_before(extract):
    # allsides Kt7eRD9i52n69xpx (USA TODAY, 2016-06-28), as printed
    result = extract("Obama, who had urged Britons to \"remain\" in the EU, said the bloc was growing fast and "
                     "struggling for consensus in an era of rapid globalization.", "2016-06-28")
    eu = next(a for a in result.actors if a.country == "EUR")
    assert [m.text for m in eu.mentions] == ["the EU", "the bloc"]
    # allsides 7Vhz47ZenYPxA8vh (Reuters, 2018-09-21): a modified "body" after the United Nations
    result = extract("Trump has long been skeptical of the value of the United Nations, though Haley told Reuters "
                     "that she has shown him the world body’s worth by pushing the Security Council several times "
                     "to toughen sanctions on North Korea.", "2018-09-21")
    un = next(a for a in result.actors if a.country == "UN")
    assert "the world body" in [m.text for m in un.mentions]
    # a bare "the body" is no organisation's
    result = extract("The U.N. said the body of a man was found near its compound.", "2018-09-21")
    assert all(m.text != "the body" for a in result.actors for m in a.mentions)

"""Acts a party reports of itself, on real VOA sentences of stories outside the annotated sets:
"it" in the clause a body reports stands for the body, a state's name before its army is the
state's body, a material act told in a whole quoted sentence is still an event, and a party's
claim of its own act is no accusation of the party it acted on."""
from __future__ import annotations

from dateline.events.refine import reports_own_act
from tests.events.test_candidates import candidate, codes, coded, event  # noqa: F401 - fixtures

# VOA 8011076 (the Jaffar Express hostage-taking), 2025-03-14
PAKISTAN = ("In the clearance operation that lasted more than 30 hours, the Pakistan military said it killed 33 "
            "BLA terrorists.")
# VOA 8008152 (the Beledweyne hotel siege), 2025-03-12
NISA = ("“Coordinated airstrikes by the Somali army and international partners in the Middle Shabelle region "
        "have killed at least 50 al-Shabab militants, including senior leader in charge of the coordination of "
        "the group’s combat vehicles,” the NISA statement said.")
# allsides 0Lvg0GzwAR0hF6pO (Reuters, "Republicans blast Trump idea for cyber security unit with Russia"), 2017-07-10
CYBER = ("Trump said on Twitter early on Sunday that he and Russian President Vladimir Putin discussed on Friday "
         "forming “an impenetrable Cyber Security unit” to address issues like the risk of cyber meddling in "
         "elections.")


def test_it_in_the_clause_a_military_reports_is_that_military(coded):
    coder = coded(PAKISTAN, "2025-03-14")
    c = candidate(coder, "verb", "killed")
    assert codes(c.actor) == ["PAK"]
    e = event(coder, "ASSAULT", "killed")
    assert codes(e.actor) == ["PAK"] and e.aux == []


def test_a_state_name_before_its_military_makes_the_speaker_that_state(coded):
    coder = coded(PAKISTAN, "2025-03-14")
    [quote] = coder.quotes
    assert quote.text.startswith("it killed 33") and quote.speaker.country == "PAK"


def test_a_killing_told_in_a_whole_quoted_sentence_is_an_event_of_the_strikes_agent(coded):
    coder = coded(NISA, "2025-03-12")
    e = event(coder, "ASSAULT", "killed")
    assert codes(e.actor) == ["SOM"]
    assert NISA[e.start:e.end].startswith("“Coordinated airstrikes")


def test_a_partys_report_of_its_own_meeting_is_no_accusation_of_the_other_side(coded):
    coder = coded(CYBER, "2017-07-10")
    toward_russia = [c for c, _ in coder.candidates() if c.kind == "statement" and codes(c.recipient) == ["RUS"]]
    assert toward_russia and all(reports_own_act(c, coder.parties) for c in toward_russia)
    assert [(e.type, codes(e.actor)) for e in coder.code()] == [("CONSULT", ["USA", "RUS"])]


# allsides (AP, on Gaza's border zone), undated
OPENED_FIRE = "In the past, Israeli soldiers routinely opened fire on those who crossed into the zone."
# the issue's own passive example (issue 14, "Deliver" 1)
BOARDED = "A Lithuanian ferry was boarded by Belarusian border guards on Sunday."
# the construction "drones attacked a ... boat" (it gave ACCUSE), with a body naming the drones
DRONES = "Houthi drones attacked a Greek-flagged cargo boat in the Red Sea on Tuesday."


def test_opening_fire_is_one_assault_not_also_an_agreement_about_the_fire(coded):
    found = [(e.type, codes(e.actor), e.trigger) for e in coded(OPENED_FIRE, "2019-01-01").code()]
    assert found == [("ASSAULT", ["ISR"], "opened fire")]


def test_a_ferry_boarded_by_border_guards_is_coerced_by_their_state(coded):
    e = event(coded(BOARDED, "2025-03-01"), "COERCE", "boarded")
    assert (codes(e.actor), codes(e.recipient)) == (["BLR"], ["LTU"])


def test_drones_named_by_their_body_attack_for_it(coded):
    e = event(coded(DRONES, "2025-03-01"), "ASSAULT", "attacked")
    assert (codes(e.actor), codes(e.recipient)) == (["YEM"], ["GRC"])


# VOA 8010842 ("G7 urges Russia to accept ceasefire or face further sanctions"), 2025-03-14
SEAS = ("The foreign ministers also reaffirmed their serious concerns over the situations in the East and South "
        "China Seas, strongly opposing any unilateral attempts to alter the status quo, particularly through force "
        "or coercion.")
HOME = ("On Friday, U.S. Secretary of State Marco Rubio told reporters that U.S. officials would convene this "
        "weekend after Witkoff returns to Washington to closely examine Russia’s position and determine the next "
        "steps.")


def test_the_china_seas_are_waters_not_china_acting(coded):
    coder = coded(SEAS, "2025-03-14")
    assert [e for e in coder.code() if "CHN" in codes(e.actor)] == []
    assert "CHN" not in {a.country for a in coder.actors.actors}


def test_going_home_to_ones_capital_is_no_retreat(coded):
    assert [e.type for e in coded(HOME, "2025-03-14").code() if e.type == "RETREAT"] == []


# VOA 6180932 ("Turkey Threatens US With Retaliation if Sanctions Are Imposed"), 2019-12-11
NOT_ONLY = ("Republicans and Democrats are not only angry with Ankara's perceived shift toward Moscow, but also a "
            "Turkish offensive against the Syrian Kurdish militia, the YPG, in northeast Syria.")
SAID_ANKARA = ("A Western diplomatic source said Ankara in the last few years imposed onerous controls on U.S. "
               "operations from the base.")


def test_not_only_denies_nothing(coded):
    e = event(coded(NOT_ONLY, "2019-12-11"), "ASSAULT", "offensive")
    assert (codes(e.actor), e.aux) == (["TUR"], [])


def test_a_subject_misparsed_as_the_object_of_said_acts_in_the_clause(coded):
    c = candidate(coded(SAID_ANKARA, "2019-12-11"), "verb", "imposed")
    assert (codes(c.actor), codes(c.recipient)) == (["TUR"], ["USA"])


# VOA 6204569 ("Somalia's Farmajo Signs Controversial Measure Extending Mandate by 2 Years"), 2021-04-14
WEIGHING = ("The European Union is also considering sanctions and warned that the Somali government’s actions would "
            "divide the country.")


def test_a_verb_joined_to_one_of_weighing_is_not_itself_weighed(coded):
    found = sorted((e.type, codes(e.recipient), e.aux) for e in coded(WEIGHING, "2021-04-14").code())
    # the sanctions are weighed; the warning was given, once, toward Somalia
    assert found == [("SANCTION", [], ["hypothetical"]), ("THREATEN", ["SOM"], [])]

"""Titles that name the state a person speaks for, on real sentences from ../shared."""
from __future__ import annotations


def speaker_of(extraction, words: str):
    q = next(q for q in extraction.quotes if words in q.text)
    return q.speaker.name, q.speaker.country


def test_a_name_compounded_to_a_titled_ministry_spokesperson_is_that_states(extract):
    # VOA 8011076 (Pakistan train hijacking), 2025-03-14: spaCy sees no person in "Randhir Jaiswal"
    got = extract("“We strongly reject the baseless allegations made by Pakistan,” Indian foreign ministry "
                  "spokesperson Randhir Jaiswal told reporters.", "2025-03-14")
    assert speaker_of(got, "baseless allegations") == ("Randhir Jaiswal", "IND")


def test_the_state_adjective_inside_a_ministry_name_in_front_of_the_title(extract):
    # allsides H2CnIAR49CpxDMp2 (Newsmax), 2019-05-27
    got = extract("For some time, the U.S. “has had various voices on China-U.S. trade talks. Sometimes it is said "
                  "that an agreement will be reached soon, and sometimes that it is difficult to reach an agreement,” "
                  "Chinese Foreign Ministry spokesman Lu Kang said in Beijing Monday when asked about Trump’s "
                  "comments.", "2019-05-27")
    assert speaker_of(got, "difficult to reach an agreement") == ("Lu Kang", "CHN")


def test_a_spokesman_for_a_ministry_of_a_state_adjective_is_that_states(extract):
    # allsides 5EMmYpVeNwPxWctM (USA TODAY, "NATO: Russia moving combat troops into east Ukraine"), 2014-11-12
    got = extract("Igor Konashenkov, spokesman for the Russian Defense Ministry, denied the assertions of sending "
                  "troops into Ukraine as \"unfounded statements.\"", "2014-11-12")
    konashenkov = next(a for a in got.actors if a.name == "Igor Konashenkov")
    assert konashenkov.country == "RUS"
    # "Russian-backed": a state that modifies "backed", not the body, is no employer
    got = extract("Igor Konashenkov, a spokesman for the Russian-backed separatist government, spoke on Sunday.", "2014-11-12")
    assert next(a for a in got.actors if a.name == "Igor Konashenkov").country is None


def test_armed_groups_of_the_knowledge_base_are_actors_of_their_own(extract):
    # VOA 8009853 (Sudan), 2025-03-13: the RSF and the army it fights are two actors, both based in Sudan
    got = extract("The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces, and the United "
                  "Nations says both sides have committed grave human rights abuses.", "2025-03-13")
    names = {a.name: (a.country, a.sector) for a in got.actors}
    assert names["Rapid Support Forces"] == ("SDN", "REB") and names["Sudanese Armed Forces"] == ("SDN", "MIL")
    fight = next(e for e in got.events if e.trigger == "fighting")
    assert (fight.type, [a.name for a in fight.actor], [a.name for a in fight.recipient]) == (
        "ASSAULT", ["Rapid Support Forces"], ["Sudanese Armed Forces"])
    # VOA 6205629 (Afghanistan), 2021-05-09: the Islamic State is coded ISIS, as the VOA annotations code it
    got = extract("Past attacks were claimed by Islamic State.", "2021-05-09")
    assert [(a.name, a.country) for a in got.actors] == [("Islamic State", "ISIS")]


# VOA 6205629 (Afghan Taliban chief hails troop exit), 2021-05-09; not an annotated story
TALIBAN = ("U.S. President Joe Biden missed the deadline, citing logistical reasons. The Afghan army chief said on "
           "Saturday his forces had also “killed and injured 1,000\" Taliban fighters in the past week. Afghan officials "
           "accused the Taliban of plotting the attack on the girls’ school. The insurgent group denied involvement, "
           "saying it condemns any violence against Afghan civilians.")


def test_an_army_chief_is_a_title_his_forces_are_his_not_the_last_named_mans(extract):
    got = extract(TALIBAN, "2021-05-09")
    chief = next(a for a in got.actors if a.name == "Afghan army chief")
    assert (chief.country, chief.sector) == ("AFG", "MIL")
    his = TALIBAN.index("his forces")
    assert [m.start for m in chief.mentions if m.text == "his"] == [his]


def test_the_insurgent_group_is_the_armed_group_the_story_named_last(extract):
    got = extract(TALIBAN, "2021-05-09")
    taliban = next(a for a in got.actors if a.name == "Taliban")
    assert TALIBAN.index("insurgent group") in [m.start for m in taliban.mentions]
    denied = [e for e in got.events if e.trigger == "denied"]
    assert denied and denied[0].type == "REJECT" and [a.name for a in denied[0].actor] == ["Taliban"]


def test_somalian_is_somalias_adjective_too(extract):
    # VOA 8008152 (Somalia), 2025-03-12; not an annotated story
    got = extract("Since August 2022, when Somalian President Hassan Sheikh Mohamud called for a “total war” against "
                  "al-Shabab, Beledweyne has been the center of a local community mobilization against al-Shabab.",
                  "2025-03-12")
    assert speaker_of(got, "total war") == ("Hassan Sheikh Mohamud", "SOM")


def test_a_title_after_a_named_possessor_is_the_person_named_beside_it(pipeline):
    # VOA 8010842 (not an annotated story), 2025-03-14: the envoy is Witkoff, not Trump
    from dateline.records import Article

    result = pipeline.extract(Article("t", "President Donald Trump’s special envoy, Steve Witkoff, spoke with Russian "
                                           "President Vladimir Putin on Thursday.", published="2025-03-14"))
    witkoff = next(a for a in result.actors if a.name == "Steve Witkoff")
    assert witkoff.country == "USA" and any(m.text == "special envoy" for m in witkoff.mentions)
    consult = next(e for e in result.events if e.type == "CONSULT")
    assert sorted(a.name for a in consult.actor) == ["Steve Witkoff", "Vladimir Putin"]

"""Event candidates (:mod:`dateline.events.candidates`) on real sentences from ../shared/corpora.

Each test codes one sentence copied verbatim from a corpus (source in a comment) and checks the
candidate the parse rules build: kind, trigger, actor and recipient codes and the roles they were
found in; where the event model codes the sentence right, the final event as well. Covered:
active verbs, passives with a by-agent, double objects, prepositional recipients, object control
and raising, coordinated parties, event nouns with a possessor, state adjective or hyphenated
pair, attributed statements, party resolution ("<nationality> officials", "forces in <capital>",
state adjectives on ships and forces) and a person's state learnt from their own title phrase.
No sentence comes from the held-out VOA dev stories.
"""
from __future__ import annotations

import pytest

from dateline.events.modality import modality


@pytest.fixture(scope="session")
def coded(pipeline):
    """``coded(text, published)``: the story's EventCoder (cached: candidates and events are pure)."""
    from dateline.training.events import story_coders

    cache = {}

    def run(text: str, published: str):
        if (text, published) not in cache:
            [(_, coder)] = list(story_coders(pipeline, [{"id": "t", "text": text, "published": published}]))
            cache[text, published] = coder
        return cache[text, published]

    return run


def codes(actors) -> list:
    return [a.country for a in actors]


def candidate(coder, kind: str, trigger: str, recipient: list | None = None):
    """The first candidate of ``kind`` whose trigger is ``trigger`` (and recipient codes, if given)."""
    found = [c for c, _ in coder.candidates() if c.kind == kind and c.trigger.text == trigger]
    for c in found:
        if recipient is None or codes(c.recipient) == recipient:
            return c
    raise AssertionError(f"no {kind} candidate {trigger!r} to {recipient}: "
                         f"{[(codes(c.actor), codes(c.recipient)) for c in found]}")


def parties(c) -> tuple:
    return codes(c.actor), c.actor_role, codes(c.recipient), c.recipient_role


def event(coder, type_: str, trigger: str):
    """The event of ``type_`` whose trigger is ``trigger`` or, where a verb and its event noun
    were merged into one event, holds it ("imposed sanctions" and "sanctions")."""
    for e in coder.code():
        if e.type == type_ and (e.trigger == trigger or e.trigger in trigger.split()):
            return e
    raise AssertionError(f"no {type_} event {trigger!r}: {[(e.type, e.trigger) for e in coder.code()]}")


def test_active_verb_takes_subject_and_object_states_from_their_modifiers(coded):
    # wikinews, 2019-11-13, Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa
    coder = coded("Amateur researcher and systems engineer Yutaka Iwasaki of Kobe, Japan came across military records "
                  "that showed a Japanese bomber had attacked a U.S. vessel in late February, but the coordinates it "
                  "gave differed from the Navy's figures for the Grayback by one digit.", "2019-11-13")
    assert parties(candidate(coder, "verb", "attacked")) == (["JPN"], "nsubj", ["USA"], "dobj")
    e = event(coder, "ASSAULT", "attacked")
    assert (codes(e.actor), codes(e.recipient)) == (["JPN"], ["USA"])


def test_storming_a_ship_owned_by_a_state_is_an_assault_on_that_state(coded):
    # VOA 6205674 (turkey-criticizes-israel-over-response-palestinian-protests), 2021-05-10
    coder = coded("Relations also soured in 2010 after Israeli commandos stormed the Mavi Marmara, a Turkish-owned "
                  "ship that was part of a flotilla trying to break an Israeli blockade of the Gaza Strip.", "2021-05-10")
    assert parties(candidate(coder, "verb", "stormed")) == (["ISR"], "nsubj", ["TUR"], "dobj-in")
    e = event(coder, "ASSAULT", "stormed")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["ISR"], ["TUR"], ["historical"])


def test_passive_agent_is_the_actor_and_the_passive_subject_the_recipient(coded):
    # allsides Cs4E2k3iwG4tl5zQ (USA TODAY, egypt-power-cuts), 2014-09-06
    coder = coded("Gaza's only power plant was hit by Israeli shelling, which also damaged transformers and electrical "
                  "wires, hindering flows of power coming from Israel, he said.", "2014-09-06")
    assert parties(candidate(coder, "verb", "hit")) == (["ISR"], "agent", ["PSE"], "nsubjpass")
    e = event(coder, "ASSAULT", "hit")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["ISR"], ["PSE"], [])
    # allsides IpHPhRBnEN7BsJHT (CNBC, british-oil-tanker-reportedly-seized-by-iranian-forces), 2019-07-19
    coder = coded("The circle shows the area where the U.K. flagged oil tanker Stena Impero was seized by Iranian "
                  "Revolutionary Guards.", "2019-07-19")
    assert parties(candidate(coder, "verb", "seized")) == (["IRN"], "agent", ["GBR"], "nsubjpass")
    e = event(coder, "COERCE", "seized")
    assert (codes(e.actor), codes(e.recipient)) == (["IRN"], ["GBR"])


def test_double_object_gives_the_indirect_object_as_recipient_of_aid(coded):
    # allsides NnTbOKqwAWyZNkNI (Washington Times, romney-says-hed-give-americans-fair-shot), 2012-06-16
    coder = coded("Spokesman Ben LaBolt said Obama has given Israel more security assistance than any other "
                  "administration and has stood with Israel at the United Nations.", "2012-06-16")
    c = candidate(coder, "verb", "given")
    assert parties(c) == (["USA"], "nsubj", ["ISR"], "dative") and c.noun.text == "assistance"
    e = event(coder, "AID", "given Israel more security assistance")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["USA"], ["ISR"], [])


def test_talks_with_a_party_are_a_consult_of_both_sides(coded):
    # VOA 8005899 (rubio-in-saudi-arabia-for-us-ukraine-talks), 2025-03-10
    coder = coded("He and other senior U.S. officials held talks with Russian officials in Riyadh on Feb. 18.",
                  "2025-03-10")
    assert parties(candidate(coder, "noun", "talks")) == (["USA"], "verb-nsubj", ["RUS"], "with")
    e = event(coder, "CONSULT", "held talks")
    assert (sorted(codes(e.actor)), codes(e.recipient)) == (["RUS", "USA"], [])


def test_sanctions_on_a_state_imposed_by_a_body(coded):
    # polnear train nyt_2016-09-03_professor-nega-s-war-why-an-ethi.txt
    coder = coded("In 2009 the United Nations Security Council imposed sanctions on Eritrea, including an arms embargo "
                  "and a travel ban and a freeze on the assets of top Eritrean officials, for providing weapons to the "
                  "Shabab, the radical Islamist group that has carried out hundreds of terrorist attacks in Somalia "
                  "and Kenya.", "2016-09-03")
    assert parties(candidate(coder, "noun", "sanctions")) == (["UN"], "verb-nsubj", ["ERI"], "on")
    e = event(coder, "SANCTION", "imposed sanctions")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["UN"], ["ERI"], ["historical"])


def test_force_used_on_a_party_takes_the_object_of_on_as_recipient(coded):
    # allsides V6reaPvAwMnosVGl (National Review), 2018-03-20: "U.S. forces in Syria" stay USA
    coder = coded("In early February, U.S. forces in Syria inflicted heavy losses, an estimated 200 dead, on Russian "
                  "combatants who had attacked a U.S. force and its Kurdish allies.", "2018-03-20")
    assert parties(candidate(coder, "verb", "inflicted")) == (["USA"], "nsubj", ["RUS"], "on")
    e = event(coder, "ASSAULT", "inflicted")
    assert (codes(e.actor), codes(e.recipient)) == (["USA"], ["RUS"])
    # allsides O6Vc9ikuDvT68dKQ, 2017-03-07 (a film's depiction: the candidate only, not an event)
    coder = coded("The tense weekend followed the release of an Iranian animated movie \"Battle of the Persian Gulf II,\" "
                  "which depicts Iran battleships opening fire on a US vessel and destroying it in response to US "
                  "involvement with the nation’s nuclear weapon program.", "2017-03-07")
    c = candidate(coder, "verb", "opening")
    assert parties(c) == (["IRN"], "nsubj", ["USA"], "on") and c.noun.text == "fire"


def test_withdrawal_passes_over_the_actors_own_forces_to_the_place_left(coded):
    # allsides UoZzLPxIo5PBDcck (Washington Times, israel-hamas-truce-sets-stage-talks-gaza), 2014-08-05
    coder = coded("Israel withdrew its ground forces from Gaza’s border areas, and both sides halted cross-border "
                  "attacks as the three-day truce took effect at 8 a.m. (0500 GMT) Tuesday.", "2014-08-05")
    assert parties(candidate(coder, "verb", "withdrew")) == (["ISR"], "nsubj", ["PSE"], "from")


def test_object_control_and_a_request_to_the_object(coded):
    # VOA 8010842 (g7-urges-russia-to-accept-ceasefire-or-face-further-sanctions), 2025-03-14
    coder = coded("Top diplomats from the Group of Seven leading democracies urged Russia on Friday to accept a "
                  "U.S.-proposed ceasefire in the Russia-Ukraine war or face the possibility of additional sanctions.",
                  "2025-03-14")
    assert parties(candidate(coder, "verb", "urged")) == (["G7"], "nsubj", ["RUS"], "dobj")
    assert parties(candidate(coder, "verb", "accept")) == (["RUS"], "control", ["USA"], "dobj")
    e = event(coder, "REQUEST", "urged")
    # the G7 and its member states (gazetteer member rows)
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["G7", "CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"],
                                                           ["RUS"], [])


def test_raising_through_a_scheduled_meeting_with_a_titled_leader(coded):
    # allsides DP6NXMjFE1yQQsLB (HotAir, tensions-easing-a-bit-on-korean-peninsula), 2013-04-14
    coder = coded("Kerry is scheduled to meet with Japanese Prime Minister Shinzo Abe on Monday and then return to the "
                  "US later the same day.", "2013-04-14")
    assert parties(candidate(coder, "verb", "meet")) == (["USA"], "raised", ["JPN"], "with")
    e = event(coder, "AGREE", "meet")
    assert (sorted(codes(e.actor)), e.aux) == (["JPN", "USA"], ["future"])


def test_coordinated_subjects_and_objects_make_compound_parties(coded):
    # allsides qELRdM0wxyoklWNj (Reuters, CHICAGO/MONTREAL), 2018-01-29
    coder = coded("Erwin spoke to Reuters over the weekend as U.S., Canadian and Mexican negotiators met in Montreal for "
                  "the sixth of seven planned rounds of talks to revamp the 1994 pact.", "2018-01-29")
    assert parties(candidate(coder, "verb", "met")) == (["USA", "CAN", "MEX"], "nsubj", [], "")
    # VOA 8005899 (rubio-in-saudi-arabia-for-us-ukraine-talks), 2025-03-10
    coder = coded("Rubio also credited Britain and France for playing a constructive role in talks with Ukraine.",
                  "2025-03-10")
    assert parties(candidate(coder, "verb", "credited")) == (["USA"], "nsubj", ["GBR", "FRA"], "dobj")
    e = event(coder, "SUPPORT", "credited")
    assert (codes(e.actor), codes(e.recipient)) == (["USA"], ["GBR", "FRA"])


def test_event_nouns_with_possessor_state_adjective_or_hyphenated_pair(coded):
    # allsides 0cDhSYiNruRZjxUx (Newsmax, bolton-impeachment-testify), 2019-10-30
    coder = coded("He told investigators that senior White House officials blocked an effort by the State Department "
                  "to release a November 2018 statement condemning Russia's attack on Ukrainian military vessels.",
                  "2019-10-30")
    assert parties(candidate(coder, "noun", "attack")) == (["RUS"], "poss", ["UKR"], "on")
    e = event(coder, "ASSAULT", "attack")
    assert (codes(e.actor), codes(e.recipient)) == (["RUS"], ["UKR"])
    # VOA 6180932 (turkey-threatens-us-retaliation-if-sanctions-are-imposed), 2019-12-11
    coder = coded("Republicans and Democrats are not only angry with Ankara's perceived shift toward Moscow, but also a "
                  "Turkish offensive against the Syrian Kurdish militia, the YPG, in northeast Syria.", "2019-12-11")
    assert parties(candidate(coder, "noun", "offensive")) == (["TUR"], "amod", ["SYR"], "against")
    # allsides KTG4VStjmaAFb0Ai (Bloomberg, pain-from-trump-s-china-tariffs-spreads), 2019-06-25
    coder = coded("That was before the recent breakdown of U.S.-China talks and an increase May 10 from 10% to 25% of "
                  "tariffs on products worth some $200 billion in annual trade before the conflict, the largest "
                  "tranche of $250 billion in imports affected.", "2019-06-25")
    assert parties(candidate(coder, "noun", "talks")) == (["USA", "CHN"], "amod", [], "")


def test_welcoming_a_hyphenated_pair_deal_supports_both_parties(coded):
    # allsides AaU52AdX3iFAIMcw (USA TODAY, israel-syria-weapons-deal), 2013-09-15
    coder = coded("Standing alongside Kerry, Prime Minister Benjamin Netanyahu welcomed the U.S.-Russia deal and "
                  "stressed his belief that it would have deep repercussions on Iran, Syria's close ally.", "2013-09-15")
    assert parties(candidate(coder, "verb", "welcomed")) == (["ISR"], "nsubj", ["USA", "RUS"], "dobj")
    e = event(coder, "SUPPORT", "welcomed the U.S.-Russia deal")
    assert (codes(e.actor), codes(e.recipient)) == (["ISR"], ["USA", "RUS"])


def test_statement_speaker_is_actor_and_a_party_named_in_the_quote_the_recipient(coded):
    # VOA 6205674 (turkey-criticizes-israel-over-response-palestinian-protests), 2021-05-10; the speaker's
    # state comes from his own title phrase ("Turkish President ... 's communication chief")
    coder = coded("Turkish President Recep Tayyip Erdogan’s communication chief, Fahrettin Altun, Monday tweeted, "
                  "“It’s time to stop Israel’s heinous and cruel attacks.”", "2021-05-10")
    c = candidate(coder, "statement", "tweeted", recipient=["ISR"])
    assert parties(c) == (["TUR"], "speaker", ["ISR"], "content") and c.actor[0].name == "Fahrettin Altun"
    e = event(coder, "ACCUSE", "tweeted")
    assert (codes(e.actor), codes(e.recipient)) == (["TUR"], ["ISR"])


def test_nationality_officials_and_forces_in_a_capital_resolve_to_their_state(coded):
    # VOA 8011076 (military-says-death-toll-in-pakistan-s-train-hijacking-rises-to-31), 2025-03-14
    coder = coded("Pakistani officials blamed archrival India, accusing it of providing support to anti-Pakistan "
                  "militants in Afghanistan, a charge New Delhi quickly rejected.", "2025-03-14")
    assert parties(candidate(coder, "verb", "blamed")) == (["PAK"], "nsubj", ["IND"], "dobj")
    e = event(coder, "ACCUSE", "blamed")
    assert (codes(e.actor), codes(e.recipient)) == (["PAK"], ["IND"])
    # allsides ROOk0Anz9umZ7U7q, 2019-11-07
    coder = coded("He regards the ongoing turmoil in Iraq, where security forces in Baghdad killed more than 100 people "
                  "during anti-government protests last month, as a repudiation of the U.S. war effort.", "2019-11-07")
    assert parties(candidate(coder, "verb", "killed"))[:2] == (["IRQ"], "nsubj")


def test_people_take_the_state_of_their_own_title_phrase(coded):
    # VOA 7808748 (eu-to-vote-on-tariff-hike-for-chinese-evs), 2024-10-03; Wang Wentao is not in the knowledge base
    coder = coded("Chinese Commerce Minister Wang Wentao visited Europe in late September and met with officials and "
                  "businesspeople in charge of foreign trade and commerce in the EU, Belgium, Germany, Italy and other "
                  "auto-manufacturing countries to lobby the EU to abandon the tariffs.", "2024-10-03")
    c = candidate(coder, "verb", "visited")
    assert parties(c) == (["CHN"], "nsubj", ["EUR"], "dobj") and c.actor[0].name == "Wang Wentao"
    e = event(coder, "CONSULT", "visited")
    assert sorted(codes(e.actor)) == ["CHN", "EUR"]
    # VOA 6204080 (kenyas-plan-close-two-camps-worries-refugees), 2021-04-02: Somalia's, not "to Kenya"
    coder = coded("Somalia's ambassador to Kenya, Mohamud Ahmed Nur, accuses Kenya of politicizing refugee affairs.",
                  "2021-04-02")
    assert parties(candidate(coder, "verb", "accuses")) == (["SOM"], "nsubj", ["KEN"], "dobj")
    e = event(coder, "ACCUSE", "accuses")
    assert (codes(e.actor), codes(e.recipient)) == (["SOM"], ["KEN"])


def test_people_take_the_state_an_apposition_or_relative_clause_gives_them(coded):
    # Wikinews 2019-10-06 (European_Court_of_Justice_says_Facebook_must_remove_'illegal'_posts_globally)
    coder = coded("The Luxembourg-based court issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, "
                  "a politician in Austria, allowing an Austrian court to require social media site Facebook to remove "
                  "a post from its site made by a user in Ireland. Glawischnig-Piesczek sued in Austria for defamation "
                  "and won.", "2019-10-06")
    assert parties(candidate(coder, "verb", "sued"))[:2] == (["AUT"], "nsubj")
    # VOA 8008126 (…-gunman-tells-new-york-court), 2025-03-12
    coder = coded("Khalid Mehdiyev told jurors that he was arrested in July 2022 in his car in Brooklyn while in "
                  "possession of an AK-47 rifle and a ski mask. Mehdiyev, who is Azerbaijani, said he is cooperating "
                  "with prosecutors after pleading guilty to attempted murder and illegal possession of a firearm.",
                  "2025-03-12")
    assert parties(candidate(coder, "verb", "cooperating"))[:2] == (["AZE"], "nsubj")


def test_a_place_in_a_persons_sentence_does_not_make_them_its_citizen(coded):
    # VOA 7638284 (…-china-s-bullying-boosts-global-support-for-taiwan-), 2024-06-02
    coder = coded("VOA: Three days after President Lai took office, China conducted the military drills encircling "
                  "Taiwan and called them “a punishment for separatist acts.”", "2024-06-02")
    lai = next(a for a in coder.actors.actors if a.name == "Lai")
    assert lai.country is None
    assert parties(candidate(coder, "verb", "conducted"))[:2] == (["CHN"], "nsubj")


def test_an_interviewer_label_misparsed_as_a_second_subject_is_passed_over(coded):
    # VOA 7638284, 2024-06-02: "VOA:" before the question is parsed as another subject of "visited"
    coder = coded("VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.",
                  "2024-06-02")
    assert parties(candidate(coder, "verb", "visited")) == (["RUS"], "nsubj", ["CHN"], "dobj")


def test_dotted_initials_of_a_state_and_coordinated_state_modifiers(coded):
    # VOA 7686618 (…-fleeing-civilians-to-return-after-rebels-attack-villages), 2024-07-05
    coder = coded("Last week, Cameroon and C.A.R. officials met in the C.A.R.'s capital, Bangui, and signed an "
                  "agreement to jointly combat what they describe as increasing insecurity.", "2024-07-05")
    met = candidate(coder, "verb", "met")
    assert sorted(codes(met.actor)) == ["CAF", "CMR"]
    assert coder.scene.location(met.trigger).country == "CAF"  # "in the C.A.R.'s capital, Bangui"


def test_a_visit_is_placed_at_its_destination_and_later_acts_at_the_named_scene(coded):
    # VOA 7810159 (…-prime-minister-may-seek-nuclear-consulting-body-with-us-), 2024-10-04
    coder = coded("Before Japan's own election this month, Ishiba, as a member of the Japanese Liberal Democratic "
                  "Party, visited Taiwan in August and told Taiwan President Lai Ching-te that enhanced deterrence was "
                  "necessary to resist China's aggression in the Taiwan Strait.", "2024-10-04")
    assert coder.scene.location(candidate(coder, "verb", "visited").trigger).country == "TWN"
    # Wikinews 2019-10-06: "sued in Austria … Facebook was ordered to remove the post": the scene stays Austria
    coder = coded("Glawischnig-Piesczek sued in Austria for defamation and won. Facebook was ordered to remove the "
                  "post which it did by making it unavailable to view in Austria only.", "2019-10-06")
    ordered = next(t for t in coder.doc if t.text == "ordered")
    place = coder.scene.location(ordered)
    assert (place.name, place.start) == ("Austria", 29)  # the first sentence's, not "to view in Austria"


def test_first_person_words_in_a_quote_are_its_speaker(coded):
    # VOA 6205674 (…-criticizes-israel-over-response-palestinian-protests), 2021-05-10
    coder = coded("Israeli Prime Minister Benjamin Netanyahu said Sunday Israel “will continue to maintain freedom of "
                  "worship for all faiths, but we will not allow violent disturbances.”", "2021-05-10")
    allow = candidate(coder, "verb", "allow")
    # "we will not allow" is the speaker's own act: role "we" (kept for the model although quoted)
    assert parties(allow)[:2] == (["ISR"], "we") and allow.actor[0].name == "Benjamin Netanyahu"


def test_a_group_including_named_members_and_civilians_as_a_party(coded):
    # VOA 8007271 (…-talks-on-rearming-continent-boosting-ukraine-aid), 2025-03-11
    coder = coded("Critics, including Hungary’s Viktor Orban, suggest Europe can’t afford to defend Ukraine.",
                  "2025-03-11")
    critics = next(t for t in coder.doc if t.text == "Critics")
    assert codes(coder.parties.of(critics)) == ["HUN"]
    # VOA 7686618, 2024-07-05: civilians are a group of the story's state
    coder = coded("Central African Republic officials are pleading with civilians to go back to their villages, after "
                  "up to 10,000 civilians were displaced this week by fighting between rebels and C.A.R. forces.",
                  "2024-07-05")
    c = candidate(coder, "verb", "pleading")
    assert parties(c) == (["CAF"], "nsubj", ["CAF"], "with") and (c.recipient[0].name, c.recipient[0].sector) == ("civilians", "CVL")


def test_a_forecast_is_hypothetical(coded):
    # VOA 7810159, 2024-10-04: an analyst's forecast, forbidden as a real event in the annotation
    coder = coded("Matthew Brummer, a professor at the National Graduate Institute for Policy Studies in Tokyo, said "
                  "instead of calling for an Asian NATO, Japan will likely increase cooperation with NATO countries, "
                  "deepening security agreements, especially regarding joint technology sharing and production.",
                  "2024-10-04")
    increase = next(t for t in coder.doc if t.text == "increase")
    assert "hypothetical" in modality(increase)


def test_an_event_the_story_restates_is_one_event_where_first_told(coded):
    # VOA 8010030 (…-security-top-g7-agenda-as-diplomats-convene-in-canada-), 2025-03-13
    text = ("The G7 talks in Quebec follow U.S.-Ukraine talks in Jeddah, Saudi Arabia, where Ukraine said it is ready "
            "to accept a U.S. proposal for \"an immediate, interim 30-day ceasefire.\" He added that \"Ukraine was "
            "ready for an air and sea ceasefire,\" and \"welcomed\" the U.S. proposal to extend it to land. Russian "
            "President Vladimir Putin said Thursday that Russia supports the U.S. ceasefire proposal in principle, "
            "but key details still need to be worked out.")
    coder = coded(text, "2025-03-13")
    proposals = [c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "proposal"]
    assert len(proposals) == 3 and all(codes(c.actor) == ["USA"] for c in proposals)
    # told three times, coded once: the model may find the first telling just under its threshold,
    # so the one event is the earliest telling it keeps, never one per telling
    told = [e for e in coder.code() if e.trigger == "proposal"]
    assert len(told) == 1 and told[0].type == "AGREE" and codes(told[0].actor) == ["USA"]


def test_force_against_places_is_assault_on_their_state_and_against_a_decision_criticism(coded):
    # VOA 7686618, 2024-07-05: villages are attacked, not criticised
    coder = coded("This week, military sources said 3R rebels attacked nearly 10 villages between the towns of "
                  "Bocaranga and Bazoum in northeastern C.A.R., near the Cameroon border.", "2024-07-05")
    e = event(coder, "ASSAULT", "attacked")
    assert (codes(e.actor), codes(e.recipient), e.actor[0].name) == (["CAF"], ["CAF"], "rebels")
    assert not [x for x in coder.code() if x.type == "ACCUSE"]


def test_verbs_of_being_somewhere_or_consisting_are_no_candidates(coded):
    # VOA 8008126 and 8005899 (train): "now lives in New York", "The Ukrainian delegation includes ..."
    coder = coded("She left Iran in 2009 and now lives in New York, where she is a host with Voice of America’s "
                  "Persian Service. The Ukrainian delegation includes Zelenskyy’s chief of staff Andriy Yermak.",
                  "2025-03-12")
    triggers = {c.trigger.text for c, _ in coder.candidates()}
    assert "left" in triggers and not triggers & {"lives", "includes"}


def test_what_a_party_receives_from_another_is_the_givers_act(coded):
    # allsides (CNN, "US strikes Iran-backed militia facilities in Iraq and Syria", 2019-12-29)
    coder = coded('"KH has a strong linkage with Iran\'s Quds Force and has repeatedly received lethal aid and other '
                  'support from Iran that it has used to attack OIR coalition forces," he said.', "2019-12-29")
    received = candidate(coder, "verb", "received")
    assert (codes(received.actor), received.actor_role, received.recipient_role) == (["IRN"], "from", "receiver")
    e = event(coder, "AID", "received lethal aid")
    assert codes(e.actor) == ["IRN"] and "IRN" not in codes(e.recipient)
    # allsides (The Flip Side, "Iran tensions", undated): the thing given from a state names it as
    # the giver ("support from Iran")
    coder = coded("An array of militias in Iraq receive support from Iran.", "2020-01-03")
    e = event(coder, "SUPPORT", "receive support")
    assert codes(e.actor) == ["IRN"]
    # Wikinews "On the campaign trail in the USA, August 2020": a thing of someone gives nothing
    coder = coded("Unlike Biden, Trump seemingly received a slight bump from his convention.", "2020-09-30")
    assert candidate(coder, "verb", "received").actor_role == "nsubj"


def test_an_event_noun_saying_in_what_spirit_a_party_acts_is_that_partys(coded):
    # allsides (CNN, "Syria revolution anniversary" photo captions, 2013-03-14)
    coder = coded("Syrian protesters chant slogans in support of al-Assad during a rally in Damascus on March 25, 2011.",
                  "2013-03-14")
    support = candidate(coder, "noun", "support")
    assert (codes(support.actor), support.actor_role) == (["SYR"], "manner-nsubj")


def test_a_counted_crowd_is_a_party_of_the_place_it_gathers_in(coded):
    # VOA 6205674 (…-criticizes-israel-over-response-palestinian-protests), 2021-05-10
    coder = coded("Also Monday, hundreds of people, many waving Palestinian flags, massed in front of Israel’s consulate "
                  "in Istanbul in protest of Israeli police actions around the Al-Aqsa mosque compound in Jerusalem’s "
                  "Old City.", "2021-05-10")
    hundreds = next(t for t in coder.doc if t.text == "hundreds")
    crowd = coder.parties.of(hundreds)
    assert codes(crowd) == ["TUR"] and crowd[0].sector == "CVL"
    # a bare "people" counts nobody: no party
    coder = coded("Many people in Istanbul think the talks will fail.", "2021-05-10")
    people = next(t for t in coder.doc if t.text == "people")
    assert coder.parties.of(people) == []


def test_what_is_discussed_is_no_party_to_the_talks(coded):
    # VOA 8010030 (…-top-g7-agenda-as-diplomats-convene-in-canada-), 2025-03-13, a train story
    coder = coded("Beyond Ukraine, G7 foreign ministers also discussed China’s role in global security, Indo-Pacific "
                  "stability, and maritime security behind closed doors.", "2025-03-13")
    discussed = candidate(coder, "verb", "discussed")
    assert codes(discussed.recipient) == ["CHN"] and discussed.recipient_role == "dobj"
    assert not [e for e in coder.code() if e.type == "CONSULT" and "CHN" in codes(e.actor + e.recipient)]


def test_a_name_parsed_as_an_apposition_before_its_verb_is_its_actor(coded):
    # VOA 8011076 (not an annotated story), 2025-03-13: "Balkhi" hung on "Afghanistan" as an apposition
    coder = coded("Pakistan said the attack was orchestrated by militants with bases in Afghanistan, a charge Afghan "
                  "foreign ministry spokesperson Abdul Qahar Balkhi rejected Thursday.", "2025-03-13")
    rejected = [e for e in coder.code() if e.trigger == "rejected"]
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in rejected] == [("REJECT", ["AFG"], ["PAK"])]


# VOA 8010030 (annotated train story), 2025-03-13
JEDDAH = ('The G7 talks in Quebec follow U.S.-Ukraine talks in Jeddah, Saudi Arabia, where Ukraine said it is ready '
          'to accept a U.S. proposal for "an immediate, interim 30-day ceasefire."')


def test_a_hyphenated_pair_the_parser_hung_on_a_verb_still_names_the_talks(coded):
    talks = [e for e in coded(JEDDAH, "2025-03-13").code() if e.type == "CONSULT" and e.trigger == "talks"
             and e.trigger_start == JEDDAH.index("talks in J")]
    # (whether "The G7 talks in Quebec" are coded too is the model's call, near its threshold)
    assert [sorted(a.country or a.name for a in e.actor) for e in talks] == [["UKR", "USA"]]
    assert talks[0].recipient == [] and talks[0].aux == []


def test_a_proposal_is_made_to_the_party_that_answers_it(coded):
    coder = coded(JEDDAH, "2025-03-13")
    proposal = next(c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "proposal")
    assert ([a.country for a in proposal.actor], [a.country for a in proposal.recipient]) == (["USA"], ["UKR"])
    assert proposal.recipient_role == "answered"


# VOA 8004380 (annotated train story), 2025-03-09
TROOPS = ("Both Mexican President Claudia Sheinbaum and outgoing Canadian Prime Minister Justin Trudeau told Trump in "
          "phone conversations last week they have made strides in curbing the flow of fentanyl into the U.S. "
          "Sheinbaum sent 10,000 troops to Mexico’s northern border with the U.S. to try to curb the flow of drugs "
          "and undocumented migrants while Trudeau also ramped up border enforcement.")


def test_forces_a_state_sends_within_its_own_land_act_on_no_one(coded):
    coder = coded(TROOPS, "2025-03-09")
    sent = next(c for c, _ in coder.candidates() if c.trigger.text == "sent")
    # (the parser runs "into the U.S. Sheinbaum sent" into one sentence, so both leaders stand as actors)
    assert "MEX" in [a.country for a in sent.actor] and sent.recipient == []  # not the U.S. the border is with
    assert not [e for e in coder.code() if e.type == "CONSULT" and e.trigger.startswith("sent")]


def test_an_amount_in_aid_names_the_act_of_a_double_object_verb(coded):
    # the construction of issue 14 ("Norway gave Moldova €40 million in budget aid")
    e = event(coded("Norway gave Moldova €40 million in budget aid.", "2025-03-01"), "AID",
              "gave Moldova €40 million in budget aid")
    assert ([a.country for a in e.actor], [a.country for a in e.recipient]) == (["NOR"], ["MDA"])


# VOA 8007271 (annotated train story), 2025-03-11: the parser joins "boosting" to "holding"
CALLS = ("European military and political heads are holding high-level talks this week after calls for massively "
         "rearming Europe — and boosting aid for Kyiv — amid fears of a less engaged United States.")


def test_a_gerund_coordinated_with_what_a_call_is_for_is_only_called_for(coded):
    coder = coded(CALLS, "2025-03-11")
    aid = event(coder, "AID", "boosting aid")
    assert ([a.country for a in aid.actor], [a.country for a in aid.recipient]) == (["EUR"], ["UKR"])
    assert aid.aux == ["hypothetical"]  # the reference forbids reporting this aid as given
    assert event(coder, "CONSULT", "holding high-level talks").aux == []  # the talks are held


# VOA 7810159 (annotated train story), 2024-10-04
CONCERNS = ("In a joint statement issued at their Security Consultative Committee meeting in July, Tokyo and "
            "Washington shared concerns over China's \"rapid expansion of its nuclear weapons arsenal\" and agreed to "
            "strengthen deterrence through their ongoing Extended Deterrence Dialogue.")


def test_a_verb_outside_the_lexicon_voicing_a_feeling_is_no_act(coded):
    coder = coded(CONCERNS, "2024-10-04")
    shared = next(c for c, _ in coder.candidates() if c.kind == "verb" and c.trigger.text == "shared")
    assert [a.country for a in shared.recipient] == ["CHN"]  # a candidate, with China in its object
    assert not [e for e in coder.code() if e.trigger.startswith("shared")]  # the reference forbids COOPERATE


# VOA 6205674 (annotated train story), 2021-05-10
COMMITMENT = ("A statement said Sullivan expressed the Biden administration’s commitment to Israel’s security and to "
              "supporting peace and stability throughout the Middle East.")


def test_a_leaders_administration_is_the_leaders_state(coded):
    coder = coded(COMMITMENT, "2021-05-10")
    noun = next(c for c, _ in coder.candidates() if c.kind == "noun" and c.trigger.text == "commitment")
    assert noun.actor_role == "poss" and [a.country for a in noun.actor] == ["USA"]
    assert [a.country for a in noun.recipient] == ["ISR"]
    e = event(coder, "SUPPORT", "commitment")
    assert ([a.country for a in e.actor], [a.country for a in e.recipient]) == (["USA"], ["ISR"])


def test_a_stated_readiness_to_act_is_an_intent(coded):
    # VOA 8010030 (annotated train story): "ready to accept" is AGREE (CAMEO 03, express intent)
    accept = event(coded(JEDDAH, "2025-03-13"), "AGREE", "accept a U.S. proposal")
    assert [a.country for a in accept.actor] == ["UKR"] and accept.aux == ["future"]


def test_a_relative_pronoun_party_is_its_antecedent(coded):
    # VOA 8010046 (annotated train story): "It is led by Attorney General Maria Consuelo Porras, who
    # was sanctioned by the European Union in 2024 …"; the story places her in Guatemala
    import json

    from tests.shared_paths import SHARED

    with (SHARED / "corpora" / "voa" / "voa_stories.jsonl").open(encoding="utf-8") as fh:
        record = next(r for r in map(json.loads, fh) if str(r["id"]) == "8010046")
    coder = coded(record["text"], record["published"][:10])
    assert parties(candidate(coder, "verb", "sanctioned")) == (["EUR"], "agent", ["GTM"], "nsubjpass")


def test_a_past_verb_coordinated_with_an_infinitive_is_the_speakers_act(coded):
    # VOA 8008619 (annotated train story), 2025-03-11: the parser hangs "urged" on "mobilize"
    coder = coded("Nigerian Defense Minister Mohammed Badaru Abubakar announced the activation of a standby "
                  "military force Tuesday. Abubakar said the initiative aims to mobilize personnel and resources to "
                  "combat terrorism spreading across the subregion and urged security counterparts to seize the "
                  "opportunity and coordinate efforts against threats.", "2025-03-11")
    actor, role, _, _ = parties(candidate(coder, "verb", "urged"))
    assert (actor, role) == (["NGA"], "nsubj")

"""Attributed statements as events (:mod:`dateline.events.statements`, :mod:`dateline.events.refine`)
on real sentences: a characterised object is no addressee, and force held out as possible is a threat."""
from __future__ import annotations

from tests.events.test_candidates import candidate, codes, coded, event  # noqa: F401 - fixtures

# VOA 7808748 (EU to vote on tariff hike for Chinese EVs), 2024-10-03; not an annotated story
CALLED = 'On Wednesday, French President Emmanuel Macron in Berlin called Chinese subsidies "unbearable."'
HINTED = ("Beijing has hinted that it could retaliate with tariffs on German and Italian vehicles and on European "
          "agricultural products such as dairy, pork and French brandy.")


def test_the_object_a_speaker_characterises_is_not_spoken_to(coded):
    coder = coded(CALLED, "2024-10-03")
    assert not [c for c, _ in coder.candidates() if c.kind == "statement" and c.recipient_role == "addressee"]
    assert candidate(coder, "statement", "called", ["CHN"]).recipient_role == "content"
    assert not [e for e in coder.code() if e.type == "CONSULT"]


def test_a_sanction_a_statement_holds_out_as_possible_is_a_threat(coded):
    e = event(coded(HINTED, "2024-10-03"), "THREATEN", "hinted")
    # toward one of the parties the content names (the model picks the likeliest of the three)
    assert codes(e.actor) == ["CHN"] and len(e.recipient) == 1 and codes(e.recipient)[0] in {"DEU", "ITA", "EUR"}


def test_a_statement_read_as_blame_that_holds_out_the_speakers_own_force_is_a_threat(coded):
    from dateline.events.refine import _own_possible_force

    doc = coded(HINTED, "2024-10-03").doc
    could = next(t for t in doc if t.lower_ == "could")
    assert _own_possible_force(could)  # "it could retaliate with tariffs": its own act, a sanction
    doc = coded("The minister said Russia could attack Ukraine again.", "2024-10-03").doc
    assert not _own_possible_force(next(t for t in doc if t.lower_ == "could"))  # another's act: a warning


def test_a_call_on_a_state_to_act_is_a_request_of_that_state(coded):
    # VOA 8009771 (Can the US pry Russia away from China?), 2025-03-13; not an annotated story
    coder = coded("Western politicians have repeatedly called on China to limit or cease tacit support for Russia’s "
                  "bloody war against Ukraine.", "2025-03-13")
    called = [e for e in coder.code() if e.trigger == "called"]
    assert [(e.type, codes(e.actor), codes(e.recipient)) for e in called] == [("REQUEST", ["WST"], ["CHN"])]


def test_asking_someone_for_something_is_a_request_the_later_denial_answers(coded):
    # VOA 6181235 (Experts: "Abrupt End" to Talks Likely If North Korea Launches Holiday Missile), 2019-12-18
    coder = coded("There, North Korean leader Kim Jong Un asked U.S. President Donald Trump for sanctions relief. "
                  "Trump denied the request and asked instead for full denuclearization before granting any "
                  "relaxation of sanctions.", "2019-12-18")
    asked = event(coder, "REQUEST", "asked")
    assert (codes(asked.actor), codes(asked.recipient)) == (["PRK"], ["USA"])
    denied = event(coder, "REJECT", "denied the request")
    assert (codes(denied.actor), codes(denied.recipient)) == (["USA"], ["PRK"])


def test_a_statements_tone_is_a_feature_of_its_candidates(coded):
    # VOA 6205674 (train), 2021-05-10: Turkish presidential adviser Mesut Casin on Israeli police at Al-Aqsa
    coder = coded("Turkish presidential adviser Mesut Casin, while condemning the recent violence, says a reset in "
                  "bilateral ties is still possible but says Washington needs to act. \"This is unacceptable during "
                  "the prayers of the Muslims in the very important religious time, during the Ramazan (Ramadan); it "
                  "is an unacceptable situation,\" Casin said.", "2021-05-10")
    tones = {f for c, feats in coder.candidates() if c.kind == "statement" and c.content
             for f in feats if f.startswith("c_tone=")}
    assert tones == {"c_tone=blame", "c_tone=praise"}  # "unacceptable"; "important"


# VOA 8010030 (annotated train story) and 8008126 (annotated train story)
AGGRESSION = ("During the opening remarks, Canadian Foreign Minister Melanie Joly said, “Peace and stability is on the "
              "top of our agenda, and I look forward to discussing how we can continue to support Ukraine in the face "
              "of Russia's illegal aggression.”")
STAKEOUT = "In his testimony Tuesday, Mehdiyev said he observed Alinejad during a seven-day stakeout outside her home."


def test_mention_features_tell_the_party_a_statement_is_about_from_one_it_names(nlp):
    from dateline.events.features import mention_features

    doc = nlp(AGGRESSION)
    russia = next(t for t in doc if t.text == "Russia")
    assert mention_features(russia) == ["rm=poss_aggression", "rmdep=poss", "rmprep=none", "rm_tone=blame"]
    doc = nlp(STAKEOUT)
    assert mention_features(next(t for t in doc if t.text == "Alinejad")) == [
        "rm=dobj_observe", "rmdep=dobj", "rmprep=none"]
    # a state named as the place of the talks (VOA 8005899): "in" places it, aims at nothing
    doc = nlp("U.S. Secretary of State Marco Rubio said Monday the United States hopes to resolve the pause in aid to "
              "Ukraine during talks Tuesday with Ukrainian officials in Jeddah, Saudi Arabia.")
    assert mention_features(next(t for t in doc if t.text == "Saudi"))[-1] == "rmprep=in"


def test_a_statement_toward_a_body_of_its_own_state_in_another_sector(pipeline):
    from dateline.events.statements import other_party
    from dateline.records import Actor

    activist = Actor("A1", "Josephine Odumakin", "person", "NGA", "CVL")
    assert other_party(Actor("A2", "authorities", "group", "NGA", "GOV"), activist)
    assert not other_party(Actor("A3", "Nigeria", "state", "NGA"), activist)  # her own state, named bare
    assert not other_party(Actor("A4", "activists", "group", "NGA", "CVL"), activist)
    assert not other_party(activist, activist)
    assert other_party(Actor("A5", "Ghana", "state", "GHA"), activist)


# VOA 8005899 (annotated train story), 2025-03-10
LISTENING = ("U.S. Secretary of State Marco Rubio spoke to reporters on Monday. Rubio said the U.S. is in a listening "
             "mode and aims to understand what concessions Ukraine might be willing to make.")


def test_a_statement_that_blames_no_one_is_no_accusation(coded):
    from dateline.events.evidence import blames

    coder = coded(LISTENING, "2025-03-10")
    toward = [c for c, _ in coder.candidates() if c.kind == "statement" and c.recipient]
    assert [a.country for c in toward for a in c.recipient] == ["UKR"] and not blames(toward[0])
    assert not [e for e in coder.code() if e.type == "ACCUSE"]
    coder = coded(AGGRESSION, "2025-03-13")  # "Russia's illegal aggression": blame
    assert all(blames(c) for c, _ in coder.candidates() if c.kind == "statement")

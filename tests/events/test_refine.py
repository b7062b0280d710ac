"""Talks by phone, withdrawals from bodies and of forces: events on real sentences from ../shared."""
from dateline.events.modality import modality
from tests.events.test_candidates import candidate, codes, coded, event, parties  # noqa: F401 - fixtures


def test_spoke_with_a_party_is_a_consult_of_both(coded):
    # Wikinews 2019 (Turkey's offensive in Syria); spaCy tags "Erdogan" a place, the knowledge base knows him
    coder = coded("The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete "
                  "lack of understanding of anything happening on the ground.", "2019-10-07")
    assert parties(candidate(coder, "verb", "spoke")) == (["USA"], "nsubj", ["TUR"], "with")
    e = event(coder, "CONSULT", "spoke")
    assert (sorted(codes(e.actor)), codes(e.recipient), e.aux, e.mode) == (["TUR", "USA"], [], [], None)
    # "by phone" is the manual's CONSULT mode phone
    coder = coded("Putin spoke with Erdogan by phone on Tuesday.", "2019-10-09")
    e = event(coder, "CONSULT", "spoke")
    assert (sorted(codes(e.actor)), e.mode, e.cameo) == (["RUS", "TUR"], "phone", "040")


def test_spoke_to_reporters_is_no_event(coded):
    coder = coded("Trump spoke to reporters at the White House on Monday.", "2019-10-07")
    assert not [c for c, _ in coder.candidates() if c.trigger.text == "spoke" and c.kind == "verb"]


def test_withdrawing_from_a_body_is_sanction_withdraw(coded):
    # VOA 8008619 (train), 2025-03-12
    coder = coded("In late January, Burkina Faso, Mali and Niger withdrew from ECOWAS and created a confederation "
                  "known as the Alliance of Sahel States, after a yearlong dispute with the bloc.", "2025-03-12")
    e = event(coder, "SANCTION", "withdrew")
    assert (sorted(codes(e.actor)), e.mode, e.cameo) == (["BFA", "MLI", "NER"], "withdraw", "161")


def test_withdrawing_troops_is_retreat(coded):
    # allsides UoZzLPxIo5PBDcck (Washington Times), 2014-08-05
    coder = coded("Israel withdrew its ground forces from Gaza’s border areas, and both sides halted cross-border "
                  "attacks as the three-day truce took effect at 8 a.m. (0500 GMT) Tuesday.", "2014-08-05")
    e = event(coder, "RETREAT", "withdrew")
    assert (codes(e.actor), codes(e.recipient)) == (["ISR"], ["PSE"])
    assert not [e for e in coder.code() if e.type == "SANCTION" and e.trigger == "withdrew"]


def test_a_future_event_on_a_weekday_is_the_coming_one(coded):
    # VOA 8005899 (train), published Monday 2025-03-10: Rubio "is scheduled to travel to Canada on Wednesday"
    coder = coded("Secretary of State Marco Rubio is in Saudi Arabia for talks with Ukrainian officials. He is "
                  "scheduled to travel to Canada on Wednesday for meetings with G7 foreign ministers.", "2025-03-10")
    e = next(e for e in coder.code() if e.trigger == "travel")
    assert ("future" in e.aux, e.date, codes(e.recipient)) == (True, "2025-03-12", ["CAN"])
    # a past event on a weekday stays the last one: "met on Wednesday" in a story of Monday 2025-03-10
    coder = coded("Rubio met Canada's foreign minister in Ottawa on Wednesday.", "2025-03-10")
    assert [e.date for e in coder.code() if e.trigger == "met"] == ["2025-03-05"]


def test_acts_told_inside_a_direct_quote_are_the_speakers_claim_not_events(coded):
    # VOA guidelines: an event is required when "stated in the story itself (not only in a quote's background)"
    text = ("Ukraine said Russia had attacked Kyiv overnight. “Russia attacked our cities with 100 drones,” "
            "Zelenskyy said.")
    coder = coded(text, "2025-03-10")
    assaults = [e for e in coder.code() if e.type == "ASSAULT"]
    assert [(codes(e.actor), codes(e.recipient), e.trigger_start) for e in assaults] == \
        [(["RUS"], ["UKR"], text.index("attacked"))]


def test_a_national_medium_is_not_its_state(coded):
    # VOA 6205696 (train), 2021-05-11: talking to "another French channel" is no consultation with France
    coder = coded("Former top European Union official Michel Barnier says immigration to France should stop. Last "
                  "week, he told another French channel, “In Brussels and Paris alike, it is urgent that we "
                  "demonstrate the added value of the European project.”", "2021-05-11")
    told = [c for c, _ in coder.candidates() if c.trigger.text == "told"]
    assert told and all("FRA" not in codes(c.recipient) for c in told)
    assert not [e for e in coder.code() if e.type == "CONSULT"]
    # state media keep their state: "Iranian state television reported ..."
    coder = coded("Iranian state television said the drills would continue.", "2021-05-11")
    assert [a.country for a in coder.parties.of(next(t for t in coder.doc if t.text == "television"))] == ["IRN"]


def test_likely_to_is_a_forecast(coded):
    # VOA 6205696 (train), 2021-05-11
    coder = coded("His remarks, made to a French television station Tuesday, are likely to be seized on by "
                  "nationalist populists in central and southern European countries.", "2021-05-11")
    assert modality(next(t for t in coder.doc if t.text == "seized")) == ["hypothetical"]
    assert not [e for e in coder.code() if "hypothetical" not in e.aux]


def test_a_present_tense_report_is_dated_by_the_story_not_by_a_year_in_its_clause(coded):
    # VOA 6205696 (train), published 2021-05-11: "next year's presidential election" dates no "says"
    coder = coded("The French politician, who according to some French media outlets is considering challenging "
                  "Emmanuel Macron in next year’s presidential election, says immigration in the EU is “not "
                  "working” and that the bloc’s external borders have become a “sieve.”", "2021-05-11")
    says = next(t for t in coder.doc if t.text == "says")
    assert coder.scene.date(says) is None  # the event takes the publication date


def test_an_announced_withdrawal_of_troops_is_concede(coded):
    # PLOVER manual v0.8, RETREAT: '"announced...would withdraw troops" is RETREAT + FUTURE and should be
    # coded as CONCEDE'
    coder = coded("The United States will withdraw its forces from Syria, the Pentagon said on Monday.", "2025-03-12")
    e = next(e for e in coder.code() if e.trigger == "withdraw")
    assert (e.type, codes(e.actor), codes(e.recipient), e.aux) == ("CONCEDE", ["USA"], ["SYR"], ["future"])
    # the weekday of the report ("said on Monday") is not moved to the coming Monday for the future act
    assert e.date != "2025-03-17"


# allsides A2NxmdagwISTx75l (Vice), 2020-07-16
KREMLIN = ("A spokesperson for Russian President Vladimir Putin strenuously denied that Russia tried to hack Western "
           "research agencies. “Russia has nothing to do with these attempts and we do not accept such accusations "
           "just like we don’t accept yet another set of unfounded accusations of interference in the 2019 [UK] "
           "elections,” said the spokesperson per CNN.")


def test_what_is_denied_is_not_reported_as_done_and_a_refusal_is_reject(coded):
    coder = coded(KREMLIN, "2020-07-16")
    hack = next(t for t in coder.doc if t.text == "hack")
    assert "negated" in modality(hack)
    # the spokesperson works for Putin: Russia's; "we do not accept such accusations" rejects
    rejects = [e for e in coder.code() if e.type == "REJECT" and "hypothetical" not in e.aux]
    assert rejects and all(codes(e.actor) == ["RUS"] for e in rejects)


def test_never_accept_in_a_statement_is_reject(coded):
    # the VOA annotation guidelines' own example: '"X will never accept ..." REJECTs'
    coder = coded("“We will never accept Russian occupation of our land,” Zelenskyy said.", "2025-03-12")
    # the speaker's own "we will never accept": one REJECT, by the verb or by the statement
    found = [(e.type, codes(e.actor), codes(e.recipient), e.aux) for e in coder.code()]
    assert found == [("REJECT", ["UKR"], ["RUS"], [])]

"""Threats held out on a condition (events.refine.conditional_threat, threatens): a future act of
force or fighting back that waits on what the other side does is THREATEN toward that side
(CAMEO 13 "threaten ... if"; PLOVER manual, THREATEN)."""
from __future__ import annotations

from tests.events.test_candidates import codes, coded, event  # noqa: F401 - fixtures

# VOA 6180932 ("Turkey Threatens US With Retaliation if Sanctions Are Imposed"), 2019-12-11
CAVUSOGLU = ('"If the United States approaches us positively, we will also react positively. But if they take '
             'negative toward us, then we will retaliate," Turkish Foreign Minister Mevlut Cavusoglu said Wednesday '
             'during a television interview.')


def test_a_statement_holding_out_retaliation_on_a_condition_is_a_threat(coded):
    coder = coded(CAVUSOGLU, "2019-12-11")
    e = event(coder, "THREATEN", "said")
    assert (codes(e.actor), codes(e.recipient), e.aux) == (["TUR"], ["USA"], [])
    assert not [x for x in coder.code() if x.type == "AGREE"]  # "will react positively" is no promise made


def test_a_proposal_retold_toward_no_one_is_the_proposal_made_toward_someone(coded):
    # VOA 8010030 (…-top-g7-agenda-as-diplomats-convene-in-canada-), 2025-03-13, a train story; the
    # first sentence and "Beyond Ukraine" (a person to spaCy, which made every "Ukraine" one) are
    # from it, the proposal's first telling is written here in its words
    text = ("The United States proposed an immediate, interim 30-day ceasefire to Russia and Ukraine on Tuesday. "
            "The G7 talks in Quebec follow U.S.-Ukraine talks in Jeddah, Saudi Arabia, where Ukraine said it is "
            "ready to accept a U.S. proposal for \"an immediate, interim 30-day ceasefire.\" Beyond Ukraine, G7 "
            "foreign ministers also discussed China's role in global security.")
    coder = coded(text, "2025-03-13")
    agree = [(e.trigger, codes(e.actor), codes(e.recipient)) for e in coder.code() if e.type == "AGREE"]
    # "proposed" is AGREE as "proposal" is; the later "U.S. proposal" is that event, not another
    assert ("proposed an immediate, interim 30-day ceasefire", ["USA"], ["RUS", "UKR"]) in agree
    assert not [a for a in agree if a[0] == "proposal"]
    # "it" of "Ukraine said it is ready to accept" is Ukraine
    accept = next(c for c, _ in coder.candidates() if c.kind == "verb" and c.trigger.text == "accept")
    assert (codes(accept.actor), codes(accept.recipient)) == (["UKR"], ["USA"])
    ukraine = [a for a in coder.parties.index.actors if a.country == "UKR"]
    assert [a.kind for a in ukraine] == ["state"]


def test_a_verb_with_no_trigger_word_and_no_one_acted_on_needs_more_confidence(coded):
    # VOA 6203336 ("UN Court Opens Maritime Dispute Hearing Without Kenya"; not an annotated story),
    # 2021-03-15: "extended" gave COERCE by Somalia at 0.22
    from dateline.events.coder import UNSUPPORTED_THRESHOLD, _unsupported

    coder = coded("Mogadishu argues its maritime border with Kenya should be extended along the same southeasterly "
                  "line as its land border.", "2021-03-15")
    extended = next(c for c, _ in coder.candidates() if c.trigger.text == "extended")
    assert _unsupported(extended) and UNSUPPORTED_THRESHOLD > 0.2
    assert not [e for e in coder.code() if e.trigger == "extended"]
    # a verb the trigger lexicon knows keeps the model's threshold
    coder = coded("Kenya has refused to attend a weeklong hearing by the United Nations' highest court over a "
                  "long-running maritime dispute with Somalia.", "2021-03-15")
    refused = next(c for c, _ in coder.candidates() if c.trigger.text == "refused")
    assert not _unsupported(refused) and [e.type for e in coder.code() if e.trigger == "refused"] == ["REJECT"]

"""Auxiliary modes (:func:`dateline.events.modality.modality`) of attendant participles and of
"whether" clauses, on VOA sentences (train stories and unannotated ones)."""
from __future__ import annotations

from dateline.events.modality import modality

# VOA 7810159 (annotated train story), a forecast with an attendant participle
FORECAST = ("Matthew Brummer, a professor at the National Graduate Institute for Policy Studies in Tokyo, said "
            "instead of calling for an Asian NATO, Japan will likely increase cooperation with NATO countries, "
            "deepening security agreements, especially regarding joint technology sharing and production.")
# VOA 6205696 (annotated train story): a participle of saying reports, it attends nothing
SAYING = ("Barnier, in his Tuesday comments, also touched on security concerns, saying there are “links” between "
          "immigration and terrorism.")


def _tok(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_an_attendant_participle_is_as_likely_as_its_head(nlp):
    doc = nlp(FORECAST)
    assert modality(_tok(doc, "increase")) == ["hypothetical"]
    assert modality(_tok(doc, "deepening")) == ["hypothetical"]


def test_a_participle_of_saying_keeps_its_own_mode(nlp):
    doc = nlp(SAYING)
    assert modality(_tok(doc, "saying")) == []


def test_a_participle_after_a_past_act_is_real(nlp):
    doc = nlp("Russian forces shelled Kharkiv on Monday, killing five civilians.")
    assert modality(_tok(doc, "killing")) == []


def test_what_whether_asks_is_hypothetical(nlp):
    doc = nlp("It is unclear whether the United States supports Ukraine's bid to join NATO.")
    assert modality(_tok(doc, "supports")) == ["hypothetical"]
    doc = nlp("The United States supports Ukraine's bid to join NATO.")
    assert modality(_tok(doc, "supports")) == []


def test_a_purpose_infinitive_is_an_aim_not_an_act(nlp):
    # VOA 8008126 (annotated train story): the invitation is what the payment was for, and the
    # reference forbids reporting the plan to lure her as done
    doc = nlp("In 2018, Iranian officials allegedly offered to pay Alinejad’s relatives in Iran to invite her to "
              "Turkey, with the apparent goal of then bringing her to Iran for imprisonment, according to court "
              "documents.")
    assert _tok(doc, "invite").dep_ == "advcl" and modality(_tok(doc, "invite")) == ["hypothetical"]
    doc = nlp("Russian forces shelled Kharkiv on Monday, killing five civilians.")
    assert modality(_tok(doc, "shelled")) == []


def test_an_infinitive_with_its_own_subject_is_only_wanted(nlp):
    # AllSides 3670 (as printed): the parser hangs "Iran to stop" on "wants" as a clause, not an xcomp
    doc = nlp("Almost everyone involved wants Iran to stop enriching uranium, and almost everyone in Congress "
              "agrees they'd prefer diplomacy to a military strike.")
    stop = _tok(doc, "stop")
    assert stop.dep_ == "ccomp" and modality(stop) == ["hypothetical"]


def test_an_event_noun_is_as_real_as_the_verb_that_accepts_it(nlp):
    # VOA 8010842 (G7 urges Russia), 2025-03-14; not an annotated story
    doc = nlp("Top diplomats from the Group of Seven leading democracies urged Russia on Friday to accept a "
              "U.S.-proposed ceasefire in the Russia-Ukraine war or face the possibility of additional sanctions.")
    assert modality(_tok(doc, "ceasefire")) == ["hypothetical"]
    # a noun only talked about keeps its own mode ("condemned the attack": the attack happened)
    doc = nlp("Pakistani officials condemned the attack on the Jaffar Express on Tuesday.")
    assert modality(_tok(doc, "attack")) == []

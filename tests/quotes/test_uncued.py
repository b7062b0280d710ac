"""Whole quoted sentences with no cue take their speaker from the sentence before them: the voice
of a reported statement goes on, and a person named as that sentence's subject speaks."""
from __future__ import annotations

# VOA 8008126 (train; the trial over the plot against Masih Alinejad), 2025-03-12
TESTIFY = ("Alinejad is scheduled to testify later in the trial, Gutwillig said. “Masih Alinejad inspires others in "
           "Iran and around the world to do the same thing. That is why they want to kill her.”")
# the construction (issue 15, "Why"): a person turns to reporters, then a quote with no cue
TURNED = ("Secretary of State Marco Rubio turned to the reporters waiting outside. “We will not back down on "
          "this.”")
# a state as the subject before: no speaker is made up
STRUCK = "Russia struck Kyiv overnight. “The attack lasted five hours.”"


def test_the_voice_of_a_reported_statement_goes_on_into_the_quote_after_it(extract):
    quotes = extract(TESTIFY, "2025-03-12").quotes
    quote = next(q for q in quotes if q.text.startswith("Masih Alinejad inspires"))
    assert (quote.speaker.name, quote.rule) == ("Gutwillig", "continuation")


def test_a_person_who_is_the_subject_before_a_quote_with_no_cue_speaks_it(extract):
    [quote] = extract(TURNED, "2025-03-01").quotes
    assert (quote.speaker.name, quote.speaker.country, quote.rule) == ("Marco Rubio", "USA", "preceding-subject")


def test_a_state_that_acts_before_a_quote_with_no_cue_is_not_its_speaker(extract):
    [quote] = extract(STRUCK, "2025-03-01").quotes
    assert quote.speaker is None


def test_advocacy_groups_speak_for_themselves(pipeline):
    # VOA 8010046 (train story; journalist Jose Ruben Zamora back to prison), 2025-03-13
    from dateline.records import Article

    text = ("Nine press freedom and rights groups this week called for Zamora’s immediate release. “We urge "
            "Guatemalan authorities to guarantee his right to a fair and impartial trial, free from undue "
            "interference and pressure.”")
    result = pipeline.extract(Article("t", text, published="2025-03-13"))
    urge = next(q for q in result.quotes if q.text.startswith("We urge"))
    assert urge.speaker is not None and urge.speaker.sector == "NGO" and urge.rule in ("continuation", "preceding-subject")

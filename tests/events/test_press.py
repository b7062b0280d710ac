"""A statement told to the press is not an act toward the press (VOA guidelines: a statement is
an event when it acts toward someone): "told the Reuters news agency" is no meeting with Reuters.
Sentences from VOA stories outside ``gold/voa/dev``."""
from __future__ import annotations


def test_a_spokesman_telling_a_news_agency_meets_no_one(voa_extracted):
    # 7750892: "… detrimental to [the] interests of Afghanistan and the Afghan people," Taliban
    # Foreign Ministry spokesman Abdul Qahar Balkhi told the Reuters news agency.
    text, result = voa_extracted("7750892")
    assert "Balkhi told the Reuters news agency" in text
    parties = [a.name for e in result.events for a in e.actor + e.recipient]
    assert "Reuters" not in parties
    # his other statements stay: the Taliban's spokesman Mujahid accused the U.N. envoy
    assert [(e.type, e.actor[0].name) for e in result.events if e.trigger == "accused"] == \
        [("ACCUSE", "Zabihullah Mujahid")]


def test_a_statement_told_to_the_press_keeps_its_reading_toward_others(extract):
    # the reading toward the Associated Press is left out before one reading is chosen
    result = extract("Zelenskyy told the Associated Press that Russia must be punished for its crimes.", "2025-03-13")
    assert [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient]) for e in result.events] == \
        [("REQUEST", ["UKR"], ["RUS"])]

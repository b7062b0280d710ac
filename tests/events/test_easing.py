"""A sanction taken back is no sanction (CAMEO 085 ease economic sanctions: RETREAT ``ease``; 081
ease administrative sanctions: CONCEDE, by the PLOVER crosswalk), and a deadline ahead ("until
April 2") dates only the verb it bounds. Sentence from VOA 8004380 (``gold/voa/train``)."""
from __future__ import annotations


def test_exempting_duties_eases_them_and_a_later_deadline_does_not_date_it(voa_extracted):
    text, result = voa_extracted("8004380")
    # "Trump at first imposed 25% tariffs on Canadian and Mexican exports to the U.S., then
    # exempted the duties on Mexican- and Canadian-made vehicles … and later by week's end delayed
    # the tariffs on almost all items for four weeks until April 2."
    exempted = [e for e in result.events if e.trigger == "exempted"]
    assert [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient]) for e in exempted] == \
        [("RETREAT", ["USA"], ["CAN"])]
    # April 2 is ahead of the story (2025-03-09) as told: it was read as the April before, 2024,
    # and made the acts of that week historical
    week = [e for e in result.events if e.trigger in ("exempted", "imposed 25% tariffs")]
    assert week and all(e.date.startswith("2025-03") and "historical" not in e.aux for e in week)

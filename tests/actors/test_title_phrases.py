"""Names the parser hangs on a title's own phrase, and bodies named by two words before a title:
"US Ambassador to the UN Linda Thomas-Greenfield", "the U.N. resident coordinator in Myanmar,
Andrew Kirkwood", "a Foreign Office spokeswoman, Jane Hollis" (issue 15, "Deliver" 1)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("“We are deeply concerned,” said US Ambassador to the UN Linda Thomas-Greenfield.",
     "Linda Thomas-Greenfield", "USA"),
    ("“The situation is dire,” said the U.N. resident coordinator in Myanmar, Andrew Kirkwood.",
     "Andrew Kirkwood", "UN"),
    ("UN humanitarian coordinator for Myanmar Andrew Kirkwood said aid had been blocked.", "Andrew Kirkwood", "UN"),
    ("A Foreign Office spokeswoman, Jane Hollis, said Britain would respond.", "Jane Hollis", "GBR"),
])
def test_the_person_of_a_title_is_the_name_after_its_phrase(extract, text, name, country):
    [quote] = extract(text, "2025-03-01").quotes
    assert (quote.speaker.name, quote.speaker.country) == (name, country)


# VOA 6203525 ("UN Chief: Killing of Myanmar Protesters 'Utterly Unacceptable'"), 2021-03-19
KIRKWOOD = ("“The army and the police have definitely increased the violence over the last couple of weeks in an "
            "attempt to get control of the situation, but the protests and the resistance continues,” U.N. Resident "
            "Coordinator for Myanmar Andrew Kirkwood said.")


def test_a_state_before_a_name_the_tagger_took_into_it_is_no_part_of_the_name(extract):
    [quote] = [q for q in extract(KIRKWOOD, "2021-03-19").quotes if q.kind == "direct"]
    assert (quote.speaker.name, quote.speaker.country) == ("Andrew Kirkwood", "UN")

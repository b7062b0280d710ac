"""How a statement's content asks for an act (events.features.demands): the imperative mood and an
obligation laid on someone are features of REQUEST (PLOVER manual v0.8, REQUEST: demands and appeals)."""
from __future__ import annotations

import pytest

from dateline.events.features import demands
from tests.events.test_candidates import codes, coded, event  # noqa: F401 - fixtures

# VOA 8004380 (tariffs on Canada, Mexico and China), 2025-03-03: Kevin Hassett on ABC's "This Week"
HASSETT = ("Like Lutnick, Kevin Hassett, director of the White House National Economic Council, emphasized the "
           "fentanyl issue in an interview on ABC News’ “This Week” program. “It is a big problem,” he said. "
           "“Get the drug cartels out of Canada and Mexico.”")


@pytest.mark.parametrize("text, found", [
    ("Get the drug cartels out of Canada and Mexico.", ["c_imperative"]),
    # AllSides 35548: "... and that those responsible should be held accountable"
    ("The attacks could constitute crimes against humanity and those responsible should be held accountable.",
     ["c_obliged"]),
    ("It is a big problem.", []),
    ("Thank you for coming.", []),  # a formula, not a demand
])
def test_the_mood_of_the_content(nlp, text, found):
    assert demands(list(nlp(text))) == found


def test_an_imperative_quote_requests_of_the_states_it_names(coded):
    coder = coded(HASSETT, "2025-03-03")
    e = event(coder, "REQUEST", "said")
    assert codes(e.actor) == ["USA"] and set(codes(e.recipient)) <= {"CAN", "MEX"} and codes(e.recipient)
    assert e.aux == []

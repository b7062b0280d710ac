"""What a person reads on the network page's note and keeps in the quotes form (issue 16
leftovers), in Debian's headless Chromium: the note gives every event the filters keep (the
events list's total, linked) and those of them the network draws (both an actor and a
recipient); a ``speaker_id`` filter stays in the quotes form, named, until its × drops it.
Same server and browser as :mod:`tests.api.test_browser` (skipped where Chromium or
Playwright is missing)."""
from __future__ import annotations

import re

import pytest

from .stored import stored_events
from .test_browser import CHROMIUM, page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent")


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _note(page) -> tuple[int, int]:
    """(events that match, events drawn) as the network page's note says them."""
    note = page.locator("#network-count").inner_text()
    m = re.match(r"([\d,]+) events? match(?:es)? the filters; ([\d,]+) of them ha(?:s|ve) both an actor and a "
                 r"recipient and (?:is|are) drawn", note)
    assert m, note
    return _number(m[1]), _number(m[2])


def _two_sided(e: dict) -> bool:
    return any(n for n, _ in e["actor"]) and any(n for n, _ in e["recipient"])


@pytest.mark.parametrize("query", ["", "?date_from=2020-01-01&date_to=2020-01-31"])
def test_the_network_note_counts_all_matching_events_and_those_drawn(server, page, store_path, query):
    stored = stored_events(store_path)
    if query:
        stored = [e for e in stored if "2020-01-01" <= e["day"] <= "2020-01-31"]
    page.goto(server + "/network" + query)
    matching, drawn = _note(page)
    assert matching == len(stored) > 0
    assert drawn == sum(map(_two_sided, stored)) > 0
    assert drawn < matching  # the store has events that name only one side, so the two differ
    rest = re.search(r"the other ([\d,]+) lack one side or both", page.locator("#network-count").inner_text())
    assert rest and _number(rest[1]) == matching - drawn
    # the note's first number opens the events list of the same filters: the same total
    page.click("#network-all")
    page.wait_for_url("**/events*")
    assert page.url.endswith("/events" + query)
    assert _number(page.locator("#event-count").inner_text().split()[0]) == matching

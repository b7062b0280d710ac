"""What a person reads on the network page's note and keeps in the quotes form (issue 16
leftovers), in Debian's headless Chromium: the note gives every event the filters keep (the
events list's total, linked) and those of them the network draws (both an actor and a
recipient); a ``speaker_id`` filter stays in the quotes form, named, until its × drops it.
Same server and browser as :mod:`tests.api.test_browser` (skipped where Chromium or
Playwright is missing)."""
from __future__ import annotations

import re
import sqlite3

import pytest

from .stored import stored_events
from .test_browser import CHROMIUM, page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent")


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _note(page) -> tuple[int, int]:
    """(events that match, events with both sides) as the network page's note says them."""
    note = page.locator("#network-count").inner_text()
    m = re.match(r"([\d,]+) events? match(?:es)? the filters; ([\d,]+) of them ha(?:s|ve) both an actor and a "
                 r"recipient", note)
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


def _quotes_of(store_path, name: str, country: str, kind: str | None = None) -> int:
    con = sqlite3.connect(store_path)
    try:
        return con.execute("SELECT count(*) FROM quotes WHERE speaker_name = ? AND speaker_country IS ?"
                           " AND (? IS NULL OR kind = ?)", (name, country, kind, kind)).fetchone()[0]
    finally:
        con.close()


def _count(page) -> int:
    return _number(page.locator("#quote-count").inner_text().split()[0])


def test_the_quotes_form_keeps_the_speaker_id_until_it_is_dropped(server, page, store_path):
    con = sqlite3.connect(store_path)
    biden = con.execute("SELECT min(id) FROM actors WHERE name = 'Joe Biden' AND country = 'USA'").fetchone()[0]
    kinds = dict(con.execute("SELECT kind, count(*) FROM quotes WHERE speaker_name = 'Joe Biden'"
                             " AND speaker_country = 'USA' GROUP BY kind"))
    con.close()
    kind = max(kinds, key=kinds.get)  # his commonest kind
    assert biden and kinds

    page.goto(server + f"/quotes?speaker_id={biden}")
    chip = page.locator("#speaker-chip")
    assert chip.inner_text().strip() == "Speaker: Joe Biden (USA) ×"
    assert _count(page) == _quotes_of(store_path, "Joe Biden", "USA") > kinds[kind]

    # refine the filters: the speaker stays
    page.select_option('select[name="kind"]', kind)
    page.select_option('select[name="sort"]', "oldest")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**kind=*")
    assert f"speaker_id={biden}" in page.url and f"kind={kind}" in page.url
    assert _count(page) == _quotes_of(store_path, "Joe Biden", "USA", kind) == kinds[kind]
    assert set(page.locator("li.quote .speaker").all_inner_texts()) == {"Joe Biden (USA)"}
    assert page.locator("#speaker-chip").inner_text().startswith("Speaker: Joe Biden (USA)")

    # its × drops the speaker and keeps the rest
    page.click("#speaker-chip a.drop")
    page.wait_for_load_state()
    assert "speaker_id" not in page.url and f"kind={kind}" in page.url and "sort=oldest" in page.url
    assert page.locator("#speaker-chip").count() == 0
    con = sqlite3.connect(store_path)
    every = con.execute("SELECT count(*) FROM quotes WHERE kind = ?", (kind,)).fetchone()[0]
    con.close()
    assert _count(page) == every > kinds[kind]


def test_the_speaker_chip_escapes_the_name(server, page, store_path):
    name = 'Joe <b>"Biden"</b> & Co'
    con = sqlite3.connect(store_path)
    biden = con.execute("SELECT min(id) FROM actors WHERE name = 'Joe Biden' AND country = 'USA'").fetchone()[0]
    con.execute("UPDATE actors SET name = ? WHERE name = 'Joe Biden'", (name,))
    con.execute("UPDATE quotes SET speaker_name = ? WHERE speaker_name = 'Joe Biden'", (name,))
    con.commit()
    con.close()
    page.goto(server + f"/quotes?speaker_id={biden}")
    assert page.locator("#speaker-chip").inner_text().strip() == f"Speaker: {name} (USA) ×"
    assert page.locator("#speaker-chip b").count() == 0  # text, not markup
    assert page.locator('#speaker-chip input[type="hidden"][name="speaker_id"]').get_attribute("value") == str(biden)
    assert _count(page) == _quotes_of(store_path, name, "USA") > 0

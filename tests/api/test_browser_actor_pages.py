"""Actor pages and the events list in a real browser (Debian's Chromium driven by Playwright,
as :mod:`tests.api.test_browser`): from a speaker in the quotes explorer to his page; from a
timeline bar, a network edge and a map circle to the matching events. Screenshots go into the
test's ``tmp_path`` (``actor.png``, ``events.png``)."""
from __future__ import annotations

import calendar
import sqlite3
from collections import Counter
from urllib.parse import parse_qs, urlsplit

from .stored import involving, newest_first, stored_events
from .test_browser import page, placed_server, server  # noqa: F401  (fixtures)
from .test_browser import pytestmark  # noqa: F401  (skipped without Chromium)


def rows(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('tr.event-row')].map(r => ({
        type: r.dataset.type, day: r.dataset.day,
        actors: r.querySelector('.actors').innerText, recipients: r.querySelector('.recipients').innerText}))""")


def row_ids(page) -> list[int]:
    return page.evaluate("() => [...document.querySelectorAll('tr.event-row')].map(r => Number(r.dataset.id))")


def test_open_an_actor_page_from_a_speaker_in_the_quotes_explorer(server, page, tmp_path, store_path):  # noqa: F811
    # what the page must show of his events: the store's (the coder's decisions change)
    stored = stored_events(store_path)
    key = ("Joe Biden", "USA")
    with sqlite3.connect(store_path) as con:
        lo, hi = con.execute("SELECT min(substr(published, 1, 7)), max(substr(published, 1, 7))"
                             " FROM articles").fetchone()
    per_month = {label: Counter(e["day"][:7] for e in involving(stored, **{role: key}) if lo <= e["day"][:7] <= hi)
                 for role, label in (("actor", "as actor"), ("recipient", "as recipient"))}
    mine = involving(stored, party=key)
    assert mine
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/quotes")
    page.fill('input[name="speaker"]', "Joe Biden")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**/quotes?*speaker=Joe+Biden*")
    link = page.locator("li.quote .speaker a.actor-link").first
    assert link.inner_text() == "Joe Biden"
    link.click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1.actor-name").inner_text() == "Joe Biden"
    assert page.locator(".actor-facts .country").inner_text() == "USA"
    assert "vice president (USA, GOV) 2009-01-20 – 2017-01-20" in page.locator(".offices").inner_text()
    statement = page.locator("li.quote blockquote", has_text="proud to have the fiercest of fighters").first
    assert statement.is_visible()
    event = page.locator("table.events tr.event-row").first
    newest = next(e for e in mine if e["id"] == newest_first(mine)[0])
    assert event.is_visible() and event.locator(".tag").inner_text() == newest["type"]
    assert row_ids(page) == newest_first(mine)[:20]
    # April 2020: his five quotes; his events as actor and as recipient, a bar a month each
    bars = 1 + sum(len(c) for c in per_month.values())
    assert page.locator("svg.timeline a.tl-bar").count() == bars
    legend = ["quotes", "5"] + [w for label, c in per_month.items() if c
                                for w in (*label.split(), str(sum(c.values())))]
    assert page.locator("ul.tl-legend").inner_text().split() == legend
    # who acted on him most (the store's events, as the coder decided them), the name first on ties
    acting = Counter(a for e in involving(stored, recipient=key) for a in set(e["actor"]) if a[0] and a != key)
    first = min(acting, key=lambda a: (-acting[a], a[0], a[1] or ""))
    by = page.locator("#acted-on-by a.actor-link").first
    assert by.inner_text() == first[0] and first[0] in ("Elizabeth Warren", "Barack Obama", "Bernie Sanders")
    page.screenshot(path=str(tmp_path / "actor.png"), full_page=True)

    # the statements search, then a statement opens its sentence in the article
    page.fill('#statement-search input[name="q"]', "fighters")
    page.click('#statement-search button[type="submit"]')
    page.wait_for_url("**q=fighters*")
    assert page.locator("#statement-count").inner_text().startswith("2 statements")
    quote = page.locator("li.quote").first
    text = quote.locator("blockquote").inner_text().strip()
    quote.locator("a.article-link").click()
    page.wait_for_url("**/articles/*#q-*")
    mark = page.locator(f"mark#{page.url.split('#')[1]}")
    mark.wait_for(state="visible")
    assert mark.inner_text().strip() == text

    # her name in the side list of the article opens her page; then the search box
    page.locator(".side-actors a.actor-link", has_text="Elizabeth Warren").click()
    page.wait_for_url("**/actors/*")
    assert page.locator("h1.actor-name").inner_text() == "Elizabeth Warren"
    page.click('header nav a[href="/actors"]')
    page.fill('#actor-search input[name="q"]', "soleimani")
    page.click('#actor-search button[type="submit"]')
    page.locator("table.actors a.actor-link", has_text="Qasem Soleimani").first.click()
    assert page.locator("h1.actor-name").inner_text() == "Qasem Soleimani"
    his = involving(stored, party=("Qasem Soleimani", "IRN"))
    assert his and row_ids(page) == newest_first(his)[:20]
    assert all("Qasem Soleimani" in r["recipients"] + r["actors"] for r in rows(page))
    assert not errors, errors
    assert not [u for u in page.requests if not u.startswith(server)]


def test_open_the_events_of_a_timeline_bar_a_network_edge_and_a_map_circle(server, placed_server, page,  # noqa: F811
                                                                           tmp_path, store_path, placed_store_path):
    stored = stored_events(store_path)
    warren_biden = involving(stored, actor=("Elizabeth Warren", "USA"), recipient=("Joe Biden", "USA"))
    assert warren_biden  # her endorsement
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    # the bar of the endorsement's type and month
    typ, month = warren_biden[0]["type"], warren_biden[0]["day"][:7]
    first = month + "-01"
    last = f"{month}-{calendar.monthrange(int(month[:4]), int(month[5:]))[1]:02d}"
    expected = [e for e in stored if e["type"] == typ and e["day"][:7] == month]
    bar = page.locator(f'svg.timeline a.tl-bar[data-type="{typ}"][data-from="{first}"]')
    n = int(bar.get_attribute("data-n"))
    bar.locator("rect").click()
    page.wait_for_url("**/events?*")
    query = parse_qs(urlsplit(page.url).query)
    assert query["type"] == [typ] and query["date_from"] == [first] and query["date_to"] == [last]
    shown = rows(page)
    assert n == len(expected) <= 50 and sorted(row_ids(page)) == [e["id"] for e in expected]
    assert all(r["type"] == typ and r["day"].startswith(month) for r in shown)
    assert page.locator("#event-count").inner_text().startswith(f"{n} events")
    assert page.locator('select[name="type"]').input_value() == typ
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)

    # the mode is picked from the type's modes (the store's most frequent pair); sorting keeps the filters
    pairs = Counter((e["type"], e["mode"]) for e in stored if e["mode"])
    (typ, mode), _ = max(sorted(pairs.items()), key=lambda kv: kv[1])
    page.select_option('select[name="type"]', typ)
    visible = page.evaluate("""() => [...document.querySelectorAll('select[name=mode] optgroup')]
        .filter(g => !g.hidden).map(g => g.label)""")
    assert visible == [typ]
    page.select_option('select[name="mode"]', mode)
    page.fill('input[name="date_from"]', "")
    page.fill('input[name="date_to"]', "")
    page.select_option('select[name="sort"]', "-date")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url(f"**mode={mode}*")
    shown = rows(page)
    assert row_ids(page) == newest_first([e for e in stored if (e["type"], e["mode"]) == (typ, mode)])[:50]
    assert {r["type"] for r in shown} == {typ}
    assert [r["day"] for r in shown] == sorted((r["day"] for r in shown), reverse=True)

    # a network edge: Warren -> Biden
    page.goto(server + "/network")
    edge = page.locator('svg.network a.edge-link path[data-source="Elizabeth Warren"][data-target="Joe Biden"]')
    edge.scroll_into_view_if_needed()
    middle = page.evaluate("""(p) => { const q = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();
        return {x: q.x * m.a + m.e, y: q.y * m.d + m.f}; }""", edge.element_handle())
    page.mouse.click(middle["x"], middle["y"])  # on the curve, not its box's centre
    page.wait_for_url("**/events?*")
    shown = rows(page)
    assert row_ids(page) == [e["id"] for e in warren_biden]
    assert all("Elizabeth Warren" in r["actors"] and "Joe Biden" in r["recipients"] for r in shown)

    # a map circle: the place of the first event placed with coordinates (Niamey when written)
    placed = stored_events(placed_store_path)
    name = next(e["place"] for e in placed if e["lat"] is not None)
    at = [e for e in placed if (e["place"] or "").lower() == name.lower()]
    page.goto(placed_server + "/map")
    page.locator(f'svg.worldmap circle.pt-place[data-name="{name}"]').click()
    page.wait_for_url("**/events?*place=*")
    assert parse_qs(urlsplit(page.url).query)["place"] == [name]
    assert row_ids(page) == [e["id"] for e in at] and [r["type"] for r in rows(page)] == [e["type"] for e in at]
    assert not errors, errors

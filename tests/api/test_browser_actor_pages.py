"""Actor pages and the events list in a real browser (Debian's Chromium driven by Playwright,
as :mod:`tests.api.test_browser`): from a speaker in the quotes explorer to his page; from a
timeline bar, a network edge and a map circle to the matching events. Screenshots go into the
test's ``tmp_path`` (``actor.png``, ``events.png``)."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .test_browser import page, placed_server, server  # noqa: F401  (fixtures)
from .test_browser import pytestmark  # noqa: F401  (skipped without Chromium)


def rows(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('tr.event-row')].map(r => ({
        type: r.dataset.type, day: r.dataset.day,
        actors: r.querySelector('.actors').innerText, recipients: r.querySelector('.recipients').innerText}))""")


def test_open_an_actor_page_from_a_speaker_in_the_quotes_explorer(server, page, tmp_path):  # noqa: F811
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
    assert event.is_visible() and event.locator(".tag").inner_text() in {"SUPPORT", "REQUEST", "ACCUSE"}
    assert page.locator("svg.timeline a.tl-bar").count() == 3  # April 2020: quotes, as actor, as recipient
    assert page.locator("ul.tl-legend").inner_text().split() == ["quotes", "5", "as", "actor", "1", "as", "recipient", "3"]
    by = page.locator("#acted-on-by a.actor-link").first
    assert by.inner_text() == "Elizabeth Warren"
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
    assert all(r["recipients"].find("Qasem Soleimani") >= 0 for r in rows(page)) and len(rows(page)) == 4
    assert not errors, errors
    assert not [u for u in page.requests if not u.startswith(server)]


def test_open_the_events_of_a_timeline_bar_a_network_edge_and_a_map_circle(server, placed_server, page,  # noqa: F811
                                                                           tmp_path):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    bar = page.locator('svg.timeline a.tl-bar[data-type="SUPPORT"][data-from="2020-04-01"]')
    n = int(bar.get_attribute("data-n"))
    bar.locator("rect").click()
    page.wait_for_url("**/events?*")
    query = parse_qs(urlsplit(page.url).query)
    assert query["type"] == ["SUPPORT"] and query["date_from"] == ["2020-04-01"] and query["date_to"] == ["2020-04-30"]
    shown = rows(page)
    assert len(shown) == n == 4 and all(r["type"] == "SUPPORT" and r["day"].startswith("2020-04") for r in shown)
    assert page.locator("#event-count").inner_text().startswith(f"{n} events")
    assert page.locator('select[name="type"]').input_value() == "SUPPORT"
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)

    # the mode is picked from the type's modes; sorting keeps the filters
    page.select_option('select[name="type"]', "ACCUSE")
    visible = page.evaluate("""() => [...document.querySelectorAll('select[name=mode] optgroup')]
        .filter(g => !g.hidden).map(g => g.label)""")
    assert visible == ["ACCUSE"]
    page.select_option('select[name="mode"]', "disapprove")
    page.fill('input[name="date_from"]', "")
    page.fill('input[name="date_to"]', "")
    page.select_option('select[name="sort"]', "-date")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**mode=disapprove*")
    shown = rows(page)
    assert len(shown) == 10 and {r["type"] for r in shown} == {"ACCUSE"}
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
    assert len(shown) == 2 and all(r["actors"] == "Elizabeth Warren" and "Joe Biden" in r["recipients"] for r in shown)

    # a map circle: Niamey
    page.goto(placed_server + "/map")
    page.locator('svg.worldmap circle.pt-place[data-name="Niamey"]').click()
    page.wait_for_url("**/events?*place=Niamey*")
    shown = rows(page)
    assert len(shown) == 1 and shown[0]["type"] == "CONSULT"
    assert not errors, errors

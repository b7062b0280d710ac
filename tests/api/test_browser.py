"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright.

Starts uvicorn on 127.0.0.1 (a free port, in a thread) over the five-article Wikinews store,
searches a speaker in the quotes explorer, opens one of the quotes' articles, checks the
quote is highlighted there, opens the map over the store whose events have places (a second
server) and checks its points are drawn, and saves screenshots into the test's ``tmp_path``
(``overview.png``, ``network.png``, ``quotes.png``, ``article.png``, ``map.png``).

Needs ``/usr/bin/chromium`` (``apt-get install -y --no-install-recommends chromium``) and the
``playwright`` Python package; its own browser download (``playwright install``) is never
used. Skipped, with the reason, when either is missing.
"""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from .stored import stored_events

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} is absent (apt-get install -y --no-install-recommends chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: Path):
    """``http://127.0.0.1:PORT`` serving the store ``db`` while the block runs."""
    import uvicorn

    from dateline.api import Settings, create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture()
def server(store_path):
    """The five-article store, served; stopped after the test."""
    with serve(store_path) as url:
        yield url


@pytest.fixture()
def placed_server(placed_store_path):
    """The store whose events have places (for the map), served; stopped after the test."""
    with serve(placed_store_path) as url:
        yield url


@pytest.fixture()
def page():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            pg = context.new_page()
            requests: list[str] = []
            pg.on("request", lambda r: requests.append(r.url))
            pg.requests = requests
            yield pg
        finally:
            browser.close()


def test_search_a_speaker_and_open_the_quote_in_its_article(server, placed_server, page, tmp_path,
                                                             placed_store_path):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(server + "/")
    assert page.locator("svg.timeline rect").count() > 0
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)

    page.goto(server + "/network")
    assert page.locator("svg.network .node").count() >= 2
    page.locator('svg.network .node[data-name="Joe Biden"] circle').hover()  # a click opens his events
    assert page.locator("svg.network.focus .edge.lit").count() >= 1
    page.screenshot(path=str(tmp_path / "network.png"), full_page=True)

    # the quotes explorer: search a speaker
    page.goto(server + "/quotes")
    page.fill('input[name="speaker"]', "Donald Trump")
    page.fill('input[name="q"]', "wall")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**/quotes?*speaker=Donald+Trump*")
    items = page.locator("li.quote")
    assert items.count() >= 1
    assert all(s == "Donald Trump (USA)" for s in items.locator(".speaker").all_inner_texts())
    quote_text = items.first.locator("blockquote").inner_text().strip()
    assert "wall" in quote_text.lower()
    page.screenshot(path=str(tmp_path / "quotes.png"), full_page=True)

    # open the first quote's article
    link = items.first.locator("a.article-link")
    href = link.get_attribute("href")
    assert href and "#q-" in href
    link.click()
    page.wait_for_url("**/articles/*")
    mark = page.locator(f"mark#{href.split('#')[1]}")
    mark.wait_for(state="visible")
    assert "hl-quote" in mark.get_attribute("class") and "flash" in mark.get_attribute("class")
    assert mark.inner_text().strip() == quote_text
    assert page.evaluate("(el) => getComputedStyle(el).backgroundColor", mark.element_handle()) != "rgba(0, 0, 0, 0)"
    for kind in ("speaker", "mention", "date", "place"):
        assert page.locator(f"article mark.hl-{kind}").count() >= 1, kind
    page.screenshot(path=str(tmp_path / "article.png"), full_page=False)

    # the legend hides a kind
    page.locator('.legend input[data-kind="quote"]').uncheck()
    assert page.evaluate("() => document.body.classList.contains('hide-quote')")
    assert page.evaluate("(el) => getComputedStyle(el).backgroundColor", mark.element_handle()) == "rgba(0, 0, 0, 0)"

    # the map: a circle per place over the country outlines; pointing at one shows the place's row
    page.click('header nav a[href="/map"]')
    page.wait_for_url("**/map")
    assert page.locator("svg.worldmap path.land").count() >= 170
    page.goto(placed_server + "/map")
    points = page.locator("svg.worldmap circle.pt")
    assert points.count() >= 1
    niamey = page.locator('svg.worldmap circle.pt-place[data-name="Niamey"]')
    box = niamey.bounding_box()
    assert box and box["width"] > 4 and box["height"] > 4
    niamey.hover()
    row = page.locator("table.places tr.flash")
    assert row.count() == 1 and row.locator("td").first.inner_text().strip() == "Niamey"
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)
    # the type of the first event placed in India (the arrests in Tamil Nadu)
    stored = stored_events(placed_store_path)
    typ = next(e["type"] for e in stored if e["place_country"] == "IND")
    page.select_option('select[name="type"]', typ)
    page.click('form.filters button[type="submit"]')
    page.wait_for_url(f"**/map?*type={typ}*")
    shown = [p.get_attribute("data-name") for p in points.all()]
    assert shown and ("Niamey" in shown) == any(e["place"] == "Niamey" and e["type"] == typ for e in stored)
    assert sum(int(p.get_attribute("data-events")) for p in points.all()) == \
        sum(1 for e in stored if e["type"] == typ and (e["lat"] is not None or e["place_country"]))

    assert not errors, errors
    outside = [u for u in page.requests if not u.startswith((server, placed_server))]
    assert not outside, outside
    for name in ("overview", "network", "quotes", "article", "map"):
        assert (tmp_path / f"{name}.png").stat().st_size > 5000


def test_the_api_docs_render_their_operations_under_the_content_security_policy(server, page):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server + "/docs")
    page.locator(".opblock").first.wait_for(state="visible", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/quotes" in p for p in paths) and any("/api/events" in p for p in paths)
    assert not errors, errors
    assert not [u for u in page.requests if not u.startswith(server)]

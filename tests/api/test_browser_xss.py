"""Stored XSS, as a person would meet it (issue 17, item 3): a store whose every stored text
field carries a payload (:mod:`tests.api.xss_store`: title, url, source, text, so quotes,
speakers, cues, triggers, actor names, places, dates and amounts too; ``javascript:`` and
``data:`` URLs), served and opened page by page in Debian's Chromium (as
:mod:`tests.api.test_browser`). On every page: no dialog opens, no element or event-handler
attribute came from stored text, no link leads to ``javascript:`` or ``data:``, and the
payload reads as literal text where its field is shown. The JSON API gives the payloads back
unchanged as JSON."""
from __future__ import annotations

import sqlite3
from urllib.parse import quote as urlquote

import pytest

from .test_browser import ARGS, CHROMIUM, serve
from .test_browser import pytestmark  # noqa: F401  (skipped without Chromium)
from .xss_store import (AMOUNT, DATA_URL, DATE, HAND_SOURCE, HAND_TEXT, HAND_TITLE, IMG, INGESTED, JS_URL, ODD_TYPE,
                        PLACE, QUOTE, SPEAKER, SVG, TITLE_CLOSE, TRIGGER, VICTIM, build)

#: What must not be in a page's DOM, whatever stored text it shows: elements the dashboard
#: never makes (``img``, ``iframe`` ...), any ``on*`` attribute (the dashboard has none: its
#: one script adds listeners), a script other than its own, a root ``svg`` that is not one of
#: its charts, and a link, source or form target whose scheme is not http(s).
INJECTED = """() => {
  const bad = [];
  const say = (el, why) => bad.push(el.localName + ': ' + why + ' ' + el.outerHTML.slice(0, 120));
  for (const el of document.querySelectorAll('*')) {
    if (['img', 'iframe', 'object', 'embed', 'frame', 'base', 'style', 'math'].includes(el.localName)) say(el, 'tag');
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) say(el, 'handler ' + a.name);
      if (['href', 'xlink:href', 'src', 'action', 'formaction', 'data'].includes(a.name.toLowerCase())) {
        let proto = null;
        try { proto = new URL(a.value, location.href).protocol; } catch (e) { proto = 'unparsable'; }
        if (proto !== 'http:' && proto !== 'https:') say(el, a.name + ' ' + proto);
      }
    }
    if (el.localName === 'script' && el.getAttribute('src') !== '/static/dashboard.js') say(el, 'script');
    if (el.localName === 'svg' && !el.parentElement.closest('svg')
        && !['timeline', 'network', 'worldmap'].some(c => el.classList.contains(c))) say(el, 'svg');
    if (el.localName === 'meta' && el.hasAttribute('http-equiv')) say(el, 'meta');
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def xss_db(tmp_path_factory, pipeline):
    return build(tmp_path_factory.mktemp("xss"), pipeline)


@pytest.fixture(scope="module")
def xss(xss_db):
    """The payload store served, its article ids by record (``xss-1`` ... and ``hand``) and
    the actor ids of :data:`SPEAKER` and :data:`VICTIM`."""
    con = sqlite3.connect(xss_db)
    try:
        arts = {("hand" if aid.startswith("hand-") else aid): i
                for i, aid in con.execute("SELECT id, article_id FROM articles")}
        actors = dict(con.execute("SELECT name, min(id) FROM actors WHERE name IN (?, ?) GROUP BY name",
                                  (SPEAKER, VICTIM)))
    finally:
        con.close()
    with serve(xss_db) as url:
        yield url, arts, actors


@pytest.fixture(scope="module")
def browser_page():
    """One Chromium page for the module, its dialogs kept in ``page.dialogs`` (and dismissed).
    The page ignores the server's Content-Security-Policy (``bypass_csp``), which would block
    an injected inline handler: escaping alone is under test here (the policy is
    :mod:`tests.api.test_security`'s), so a hole opens a dialog as it would without it."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            pg = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True).new_page()
            pg.dialogs = []

            def dialog(d):
                pg.dialogs.append(f"{pg.url}: {d.type} {d.message}")
                d.dismiss()
            pg.on("dialog", dialog)
            yield pg
        finally:
            browser.close()


def visit(page, url: str) -> None:
    """Open ``url``, point at every highlight, node and circle (a handler would fire), and
    check the DOM holds nothing injected and no dialog opened."""
    response = page.goto(url)
    assert response.status == 200, url
    for sel in ("mark.hl", "svg.network .node circle", "svg.worldmap .pt", "li.quote blockquote", "tr.event-row"):
        for el in page.locator(sel).all()[:12]:
            el.hover()
    assert page.dialogs == [], url
    assert page.evaluate(INJECTED) == [], url


def text_of(page, selector: str) -> str:
    return " ".join(page.locator(selector).all_text_contents())


def test_payloads_in_every_stored_field_are_shown_as_text_and_never_run(xss, browser_page):
    server, arts, actors = xss
    page = browser_page
    one, two, three = INGESTED
    speaker, victim = actors[SPEAKER], actors[VICTIM]

    visit(page, server + "/?date_from=2020-03-01&date_to=2020-03-10")  # the overview: its timeline
    types = page.locator("svg.timeline rect").evaluate_all("els => els.map(e => e.getAttribute('data-type'))")
    assert ODD_TYPE in types and ODD_TYPE in text_of(page, "ul.tl-legend")

    visit(page, server + "/articles")
    titles = page.locator("table.list a[href^='/articles/']").all_inner_texts()
    assert {one["title"], three["title"], HAND_TITLE} <= set(titles)
    assert any(t.startswith(IMG) for t in titles)  # the untitled one, named by its first words

    visit(page, server + f"/articles/{arts['xss-1']}")
    assert page.locator("h1.article-title").inner_text() == one["title"]
    assert page.title().startswith(one["title"])
    note = page.locator("main p.note").first.inner_text()
    assert one["source"] in note and f"source {JS_URL}" in note
    assert QUOTE in page.locator("#article-text").inner_text()

    visit(page, server + f"/articles/{arts['xss-2']}")
    assert page.locator("h1.article-title").inner_text().startswith(IMG)
    assert f"source {DATA_URL}" in page.locator("main p.note").first.inner_text()
    assert TITLE_CLOSE in page.locator("#article-text").inner_text()

    visit(page, server + f"/articles/{arts['xss-3']}")
    assert page.locator("h1.article-title").inner_text() == three["title"]
    original = page.locator("a", has_text="original")
    assert original.get_attribute("href") == three["url"]  # an http URL stays a link, quoted

    visit(page, server + f"/articles/{arts['hand']}")
    assert page.locator("h1.article-title").inner_text() == HAND_TITLE
    note = page.locator("main p.note").first.inner_text()
    assert HAND_SOURCE in note and "source JaVaScRiPt:alert(10)" in note
    assert page.locator("#article-text").inner_text().strip() == HAND_TEXT
    def marks(kind: str):
        return page.locator(f"#article-text mark.hl-{kind}")
    for kind, shown in (("speaker", SPEAKER), ("event", TRIGGER), ("place", PLACE), ("date", DATE),
                        ("amount", AMOUNT), ("mention", VICTIM), ("quote", f"{IMG},")):
        assert shown in marks(kind).all_inner_texts(), kind
    assert marks("speaker").first.get_attribute("title") == f"speaker: {SPEAKER} (USA)"
    assert marks("event").first.get_attribute("title") == f"ASSAULT: {SPEAKER} → {VICTIM}"

    visit(page, server + "/quotes?q=onerror")
    assert page.locator("li.quote blockquote").first.inner_text().strip() == f"{IMG},"
    assert page.locator("li.quote .speaker").first.inner_text() == f"{SPEAKER} (USA)"
    visit(page, server + "/quotes?speaker=" + urlquote(SPEAKER))  # the search itself is shown back
    assert page.locator('input[name="speaker"]').input_value() == SPEAKER
    assert f"{IMG}," in [t.strip() for t in page.locator("li.quote blockquote").all_inner_texts()]

    visit(page, server + "/events?date_from=2020-03-01&date_to=2020-03-03")
    row = page.locator('tr.event-row[data-type="ASSAULT"]')
    assert row.locator(".actors").inner_text() == SPEAKER and row.locator(".recipients").inner_text() == VICTIM
    assert row.locator("b.trigger").inner_text() == TRIGGER and PLACE in row.inner_text()
    odd = page.locator("tr.event-row", has=page.locator(".tag", has_text="TYPE"))
    assert odd.get_attribute("data-type") == odd.locator(".tag").inner_text() == ODD_TYPE
    assert odd.locator(".mode").inner_text() == IMG and odd.locator("i").inner_text() == SVG

    visit(page, server + "/actors")
    assert {SPEAKER, VICTIM} <= set(page.locator("a.actor-link").all_inner_texts())
    visit(page, server + f"/actors/{speaker}")
    assert page.locator("h1.actor-name").inner_text() == SPEAKER
    assert f"{IMG}," in page.locator("li.quote blockquote").all_inner_texts()[0]
    visit(page, server + f"/actors/{victim}")
    assert page.locator("h1.actor-name").inner_text() == VICTIM

    visit(page, server + "/network")
    names = page.locator("svg.network .node").evaluate_all("els => els.map(e => e.getAttribute('data-name'))")
    assert {SPEAKER, VICTIM} <= set(names)
    assert any(SPEAKER in t for t in page.locator("svg.network .node text title").all_text_contents())

    visit(page, server + "/map")
    assert PLACE in text_of(page, "table.places td") and PLACE in text_of(page, "svg.worldmap text")


def test_the_json_api_gives_the_payloads_back_unchanged(xss, browser_page):
    server, arts, actors = xss
    get = browser_page.request.get

    def json_of(path: str):
        r = get(server + path)
        assert r.status == 200 and r.headers["content-type"].startswith("application/json"), path
        return r.json()

    for rid, record in zip(("xss-1", "xss-2", "xss-3"), INGESTED):
        art = json_of(f"/api/articles/{arts[rid]}")
        assert (art["title"], art["url"], art["source"], art["text"]) == (
            record.get("title"), record["url"], record["source"], record["text"])
    art = json_of(f"/api/articles/{arts['hand']}")
    assert (art["title"], art["url"], art["source"], art["text"]) == (
        HAND_TITLE, "JaVaScRiPt:alert(10)", HAND_SOURCE, HAND_TEXT)
    quotes = json_of("/api/quotes?q=onerror")["items"]
    assert [(q["text"], q["speaker"]["name"], q["cue"]) for q in quotes] == [(f"{IMG},", SPEAKER, "said")]
    events = {e["type"]: e for e in json_of("/api/events")["items"] if e["trigger"] == TRIGGER}
    assert set(events) == {"ASSAULT", ODD_TYPE} and events["ASSAULT"]["location"]["name"] == PLACE
    assert (events[ODD_TYPE]["mode"], events[ODD_TYPE]["aux"]) == (IMG, [SVG])
    assert [a["name"] for a in events["ASSAULT"]["actor"]] == [SPEAKER]
    assert [a["name"] for a in events["ASSAULT"]["recipient"]] == [VICTIM]
    assert {SPEAKER, VICTIM} <= {a["name"] for a in json_of("/api/actors?limit=200")["items"]}
    assert json_of(f"/api/actors/{actors[SPEAKER]}")["name"] == SPEAKER

"""The dashboard's pages as a person sees them in Debian's headless Chromium (issue 16, item 6):
nothing scrolls sideways at 400 px, the timeline fits a filtered range with a y-axis, network
labels do not overlap, quotes come newest first and filter by kind, side lists follow the
filters, an untitled article is named by its first words. Same server and browser as
:mod:`tests.api.test_browser` (skipped where Chromium or Playwright is missing)."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter

import pytest

from shared_paths import SHARED

from .stored import stored_events
from .test_browser import CHROMIUM, page, placed_server, serve, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent")

REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"

#: What overflows the page sideways: every element whose right edge is past the viewport.
OVERFLOW = """() => {
  const w = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > w + 0.5 && r.width > 0) wide.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '') + ' ' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, client: w, wide: wide.slice(0, 8)};
}"""


def test_no_page_scrolls_sideways_at_400_px(server, page, article_ids, store_path):
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto(server + "/")
    menu = [a.get_attribute("href") for a in page.locator("header.top nav a").all()]
    assert {"/", "/network", "/map", "/quotes", "/articles"} <= set(menu)
    paths = [p for p in menu if p.startswith("/") and p != "/docs"]  # every page of the menu, and more
    paths += [f"/articles/{article_ids['soleimani']}", "/quotes?speaker=Trump", "/network?nodes=200",
              "/?date_from=2019-12-20&date_to=2020-01-10", "/articles/999999"]
    con = sqlite3.connect(store_path)
    trump = con.execute("SELECT min(id) FROM actors WHERE name = 'Donald Trump' AND country = 'USA'").fetchone()[0]
    con.close()
    paths += [f"/actors/{trump}", f"/events?party_id={trump}&sort=-date", "/actors?q=trump", "/actors/999999"]
    for path in paths:
        page.goto(server + path)
        seen = page.evaluate(OVERFLOW)
        assert seen["scroll"] <= seen["client"], (path, seen)
    # the menu wrapped, it was not cut: every entry is on screen
    page.goto(server + "/")
    for box in (a.bounding_box() for a in page.locator("header.top nav a").all()):
        assert box["x"] >= 0 and box["x"] + box["width"] <= 400


def _dates(page) -> list[str]:
    return [m.split(" · ")[2].strip() for m in page.locator("li.quote .meta").all_inner_texts()]


def _speakers(page) -> dict[str, int]:
    """The side list's names (without their country) and counts."""
    rows = page.locator("ul.speakers li").all_inner_texts()
    return {re.sub(r"\s*\(\w+\)$", "", r.rsplit(maxsplit=1)[0]): int(r.rsplit(maxsplit=1)[1]) for r in rows}


def test_quotes_newest_first_filtered_by_kind_and_most_quoted_follows(server, page):
    """The newest article is Warren's endorsement of Biden (2020-04-16); Andrzej Duda (Koszalin,
    2019-01-05) is the most quoted of all, Joe Biden the most quoted of 2020."""
    page.goto(server + "/quotes?limit=200")
    dates = _dates(page)
    assert dates[0] == "2020-04-16" and dates == sorted(dates, reverse=True) and dates[-1] == "2019-01-04"
    assert list(_speakers(page).items())[0] == ("Andrzej Duda", 7)
    every = page.locator("li.quote").count()

    page.select_option('select[name="sort"]', "oldest")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**sort=oldest*")
    assert _dates(page)[0] == "2019-01-04"

    page.select_option('select[name="kind"]', "indirect")
    page.fill('input[name="date_from"]', "2020-01-01")
    page.click('#quote-search button[type="submit"]')
    page.wait_for_url("**kind=indirect*")
    kinds = page.locator("li.quote blockquote").evaluate_all("els => els.map(e => e.className)")
    assert kinds and set(kinds) == {"kind-indirect"} and len(kinds) < every
    assert all(d >= "2020-01-01" for d in _dates(page))
    side = _speakers(page)
    assert list(side.items())[0] == ("Joe Biden", 3) and "Andrzej Duda" not in side
    # a name in the side list keeps the page's filters
    page.click('ul.speakers a:text-is("Joe Biden")')
    page.wait_for_url("**speaker_id=*")  # exactly his quotes: his actor id (name and country)
    assert "kind=indirect" in page.url and page.locator("li.quote").count() == 3


@pytest.fixture()
def untitled_server(store_path, pipeline):
    """The five articles and the reference article, read from its text file (no title)."""
    from dateline.store.ingest import ingest

    assert ingest([str(REFERENCE)], store_path, workers=1, pipeline=pipeline).stored == 1
    with serve(store_path) as url:
        yield url


def test_an_untitled_article_is_named_by_its_first_words(untitled_server, page, store_path):
    con = sqlite3.connect(store_path)
    rowid, article_id, title = con.execute("SELECT id, article_id, title FROM articles WHERE path LIKE '%.txt'").fetchone()
    con.close()
    assert title is None
    lead = "John Healey has urged Donald Trump and Vladimir Putin to put"
    page.goto(untitled_server + "/articles")
    link = page.locator(f'a[href="/articles/{rowid}"]')
    assert link.inner_text().startswith(lead) and link.inner_text().endswith("…")
    page.goto(untitled_server + "/quotes?speaker=Healey")
    names = page.locator("li.quote a.article-link").all_inner_texts()
    assert names and all(n.startswith(lead) for n in names)
    page.goto(untitled_server + "/events?party=Healey")  # the events list names it too
    names = page.locator(f'a.event-link[href^="/articles/{rowid}#"]').all_inner_texts()
    assert names and all(n.startswith(lead) for n in names)
    page.goto(untitled_server + f"/articles/{rowid}")
    assert page.locator("h1.article-title").inner_text().startswith(lead)
    assert page.title().startswith(lead)
    assert article_id not in page.content()


#: Every shown label's box in the network (``getBBox``, user units) and the picture's size (a
#: narrow screen shows fewer, larger labels: ``tests/api/test_browser_narrow_labels.py``).
LABELS = """() => {
  const svg = document.querySelector('svg.network');
  const vb = svg.viewBox.baseVal;
  return {width: vb.width, height: vb.height, shown: svg.getBoundingClientRect().width,
          labels: [...svg.querySelectorAll('.node text')].filter(t => t.getBoundingClientRect().width > 0).map(t => {
            const b = t.getBBox(); return {text: t.firstChild.nodeValue, x: b.x, y: b.y, w: b.width, h: b.height}; })};
}"""


@pytest.mark.parametrize("width", [1280, 400])
def test_network_labels_do_not_overlap_and_are_not_cut(server, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(server + "/network?nodes=200")
    seen = page.evaluate(LABELS)
    labels = seen["labels"]
    biden = "Joe Biden (USA)" if width > 600 else "Joe Biden"  # narrow: the name, as the column has room
    assert len(labels) >= (15 if width > 600 else 10) and any(t["text"] == biden for t in labels)
    for i, a in enumerate(labels):
        assert a["x"] >= 0 and a["y"] >= 0, a  # inside the picture: nothing cut at the edges
        assert a["x"] + a["w"] <= seen["width"] and a["y"] + a["h"] <= seen["height"], a
        for b in labels[i + 1:]:
            apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                     or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])
            assert apart, (a, b)
    assert seen["shown"] <= width  # scaled to the page


#: The timeline as drawn: bucket, y-axis label and ticks, and every bar piece.
TIMELINE = """() => {
  const svg = document.querySelector('svg.timeline');
  return {bucket: svg.dataset.bucket, ylabel: svg.querySelector('.tl-ylabel').textContent,
          ticks: [...svg.querySelectorAll('.tl-tick')].map(t => Number(t.textContent)),
          axis: [...svg.querySelectorAll('.tl-axis')].map(t => t.textContent),
          width: svg.viewBox.baseVal.width,
          rects: [...svg.querySelectorAll('rect')].map(r => ({type: r.dataset.type, from: r.dataset.from,
            to: r.dataset.to, w: r.getBBox().width, n: Number(r.querySelector('title').textContent.split(': ').pop())}))};
}"""


def test_the_timeline_fits_a_two_week_range_with_day_bars_and_a_y_axis(server, page, store_path):
    """The Soleimani article (2020-01-05) dates its events from 2019-12-27 to 2020-01-03."""
    page.goto(server + "/?date_from=2019-12-28&date_to=2020-01-10")
    tl = page.evaluate(TIMELINE)
    assert tl["bucket"] == "day" and tl["ylabel"] == "events per day"
    assert tl["axis"][0] == "Dec 28, 2019" and "Jan 10" in tl["axis"]
    assert tl["rects"] and all("2019-12-28" <= r["from"] == r["to"] <= "2020-01-10" for r in tl["rects"])
    per_day: dict[str, int] = {}
    for r in tl["rects"]:
        per_day[r["from"]] = per_day.get(r["from"], 0) + r["n"]
    assert tl["ticks"][0] == 0 and tl["ticks"] == sorted(tl["ticks"]) and tl["ticks"][-1] >= max(per_day.values())
    assert all(r["w"] > tl["width"] / 14 * 0.8 for r in tl["rects"])  # 14 days fill the width
    total = int(page.locator("main p.note").first.inner_text().split()[0])
    expected = Counter(e["day"] for e in stored_events(store_path) if "2019-12-28" <= e["day"] <= "2020-01-10")
    assert total == sum(per_day.values()) == sum(expected.values()) > 0 and per_day == dict(expected)

    page.goto(server + "/?date_from=2019-12-02&date_to=2020-02-09")  # ten weeks, from a Monday
    tl = page.evaluate(TIMELINE)
    assert tl["bucket"] == "week" and tl["ylabel"] == "events per week"
    assert {r["from"] for r in tl["rects"]} <= {"2019-12-02", "2019-12-09", "2019-12-16", "2019-12-23", "2019-12-30",
                                                "2020-01-06", "2020-01-13", "2020-01-20", "2020-01-27", "2020-02-03"}
    assert all(r["to"] == {"2019-12-30": "2020-01-05"}.get(r["from"], r["to"]) for r in tl["rects"])

    page.goto(server + "/")
    assert page.evaluate(TIMELINE)["bucket"] == "month"

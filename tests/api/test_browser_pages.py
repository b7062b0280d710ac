"""The dashboard's pages as a person sees them in Debian's headless Chromium (issue 16, item 6):
nothing scrolls sideways at 400 px, the timeline fits a filtered range with a y-axis, network
labels do not overlap, quotes come newest first and filter by kind, side lists follow the
filters, an untitled article is named by its first words. Same server and browser as
:mod:`tests.api.test_browser` (skipped where Chromium or Playwright is missing)."""
from __future__ import annotations

import sqlite3

import pytest

from shared_paths import SHARED

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


def test_no_page_scrolls_sideways_at_400_px(server, page, article_ids):
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto(server + "/")
    menu = [a.get_attribute("href") for a in page.locator("header.top nav a").all()]
    assert {"/", "/network", "/map", "/quotes", "/articles"} <= set(menu)
    paths = [p for p in menu if p.startswith("/") and p != "/docs"]  # every page of the menu, and more
    paths += [f"/articles/{article_ids['soleimani']}", "/quotes?speaker=Trump", "/network?nodes=200",
              "/?date_from=2019-12-20&date_to=2020-01-10", "/articles/999999"]
    for path in paths:
        page.goto(server + path)
        seen = page.evaluate(OVERFLOW)
        assert seen["scroll"] <= seen["client"], (path, seen)
    # the menu wrapped, it was not cut: every entry is on screen
    page.goto(server + "/")
    for box in (a.bounding_box() for a in page.locator("header.top nav a").all()):
        assert box["x"] >= 0 and box["x"] + box["width"] <= 400

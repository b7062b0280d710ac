"""Chart labels a person can read on a 400 px screen (issue 16 leftover), in Debian's headless
Chromium: the timeline's dates and counts, the network's names and the map's places are drawn
at 10 px or more once the picture has shrunk to the page (fewer and larger labels there, the
``narrow`` ones), none over another or outside its picture, and nothing scrolls sideways; at
full width the usual labels are shown. Same server and browser as :mod:`tests.api.test_browser`
(skipped where Chromium or Playwright is missing)."""
from __future__ import annotations

import sqlite3

import pytest

from .test_browser import CHROMIUM, page, placed_server, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent")

#: The labels shown in the chart ``sel`` as a person sees them: the text (without its tooltip),
#: the size on the screen (font size in the viewBox times the picture's scale, CSS px) and the
#: box on the page; with the picture's box and the page's widths.
SEEN = """(sel) => {
  const svg = document.querySelector(sel);
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const shown = t => t.checkVisibility() && t.getBoundingClientRect().width > 0;  // display: none on it or a group
  const labels = [...svg.querySelectorAll('text')].filter(shown).map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.firstChild.nodeValue, px: parseFloat(getComputedStyle(t).fontSize) * scale,
            x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, cls: t.getAttribute('class') || t.parentNode.getAttribute('class')};
  });
  return {labels, svg: {x0: box.left, x1: box.right, y0: box.top, y1: box.bottom},
          scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};
}"""


def _seen(page, url: str, sel: str, width: int) -> dict:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    return page.evaluate(SEEN, sel)


def _readable(seen: dict, least: int, *, smallest: float = 10.0, apart: bool = True) -> list[dict]:
    """The labels, checked: at least ``least``, none under ``smallest`` px, none outside the
    picture, none over another (unless not ``apart``), and the page not wider than the screen."""
    labels, box = seen["labels"], seen["svg"]
    assert len(labels) >= least, labels
    assert seen["scroll"] <= seen["client"], seen
    for i, a in enumerate(labels):
        assert a["px"] >= smallest, a
        assert box["x0"] - 0.5 <= a["x0"] and a["x1"] <= box["x1"] + 0.5, (a, box)
        assert box["y0"] - 0.5 <= a["y0"] and a["y1"] <= box["y1"] + 0.5, (a, box)
        for b in labels[i + 1:] if apart else ():
            clear = a["x1"] <= b["x0"] or b["x1"] <= a["x0"] or a["y1"] <= b["y0"] or b["y1"] <= a["y0"]
            assert clear, (a, b)
    return labels


def test_timeline_labels_are_readable_at_400_px(server, page, store_path):
    url = server + "/?date_from=2019-12-28&date_to=2020-01-10"
    labels = _readable(_seen(page, url, "svg.timeline", 400), 5)
    dates = [t["text"] for t in labels if "tl-axis-n" in t["cls"]]
    counts = [t["text"] for t in labels if "tl-tick-n" in t["cls"]]
    assert len(dates) >= 3 and dates[0].endswith(", 2019") and any(d.startswith("Jan ") for d in dates)
    assert counts[-1].endswith(" events per day") and len(counts) >= 2  # the top count names the unit
    ticks = [int(c.split()[0]) for c in counts]
    assert ticks == sorted(ticks, reverse=True) or ticks == sorted(ticks)
    # at full width: the usual axis (11 px, the rotated y-label), no narrow label
    wide = _readable(_seen(page, url, "svg.timeline", 1280), 5, apart=False)  # "0" touches the first date
    assert {t["px"] for t in wide} >= {11.0} and not any("narrow" in t["cls"] for t in wide)
    assert any(t["text"] == "events per day" for t in wide)
    # the overview's whole range (per month) and an actor page's timeline too
    _readable(_seen(page, server + "/", "svg.timeline", 400), 4)
    con = sqlite3.connect(store_path)
    trump = con.execute("SELECT min(id) FROM actors WHERE name = 'Donald Trump' AND country = 'USA'").fetchone()[0]
    con.close()
    labels = _readable(_seen(page, server + f"/actors/{trump}", "svg.timeline", 400), 3)
    assert any(t["text"].endswith("quotes and events per month") for t in labels)


@pytest.mark.parametrize("nodes", [30, 200])
def test_network_labels_are_readable_at_400_px(server, page, nodes):
    url = server + f"/network?nodes={nodes}"
    labels = _readable(_seen(page, url, "svg.network", 400), 10)
    # the labelled nodes are the most connected ones, their names (cut with "…" when long)
    weights = page.evaluate("""() => [...document.querySelectorAll('svg.network .node')].map(g => ({
        name: g.dataset.name, r: Number(g.querySelector('circle').getAttribute('r')),
        narrow: g.querySelector('text.narrow') ? g.querySelector('text.narrow').firstChild.nodeValue : null}))""")
    shown = [w for w in weights if w["narrow"]]
    assert len(shown) == len(labels)
    for w in shown:
        assert w["name"].startswith(w["narrow"].rstrip("…").split(" (")[0]), w
    assert min(w["r"] for w in shown) >= max((w["r"] for w in weights if not w["narrow"]), default=0)
    assert any(t["text"] == "Joe Biden" or t["text"] == "Joe Biden (USA)" for t in labels)
    wide = _readable(_seen(page, url, "svg.network", 1280), 15)
    assert any(t["text"] == "Joe Biden (USA)" for t in wide) and len(wide) == len(weights)


def test_map_labels_are_readable_at_400_px(placed_server, page, placed_store_path):
    labels = _readable(_seen(page, placed_server + "/map", "svg.worldmap", 400), 3)
    places = page.evaluate("""() => [...document.querySelectorAll('svg.worldmap .pt')].map(c => ({
        name: c.dataset.name, events: Number(c.dataset.events)}))""")
    top = sorted(places, key=lambda p: (-p["events"], p["name"]))
    named = [t["text"] for t in labels]
    assert named[0] == top[0]["name"] and set(named) <= {p["name"] for p in top[:12]}
    wide = _readable(_seen(page, placed_server + "/map", "svg.worldmap", 1280), 3, smallest=10.0)
    assert all("narrow" not in t["cls"] for t in wide)

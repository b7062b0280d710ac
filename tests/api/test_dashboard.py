"""Dashboard pages render from the five-article store; the highlighter nests spans."""
from __future__ import annotations

import re
from collections import Counter
from html import unescape

from dateline.web.render import highlight

from .stored import stored_events


def test_overview_has_the_timeline(client, store_path):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert '<svg class="timeline"' in r.text
    # a bar piece per type and month of the stored events (Warren endorses Biden: April 2020)
    per = Counter((e["type"], e["day"][:7]) for e in stored_events(store_path))
    shown = {(t, m): int(n) for t, m, n in re.findall(r"<title>(\w+), ([\d-]+): (\d+)</title>", r.text)}
    assert shown == dict(per) and any(m == "2020-04" for _, m in per)
    assert "events per month" in r.text  # 2019-01 to 2020-04: a bar a month
    assert "5</b> articles" in r.text


def test_network_shows_who_acts_on_whom(client, store_path):
    r = client.get("/network")
    assert r.status_code == 200 and '<svg class="network"' in r.text
    assert 'data-source="Elizabeth Warren" data-target="Joe Biden"' in r.text
    # the type of the first event on Soleimani: its network has him and only the names of that type's events
    stored = stored_events(store_path)
    typ = next(e["type"] for e in stored if ("Qasem Soleimani", "IRN") in e["recipient"])
    names = {n for e in stored if e["type"] == typ for n, _ in e["actor"] + e["recipient"]}
    only = client.get("/network", params={"type": typ}).text
    nodes = {unescape(n) for n in re.findall(r'<g class="node" data-name="([^"]+)"', only)}
    assert "Qasem Soleimani" in nodes and nodes <= names
    assert ("Elizabeth Warren" in only) == ("Elizabeth Warren" in names)
    assert client.get("/network", params={"date_from": "2030-01-01"}).text.count('class="node"') == 0


def test_quotes_explorer_links_each_quote_to_its_article(client, article_ids):
    r = client.get("/quotes", params={"speaker": "Donald Trump", "q": "wall"})
    assert r.status_code == 200
    links = re.findall(r'href="/articles/(\d+)#q-(\d+)"', r.text)
    assert links and all(int(a) == article_ids["pelosi"] for a, _ in links)
    assert "allocate funding for a wall" in unescape(r.text)
    assert "Most quoted" in r.text
    empty = client.get("/quotes", params={"speaker": "", "q": "", "date_from": ""})  # empty form fields
    assert empty.status_code == 200


def test_article_view_highlights_every_kind(client, article_ids, store_path):
    r = client.get(f"/articles/{article_ids['pelosi']}")
    assert r.status_code == 200
    for kind in ("quote", "speaker", "mention", "date", "place"):
        assert f'class="hl hl-{kind}"' in r.text, kind
    m = re.search(r'<mark class="hl hl-quote" id="q-(\d+)"[^>]*>(.*?)</mark>', r.text, re.S)
    assert m
    events = client.get(f"/articles/{article_ids['warren']}").text
    marked = dict(re.findall(r'<mark class="hl hl-event" id="e-(\d+)" data-type="(\w+)"', events))
    stored = {str(e["id"]): e["type"] for e in stored_events(store_path) if e["article"] == article_ids["warren"]}
    assert stored and marked == stored  # every event of the article, with its type
    # the text without tags is the article's text
    art = client.get(f"/api/articles/{article_ids['pelosi']}").json()
    body = re.search(r'<article class="text" id="article-text">(.*?)</article>', r.text, re.S).group(1)
    assert unescape(re.sub(r"<[^>]+>", "", body)) == art["text"]


def test_dashboard_errors_are_html(client):
    r = client.get("/quotes", params={"date_from": "yesterday"})
    assert r.status_code == 400 and "text/html" in r.headers["content-type"] and "E010" in r.text
    assert client.get("/articles/424242").status_code == 404
    assert client.get("/static/dashboard.css").status_code == 200
    assert client.get("/static/dashboard.js").status_code == 200


def test_no_external_resources(client, article_ids):
    for url in ("/", "/network", "/quotes", "/articles", f"/articles/{article_ids['koszalin']}"):
        html = client.get(url).text
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not src.startswith(("http://", "https://", "//")) or "wikinews.org" in src, (url, src)


def test_highlight_nests_crossing_spans():
    text = "abcdefghij"
    html = highlight(text, [(0, 6, "quote", {"id": "q-1"}), (4, 9, "place", {"id": "p"}), (2, 3, "date", {})])
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<mark") == html.count("</mark>") == 4  # the place is split in two pieces
    assert html.count('id="p"') == 1 and html.count('id="q-1"') == 1
    # nesting is well formed
    depth = 0
    for tag in re.findall(r"</?mark", html):
        depth += 1 if tag == "<mark" else -1
        assert depth >= 0
    assert depth == 0
    assert highlight("a<b>&", [(0, 3, "quote", {"title": '"x"'})]) == \
        '<mark class="hl hl-quote" title="&quot;x&quot;">a&lt;b</mark>&gt;&amp;'


def test_two_events_of_one_trigger_both_have_their_anchor():
    # the fresh user found 6 of 1,486 "#e-" links landing nowhere: a second event on the same trigger
    text = "Pompeo defended Melania Trump."
    html = highlight(text, [(7, 15, "event", {"id": "e-4"}), (7, 15, "event", {"id": "e-5"})])
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<mark") == 1 and 'id="e-4"' in html and '<span class="anchor" id="e-5"></span>' in html
    assert html.index('id="e-5"') < html.index("<mark")


def test_the_type_colours_can_be_told_apart():
    # the fresh user could not tell REQUEST from MOBILIZE in the stacked bars (#7950f2 / #845ef7)
    from itertools import combinations

    from dateline.web.render import TYPE_COLOURS

    def rgb(h):
        return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))

    assert len(TYPE_COLOURS) == 16
    for (a, x), (b, y) in combinations(TYPE_COLOURS.items(), 2):
        assert sum((p - q) ** 2 for p, q in zip(rgb(x), rgb(y))) ** 0.5 >= 40, (a, b)

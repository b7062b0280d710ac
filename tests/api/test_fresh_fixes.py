"""What a fresh user of the dashboard and the API ran into (issue 16): a network node is one
actor (name and country) whose count is the total of the list it opens; sector and kind are
an actor's commonest; links select what they counted; unknown page parameters, paging past
the end, untitled articles, export filters from a page URL and control characters."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter
from html import unescape
from urllib.parse import parse_qs, urlsplit

from .stored import involving, stored_events


def _total(client, href: str) -> int:
    page = client.get(unescape(href))
    assert page.status_code == 200, href
    return int(re.search(r'<p class="note" id="event-count">([\d,]+) events', page.text).group(1).replace(",", ""))


def test_network_node_is_one_actor_and_opens_as_many_events_as_it_counts(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    html = placed_client.get("/network", params={"nodes": 200}).text
    nodes = re.findall(r'<a class="node-link" href="([^"]+)"><g class="node" data-name="([^"]+)" data-country="([^"]*)"'
                       r'.*?<title>([^<]+): (\d+) events as actor or recipient</title>', html)
    keys = [(unescape(n), c or None) for _, n, c, _, _ in nodes]
    assert len(keys) == len(set(keys))
    # "police" is two actors in this store (El Paso, USA; Tamil Nadu, IND): the node is El Paso's,
    # whose events are not Tamil Nadu's
    assert ("police", "USA") in keys
    assert {e["id"] for e in involving(stored, party=("police", "USA"))}.isdisjoint(
        e["id"] for e in involving(stored, party=("police", "IND")))
    for (href, name, country, label, count), key in zip(nodes, keys):
        assert unescape(label) == key[0] + (f" ({key[1]})" if key[1] else "")
        assert "party_id" in parse_qs(urlsplit(unescape(href)).query)
        assert int(count) == len(involving(stored, party=key)) == _total(placed_client, href), key
    # under a filter the node's count and its list agree too
    typ = stored[0]["type"]
    filtered = placed_client.get("/network", params={"type": typ}).text
    for href, count in re.findall(r'<a class="node-link" href="([^"]+)">.*?: (\d+) events as actor or recipient', filtered):
        assert f"type={typ}" in unescape(href) and int(count) == _total(placed_client, href)


def _commonest(values) -> str | None:
    """The commonest non-empty value; a tie: the first in alphabetical order."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def test_an_actors_sector_and_kind_are_its_commonest(mixed_client, mixed_store_template):
    con = sqlite3.connect(mixed_store_template)
    rows = con.execute("SELECT name, country, kind, sector FROM actors").fetchall()
    con.close()
    per: dict = {}
    for name, country, kind, sector in rows:
        per.setdefault((name, country), []).append((kind, sector))
    expected = {k: (_commonest(r[0] for r in v), _commonest(r[1] for r in v)) for k, v in per.items()}
    # the United States is GOV in two articles and MIL in one; the African Union a state in one
    assert expected[("United States", "USA")][1] == "GOV" != max(s for _, s in per[("United States", "USA")] if s)
    assert expected[("African Union", "AFR")][0] == "organisation"
    listed = mixed_client.get("/api/actors", params={"limit": 200}).json()
    assert listed["total"] == len(expected)
    assert {(a["name"], a["country"]): (a["kind"], a["sector"]) for a in listed["items"]} == expected
    us = next(a for a in listed["items"] if a["name"] == "United States")
    page = mixed_client.get(f"/api/actors/{us['id']}").json()
    assert (page["kind"], page["sector"]) == ("state", "GOV")
    # the sector filter keeps the actors whose commonest sector it is, with all their articles
    for sector in ("GOV", "MIL"):
        got = mixed_client.get("/api/actors", params={"sector": sector, "limit": 200}).json()["items"]
        assert {(a["name"], a["country"]) for a in got} == {k for k, v in expected.items() if v[1] == sector}
    gov = mixed_client.get("/api/actors", params={"sector": "GOV", "q": "United States"}).json()["items"]
    assert [a["articles"] for a in gov if a["name"] == "United States"] == [us["articles"]]
    exported = mixed_client.get("/api/actors.csv", params={"sector": "MIL"}).text
    assert "United States," not in exported


def _quote_total(client, href: str) -> int:
    page = client.get(unescape(href))
    assert page.status_code == 200, href
    return int(re.search(r'id="quote-count">([\d,]+) quotes', page.text).group(1).replace(",", ""))


def test_most_quoted_opens_the_quotes_it_counted(client, store_path):
    con = sqlite3.connect(store_path)
    speakers = Counter(con.execute("SELECT speaker_name, speaker_country FROM quotes WHERE speaker_name IS NOT NULL"))
    con.close()
    for params in ({}, {"speaker": "Trump"}, {"kind": "direct"}):
        html = client.get("/quotes", params=params).text
        aside = html[html.index('<ul class="speakers">'):]
        shown = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>(?: <span class="country">\((\w+)\)</span>)?'
                           r' <span class="num">(\d+)</span>', aside)
        assert shown, params
        for href, name, country, n in shown:
            assert _quote_total(client, href) == int(n), (params, name, href)
            if not params:  # every quote of that name and country
                assert int(n) == speakers[(unescape(name), country or None)]


def test_an_actors_counterparts_open_the_events_they_counted(mixed_client, mixed_store_template):
    stored = stored_events(mixed_store_template)
    actors = mixed_client.get("/api/actors", params={"limit": 40}).json()["items"]
    us = next(a for a in actors if (a["name"], a["country"]) == ("United States", "USA"))
    # the United States acts on Qasem Soleimani (his killing; IRN, "head of Iran's Quds Force")
    acted = mixed_client.get(f"/api/actors/{us['id']}").json()["counterparts"]["acted_on"]
    on_him = {r[1] for e in stored if ("United States", "USA") in e["actor"] for r in e["recipient"]
              if r[0] == "Qasem Soleimani"}
    assert on_him and {c["country"] for c in acted if c["name"] == "Qasem Soleimani"} == on_him
    for c in acted:
        assert c["events"] == len(involving(stored, actor=("United States", "USA"), recipient=(c["name"], c["country"])))
    for actor in actors:
        html = mixed_client.get(f"/actors/{actor['id']}").text
        for section in ("acted-on", "acted-on-by"):
            part = html[html.index(f'id="{section}"'):]
            part = part[:part.index("</table>")]
            for href, n in re.findall(r'<td class="num"><a href="([^"]+)">(\d+)</a>', part):
                assert _total(mixed_client, href) == int(n), (actor["name"], href)


def test_pages_refuse_unknown_and_repeated_parameters_as_the_api_does(client, article_ids):
    for path, params in (("/events", "actr=Trump"), ("/quotes", "speker=Trump"), ("/network", "actors=5"),
                         ("/", "foo=1"), ("/map", "foo=1"), ("/articles", "page=2"), ("/actors", "name=Biden"),
                         (f"/articles/{article_ids['pelosi']}", "x=1"), ("/actors/1", "sort=-date"),
                         ("/events", "type=ACCUSE&type=SUPPORT")):
        r = client.get(f"{path}?{params}")
        assert r.status_code == 400 and "text/html" in r.headers["content-type"], (path, params)
        name = params.split("=")[0]
        api = client.get(f"/api/events?{params}" if path in ("/events", "/map", "/") else f"/api/quotes?{params}")
        message = unescape(re.search(r'<p class="error[^>]*>(.*?)</p>', r.text, re.S).group(1))
        assert message.startswith(f"E010: {name}: ")
        if path == "/events":  # the same words and names as the API's envelope
            words = lambda m: sorted(re.split(r"[ ,()]+", m))  # noqa: E731
            assert words(message) == words("E010: " + api.json()["error"]["message"])
    # what the forms send is still taken, empty fields included
    for path, params in (("/events", {"actor": "Trump", "sort": "-date", "limit": 5, "aux": ""}),
                         ("/quotes", {"speaker": "Trump", "q": "", "kind": "", "sort": "oldest"}),
                         ("/network", {"nodes": 5, "type": ""}), ("/map", {"precision": "place"}),
                         ("/actors", {"sector": "GOV", "q": ""}), ("/articles", {"q": "", "date_from": ""})):
        assert client.get(path, params=params).status_code == 200, path


def test_paging_past_the_end_says_so_and_links_to_the_last_page(client, store_path):
    con = sqlite3.connect(store_path)
    totals = {"events": con.execute("SELECT count(*) FROM events").fetchone()[0],
              "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0]}
    con.close()
    limit = 7
    for path, count_id in (("/events", "event-count"), ("/quotes", "quote-count")):
        total = totals[path[1:]]
        assert total > limit, path
        html = client.get(path, params={"offset": 99999, "limit": limit}).text
        note = re.sub(r"<[^>]+>", "", unescape(re.search(rf'id="{count_id}">(.*?)</p>', html, re.S).group(1)))
        assert f"{total:,} {path[1:]}, none shown (past the last page" in note and "99999" not in note
        href = unescape(re.search(r'<a class="last-page" href="([^"]+)"', html).group(1))
        last = client.get(path + href).text
        first = (total - 1) // limit * limit + 1
        assert f"{total:,} {path[1:]}, {first}–{total} shown" in unescape(re.search(rf'id="{count_id}">(.*?)</p>', last, re.S).group(1))


def test_the_events_of_an_untitled_article_are_named_by_its_first_words(store_path, pipeline):
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.ingest import ingest

    from .test_browser_pages import REFERENCE

    assert ingest([str(REFERENCE)], store_path, workers=1, pipeline=pipeline).stored == 1
    con = sqlite3.connect(store_path)
    rowid, text = con.execute("SELECT id, text FROM articles WHERE title IS NULL").fetchone()
    con.close()
    lead = " ".join(text.split()[:8])
    with TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1") as client:
        healey = client.get("/api/actors", params={"q": "John Healey"}).json()["items"][0]
        for path in ("/events?party=Healey", f"/events?party_id={healey['id']}", f"/actors/{healey['id']}"):
            html = client.get(path).text
            names = [unescape(n) for n in re.findall(rf'<a class="event-link" href="/articles/{rowid}#e-\d+">([^<]+)</a>', html)]
            assert names and all(n.startswith(lead) for n in names), path
            assert f"article {rowid}<" not in html


def test_export_takes_a_dashboard_query_string_with_sort_and_empty_values(client, store_path):
    import json

    from typer.testing import CliRunner

    from dateline.cli.main import app

    from .stored import newest_first

    runner = CliRunner()
    stored = stored_events(store_path)
    out = runner.invoke(app, ["export", "--what", "events", "--format", "jsonl", "--db", str(store_path),
                              "-F", "actor=Trump&sort=-date&mode=&aux="])
    assert out.exit_code == 0, out.output
    got = [json.loads(x)["event_id"] for x in out.stdout.splitlines()]
    expected = newest_first([e for e in stored if any("trump" in (n or "").lower() for n, _ in e["actor"])])
    assert got == expected and len(got) > 1
    # the events list's order, page for page
    listed = client.get("/api/events", params={"actor": "Trump", "sort": "-date", "limit": 200}).json()["items"]
    assert [e["id"] for e in listed] == got
    # quotes: oldest first, as the list
    out = runner.invoke(app, ["export", "--what", "quotes", "--format", "jsonl", "--db", str(store_path),
                              "-F", "sort=oldest&kind="])
    assert out.exit_code == 0, out.output
    days = [json.loads(x)["publication_date"][:10] for x in out.stdout.splitlines()]
    assert days == sorted(days) and days[0] < days[-1]
    bad = runner.invoke(app, ["export", "--what", "events", "--db", str(store_path), "-F", "sort=newest"])
    assert bad.exit_code != 0 and "sort 'newest' is not one of" in bad.output
    # an empty value is no filter on the API too: the list, its download and the export agree
    whole = runner.invoke(app, ["export", "--what", "events", "--format", "csv", "--db", str(store_path)]).stdout_bytes
    for params in ({"mode": ""}, {"mode": "", "aux": "", "actor": ""}):
        assert client.get("/api/events.csv", params=params).content == whole
        assert client.get("/api/events", params={**params, "limit": 1}).json()["total"] == len(stored)
    assert client.get("/api/events", params={"limit": ""}).status_code == 200


def test_control_characters_are_refused_in_every_text_parameter(client):
    for path, params in (("/api/quotes", "speaker=%00"), ("/api/actors", "q=%00"), ("/api/events", "actor=a%00b"),
                         ("/api/quotes", "q=%00"), ("/api/events.csv", "place=x%0Ay"), ("/api/actors/1", "q=%1F"),
                         ("/api/articles", "q=%7F")):
        r = client.get(f"{path}?{params}")
        assert r.status_code == 400, (path, params)
        error = r.json()["error"]
        name = params.split("=")[0]
        assert error["code"] == "E010" and error["message"].startswith(f"{name}: has a control character (U+00")
        assert "\x00" not in r.text
    for path in ("/quotes?speaker=%00", "/actors?q=a%00", "/events?actor=%00x", "/articles?q=%00"):
        r = client.get(path)
        assert r.status_code == 400 and "text/html" in r.headers["content-type"]
        assert "\x00" not in r.text and "has a control character (U+0000)" in r.text
        assert "<input" not in r.text or 'value="\x00' not in r.text


def test_the_overview_counts_the_events_it_cannot_place_in_time(store_path, pipeline):
    # the fresh user: the header said 1,486 events, the timeline 1,430 and 30 outside; 23 more
    # were events of the reference article ingested without a publication date
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.ingest import ingest

    from .test_browser_pages import REFERENCE

    assert ingest([str(REFERENCE)], store_path, workers=1, pipeline=pipeline).stored == 1
    con = sqlite3.connect(store_path)
    from dateline.api.service import EVENT_DAY

    undated = con.execute(f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article WHERE {EVENT_DAY} IS NULL"
                          ).fetchone()[0]
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert undated > 0
    with TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1") as client:
        text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", client.get("/").text)))
    m = re.search(r"(\d+) events from .*?(?:; (\d+) dated outside the publication months are left out)?; (\d+) with no "
                  r"date \(none of their own, in an article without a publication date\) are left out", text)
    assert m is not None, text[:2000]
    shown, outside, no_date = int(m.group(1)), int(m.group(2) or 0), int(m.group(3))
    assert no_date == undated and shown + outside + no_date == total


def test_an_actor_page_counts_what_it_cannot_place_in_time(store_path, pipeline):
    # the fresh user: Trump's header said 167 quotes, his timeline 162; the rest were undated
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.ingest import ingest

    from .test_browser_pages import REFERENCE

    assert ingest([str(REFERENCE)], store_path, workers=1, pipeline=pipeline).stored == 1
    with TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1") as client:
        healey = client.get("/api/actors", params={"q": "John Healey"}).json()["items"][0]
        page = client.get(f"/api/actors/{healey['id']}").json()
        tl = page["timeline"]
        assert tl["undated"]["quotes"] == page["quotes"] > 0  # only in the undated reference article
        assert sum(tl["quotes"]) == 0
        html = unescape(client.get(f"/actors/{healey['id']}").text)
    assert f"Left out for want of any date (articles without a publication date): {page['quotes']} quotes" in html

"""The events list (``/api/events`` with every filter, sort and paging; ``/events``) and the
links that open it from the timeline, the network and the map, on the Wikinews stores."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from html import unescape
from urllib.parse import parse_qsl, urlsplit

from .stored import involving, named, newest_first, stored_events


def api(client, href: str) -> dict:
    """The /api/events answer to the query of a dashboard link ``/events?...``."""
    url = urlsplit(unescape(href))
    assert url.path == "/events", href
    r = client.get("/api/events", params=[*parse_qsl(url.query), ("limit", "200")])
    assert r.status_code == 200, (href, r.text)
    return r.json()


def names(refs: list[dict]) -> list[str]:
    return [r["name"] for r in refs]


def ids(page: dict) -> list[int]:
    return [e["id"] for e in page["items"]]


def test_actor_and_recipient_by_name_and_by_id(client, store_path):
    stored = stored_events(store_path)
    trump = [a for a in client.get("/api/actors", params={"q": "Donald Trump"}).json()["items"]
             if a["country"] == "USA"][0]["id"]
    his = involving(stored, actor=("Donald Trump", "USA"))
    assert his  # he acts in the Pelosi and Soleimani articles
    by_id = client.get("/api/events", params={"actor_id": trump, "limit": 200}).json()
    assert by_id["total"] == len(his) and ids(by_id) == [e["id"] for e in his]
    assert all("Donald Trump" in names(e["actor"]) for e in by_id["items"])
    assert [e["type"] for e in by_id["items"]] == [e["type"] for e in his]
    trumps = named(stored, "actor", "trump")
    for name in ("trump", '"donald TRUMP"'):  # part of the name; the whole name in double quotes
        got = client.get("/api/events", params={"actor": name, "limit": 200}).json()
        assert ids(got) == [e["id"] for e in trumps], name
    assert client.get("/api/events", params={"actor": '"Trump"'}).json()["total"] == 0
    pair = client.get("/api/events", params={"actor": "warren", "recipient": "biden", "limit": 200}).json()
    expected = [e for e in named(stored, "actor", "warren") if e in named(stored, "recipient", "biden")]
    assert expected and ids(pair) == [e["id"] for e in expected]  # her endorsement
    assert [e["type"] for e in pair["items"]] == [e["type"] for e in expected]
    party = client.get("/api/events", params={"party": "biden", "limit": 200}).json()
    either = [e for e in stored if e in named(stored, "actor", "biden") or e in named(stored, "recipient", "biden")]
    assert ids(party) == [e["id"] for e in either] and party["total"] == len(either) >= len(expected)


def test_type_mode_aux_confidence_and_sort(client, store_path):
    stored = stored_events(store_path)
    accuse = client.get("/api/events", params={"type": "accuse", "mode": "DISAPPROVE", "limit": 200}).json()
    expected = [e["id"] for e in stored if e["type"] == "ACCUSE" and e["mode"] == "disapprove"]
    assert expected and accuse["total"] == len(expected) and ids(accuse) == expected
    assert {(e["type"], e["mode"]) for e in accuse["items"]} == {("ACCUSE", "disapprove")}
    sure = client.get("/api/events", params={"confidence": 0.9, "sort": "confidence", "limit": 200}).json()
    expected = [e["id"] for e in sorted((e for e in stored if e["confidence"] >= 0.9),
                                        key=lambda e: (e["confidence"], e["id"]))]
    levels = [e["confidence"] for e in sure["items"]]
    assert expected and sure["total"] == len(expected) and ids(sure) == expected
    assert levels == sorted(levels) and levels[0] >= 0.9
    newest = client.get("/api/events", params={"sort": "-date", "limit": 200}).json()["items"]
    days = [e["day"] for e in newest]
    assert [e["id"] for e in newest] == newest_first(stored) and days == [e["day"] for e in newest]
    assert days == sorted(days, reverse=True) and days[0] == max(e["day"] for e in stored)
    oldest = client.get("/api/events", params={"sort": "date", "limit": 5, "offset": 0}).json()
    assert oldest["items"][0]["day"] == min(days) and oldest["next"] == 5
    assert all(e["sentence"] and e["trigger"] in e["sentence"] for e in newest if e["trigger"])
    real = client.get("/api/events", params={"aux": "none", "limit": 200}).json()
    expected = [e["id"] for e in stored if not e["aux"]]
    assert expected and len(expected) < len(stored) and ids(real) == expected and real["total"] == len(expected)


def test_bad_filters_are_refused(client):
    for params, message in (({"type": "ACCUSE", "mode": "arrest"}, "not a mode of ACCUSE"),
                            ({"actor_id": 424242}, "no such actor"),
                            ({"recipient_id": 0}, "recipient_id"),
                            ({"sort": "newest"}, "sort"),
                            ({"confidence": 1.5}, "confidence"),
                            ({"precision": "city"}, "precision"),
                            ({"actor": "a;b"}, "no ';'"),
                            ({"actr": "Trump"}, "unknown parameter")):
        r = client.get("/api/events", params=params)
        assert r.status_code == 400 and message in r.json()["error"]["message"], (params, r.text)
    page = client.get("/events", params={"type": "ACCUSE", "mode": "arrest"})
    assert page.status_code == 400 and "text/html" in page.headers["content-type"] and "not a mode of ACCUSE" in page.text
    assert client.get("/events", params={"actor_id": "trump"}).status_code == 400


def test_timeline_bars_open_the_events_of_their_type_and_days(client):
    html = client.get("/").text
    bars = re.findall(r'<a class="tl-bar" href="([^"]+)" data-type="(\w+)" data-from="([\d-]+)" data-to="([\d-]+)" '
                      r'data-n="(\d+)"', html)
    assert len(bars) >= 15
    for href, typ, first, last, n in bars:
        got = api(client, href)
        assert got["total"] == int(n), (href, got["total"])
        assert all(e["type"] == typ and first <= e["day"] <= last for e in got["items"])
    # the page's filters go along, and a short range's bars are days within it
    short = client.get("/", params={"aux": "none", "date_from": "2020-04-10", "date_to": "2020-04-20"}).text
    bars = re.findall(r'<a class="tl-bar" href="([^"]+)" data-type="(\w+)" data-from="([\d-]+)" data-to="([\d-]+)"', short)
    assert bars and all(first == last for _, _, first, last in bars)
    for href, typ, first, _ in bars:
        assert "aux=none" in unescape(href)
        assert {e["day"] for e in api(client, href)["items"]} == {first}


def test_network_nodes_and_edges_open_their_events(client):
    html = client.get("/network").text
    edges = re.findall(r'<a class="edge-link" href="([^"]+)"><path class="edge"[^>]*data-source="([^"]+)" '
                       r'data-target="([^"]+)"><title>[^<]*: (\d+) events', html)
    assert edges
    for href, source, target, n in edges:
        got = api(client, href)
        assert got["total"] == int(n)
        assert all(unescape(source) in names(e["actor"]) and unescape(target) in names(e["recipient"])
                   for e in got["items"])
    nodes = re.findall(r'<a class="node-link" href="([^"]+)"><g class="node" data-name="([^"]+)"', html)
    assert len(nodes) >= 2
    for href, name in nodes:
        got = api(client, href)
        assert got["total"] >= 1
        assert all(unescape(name) in names(e["actor"]) + names(e["recipient"]) for e in got["items"])


def test_map_circles_open_the_events_of_their_place(placed_client, placed_store_path):
    stored = stored_events(placed_store_path)
    html = placed_client.get("/map").text
    circles = re.findall(r'<a class="pt-link" href="([^"]+)"><circle class="pt pt-(place|country)"[^>]*'
                         r'data-name="([^"]+)" data-events="(\d+)"', html)
    # a circle per place with coordinates, and per country of the events placed without them
    places = {(e["place"], e["place_country"], round(e["lat"], 4)) for e in stored if e["lat"] is not None}
    countries = {e["place_country"] for e in stored if e["lat"] is None and e["place_country"]}
    assert places and len(circles) == len(places) + len(countries)
    assert sum(int(n) for *_, n in circles) == sum(1 for e in stored if e["lat"] is not None or e["place_country"])
    for href, precision, name, n in circles:
        got = api(placed_client, href)
        assert got["total"] == int(n), (href, got["total"])
        if precision == "place":
            assert all(e["location"]["name"] == unescape(name) and e["location"]["lat"] is not None
                       for e in got["items"])
    at_niamey = [(e["id"], e["type"]) for e in stored if (e["place"] or "").lower() == "niamey"]
    niamey = placed_client.get("/api/events", params={"place": "NIAMEY", "limit": 200}).json()
    assert at_niamey and [(e["id"], e["type"]) for e in niamey["items"]] == at_niamey  # the AU summit
    # each country of the placed events, at a place with coordinates and at the country's point
    for code in countries | {c for _, c, _ in places if c}:
        for precision, placed in (("place", True), ("country", False)):
            got = placed_client.get("/api/events", params={"country": code.lower(), "precision": precision,
                                                           "limit": 200}).json()
            expected = [e["id"] for e in stored if e["place_country"] == code and (e["lat"] is not None) == placed]
            assert ids(got) == expected, (code, precision)


def test_events_page_lists_and_links(client, store_path):
    stored = stored_events(store_path)
    types = [e["type"] for e in stored]
    common = max(sorted(set(types)), key=types.count)  # the store's most frequent type
    r = client.get("/events", params={"type": common, "sort": "-date"})
    assert r.status_code == 200
    rows = re.findall(r'<tr class="event-row" data-id="(\d+)" data-type="(\w+)" data-day="([\d-]+)">', r.text)
    expected = [e for e in stored if e["type"] == common]
    assert [int(i) for i, _, _ in rows] == newest_first(expected)[:50] and {t for _, t, _ in rows} == {common}
    assert [d for _, _, d in rows] == sorted((d for _, _, d in rows), reverse=True)
    assert f'<p class="note" id="event-count">{len(expected):,} events' in r.text
    for event, _, _ in rows:
        assert re.search(rf'href="/articles/\d+#e-{event}"', r.text)
    assert '<a class="actor-link" href="/actors/' in r.text
    # mode is a list: the chosen type's modes only
    accuse = client.get("/events", params={"type": "ACCUSE"}).text
    select = re.search(r'<select name="mode">(.*?)</select>', accuse, re.S).group(1)
    offered = re.findall(r'<optgroup label="(\w+)">((?:<option[^>]*>[^<]*</option>)*)</optgroup>', select)
    assert [t for t, _ in offered] == ["ACCUSE"]  # the others are hidden and disabled
    assert re.findall(r'<option value="([\w-]+)"', offered[0][1]) == ["allege", "disapprove", "investigate"]
    assert 'label="COERCE" hidden disabled' in select
    assert '<input name="mode"' not in client.get("/").text


def test_the_events_list_downloads_what_it_shows(client, store_path):
    stored = stored_events(store_path)
    key = ("Joe Biden", "USA")
    biden = [a for a in client.get("/api/actors", params={"q": "Joe Biden"}).json()["items"] if a["country"] == "USA"][0]
    on_him = involving(stored, recipient=key)
    typ = on_him[0]["type"]  # the type of the first event of which he is a recipient (Warren's endorsement)
    page = client.get("/events", params={"recipient_id": biden["id"], "type": typ}).text
    csv_link = unescape(re.search(r'<a href="([^"]+)" download class="download download-csv"', page).group(1))
    assert csv_link.startswith("/api/events.csv?") and f"recipient_id={biden['id']}" in csv_link
    rows = list(csv.DictReader(io.StringIO(client.get(csv_link).text)))
    expected = [e["id"] for e in on_him if e["type"] == typ]
    assert [int(r["event_id"]) for r in rows] == expected
    assert all(r["event_type"] == typ and "Joe Biden" in r["recipient_names"].split(";") for r in rows)
    # the actor page's events download: actor or recipient
    actor = client.get(f"/actors/{biden['id']}").text
    link = unescape(re.search(r'<a href="([^"]+)" download class="download download-jsonl"', actor).group(1))
    lines = [json.loads(line) for line in client.get(link).text.strip().splitlines()]
    assert sorted(x["event_id"] for x in lines) == [e["id"] for e in involving(stored, party=key)]

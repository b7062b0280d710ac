"""The events list (``/api/events`` with every filter, sort and paging; ``/events``) and the
links that open it from the timeline, the network and the map, on the Wikinews stores."""
from __future__ import annotations

import csv
import io
import re
import sqlite3
from html import unescape
from urllib.parse import parse_qsl, urlsplit


def api(client, href: str) -> dict:
    """The /api/events answer to the query of a dashboard link ``/events?...``."""
    url = urlsplit(unescape(href))
    assert url.path == "/events", href
    r = client.get("/api/events", params=[*parse_qsl(url.query), ("limit", "200")])
    assert r.status_code == 200, (href, r.text)
    return r.json()


def names(refs: list[dict]) -> list[str]:
    return [r["name"] for r in refs]


def test_actor_and_recipient_by_name_and_by_id(client):
    trump = [a for a in client.get("/api/actors", params={"q": "Donald Trump"}).json()["items"]
             if a["country"] == "USA"][0]["id"]
    by_id = client.get("/api/events", params={"actor_id": trump}).json()
    assert by_id["total"] == 6 and all("Donald Trump" in names(e["actor"]) for e in by_id["items"])
    assert {e["type"] for e in by_id["items"]} == {"ACCUSE", "AGREE", "REJECT", "REQUEST", "RETREAT", "SUPPORT"}
    for name in ("trump", '"donald TRUMP"'):  # part of the name; the whole name in double quotes
        assert client.get("/api/events", params={"actor": name}).json()["total"] == 6
    assert client.get("/api/events", params={"actor": '"Trump"'}).json()["total"] == 0
    pair = client.get("/api/events", params={"actor": "warren", "recipient": "biden"}).json()
    assert pair["total"] == 2 and {e["type"] for e in pair["items"]} == {"SUPPORT"}
    assert client.get("/api/events", params={"party": "biden"}).json()["total"] == 4


def test_type_mode_aux_confidence_and_sort(client, store_path):
    con = sqlite3.connect(store_path)
    count = lambda where: con.execute(f"SELECT count(*) FROM events WHERE {where}").fetchone()[0]  # noqa: E731
    accuse = client.get("/api/events", params={"type": "accuse", "mode": "DISAPPROVE", "limit": 200}).json()
    assert accuse["total"] == 10 and {(e["type"], e["mode"]) for e in accuse["items"]} == {("ACCUSE", "disapprove")}
    sure = client.get("/api/events", params={"confidence": 0.9, "sort": "confidence", "limit": 200}).json()
    levels = [e["confidence"] for e in sure["items"]]
    assert sure["total"] == count("confidence >= 0.9") >= 5 and levels == sorted(levels) and levels[0] >= 0.9
    newest = client.get("/api/events", params={"sort": "-date", "limit": 200}).json()["items"]
    days = [e["day"] for e in newest]
    assert len(days) == count("1") and days == sorted(days, reverse=True) and days[0] == "2020-04-16"
    oldest = client.get("/api/events", params={"sort": "date", "limit": 5, "offset": 0}).json()
    assert oldest["items"][0]["day"] == min(days) and oldest["next"] == 5
    assert all(e["sentence"] and e["trigger"] in e["sentence"] for e in newest if e["trigger"])
    assert client.get("/api/events", params={"aux": "none"}).json()["total"] == count("aux = '[]'") >= 30
    con.close()


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


def test_map_circles_open_the_events_of_their_place(placed_client):
    html = placed_client.get("/map").text
    circles = re.findall(r'<a class="pt-link" href="([^"]+)"><circle class="pt pt-(place|country)"[^>]*'
                         r'data-name="([^"]+)" data-events="(\d+)"', html)
    assert len(circles) == 10
    for href, precision, name, n in circles:
        got = api(placed_client, href)
        assert got["total"] == int(n), (href, got["total"])
        if precision == "place":
            assert all(e["location"]["name"] == unescape(name) and e["location"]["lat"] is not None
                       for e in got["items"])
    niamey = placed_client.get("/api/events", params={"place": "NIAMEY"}).json()
    assert niamey["total"] == 1 and niamey["items"][0]["type"] == "CONSULT"
    india = placed_client.get("/api/events", params={"country": "IND", "precision": "country"}).json()
    assert [e["type"] for e in india["items"]] == ["COERCE"]


def test_events_page_lists_and_links(client):
    r = client.get("/events", params={"type": "SUPPORT", "sort": "-date"})
    assert r.status_code == 200
    rows = re.findall(r'<tr class="event-row" data-id="(\d+)" data-type="(\w+)" data-day="([\d-]+)">', r.text)
    assert len(rows) == 6 and {t for _, t, _ in rows} == {"SUPPORT"}
    assert [d for _, _, d in rows] == sorted((d for _, _, d in rows), reverse=True)
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


def test_the_events_list_downloads_what_it_shows(client):
    biden = [a for a in client.get("/api/actors", params={"q": "Joe Biden"}).json()["items"] if a["country"] == "USA"][0]
    page = client.get("/events", params={"recipient_id": biden["id"], "type": "SUPPORT"}).text
    csv_link = unescape(re.search(r'<a href="([^"]+)" download class="download download-csv"', page).group(1))
    assert csv_link.startswith("/api/events.csv?") and f"recipient_id={biden['id']}" in csv_link
    rows = list(csv.DictReader(io.StringIO(client.get(csv_link).text)))
    assert len(rows) == 3 and all(r["event_type"] == "SUPPORT" and "Joe Biden" in r["recipient_names"] for r in rows)
    # the actor page's events download: actor or recipient
    actor = client.get(f"/actors/{biden['id']}").text
    link = unescape(re.search(r'<a href="([^"]+)" download class="download download-jsonl"', actor).group(1))
    assert len(client.get(link).text.strip().splitlines()) == 4

"""Actor pages (``/api/actors/{id}``, ``/actors``, ``/actors/{id}``) on the five Wikinews
articles: Warren endorses Biden (April 2020), Pelosi elected Speaker while Trump wants his
wall (January 2019), the killing of Qasem Soleimani (January 2020)..."""
from __future__ import annotations

import re
import sqlite3
from html import unescape

from .stored import involving, newest_first, stored_events


def actor_id(client, name: str, country: str | None = "USA") -> int:
    """The page id /api/actors gives ``name`` (with ``country``)."""
    items = client.get("/api/actors", params={"q": name, "limit": 200}).json()["items"]
    found = [a["id"] for a in items if a["name"] == name and a["country"] == country]
    assert len(found) == 1, items
    return found[0]


def test_every_listed_actor_carries_the_id_of_its_page(client):
    items = client.get("/api/actors", params={"limit": 200}).json()["items"]
    assert items and all(isinstance(a["id"], int) for a in items)
    for a in items[:10]:
        page = client.get(f"/api/actors/{a['id']}").json()
        assert (page["id"], page["name"], page["country"]) == (a["id"], a["name"], a["country"])
        assert page["articles"] == a["articles"] and page["mentions"] == a["mentions"]


def test_joe_biden_his_words_his_deeds_and_who_acted_on_him(client, article_ids, store_path):
    biden = actor_id(client, "Joe Biden")
    page = client.get(f"/api/actors/{biden}").json()
    assert (page["name"], page["country"], page["kind"]) == ("Joe Biden", "USA", "person")
    # his events as the store holds them (the coder's decisions change; the page must give these)
    events = stored_events(store_path)
    key = ("Joe Biden", "USA")
    as_actor, as_recipient = involving(events, actor=key), involving(events, recipient=key)
    assert as_recipient  # Warren endorses him
    assert page["quotes"] == 5
    assert (page["events_as_actor"], page["events_as_recipient"]) == (len(as_actor), len(as_recipient))
    # offices: the knowledge base's vice presidency, and what the article called him
    terms = page["offices"]["knowledge_base"]
    assert {"office": "vice president", "country": "USA", "sector": "GOV", "start": "2009-01-20",
            "end": "2017-01-20"} in terms
    assert page["offices"]["corpus"] == [{"office": "former vice president", "articles": 1}]  # in April 2020
    # the timeline: his five quotes in April 2020, his events per month of their day
    tl = page["timeline"]
    assert "2020-04" in tl["months"] and tl["quotes"][tl["months"].index("2020-04")] == 5 and sum(tl["quotes"]) == 5
    for role, mine in (("actor", as_actor), ("recipient", as_recipient)):
        inside = [e for e in mine if e["day"][:7] in tl["months"]]
        assert [sum(e["day"][:7] == m for e in inside) for m in tl["months"]] == tl[role], role
    assert tl["outside"] == len(as_actor) + len(as_recipient) - sum(tl["actor"]) - sum(tl["recipient"])
    # who acted on him: the actors of his events as recipient, most events first, linked to their pages
    acted_on_by: dict = {}
    for e in as_recipient:
        for other in set(e["actor"]) - {key}:
            acted_on_by[other] = acted_on_by.get(other, 0) + 1
    by = page["counterparts"]["acted_on_by"]
    assert page["counterparts"]["acted_on_by_total"] == len(acted_on_by)
    assert by and {(c["name"], c["country"]): c["events"] for c in by}.items() <= acted_on_by.items()
    assert [c["events"] for c in by] == sorted((c["events"] for c in by), reverse=True)
    assert ("Elizabeth Warren", "USA") in acted_on_by  # her endorsement
    warren = next(c for c in by if c["name"] == "Elizabeth Warren")
    her = client.get(f"/api/actors/{warren['id']}").json()
    assert her["name"] == "Elizabeth Warren"
    assert her["events_as_actor"] == len(involving(events, actor=("Elizabeth Warren", "USA")))
    assert any(c["name"] == "Joe Biden" and c["events"] == warren["events"] and c["id"] == biden
               for c in her["counterparts"]["acted_on"])
    # his statements, each the exact words at its offsets in its article
    statements = page["statements"]
    assert statements["total"] == 5
    art = client.get(f"/api/articles/{article_ids['warren']}").json()
    for q in statements["items"]:
        assert q["speaker"]["name"] == "Joe Biden" and q["article"] == article_ids["warren"]
        assert art["text"][q["start"]:q["end"]] == q["text"]
    assert "proud to have the fiercest of fighters" in [q["text"] for q in statements["items"]]
    # the latest events: those he is actor or recipient of, newest first, with their types
    mine = involving(events, party=key)
    assert page["events"]["total"] == len(mine)
    assert [e["id"] for e in page["events"]["items"]] == newest_first(mine)[:len(page["events"]["items"])]
    assert page["events"]["items"] and {e["id"]: e["type"] for e in page["events"]["items"]} == \
        {e["id"]: e["type"] for e in mine if e["id"] in {x["id"] for x in page["events"]["items"]}}


def test_statements_are_searchable_and_paged(client):
    biden = actor_id(client, "Joe Biden")
    found = client.get(f"/api/actors/{biden}", params={"q": "fighters"}).json()["statements"]
    assert found["total"] == 2 and all("fighters" in q["text"] for q in found["items"])
    first = client.get(f"/api/actors/{biden}", params={"limit": 2}).json()["statements"]
    second = client.get(f"/api/actors/{biden}", params={"limit": 2, "offset": 2}).json()["statements"]
    assert first["total"] == 5 and first["next"] == 2 and len(first["items"]) == 2
    assert not {q["id"] for q in first["items"]} & {q["id"] for q in second["items"]}
    assert client.get(f"/api/actors/{biden}", params={"date_from": "2020-05-01"}).json()["statements"]["total"] == 0


def test_quotes_newest_first_across_articles(client):
    trump = actor_id(client, "Donald Trump")
    page = client.get(f"/api/actors/{trump}").json()
    assert page["quotes"] == 3 and page["articles"] == 4
    days = [q["published"][:10] for q in page["statements"]["items"]]
    assert days == sorted(days, reverse=True) and days[0].startswith("2020-01")  # Soleimani before the wall
    assert {"office": "president", "articles": 4} in page["offices"]["corpus"]


def test_soleimani_is_acted_on(client, store_path):
    soleimani = actor_id(client, "Qasem Soleimani", "IRN")  # "head of Iran's Quds Force"
    page = client.get(f"/api/actors/{soleimani}").json()
    key = ("Qasem Soleimani", "IRN")
    stored = stored_events(store_path)
    on_him = involving(stored, recipient=key)
    assert on_him  # the strike that killed him
    assert page["quotes"] == 0
    assert (page["events_as_actor"], page["events_as_recipient"]) == (len(involving(stored, actor=key)), len(on_him))
    by = {}
    for e in on_him:
        for other in set(e["actor"]) - {key}:
            by[other] = by.get(other, 0) + 1
    assert {(c["name"], c["country"]): c["events"] for c in page["counterparts"]["acted_on_by"]}.items() <= by.items()
    assert page["counterparts"]["acted_on_by"][0]["events"] == max(by.values())
    events = client.get("/api/events", params={"recipient_id": soleimani, "limit": 200}).json()
    assert events["total"] == len(on_him) and [e["id"] for e in events["items"]] == [e["id"] for e in on_him]
    assert all(any(r["name"] == "Qasem Soleimani" for r in e["recipient"]) for e in events["items"])


def test_any_row_of_an_actor_opens_the_same_page(client, store_path):
    trump = actor_id(client, "Donald Trump")
    con = sqlite3.connect(store_path)
    rows = [r[0] for r in con.execute("SELECT id FROM actors WHERE name = 'Donald Trump' AND country = 'USA'")]
    con.close()
    assert len(rows) == 4 and min(rows) == trump
    assert client.get(f"/api/actors/{max(rows)}").json()["id"] == trump


def test_unknown_or_bad_actor_ids(client):
    r = client.get("/api/actors/424242")
    assert r.status_code == 404
    assert r.json() == {"ok": False, "status": 404, "error": {"code": "E013", "message": "no actor 424242",
                                                                "details": []}}
    for bad in ("/api/actors/0", "/api/actors/abc", "/api/actors/1?limit=0", "/api/actors/1?sort=date",
                "/api/actors/1?date_from=2020-05-01&date_to=2020-04-01", "/api/actors/1?q=%22%22"):
        r = client.get(bad)
        assert r.status_code == 400 and r.json()["error"]["code"] == "E010", bad
    page = client.get("/actors/424242")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"] and "no actor 424242" in page.text
    assert client.get("/actors/x1").status_code == 404


def test_actor_page_and_search_box_in_the_dashboard(client):
    r = client.get("/actors", params={"q": "biden"})
    assert r.status_code == 200
    links = dict((unescape(name), int(i)) for i, name in re.findall(r'<a class="actor-link" href="/actors/(\d+)">([^<]+)</a>', r.text))
    assert "Joe Biden" in links and "Hunter Biden" not in links and "Elizabeth Warren" not in links
    page = client.get(f"/actors/{links['Joe Biden']}").text
    assert '<h1 class="actor-name">Joe Biden</h1>' in page
    assert "proud to have the fiercest of fighters" in unescape(page)
    assert 'class="event-row"' in page and "vice president (USA, GOV) 2009-01-20 – 2017-01-20" in unescape(page)
    # a bar of events opens the month's events of him as recipient; a quote opens its sentence
    assert f'href="/events?recipient_id={links["Joe Biden"]}&amp;date_from=2020-04-01&amp;date_to=2020-04-30"' in page
    assert re.search(r'href="/articles/\d+#q-\d+"', page)


def test_every_speaker_and_actor_name_links_to_its_page(client, article_ids):
    biden = actor_id(client, "Joe Biden")
    quotes = client.get("/quotes", params={"speaker": "Biden"}).text
    assert f'<a class="actor-link" href="/actors/{biden}">Joe Biden</a>' in quotes
    article = client.get(f"/articles/{article_ids['warren']}").text
    assert article.count(f'href="/actors/{biden}"') >= 3  # quotes, events, actors of the side lists
    network = client.get("/network").text
    assert f'<a class="actor-link" href="/actors/{biden}">Joe Biden</a>' in network
    events = client.get("/events", params={"recipient_id": biden}).text
    assert f'<a class="actor-link" href="/actors/{biden}">Joe Biden</a>' in events

"""Actor pages (``/api/actors/{id}``, ``/actors``, ``/actors/{id}``) on the five Wikinews
articles: Warren endorses Biden (April 2020), Pelosi elected Speaker while Trump wants his
wall (January 2019), the killing of Qasem Soleimani (January 2020)..."""
from __future__ import annotations

import re
import sqlite3
from html import unescape


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


def test_joe_biden_his_words_his_deeds_and_who_acted_on_him(client, article_ids):
    biden = actor_id(client, "Joe Biden")
    page = client.get(f"/api/actors/{biden}").json()
    assert (page["name"], page["country"], page["kind"]) == ("Joe Biden", "USA", "person")
    assert page["quotes"] == 5 and page["events_as_actor"] == 1 and page["events_as_recipient"] == 3
    # offices: the knowledge base's vice presidency, and what the article called him
    terms = page["offices"]["knowledge_base"]
    assert {"office": "vice president", "country": "USA", "sector": "GOV", "start": "2009-01-20",
            "end": "2017-01-20"} in terms
    assert page["offices"]["corpus"] == [{"office": "president", "articles": 1}]
    # the timeline: April 2020, five quotes, one event as actor, three as recipient
    assert page["timeline"]["months"] == ["2020-04"]
    assert (page["timeline"]["quotes"], page["timeline"]["actor"], page["timeline"]["recipient"]) == ([5], [1], [3])
    # who acted on him: Warren twice (her endorsement), linked to her page
    by = page["counterparts"]["acted_on_by"]
    assert by[0]["name"] == "Elizabeth Warren" and by[0]["events"] == 2
    warren = client.get(f"/api/actors/{by[0]['id']}").json()
    assert warren["name"] == "Elizabeth Warren" and warren["events_as_actor"] == 7
    assert any(c["name"] == "Joe Biden" and c["events"] == 2 and c["id"] == biden
               for c in warren["counterparts"]["acted_on"])
    # his statements, each the exact words at its offsets in its article
    statements = page["statements"]
    assert statements["total"] == 5
    art = client.get(f"/api/articles/{article_ids['warren']}").json()
    for q in statements["items"]:
        assert q["speaker"]["name"] == "Joe Biden" and q["article"] == article_ids["warren"]
        assert art["text"][q["start"]:q["end"]] == q["text"]
    assert "proud to have the fiercest of fighters" in [q["text"] for q in statements["items"]]
    # his one event as actor is a REQUEST; the latest events list has the four
    assert [e["type"] for e in page["events"]["items"] if e["actor"][0]["name"] == "Joe Biden"] == ["REQUEST"]
    assert page["events"]["total"] == 4


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


def test_soleimani_is_acted_on(client):
    soleimani = actor_id(client, "Qasem Soleimani", None)
    page = client.get(f"/api/actors/{soleimani}").json()
    assert page["quotes"] == 0 and page["events_as_actor"] == 0 and page["events_as_recipient"] == 4
    names = [c["name"] for c in page["counterparts"]["acted_on_by"]]
    assert "United States" in names and page["counterparts"]["acted_on_by"][0]["events"] == 2
    events = client.get("/api/events", params={"recipient_id": soleimani}).json()
    assert events["total"] == 4
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

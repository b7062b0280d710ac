"""The ``event_actors`` table (:mod:`dateline.store.fts`): one row per actor and recipient of
each event, with its type and day, built with the search index and kept current by triggers;
the actor pages and filters answer the same with it and without it (a store that cannot be
indexed reads the events' JSON lists)."""
from __future__ import annotations

import json
import shutil
import sqlite3

from dateline.api.service import EVENT_DAY


def test_event_actors_holds_every_reference_with_the_events_day(store_path):
    from dateline.store.fts import ensure_search

    assert "event_actors" in ensure_search(store_path)["created"]
    con = sqlite3.connect(store_path)
    expected = sorted((e, role, r["name"], r["country"], t, day)
                      for e, t, day, actor, recipient in con.execute(
                          f"SELECT e.id, e.type, {EVENT_DAY}, e.actor, e.recipient FROM events e"
                          " JOIN articles a ON a.id = e.article")
                      for role, refs in (("actor", actor), ("recipient", recipient)) for r in json.loads(refs))
    stored = sorted(con.execute("SELECT event, role, name, country, type, day FROM event_actors"))
    assert len(stored) > 50 and stored == expected
    # a later event (an ingest that goes on) is added by the trigger, with its article's day
    con.execute("INSERT INTO events(article, n, type, actor, recipient) VALUES (1, 999, 'ACCUSE',"
                " '[{\"name\": \"Zed\", \"country\": \"NOR\"}]', '[{\"name\": \"Yan\", \"country\": null}]')")
    new = con.execute("SELECT max(id) FROM events").fetchone()[0]
    published = con.execute("SELECT substr(published, 1, 10) FROM articles WHERE id = 1").fetchone()[0]
    assert sorted(con.execute("SELECT role, name, country, type, day FROM event_actors WHERE event = ?", (new,))) == [
        ("actor", "Zed", "NOR", "ACCUSE", published), ("recipient", "Yan", None, "ACCUSE", published)]
    con.execute("DELETE FROM events WHERE id = ?", (new,))
    assert con.execute("SELECT count(*) FROM event_actors WHERE event = ?", (new,)).fetchone()[0] == 0
    con.close()


def test_actor_pages_are_the_same_without_the_index(store_path, tmp_path):
    """Every actor's page and event filters, through ``event_actors`` and through the JSON
    lists of a store served without building the indexes."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    plain = tmp_path / "plain.sqlite"
    shutil.copy(store_path, plain)
    with TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1") as indexed, \
            TestClient(create_app(Settings(db=plain, build_index=False)), base_url="http://127.0.0.1") as bare:
        ids = [a["id"] for a in indexed.get("/api/actors", params={"limit": 200}).json()["items"]]
        con = sqlite3.connect(plain)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'event_actors'").fetchone()[0] == 0
        con.close()
        assert len(ids) > 40
        for i in ids:
            page = indexed.get(f"/api/actors/{i}").json()
            assert page == bare.get(f"/api/actors/{i}").json(), page["name"]
            for param in ("actor_id", "recipient_id", "party_id"):
                query = {param: i, "sort": "-date", "limit": 200}
                assert indexed.get("/api/events", params=query).json() == bare.get("/api/events", params=query).json()
        for name in ("biden", '"Donald Trump"', "united"):
            for param in ("actor", "recipient", "party"):
                query = {param: name, "limit": 200}
                assert indexed.get("/api/events", params=query).json() == bare.get("/api/events", params=query).json()


#: What issue 16's latency work added to the search structures (a store indexed before lacks them).
NEWER = {"table": ["actor_quotes"], "trigger": ["actor_quotes_quote_ai", "actor_quotes_actor_ai", "actor_quotes_quote_ad",
                                                 "actor_quotes_actor_ad"],
         "index": ["actors_page", "event_actors_day", "event_actors_pair"]}


def test_actor_quotes_is_the_join_of_actors_and_quotes_kept_current(store_path):
    from dateline.store.fts import ensure_search

    assert "actor_quotes" in ensure_search(store_path)["created"]
    con = sqlite3.connect(store_path)
    join = ("SELECT q.id, c.name, c.country, a.published FROM actors c JOIN articles a ON a.id = c.article"
            " JOIN quotes q ON q.article = c.article AND q.speaker_actor_id = c.actor_id")
    stored = sorted(con.execute("SELECT quote, name, country, published FROM actor_quotes"), key=repr)
    assert len(stored) > 20 and stored == sorted(con.execute(join), key=repr)
    # a quote of a speaker already stored; then a speaker row after its quote (either order of writes)
    article, speaker, name, country = con.execute("SELECT article, actor_id, name, country FROM actors"
                                                  " WHERE name = 'Joe Biden' LIMIT 1").fetchone()
    con.execute("INSERT INTO quotes(article, n, text, start, \"end\", kind, speaker_actor_id)"
                " VALUES (?, 999, 'A new quote.', 0, 5, 'direct', ?)", (article, speaker))
    quote = con.execute("SELECT max(id) FROM quotes").fetchone()[0]
    con.execute("INSERT INTO quotes(article, n, text, start, \"end\", kind, speaker_actor_id)"
                " VALUES (?, 1000, 'Said by someone new.', 0, 5, 'direct', 'zz-new')", (article,))
    later = con.execute("SELECT max(id) FROM quotes").fetchone()[0]
    con.execute("INSERT INTO actors(article, actor_id, name, country) VALUES (?, 'zz-new', 'Zed Newman', 'NOR')", (article,))
    published = con.execute("SELECT published FROM articles WHERE id = ?", (article,)).fetchone()[0]
    assert con.execute("SELECT name, country, published FROM actor_quotes WHERE quote = ?", (quote,)).fetchall() == [
        (name, country, published)]
    assert con.execute("SELECT name, country FROM actor_quotes WHERE quote = ?", (later,)).fetchall() == [("Zed Newman", "NOR")]
    assert sorted(con.execute("SELECT quote, name, country, published FROM actor_quotes"), key=repr) == sorted(
        con.execute(join), key=repr)
    con.execute("DELETE FROM actors WHERE actor_id = 'zz-new'")
    con.execute("DELETE FROM quotes WHERE id = ?", (quote,))
    assert con.execute("SELECT count(*) FROM actor_quotes WHERE quote IN (?, ?)", (quote, later)).fetchone()[0] == 0
    con.close()


def test_a_store_indexed_before_is_served_the_same_and_upgraded(store_path, tmp_path):
    """A store whose search structures were built before ``actor_quotes`` and the covering
    indexes is served with the same pages without them, and gets them at the first serve
    that may write (as ``dateline index`` would)."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.fts import ensure_search, missing

    ensure_search(store_path)
    old = tmp_path / "old.sqlite"
    shutil.copy(store_path, old)
    con = sqlite3.connect(old)
    for kind, names in NEWER.items():
        for name in names:
            con.execute(f"DROP {kind} {name}")
    assert sorted(missing(con)) == sorted(["actor_quotes", "actors_page", "event_actors_day", "event_actors_pair"])
    con.commit()
    con.close()
    new = TestClient(create_app(Settings(db=store_path)), base_url="http://127.0.0.1")
    ids = [a["id"] for a in new.get("/api/actors", params={"limit": 200}).json()["items"]]
    queries = [{}, {"offset": 1, "limit": 2}, {"date_from": "2020-01-01"}, {"date_to": "2019-12-31", "limit": 1},
               {"q": "the"}, {"q": "the", "date_from": "2019-06-01", "offset": 1}]
    with new, TestClient(create_app(Settings(db=old, build_index=False)), base_url="http://127.0.0.1") as before:
        for i in ids:
            for query in queries:
                assert new.get(f"/api/actors/{i}", params=query).json() == before.get(
                    f"/api/actors/{i}", params=query).json()
    with TestClient(create_app(Settings(db=old)), base_url="http://127.0.0.1") as upgraded:
        for i in ids:
            assert upgraded.get(f"/api/actors/{i}").json() == new.get(f"/api/actors/{i}").json()
    con = sqlite3.connect(old)
    assert missing(con) == []
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert set(NEWER["trigger"]) <= names
    con.close()

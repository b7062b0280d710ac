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

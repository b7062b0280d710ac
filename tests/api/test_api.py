"""The JSON API on a fresh copy of a five-article Wikinews store per test."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

ENVELOPE_KEYS = {"ok", "status", "error"}


def assert_envelope(r, status: int) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == ENVELOPE_KEYS
    assert body["ok"] is False and body["status"] == status
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"].startswith("E") and body["error"]["message"]
    return body


def test_create_app_builds_nothing(store_path):
    from dateline.api import Settings, create_app
    from dateline.store.fts import missing

    create_app(Settings(db=store_path))
    con = sqlite3.connect(store_path)
    assert "quotes_fts" in missing(con)  # nothing written until the first request
    con.close()


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["articles"] == 5 and s["failures"] == 0
    assert s["quotes"] > 20 and s["events"] > 5
    assert s["first"] == "2019-01-04" and s["last"] == "2020-04-16"
    assert sum(s["types"].values()) == s["events"]
    assert s["fts"] is True  # built on the first request


def test_full_text_finds_trumps_wall_quote(client, article_ids):
    page = client.get("/api/quotes", params={"q": "wall"}).json()
    assert page["total"] >= 1
    q = next(i for i in page["items"] if i["speaker"] and i["speaker"]["name"] == "Donald Trump")
    assert "wall" in q["text"].lower()
    assert q["article"] == article_ids["pelosi"]
    assert q["speaker"]["country"] == "USA"
    # prefix and phrase searches; case and accents folded
    assert client.get("/api/quotes", params={"q": "WAL*"}).json()["total"] >= page["total"]
    assert client.get("/api/quotes", params={"q": '"allocate funding"'}).json()["total"] >= 1
    assert client.get("/api/quotes", params={"q": "zzqxnotaword"}).json() == {"items": [], "total": 0, "next": None}


def test_quote_offsets_point_into_the_article(client, article_ids):
    art = client.get(f"/api/articles/{article_ids['pelosi']}").json()
    for q in art["quotes"]:
        assert art["text"][q["start"]:q["end"]] == q["text"]
        sp = q["speaker"]
        if sp and sp["mention_start"] is not None:
            assert art["text"][sp["mention_start"]:sp["mention_end"]] == sp["mention"]


def test_quote_filters(client):
    trump = client.get("/api/quotes", params={"speaker": "trump"}).json()
    assert trump["total"] >= 2
    assert all("trump" in i["speaker"]["name"].lower() for i in trump["items"])
    usa = client.get("/api/quotes", params={"country": "usa"}).json()
    assert usa["total"] >= trump["total"] and all(i["speaker"]["country"] == "USA" for i in usa["items"])
    # only the 2019 articles (Pelosi, Koszalin, Mahan Air)
    y2019 = client.get("/api/quotes", params={"date_from": "2019-01-01", "date_to": "2019-12-31", "limit": 200}).json()
    assert y2019["total"] > 0 and all(i["published"].startswith("2019") for i in y2019["items"])
    day = client.get("/api/quotes", params={"date_from": "2019-01-04", "date_to": "2019-01-04", "limit": 200}).json()
    assert day["total"] > 0 and {i["published"] for i in day["items"]} == {"2019-01-04"}
    combined = client.get("/api/quotes", params={"speaker": "trump", "q": "wall"}).json()
    assert combined["total"] >= 1 and all("wall" in i["text"].lower() for i in combined["items"])


def test_speaker_filter_through_the_index_finds_what_the_scan_finds(client, store_path):
    """With the full-text index the speaker filter is answered by it (words of the name);
    the quotes found are those the plain substring scan of an unindexed store finds."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    indexed = client.get("/api/quotes", params={"speaker": "Donald Trump", "limit": 200}).json()
    assert client.get("/api/stats").json()["fts"] is True
    names = {i["speaker"]["name"] for i in indexed["items"]}
    assert names == {"Donald Trump"} and indexed["total"] >= 2
    scan_db = store_path.parent / "scan.sqlite"
    scan_db.write_bytes(store_path.read_bytes())
    scan = TestClient(create_app(Settings(db=scan_db, build_index=False)), base_url="http://127.0.0.1")
    if scan.get("/api/stats").json()["fts"]:
        import sqlite3

        with sqlite3.connect(scan_db) as con:
            con.execute("DROP TABLE quotes_fts")
        scan = TestClient(create_app(Settings(db=scan_db, build_index=False)), base_url="http://127.0.0.1")
    plain = scan.get("/api/quotes", params={"speaker": "Donald Trump", "limit": 200}).json()
    assert [i["id"] for i in plain["items"]] == [i["id"] for i in indexed["items"]]
    # a substring inside a word is found by the scan only (documented)
    assert scan.get("/api/quotes", params={"speaker": "rump"}).json()["total"] == indexed["total"]
    assert client.get("/api/quotes", params={"speaker": "rump"}).json()["total"] == 0


def test_pagination_walks_every_quote_once(client):
    total = client.get("/api/stats").json()["quotes"]
    seen, offset = [], 0
    while offset is not None:
        page = client.get("/api/quotes", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == total and len(page["items"]) <= 7
        seen.extend(i["id"] for i in page["items"])
        offset = page["next"]
    assert len(seen) == total == len(set(seen))
    last = client.get("/api/quotes", params={"limit": 7, "offset": total - 1}).json()
    assert len(last["items"]) == 1 and last["next"] is None


def test_event_filters(client, article_ids):
    every = client.get("/api/events", params={"limit": 200}).json()
    assert every["total"] == len(every["items"]) > 5
    support = client.get("/api/events", params={"type": "support"}).json()
    assert support["total"] >= 1 and {e["type"] for e in support["items"]} == {"SUPPORT"}
    warren = [e for e in support["items"] if e["article"] == article_ids["warren"]]
    assert any(a["name"] == "Elizabeth Warren" for e in warren for a in e["actor"])
    negated = client.get("/api/events", params={"aux": "negated"}).json()
    assert all("negated" in e["aux"] for e in negated["items"])
    real = client.get("/api/events", params={"aux": "none", "limit": 200}).json()
    assert all(e["aux"] == [] for e in real["items"])
    assert real["total"] + sum(1 for e in every["items"] if e["aux"]) == every["total"]
    usa = client.get("/api/events", params={"actor_country": "USA", "limit": 200}).json()
    assert usa["total"] >= 1 and all(any(a["country"] == "USA" for a in e["actor"]) for e in usa["items"])
    to_usa = client.get("/api/events", params={"recipient_country": "usa", "limit": 200}).json()
    assert all(any(r["country"] == "USA" for r in e["recipient"]) for e in to_usa["items"])
    y2020 = client.get("/api/events", params={"date_from": "2020-01-01", "limit": 200}).json()
    assert y2020["total"] >= 1 and all(e["day"] >= "2020-01-01" for e in y2020["items"])
    for e in every["items"]:
        if e["trigger_start"] is not None:
            art = client.get(f"/api/articles/{e['article']}").json()
            assert art["text"][e["trigger_start"]:e["trigger_end"]] == e["trigger"]
            break


def test_actors(client):
    usa = client.get("/api/actors", params={"country": "USA"}).json()
    names = [a["name"] for a in usa["items"]]
    assert "Donald Trump" in names and all(a["country"] == "USA" for a in usa["items"])
    q = client.get("/api/actors", params={"q": "warren"}).json()
    assert any(a["name"] == "Elizabeth Warren" and a["articles"] >= 1 and a["mentions"] >= 1 for a in q["items"])
    gov = client.get("/api/actors", params={"sector": "gov"}).json()
    assert gov["total"] >= 1 and all(a["sector"] == "GOV" for a in gov["items"])


def test_articles_list_and_spans(client, article_ids):
    page = client.get("/api/articles").json()
    assert page["total"] == 5 and page["items"][0]["published"] == "2020-04-16"  # newest first
    art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
    text = art["text"]
    assert art["title"].startswith("Escape room fire kills five teen girls")
    assert art["spans_error"] is None
    for kind in ("quotes", "mentions", "dates", "places"):
        assert art[kind], kind
    for span in art["mentions"] + art["dates"] + art["places"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert any(p["name"] == "Koszalin" and p["country"] == "POL" for p in art["places"])
    assert any(d["value"] == "2019-01-05" for d in art["dates"])
    assert {a["id"] for a in art["actors"]} >= {m["actor_id"] for m in art["mentions"]}


@pytest.mark.parametrize("url, loc", [
    ("/api/quotes?limit=201", "query.limit"),
    ("/api/quotes?limit=0", "query.limit"),
    ("/api/quotes?offset=-1", "query.offset"),
    ("/api/quotes?date_from=2019-02-30", "query.date_from"),
    ("/api/quotes?country=U", "query.country"),
    ("/api/events?aux=maybe", "query.aux"),
    ("/api/quotes?kind=quoted", "query.kind"),
    ("/api/quotes?sort=date", "query.sort"),
    ("/api/events?type=ACC;USE", "query.type"),
    ("/api/actors?sector=123", "query.sector"),
    ("/api/articles/abc", "path.article_id"),
])
def test_invalid_parameters_get_the_envelope_400(client, url, loc):
    body = assert_envelope(client.get(url), 400)
    assert body["error"]["code"] == "E010"
    assert loc in [d["loc"] for d in body["error"]["details"]]


@pytest.mark.parametrize("url", [
    "/api/quotes?date_from=2020-01-01&date_to=2019-01-01",
    "/api/events?date_from=2020-01-01&date_to=2019-01-01",
    "/api/quotes?q=%22%22%20***",
])
def test_unusable_filters_get_the_envelope_400(client, url):
    assert assert_envelope(client.get(url), 400)["error"]["code"] == "E010"


def test_not_found_gets_the_envelope(client):
    missing = assert_envelope(client.get("/api/articles/99999"), 404)["error"]
    assert "99999" in missing["message"] and missing["code"] == "E013"
    assert assert_envelope(client.get("/api/nothing"), 404)["error"]["code"] == "E013"
    assert_envelope(client.post("/api/quotes"), 405)


def test_missing_store_gets_the_envelope(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    c = TestClient(create_app(Settings(db=tmp_path / "absent.sqlite")), base_url="http://127.0.0.1")
    assert_envelope(c.get("/api/stats"), 503)


def test_read_only_store_without_index(store_path):
    """A store that cannot be written is served; q= asks for `dateline index`."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    c = TestClient(create_app(Settings(db=store_path, build_index=False)), base_url="http://127.0.0.1")
    assert c.get("/api/stats").json()["fts"] is False
    assert c.get("/api/quotes", params={"speaker": "trump"}).json()["total"] >= 2
    assert "dateline index" in assert_envelope(c.get("/api/quotes", params={"q": "wall"}), 400)["error"]["message"]


def test_connections_are_read_only(client, store_path):
    client.get("/api/stats")
    con = client.app.state.store.connect()
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("DELETE FROM quotes")
    finally:
        con.close()


def test_index_follows_later_writes(store_path):
    """The triggers keep the full-text index current when quotes are added after it was built."""
    from dateline.store.fts import ensure_search, match_query

    assert ensure_search(store_path)["quotes_indexed"] > 0
    assert ensure_search(store_path) == {"created": [], "quotes_indexed": 0}
    con = sqlite3.connect(store_path)
    con.execute("INSERT INTO quotes(article, n, text, start, \"end\", kind) VALUES (1, 999, 'zebras unite', 0, 5, 'direct')")
    con.commit()
    hits = con.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (match_query("zebra*"),)).fetchall()
    assert len(hits) == 1
    con.close()


def test_match_query_never_breaks_fts_syntax():
    from dateline.store.fts import match_query

    assert match_query('peace talks') == '"peace" "talks"'
    assert match_query('"white house" negotiat*') == '"white house" "negotiat"*'
    assert match_query('AND OR NOT ( ) : ^') == '"AND" "OR" "NOT"'
    assert match_query('*** ""') is None


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/stats", "/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events", "/api/actors"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {"type", "mode", "actor_country", "recipient_country", "aux", "date_from", "date_to", "limit", "offset"}
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "http://" not in docs.text and "https://" not in docs.text  # no CDN: the page works offline
    assert "/docs-static/swagger-ui-bundle.js" in docs.text
    js = client.get("/docs-static/swagger-ui-bundle.js")
    assert js.status_code == 200 and len(js.content) > 100_000


@pytest.mark.parametrize("window", [("2019-01-01", "2019-12-31"), ("2019-01-04", "2019-01-04"),
                                    ("2019-02-01", None), (None, "2018-12-31"), ("2019-03-01", "2019-03-31")])
def test_event_date_window_finds_exactly_the_events_whose_day_is_in_it(store_path, window):
    """The indexed pre-selection never drops an event the day test keeps (months count as
    their first day; events without a day or month take the publication day)."""
    import sqlite3

    from dateline.api.service import EVENT_DAY, EventFilters, list_events

    con = sqlite3.connect(store_path)
    con.row_factory = sqlite3.Row
    ids = [r[0] for r in con.execute("SELECT id FROM events ORDER BY id")]
    with con:  # this private copy gets the edge cases: a month only, a year only, a day on a bound
        con.execute("UPDATE events SET date = '2019-03' WHERE id = ?", (ids[0],))
        con.execute("UPDATE events SET date = '2019' WHERE id = ?", (ids[1],))
        con.execute("UPDATE events SET date = '2019-01-04' WHERE id = ?", (ids[2],))
    lo, hi = window
    days = con.execute(f"SELECT e.id, {EVENT_DAY} FROM events e JOIN articles a ON a.id = e.article").fetchall()
    expected = sorted(i for i, day in days if (lo is None or day >= lo) and (hi is None or day <= hi))
    f = EventFilters(date_from=date.fromisoformat(lo) if lo else None, date_to=date.fromisoformat(hi) if hi else None)
    page = list_events(con, f, limit=1000)
    assert page["total"] == len(expected) and [i["id"] for i in page["items"]] == expected


def test_unknown_event_type_is_a_400_naming_the_types(client):
    body = assert_envelope(client.get("/api/events", params={"type": "ATTACK"}), 400)
    assert body["error"]["message"].startswith("type 'ATTACK' is not a PLOVER event type (one of AGREE, CONSULT,")
    assert client.get("/api/events", params={"type": "accuse"}).status_code == 200  # any case


def test_speaker_filter_ignores_case_and_accents_of_any_letter(client):
    """Koszalin (Wikinews 2019): Joachim Brudziński, Poland's interior minister."""
    exact = client.get("/api/quotes", params={"speaker": "Brudziński"}).json()
    assert exact["total"] >= 1 and {i["speaker"]["name"] for i in exact["items"]} == {"Joachim Brudziński"}
    for typed in ("BRUDZIŃSKI", "brudzinski", "Brudzinski Joachim", "joach"):
        assert client.get("/api/quotes", params={"speaker": typed}).json()["total"] == exact["total"], typed


def test_an_article_too_long_for_request_time_spans_is_shown_without_them(client, store_path, article_ids,
                                                                         monkeypatch):
    """An article stored by an earlier version (its spans not stored) is parsed when shown,
    unless it is too long."""
    from dateline.api import spans

    con = sqlite3.connect(store_path)
    con.execute("UPDATE articles SET spans = NULL")
    con.commit()
    con.close()
    monkeypatch.setattr(spans, "SPAN_CHARS", 100)  # the Koszalin article is longer than that
    art = client.get(f"/api/articles/{article_ids['koszalin']}").json()
    assert art["dates"] == [] and art["places"] == [] and art["quotes"]
    assert art["spans_error"].startswith("the article has ") and "at most 100" in art["spans_error"]


def test_an_article_id_beyond_sqlites_integers_is_not_found(client):
    for path in ("/api/articles/99999999999999999999", "/api/articles/9223372036854775808"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "E013", path
    page = client.get("/articles/99999999999999999999")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_quotes_sort_by_date_and_filter_by_kind(client):
    """Newest first: the Warren article (2020-04-16) before the Pelosi one (2019-01-04)."""
    newest = client.get("/api/quotes", params={"sort": "newest", "limit": 200}).json()["items"]
    oldest = client.get("/api/quotes", params={"sort": "oldest", "limit": 200}).json()["items"]
    days = [q["published"][:10] for q in newest]
    assert days == sorted(days, reverse=True) and days[0] == "2020-04-16" and days[-1] == "2019-01-04"
    assert [q["published"][:10] for q in oldest] == sorted(days)
    assert sorted(q["id"] for q in newest) == sorted(q["id"] for q in oldest)
    direct = client.get("/api/quotes", params={"kind": "direct", "limit": 200}).json()
    every = client.get("/api/quotes", params={"limit": 200}).json()
    assert 0 < direct["total"] < every["total"] and {q["kind"] for q in direct["items"]} == {"direct"}
    assert direct["total"] == sum(q["kind"] == "direct" for q in every["items"])

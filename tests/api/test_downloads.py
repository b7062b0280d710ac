"""Downloads of the filtered lists (issue 16, item 3): ``GET /api/{events,quotes,actors}.{csv,jsonl,parquet}``
with the lists' filters, every matching row streamed; ``dateline export --filter`` through the same
module; the dashboard's links keep a page's filters. On the five-article Wikinews store."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pyarrow.parquet as pq
from typer.testing import CliRunner

from .conftest import ARTICLES
from .stored import stored_events

WIKI = "https://en.wikinews.org//wiki/"
#: The CSV header of the events download: POLECAT-like names, dateline's where POLECAT has none.
EVENT_COLUMNS = [
    "event_id", "story_event_id", "story_mentions", "article", "article_id", "duplicate_of", "publication_date",
    "source", "url", "headline", "event_date", "event_day", "date_relation", "event_type", "event_mode", "contexts",
    "aux", "actor_names", "actor_countries", "actor_sectors", "recipient_names", "recipient_countries",
    "recipient_sectors", "placename", "country", "latitude", "longitude", "amount", "currency", "cameo", "trigger",
    "sentence", "start", "end", "confidence", "rule"]


def rows(r) -> list[dict]:
    assert r.status_code == 200, r.text
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8"))))


def test_the_events_csv_has_polecat_like_columns_and_the_known_events(client, store_path, article_ids):
    r = client.get("/api/events.csv")
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"] == 'attachment; filename="dateline-events.csv"'
    header = next(csv.reader(io.StringIO(r.text)))
    assert header == EVENT_COLUMNS
    got = rows(r)
    stored = stored_events(store_path)
    assert [int(x["event_id"]) for x in got] == [e["id"] for e in stored] and len(got) > 5
    by_id = {int(x["event_id"]): x for x in got}
    for e in stored:  # every row as the store holds it
        x = by_id[e["id"]]
        assert (x["event_type"], x["event_mode"], x["event_day"]) == (e["type"], e["mode"] or "", e["day"]), x
        assert x["actor_names"] == ";".join(n for n, _ in e["actor"]), x
        assert x["recipient_countries"] == ";".join(c or "" for _, c in e["recipient"]), x
    # "Germany bans Mahan Air of Iran": its events in the article's sentences
    mahan = [x for x in got if x["url"] == WIKI + ARTICLES["mahan"]]
    assert mahan  # the ban
    assert [int(x["event_id"]) for x in mahan] == [e["id"] for e in stored if e["article"] == article_ids["mahan"]]
    for x in mahan:
        assert x["headline"] == "Germany bans Mahan Air of Iran, citing 'security'"
        assert x["publication_date"].startswith("2019-01")
        assert 0 < float(x["confidence"]) <= 1 and int(x["end"]) - int(x["start"]) == len(x["sentence"])
        assert x["trigger"] in x["sentence"]


def test_a_filter_narrows_the_download_to_the_lists_rows(client, store_path):
    everything = rows(client.get("/api/events.csv"))
    usa = rows(client.get("/api/events.csv", params={"actor_country": "usa"}))
    assert 0 < len(usa) < len(everything)
    assert all("USA" in x["actor_countries"].split(";") for x in usa)
    listed = client.get("/api/events", params={"actor_country": "usa", "limit": 200}).json()
    assert [int(x["event_id"]) for x in usa] == [e["id"] for e in listed["items"]] and listed["total"] == len(usa)
    two = rows(client.get("/api/events.csv", params={"actor_country": "DEU", "recipient_country": "IRN"}))
    expected = [(e["type"], e["trigger"] or "") for e in stored_events(store_path)
                if "DEU" in {c for _, c in e["actor"]} and "IRN" in {c for _, c in e["recipient"]}]
    assert [(x["event_type"], x["trigger"]) for x in two] == expected
    quotes = rows(client.get("/api/quotes.csv", params={"speaker": "Donald Trump", "q": "wall"}))
    assert quotes and {x["speaker_name"] for x in quotes} == {"Donald Trump"} and all("wall" in x["text"] for x in quotes)
    actors = rows(client.get("/api/actors.csv", params={"country": "IRN"}))
    assert {x["country"] for x in actors} == {"IRN"} and {x["name"] for x in actors} >= {"Iran", "Quds Force"}
    assert len(actors) < len(rows(client.get("/api/actors.csv")))


def test_parquet_read_back_equals_the_json_lines(client, monkeypatch):
    from dateline.store import formats

    monkeypatch.setattr(formats, "BATCH_ROWS", 7)  # several batches: several row groups, CSV and JSON pieces
    params = {"actor_country": "USA"}
    r = client.get("/api/events.jsonl", params=params)
    assert r.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(x) for x in r.text.splitlines()]
    p = client.get("/api/events.parquet", params=params)
    assert p.headers["content-disposition"] == 'attachment; filename="dateline-events.parquet"'
    table = pq.read_table(io.BytesIO(p.content))
    assert table.column_names == EVENT_COLUMNS and len(lines) > 14
    assert pq.ParquetFile(io.BytesIO(p.content)).num_row_groups == -(-len(lines) // 7)
    assert table.to_pylist() == lines
    assert str(table.schema.field("event_id").type) == "int64" and str(table.schema.field("confidence").type) == "double"
    assert [x["event_id"] for x in lines] == [int(x["event_id"]) for x in rows(client.get("/api/events.csv", params=params))]
    quotes = pq.read_table(io.BytesIO(client.get("/api/quotes.parquet").content)).to_pylist()
    assert quotes == [json.loads(x) for x in client.get("/api/quotes.jsonl").text.splitlines()] and len(quotes) > 7


def test_a_cell_that_starts_like_a_formula_is_text_in_the_csv(client, store_path):
    with sqlite3.connect(store_path) as con:
        qid = con.execute("SELECT min(id) FROM quotes WHERE speaker_name = 'Donald Trump'").fetchone()[0]
        con.execute("UPDATE quotes SET text = ?, cue = ? WHERE id = ?", ('=HYPERLINK("http://x.test","wall")', "-said", qid))
    got = rows(client.get("/api/quotes.csv", params={"speaker": "trump"}))
    row = next(x for x in got if int(x["quote_id"]) == qid)
    assert (row["text"], row["cue"]) == ("'=HYPERLINK(\"http://x.test\",\"wall\")", "'-said")
    # JSON and Parquet carry the stored value as it is
    line = next(json.loads(x) for x in client.get("/api/quotes.jsonl").text.splitlines() if json.loads(x)["quote_id"] == qid)
    assert line["text"].startswith("=HYPERLINK")


def test_bad_or_unknown_parameters_are_400_before_anything_is_sent(client):
    for url, message in [
        ("/api/events.csv?limit=10", "limit: unknown parameter (known: sort, type, mode, actor_country, recipient_country, aux, date_from, date_to, "
         "actor, recipient, actor_id, recipient_id, party, party_id, country, place, precision, confidence)"),
        ("/api/events.csv?date_from=2020-01-02&date_to=2020-01-01", "date_from 2020-01-02 is after date_to 2020-01-01"),
        ("/api/quotes.parquet?q=%22%22", "q '\"\"' has no word to search for"),
        ("/api/actors.jsonl?country=U", "country: String should match pattern '^[A-Za-z0-9]{2,4}$'"),
        ("/api/events.tsv", "fmt: Input should be 'csv', 'jsonl' or 'parquet'"),
    ]:
        r = client.get(url)
        assert r.status_code == 400 and r.headers["content-type"] == "application/json", url
        assert r.json()["error"]["message"] == message, url
        assert "content-disposition" not in r.headers


def test_dateline_export_takes_the_same_filters_and_writes_the_same_bytes(client, store_path, tmp_path):
    from dateline.cli.main import app

    runner = CliRunner()
    api = client.get("/api/events.csv", params={"actor_country": "USA", "type": "accuse"}).content
    out = runner.invoke(app, ["export", "--what", "events", "--format", "csv", "--db", str(store_path),
                              "--filter", "actor_country=USA", "-F", "type=accuse"])
    assert out.exit_code == 0, out.output
    assert out.stdout_bytes == api and api.count(b"\n") > 2
    # a query string copied from a URL; Parquet into a file
    target = tmp_path / "q.parquet"
    out = runner.invoke(app, ["export", "--what", "quotes", "-f", "parquet", "--db", str(store_path), "-o", str(target),
                              "-F", "speaker=Donald+Trump&q=wall"])
    assert out.exit_code == 0, out.output
    assert pq.read_table(target).to_pylist() == [json.loads(x) for x in client.get(
        "/api/quotes.jsonl", params={"speaker": "Donald Trump", "q": "wall"}).text.splitlines()]
    # the events list's filters (issue 16, item 2): a recipient's whole name, a least confidence
    api = client.get("/api/events.csv", params={"recipient": '"Joe Biden"', "confidence": "0.3"}).content
    out = runner.invoke(app, ["export", "--what", "events", "--format", "csv", "--db", str(store_path),
                              "-F", "recipient=%22Joe+Biden%22&confidence=0.3"])
    assert out.exit_code == 0, out.output
    assert out.stdout_bytes == api and b"Joe Biden" in api
    for bad, message in [(["-F", "zzz=1"], "unknown filter 'zzz' for events"), (["-F", "date_to=2020-02-30"], "is not a date"),
                         (["-F", "type=ATTACK"], "is not a PLOVER event type"), (["-F", "novalue"], "is not NAME=VALUE"),
                         (["-F", "actor_id=424242"], "no such actor")]:
        out = runner.invoke(app, ["export", "--what", "events", "--db", str(store_path), *bad])
        assert out.exit_code == 2 and "E010" in out.output and message in out.output, (bad, out.output)


def test_the_dashboard_links_the_downloads_with_the_pages_filters(client):
    import re

    page = client.get("/quotes", params={"speaker": "Trump", "country": "", "limit": 5, "offset": 5}).text
    hrefs = re.findall(r'<a href="([^"]+)" download', page)
    assert hrefs == ["/api/quotes.csv?speaker=Trump", "/api/quotes.jsonl?speaker=Trump", "/api/quotes.parquet?speaker=Trump"]
    page = client.get("/network", params={"type": "ACCUSE", "actor_country": "usa", "nodes": 10}).text
    assert re.findall(r'<a href="([^"]+)" download', page)[0] == "/api/events.csv?type=ACCUSE&amp;actor_country=usa"
    page = client.get("/").text
    assert re.findall(r'<a href="([^"]+)" download', page)[0] == "/api/events.csv"


def test_a_download_takes_the_lists_sort(client, store_path):
    import re

    from dateline.cli.main import app

    plain = rows(client.get("/api/events.csv"))
    newest = rows(client.get("/api/events.csv", params={"sort": "-date"}))
    assert sorted(x["event_id"] for x in newest) == sorted(x["event_id"] for x in plain)
    days = [x["event_day"] for x in newest]
    assert days == sorted(days, reverse=True) and days != [x["event_day"] for x in plain]
    # the same order as the list's first page
    listed = client.get("/api/events", params={"sort": "-date", "limit": 10}).json()["items"]
    assert [int(x["event_id"]) for x in newest[:10]] == [e["id"] for e in listed]
    # and as `dateline export` with the URL's query string
    out = CliRunner().invoke(app, ["export", "--what", "events", "--format", "csv", "--db", str(store_path),
                                   "-F", "sort=-date"])
    assert out.exit_code == 0 and out.stdout_bytes == client.get("/api/events.csv?sort=-date").content
    oldest = rows(client.get("/api/quotes.csv", params={"sort": "oldest", "speaker": "Trump"}))
    published = [x["publication_date"] for x in oldest]
    assert len(set(published)) > 1 and published == sorted(published)
    r = client.get("/api/quotes.csv", params={"sort": "latest"})
    assert r.status_code == 400 and r.json()["error"]["message"] == "sort: Input should be 'store', 'newest' or 'oldest'"
    page = client.get("/events", params={"sort": "-date", "type": "ACCUSE"}).text
    assert re.findall(r'<a href="([^"]+)" download', page)[0] == "/api/events.csv?sort=-date&amp;type=ACCUSE"

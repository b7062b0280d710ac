"""The embedded store: ingest, idempotence, exports, near-duplicates, faults in the input and
a write error inside an article's transaction (real Wikinews and AllSides articles)."""
from __future__ import annotations

import csv
import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from dateline.store import writer as writer_mod
from dateline.store.ingest import ingest
from dateline.store.queries import export, failures, stats
from dateline.store.schema import connect

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
ALLSIDES = SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz"


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with open(WIKINEWS, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _csv(path: Path, rows: list[dict]) -> str:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return str(path)


def _integrity(db: Path) -> None:
    """No row of an article that is not stored, no article stored twice."""
    con = connect(db, create=False)
    for table in ("quotes", "events", "actors", "mentions", "signatures"):
        orphans = con.execute(f"SELECT count(*) FROM {table} WHERE article NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0, table
    assert con.execute("SELECT count(*) - count(DISTINCT hash || key) FROM articles").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.fixture(scope="module")
def ten(tmp_path_factory, rows, pipeline):
    """Ten Wikinews 2019 articles ingested twice into one store."""
    tmp = tmp_path_factory.mktemp("ten")
    src = _csv(tmp / "wn10.csv", rows[:10])
    db = tmp / "ten.sqlite"
    first = ingest([src], db, pipeline=pipeline)
    second = ingest([src], db, pipeline=pipeline)
    return db, first, second


def test_ingest_stores_each_article_once(ten, pipeline, rows):
    db, first, second = ten
    assert (first.stored, first.skipped, first.failures) == (10, 0, 0)
    assert (second.stored, second.skipped) == (0, 10)
    counts = stats(connect(db, create=False))
    # the same numbers as extracting the articles directly
    from dateline.records import Article

    direct = [pipeline.extract(Article(id=r["url"], text=r["text"], url=r["url"], published=r["date"][:10]))
              for r in rows[:10]]
    assert counts["articles"] == 10 and counts["failures"] == 0 and counts["duplicates"] == 0
    assert counts["quotes"] == sum(len(x.quotes) for x in direct) > 0
    assert counts["events"] == sum(len(x.events) for x in direct) > 0
    assert counts["actors"] == sum(len(x.actors) for x in direct) > 0
    assert counts["story_events"] == counts["events"]
    assert counts["words"] == sum(len(r["text"].split()) for r in rows[:10])
    _integrity(db)


def test_exports_events_flat_in_every_format(ten, tmp_path):
    import pyarrow.parquet as pq

    db = ten[0]
    con = connect(db, create=False)
    n_events = stats(con)["events"]
    assert export(con, "events", "jsonl", tmp_path / "e.jsonl") == n_events
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    stored = con.execute("SELECT actor, actor_names, actor_countries FROM events ORDER BY id").fetchall()
    for line, (actor, names, countries) in zip(lines, stored):
        refs = json.loads(actor)
        assert line["actor_names"] == (";".join(r["name"] for r in refs) if refs else None) == names
        assert line["actor_countries"] == countries
        assert line["publication_date"].startswith("2019-01")
        assert line["event_type"] and line["sentence"]
        assert line["story_mentions"] == 1
    assert export(con, "events", "csv", tmp_path / "e.csv") == n_events
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as fh:
        assert [r["event_type"] for r in csv.DictReader(fh)] == [x["event_type"] for x in lines]
    assert export(con, "events", "parquet", tmp_path / "e.parquet") == n_events
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == n_events and table.column("actor_names").to_pylist() == [x["actor_names"] for x in lines]
    for what in ("quotes", "actors", "articles"):
        assert export(con, what, "parquet", tmp_path / f"{what}.parquet") == pq.read_table(
            tmp_path / f"{what}.parquet").num_rows == stats(con)[what]


def test_corrupt_jsonl_line_and_truncated_gzip(tmp_path, pipeline):
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(6)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(lines[0] + lines[1][: len(lines[1]) // 2] + "\n" + lines[2], encoding="utf-8")
    data = gzip.compress("".join(lines[3:6]).encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    db = tmp_path / "faults.sqlite"
    report = ingest([str(bad), str(cut)], db, pipeline=pipeline)
    con = connect(db, create=False)
    fails = {(f["path"], f["code"]) for f in failures(con)}
    assert (f"{bad}#line=2", "E008") in fails
    assert (str(cut), "E007") in fails
    stored = {r[0] for r in con.execute("SELECT article_id FROM articles")}
    ids = [json.loads(x)["ID"] for x in lines]
    # the two good lines, and the two whole records before the gzip fault
    assert stored == {ids[0], ids[2], ids[3], ids[4]}
    assert report.stored == 4
    assert report.failures == 2
    # again: nothing new, each failure stored once
    again = ingest([str(bad), str(cut)], db, pipeline=pipeline)
    assert (again.stored, again.failures, again.failures_known) == (0, 0, 2)
    assert stats(con)["failures"] == 2
    _integrity(db)


def test_write_error_inside_a_transaction_leaves_the_store_consistent(tmp_path, rows, pipeline, monkeypatch):
    src = _csv(tmp_path / "wn6.csv", rows[:6])
    db = tmp_path / "err.sqlite"
    original = writer_mod.StoreWriter._insert_events
    calls = {"n": 0}

    def failing(self, rowid, root, ex):
        calls["n"] += 1
        if calls["n"] == 3:  # the article row, quotes and actors are already written
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return original(self, rowid, root, ex)

    monkeypatch.setattr(writer_mod.StoreWriter, "_insert_events", failing)
    report = ingest([src], db, pipeline=pipeline)
    assert (report.stored, report.write_errors, report.failures) == (5, 1, 1)
    con = connect(db, create=False)
    third = f"{src}#row=3"
    assert con.execute("SELECT count(*) FROM articles WHERE path=?", (third,)).fetchone()[0] == 0
    assert [(f["path"], f["code"]) for f in failures(con)] == [(third, "E011")]
    _integrity(db)
    monkeypatch.setattr(writer_mod.StoreWriter, "_insert_events", original)
    again = ingest([src], db, pipeline=pipeline)
    assert (again.stored, again.skipped) == (1, 5)
    assert stats(con)["articles"] == 6 and stats(con)["failures"] == 0  # the failure is cleared
    _integrity(db)


def test_five_wire_copies_make_one_story_event_each(tmp_path, rows, pipeline):
    row = rows[15]  # Wikinews 2019-01: EU sanctions on Iran, three events
    text = row["text"]
    copies = [text, "(Wire) " + text, text + "\n\nCopyright 2019 Wire Service.",
              "UPDATED: " + text, text + "\n\n(Additional reporting by staff.)"]
    src = tmp_path / "copies.jsonl"
    src.write_text("".join(json.dumps({"id": f"copy{i}", "url": f"https://outlet{i}.example/story",
                                       "date": row["date"], "text": t}) + "\n" for i, t in enumerate(copies)),
                   encoding="utf-8")
    unrelated = _csv(tmp_path / "other.csv", rows[16:18])
    db = tmp_path / "copies.sqlite"
    report = ingest([str(src), unrelated], db, pipeline=pipeline)
    assert (report.stored, report.duplicates) == (7, 4)
    con = connect(db, create=False)
    first = con.execute("SELECT id FROM articles WHERE article_id='copy0'").fetchone()[0]
    dups = con.execute("SELECT a.article_id, d.first, d.similarity FROM duplicates d JOIN articles a"
                       " ON a.id = d.article ORDER BY a.id").fetchall()
    assert [d[0] for d in dups] == ["copy1", "copy2", "copy3", "copy4"]
    assert all(d[1] == first and d[2] >= 0.8 for d in dups)
    n_events = con.execute("SELECT count(*) FROM events WHERE article=?", (first,)).fetchone()[0]
    assert n_events >= 3  # the EU's sanctions on Iran and what led to them
    copy_ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE article_id LIKE 'copy%' ORDER BY id")]
    stories = con.execute("SELECT s.id, s.mentions, s.article_ids FROM story_events s WHERE s.id IN"
                          " (SELECT story FROM events WHERE article=?)", (first,)).fetchall()
    assert len(stories) == n_events
    for _, mentions, article_ids in stories:
        assert mentions == 5 and json.loads(article_ids) == copy_ids
    # the unrelated articles are neither duplicates nor merged into the story
    assert stats(con)["duplicates"] == 4
    assert stats(con)["story_events"] == n_events + con.execute(
        "SELECT count(*) FROM events WHERE article NOT IN (%s)" % ",".join(map(str, copy_ids))).fetchone()[0]
    _integrity(db)


def test_the_lsh_index_lives_on_disk_and_an_older_store_gets_it(tmp_path, rows, pipeline):
    # issue 17 item 4: the writer kept every article's signature and LSH buckets in memory, so
    # the parent of a long ingest grew with the store; the buckets now live in lsh_buckets
    from dateline.store.writer import StoreWriter

    text = rows[15]["text"]
    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps({"id": f"c{i}", "url": f"https://o{i}.example/s", "date": rows[15]["date"],
                                       "text": t}) + "\n" for i, t in enumerate([text, "(Wire) " + text])),
                   encoding="utf-8")
    db = tmp_path / "old.sqlite"
    assert ingest([str(src)], db, pipeline=pipeline).duplicates == 1
    con = connect(db, create=False)
    bands = len(StoreWriter(db).bands)
    assert con.execute("SELECT count(*) FROM lsh_buckets").fetchone()[0] == 2 * bands
    # a store written before the table existed: its buckets are built from its signatures once
    con.execute("DELETE FROM lsh_buckets")
    writer = StoreWriter(db)
    assert con.execute("SELECT count(*) FROM lsh_buckets").fetchone()[0] == 2 * bands
    first = con.execute("SELECT id FROM articles WHERE article_id='c0'").fetchone()[0]
    from dateline.store.writer import signature
    found = writer.first_copy(signature("UPDATED: " + text))
    assert found is not None and found[0] == first and found[1] >= 0.8
    assert writer.first_copy(signature(rows[16]["text"])) is None
    # and the writer holds nothing per article
    assert set(vars(writer)) == {"path", "con", "threshold", "num_perm", "bands"}

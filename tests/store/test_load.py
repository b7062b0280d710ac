"""`dateline load`: the Dask engine's Parquet dataset, written by the engine's own writer, loaded
into a store gives the store a local ingest of the same articles gives (Wikinews 2019)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli.main import app
from dateline.engines.dask_engine import write_partition
from dateline.ingest.readers import iter_articles
from dateline.store.ingest import batched, ingest
from dateline.store.load import extraction_from_dict, load_parquet
from dateline.store.queries import failures, stats
from dateline.store.schema import connect

pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews_2019.csv"


def _contents(db: Path) -> dict[str, list]:
    """The store's rows, with row ids replaced by article ids (they may differ between stores)."""
    con = connect(db, create=False)
    ids = dict(con.execute("SELECT id, article_id FROM articles"))
    return {
        "articles": con.execute("SELECT a.article_id, a.hash, a.key, a.words, f.article_id FROM articles a"
                                " LEFT JOIN articles f ON f.id = a.dup_of ORDER BY a.id").fetchall(),
        "quotes": con.execute("SELECT a.article_id, q.n, q.text, q.start, q.speaker_name FROM quotes q"
                              " JOIN articles a ON a.id = q.article ORDER BY a.id, q.n").fetchall(),
        "events": con.execute("SELECT a.article_id, e.n, e.type, e.actor_names, s.key FROM events e JOIN articles a"
                              " ON a.id = e.article JOIN story_events s ON s.id = e.story ORDER BY a.id, e.n").fetchall(),
        "stories": sorted((key, mentions, [ids[i] for i in json.loads(article_ids)]) for key, mentions, article_ids
                          in con.execute("SELECT key, mentions, article_ids FROM story_events")),
        "failures": [(f["path"], f["code"], f["reason"]) for f in failures(con)],
    }


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, pipeline):
    """11 records (8 Wikinews articles of four months, two wire copies of one, one without text)
    written as three partitions of the Parquet dataset, and the same records ingested locally."""
    tmp = tmp_path_factory.mktemp("load")
    with open(WIKINEWS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    picked = [rows[i] for i in (0, 15, 16, 40, 41, 80, 81, 120)]
    records = [{"id": r["url"], "url": r["url"], "date": r["date"], "title": r["title"], "text": r["text"]}
               for r in picked]
    wire = rows[15]  # EU sanctions on Iran: three events
    records.insert(3, {"id": "copy1", "url": "https://outlet1.example/story", "date": wire["date"],
                       "text": "(Wire) " + wire["text"]})
    records.insert(6, {"id": "no-text", "date": wire["date"], "body_missing": True})
    records.append({"id": "copy2", "url": "https://outlet2.example/story", "date": wire["date"],
                    "text": wire["text"] + "\n\nCopyright 2019 Wire Service."})
    src = tmp / "wn.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp / "parquet"
    for part, batch in enumerate(batched(iter_articles([str(src)]), 4)):
        write_partition(pipeline.extract_many(batch), out, part)
    local = tmp / "local.sqlite"
    report = ingest([str(src)], local, pipeline=pipeline)
    return src, out, local, report


def test_loaded_store_equals_a_local_ingest(dataset, tmp_path):
    src, out, local, local_report = dataset
    assert sorted(p.name for p in (out / "articles").iterdir()) == [
        "month=2019-01", "month=2019-03", "month=2019-08", "month=2019-09"]
    assert sorted(p.name for p in (out / "articles" / "month=2019-01").iterdir()) == [
        "part-000000-0.parquet", "part-000002-0.parquet"]  # the second holds no January article
    db = tmp_path / "loaded.sqlite"
    report = load_parquet(out, db)
    assert (local_report.stored, local_report.duplicates, local_report.failures) == (10, 2, 1)
    assert (report.stored, report.duplicates, report.failures, report.skipped) == (10, 2, 1, 0)
    counts = stats(connect(db, create=False))
    assert counts == stats(connect(local, create=False))
    con = connect(db, create=False)
    wire_events = con.execute("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article"
                              " WHERE a.article_id = 'copy2'").fetchone()[0]
    assert counts["quotes"] > 0 and wire_events >= 3 and counts["events"] >= 3 * wire_events
    # the two copies' events join the first copy's story events: each is one happening, mentioned thrice
    assert counts["story_events"] == counts["events"] - 2 * wire_events
    assert _contents(db) == _contents(local)
    assert _contents(db)["failures"] == [(f"{src}#line=7", "E006", _contents(db)["failures"][0][2])]


def test_loading_twice_adds_nothing(dataset, tmp_path):
    _, out, local, _ = dataset
    db = tmp_path / "twice.sqlite"
    load_parquet(out, db)
    again = load_parquet(out, db)
    assert (again.stored, again.skipped, again.failures, again.failures_known) == (0, 10, 0, 1)
    assert stats(connect(db, create=False)) == stats(connect(local, create=False))


def test_an_extraction_comes_back_whole(dataset, pipeline):
    import pyarrow.parquet as pq

    src, out, _, _ = dataset
    row = pq.read_table(out / "articles" / "month=2019-01" / "part-000000-0.parquet").to_pylist()[1]
    back = extraction_from_dict(json.loads(row["extraction"]))
    want = next(r for r in pipeline.extract_many(iter_articles([str(src)])) if r.article.id == back.article.id)
    assert back == want
    with pytest.raises(ValueError):
        extraction_from_dict({"article": {"id": "x"}, "text": "t", "quotes": [{"text": "no offsets"}]})


def test_load_command(dataset, tmp_path):
    _, out, local, _ = dataset
    runner = CliRunner()
    db = tmp_path / "cli.sqlite"
    first = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    assert first.stderr.startswith("10 stored (2 near-duplicates), 0 already stored, 1 failed (1 new)")
    second = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert second.stderr.startswith("0 stored (0 near-duplicates), 10 already stored, 1 failed (0 new)")
    bad = runner.invoke(app, ["load", str(tmp_path), "--db", str(db)])
    assert bad.exit_code == 2 and bad.stderr.startswith("E010: ")

"""quotes.attribution in the store: written by ingest, added to a store made before it existed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.store.ingest import ingest
from dateline.store.schema import connect

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "articles" / "000_23741e95d5d05c55.txt"


def test_ingest_stores_attribution_numbers(tmp_path, pipeline):
    db = tmp_path / "ref.sqlite"
    ingest([str(REFERENCE)], db, pipeline=pipeline)
    con = connect(db, create=False)
    stored = [(r["start"], r["end"], r["attribution"]) for r in con.execute('SELECT start, "end", attribution FROM quotes ORDER BY n')]
    from dateline.records import Article
    text = REFERENCE.read_text(encoding="utf-8")
    expected = [(q.start, q.end, q.attribution) for q in pipeline.extract(Article(id="ref", text=text)).quotes]
    assert stored == expected
    partial = [a for s, e, a in stored if text[s:e] == "overwhelming"]
    assert partial and all(a is not None for a in partial)


def test_store_made_before_the_column_gets_it(tmp_path):
    db = tmp_path / "old.sqlite"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE quotes (id INTEGER PRIMARY KEY, article INTEGER, n INTEGER, text TEXT)")
    raw.execute("INSERT INTO quotes(article, n, text) VALUES (1, 0, 'We will win.')")
    raw.commit()
    raw.close()
    con = connect(db, create=False)
    row = con.execute("SELECT text, attribution FROM quotes").fetchone()
    assert row["text"] == "We will win." and row["attribution"] is None

"""CSV exports a spreadsheet opens as data: a stored value that starts like a formula is text."""
from __future__ import annotations

import csv
import json

from dateline.store.ingest import ingest
from dateline.store.queries import _cell, export
from dateline.store.schema import connect

# the reference article's first sentence
TEXT = ("John Healey has urged Donald Trump and Vladimir Putin to put “Ukraine’s voice” at the heart of any peace "
        "negotiations, as he warned that a deal must not reward Russian aggression.")


def test_a_cell_that_starts_like_a_formula_is_text_and_others_are_unchanged():
    assert [_cell(v) for v in ("=1+1", "+44 20", "-2", "@SUM(A1)", "Healey", 12, None)] == \
        ["'=1+1", "'+44 20", "'-2", "'@SUM(A1)", "Healey", 12, None]


def test_a_stored_title_and_source_that_start_like_formulas_export_as_text(tmp_path, pipeline):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "f1", "text": TEXT, "title": "=HYPERLINK(\"http://x.test\")",
                                  "source": "@SUM(A1)", "date": "2025-02-13"}) + "\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    assert ingest([str(corpus)], db, workers=1, pipeline=pipeline).stored == 1
    assert export(connect(db, create=False), "articles", "csv", tmp_path / "a.csv") == 1
    with open(tmp_path / "a.csv", newline="", encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert (row["title"], row["source"]) == ("'=HYPERLINK(\"http://x.test\")", "'@SUM(A1)")

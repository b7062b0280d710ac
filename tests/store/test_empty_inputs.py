"""``ingest`` of a batch with empty input files: each empty file is stored once as an E001 failure
of that file next to the stored articles, a resume adds no copy of it, and once the file holds a
record its E001 is gone (issue 17: no input stops a batch or a resume)."""
from __future__ import annotations

import json

import pytest

from dateline.store.ingest import count_records, ingest
from dateline.store.queries import failures, stats
from dateline.store.schema import connect

from tests.store.test_ingest_faults import ENGLISH, THIRD  # the fault suite's good articles


@pytest.fixture()
def folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "g1", "text": ENGLISH}) + "\n", encoding="utf-8")
    (folder / "b_empty.jsonl").write_bytes(b"")
    (folder / "c_header.csv").write_text("id,text\n", encoding="utf-8")
    (folder / "d_blank.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "e_blank.csv").write_text("\n\n", encoding="utf-8")
    (folder / "f.csv").write_text(f'id,text\ng2,"{THIRD}"\n', encoding="utf-8")
    return folder


EXPECTED = [("b_empty.jsonl", "E001", "the input is empty (0 bytes)"),
            ("c_header.csv", "E001", "the input is empty (only a header row)"),
            ("d_blank.txt", "E001", "the article is empty (no text after stripping white space)"),
            ("e_blank.csv", "E001", "the input is empty (only white space)")]


def test_empty_files_are_stored_once_as_e001_failures_next_to_the_articles(tmp_path, folder, pipeline):
    db = tmp_path / "s.sqlite"
    first = ingest([str(folder)], db, pipeline=pipeline, workers=1)
    assert (first.stored, first.failures, first.failures_known) == (2, 4, 0)
    con = connect(db, create=False)
    assert dict(con.execute("SELECT article_id, path FROM articles")) == {
        "g1": f"{folder}/a.jsonl#line=1", "g2": f"{folder}/f.csv#row=1"}
    expected = [(f"{folder}/{name}", code, reason) for name, code, reason in EXPECTED]
    assert [(f["path"], f["code"], f["reason"]) for f in failures(con)] == expected

    again = ingest([str(folder)], db, pipeline=pipeline, workers=1)  # a resume
    assert (again.stored, again.skipped, again.failures, again.failures_known) == (0, 2, 0, 4)
    assert [(f["path"], f["code"], f["reason"]) for f in failures(con)] == expected
    counts = stats(con)
    assert (counts["articles"], counts["failures"]) == (2, 4)


def test_the_e001_of_a_file_that_now_holds_a_record_is_cleared(tmp_path, folder, pipeline):
    db = tmp_path / "s.sqlite"
    ingest([str(folder)], db, pipeline=pipeline, workers=1)
    (folder / "b_empty.jsonl").write_text(json.dumps({"id": "g3", "text": THIRD + " The talks resume."}) + "\n",
                                          encoding="utf-8")
    (folder / "c_header.csv").write_text("id,text\nx,\n", encoding="utf-8")  # a record, without text
    later = ingest([str(folder)], db, pipeline=pipeline, workers=1)
    assert (later.stored, later.skipped, later.failures, later.failures_known) == (1, 2, 1, 2)
    con = connect(db, create=False)
    assert [(f["path"], f["code"]) for f in failures(con)] == [
        (f"{folder}/d_blank.txt", "E001"), (f"{folder}/e_blank.csv", "E001"), (f"{folder}/c_header.csv#row=1", "E006")]
    assert (stats(con)["articles"], stats(con)["failures"]) == (3, 3)


def test_the_progress_count_gives_an_empty_file_its_one_result(folder):
    assert count_records([str(folder)]) == 6  # 2 articles and 4 failures, one result each

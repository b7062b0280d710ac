"""A batch of bad inputs through ``ingest``: the good articles are stored, every fault is stored
once as a failure with its code, and a second run stores nothing twice (issue 17, item 3)."""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal

import pytest

from dateline.store.ingest import count_records, ingest
from dateline.store.queries import failures, stats
from dateline.store.schema import connect

ENGLISH = ("The defence secretary said on Thursday that Ukraine must have a seat at any peace talks, "
           "and that the allies would keep up their support for as long as it takes.")
SECOND = ("Officials in Paris said on Monday that France would send more aid to Ukraine before the winter, "
          "and the minister said that talks with Berlin would go on.")
THIRD = "Angela Merkel met Emmanuel Macron in Paris on Monday, officials said, and the talks went on until late."


@pytest.fixture()
def batch(tmp_path):
    """A folder of good and bad inputs, a name too long; returns (paths, expected failures)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text("\n".join([
        json.dumps({"id": "g1", "text": ENGLISH}), '{"id": "cut", "text": "never ends', '{"id": "n", "text": 5}',
        "[" * 2000, json.dumps({"id": "g2", "text": SECOND})]) + "\n", encoding="utf-8")
    (folder / "b.csv").write_text(f'id,text\ng3,"{THIRD}"\ng4,"never closed\n', encoding="utf-8")
    (folder / "c.txt").write_bytes(random.Random(5).randbytes(2048))
    (folder / "d.warc").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(folder / "e.jsonl")
    (folder / "f.txt").symlink_to(folder / "f.txt")
    with open(os.path.join(os.fsencode(folder), b"g\xff.txt"), "wb") as fh:
        fh.write(ENGLISH.encode() + b" The talks resume next week.")
    long_name = str(tmp_path / ("x" * 300 + ".txt"))
    expected = {(f"{folder}/a.jsonl#line=2", "E008"), (f"{folder}/a.jsonl#line=3", "E006"),
                (f"{folder}/a.jsonl#line=4", "E008"), (f"{folder}/b.csv#row=2", "E008"), (f"{folder}/c.txt", "E002"),
                (f"{folder}/d.warc", "E008"), (f"{folder}/e.jsonl", "E009"), (f"{folder}/f.txt", "E007"),
                (long_name, "E007")}
    return [str(folder), long_name], expected


def _blocked(signum, frame):
    raise TimeoutError("blocked on a FIFO")


@pytest.fixture()
def no_hang():
    """Fail a test that blocks on a FIFO instead of hanging (POSIX; so are FIFOs)."""
    previous = signal.signal(signal.SIGALRM, _blocked)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_batch_with_bad_inputs_stores_the_good_articles_and_each_failure_once(tmp_path, batch, pipeline, no_hang):
    paths, expected = batch
    db = tmp_path / "faults.sqlite"
    first = ingest(paths, db, pipeline=pipeline, workers=1)
    assert (first.stored, first.failures, first.write_errors) == (4, len(expected), 0)
    con = connect(db, create=False)
    stored = dict(con.execute("SELECT article_id, path FROM articles").fetchall())
    odd = hashlib.sha256((ENGLISH + " The talks resume next week.").encode()).hexdigest()[:16]
    folder = paths[0]
    assert stored == {"g1": f"{folder}/a.jsonl#line=1", "g2": f"{folder}/a.jsonl#line=5", "g3": f"{folder}/b.csv#row=1",
                      odd: f"{folder}/g\\xff.txt"}  # the name that is not UTF-8, escaped
    rows = failures(con)
    assert {(f["path"], f["code"]) for f in rows} == expected and len(rows) == len(expected)
    assert all(f["reason"].strip() for f in rows)

    again = ingest(paths, db, pipeline=pipeline, workers=1)
    assert (again.stored, again.skipped, again.failures, again.failures_known) == (0, 4, 0, len(expected))
    counts = stats(con)
    assert (counts["articles"], counts["failures"]) == (4, len(expected))
    assert con.execute("SELECT count(*) - count(DISTINCT hash || key) FROM articles").fetchone()[0] == 0


def test_counting_records_for_the_progress_bar_never_raises_or_blocks(batch, no_hang):
    # before: Path.is_dir() raised for a name too long, and a FIFO named .jsonl was opened to count its lines
    paths, _ = batch
    folder = paths[0]
    files = [paths[1], f"{folder}/e.jsonl", f"{folder}/f.txt", f"{folder}/a.jsonl", f"{folder}/b.csv"]
    assert count_records(files) == 1 + 1 + 1 + 5 + 2  # one each for what cannot be read; lines; CSV rows
    assert count_records(paths) is None  # a web archive's records are not counted

"""Kill ``dateline ingest`` with SIGKILL while it writes, start it again: every article is
stored exactly once and the counts equal those of an uninterrupted run."""
from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from dateline.store.ingest import ingest
from dateline.store.queries import stats
from dateline.store.schema import connect

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
#: Four batches of 16 (``ingest.BATCH``) for two workers: the first two come back together, so the
#: kill after the first stored batch lands while the next two are still being extracted (with two
#: batches only, both could be stored before the test saw either)
N = 64


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "dateline.cli.corpus_cmd", *args]


def _stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_then_resume_stores_everything_once(tmp_path, pipeline):
    with open(WIKINEWS, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:N]
    src = tmp_path / f"wn{N}.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    db = tmp_path / "killed.sqlite"
    # lending off: with two workers an article borrows from what was stored when its batch left,
    # which a kill moves; what is stored, and how often, is what this test checks
    proc = subprocess.Popen(_cli("ingest", str(src), "--db", str(db), "--workers", "2", "--no-lend"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its worker processes
        proc.wait()
    before = _stored(db)
    stderr = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
    assert proc.returncode == -signal.SIGKILL, f"ingest ended before the kill (rc {proc.returncode}): {stderr}"
    assert 3 <= before < N, f"the kill must come in the middle of the run ({before} of {N} stored)"

    again = subprocess.run(_cli("ingest", str(src), "--db", str(db), "--workers", "2", "--progress", "--no-lend"),
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{N - before} stored (0 near-duplicates), {before} already stored, 0 failed" in again.stderr, again.stderr
    assert " articles/s]" in again.stderr and f"{N}/{N} [" in again.stderr, again.stderr  # tqdm: count, elapsed<ETA, rate

    reference = tmp_path / "reference.sqlite"
    ingest([str(src)], reference, pipeline=pipeline, lend=False)
    resumed, expected = stats(connect(db, create=False)), stats(connect(reference, create=False))
    assert resumed == expected
    assert resumed["articles"] == N and resumed["failures"] == 0 and resumed["quotes"] > 100
    con = connect(db, create=False)
    assert con.execute("SELECT count(DISTINCT hash || key) FROM articles").fetchone()[0] == N
    per_article = "SELECT a.key, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article = a.id GROUP BY a.key"
    assert dict(con.execute(per_article).fetchall()) == dict(connect(reference).execute(per_article).fetchall())
    for table in ("quotes", "events", "actors", "mentions"):
        orphans = con.execute(f"SELECT count(*) FROM {table} WHERE article NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0

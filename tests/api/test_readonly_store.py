"""A store in a folder that cannot be written, and a store file that cannot be written, are served
and read (README, Limits and guarantees: the server is read-only and works without the search
index; issue 17).

A SQLite store in WAL mode is read through its ``-shm`` index, which a reader must be able to
create next to the file; ``mode=ro`` alone does not spare it that. So the checks run as a user
that the modes bind: this one, or, when the tests run as root (whom no mode stops), ``nobody``
through ``setpriv`` in a child process. Without ``setpriv`` a root run checks only that the
server's connection is the read-only one (``mode=ro`` refuses a write).
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import dateline

NOBODY = 65534
SRC = Path(dateline.__file__).resolve().parents[1]
FAILURE = ("in/empty.jsonl", "E001", "the input is empty (0 bytes)")
LISTS = ["/api/articles", "/api/quotes", "/api/events", "/api/actors"]

#: Run as the reader: the API through its test client, on the store named by argv[1].
PROBE = """
import json, os, sys
from fastapi.testclient import TestClient
from dateline.api import Settings, create_app

db = sys.argv[1]
out = {"can_write": [os.access(os.path.dirname(db), os.W_OK), os.access(db, os.W_OK)]}
with TestClient(create_app(Settings(db=db, find_spans=False)), base_url="http://127.0.0.1") as client:
    for url in ["/api/stats", "/api/articles", "/api/quotes", "/api/events", "/api/actors", "/"]:
        r = client.get(url)
        body = r.json() if url.startswith("/api") and r.status_code == 200 else r.text[:2000]
        out[url] = [r.status_code, body.get("total", body) if isinstance(body, dict) and url != "/api/stats" else body]
print(json.dumps(out))
"""


@functools.lru_cache(maxsize=1)
def _as_reader() -> list[str]:
    """The command prefix that runs a child as a user whom the file modes bind."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("the tests run as root, whom chmod does not stop, and setpriv (to run as another user) is missing; "
                    "test_the_servers_connection_is_the_read_only_one checks the mode=ro connection instead")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    tried = subprocess.run([*prefix, sys.executable, "-c", "import dateline.api, fastapi.testclient"], cwd="/",
                           env={**os.environ, "PYTHONPATH": str(SRC), "PYTHONDONTWRITEBYTECODE": "1"},
                           capture_output=True, text=True, timeout=120)
    if tried.returncode != 0:
        pytest.skip(f"the tests run as root, whom chmod does not stop, and user {NOBODY} cannot run this Python "
                    f"with dateline: {tried.stderr.strip()[-300:]}")
    return prefix


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(cwd)}
    return subprocess.run([*_as_reader(), sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture()
def writable_store(store_template, tmp_path) -> Path:
    """A copy of the five-article store with one stored failure, its WAL files gone (a closed store)."""
    db = tmp_path / "store.sqlite"
    shutil.copy(store_template, db)
    con = sqlite3.connect(db)
    con.execute("INSERT INTO failures(path, code, reason, time) VALUES (?, ?, ?, '2025-01-01T00:00:00Z')", FAILURE)
    con.commit()
    con.close()
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    return db


@pytest.fixture(params=["folder", "file"])
def readonly_store(request, writable_store):
    """The store copied into a folder of its own: ``folder``: the folder (mode 555) and the file
    (444) read-only; ``file``: only the file (444), in a folder the reader may write."""
    base = Path(tempfile.mkdtemp(prefix="dateline-ro-"))  # not under pytest's folder, which only root may enter
    folder = base / "store"
    folder.mkdir()
    db = folder / "news.sqlite"
    shutil.copy(writable_store, db)
    db.chmod(0o444)
    base.chmod(0o755)
    folder.chmod(0o555 if request.param == "folder" else (0o777 if os.geteuid() == 0 else 0o755))
    try:
        yield request.param, db
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def _expected(db: Path) -> dict:
    """What the API answers over a writable copy of the store without its index: stats, list totals."""
    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app

    with TestClient(create_app(Settings(db=db, build_index=False, find_spans=False)),
                    base_url="http://127.0.0.1") as client:
        return {"/api/stats": client.get("/api/stats").json(),
                **{url: client.get(url).json()["total"] for url in LISTS}}


def test_the_api_answers_on_a_read_only_store(readonly_store, writable_store):
    case, db = readonly_store
    expected = _expected(writable_store)
    assert expected["/api/stats"]["articles"] == 5 and expected["/api/stats"]["failures"] == 1
    assert expected["/api/articles"] == 5 and expected["/api/quotes"] > 20 and expected["/api/events"] > 5

    probe = _run(["-c", PROBE, str(db)], db.parent.parent)
    assert probe.returncode == 0, probe.stderr[-3000:]
    got = json.loads(probe.stdout.splitlines()[-1])
    # the modes bind the reader (else this test proves nothing): the folder as well, or the file only
    assert got["can_write"] == ([False, False] if case == "folder" else [True, False])
    assert got["/api/stats"] == [200, expected["/api/stats"]], case  # fts False: no index could be built
    for url in LISTS:
        assert got[url] == [200, expected[url]], (case, url)
    assert got["/"][0] == 200, got["/"]
    if case == "folder":
        assert os.listdir(db.parent) == ["news.sqlite"]


def test_stats_failures_export_and_query_print_their_figures_on_a_read_only_store(readonly_store, writable_store):
    from dateline.store.queries import stats

    case, db = readonly_store
    con = sqlite3.connect(f"file:{writable_store}?mode=ro", uri=True)
    counts = stats(con)
    con.close()
    cli = ["-m", "dateline.cli.main"]

    shown = _run([*cli, "stats", "--db", str(db)], db.parent.parent)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr, (case, shown.stderr[-3000:])
    assert shown.stdout.splitlines() == [f"{key:14} {value:>10,}" for key, value in counts.items()], case

    failed = _run([*cli, "failures", "--db", str(db)], db.parent.parent)
    assert failed.returncode == 0 and "Traceback" not in failed.stderr, (case, failed.stderr[-3000:])
    assert failed.stdout.splitlines() == ["E001: in/empty.jsonl: the input is empty (0 bytes)"], case

    exported = _run([*cli, "export", "--what", "articles", "--format", "jsonl", "--db", str(db)], db.parent.parent)
    assert exported.returncode == 0, (case, exported.stderr[-3000:])
    assert len(exported.stdout.splitlines()) == counts["articles"] == 5, case

    queried = _run([*cli, "query", "quotes", "--format", "json", "--limit", "1", "--db", str(db)], db.parent.parent)
    assert queried.returncode == 0, (case, queried.stderr[-3000:])
    assert json.loads(queried.stdout)["total"] == counts["quotes"], case


def test_the_servers_connection_is_the_read_only_one(writable_store):
    """What a root run can check without another user: every request's connection is opened with
    ``mode=ro`` and refuses to write, and nothing is written by a server without the index."""
    from dateline.api import Settings
    from dateline.api.db import Store

    before = writable_store.stat().st_mtime_ns
    store = Store(Settings(db=writable_store, build_index=False))
    con = store.connect()
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("DELETE FROM failures")
        assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    finally:
        con.close()
    assert writable_store.stat().st_mtime_ns == before
    assert stat.S_IMODE(writable_store.stat().st_mode) & 0o200  # the file itself could be written

"""p95 latency of filtered /api/events and /api/quotes requests, actor pages and the events
list (API and dashboard) on a store, the first article view after start, and the time and
server memory of downloading every event as CSV, JSON Lines and Parquet.

    .venv/bin/python benchmarks/api_latency.py --db news.sqlite [--requests 200] [--seed 0] [--starts 3]
    .venv/bin/python benchmarks/api_latency.py --db news.sqlite --requests 0 --starts 0 --download-rows 100000

Requests go through FastAPI's TestClient (in process: routing, validation, SQL, JSON; no
socket). Filters are drawn at random (seed ``--seed``) from values present in the store:
event types, actor countries, aux, 90-day windows around a random article's date; quote speakers (part of a frequent
name), countries, one word of a stored quote for ``q``, 90-day windows around a random article's date; every request also
asks for a random page (``limit`` 50, ``offset`` 0-200); actor pages (``/api/actors/{id}``,
``/actors/{id}``) of the 200 actors named in most articles and of random ones, with a word to
search their statements in a third of them; the events list (``/api/events`` and ``/events``)
by actor or recipient id or name, with a sort and a least confidence. The full-text index is built
before timing (the file must be writable once). Prints one JSON object: per endpoint
``n``, ``p50_ms``, ``p95_ms``, ``max_ms``; the store's counts; issue 7's target is p95 < 100 ms.

The pages of the ``--top-actors`` actors named in most articles (the slowest actor pages) are
also timed one by one: ``/api/actors/{id}`` (and ``offset=20``), ``/actors/{id}``, the events
list by ``party_id``, ``actor_id``, ``recipient_id`` with sorts, ``/events``; per page the median
of ``--top-repeats`` requests (``"most named actors"``, ``slowest_ms``). A bigger store to time:
``benchmarks/copy_store.py`` (a store copied N times).

"first article view after start": ``--starts`` fresh Python processes each import dateline,
create the app as ``dateline serve`` does (dashboard, spans found again for articles stored
before schema 3) and time their first request, ``GET /articles/{id}`` (the dashboard page) of
the article of median length, then ``GET /api/articles/{id}`` of the longest article under
100,000 characters; issue 16's target is under 200 ms for the first.

Downloads (``--download-rows N``, 0 to skip): a copy of the store whose events are doubled
(copies of the stored rows, new ids) until there are at least N, served by ``dateline serve``
in a process of its own (uvicorn, a real socket); each format of ``/api/events.{format}`` is
read to the end with a streaming client. Per format: ``rows``, ``bytes``,
``seconds``, ``rows_per_s``, the server's resident memory before the request and its peak
during it (sampled every 10 ms, MiB). Issue 16's target: 100,000 rows in under 5 s, memory flat.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta


def _values(db: str) -> dict:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    one = lambda sql: [r[0] for r in con.execute(sql) if r[0]]  # noqa: E731
    out = {
        "types": one("SELECT DISTINCT type FROM events"),
        "countries": one("SELECT country FROM actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 20"),
        "speakers": one("SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 50"),
        "words": [w for t in one("SELECT text FROM quotes ORDER BY random() LIMIT 300")
                  for w in re.findall(r"[A-Za-z]{6,}", t)][:500] or ["said"],
        "days": one("SELECT substr(published,1,10) FROM articles WHERE length(published) >= 10 ORDER BY id"),
        "top_actors": one("SELECT min(id) FROM actors GROUP BY name, country ORDER BY count(*) DESC LIMIT 200"),
        "actors": one("SELECT id FROM actors ORDER BY random() LIMIT 200"),
        "actor_names": one("SELECT name FROM actors WHERE kind = 'person' GROUP BY name ORDER BY count(*) DESC LIMIT 50"),
    }
    con.close()
    return out


def _window(rng: random.Random, days: list[str]) -> dict:
    """90 days around the publication day of a random article (a window where the store has
    articles, as a user's would be; windows drawn between the first and last dates fell
    mostly in the gaps of a corpus with a few bogus dates)."""
    middle = date.fromisoformat(rng.choice(days))
    start = middle - timedelta(days=rng.randint(0, 90))
    return {"date_from": start.isoformat(), "date_to": (start + timedelta(days=90)).isoformat()}


#: One fresh process: create the app, then time its first two article requests (milliseconds).
_FIRST_VIEW = """
import json, sys, time
from fastapi.testclient import TestClient
from dateline.api import Settings, create_app
db, median, longest = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with TestClient(create_app(Settings(db=db)), base_url="http://127.0.0.1") as client:
    out = {}
    for name, path in (("first_page_ms", f"/articles/{median}"), ("then_api_longest_ms", f"/api/articles/{longest}"),
                       ("second_page_ms", f"/articles/{median}")):
        t0 = time.perf_counter()
        r = client.get(path)
        out[name] = round((time.perf_counter() - t0) * 1000, 1)
        assert r.status_code == 200, (path, r.status_code)
print(json.dumps(out))
"""


def first_views(db: str, starts: int) -> dict:
    """The first article views of ``starts`` fresh processes (see the module docstring)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE chars <= 100000 ORDER BY chars, id")]
    con.close()
    median, longest = ids[len(ids) // 2], ids[-1]
    runs = []
    for _ in range(starts):
        done = subprocess.run([sys.executable, "-c", _FIRST_VIEW, db, str(median), str(longest)],
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    first = sorted(r["first_page_ms"] for r in runs)
    return {"article": median, "longest": longest, "runs": runs, "first_page_median_ms": first[len(first) // 2],
            "target_ms": 200}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--starts", type=int, default=3, help="fresh processes timing the first article view")
    ap.add_argument("--download-rows", type=int, default=0,
                    help="also time downloads of every event of a copy with at least this many events (0: none)")
    ap.add_argument("--top-actors", type=int, default=5,
                    help="also time the pages of this many actors named in most articles, one by one (0: none)")
    ap.add_argument("--top-repeats", type=int, default=5, help="requests per page of --top-actors (the median is kept)")
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.fts import ensure_search

    ensure_search(args.db)
    v = _values(args.db)
    rng = random.Random(args.seed)
    client = TestClient(create_app(Settings(db=args.db, find_spans=False, dashboard=True)), base_url="http://127.0.0.1")
    stats = client.get("/api/stats").json()

    def events() -> dict:
        p: dict = {"limit": 50, "offset": rng.choice([0, 0, 50, 200])}
        if rng.random() < 0.7 and v["types"]:
            p["type"] = rng.choice(v["types"])
        if rng.random() < 0.4 and v["countries"]:
            p["actor_country"] = rng.choice(v["countries"])
        if rng.random() < 0.3:
            p["aux"] = rng.choice(["none", "historical", "future", "negated"])
        if rng.random() < 0.5 and v["days"]:
            p.update(_window(rng, v["days"]))
        return p

    def quotes() -> dict:
        p: dict = {"limit": 50, "offset": rng.choice([0, 0, 50, 200])}
        r = rng.random()
        if r < 0.4:
            p["q"] = rng.choice(v["words"])
        elif r < 0.8 and v["speakers"]:
            p["speaker"] = rng.choice(v["speakers"]).split()[-1]
        if rng.random() < 0.3 and v["countries"]:
            p["country"] = rng.choice(v["countries"])
        if rng.random() < 0.4 and v["days"]:
            p.update(_window(rng, v["days"]))
        return p

    def actor() -> tuple[str, dict]:
        pool = v["top_actors"] if rng.random() < 0.5 else v["actors"]
        p: dict = {"offset": rng.choice([0, 0, 20])}
        if rng.random() < 0.3:
            p["q"] = rng.choice(v["words"])
        return f"/{rng.choice(pool)}", p

    def events_by_actor() -> dict:
        p: dict = {"limit": 50, "offset": rng.choice([0, 0, 50])}
        r = rng.random()
        if r < 0.4:
            p[rng.choice(["actor_id", "recipient_id", "party_id"])] = rng.choice(v["top_actors"])
        elif r < 0.7:
            p[rng.choice(["actor", "recipient"])] = rng.choice(v["actor_names"]).split()[-1]
        elif r < 0.85:
            p["actor"] = '"' + rng.choice(v["actor_names"]) + '"'
        if rng.random() < 0.6:
            p["sort"] = rng.choice(["date", "-date", "confidence", "-confidence"])
        if rng.random() < 0.3:
            p["confidence"] = 0.5
        if rng.random() < 0.3 and v["types"]:
            p["type"] = rng.choice(v["types"])
        return p

    result: dict = {"db": args.db, "articles": stats["articles"], "quotes": stats["quotes"], "events": stats["events"],
                    "requests": args.requests, "client": "fastapi.testclient (in process)", "target_p95_ms": 100}
    plain = lambda gen: lambda: ("", gen())  # noqa: E731
    for name, path, gen in (("/api/events", "/api/events", plain(events)), ("/api/quotes", "/api/quotes", plain(quotes)),
                            ("/api/actors/{id}", "/api/actors", actor), ("/actors/{id}", "/actors", actor),
                            ("/api/events (actor, sort)", "/api/events", plain(events_by_actor)),
                            ("/events (actor, sort)", "/events", plain(events_by_actor))):
        if not args.requests:
            break
        tail, params = gen()
        client.get(path + tail, params=params)  # warm up
        times = []
        for _ in range(args.requests):
            tail, params = gen()
            t0 = time.perf_counter()
            r = client.get(path + tail, params=params)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (path + tail, params, r.text[:300])
        times.sort()
        result[name] = {"n": len(times), "p50_ms": round(statistics.median(times), 2),
                        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "max_ms": round(times[-1], 2)}
    if args.top_actors:
        result["most named actors"] = top_actor_pages(client, args.db, args.top_actors, args.top_repeats)
    if args.starts:
        result["first article view after start"] = first_views(args.db, args.starts)
    if args.download_rows:
        result["downloads"] = downloads(args.db, args.download_rows)
    print(json.dumps(result, indent=1))


#: The pages of one actor timed by :func:`top_actor_pages` (path with ``{id}``, parameters).
TOP_PAGES = [
    ("/api/actors/{id}", {}),
    ("/actors/{id}", {}),
    ("/api/actors/{id}", {"offset": 20}),
    ("/api/events", {"party_id": "{id}"}),
    ("/api/events", {"party_id": "{id}", "sort": "-date"}),
    ("/api/events", {"actor_id": "{id}", "sort": "date", "offset": 50}),
    ("/api/events", {"recipient_id": "{id}", "sort": "-confidence"}),
    ("/events", {"actor_id": "{id}"}),
    ("/events", {"party_id": "{id}", "sort": "-date"}),
]


def top_actor_pages(client, db: str, top: int, repeats: int) -> dict:
    """The pages of the ``top`` actors named in most articles (the slowest actor pages: their
    months, counterparts, statements and events are the most), each page of
    :data:`TOP_PAGES` requested ``repeats`` times after one warm-up request: per actor its
    name, country, articles and per page the median milliseconds; ``slowest_ms``: the
    largest median over them all."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    actors = con.execute("SELECT min(id), name, country, count(DISTINCT article) AS n FROM actors"
                         " GROUP BY name, country ORDER BY n DESC, name LIMIT ?", (top,)).fetchall()
    con.close()
    out: dict = {"repeats": repeats, "actors": []}
    slowest = 0.0
    for actor_id, name, country, n in actors:
        pages = {}
        for path, params in TOP_PAGES:
            url = path.format(id=actor_id)
            query = {k: (v.format(id=actor_id) if isinstance(v, str) else v) for k, v in params.items()}
            client.get(url, params=query)
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                r = client.get(url, params=query)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, (url, query, r.text[:300])
            label = path.replace("{id}", "ID") + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
            pages[label.replace("{id}", "ID")] = round(statistics.median(times), 1)
        slowest = max(slowest, *pages.values())
        out["actors"].append({"id": actor_id, "name": name, "country": country, "articles": n, "median_ms": pages})
    out["slowest_ms"] = slowest
    return out


def _inflate(db: str, rows: int, out: str) -> int:
    """Copy ``db`` to ``out`` and double its events until there are at least ``rows``; the count."""
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    cols = [r[1] for r in dst.execute("PRAGMA table_info(events)") if r[1] != "id"]
    names = ", ".join(f'"{c}"' for c in cols)
    n = dst.execute("SELECT count(*) FROM events").fetchone()[0]
    while 0 < n < rows:
        dst.execute(f"INSERT INTO events ({names}) SELECT {names} FROM events")
        dst.commit()
        n = dst.execute("SELECT count(*) FROM events").fetchone()[0]
    dst.close()
    return n


def downloads(db: str, rows: int) -> dict:
    """Download every event of an inflated copy of ``db`` from a ``dateline serve`` process."""
    import os
    import socket
    import subprocess
    import sys
    import tempfile
    import threading

    import httpx
    import psutil

    tmp = tempfile.mkdtemp(prefix="dateline-bench-")
    store = os.path.join(tmp, "inflated.sqlite")
    events = _inflate(db, rows, store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "serve", "--db", store, "--port", str(port),
                               "--no-spans", "--log-level", "warning"], stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    out: dict = {"events": events, "server": "dateline serve (uvicorn, one process)", "target_s_100k": 5}
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/api/stats", timeout=60).raise_for_status()
                break
            except httpx.HTTPError:
                assert server.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        proc = psutil.Process(server.pid)
        for fmt in ("csv", "jsonl", "parquet"):
            before = proc.memory_info().rss
            peak = [before]
            done = threading.Event()

            def sample() -> None:
                while not done.is_set():
                    peak[0] = max(peak[0], proc.memory_info().rss)
                    time.sleep(0.01)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            size = lines = 0
            t0 = time.perf_counter()
            with httpx.stream("GET", f"{base}/api/events.{fmt}", timeout=600) as r:
                r.raise_for_status()
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    lines += chunk.count(b"\n")
            seconds = time.perf_counter() - t0
            done.set()
            sampler.join()
            assert fmt != "jsonl" or lines == events, (lines, events)  # CSV cells may hold line breaks
            out[fmt] = {"rows": events, "bytes": size, "seconds": round(seconds, 2), "rows_per_s": round(events / seconds),
                        "server_rss_before_mib": round(before / 2**20, 1), "server_rss_peak_mib": round(peak[0] / 2**20, 1)}
    finally:
        server.terminate()
        server.wait(30)
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
        os.rmdir(tmp)
    return out


if __name__ == "__main__":
    main()

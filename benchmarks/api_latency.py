"""p95 latency of filtered /api/events and /api/quotes requests on a store, and the first
article view after start.

    .venv/bin/python benchmarks/api_latency.py --db news.sqlite [--requests 200] [--seed 0] [--starts 3]

Requests go through FastAPI's TestClient (in process: routing, validation, SQL, JSON; no
socket). Filters are drawn at random (seed ``--seed``) from values present in the store:
event types, actor countries, aux, 90-day windows around a random article's date; quote speakers (part of a frequent
name), countries, one word of a stored quote for ``q``, 90-day windows around a random article's date; every request also
asks for a random page (``limit`` 50, ``offset`` 0-200). The full-text index is built
before timing (the file must be writable once). Prints one JSON object: per endpoint
``n``, ``p50_ms``, ``p95_ms``, ``max_ms``; the store's counts; issue 7's target is p95 < 100 ms.

"first article view after start": ``--starts`` fresh Python processes each import dateline,
create the app as ``dateline serve`` does (dashboard, spans found again for articles stored
before schema 3) and time their first request, ``GET /articles/{id}`` (the dashboard page) of
the article of median length, then ``GET /api/articles/{id}`` of the longest article under
100,000 characters; issue 16's target is under 200 ms for the first.
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
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from dateline.api import Settings, create_app
    from dateline.store.fts import ensure_search

    ensure_search(args.db)
    v = _values(args.db)
    rng = random.Random(args.seed)
    client = TestClient(create_app(Settings(db=args.db, find_spans=False, dashboard=False)), base_url="http://127.0.0.1")
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

    result: dict = {"db": args.db, "articles": stats["articles"], "quotes": stats["quotes"], "events": stats["events"],
                    "requests": args.requests, "client": "fastapi.testclient (in process)", "target_p95_ms": 100}
    for path, gen in (("/api/events", events), ("/api/quotes", quotes)):
        client.get(path, params=gen())  # warm up
        times = []
        for _ in range(args.requests):
            params = gen()
            t0 = time.perf_counter()
            r = client.get(path, params=params)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (path, params, r.text)
        times.sort()
        result[path] = {"n": len(times), "p50_ms": round(statistics.median(times), 2),
                        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "max_ms": round(times[-1], 2)}
    if args.starts:
        result["first article view after start"] = first_views(args.db, args.starts)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

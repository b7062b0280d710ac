#!/usr/bin/env python3
"""A bigger store for the latency benchmark: a store copied N times into one file.

    .venv/bin/python benchmarks/copy_store.py --db /tmp/wn.sqlite --out /tmp/wn128.sqlite --times 128
    .venv/bin/dateline index --db /tmp/wn128.sqlite

Every table's rows are copied ``--times - 1`` more times with ids shifted past the previous
copy (each table's largest id + 1 per copy) and every reference to an id shifted the same way
(articles, quotes, events, story events, actors, mentions, spans; ``story_events.key`` and
``articles.hash`` get a ``#k`` suffix to stay unique). Names, countries, dates and texts are
kept, so the same actors repeat in every copy: ``United States`` in 128 times its articles.
The search structures are left out (build them with ``dateline index``). Copy ``k`` of an
article keeps its publication date, so the months of a timeline are the original's.
"""
from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

#: Columns holding the id of a row of another table (or the same): ``{table: {column: table}}``.
REFS = {
    "articles": {"id": "articles", "dup_of": "articles"},
    "quotes": {"id": "quotes", "article": "articles"},
    "story_events": {"id": "story_events", "first_event": "events"},
    "events": {"id": "events", "article": "articles", "story": "story_events"},
    "actors": {"id": "actors", "article": "articles"},
    "mentions": {"id": "mentions", "article": "articles", "actor": "actors"},
    "duplicates": {"article": "articles", "first": "articles"},
    "signatures": {"article": "articles"},
    "article_dates": {"id": "article_dates", "article": "articles"},
    "article_places": {"id": "article_places", "article": "articles"},
    "article_amounts": {"id": "article_amounts", "article": "articles"},
}
#: Columns that must stay unique: a suffix per copy.
SUFFIXED = {("articles", "hash"), ("story_events", "key")}
#: Search structures built by ``dateline index`` (not copied).
SKIPPED = ("quotes_fts", "event_actors")


def copy(src: str, out: str, times: int) -> dict[str, int]:
    """Write ``times`` copies of the store ``src`` into a new store ``out``; row counts."""
    Path(out).unlink(missing_ok=True)
    s = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    d = sqlite3.connect(out)
    s.backup(d)
    s.close()
    names = [r[0] for r in d.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if any(n.startswith(SKIPPED) for n in names):
        raise SystemExit(f"{src} has search structures: copy a store before `dateline index`")
    tables = [n for n in REFS if n in names]  # not failures (one per input file)
    step = {t: d.execute(f'SELECT coalesce(max(id), 0) + 1 FROM "{t}"').fetchone()[0] for t in tables if "id" in REFS[t]}
    d.execute("ATTACH ? AS src", (src,))
    d.execute("PRAGMA journal_mode = OFF")
    d.execute("PRAGMA synchronous = OFF")
    for k in range(1, times):
        for t in tables:
            cols = [r[1] for r in d.execute(f'PRAGMA table_info("{t}")')]
            exprs = []
            for c in cols:
                ref = REFS[t].get(c)
                if ref:
                    exprs.append(f'"{c}" + {k * step[ref]}')
                elif (t, c) in SUFFIXED:
                    exprs.append(f"\"{c}\" || '#{k}'")
                elif (t, c) == ("story_events", "article_ids"):
                    exprs.append(f"(SELECT json_group_array(value + {k * step['articles']}) FROM json_each(article_ids))")
                else:
                    exprs.append(f'"{c}"')
            names_sql = ", ".join(f'"{c}"' for c in cols)
            d.execute(f'INSERT INTO main."{t}" ({names_sql}) SELECT {", ".join(exprs)} FROM src."{t}"')
        d.commit()
    counts = {t: d.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    d.execute("DETACH src")
    d.close()
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the store to copy (before `dateline index`)")
    ap.add_argument("--out", required=True, help="the new store (replaced)")
    ap.add_argument("--times", type=int, default=128)
    args = ap.parse_args()
    t0 = time.perf_counter()
    counts = copy(args.db, args.out, args.times)
    print({**counts, "seconds": round(time.perf_counter() - t0, 1)})


if __name__ == "__main__":
    main()

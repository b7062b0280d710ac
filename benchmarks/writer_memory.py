#!/usr/bin/env python3
"""How the store writer's memory grows with the store (issue 17, item 4): the resident set of
one process writing AllSides articles through :class:`~dateline.store.writer.StoreWriter`.

    .venv/bin/python benchmarks/writer_memory.py [--articles 4000] [--db /tmp/writer_memory.sqlite]

The writer is what the parent of ``dateline ingest`` runs for every article; extraction runs in
the workers, so each article here is written with an empty extraction (its row, signature and
near-duplicate lookup: the per-article state the writer could keep). Prints the resident set in
MiB after each 1,000 articles and the growth from 1,000 to the end, as JSON. The store is made
afresh (``--db`` is deleted first).
"""
from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from dateline.records import Article, Extraction
from dateline.store.writer import StoreWriter, signature

ALLSIDES = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "allsides" / "allsides_articles.jsonl.gz"


def rss_mb() -> float:
    """This process's resident set, MiB (Linux ``/proc/self/status``)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        kib = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    return round(kib / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--db", default="/tmp/writer_memory.sqlite")
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(args.db + suffix).unlink(missing_ok=True)
    writer = StoreWriter(args.db)
    seen: dict[int, float] = {}
    n = 0
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = record.get("content_original") or ""
            if not text.strip():
                continue
            article = Article(id=f"allsides:{n}", text=text, url=record.get("url"), path=f"allsides#line={n + 1}")
            writer.write(Extraction(article=article), signature(text))
            n += 1
            if n % 1000 == 0:
                seen[n] = rss_mb()
            if n >= args.articles:
                break
    writer.close()
    first = seen.get(1000)
    print(json.dumps({"rss_mb": seen, "growth_mb_from_1000": round(seen[max(seen)] - first, 1) if first else None}))


if __name__ == "__main__":
    main()

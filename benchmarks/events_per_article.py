#!/usr/bin/env python3
"""Events per article on a corpus, as issue 14 asks to report on Wikinews and AllSides.

    .venv/bin/python benchmarks/events_per_article.py [--limit N] PATH [PATH ...]

Reads the articles of PATH (any input ``dateline extract`` takes: CSV, JSONL, JSONL.gz, a
folder; :func:`dateline.ingest.readers.iter_articles`), the first ``--limit`` of them when given,
runs ``Pipeline().extract_many`` and prints one JSON line: articles extracted, failures, events,
events reported as real (neither ``hypothetical`` nor ``negated``) and both per article.

    .venv/bin/python benchmarks/events_per_article.py ../shared/corpora/wikinews
    .venv/bin/python benchmarks/events_per_article.py --limit 500 ../shared/corpora/allsides/allsides_articles.jsonl.gz
"""
from __future__ import annotations

import argparse
import itertools
import json

from dateline.ingest.readers import iter_articles
from dateline.pipeline import Pipeline
from dateline.records import Failure

UNREAL = {"hypothetical", "negated"}


def count(paths: list[str], limit: int | None = None) -> dict:
    """Counts of events over the first ``limit`` articles of ``paths`` (all when ``None``)."""
    articles = failures = events = real = 0
    for result in Pipeline().extract_many(itertools.islice(iter_articles(paths), limit)):
        if isinstance(result, Failure):
            failures += 1
            continue
        articles += 1
        events += len(result.events)
        real += sum(1 for e in result.events if not UNREAL & set(e.aux))
    per = max(articles, 1)
    return {"articles": articles, "failures": failures, "events": events, "real_events": real,
            "events_per_article": round(events / per, 2), "real_per_article": round(real / per, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="corpus files or folders")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    print(json.dumps(count(args.paths, args.limit)))


if __name__ == "__main__":
    main()

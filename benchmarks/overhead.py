#!/usr/bin/env python3
"""Time dateline's stages add to spaCy's own parse, as ratios measured in one process.

    .venv/bin/python benchmarks/overhead.py [--articles N] [--repeat R]

Reads the first N articles (default 100) of ../shared/corpora/wikinews/wikinews_2019.csv,
parses them once with ``nlp.pipe`` (the baseline, best of R runs), then runs each dateline
stage on the parsed documents (best of R runs) and prints one JSON line: ``articles``,
``words``, ``spacy_s`` and, per stage, its seconds and its ratio to the spaCy parse. Issue 3
asks ``quotes_ratio`` (attribution) under 0.15; issue 5 asks ``events_ratio`` under 0.25.
Ratios, not seconds, are the figures: the machines are shared and noisy.
"""
from __future__ import annotations

import argparse
import csv
import json
import time
from datetime import date
from pathlib import Path

from dateline.nlp.pipeline import load_nlp
from dateline.pipeline import ActorStage, ArticleState, EventStage, NormaliseStage, QuoteStage
from dateline.actors.kb import default_kb
from dateline.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _articles(n: int) -> list[Article]:
    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:n]
    return [Article(id=str(i), text=r["text"], published=r["date"][:10]) for i, r in enumerate(rows)]


def _best(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = load_nlp()
    articles = _articles(args.articles)
    texts = [a.text for a in articles]
    docs: list = []
    spacy_s = _best(lambda: docs.__setitem__(slice(None), list(nlp.pipe(texts))), args.repeat)
    stages = [("normalise", NormaliseStage()), ("actors", ActorStage(default_kb())), ("quotes", QuoteStage()),
              ("events", EventStage())]
    states = [ArticleState(article=a, published=date.fromisoformat(a.published), doc=d) for a, d in zip(articles, docs)]
    result = {"articles": len(articles), "words": sum(len(d) for d in docs), "spacy_s": round(spacy_s, 3)}
    for name, stage in stages:
        seconds = _best(lambda: [stage(s) for s in states], args.repeat)
        result[f"{name}_s"] = round(seconds, 3)
        result[f"{name}_ratio"] = round(seconds / spacy_s, 3)
    result["all_stages_ratio"] = round(sum(result[f"{n}_s"] for n, _ in stages) / spacy_s, 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

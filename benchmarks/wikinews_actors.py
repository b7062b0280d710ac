#!/usr/bin/env python3
"""How many person mentions get a country, on articles sampled from Wikinews (issue 4, item 6).

    .venv/bin/python benchmarks/wikinews_actors.py [--articles 50] [--seed 4] [--hand-check 50]

Samples ``--articles`` articles (fixed ``--seed``) from ../shared/corpora/wikinews/*.csv, runs
``Pipeline().extract_many`` with each article's own date as publication date, and prints a
Markdown table of person mentions (``Mention`` records of actors whose ``kind`` is ``person``)
that got a country, overall and by mention kind (name, title, pronoun), with how many came
from the knowledge base (the actor has a ``kb_id`` or is a ``people.csv`` person).

``--hand-check N`` then prints N person mentions drawn at random (same seed) with their
sentence and the resolved actor, country and sector, for a reader to judge right or wrong.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from pathlib import Path

from dateline.actors.kb import default_kb
from dateline.pipeline import Pipeline
from dateline.records import Article, Extraction

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KINDS = ("name", "title", "pronoun")


def sample_articles(n: int, seed: int) -> list[Article]:
    """``n`` articles drawn without replacement (seeded) from every Wikinews CSV, in file order."""
    rows: list[tuple[str, int, dict[str, str]]] = []
    for path in sorted((SHARED / "corpora" / "wikinews").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            rows += [(path.stem, i, r) for i, r in enumerate(csv.DictReader(fh)) if (r.get("text") or "").strip()]
    picked = random.Random(seed).sample(rows, n)
    return [Article(id=f"{stem}:{i}", text=r["text"], title=r.get("title") or None, url=r.get("url") or None,
                    published=(r.get("date") or "")[:10] or None) for stem, i, r in picked]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``, with the mention in [brackets]."""
    left = max(text.rfind("\n", 0, start), max((m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[:start])),
                                               default=0) - 1)
    nxt = re.search(r"[.!?][\"”’]?(\s|$)|\n", text[end:])
    right = end + (nxt.end() if nxt else len(text) - end)
    return " ".join((text[left + 1:start] + "[" + text[start:end] + "]" + text[end:right]).split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--hand-check", type=int, default=0, metavar="N")
    args = parser.parse_args()

    kb_names = set(default_kb().people)
    extractions = [x for x in Pipeline().extract_many(sample_articles(args.articles, args.seed))
                   if isinstance(x, Extraction)]
    total, with_country, from_kb = Counter(), Counter(), Counter()
    mentions = []
    for ex in extractions:
        for actor in ex.actors:
            if actor.kind != "person":
                continue
            known = actor.kb_id is not None or actor.name in kb_names
            for m in actor.mentions:
                for key in ("all", m.kind):
                    total[key] += 1
                    with_country[key] += actor.country is not None
                    from_kb[key] += known
                mentions.append((ex, actor, m))
    people = sum(a.kind == "person" for ex in extractions for a in ex.actors)
    print(f"{len(extractions)} articles extracted of {args.articles} sampled (seed {args.seed}); "
          f"{people} person actors, {total['all']} person mentions")
    print()
    print("| mention kind | person mentions | with a country | share | of them from the knowledge base |")
    print("|---|---|---|---|---|")
    for key in ("all", *KINDS, *sorted(k for k in total if k not in ("all", *KINDS))):
        if total[key]:
            print(f"| {key} | {total[key]} | {with_country[key]} | {with_country[key] / total[key]:.3f} "
                  f"| {from_kb[key]} |")
    if args.hand_check:
        print()
        print(f"## {args.hand_check} person mentions drawn at random (seed {args.seed})")
        for n, (ex, actor, m) in enumerate(random.Random(args.seed).sample(mentions, min(args.hand_check,
                                                                                           len(mentions))), 1):
            print(f"\n{n}. [{m.kind}] {m.text!r} -> {actor.name} | {actor.country or '-'} | {actor.sector or '-'}"
                  f" | {ex.article.id} {ex.article.published}")
            print(f"   {sentence_around(ex.article.text, m.start, m.end)}")


if __name__ == "__main__":
    main()

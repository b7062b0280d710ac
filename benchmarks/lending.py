#!/usr/bin/env python3
"""What corpus lending costs and gives at ingest (issue 15, items 4 and 7).

    .venv/bin/python benchmarks/lending.py [--limit N] [--repeat 2] PATH...

Ingests PATH (any input of ``dateline ingest``; the first ``--limit`` articles of it) into fresh
temporary stores with lending off and on, alternately, ``--repeat`` times each, with one
pipeline (the model loaded once), and prints a Markdown table: the best ingest time of each and
their ratio (lending on / off; the issue asks at most 1.05), person actors with a country,
persons lent one, quote speakers with a country, and events. Timings are only comparable within
one run on a quiet machine.
"""
from __future__ import annotations

import argparse
import gzip
import io
import itertools
import sqlite3
import tempfile
import time
from pathlib import Path

from dateline.pipeline import Pipeline
from dateline.store.ingest import ingest


def first_records(paths: list[str], limit: int | None, folder: Path) -> list[str]:
    """``paths`` as given, or (with ``limit``) one JSON Lines file of the first ``limit`` lines of
    the first path (a ``.jsonl`` or ``.jsonl.gz``)."""
    if limit is None:
        return paths
    src = Path(paths[0])
    opener = gzip.open if src.name.endswith(".gz") else open
    out = folder / "first.jsonl"
    with opener(src, "rt", encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice((ln for ln in fh if ln.strip()), limit))
    return [str(out)]


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    out = {"articles": one("SELECT COUNT(*) FROM articles"),
           "persons": one("SELECT COUNT(*) FROM actors WHERE kind = 'person'"),
           "persons with a country": one("SELECT COUNT(*) FROM actors WHERE kind = 'person' AND country IS NOT NULL"),
           "persons lent a country": one("SELECT COUNT(*) FROM actors WHERE lent_from IS NOT NULL"),
           "speakers with a country": one("SELECT COUNT(*) FROM quotes WHERE speaker_country IS NOT NULL"),
           "events": one("SELECT COUNT(*) FROM events")}
    con.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    pipeline = Pipeline(time_budget=None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = first_records(args.paths, args.limit, folder)
        best: dict[bool, float] = {}
        figures: dict[bool, dict[str, int]] = {}
        for n in range(args.repeat):
            for lend in (False, True):
                db = folder / f"{n}-{lend}.sqlite"
                t0 = time.perf_counter()
                ingest(paths, db, workers=1, pipeline=pipeline, lend=lend, time_budget=None)
                best[lend] = min(best.get(lend, float("inf")), time.perf_counter() - t0)
                figures[lend] = counts(db)
        out = io.StringIO()
        out.write("| | lending off | lending on |\n|---|---|---|\n")
        out.write(f"| ingest seconds (best of {args.repeat}) | {best[False]:.1f} | {best[True]:.1f} |\n")
        for key in figures[False]:
            out.write(f"| {key} | {figures[False][key]} | {figures[True][key]} |\n")
        out.write(f"\nratio (on / off): {best[True] / best[False]:.3f}\n")
        print(out.getvalue())


if __name__ == "__main__":
    main()

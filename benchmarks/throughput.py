#!/usr/bin/env python3
"""dateline's whole-corpus throughput against spaCy's own parse, same articles, same run.

    .venv/bin/python benchmarks/throughput.py [--articles N] [--workers W]

Takes the first N records (default 2000) of ../shared/corpora/allsides/allsides_articles.jsonl.gz
(written to a temporary JSON Lines file), then

(a) parses their texts with spaCy's ``nlp.pipe`` (the same model, ``n_process=W``,
    ``batch_size=16``), the texts already in memory;
(b) runs ``dateline ingest`` on the file into a fresh store with W worker processes: reading,
    checks, parsing, every dateline stage, near-duplicate search and the SQLite writes.

Prints one JSON line: ``articles`` (records read), ``words`` (white-space words of the texts
that passed the checks), ``spacy_articles_per_s``, ``dateline_articles_per_s``, ``ratio``
((b)/(a); issue 6 asks at least 0.7), ``peak_rss_mb`` (the largest resident set, MiB, of the
``dateline ingest`` process or any of its workers; (b) runs first, in a process of its own),
``parent_peak_rss_mb`` (the peak of the ``dateline ingest`` process itself, the one that reads
the input and writes the store) and ``workers_peak_rss_mb`` (the largest peak of its worker
processes, every worker it started, replaced ones included; 0 with ``--workers 1``, where the
parent extracts), and the details: seconds, workers, store size in bytes, duplicates and
failures found. W defaults to the number of CPUs.

The two peaks are the ingest process's own ``getrusage`` figures, written as it exits
(:data:`INGEST`): ``RUSAGE_SELF`` for the parent and ``RUSAGE_CHILDREN`` for its workers, which
the pool waits for, so neither is a sample that could miss a short peak.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ALLSIDES = SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz"


def _scale() -> int:
    """``ru_maxrss`` units in a MiB (Linux reports KiB, macOS bytes)."""
    return 1024 if sys.platform.startswith("linux") else 1024 * 1024


def _peak_mb() -> tuple[float, float]:
    """(this process, the largest finished child) peak RSS in MiB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / _scale(),
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / _scale())


#: ``dateline ingest`` (the CLI, arguments after ``-c``) that writes its own peak and its
#: workers' largest peak (``ru_maxrss``, in the platform's unit) as JSON to the file named by
#: ``$DATELINE_BENCH_PEAKS`` when it exits (forked workers end with ``os._exit``: only the parent writes).
INGEST = """
import atexit, json, os, resource, sys
parent = os.getpid()
def peaks():
    if os.getpid() == parent:
        with open(os.environ["DATELINE_BENCH_PEAKS"], "w") as fh:
            json.dump({"parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                       "workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, fh)
atexit.register(peaks)
sys.argv = ["dateline", "ingest", *sys.argv[1:]]
from dateline.cli.main import main
main()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    from dateline.ingest.readers import iter_articles
    from dateline.nlp.pipeline import load_nlp
    from dateline.records import Article
    from dateline.store.queries import stats
    from dateline.store.schema import connect

    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        corpus = Path(tmp) / "allsides.jsonl"
        with gzip.open(ALLSIDES, "rt", encoding="utf-8") as src, open(corpus, "w", encoding="utf-8") as out:
            out.writelines(islice(src, args.articles))
        texts = [a.text for a in iter_articles([str(corpus)]) if isinstance(a, Article)]
        words = sum(len(t.split()) for t in texts)

        # (b) first, in a process of its own: its peak memory is then that of dateline alone
        # (the parent holds every text for (a); RUSAGE_CHILDREN keeps the largest child so far)
        db, peaks_file = Path(tmp) / "bench.sqlite", Path(tmp) / "peaks.json"
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", INGEST, str(corpus), "--db", str(db),
                              "--workers", str(args.workers), "--no-progress"], capture_output=True, text=True,
                             env={**os.environ, "DATELINE_BENCH_PEAKS": str(peaks_file)})
        dateline_s = time.perf_counter() - t0
        if run.returncode != 0:
            raise SystemExit(f"dateline ingest failed: {run.stderr[-2000:]}")
        dateline_peak = _peak_mb()[1]
        peaks = {k: v / _scale() for k, v in json.loads(peaks_file.read_text()).items()}
        counts = stats(connect(db, create=False))
        size = db.stat().st_size

        nlp = load_nlp()
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=args.workers):
            pass
        spacy_s = time.perf_counter() - t0

    spacy_rate = len(texts) / spacy_s
    dateline_rate = args.articles / dateline_s
    print(json.dumps({
        "articles": args.articles,
        "words": words,
        "spacy_articles_per_s": round(spacy_rate, 2),
        "dateline_articles_per_s": round(dateline_rate, 2),
        "ratio": round(dateline_rate / spacy_rate, 3),
        "peak_rss_mb": round(dateline_peak, 1),  # dateline ingest and its workers (largest process)
        "parent_peak_rss_mb": round(peaks["parent"], 1),  # the ingest process, which writes the store
        "workers_peak_rss_mb": round(peaks["workers"], 1),  # its largest worker
        "workers": args.workers,
        "spacy_s": round(spacy_s, 2),
        "dateline_s": round(dateline_s, 2),
        "parsed_articles": len(texts),
        "stored": counts["articles"],
        "duplicates": counts["duplicates"],
        "failures": counts["failures"],
        "store_bytes": size,
    }))


if __name__ == "__main__":
    main()

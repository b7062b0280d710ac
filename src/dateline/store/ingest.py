"""Ingesting a corpus into the store: read, skip what is stored, extract (in worker
processes), write (in this process only).

Workers are a :class:`multiprocessing.pool.Pool` whose initializer builds one
:class:`~dateline.pipeline.Pipeline` per process (the spaCy model is loaded once per worker);
batches of articles go out in input order and come back in input order, so the first copy of
a near-duplicate group is the first one read, whatever the number of workers.
"""
from __future__ import annotations

import csv
import gzip
import io
import multiprocessing
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from ..budget import DEFAULT_SECONDS
from ..errors import Code, message
from ..ingest.readers import _kind, _walk, iter_articles
from ..records import Article, Extraction, Failure
from .schema import article_key
from .writer import StoreWriter, signature, text_hash

BATCH = 16
#: A worker process is replaced after this many batches (400 articles): spaCy's string store and
#: vocabulary grow with every new word, so a long-lived worker's memory would creep up with the
#: corpus. A new worker loads the model again (about 2 s, some 4% of a worker's time). A worker's
#: peak is otherwise set by the articles it parses (595-735 MiB per worker over 4,000 AllSides
#: articles), the largest parse being bounded by :func:`dateline.nlp.pieces.parse` to
#: ``PIECE_TOKENS`` tokens.
WORKER_BATCHES = 25

_PIPELINE = None


@dataclass
class IngestReport:
    """What one ingest run did (counts of articles and records; ``seconds`` wall time)."""

    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failures: int = 0
    failures_known: int = 0
    write_errors: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"stored": self.stored, "duplicates": self.duplicates, "skipped": self.skipped,
                "failures": self.failures + self.failures_known, "new_failures": self.failures,
                "write_errors": self.write_errors, "seconds": round(self.seconds, 3)}


def _init_worker(time_budget: float | None = DEFAULT_SECONDS, db: str | None = None) -> None:
    """Pool initializer: build this process's pipeline once (lending from the store at ``db``
    through the worker's own read-only connection, when given)."""
    global _PIPELINE
    from ..pipeline import Pipeline

    _PIPELINE = Pipeline(time_budget=time_budget, people=_people(db) if db else None)


def _people(db: str | Path):
    from .people_index import StorePeople

    return StorePeople(db)


def _extract_batch(batch: list[Article | Failure]) -> list[tuple[Extraction | Failure, bytes | None]]:
    """Worker task: extractions (or failures) of ``batch`` in order, each with its MinHash
    signature as bytes (``None`` for a failure)."""
    out = []
    for result in _PIPELINE.extract_many(batch, batch_size=BATCH):
        sig = signature(result.article.text).tobytes() if isinstance(result, Extraction) else None
        out.append((result, sig))
    return out


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last one shorter); ``itertools.batched`` of Python 3.12."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def count_records(paths: Sequence[str]) -> int | None:
    """A quick count of the records in ``paths`` (lines of JSON Lines, rows of CSV, one per
    text or HTML file, one for a record file without records: its E001) for the progress bar's ETA; ``None`` when unknown (standard input,
    ``.json``, web archives). Never raises and never opens what is not a regular file."""
    total = 0
    files: list[Path | Failure] = []
    for name in paths:
        if name == "-":
            return None
        p = Path(name)
        try:
            folder = p.is_dir()
        except (OSError, ValueError):  # a name too long: one failure of the reader (E007)
            folder = False
        files.extend(_walk(p) if folder else [p])
    for p in files:
        try:
            kind = _kind(p) if isinstance(p, Path) else None  # a Failure of the walk is one result
            if kind in ("text", "html") or kind is None or not p.is_file():  # a FIFO would block
                total += 1
            elif kind in ("json", "warc"):  # a warc was counted as CSV rows: 0 for a one-line header
                return None
            else:
                opener = gzip.open if p.name.lower().endswith(".gz") else open
                with opener(p, "rb") as raw:
                    if kind == "jsonl":
                        total += max(1, sum(1 for line in raw if line.strip()))
                    else:
                        text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
                        total += max(1, sum(1 for _ in csv.reader(text)) - 1)
        except Exception:  # noqa: BLE001 - a count is only a hint; the reader reports faults
            total += 1
    return total


def ingest(
    paths: Sequence[str],
    db: str | Path,
    *,
    workers: int = 1,
    published: str | None = None,
    max_chars: int = 1_000_000,
    progress: bool = False,
    pipeline=None,
    on_result: Callable[[str], None] | None = None,
    time_budget: float | None = DEFAULT_SECONDS,
    lend: bool = True,
) -> IngestReport:
    """Extract every article of ``paths`` into the store at ``db``; returns the counts.

    Articles whose ``(hash, key)`` is stored are skipped unread by the pipeline. Failures of
    reading or processing are stored (once per path and code). A write error for one
    article rolls that article back, is stored as an E011 failure and the run goes on; when
    storing that failure fails too, the error is raised.

    Args:
        paths: as for :func:`dateline.ingest.readers.iter_articles`.
        db: the SQLite file (created when absent).
        workers: processes extracting; 1 runs in this process.
        published: ISO 8601 date given to every article.
        max_chars: the longest article, in characters.
        progress: show a tqdm bar (rate, ETA) on standard error.
        pipeline: a ready :class:`~dateline.pipeline.Pipeline` for ``workers == 1``.
        time_budget: seconds one article may take after its parse (E014 beyond; ``None``:
            unbounded); for the pipeline built here or in each worker.
        lend: persons a story leaves without a country borrow what the stored stories of the
            period taught of the name (:mod:`dateline.actors.lending`; ``actors.lent_from``
            names the teacher). An article learns from those stored before it is read: in
            input order with one worker; with several, from those written when its batch left.

    Raises:
        sqlite3.Error: when the store cannot be written at all.
    """
    from tqdm import tqdm

    t0 = time.perf_counter()
    report = IngestReport()
    writer = StoreWriter(db)
    stored = writer.stored_keys()
    total = count_records(paths) if progress else None
    bar = tqdm(total=total, unit=" articles", file=sys.stderr, disable=not progress, dynamic_ncols=True,
               smoothing=0.1)

    stale: list[str] = []

    def clear_stale() -> None:
        while stale:
            writer.clear_failures(stale.pop())

    def fresh() -> Iterator[Article | Failure]:
        for item in iter_articles(paths, published=published, max_chars=max_chars):
            if isinstance(item, Article) and (text_hash(item.text), article_key(item)) in stored:
                stale.append(item.path)  # an earlier run's failure of this copy is stale (cleared below:
                report.skipped += 1      # this generator may run in the pool's feeder thread)
                bar.update(1)
                continue
            yield item

    pool = None
    people = None
    try:
        if workers <= 1:
            if pipeline is None:
                from ..pipeline import Pipeline

                pipeline = Pipeline(time_budget=time_budget)
            if lend:
                people = _people(db)
                pipeline.use_people(people)
            results: Iterable = ((r, None) for r in pipeline.extract_many(fresh(), batch_size=BATCH))
        else:
            # a worker that lends reads the store: forked from this process, which writes it in
            # another thread while the pool replaces workers, it could inherit SQLite's locks held
            # and wait forever; a fork server that never opened the store gives it clean ones
            linux = sys.platform.startswith("linux")
            ctx = multiprocessing.get_context(("forkserver" if lend else "fork") if linux else "spawn")
            if lend and linux:
                ctx.set_forkserver_preload(["dateline.pipeline"])  # imported once, in the server
            pool = ctx.Pool(workers, initializer=_init_worker, initargs=(time_budget, str(db) if lend else None),
                            maxtasksperchild=WORKER_BATCHES)
            batches = pool.imap(_extract_batch, batched(fresh(), BATCH))
            results = (pair for batch in batches for pair in batch)
        for result, sig in results:
            clear_stale()
            write_result(writer, result, None if sig is None else np.frombuffer(sig, dtype=np.uint64), report)
            bar.update(1)
            if on_result is not None:
                on_result(result.path if isinstance(result, Failure) else result.article.path)
        clear_stale()
        if pool is not None:
            pool.close()
            pool.join()
            pool = None
    finally:
        if pool is not None:
            pool.terminate()
        if people is not None:
            pipeline.use_people(None)
            people.close()
        bar.close()
        writer.close()
    report.seconds = time.perf_counter() - t0
    return report


def write_result(writer: StoreWriter, result: Extraction | Failure, sig: np.ndarray | None,
                 report: IngestReport) -> None:
    """Store one result with ``writer`` and count its outcome in ``report``.

    ``sig`` is the article's MinHash signature (computed from the text when ``None``). A write
    error rolls the article back and stores it as an E011 failure instead (counted in
    ``report.write_errors``, its reason in ``report.errors``).

    Raises:
        sqlite3.Error: when storing that failure fails too.
    """
    try:
        outcome = writer.write(result, sig)
    except Exception as exc:  # noqa: BLE001 - this article is rolled back; record it and go on
        report.write_errors += 1
        article = result.article
        reason = message(Code.PROCESSING, reason=f"store write failed: {type(exc).__name__}: {exc}")
        report.errors.append(f"{article.path}: {reason}")
        outcome = writer.write(Failure(article.path, Code.PROCESSING.value, reason, article.id))
    if outcome == "stored":
        report.stored += 1
    elif outcome == "duplicate":
        report.stored += 1
        report.duplicates += 1
    elif outcome == "skipped":
        report.skipped += 1
    elif outcome == "failure":
        report.failures += 1
    else:
        report.failures_known += 1

"""Loading the Dask engine's Parquet datasets into a store: ``dateline load DIR --db FILE``.

``DIR`` is the ``--out`` of ``dateline ingest --engine dask`` (:mod:`dateline.engines.dask_engine`):
``DIR/articles/month=*/part-<part>-<n>.parquet`` and ``DIR/failures/...``. They are read one
partition at a time, in input order (``part``, then ``seq``); each article's ``extraction``
JSON becomes an :class:`~dateline.records.Extraction` again (pydantic validates it against the
record dataclasses) and is written by :class:`~dateline.store.writer.StoreWriter`, as
``dateline ingest`` writes it: near-duplicate links, story events and failures are those a
local ingest of the same input stores, and loading again adds nothing (an article whose
``(hash, key)`` is stored is skipped, a failure is stored once per ``(path, code)``).
``DIR/events/`` is not read: the events are in each extraction.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from functools import cache
from pathlib import Path

from ..errors import ArgumentError, Code, message
from ..records import Article, Extraction, Failure
from .ingest import IngestReport, write_result
from .schema import article_key
from .writer import StoreWriter, text_hash

DATASETS = ("articles", "failures")
_PART = re.compile(r"part-(\d+)-\d+\.parquet$")


def _partitions(root: Path) -> list[tuple[int, list[Path]]]:
    """The Parquet files of ``root``'s datasets grouped by partition number, in order (files
    named otherwise come last, each a partition of its own)."""
    parts: dict[int, list[Path]] = defaultdict(list)
    others: list[Path] = []
    for name in DATASETS:
        for f in sorted((root / name).rglob("*.parquet")):
            m = _PART.search(f.name)
            (parts[int(m.group(1))] if m else others).append(f)
    last = max(parts, default=-1)
    return sorted(parts.items()) + [(last + 1 + n, [f]) for n, f in enumerate(others)]


def _rows(files: list[Path]) -> list[dict]:
    """The rows of one partition's files, in input order (``seq``; file order without it)."""
    import pyarrow.parquet as pq

    rows = []
    for f in files:
        rows.extend(pq.read_table(f, partitioning=None).to_pylist())
    return sorted(rows, key=lambda r: r.get("seq") if r.get("seq") is not None else -1)


@cache
def _adapter():
    from pydantic import TypeAdapter

    return TypeAdapter(Extraction)


def extraction_from_dict(data: dict) -> Extraction:
    """The :class:`Extraction` of one decoded ``extraction`` value of the articles dataset (the
    object of ``dateline extract --format json`` with the article's ``text``); fields unknown
    to the records are ignored, missing optional ones take their defaults.

    Raises:
        ValueError: when ``data`` is not such an object (pydantic's ``ValidationError`` is one).
    """
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict) or "text" not in data:
        raise ValueError("not an extraction object with 'article' and 'text'")
    article = {**data["article"], "text": data["text"], "warnings": data.get("warnings", [])}
    return _adapter().validate_python({**data, "article": article})


def _result(row: dict, stored: set[tuple[str, str]]) -> Extraction | Failure | None:
    """The result of one row (``None`` for an article already stored)."""
    if "extraction" not in row:
        return Failure(row["path"], row["code"], row["reason"], row.get("article_id"))
    try:
        data = json.loads(row["extraction"])
        article = Article(id=data["article"]["id"], text=data["text"], url=data["article"].get("url"))
        if (text_hash(article.text), article_key(article)) in stored:
            return None
        return extraction_from_dict(data)
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        reason = message(Code.MALFORMED, reason=f"extraction in the Parquet dataset: {type(err).__name__}: {err}")
        return Failure(row.get("path") or "", Code.MALFORMED.value, reason, row.get("article_id"))


def load_parquet(directory: str | Path, db: str | Path, *, progress: bool = False) -> IngestReport:
    """Write the Parquet datasets under ``directory`` into the store at ``db`` (created when
    absent); returns the counts, as :func:`dateline.store.ingest.ingest` does.

    Raises:
        ArgumentError: E010 when ``directory`` holds neither ``articles/`` nor ``failures/``.
        sqlite3.Error: when the store cannot be written at all.
    """
    from tqdm import tqdm

    root = Path(directory)
    if not any((root / name).is_dir() for name in DATASETS):
        raise ArgumentError(Code.BAD_ARGUMENT, reason=f"{directory} holds no Parquet dataset of "
                            "`dateline ingest --engine dask` (articles/, failures/)")
    t0 = time.perf_counter()
    report = IngestReport()
    writer = StoreWriter(db)
    bar = tqdm(unit=" articles", file=sys.stderr, disable=not progress, dynamic_ncols=True)
    try:
        stored = writer.stored_keys()
        for _, files in _partitions(root):
            for row in _rows(files):
                result = _result(row, stored)
                if result is None:
                    report.skipped += 1
                else:
                    write_result(writer, result, None, report)
                bar.update(1)
    finally:
        bar.close()
        writer.close()
    report.seconds = time.perf_counter() - t0
    return report

"""Rows written as bytes, a batch at a time: CSV, JSON Lines and Parquet.

Used by ``dateline export`` (:func:`dateline.store.queries.export`) and the API's downloads
(:mod:`dateline.api.downloads`): rows come from a cursor in batches of :data:`BATCH_ROWS`
(``fetchmany``), each batch becomes one chunk of bytes (CSV lines, JSON lines, or one Parquet
row group), so memory stays the same whatever the number of rows.

* CSV: a header row of the column names, then one row per record; ``None`` is an empty cell;
  a text cell that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return) gets a leading apostrophe (:func:`cell`, OWASP's advice on
  CSV injection). UTF-8, ``\\r\\n`` line ends (RFC 4180).
* JSON Lines: one JSON object per record (``{column: value}``, ``null`` for ``None``), UTF-8.
* Parquet: one row group per batch, typed columns (``string``, ``int64``, ``float64``).
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from typing import Iterable, Iterator, Sequence

#: Rows per batch (one chunk of the output; one Parquet row group).
BATCH_ROWS = 5000
FORMATS = ("csv", "jsonl", "parquet")
#: The HTTP media type of each format.
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "parquet": "application/vnd.apache.parquet"}

#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A CSV cell a spreadsheet shows as text: a string starting like a formula ("=1+1",
    "@SUM(...)") gets a leading apostrophe; numbers and other strings are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def batches(cursor: sqlite3.Cursor, size: int | None = None) -> Iterator[list[tuple]]:
    """The rows of an executed ``cursor``, ``size`` (default :data:`BATCH_ROWS`) at a time (tuples)."""
    size = size or BATCH_ROWS
    while True:
        chunk = cursor.fetchmany(size)
        if not chunk:
            return
        yield [tuple(r) for r in chunk]


def encode(names: Sequence[str], types: Sequence[str], chunks: Iterable[list[tuple]], fmt: str) -> Iterator[bytes]:
    """The bytes of ``chunks`` (lists of row tuples, in the order of ``names``) in ``fmt``, one
    piece per chunk (CSV's first piece also holds the header; Parquet's last one the footer).
    ``types`` are the Parquet column types (``string``, ``int64``, ``float64``).

    Raises:
        ValueError: ``fmt`` is not one of :data:`FORMATS`.
    """
    if fmt == "csv":
        return _csv(names, types, chunks)
    if fmt == "jsonl":
        return _jsonl(names, chunks)
    if fmt == "parquet":
        return _parquet(names, types, chunks)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def _csv(names: Sequence[str], types: Sequence[str], chunks: Iterable[list[tuple]]) -> Iterator[bytes]:
    text = [i for i, t in enumerate(types) if t == "string"]
    starts = frozenset(FORMULA_STARTS)

    def safe(row: tuple):  # :func:`cell` on the text columns, without a call per cell
        for i in text:
            v = row[i]
            if v and v.__class__ is str and v[0] in starts:
                row = list(row)
                row[i] = "'" + v
        return row

    buf = io.StringIO()
    w = csv.writer(buf)  # None is written as an empty cell
    w.writerow(names)
    for chunk in chunks:
        w.writerows(map(safe, chunk))
        yield buf.getvalue().encode("utf-8")
        buf.seek(0)
        buf.truncate()
    if buf.tell():  # no row: the header alone
        yield buf.getvalue().encode("utf-8")


def _jsonl(names: Sequence[str], chunks: Iterable[list[tuple]]) -> Iterator[bytes]:
    for chunk in chunks:
        yield "".join(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n" for r in chunk).encode("utf-8")


class _Pieces:
    """A write-only file for pyarrow that hands out what was written since the last call of
    :meth:`take` (the Parquet writer needs ``tell``; it never seeks)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self.parts.append(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def arrow_schema(names: Sequence[str], types: Sequence[str]):
    """The pyarrow schema of columns ``names`` of ``types``."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
    return pa.schema([(name, kinds[t]) for name, t in zip(names, types)])


def _parquet(names: Sequence[str], types: Sequence[str], chunks: Iterable[list[tuple]]) -> Iterator[bytes]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(names, types)
    sink = _Pieces()
    writer = pq.ParquetWriter(sink, schema)
    try:
        for chunk in chunks:
            cols = list(zip(*chunk))
            writer.write_table(pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, schema)],
                                                    schema=schema))
            piece = sink.take()
            if piece:
                yield piece
    finally:
        writer.close()
    yield sink.take()

"""CSV files with a header row, streamed one row at a time."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from dateline.errors import Code, InputError
from dateline.ingest.articles import Options, failure, from_record, no_record
from dateline.ingest.decoding import sniff_stream
from dateline.records import Article, Failure

__all__ = ["read_csv"]

_CSV_FIELD_LIMIT = 2**31 - 1  # the C long limit on every platform; E003 judges the size


def read_csv(stream: BinaryIO, label: str, options: Options) -> Iterator[Article | Failure]:
    """A CSV file with a header row, streamed. A row the csv module cannot parse (a stray quote)
    fails alone with E008 and its line, and reading goes on at the next line; an unclosed quote
    fails the row it opens, which runs to the end of the file.

    Yields:
        an :class:`Article` or :class:`Failure` per data row (``path`` ``label#row=N``, 1-based;
        :func:`from_record`); for a file without a data row (no byte, only white space, only a
        header row, which blank lines may follow) one E001 :class:`Failure` of ``label``
        (:func:`no_record`).

    Raises:
        InputError: E002/E004 from the sniff; UnicodeDecodeError, OSError, EOFError,
            zlib.error: a fault of the stream (the caller reports it for the file).
    """
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    encoding, notices = sniff_stream(stream)
    with io.TextIOWrapper(stream, encoding=encoding, newline="") as text:  # closes ``stream`` too
        rows = csv.DictReader(text, strict=True)  # an unclosed quote is an error, not the rest of the file as one field
        number, last_error = 0, -1
        while True:
            number += 1
            where = f"{label}#row={number}"
            try:
                row = next(rows)
            except StopIteration:
                if number == 1:  # no row at all, not even a faulty one
                    yield no_record(label, _without_rows(rows))
                return
            except csv.Error as err:
                if "unexpected end of data" in str(err):  # the reader is at the end of the last whole record
                    yield failure(where, InputError(Code.MALFORMED, reason=f"CSV record from line {rows.line_num + 1}:"
                                                                         " a quoted field is never closed"))
                    return
                # ``rows.line_num`` is the last line of the last good row; the reader's is the faulty line
                line = rows.reader.line_num
                yield failure(where, InputError(Code.MALFORMED, reason=f"CSV line {line}: {err}"))
                if line == last_error:  # the reader did not move on: stop rather than loop
                    return
                last_error = line
                continue
            yield from_record(row, where, notices, options)


def _without_rows(rows: csv.DictReader) -> str:
    """What a CSV file without data rows holds: ``"0 bytes"``, ``"only white space"`` or
    ``"only a header row"``."""
    if any(name.strip() for name in rows.fieldnames or ()):
        return "only a header row"
    return "only white space" if rows.line_num else "0 bytes"

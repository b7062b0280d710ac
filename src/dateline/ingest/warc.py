"""Reading web archives: the HTML responses of a WARC file (warcio), main text by trafilatura.

Each ``response`` record with an HTML content type is one article; its ``path`` is the file
with ``#record=N`` (N counts every record from 1), its ``url`` the ``WARC-Target-URI`` and,
unless the page states its own date or ``--published`` is given, its publication date the
``WARC-Date`` of the capture.

A truncated file (a download or copy cut short) is reported: warcio ends such an archive
quietly, handing out the last record with whatever bytes remain, so every record is read to
its end and checked against its ``Content-Length``, and the bytes after the last whole record
must be none. The records before the cut are articles; the cut record is not, and the file
gets one E007 Failure naming it (as a truncated ``.jsonl.gz`` does). When the cut falls in the
first lines of a record's headers, warcio fails to parse them and the Failure is E008 with
warcio's message. A cut that loses no record content (in the blank lines after the last record,
or in its gzip trailer) is not seen.
"""
from __future__ import annotations

import gzip
import os
import zlib
from typing import BinaryIO, Iterator

from ..errors import Code, InputError
from ..records import Article, Failure

_CHUNK = 1 << 16


def _missing(record) -> int:
    """Bytes of ``record``'s declared ``Content-Length`` that the file does not hold, after
    reading the record to its end (0 when whole or when no length is declared)."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return max(0, getattr(raw, "limit", 0))


def _has_length(record) -> bool:
    """Whether ``record`` states its length: a WARC record's ``Content-Length`` (which the
    standard requires) is a whole number; an ARC record's length is always parsed."""
    if record.format != "warc":
        return True
    value = (record.rec_headers.get_header("Content-Length") or "").strip()
    return value.isdigit()


def _left_over(stream: BinaryIO, end: int) -> int:
    """Bytes of ``stream`` after offset ``end`` (where warcio stopped reading records); 0 when
    the stream cannot tell its size."""
    try:
        return max(0, stream.seek(0, os.SEEK_END) - end)
    except (OSError, ValueError, AttributeError):
        return 0


def _empty_members(stream: BinaryIO, end: int) -> bool:
    """Whether the bytes of ``stream`` after ``end`` are whole gzip members holding nothing (an
    empty archive, compressed), not a record cut short."""
    try:
        stream.seek(end)
        return gzip.decompress(stream.read()).strip() == b""
    except (OSError, EOFError, ValueError, zlib.error):
        return False


def read_warc(stream: BinaryIO, label: str, options) -> Iterator[Article | Failure]:
    """Articles of the HTML responses in ``stream`` (a WARC, gzipped or not).

    Yields:
        :class:`Article` for each HTML response (``path`` is ``label#record=N``), or the
        :class:`Failure` of one that cannot be read as an article; a damaged archive ends with
        one Failure for ``label`` after the records before the damage: E001 when the archive
        holds no HTML response at all (0 bytes, only empty gzip members, only request or
        metadata records), E007 when the file is
        truncated (the cut record is not an article), E008 when warcio cannot parse it (or reads a text file's first line as an ARC header
        whose length is not a number).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .dates import iso_date
    from .readers import _document, _failure

    records = ArchiveIterator(stream)
    n = pages = 0
    while True:
        try:
            record = next(records, None)
        except ArchiveLoadFailed as err:
            yield _failure(label, InputError(Code.MALFORMED, reason=f"record {n + 1} of the archive: {err}"))
            return
        except Exception as err:  # noqa: BLE001 - warcio fails in many ways on headers cut short
            reason = f"record {n + 1} of the archive: its headers cannot be parsed ({type(err).__name__}: {err})"
            yield _failure(label, InputError(Code.MALFORMED, reason=reason))
            return
        if record is None:
            left = _left_over(stream, records.offset)
            if left and not _empty_members(stream, records.offset):
                reason = f"truncated: the last {left:,} bytes, after record {n}, are not a whole record"
                yield _failure(label, InputError(Code.UNREADABLE, path=label, reason=reason))
            elif not pages:
                why = f"{n:,} records, none an HTML response" if n else "no record"
                yield _failure(label, InputError(Code.EMPTY, what="the input", why=why))
            return
        n += 1
        if record.format == "arc" and not (record.rec_headers.get_header("length") or "").isdigit():
            # warcio reads any first line of five or more words as an ARC header: a text file, not an archive
            yield _failure(label, InputError(Code.MALFORMED, reason=f"record {n} of the archive: not a WARC or ARC "
                                                                    "record (its length is not a number)"))
            return
        html = (record.rec_type == "response" and record.http_headers is not None
                and "html" in (record.http_headers.get_header("Content-Type") or "").lower())
        body = record.content_stream().read() if html else None
        missing = _missing(record)
        if not _has_length(record) or missing:
            reason = (f"truncated: record {n} of the archive declares {record.length:,} bytes, {missing:,} are missing"
                      if missing else f"truncated: record {n} of the archive ends inside its headers (no Content-Length)")
            yield _failure(label, InputError(Code.UNREADABLE, path=label, reason=reason))
            return
        if body is None:
            continue
        pages += 1
        result = _document(body, "html", f"{label}#record={n}", options)
        if isinstance(result, Article):
            result.url = result.url or record.rec_headers.get_header("WARC-Target-URI")
            captured = record.rec_headers.get_header("WARC-Date")
            if result.published is None and captured:
                result.published = iso_date(captured)
        yield result

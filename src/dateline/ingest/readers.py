"""Read articles from files, directories and standard input, one :class:`Article` at a time.

Formats, chosen by the file name's ending (case-insensitive):

* ``.txt``: the whole file is one article (no title, no date).
* ``.html`` / ``.htm``: the main text as ``trafilatura.extract`` gives it; title, date, URL
  and site name from trafilatura's metadata.
* ``.json`` / ``.json.gz``: one record or a list of records; a file whose first line is a
  whole object and that has more lines is read as JSON Lines.
* ``.jsonl`` / ``.jsonl.gz``: one record a line.
* ``.csv`` / ``.csv.gz``: one record a row, with a header row.
* a directory: its files with those endings, recursively, sorted by path; hidden files and
  directories are skipped.
* ``-``: standard input; JSON or JSON Lines when it starts with ``{`` or ``[``, else text.

A record's fields are found by name, case-insensitively (the ``*_FIELDS`` constants; the
first non-blank one wins). Record files are decoded with the encoding found in their first
64 KiB (:func:`dateline.ingest.decoding.sniff_encoding`) and streamed, so a large JSON
Lines or CSV file is never held in memory; ``.json`` files are read whole.

This module chooses the reader of each path and reads ``.txt`` and ``.html`` documents and
standard input; the others live beside it: :mod:`~dateline.ingest.paths` (formats, folders),
:mod:`~dateline.ingest.json_reader`, :mod:`~dateline.ingest.csv_reader`,
:mod:`~dateline.ingest.warc`, and :mod:`~dateline.ingest.articles` (a record or text to an
:class:`Article`). Their names used elsewhere are importable from here too.
"""
from __future__ import annotations

import gzip
import io
import json
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import Code, InputError
from dateline.ingest.articles import (  # noqa: F401 - the field names are re-exported
    DATE_FIELDS,
    ID_FIELDS,
    SOURCE_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
)
from dateline.ingest.articles import Options as _Options
from dateline.ingest.articles import failure as _failure  # also used by dateline.ingest.warc
from dateline.ingest.articles import make_article as _article
from dateline.ingest.csv_reader import read_csv as _read_csv
from dateline.ingest.dates import FIRST_PUBLISHED, implausible_date, iso_date, published_option  # noqa: F401
from dateline.ingest.decoding import SAMPLE_BYTES, decode, sniff_encoding
from dateline.ingest.json_reader import MAX_JSON_DEPTH  # noqa: F401 - re-exported
from dateline.ingest.json_reader import read_json as _read_json
from dateline.ingest.json_reader import read_jsonl as _read_jsonl
from dateline.ingest.paths import SUFFIXES, display_path
from dateline.ingest.paths import kind_of as _kind  # also used by dateline.store.ingest
from dateline.ingest.paths import not_regular as _not_regular
from dateline.ingest.paths import walk as _walk  # also used by dateline.store.ingest
from dateline.records import Article, Failure

__all__ = ["iter_articles", "iso_date", "implausible_date", "published_option", "FIRST_PUBLISHED", "SUFFIXES",
           "TEXT_FIELDS"]  # the dates are defined in dateline.ingest.dates, the fields in dateline.ingest.articles

STDIN_LABEL = "<stdin>"
# A .txt or .html file over BYTES_PER_CHAR * max_chars bytes is refused unread: UTF-8 takes
# at most 4 bytes a character, so it cannot fit.
BYTES_PER_CHAR = 4


def iter_articles(
    paths: Sequence[str],
    *,
    published: str | None = None,
    max_chars: int = 1_000_000,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Yield the articles of ``paths`` in order, and a :class:`Failure` for each one skipped.

    Args:
        paths: files, directories, or ``-`` for standard input (formats in the module
            docstring).
        published: an ISO 8601 date (already validated) given to every article, over any
            date of the source.
        max_chars: the largest article, in characters (see :func:`check_article_text`).
        stdin: the binary stream read for ``-``; ``sys.stdin.buffer`` by default.

    Yields:
        :class:`Article` with ``id`` (the record's own id, else the first 16 hex digits of
        the SHA-256 of the UTF-8 text), ``path`` (the file, plus ``#row=N`` for CSV data
        rows, ``#line=N`` for JSON Lines, ``#item=N`` for items of a JSON list, all
        1-based), ``published`` (``published``, else the source's date as ``YYYY-MM-DD``,
        ``YYYY-MM`` or ``YYYY``; an unreadable date gives a W004 warning and ``None``, a date
        before :data:`FIRST_PUBLISHED` or after tomorrow a W005 warning and ``None``) and
        the warnings of decoding (W001). A :class:`Failure` (path, code, reason, record id)
        for every article or record that cannot be read: E001-E005 from
        :func:`decode` and :func:`check_article_text`, E001 also for a JSON, JSON Lines or
        CSV file (or a JSON stream) with no record at all (its ``path`` is the file's; the
        reason says what it holds: 0 bytes, only white space, only a header row, an empty
        list), E006 record without text, E007
        missing or unreadable path (the reason is the system's: no such file, a loop of
        symbolic links, a name too long) or corrupt gzip data (after the records read before
        the fault), E008 malformed JSON or CSV, E009 unsupported file type or a path that
        is not a regular file (a FIFO: read a stream as ``-``).

    Never raises for bad input; a bad record never stops the records after it.
    """
    options = _Options(published, max_chars)
    for name in paths:
        if name == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            continue
        path = Path(name)
        try:  # one stat: Path.is_dir() raises for a name too long or a folder that cannot be searched
            mode = path.stat().st_mode
        except (OSError, ValueError) as err:  # ValueError: a NUL character in the name
            shown = display_path(name)
            reason = (getattr(err, "strerror", None) or str(err)).lower()
            yield _failure(shown, InputError(Code.UNREADABLE, path=shown, reason=reason))
            continue
        if stat.S_ISDIR(mode):
            for file in _walk(path):
                if isinstance(file, Failure):
                    yield file
                else:
                    yield from _read_file(file, options)
        elif stat.S_ISREG(mode):
            yield from _read_file(path, options)
        else:  # a FIFO would block until some writer opens it; use ``-`` for a stream
            yield _not_regular(path)


def _read_file(path: Path, options: _Options) -> Iterator[Article | Failure]:
    """Everything in one file; errors of the file as a whole become one Failure."""
    label = display_path(path)
    kind = _kind(path)
    try:
        if kind is None:
            raise InputError(Code.UNSUPPORTED, suffix="".join(path.suffixes), expected=", ".join(SUFFIXES))
        if kind in ("text", "html"):
            _refuse_oversize(path.stat().st_size, options)
            yield _document(path.read_bytes(), kind, label, options)
            return
        # warcio reads gzipped archives itself, one gzip member per record
        opener = gzip.open if path.name.lower().endswith(".gz") and kind != "warc" else open
        with opener(path, "rb") as stream:
            yield from _READERS[kind](stream, label, options)
    except InputError as err:
        yield _failure(label, err)
    except UnicodeDecodeError:  # a record file's encoding failing after its first 64 KiB
        yield _failure(label, InputError(Code.UNDECODABLE))
    except (OSError, EOFError, zlib.error) as err:  # gzip.BadGzipFile is an OSError
        reason = getattr(err, "strerror", None) or str(err) or type(err).__name__
        yield _failure(label, InputError(Code.UNREADABLE, path=label, reason=reason))


def _read_stdin(stream: BinaryIO, options: _Options) -> Iterator[Article | Failure]:
    """Standard input: JSON / JSON Lines when it starts with ``{`` or ``[``, else one text."""
    try:
        head = stream.read(SAMPLE_BYTES)
        if _starts_json(head):
            yield from _read_json(io.BytesIO(head + stream.read()), STDIN_LABEL, options)
            return
        limit = BYTES_PER_CHAR * options.max_chars
        raw = head + stream.read(max(0, limit + 1 - len(head)))
        _refuse_oversize(len(raw), options)
        yield _document(raw, "text", STDIN_LABEL, options)
    except InputError as err:
        yield _failure(STDIN_LABEL, err)
    except OSError as err:
        yield _failure(STDIN_LABEL, InputError(Code.UNREADABLE, path=STDIN_LABEL, reason=str(err)))


def _starts_json(head: bytes) -> bool:
    """Whether the first bytes of standard input start with ``{`` or ``[`` once decoded (in
    UTF-16 with a byte-order mark too, which was read as text before)."""
    try:
        encoding = sniff_encoding(head)
    except InputError:  # binary or undecodable: the text reader reports it
        return False
    return head[:64].decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def _refuse_oversize(size: int, options: _Options) -> None:
    """E003 for a text of ``size`` bytes that cannot fit in ``max_chars`` characters (refused
    unread: the message gives the fewest characters so many bytes hold, and the bytes)."""
    if size > BYTES_PER_CHAR * options.max_chars:
        at_least = -(-size // BYTES_PER_CHAR)
        raise InputError(Code.TOO_LARGE, size=f"{size:,} bytes, so at least {at_least:,} characters", limit=options.max_chars)


def _document(raw: bytes, kind: str, label: str, options: _Options) -> Article | Failure:
    """One .txt or .html document."""
    try:
        text, notices = decode(raw)
        meta: dict[str, Any] = {}
        if kind == "html":
            text, meta = _extract_html(text)
        return _article(text, label, meta, notices, options)
    except InputError as err:
        return _failure(label, err)


def _extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """The main text of a web page and its metadata (``title``, ``date``, ``url``, ``source``)."""
    import trafilatura  # imported here: slow to import, and only HTML needs it

    extracted = trafilatura.extract(html, output_format="json", with_metadata=True)
    if not extracted:
        return "", {}
    doc = json.loads(extracted)
    meta = {
        "title": doc.get("title"),
        "date": doc.get("date"),
        "url": doc.get("source"),
        "source": doc.get("source-hostname") or doc.get("hostname"),
    }
    return doc.get("text") or "", meta


def _read_warc(stream: BinaryIO, label: str, options: _Options) -> Iterator[Article | Failure]:
    from .warc import read_warc  # imported here: warcio is needed only for web archives

    yield from read_warc(stream, label, options)


_READERS = {"json": _read_json, "jsonl": _read_jsonl, "csv": _read_csv, "warc": _read_warc}

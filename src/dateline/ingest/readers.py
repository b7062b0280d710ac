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
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import Code, InputError
from dateline.ingest.checks import check_article_text
from dateline.ingest.dates import FIRST_PUBLISHED, implausible_date, iso_date, publication_date, published_option
from dateline.ingest.decoding import (
    MIXED,
    SAMPLE_BYTES,
    decode,
    encoding_notices,
    normalise_newlines,
    sniff_encoding,
)
from dateline.records import Article, Failure, Notice

__all__ = ["iter_articles", "iso_date", "implausible_date", "published_option", "FIRST_PUBLISHED", "SUFFIXES",
           "TEXT_FIELDS"]  # the dates are defined in dateline.ingest.dates

SUFFIXES = {
    ".txt": "text", ".html": "html", ".htm": "html",
    ".json": "json", ".json.gz": "json", ".jsonl": "jsonl", ".jsonl.gz": "jsonl",
    ".csv": "csv", ".csv.gz": "csv", ".warc": "warc", ".warc.gz": "warc",
}
TEXT_FIELDS = ("text", "content", "content_original", "body", "article", "story", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline")

DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate", "date_publish")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "outlet", "publisher", "domain")
ID_FIELDS = ("id", "article_id", "doc_id")
STDIN_LABEL = "<stdin>"
# A .txt or .html file over BYTES_PER_CHAR * max_chars bytes is refused unread: UTF-8 takes
# at most 4 bytes a character, so it cannot fit.
BYTES_PER_CHAR = 4
_CSV_FIELD_LIMIT = 2**31 - 1  # the C long limit on every platform; E003 judges the size
#: Deepest nesting of JSON arrays and objects read (news records need a handful of levels).
MAX_JSON_DEPTH = 64
_JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class _Options:
    published: str | None
    max_chars: int


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
        :func:`decode` and :func:`check_article_text`, E006 record without text, E007
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


def _walk(root: Path) -> list[Path | Failure]:
    """The non-hidden files under ``root`` (and broken links), sorted: a file of an unsupported
    type is read as a failure (E009) that names it, never skipped in silence; so are a folder
    that cannot be listed (E007) and what is neither file nor folder (a FIFO, a socket: E009)."""
    found: list[Path | Failure] = []

    def unreadable(err: OSError) -> None:
        shown = display_path(err.filename or root)
        found.append(_failure(shown, InputError(Code.UNREADABLE, path=shown, reason=err.strerror or str(err))))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.is_file() or (path.is_symlink() and not path.exists()):
                found.append(path)
            else:
                found.append(_not_regular(path))
    return sorted(found, key=lambda item: str(item) if isinstance(item, Path) else item.path)


def _not_regular(path: Path) -> Failure:
    """E009 for what is neither file nor folder (a FIFO, a socket, a device)."""
    shown = display_path(path)
    return _failure(shown, InputError(Code.UNSUPPORTED, suffix="(not a regular file)", expected=", ".join(SUFFIXES)))


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((kind for suffix, kind in SUFFIXES.items() if name.endswith(suffix)), None)


def display_path(path: str | Path) -> str:
    """``path`` as text that can always be printed and written as UTF-8: a byte of the name that
    is not UTF-8 (Python holds it as a lone surrogate) is shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


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


def _loads(text: str, line: int | None = None) -> Any:
    """``json.loads`` for untrusted input: E008 for malformed JSON and for arrays and objects
    nested deeper than :data:`MAX_JSON_DEPTH` (counted before parsing, outside strings, so
    the parser's recursion never runs out: a record nested 1,000 deep stops only itself)."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_JSON_STRINGS.sub('""', text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_JSON_DEPTH:
        where = f"line {line}: " if line is not None else ""
        raise InputError(Code.MALFORMED, reason=f"{where}nested {deepest} levels deep (at most {MAX_JSON_DEPTH})")
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {line if line is not None else err.lineno} column {err.colno}"
        raise InputError(Code.MALFORMED, reason=f"{where}: {err.msg}") from None
    except ValueError as err:  # a number of more than 4,300 digits (Python's int conversion limit)
        where = f"line {line}: " if line is not None else ""
        raise InputError(Code.MALFORMED, reason=f"{where}{err}") from None
    except RecursionError:  # not reached with the bound above; kept as the last guard
        raise InputError(Code.MALFORMED, reason="nested too deep") from None


def _read_json(stream: BinaryIO, label: str, options: _Options) -> Iterator[Article | Failure]:
    """A JSON document: one record, a list of records, or JSON Lines (module docstring)."""
    text, notices = decode(stream.read())
    lines = text.split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("{") and first.endswith("}") and first != text.strip():
        yield from _json_lines(lines, label, notices, options)
        return
    data = _loads(text)
    if isinstance(data, list):
        for number, item in enumerate(data, 1):
            yield _record(item, f"{label}#item={number}", notices, options)
    else:
        yield _record(data, label, notices, options)


def _read_jsonl(stream: BinaryIO, label: str, options: _Options) -> Iterator[Article | Failure]:
    """A JSON Lines file, streamed."""
    encoding, notices = _sniff(stream)
    with io.TextIOWrapper(stream, encoding=encoding) as lines:  # closes ``stream`` too
        yield from _json_lines(lines, label, notices, options)


def _json_lines(
    lines: Iterable[str], label: str, notices: list[Notice], options: _Options
) -> Iterator[Article | Failure]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{label}#line={number}"
        try:
            record = _loads(line, number)
        except InputError as err:
            yield _failure(where, err)
            continue
        yield _record(record, where, notices, options)


def _read_csv(stream: BinaryIO, label: str, options: _Options) -> Iterator[Article | Failure]:
    """A CSV file with a header row, streamed. A row the csv module cannot parse (a stray quote)
    fails alone with E008 and its line, and reading goes on at the next line; an unclosed quote
    fails the row it opens, which runs to the end of the file."""
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    encoding, notices = _sniff(stream)
    with io.TextIOWrapper(stream, encoding=encoding, newline="") as text:  # closes ``stream`` too
        rows = csv.DictReader(text, strict=True)  # an unclosed quote is an error, not the rest of the file as one field
        number, last_error = 0, -1
        while True:
            number += 1
            where = f"{label}#row={number}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as err:
                if "unexpected end of data" in str(err):  # the reader is at the end of the last whole record
                    yield _failure(where, InputError(Code.MALFORMED, reason=f"CSV record from line {rows.line_num + 1}:"
                                                                          " a quoted field is never closed"))
                    return
                # ``rows.line_num`` is the last line of the last good row; the reader's is the faulty line
                line = rows.reader.line_num
                yield _failure(where, InputError(Code.MALFORMED, reason=f"CSV line {line}: {err}"))
                if line == last_error:  # the reader did not move on: stop rather than loop
                    return
                last_error = line
                continue
            yield _record(row, where, notices, options)


def _read_warc(stream: BinaryIO, label: str, options: _Options) -> Iterator[Article | Failure]:
    from .warc import read_warc  # imported here: warcio is needed only for web archives

    yield from read_warc(stream, label, options)


_READERS = {"json": _read_json, "jsonl": _read_jsonl, "csv": _read_csv, "warc": _read_warc}


def _sniff(stream: BinaryIO) -> tuple[str, list[Notice]]:
    """The encoding of a seekable stream from its first bytes; the stream is rewound.

    A UTF-8 stream is read with codec ``utf-8-cp1252`` (decoding rule 4), so a stray byte past
    the sample does not stop the file. Reads with ``read1`` and stops at a fault, so a truncated
    gzip file still yields the records before the fault (the fault itself is reported when the
    stream is read again).

    Raises:
        OSError, EOFError, zlib.error: a fault before the first byte (a gzip file cut inside its
            header): ``GzipFile.seek(0)`` at position 0 does nothing, and the stream would then
            read as empty.
    """
    head = b""
    try:
        while len(head) < SAMPLE_BYTES and (chunk := stream.read1(SAMPLE_BYTES - len(head))):
            head += chunk
    except (OSError, EOFError, zlib.error):
        if not head:
            raise
    stream.seek(0)
    encoding = sniff_encoding(head, records=True)
    # a stray Windows-1252 byte after the sample is read as such, not a fault for the rest of the file
    return (MIXED if encoding == "utf-8" else encoding), encoding_notices(encoding)


def _record(record: object, where: str, notices: list[Notice], options: _Options) -> Article | Failure:
    """One JSON object or CSV row as an Article, or the Failure that explains why not."""
    if not isinstance(record, Mapping):
        reason = f"expected an object, got {type(record).__name__}"
        return _failure(where, InputError(Code.MALFORMED, reason=reason))
    fields = {key.lower(): value for key, value in record.items() if isinstance(key, str)}
    own_id = _field(fields, ID_FIELDS)
    own_id = own_id.strip() if own_id else None
    text = _field(fields, TEXT_FIELDS, numbers=False)  # {"text": 5} is no article
    if text is None:
        return _failure(where, InputError(Code.NO_TEXT, fields=", ".join(TEXT_FIELDS)), own_id)
    meta = {
        "title": _field(fields, TITLE_FIELDS),
        "date": _field(fields, DATE_FIELDS),
        "url": _field(fields, URL_FIELDS),
        "source": _field(fields, SOURCE_FIELDS),
    }
    for value in (own_id, text, *meta.values()):
        bad = _SURROGATE.search(value or "")
        if bad:  # JSON's "\ud800" escape: no character, cannot be written as UTF-8
            reason = f"a lone surrogate \\u{ord(bad.group()):04x} at character {bad.start()}"
            return _failure(where, InputError(Code.MALFORMED, reason=reason), None)
    try:
        return _article(normalise_newlines(text), where, meta, notices, options, own_id)
    except InputError as err:
        return _failure(where, err, own_id)


def _field(fields: Mapping[str, Any], names: Sequence[str], *, numbers: bool = True) -> str | None:
    """The first non-blank string among ``names`` (with ``numbers``, finite numbers as text too:
    JSON's ``NaN`` and ``Infinity``, which Python's reader accepts, are no value), else ``None``;
    lists, objects, booleans and ``null`` are no value."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, float) and not math.isfinite(value):
            continue
        if numbers and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _article(
    text: str,
    where: str,
    meta: Mapping[str, Any],
    notices: list[Notice],
    options: _Options,
    own_id: str | None = None,
) -> Article:
    """Check ``text`` and build its Article (raises the InputError of the check)."""
    check_article_text(text, max_chars=options.max_chars)
    published, date_notices = publication_date(meta.get("date"), options.published)
    return Article(
        id=own_id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        text=text,
        path=where,
        title=_clean(meta.get("title")),
        published=published,
        url=_clean(meta.get("url")),
        source=_clean(meta.get("source")),
        warnings=[*notices, *date_notices],
    )


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _failure(where: str, err: InputError, article_id: str | None = None) -> Failure:
    return Failure(path=where, code=err.code.value, reason=err.reason, article_id=article_id)

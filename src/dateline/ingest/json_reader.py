"""JSON and JSON Lines: ``.json`` files (one record, a list of records, or JSON Lines in a
``.json`` name) read whole, ``.jsonl`` files streamed one line at a time.

Input is untrusted: malformed JSON, nesting deeper than :data:`MAX_JSON_DEPTH` and numbers past
Python's conversion limit fail their record (E008) and the next line is read.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from dateline.errors import Code, InputError
from dateline.ingest.articles import Options, failure, from_record, no_record
from dateline.ingest.decoding import decode, sniff_stream
from dateline.records import Article, Failure, Notice

__all__ = ["MAX_JSON_DEPTH", "loads", "read_json", "read_jsonl", "json_lines"]

#: Deepest nesting of JSON arrays and objects read (news records need a handful of levels).
MAX_JSON_DEPTH = 64
_JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def loads(text: str, line: int | None = None) -> Any:
    """``json.loads`` for untrusted input: E008 for malformed JSON and for arrays and objects
    nested deeper than :data:`MAX_JSON_DEPTH` (counted before parsing, outside strings, so
    the parser's recursion never runs out: a record nested 1,000 deep stops only itself).

    Raises:
        InputError: E008, its reason naming ``line`` (else the parser's line) and the fault.
    """
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


def read_json(stream: BinaryIO, label: str, options: Options) -> Iterator[Article | Failure]:
    """A JSON document: one record, a list of records (``path`` ``label#item=N``), or JSON Lines
    when its first line is a whole object and more lines follow.

    Yields:
        an :class:`Article` or :class:`Failure` per record (:func:`from_record`); for a document
        with no record (no byte, only white space, an empty list) one E001 :class:`Failure` of
        ``label`` (:func:`no_record`).

    Raises:
        InputError: E002/E004 from :func:`decode`; E008 for a document that is no JSON.
    """
    raw = stream.read()
    text, notices = decode(raw)
    if not text.strip():
        yield no_record(label, "only white space" if raw else "0 bytes")
        return
    lines = text.split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("{") and first.endswith("}") and first != text.strip():
        yield from json_lines(lines, label, notices, options)
        return
    data = loads(text)
    if data == []:
        yield no_record(label, "an empty JSON list")
    elif isinstance(data, list):
        for number, item in enumerate(data, 1):
            yield from_record(item, f"{label}#item={number}", notices, options)
    else:
        yield from_record(data, label, notices, options)


def read_jsonl(stream: BinaryIO, label: str, options: Options) -> Iterator[Article | Failure]:
    """A JSON Lines file, streamed (encoding from its first bytes: :func:`sniff_stream`).

    Yields:
        what :func:`json_lines` yields (an E001 :class:`Failure` of ``label`` for a file without
        a record).

    Raises:
        InputError: E002/E004 from the sniff; UnicodeDecodeError, OSError, EOFError,
            zlib.error: a fault of the stream (the caller reports it for the file).
    """
    encoding, notices = sniff_stream(stream)
    with io.TextIOWrapper(stream, encoding=encoding) as lines:  # closes ``stream`` too
        yield from json_lines(lines, label, notices, options)


def json_lines(
    lines: Iterable[str], label: str, notices: list[Notice], options: Options
) -> Iterator[Article | Failure]:
    """One :class:`Article` or :class:`Failure` per non-blank line (``path`` ``label#line=N``,
    1-based); a malformed line is an E008 failure and the next line is read. Without a non-blank
    line, one E001 failure of ``label`` (:func:`no_record`: 0 bytes, or only white space)."""
    number = 0
    found = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        found = True
        where = f"{label}#line={number}"
        try:
            record = loads(line, number)
        except InputError as err:
            yield failure(where, err)
            continue
        yield from_record(record, where, notices, options)
    if not found:
        yield no_record(label, "only white space" if number else "0 bytes")

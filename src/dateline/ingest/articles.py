"""The step shared by every reader: a record (a JSON object, a CSV row) or a decoded text to one
:class:`~dateline.records.Article`, or to the :class:`~dateline.records.Failure` that says why not.

A record's fields are found by name, case-insensitively (the ``*_FIELDS`` constants; the first
non-blank one wins).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.errors import Code, InputError
from dateline.ingest.checks import check_article_text
from dateline.ingest.dates import publication_date
from dateline.ingest.decoding import normalise_newlines
from dateline.records import Article, Failure, Notice

__all__ = ["Options", "TEXT_FIELDS", "TITLE_FIELDS", "DATE_FIELDS", "URL_FIELDS", "SOURCE_FIELDS", "ID_FIELDS",
           "from_record", "make_article", "first_field", "failure", "no_record"]

TEXT_FIELDS = ("text", "content", "content_original", "body", "article", "story", "full_text", "maintext")
TITLE_FIELDS = ("title", "headline")

DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate", "date_publish")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "outlet", "publisher", "domain")
ID_FIELDS = ("id", "article_id", "doc_id")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Options:
    """What every reader is given: ``published`` (an ISO 8601 date, already validated, over
    the source's own) and ``max_chars`` (the largest article, in characters)."""

    published: str | None
    max_chars: int


def from_record(record: object, where: str, notices: list[Notice], options: Options) -> Article | Failure:
    """One JSON object or CSV row as an Article, or the Failure that explains why not.

    Returns:
        :class:`Article` (see :func:`make_article`; ``id`` is the record's own when it has one),
        or a :class:`Failure` at ``where``: E008 for what is no object or holds a lone
        surrogate, E006 for a record without text, E001/E003/E005 from the text's checks.
    """
    if not isinstance(record, Mapping):
        reason = f"expected an object, got {type(record).__name__}"
        return failure(where, InputError(Code.MALFORMED, reason=reason))
    fields = {key.lower(): value for key, value in record.items() if isinstance(key, str)}
    own_id = first_field(fields, ID_FIELDS)
    own_id = own_id.strip() if own_id else None
    text = first_field(fields, TEXT_FIELDS, numbers=False)  # {"text": 5} is no article
    if text is None:
        return failure(where, InputError(Code.NO_TEXT, fields=", ".join(TEXT_FIELDS)), own_id)
    meta = {
        "title": first_field(fields, TITLE_FIELDS),
        "date": first_field(fields, DATE_FIELDS),
        "url": first_field(fields, URL_FIELDS),
        "source": first_field(fields, SOURCE_FIELDS),
    }
    for value in (own_id, text, *meta.values()):
        bad = _SURROGATE.search(value or "")
        if bad:  # JSON's "\ud800" escape: no character, cannot be written as UTF-8
            reason = f"a lone surrogate \\u{ord(bad.group()):04x} at character {bad.start()}"
            return failure(where, InputError(Code.MALFORMED, reason=reason), None)
    try:
        return make_article(normalise_newlines(text), where, meta, notices, options, own_id)
    except InputError as err:
        return failure(where, err, own_id)


def first_field(fields: Mapping[str, Any], names: Sequence[str], *, numbers: bool = True) -> str | None:
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


def make_article(
    text: str,
    where: str,
    meta: Mapping[str, Any],
    notices: list[Notice],
    options: Options,
    own_id: str | None = None,
) -> Article:
    """Check ``text`` and build its Article.

    Returns:
        :class:`Article` with ``id`` (``own_id``, else the first 16 hex digits of the SHA-256
        of the UTF-8 text), ``path`` ``where``, ``title``/``url``/``source`` from ``meta``
        (stripped; blank is ``None``), ``published`` (``options.published``, else ``meta``'s
        date, see :func:`dateline.ingest.dates.publication_date`) and ``notices`` followed by
        the date's warnings.

    Raises:
        InputError: E001 empty, E003 too large, E005 not English
            (:func:`dateline.ingest.checks.check_article_text`).
    """
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


def failure(where: str, err: InputError, article_id: str | None = None) -> Failure:
    """``err`` as the :class:`Failure` of ``where`` (its code's value and its reason)."""
    return Failure(path=where, code=err.code.value, reason=err.reason, article_id=article_id)


def no_record(where: str, why: str) -> Failure:
    """The E001 failure of a record file (or stream) ``where`` that holds no record at all, so
    that it is never skipped in silence; ``why`` says what it holds instead (``"0 bytes"``,
    ``"only white space"``, ``"only a header row"``, ``"an empty JSON list"``)."""
    return failure(where, InputError(Code.EMPTY, what="the input", why=why))

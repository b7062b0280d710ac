"""Publication dates of articles: the source's date read as ISO 8601, implausible dates refused,
and the ``--published`` option checked."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from dateutil import parser as date_parser

from dateline.errors import ArgumentError, Code, message
from dateline.records import Notice

__all__ = ["FIRST_PUBLISHED", "implausible_date", "iso_date", "publication_date", "published_option"]

#: Publication dates before this year, or after tomorrow (UTC), are scraping errors (the
#: AllSides corpus has articles dated 0001-11-30 and 2050-09-30): W005 and no date.
FIRST_PUBLISHED = "1900"


def publication_date(value: str | None, published: str | None = None) -> tuple[str | None, list[Notice]]:
    """An article's publication date and its warnings: ``published`` (the ``--published`` option,
    already validated) when given, else the source's date ``value`` as ISO 8601
    (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``); an unreadable date gives ``None`` and a W004
    notice, a date before :data:`FIRST_PUBLISHED` or after tomorrow ``None`` and a W005 notice."""
    if published:
        return published, []
    if not value or not value.strip():
        return None, []
    iso = iso_date(value)
    if iso is None:
        return None, [Notice(code=Code.BAD_DATE.value, reason=message(Code.BAD_DATE, value=value))]
    reason = implausible_date(iso, value)
    if reason is not None:
        return None, [Notice(code=Code.IMPLAUSIBLE_DATE.value, reason=reason)]
    return iso, []


def implausible_date(iso: str, value: str | None = None) -> str | None:
    """The W005 message when the ISO 8601 date ``iso`` (``YYYY[-MM[-DD]]``) is before
    :data:`FIRST_PUBLISHED` or after tomorrow (UTC), else ``None``; ``value`` is the text to
    quote in the message (``iso`` by default)."""
    last = (datetime.now(timezone.utc).date() + timedelta(days=1)).isoformat()
    if iso[:4] < FIRST_PUBLISHED or iso > last:
        return message(Code.IMPLAUSIBLE_DATE, value=value or iso, first=FIRST_PUBLISHED, last=last)
    return None


def published_option(value: str) -> str:
    """The ``--published`` value of the command line as ``YYYY-MM-DD``.

    Raises:
        ArgumentError: E010 when ``value`` is not an ISO 8601 day, or is a day
            :func:`implausible_date` refuses.
    """
    try:
        iso = date.fromisoformat(value).isoformat()
    except ValueError:
        raise ArgumentError(Code.BAD_ARGUMENT,
                            reason=f"--published {value!r} is not an ISO 8601 date (YYYY-MM-DD)") from None
    reason = implausible_date(iso)
    if reason is not None:
        raise ArgumentError(Code.BAD_ARGUMENT, reason=f"--published: {reason.removesuffix('; ignored')}")
    return iso


def iso_date(value: str) -> str | None:
    """``value`` (any form dateutil reads) as ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when
    it names no day / month; ``None`` when it is not a date or names no year.

    The precision is found by parsing twice with different defaults: a field that changes
    with the default was not in ``value``. Ambiguous numeric dates read month first
    (``04/01/2019`` is 2019-04-01), dateutil's default.
    """
    try:
        one = date_parser.parse(value, default=datetime(2000, 1, 1))
        two = date_parser.parse(value, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if one.year != two.year:
        return None
    if one.month != two.month:
        return f"{one.year:04d}"
    if one.day != two.day:
        return f"{one.year:04d}-{one.month:02d}"
    return one.date().isoformat()

"""The dashboard's event filters, read from a page's query string (form fields arrive as text;
an empty field is no filter), and the links that open the matching ``/events`` list from a
timeline bar, a network node or edge, or a map circle.

Every bad value raises :class:`~dateline.api.service.FilterError` (the page answers 400).
"""
from __future__ import annotations

import calendar
from urllib.parse import urlencode

from fastapi import Request

from ..api import service
from ..api.event_query import PRECISIONS, SORTS, EventQuery

#: The query parameters of the event filters (all pages that draw events share them).
FILTERS = ("type", "mode", "aux", "actor_country", "recipient_country", "date_from", "date_to", "actor", "recipient",
           "party", "actor_id", "recipient_id", "party_id", "country", "place", "precision", "confidence")


def _views():
    from . import views  # the parsing helpers (views imports this module inside mount())

    return views


def _id(request: Request, name: str) -> int | None:
    value = _views()._text(request, name, max_len=19)
    if value is None:
        return None
    if not value.isdigit() or int(value) < 1:
        raise service.FilterError(f"{name} {value!r} is not an actor id (a whole number from 1)")
    return int(value)


def event_query(request: Request) -> EventQuery:
    """Every event filter of the page's query string as an :class:`EventQuery`."""
    v = _views()
    base = v._event_filters(request)
    precision = v._text(request, "precision", max_len=10)
    if precision is not None and precision not in PRECISIONS:
        raise service.FilterError(f"precision {precision!r} is not one of {', '.join(PRECISIONS)}")
    confidence = v._text(request, "confidence", max_len=10)
    level = None
    if confidence is not None:
        try:
            level = float(confidence)
        except ValueError:
            raise service.FilterError(f"confidence {confidence!r} is not a number (0-1)") from None
    return EventQuery(**vars(base), actor=v._text(request, "actor"), recipient=v._text(request, "recipient"),
                      party=v._text(request, "party"), actor_id=_id(request, "actor_id"),
                      recipient_id=_id(request, "recipient_id"), party_id=_id(request, "party_id"),
                      country=v._country(request, "country"), place=v._text(request, "place"), precision=precision,
                      confidence=level)


def sort(request: Request) -> str | None:
    value = _views()._text(request, "sort", max_len=12)
    if value is not None and value not in SORTS:
        raise service.FilterError(f"sort {value!r} is not one of {', '.join(SORTS)}")
    return value


def filter_args(request: Request) -> dict[str, str]:
    """The page's non-empty event filters (to carry into links)."""
    return {k: v for k, v in request.query_params.items() if v and k in FILTERS}


def events_url(args: dict[str, str], **more: str | int | None) -> str:
    """``/events?...``: ``args`` with ``more`` set (a ``None`` value drops the parameter)."""
    merged = {**args, **{k: str(v) for k, v in more.items() if v is not None}}
    for k, v in more.items():
        if v is None:
            merged.pop(k, None)
    return "/events" + ("?" + urlencode(merged) if merged else "")


def month_bounds(month: str) -> tuple[str, str]:
    """First and last day (ISO) of ``YYYY-MM``."""
    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def bar_href(args: dict[str, str]):
    """A timeline bar's link (:func:`dateline.web.timeline.timeline_svg`'s ``href``): the
    page's filters, the bar's type and its days (within the page's dates)."""
    def href(typ: str, first: str, last: str) -> str:
        lo, hi = max(first, args.get("date_from", first)), min(last, args.get("date_to", last))
        return events_url(args, type=typ, date_from=lo, date_to=hi)
    return href


def whole(name: str) -> str:
    """A name filter matching the whole name (any case)."""
    return f'"{name}"'


def place_href(args: dict[str, str]):
    """A map circle's link: the page's filters and the circle's place (its stored name and
    country; a country's ring: the events placed on the country only)."""
    def href(p: dict) -> str:
        if p["precision"] == "country":
            return events_url(args, country=p["country"], precision="country", place=None)
        return events_url(args, place=p["name"] if p["name"] in p["names"] else None, country=p["country"],
                          precision="place")
    return href

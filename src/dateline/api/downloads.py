"""Downloads of a filtered view: every event, quote or actor row that the filters of
``/api/events``, ``/api/quotes`` or ``/api/actors`` keep (no page, no row cap), as CSV, JSON
Lines or Parquet, streamed in batches. Shared by the API (``GET /api/{kind}.{format}``,
:mod:`dateline.api.routers.downloads`), the dashboard's download links and ``dateline export
--filter``, so that the filters are those of :mod:`dateline.api.service` (one copy of their SQL)
and the columns those of :data:`dateline.store.queries.EXPORTS`:

* ``events``: one row per event, POLECAT-like flat columns (``event_id``, ``event_type``,
  ``event_mode``, ``contexts``, ``actor_names``/``actor_countries``/``actor_sectors``, the same
  for recipients, ``placename``, ``country``, ``latitude``, ``longitude``, ``trigger``,
  ``sentence``, ``publication_date``, ``source``, ``url``, ``confidence``...; several actors
  joined with ``;``);
* ``quotes``: one row per quote with its speaker and article;
* ``actors``: one row per actor of an article (``/api/actors`` groups them by name and country).

Rows come in store order (``id``), or in the order the list's ``sort`` names. Formats: :mod:`dateline.store.formats`.
"""
from __future__ import annotations

import dataclasses
import sqlite3
import typing
from datetime import date
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl

from ..store import formats
from ..store.queries import EXPORTS, Table
from . import actor_list, service
from .event_query import SORTS, EventQuery, event_where
from .service import FilterError

#: What can be downloaded (``articles``: ``dateline export`` only, without filters).
KINDS = ("events", "quotes", "actors")
FORMATS = formats.FORMATS
MEDIA_TYPES = formats.MEDIA_TYPES

_FILTERS: dict[str, type] = {"events": EventQuery, "quotes": service.QuoteFilters,
                             "actors": service.ActorFilters}


def where(kind: str, filters: Any = None, *, fts: bool = True,
          con: sqlite3.Connection | None = None) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (``" WHERE ..."`` or empty) and its parameters keeping the rows of
    export ``kind`` that ``filters`` (the kind's filter object of :mod:`~dateline.api.service`,
    :class:`~dateline.api.event_query.EventQuery` for events; ``None``: every row) keep. ``fts``:
    whether the store has the full-text index (quotes' ``q``); ``con``: the store (events: the
    actor filters look their ids and the ``event_actors`` table up).

    Raises:
        FilterError: a filter that cannot be used (as the list endpoints answer 400).
    """
    if filters is None:
        return "", []
    if kind == "quotes" and con is not None:
        service.check_speaker_id(con, filters)
    build: dict[str, Callable[[], tuple[str, list[Any]]]] = {
        "events": lambda: event_where(con, filters),  # type: ignore[arg-type]
        "quotes": lambda: service._quote_where(filters, fts),
        "actors": lambda: actor_list.actor_rows_where(filters),
    }
    return build[kind]()


def open_rows(con: sqlite3.Connection, kind: str, filters: Any = None, *,
              fts: bool | None = None, sort: str | None = None) -> tuple[Table, sqlite3.Cursor]:
    """Export ``kind`` (a key of :data:`~dateline.store.queries.EXPORTS`) with its filters: the
    table (column names and types) and the executed cursor over its rows, in store order or
    by ``sort`` (a key of the kind's :data:`SORT_ORDERS`, as its list takes it).

    Raises:
        FilterError: see :func:`where`; a ``sort`` the kind's list does not have.
        sqlite3.Error: the store cannot be read.
    """
    table = EXPORTS[kind]
    order = sort_order(kind, sort)
    w, args = where(kind, filters, fts=service.has_fts(con) if fts is None else fts, con=con)
    return table, con.execute(table.select(w, order), args)


def stream(con: sqlite3.Connection, kind: str, fmt: str, filters: Any = None, *,
           fts: bool | None = None, close: bool = False, sort: str | None = None) -> Iterator[bytes]:
    """The bytes of the download, a batch of rows at a time, in store order or by ``sort``
    (:func:`open_rows`). The query runs now (a bad filter raises here, before anything is
    sent); ``close``: close ``con`` when the stream ends or is dropped.

    Raises:
        FilterError, sqlite3.Error: see :func:`open_rows`.  ValueError: unknown ``fmt``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    table, cursor = open_rows(con, kind, filters, fts=fts, sort=sort)
    pieces = formats.encode(table.names, table.types, formats.batches(cursor), fmt)

    def run() -> Iterator[bytes]:
        try:
            yield from pieces
        finally:
            pieces.close()
            if close:
                con.close()

    return run()


def filename(kind: str, fmt: str) -> str:
    """The file name a download is saved as: ``dateline-events.csv``."""
    return f"dateline-{kind}.{fmt}"


def filter_names(kind: str) -> list[str]:
    """The filters of ``kind`` by name (the fields of its filter object)."""
    return [f.name for f in dataclasses.fields(_FILTERS[kind])]


#: The orders an export takes (``sort``), as the list of its kind sorts: ``{kind: {key: SQL}}``.
SORT_ORDERS: dict[str, dict[str, str]] = {"events": SORTS, "quotes": service.QUOTE_ORDERS}


def sort_order(kind: str, sort: str | None) -> str | None:
    """The SQL ``ORDER BY`` of ``sort`` (a key of the kind's :data:`SORT_ORDERS`), or ``None``
    (store order) when ``sort`` is empty.

    Raises:
        FilterError: a ``sort`` the kind's list does not have.
    """
    if not sort:
        return None
    orders = SORT_ORDERS.get(kind, {})
    if sort not in orders:
        raise FilterError(f"sort {sort!r} is not one of {', '.join(orders) or 'none (store order only)'}")
    return orders[sort]


def parse_filters(kind: str, pairs: list[str]) -> Any:
    """The filter object of ``kind`` from ``NAME=VALUE`` texts (:func:`parse_export`, whose
    ``sort`` is dropped)."""
    return parse_export(kind, pairs)[0]


def parse_export(kind: str, pairs: list[str]) -> tuple[Any, str | None]:
    """``(filters, order)`` of an export of ``kind`` from ``NAME=VALUE`` texts, each a query
    string as in the API's or the dashboard's URLs (``type=ACCUSE``,
    ``actor_country=USA&date_from=2020-01-01&sort=-date``; values URL-decoded). Names are the
    fields of the kind's filter object (:func:`filter_names`; ``article`` too) and ``sort`` (a
    key of the list's orders, :data:`SORT_ORDERS`: ``-date``, ``confidence``... for events,
    ``newest``/``oldest``/``store`` for quotes); values are converted to the field's type (dates
    ``YYYY-MM-DD``, whole numbers...); an empty value is no filter (as on the API). ``filters``
    is ``None`` when no filter is given; ``order`` the SQL ``ORDER BY`` of ``sort`` or ``None``
    (store order).

    Raises:
        FilterError: a text that is no ``NAME=VALUE``, an unknown or repeated name, a value
            that is not of its type, a ``sort`` the kind's list does not have, or a filter for
            a kind that has none (``articles``).
    """
    if not pairs:
        return None, None
    if kind not in _FILTERS:
        raise FilterError(f"{kind} cannot be filtered (filters apply to {', '.join(KINDS)})")
    cls = _FILTERS[kind]
    hints = typing.get_type_hints(cls)
    known = filter_names(kind) + (["sort"] if kind in SORT_ORDERS else [])
    values: dict[str, Any] = {}
    order = None
    seen: set[str] = set()
    for text in pairs:
        try:
            items = parse_qsl(text, keep_blank_values=True, strict_parsing=True)
        except ValueError:
            raise FilterError(f"filter {text!r} is not NAME=VALUE") from None
        for name, value in items:
            if name not in known:
                raise FilterError(f"unknown filter {name!r} for {kind} (known: {', '.join(known)})")
            if name in seen:
                raise FilterError(f"filter {name!r} given more than once")
            seen.add(name)
            if name == "sort":
                order = sort_order(kind, value)
            else:
                values[name] = _convert(name, value, hints[name])
    values = {k: v for k, v in values.items() if v is not None}
    return (cls(**values) if values else None), order


def _convert(name: str, value: str, hint: Any) -> Any:
    """``value`` as the type ``hint`` of a filter field (``X | None``); empty is ``None``."""
    if value == "":
        return None
    wanted = [t for t in typing.get_args(hint) if t is not type(None)] or [hint]
    kind = wanted[0]
    try:
        if kind is date:
            return date.fromisoformat(value)
        if kind is bool:
            return {"true": True, "false": False, "1": True, "0": False}[value.lower()]
        if kind in (int, float):
            return kind(value)
    except (ValueError, KeyError):
        raise FilterError(f"filter {name} {value!r} is not a {getattr(kind, '__name__', kind)}") from None
    return value

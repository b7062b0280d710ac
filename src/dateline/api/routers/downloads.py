"""``GET /api/events.{format}``, ``/api/quotes.{format}`` and ``/api/actors.{format}``: every row
the list's filters keep (the same query parameters as ``/api/events``, ``/api/quotes`` and
``/api/actors``, ``sort`` too for events and quotes, without ``limit``/``offset``: no page, no
row cap) as ``csv``, ``jsonl`` or
``parquet``, streamed (:mod:`dateline.api.downloads`). An unknown or bad parameter, or a filter
that cannot be used, is a 400 in the error envelope, before anything is sent.

:func:`links` gives the dashboard's download links for a page's filters."""

from typing import Annotated, Any, Literal, Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from .. import downloads
from ..db import Settings
from .actors import AFilters, actor_filters
from .events import Filters, Sort, event_filters
from .quotes import QFilters, quote_filters, quote_order

Format = Annotated[Literal["csv", "jsonl", "parquet"],
                   Path(description="csv (POLECAT-like flat columns; formula-like cells prefixed with '), "
                                    "jsonl (one JSON object per line) or parquet")]

#: The filter dependency of each kind: its parameters are the filters a download link carries.
DEPENDENCIES = {"events": event_filters, "quotes": quote_filters, "actors": actor_filters}

_CONTENT = {"description": "the rows, streamed; Content-Disposition names the file (dateline-KIND.FORMAT)",
            "content": {downloads.MEDIA_TYPES[f]: {} for f in downloads.FORMATS}}


def respond(request: Request, kind: str, fmt: str, filters: Any, sort: str | None = None) -> StreamingResponse:
    """The streamed download of ``kind`` in ``fmt`` over its own read-only connection (closed
    when the stream ends), in store order or by ``sort`` (as the kind's list sorts). The query
    runs before the response starts, so a filter that cannot be used is still a 400."""
    store = request.app.state.store
    con = store.connect()
    try:
        body = downloads.stream(con, kind, fmt, filters, fts=store.fts, close=True, sort=sort)
    except BaseException:
        con.close()
        raise
    name = downloads.filename(kind, fmt)
    return StreamingResponse(body, media_type=downloads.MEDIA_TYPES[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def links(kind: str, args: dict[str, str]) -> list[tuple[str, str]]:
    """``(format, URL)`` of the downloads of ``kind`` keeping a page's filters: the non-empty
    values of ``args`` (a page's query) whose names are filters of the kind's API (others, such
    as ``limit``, ``offset`` or ``nodes``, are dropped; ``sort`` is kept for events and quotes)."""
    import inspect

    names = set(inspect.signature(DEPENDENCIES[kind]).parameters) | ({"sort"} if kind in downloads.SORT_ORDERS else set())
    kept = {k: v for k, v in args.items() if k in names and v}
    query = ("?" + urlencode(kept)) if kept else ""
    return [(fmt, f"/api/{kind}.{fmt}{query}") for fmt in downloads.FORMATS]


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["downloads"])

    @router.get("/api/events.{fmt}", response_class=StreamingResponse, responses={200: _CONTENT})
    def download_events(request: Request, fmt: Format, f: Filters,
                        sort: Annotated[Optional[Sort], Query(
                            description="as /api/events: date, -date, confidence, -confidence; none: store order")] = None,
                        ) -> StreamingResponse:
        """Every event the filters of ``/api/events`` keep, in store order or by ``sort``: one row per event,
        POLECAT-like columns (event_id, event_type, event_mode, contexts, actor_names,
        actor_countries, actor_sectors, recipient_*, placename, country, latitude, longitude,
        trigger, sentence, publication_date, source, url, confidence...)."""
        return respond(request, "events", fmt, f, sort)

    @router.get("/api/quotes.{fmt}", response_class=StreamingResponse, responses={200: _CONTENT})
    def download_quotes(request: Request, fmt: Format, f: QFilters,
                        sort: Annotated[str, Depends(quote_order)]) -> StreamingResponse:
        """Every quote the filters of ``/api/quotes`` keep, in ``sort`` order (as the list:
        store, newest, oldest), with its speaker and article."""
        return respond(request, "quotes", fmt, f, sort)

    @router.get("/api/actors.{fmt}", response_class=StreamingResponse, responses={200: _CONTENT})
    def download_actors(request: Request, fmt: Format, f: AFilters) -> StreamingResponse:
        """Every actor of an article that the filters of ``/api/actors`` keep: one row per
        article and actor (``/api/actors`` groups them by name and country), with its
        mentions."""
        return respond(request, "actors", fmt, f)

    return router

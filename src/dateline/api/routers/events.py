"""``GET /api/events``: PLOVER events filtered by type, mode, countries, aux and dates;
``GET /api/events/timeline``, ``/api/events/network`` and ``/api/events/places``: the
dashboard's aggregates (same filters)."""

from datetime import date
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Query

from ...events.lexicon import PLOVER_MODES, PLOVER_TYPES
from .. import aggregates, places, service
from ..db import Settings
from ..deps import COUNTRY, Con, Paging, paging
from ..schemas import Event, Page, PlacePage

Aux = Literal["historical", "future", "hypothetical", "negated", "none"]


def event_filters(
    type: Annotated[Optional[str], Query(pattern=r"^[A-Za-z_]{2,20}$",
                                         description=f"PLOVER type, any case: {', '.join(PLOVER_TYPES)}")] = None,
    mode: Annotated[Optional[str], Query(pattern=r"^[A-Za-z_ -]{1,40}$",
                                         description=f"PLOVER mode, any case: {', '.join(PLOVER_MODES)}")] = None,
    actor_country: Annotated[Optional[str], Query(pattern=COUNTRY, description="a source actor's country, ISO alpha-3")] = None,
    recipient_country: Annotated[Optional[str], Query(pattern=COUNTRY, description="a recipient's country, ISO alpha-3")] = None,
    aux: Annotated[Optional[Aux], Query(description="events marked so; none: events with no mark")] = None,
    date_from: Annotated[Optional[date], Query(description="event day from (inclusive), YYYY-MM-DD")] = None,
    date_to: Annotated[Optional[date], Query(description="event day to (inclusive), YYYY-MM-DD")] = None,
) -> service.EventFilters:
    """The event filters as query parameters (shared by the API and the dashboard). A
    ``type`` or ``mode`` outside its list is refused by :mod:`~dateline.api.service` (400)."""
    return service.EventFilters(type=type, mode=mode, actor_country=actor_country,
                                recipient_country=recipient_country, aux=aux, date_from=date_from, date_to=date_to)


Filters = Annotated[service.EventFilters, Depends(event_filters)]


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["events"])

    @router.get("/api/events", response_model=Page[Event])
    def list_events(con: Con, f: Filters, page: Annotated[Paging, Depends(paging(settings))]) -> dict:
        """Events in store order. The day compared by the date filters is the event's own
        date when known to the day or month, else the publication date. 400 when
        ``date_from`` > ``date_to``."""
        return service.list_events(con, f, limit=page.limit, offset=page.offset)

    @router.get("/api/events/timeline")
    def timeline(con: Con, f: Filters) -> dict:
        """Events per month and type: ``{"months": [YYYY-MM], "types": {type: [n per month]}, "total": N, "outside": K}`` (months within the publication dates only)."""
        return aggregates.timeline(con, f)

    @router.get("/api/events/network")
    def network(con: Con, f: Filters,
                nodes: Annotated[int, Query(ge=2, le=200, description="most connected actors kept")] = 30) -> dict:
        """Who acts on whom: ``{"nodes": [{name, country, weight}], "edges": [{source, target,
        weight, types}], "events": N, "dropped_nodes": K}``; weight = events."""
        return aggregates.network(con, f, max_nodes=nodes)

    @router.get("/api/events/places", response_model=PlacePage)
    def event_places(con: Con, f: Filters, page: Annotated[Paging, Depends(paging(settings))]) -> dict:
        """Where the matching events happened, most events first: ``items`` of ``{name,
        country, lat, lon (decimal degrees), precision ("place": the event's own coordinates;
        "country": the country's representative point), events, articles, types, names,
        examples}``, ``total`` (places), ``next``, and the event counts ``events``, ``placed``,
        ``unplaced``. 400 when ``date_from`` > ``date_to``."""
        return places.places(con, f, limit=page.limit, offset=page.offset)

    return router

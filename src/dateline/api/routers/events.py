"""``GET /api/events``: PLOVER events filtered by type, mode, countries, aux, dates, actor and
recipient (name or page id), place and confidence, sorted and paged;
``GET /api/events/timeline``, ``/api/events/network`` and ``/api/events/places``: the
dashboard's aggregates (same filters, :mod:`dateline.api.event_query`)."""

from datetime import date
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, Query

from ...events.lexicon import PLOVER_MODES, PLOVER_TYPES
from .. import aggregates, event_query, places
from ..db import Settings
from ..deps import COUNTRY, Con, Paging, paging
from ..schemas import Event, Page, PlacePage

Aux = Literal["historical", "future", "hypothetical", "negated", "none"]
Sort = Literal["date", "-date", "confidence", "-confidence"]
NAME = "part of the name, any case (\"pompeo\"); in double quotes the whole name (\"\\\"Mike Pompeo\\\"\")"


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
    actor: Annotated[Optional[str], Query(max_length=200, description="a source actor's name: " + NAME)] = None,
    recipient: Annotated[Optional[str], Query(max_length=200, description="a recipient's name: " + NAME)] = None,
    actor_id: Annotated[Optional[int], Query(ge=1, description="a source actor's page id (/api/actors)")] = None,
    recipient_id: Annotated[Optional[int], Query(ge=1, description="a recipient's page id (/api/actors)")] = None,
    party: Annotated[Optional[str], Query(max_length=200, description="an actor's or recipient's name: " + NAME)] = None,
    party_id: Annotated[Optional[int], Query(ge=1, description="an actor page id, as actor or recipient")] = None,
    country: Annotated[Optional[str], Query(pattern=COUNTRY, description="the country of the event's location, ISO alpha-3")] = None,
    place: Annotated[Optional[str], Query(max_length=200, description="the event's location name as stored, any case")] = None,
    precision: Annotated[Optional[Literal["place", "country"]], Query(
        description="place: the location has coordinates; country: only a country (the map's rings)")] = None,
    confidence: Annotated[Optional[float], Query(ge=0, le=1, description="least confidence, 0-1")] = None,
) -> event_query.EventQuery:
    """The event filters as query parameters (shared by the API and the dashboard). A
    ``type`` or ``mode`` outside its list, a ``mode`` that is none of the ``type``'s, an
    actor id that names no actor are refused by :mod:`~dateline.api.event_query` (400)."""
    return event_query.EventQuery(type=type, mode=mode, actor_country=actor_country,
                                  recipient_country=recipient_country, aux=aux, date_from=date_from, date_to=date_to,
                                  actor=actor, recipient=recipient, actor_id=actor_id, recipient_id=recipient_id,
                                  party=party, party_id=party_id, country=country, place=place, precision=precision,
                                  confidence=confidence)


Filters = Annotated[event_query.EventQuery, Depends(event_filters)]


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["events"])

    @router.get("/api/events", response_model=Page[Event])
    def list_events(con: Con, f: Filters, page: Annotated[Paging, Depends(paging(settings))],
                    sort: Annotated[Optional[Sort], Query(
                        description="date: oldest first; -date: newest first; confidence / -confidence;"
                                    " none: store order")] = None) -> dict:
        """Events in store order, or sorted. The day compared by the date filters (and sorted
        by) is the event's own date when known to the day or month, else the publication
        date. 400 when ``date_from`` > ``date_to``, for a mode that is not the type's, an
        unknown actor id."""
        return event_query.list_events(con, f, sort=sort, limit=page.limit, offset=page.offset)

    @router.get("/api/events/timeline")
    def timeline(con: Con, f: Filters) -> dict:
        """Events per month and type: ``{"months": [YYYY-MM], "types": {type: [n per month]}, "total": N, "outside": K}`` (months within the publication dates only)."""
        return aggregates.timeline(con, f)

    @router.get("/api/events/network")
    def network(con: Con, f: Filters,
                nodes: Annotated[int, Query(ge=2, le=200, description="most connected actors kept")] = 30) -> dict:
        """Who acts on whom: ``{"nodes": [{key, id, name, country, weight, events}], "edges":
        [{source, target, weight, types}], "events": N, "matching": M, "dropped_nodes": K}``: ``M``
        events match the filters (the ``/api/events`` total), ``N`` of them have both an actor
        and a recipient (those drawn); one node per actor
        (name and country; ``key`` "COUNTRY|name", ``id`` its actor page); a node's ``events``
        is the total of ``/api/events?party_id={id}`` under the same filters, ``weight`` its
        edge ends; an edge's ``weight`` counts events (``actor_id``/``recipient_id``)."""
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

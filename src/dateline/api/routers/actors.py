"""``GET /api/actors``: actors by name and country, filtered by country, sector and name."""

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from .. import actor_list, service
from ..db import Settings
from ..deps import COUNTRY, Con, Paging, paging
from ..schemas import Actor, Page


def actor_filters(
    country: Annotated[Optional[str], Query(pattern=COUNTRY, description="ISO alpha-3")] = None,
    sector: Annotated[Optional[str], Query(pattern=r"^[A-Za-z]{2,5}$", description="PLOVER sector, e.g. GOV")] = None,
    q: Annotated[Optional[str], Query(max_length=200, description="part of the name, any case")] = None,
) -> service.ActorFilters:
    """The actor filters as query parameters (shared by the list and its downloads)."""
    return service.ActorFilters(country=country, sector=sector, q=q)


AFilters = Annotated[service.ActorFilters, Depends(actor_filters)]


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["actors"])

    @router.get("/api/actors", response_model=Page[Actor])
    def list_actors(con: Con, f: AFilters, page: Annotated[Paging, Depends(paging(settings))]) -> dict:
        """Actors, one per (name, country), most frequent first."""
        return actor_list.list_actors(con, f, limit=page.limit, offset=page.offset)

    return router

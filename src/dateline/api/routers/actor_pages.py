"""``GET /api/actors/{id}``: one actor's page (:mod:`dateline.api.actor_service`)."""

from datetime import date
from typing import Annotated, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request

from .. import actor_service
from ..actor_schemas import ActorPage
from ..db import Settings
from ..deps import Con
from ..schemas import ErrorEnvelope


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["actors"])

    @router.get("/api/actors/{actor_id}", response_model=ActorPage,
                responses={404: {"model": ErrorEnvelope, "description": "no such actor"}})
    def get_actor(
        request: Request,
        con: Con,
        actor_id: Annotated[int, Path(ge=1, description="the id /api/actors gives (any actors.id of the actor)")],
        q: Annotated[Optional[str], Query(max_length=500, description='words all in the statement (FTS5); word* prefix, "a b" phrase')] = None,
        date_from: Annotated[Optional[date], Query(description="statements published from (inclusive), YYYY-MM-DD")] = None,
        date_to: Annotated[Optional[date], Query(description="statements published to (inclusive), YYYY-MM-DD")] = None,
        limit: Annotated[int, Query(ge=1, le=settings.page_max, description=f"statements per page, at most {settings.page_max}")] = 20,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="index of the first statement")] = 0,
    ) -> dict:
        """The actor: name, country, kind, sector, offices (knowledge base and corpus),
        counts, quotes and events per month, counterparts, statements (``q``, dates, paged,
        newest first; each quote is ``#q-{id}`` in ``/articles/{article}``) and the latest
        events. 404 when no actor has that id."""
        page = actor_service.get_actor(con, actor_id, q=q, date_from=date_from, date_to=date_to, limit=limit,
                                       offset=offset, fts=request.app.state.store.fts)
        if page is None:
            raise HTTPException(404, f"no actor {actor_id}")
        return page

    return router

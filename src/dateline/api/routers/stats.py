"""``GET /api/stats``: the store's counts."""

from fastapi import APIRouter

from .. import service
from ..db import Settings
from ..deps import Con
from ..schemas import Stats


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["stats"])

    @router.get("/api/stats", response_model=Stats)
    def get_stats(con: Con) -> dict:
        """Counts of articles, failures, duplicates, quotes, events, actors, mentions, story
        events and words; first and last publication dates; events per type."""
        return service.stats(con)

    return router

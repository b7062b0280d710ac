"""``GET /api/quotes``: quotes filtered by speaker, country, full text and dates."""

from datetime import date
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query

from .. import service
from ..db import Settings
from ..deps import COUNTRY, Con, Paging, paging
from ..schemas import Page, Quote


def quote_filters(
    speaker: Annotated[Optional[str], Query(max_length=200, description="words that begin words of the speaker's name, any order, case and accents ignored (\"Trump\", \"donald tr\")")] = None,
    country: Annotated[Optional[str], Query(pattern=COUNTRY, description="speaker's country, ISO alpha-3")] = None,
    q: Annotated[Optional[str], Query(max_length=500, description='words all in the quote or speaker name (FTS5); word* prefix, "a b" phrase')] = None,
    date_from: Annotated[Optional[date], Query(description="publication date from (inclusive), YYYY-MM-DD")] = None,
    date_to: Annotated[Optional[date], Query(description="publication date to (inclusive), YYYY-MM-DD")] = None,
) -> service.QuoteFilters:
    """The quote filters as query parameters (shared by the list and its downloads)."""
    return service.QuoteFilters(speaker=speaker, country=country, q=q, date_from=date_from, date_to=date_to)


QFilters = Annotated[service.QuoteFilters, Depends(quote_filters)]


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["quotes"])

    @router.get("/api/quotes", response_model=Page[Quote])
    def list_quotes(con: Con, f: QFilters, page: Annotated[Paging, Depends(paging(settings))]) -> dict:
        """Quotes in store order. 400 when ``date_from`` > ``date_to`` or ``q`` has no word."""
        return service.list_quotes(con, f, limit=page.limit, offset=page.offset)

    return router

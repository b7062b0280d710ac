"""``GET /api/quotes``: quotes filtered by speaker, country, full text, dates and kind, sorted."""

from datetime import date
from typing import Annotated, Literal, Optional

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
    kind: Annotated[Optional[Literal["direct", "partial", "indirect"]], Query(description="kind of quote")] = None,
    speaker_id: Annotated[Optional[int], Query(ge=1, le=2**63 - 1, description="actor page id: quotes of that actor's name and country")] = None,
) -> service.QuoteFilters:
    """The quote filters as query parameters (shared by the list and its downloads)."""
    return service.QuoteFilters(speaker=speaker, country=country, q=q, date_from=date_from, date_to=date_to,
                                kind=kind, speaker_id=speaker_id)


QFilters = Annotated[service.QuoteFilters, Depends(quote_filters)]


def quote_order(
    sort: Annotated[Literal["store", "newest", "oldest"], Query(description="store order, or by the article's publication date (newest or oldest first)")] = "store",
) -> str:
    """The order of the quote list (a dependency so that it follows the filters in the API's
    parameter list)."""
    return sort


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["quotes"])

    @router.get("/api/quotes", response_model=Page[Quote])
    def list_quotes(con: Con, f: QFilters, sort: Annotated[str, Depends(quote_order)],
                    page: Annotated[Paging, Depends(paging(settings))]) -> dict:
        """Quotes in ``sort`` order. 400 when ``date_from`` > ``date_to`` or ``q`` has no word."""
        return service.list_quotes(con, f, limit=page.limit, offset=page.offset, order=sort)

    return router

"""``GET /api/articles`` (a list) and ``GET /api/articles/{id}`` (one article with its spans)."""

from datetime import date
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from .. import service
from ..db import Settings
from ..spans import stored_spans
from ..deps import Con, Paging, paging
from ..schemas import Article, ArticleSummary, ErrorEnvelope, Page


def article_with_spans(request: Request, con, article_id: int) -> dict:
    """:func:`service.get_article` plus ``dates``, ``places``, ``amounts`` and ``spans_error``
    (:mod:`dateline.api.spans`): those stored at ingest; for an article stored by an earlier
    version, dates and places found again with spaCy (no amounts).

    Raises:
        HTTPException: 404 when there is no such article.
    """
    art = service.get_article(con, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id}")
    found = stored_spans(con, article_id)
    if found is None:
        found = {**request.app.state.spans.find(article_id, art["text"], art["published"]), "amounts": []}
    art["dates"], art["places"], art["amounts"] = found["dates"], found["places"], found["amounts"]
    art["spans_error"] = found["error"]
    return art


def build(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["articles"])

    @router.get("/api/articles", response_model=Page[ArticleSummary])
    def list_articles(
        con: Con,
        page: Annotated[Paging, Depends(paging(settings))],
        q: Annotated[Optional[str], Query(max_length=200, description="part of the title, any case")] = None,
        date_from: Annotated[Optional[date], Query(description="publication date from (inclusive)")] = None,
        date_to: Annotated[Optional[date], Query(description="publication date to (inclusive)")] = None,
    ) -> dict:
        """Articles, newest first, with their numbers of quotes and events."""
        return service.list_articles(con, q=q, date_from=date_from, date_to=date_to,
                                     limit=page.limit, offset=page.offset)

    @router.get("/api/articles/{article_id}", response_model=Article,
                responses={404: {"model": ErrorEnvelope, "description": "no such article"}})
    def get_article(request: Request, con: Con, article_id: Annotated[int, Path(ge=1)]) -> dict:
        """The article's text with every quote (and its cue and speaker mention), actor
        mention, event (trigger and sentence), date, place and amount span (dates, places and
        amounts as stored at ingest; see :mod:`dateline.api.spans` for older stores)."""
        return article_with_spans(request, con, article_id)

    return router

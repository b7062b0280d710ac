"""The HTTP application: ``create_app(settings)`` builds it; nothing is built at import.

    from dateline.api import Settings, create_app
    app = create_app(Settings(db="news.sqlite"))       # serve with uvicorn

JSON under ``/api`` (OpenAPI at ``/docs``, served without a CDN, and ``/openapi.json``), the dashboard under ``/``
(``Settings.dashboard``), static files under ``/static``. Read-only: every request reads the
store through its own ``mode=ro`` connection (:mod:`dateline.api.db`). Errors: one envelope
(:mod:`dateline.api.errors`); a bad or unknown query parameter of any ``/api`` endpoint is a
400 (:func:`dateline.api.deps.known_query` and the validation handler).
"""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI

from . import security
from .db import Settings, Store
from .deps import known_query
from .errors import document, install
from .routers import actor_pages, actors, articles, downloads, events, quotes, stats
from .schemas import ErrorEnvelope
from .spans import SpanFinder

#: What a 400 of the API means (shown in ``/docs``).
BAD_REQUEST = ("a parameter of the wrong type, out of range, not in its list or unknown to the endpoint; "
               "or a filter that cannot be used (date_from after date_to)")


def create_app(settings: Settings) -> FastAPI:
    """A FastAPI application serving the store ``settings.db``.

    The store is not opened here: the first request opens it (and builds the search index
    when allowed and missing), so creating the app is cheap and has no side effect.
    """
    from .. import __version__

    app = FastAPI(title="dateline", version=__version__,
                  description="Quotes, actors and PLOVER events of a dateline store (read-only).",
                  docs_url=None, redoc_url=None)
    _offline_docs(app)
    app.state.settings = settings
    app.state.store = Store(settings)
    app.state.spans = SpanFinder(enabled=settings.find_spans)
    install(app)
    security.install(app, settings.allowed_hosts)
    for module in (stats, articles, quotes, events, actors, downloads, actor_pages):
        app.include_router(module.build(settings), dependencies=[Depends(known_query)],
                           responses={400: {"model": ErrorEnvelope, "description": BAD_REQUEST}})
    document(app)
    if settings.dashboard:
        from ..web.views import mount

        mount(app, settings)
    return app


def _offline_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI 5 (it reads the OpenAPI 3.1 FastAPI writes) from the files the
    ``fastapi-offline`` package ships (served under ``/docs-static``), so the page needs no CDN.
    The page is ours: Swagger UI's usual page starts the UI with an inline script, which the
    server's Content-Security-Policy forbids (:mod:`dateline.api.security`); ours loads
    ``docs-init.js`` instead."""
    import fastapi_offline
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles

    app.mount("/docs-static", StaticFiles(directory=str(Path(fastapi_offline.__file__).parent / "static")),
              name="docs-static")
    app.mount("/docs-init", StaticFiles(directory=str(Path(__file__).parent / "static")), name="docs-init")
    page = ('<!DOCTYPE html><html><head><title>dateline API</title>'
            '<link type="text/css" rel="stylesheet" href="/docs-static/swagger-ui.css">'
            '<link rel="icon" href="/docs-static/favicon.png"></head>'
            f'<body><div id="swagger-ui" data-openapi="{app.openapi_url or "/openapi.json"}"></div>'
            '<script src="/docs-static/swagger-ui-bundle.js"></script>'
            '<script src="/docs-init/docs-init.js"></script></body></html>')

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page)

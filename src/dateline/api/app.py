"""The HTTP application: ``create_app(settings)`` builds it; nothing is built at import.

    from dateline.api import Settings, create_app
    app = create_app(Settings(db="news.sqlite"))       # serve with uvicorn

JSON under ``/api`` (OpenAPI at ``/docs`` and ``/openapi.json``), the dashboard under ``/``
(``Settings.dashboard``), static files under ``/static``. Read-only: every request reads the
store through its own ``mode=ro`` connection (:mod:`dateline.api.db`). Errors: one envelope
(:mod:`dateline.api.errors`).
"""
from __future__ import annotations

from fastapi import FastAPI

from .db import Settings, Store
from .errors import install
from .routers import actors, articles, events, quotes, stats
from .spans import SpanFinder


def create_app(settings: Settings) -> FastAPI:
    """A FastAPI application serving the store ``settings.db``.

    The store is not opened here: the first request opens it (and builds the search index
    when allowed and missing), so creating the app is cheap and has no side effect.
    """
    from .. import __version__

    app = FastAPI(title="dateline", version=__version__,
                  description="Quotes, actors and PLOVER events of a dateline store (read-only).",
                  docs_url="/docs", redoc_url=None)
    app.state.settings = settings
    app.state.store = Store(settings)
    app.state.spans = SpanFinder(enabled=settings.find_spans)
    install(app)
    for module in (stats, articles, quotes, events, actors):
        app.include_router(module.build(settings))
    if settings.dashboard:
        from ..web.views import mount

        mount(app, settings)
    return app

"""The HTTP application: ``create_app(settings)`` builds it; nothing is built at import.

    from dateline.api import Settings, create_app
    app = create_app(Settings(db="news.sqlite"))       # serve with uvicorn

JSON under ``/api`` (OpenAPI at ``/docs``, served without a CDN, and ``/openapi.json``), the dashboard under ``/``
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
                  docs_url=None, redoc_url=None)
    _offline_docs(app)
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


def _offline_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI from the ``swagger-ui-bundle`` package (served under
    ``/docs-static``), so the page needs no CDN, unlike FastAPI's default."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-static", StaticFiles(directory=str(swagger_ui_path)), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="dateline API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="/docs-static/favicon-32x32.png")

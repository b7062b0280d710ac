"""The API's one error envelope and the handlers that produce it.

Every error answer, whatever raised it, has the body::

    {"ok": false, "status": 400,
     "error": {"code": "E010", "message": "limit: Input should be less than or equal to 200",
               "details": [{"loc": "query.limit", "message": "...", "type": "less_than_equal"}]}}

* 400, one rule for every ``/api`` endpoint: a parameter of the wrong type ("abc" for a
  number), out of range (``offset=-1``, ``limit`` over ``Settings.page_max``), not in its
  list (``aux``), not known to the endpoint (``limt``, ``page``) or given twice
  (:func:`~dateline.api.deps.known_query`): FastAPI's validation, answered here with 400
  instead of its 422, ``message`` ``"NAME: what is wrong"`` (``"; "`` between parameters) and
  one ``details`` entry per parameter (``loc`` ``"query.NAME"`` or ``"path.NAME"``; ``type``
  pydantic's, or ``unknown_parameter``, ``repeated_parameter``); and a well-formed filter
  that cannot be used (:class:`~dateline.api.service.FilterError`, no ``details``:
  ``date_from`` after ``date_to``, a ``type`` not one of the 16 PLOVER types, a ``mode`` not
  one of :data:`~dateline.events.lexicon.PLOVER_MODES`);
* 404: no such article or path; 405: wrong method;
* 503: the store file is missing; 500: anything else (``code`` E011).

``code`` is a :mod:`dateline.errors` code (E010 for the client's mistakes). Pages of the
dashboard (paths outside ``/api``) get the same information as an HTML page when the
application has a ``render_error`` hook in its state (see :mod:`dateline.web.views`).
"""
from __future__ import annotations

import logging
import sqlite3
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ArgumentError, Code

log = logging.getLogger("dateline.api")


def envelope(status: int, message: str, *, code: str = Code.BAD_ARGUMENT.value,
             details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The error body for HTTP ``status``."""
    return {"ok": False, "status": status, "error": {"code": code, "message": message, "details": details or []}}


def _respond(request: Request, status: int, body: dict[str, Any]) -> Any:
    hook = getattr(request.app.state, "render_error", None)
    if hook is not None and not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",):
        return hook(request, status, body)
    return JSONResponse(body, status_code=status)


def _loc(loc: tuple | list) -> str:
    return ".".join(str(p) for p in loc)


async def _validation(request: Request, exc: RequestValidationError):
    details = [{"loc": _loc(e.get("loc", ())), "message": e.get("msg", ""), "type": e.get("type", "")}
               for e in exc.errors()]
    message = "; ".join(f"{d['loc'].split('.', 1)[-1]}: {d['message']}" for d in details) or "invalid request"
    return _respond(request, 400, envelope(400, message, details=details))


async def _http(request: Request, exc: StarletteHTTPException):
    code = Code.NOT_FOUND if exc.status_code == 404 else Code.BAD_ARGUMENT if exc.status_code < 500 else Code.PROCESSING
    code = code.value
    return _respond(request, exc.status_code, envelope(exc.status_code, str(exc.detail), code=code))


async def _argument(request: Request, exc: ArgumentError):
    return _respond(request, 400, envelope(400, exc.reason, code=exc.code.value))


async def _missing(request: Request, exc: FileNotFoundError):
    return _respond(request, 503, envelope(503, str(exc), code=Code.UNREADABLE.value))


async def _database(request: Request, exc: sqlite3.Error):
    log.exception("database error on %s", request.url.path)
    return _respond(request, 500, envelope(500, f"store error: {exc}", code=Code.PROCESSING.value))


async def _internal(request: Request, exc: Exception):
    log.exception("error on %s", request.url.path)
    return _respond(request, 500, envelope(500, f"internal error: {type(exc).__name__}", code=Code.PROCESSING.value))


def document(app: FastAPI) -> None:
    """Make ``/openapi.json`` say what the handlers answer: FastAPI lists a 422 for every
    operation with parameters; this drops it (and its schemas). The routers list the 400
    (:func:`dateline.api.app.create_app`)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    """Register the handlers on ``app`` (replacing FastAPI's own validation handler)."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ArgumentError, _argument)
    app.add_exception_handler(FileNotFoundError, _missing)
    app.add_exception_handler(sqlite3.Error, _database)
    app.add_exception_handler(Exception, _internal)

"""Shared request plumbing of the routers: the read-only connection, the paging
parameters (``limit`` 1..``Settings.page_max``, ``offset`` >= 0) and :func:`known_query`,
which refuses query parameters a route does not declare. Every bad parameter is a 400
(:mod:`dateline.api.errors`)."""

import sqlite3
import unicodedata
from dataclasses import dataclass
from types import UnionType
from typing import Annotated, Any, Iterator, Optional, Union, get_args, get_origin

from fastapi import Depends, Query, Request
from starlette.datastructures import QueryParams
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

from .db import Settings, Store

#: ISO 3166-1 alpha-3, or a dateline body code ("WHO", "UN", "G7", "NATO"), any case.
COUNTRY = r"^[A-Za-z0-9]{2,4}$"


def store(request: Request) -> Store:
    return request.app.state.store


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request, closed after it."""
    con = request.app.state.store.connect()
    try:
        yield con
    finally:
        con.close()


Con = Annotated[sqlite3.Connection, Depends(connection)]


@dataclass
class Paging:
    limit: int
    offset: int


def paging(settings: Settings):
    """The ``limit``/``offset`` dependency for ``settings``."""

    def dep(limit: Annotated[int, Query(ge=1, le=settings.page_max,
                                        description=f"page size, at most {settings.page_max}")] = settings.page_default,
            offset: Annotated[int, Query(ge=0, le=10_000_000, description="index of the first item")] = 0) -> Paging:
        return Paging(limit, offset)

    return dep


def known_query(request: Request) -> None:
    """Refuse query parameters that the matched route does not declare (a typo such as
    ``limt``, or ``actor`` where there is no such filter) and a one-value parameter given
    more than once (``type=ACCUSE&type=SUPPORT``), so that no value is ignored in silence.

    The declared names are the route's query parameters and those of its dependencies
    (``limit``, ``offset``, the event filters). Installed on every ``/api`` router
    (:func:`dateline.api.app.create_app`).

    Raises:
        RequestValidationError: one entry per unknown or repeated name, ``{"type":
            "unknown_parameter", "loc": ("query", NAME), "msg": "unknown parameter (known:
            limit, offset, ...)"}`` (``"unknown parameter (this endpoint takes none)"`` where
            none is declared) or ``{"type": "repeated_parameter", ..., "msg": "given N times,
            once at most"}``; the API answers 400 (:mod:`dateline.api.errors`).
    """
    route = request.scope.get("route")
    if not request.query_params or not isinstance(route, APIRoute):
        return
    fields = query_fields(route)
    refuse_unknown(request, {name: _takes_many(f) for name, f in fields.items()})


def refuse_unknown(request: Request, known: dict[str, bool]) -> None:
    """The rule of :func:`known_query` for the parameter names ``known`` (``{name: whether it
    may be given more than once}``), for :func:`known_query` and the dashboard's pages
    (:func:`page_query`): refuse unknown names, a one-value name given twice, and any value
    holding a control character (:func:`control_characters`: ``%00``, a newline...); then
    drop the empty values (``mode=``: no filter, as the dashboard's forms send them and as
    ``dateline export -F`` reads them), so the endpoint's parameters never see them.

    Raises:
        RequestValidationError: as :func:`known_query`; a control character is ``{"type":
            "control_character", "loc": ("query", NAME), "msg": "has a control character
            (U+0000); text parameters take none"}``.
    """
    names = ", ".join(known)
    errors = []
    for name in dict.fromkeys(request.query_params.keys()):
        values = request.query_params.getlist(name)
        if name not in known:
            msg = f"unknown parameter (known: {names})" if names else "unknown parameter (this endpoint takes none)"
            errors.append({"type": "unknown_parameter", "loc": ("query", _printable(name)), "msg": msg, "input": values[0]})
        elif len(values) > 1 and not known[name]:
            errors.append({"type": "repeated_parameter", "loc": ("query", name),
                           "msg": f"given {len(values)} times, once at most", "input": values})
        bad = control_characters(name + "".join(values))
        if bad:
            errors.append({"type": "control_character", "loc": ("query", _printable(name)),
                           "msg": f"has a control character ({bad}); text parameters take none", "input": None})
    if errors:
        raise RequestValidationError(errors)
    if any(v == "" for _, v in request.query_params.multi_items()):
        # the parameters are read from this cached object after this dependency has run
        request._query_params = QueryParams([(k, v) for k, v in request.query_params.multi_items() if v != ""])


def control_characters(text: str) -> str | None:
    """``"U+0000"``: the first control character of ``text`` (Unicode category Cc: NUL, tab,
    newline, DEL...), or ``None`` when it has none."""
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            return f"U+{ord(ch):04X}"
    return None


def _printable(name: str) -> str:
    return "".join(ch if unicodedata.category(ch) != "Cc" else f"U+{ord(ch):04X}" for ch in name)


def page_query(*names: str):
    """A dependency refusing, as :func:`known_query` does, every query parameter of a page
    (a dashboard route reading its query string itself) but ``names``, and any given twice:
    ``APIRouter.get(path, dependencies=[Depends(page_query("q", "limit"))])``."""
    known = dict.fromkeys(names, False)

    def dep(request: Request) -> None:
        if request.query_params:
            refuse_unknown(request, known)

    return dep


def query_fields(route: APIRoute) -> dict[str, Any]:
    """The query parameters ``route`` declares by name (their FastAPI fields), its own
    first, then its dependencies'."""
    fields: dict[str, Any] = {}
    todo = [route.dependant]
    while todo:
        dependant = todo.pop(0)
        for f in dependant.query_params:
            fields.setdefault(f.alias, f)
        todo.extend(dependant.dependencies)
    return fields


def _takes_many(field: Any) -> bool:
    """Whether a query field is a list (``list[str]``, ``Optional[list[str]]``)."""
    annotation = field.field_info.annotation
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    return any((get_origin(a) or a) in (list, tuple, set, frozenset) for a in options)


def country_param(description: str):
    return Query(None, pattern=COUNTRY, description=description)


Text = Optional[str]

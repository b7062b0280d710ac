"""Shared request plumbing of the routers: the read-only connection and the paging
parameters (``limit`` 1..``Settings.page_max``, ``offset`` >= 0; out of range is a 422)."""

import sqlite3
from dataclasses import dataclass
from typing import Annotated, Iterator, Optional

from fastapi import Depends, Query, Request

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


def country_param(description: str):
    return Query(None, pattern=COUNTRY, description=description)


Text = Optional[str]

"""The actors list (``/api/actors``, ``/actors``, the actors export): one item per canonical
name and country, its kind and sector the commonest over its rows. Same conventions as
:mod:`dateline.api.service` (open connection in, JSON-ready dicts out; pages ``{"items",
"total", "next"}``)."""
from __future__ import annotations

import sqlite3
from typing import Any

from .service import ActorFilters, _like, _page


def commonest(column: str, outer: str = "g") -> str:
    """SQL for the commonest non-empty value of ``actors.{column}`` (``kind``, ``sector``)
    over the rows of the actor ``outer`` (an alias with ``name`` and ``country``): most rows
    first; a tie goes to the value first in alphabetical order (``GOV`` before ``MIL``);
    ``NULL`` when no row has one. Reads the ``actors(name, country, ...)`` index."""
    return (f"(SELECT s.{column} FROM actors s WHERE s.name = {outer}.name AND s.country IS {outer}.country"
            f" AND coalesce(s.{column}, '') != '' GROUP BY s.{column} ORDER BY count(*) DESC, s.{column} LIMIT 1)")


def _actor_where(f: ActorFilters) -> tuple[str, str, list[Any]]:
    """The ``WHERE`` of ``f`` over ``actors c`` (empty when no filter), the ``HAVING`` of its
    sector over the groups of ``c`` by name and country (the actor's :func:`commonest`
    sector) and their parameters."""
    where, args, having = [], [], ""
    if f.country:
        where.append("c.country = ?")
        args.append(f.country.upper())
    if f.q and f.q.strip():
        where.append("c.name LIKE ? ESCAPE '\\'")
        args.append(_like(f.q.strip()))
    if f.sector:  # candidates: actors with a row of that sector; kept: those whose commonest it is
        where.append("c.name IN (SELECT name FROM actors WHERE sector = ?)")
        args.append(f.sector.upper())
        having = f" HAVING {commonest('sector', 'c')} = ?"
        args.append(f.sector.upper())
    return (" WHERE " + " AND ".join(where)) if where else "", having, args


def actor_rows_where(f: ActorFilters) -> tuple[str, list[Any]]:
    """As :func:`_actor_where`, for the rows of ``actors c`` one by one (the export): the
    rows of the actors that ``f`` keeps."""
    w, having, args = _actor_where(f)
    if having:
        w += " AND " + having.removeprefix(" HAVING ")
    return w, args


def list_actors(con: sqlite3.Connection, f: ActorFilters, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of actors matching ``f``, one per (canonical name, country), most frequent
    first (by number of articles, then name).

    Each item: ``id`` (the actor's page, ``/api/actors/{id}``: the pair's first
    ``actors.id``), ``name``, ``country``, ``kind`` (person, state, organisation...) and
    ``sector`` (the commonest over its rows, :func:`commonest`; ``sector`` filters on it),
    ``kb_id`` (Wikidata QID or ``None``), ``articles`` (how many articles name it),
    ``mentions`` (how many times in all).
    """
    w, having, args = _actor_where(f)
    total = con.execute(f"SELECT count(*) FROM (SELECT 1 FROM actors c{w} GROUP BY c.name, c.country{having})",
                        args).fetchone()[0]
    rows = con.execute(
        f"SELECT g.id, g.name, g.country, {commonest('kind')} AS kind, {commonest('sector')} AS sector, g.kb_id,"
        f" g.articles, g.mentions FROM ("
        f"SELECT min(c.id) AS id, c.name, c.country, max(c.kb_id) AS kb_id,"
        f" count(DISTINCT c.article) AS articles,"
        f" sum((SELECT count(*) FROM mentions m WHERE m.actor = c.id)) AS mentions"
        f" FROM actors c{w} GROUP BY c.name, c.country{having}"
        f" ORDER BY articles DESC, c.name, c.country LIMIT ? OFFSET ?) g ORDER BY g.articles DESC, g.name, g.country",
        [*args, limit, offset]).fetchall()
    return _page([dict(r) for r in rows], total, offset, limit)

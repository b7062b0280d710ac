"""Where the events happened: the events of a store grouped by place, for the map
(``GET /api/events/places`` and the dashboard's ``/map``). Same conventions as
:mod:`dateline.api.service`: an open connection in, JSON-ready dicts out, the filters of
:class:`~dateline.api.service.EventFilters`.

An event is placed by its own coordinates when the coder found them (a city: precision
``"place"``), else at the representative point of its location's country (a country, a
region or a province named without coordinates: precision ``"country"``; points from
:mod:`dateline.api.world`). An event whose location has neither (a body such as "UN", a sea)
is counted as ``unplaced``; an event without a location is not counted as placed.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from . import world
from .event_query import event_where
from .service import EventFilters, _page

#: Events listed as examples of each place.
EXAMPLES = 5


def _key_and_point(name: str | None, country: str | None, lat: float | None,
                   lon: float | None) -> tuple[tuple, dict[str, Any]] | None:
    """The grouping key and the place's fields for one event's location, or ``None`` when it
    cannot be placed."""
    if lat is not None and lon is not None:
        lat, lon = round(lat, 4), round(lon, 4)
        label = name or f"{lat:.2f}, {lon:.2f}"
        return ("place", label, country, lat, lon), {"name": label, "country": country, "lat": lat, "lon": lon,
                                                     "precision": "place"}
    c = world.country(country)
    if c is None or c.point is None:
        return None
    return ("country", c.code), {"name": c.name, "country": c.code, "lat": c.point[0], "lon": c.point[1],
                                 "precision": "country"}


def places(con: sqlite3.Connection, f: EventFilters, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of the places of the events matching ``f``, most events first (then by name).

    Each item: ``name`` (the place; the country's name for precision ``country``),
    ``country`` (ISO 3166-1 alpha-3 or ``None``), ``lat``/``lon`` (decimal degrees, WGS 84),
    ``precision`` (``place`` or ``country``, see the module docstring), ``events`` (how many
    matching events are placed there), ``articles`` (in how many articles), ``types``
    (``{PLOVER type: events}``, largest first), ``names`` (``{location name as stored:
    events}``: for a country point, the provinces, regions and the country itself that were
    placed on it), ``examples`` (the first :data:`EXAMPLES` events in store order: ``{event,
    article, title, type}``, for ``/articles/{article}#e-{event}``).

    The page has ``items``, ``total`` (places), ``next`` as every list, and ``events`` (events
    matching ``f``), ``placed`` (of them, those on a place of any page), ``unplaced`` (those
    with a location that could not be placed).

    Raises:
        FilterError: as :func:`~dateline.api.service.list_events`.
    """
    where, args = event_where(con, f)
    base = f"FROM events e JOIN articles a ON a.id = e.article{where}"
    n_events = con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    extra = " AND " if where else " WHERE "
    rows = con.execute(
        f"SELECT e.id, e.article, a.title, e.type, e.location_name, e.location_country, e.latitude, e.longitude"
        f" {base}{extra}(e.location_name IS NOT NULL OR e.latitude IS NOT NULL) ORDER BY e.id", args)
    groups: dict[tuple, dict[str, Any]] = {}
    articles: dict[tuple, set[int]] = {}
    unplaced = 0
    for event, article, title, typ, name, country, lat, lon in rows:
        found = _key_and_point(name, country, lat, lon)
        if found is None:
            unplaced += 1
            continue
        key, fields = found
        g = groups.get(key)
        if g is None:
            g = groups[key] = {**fields, "events": 0, "articles": 0, "types": {}, "names": {}, "examples": []}
            articles[key] = set()
        g["events"] += 1
        g["types"][typ] = g["types"].get(typ, 0) + 1
        label = name or fields["name"]
        g["names"][label] = g["names"].get(label, 0) + 1
        articles[key].add(article)
        if len(g["examples"]) < EXAMPLES:
            g["examples"].append({"event": event, "article": article, "title": title, "type": typ})
    for key, g in groups.items():
        g["articles"] = len(articles[key])
        g["types"] = dict(sorted(g["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        g["names"] = dict(sorted(g["names"].items(), key=lambda kv: (-kv[1], kv[0])))
    ordered = sorted(groups.values(), key=lambda g: (-g["events"], g["name"], g["country"] or ""))
    page = _page(ordered[offset:offset + limit], len(ordered), offset, limit)
    page.update(events=n_events, placed=sum(g["events"] for g in ordered), unplaced=unplaced)
    return page

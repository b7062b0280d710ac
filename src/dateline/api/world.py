"""Country outlines and one representative point per country, for the map of event places.

Read from the data files that the ``countryinfo`` package (PyPI, MIT licence) installs with
itself: nothing is downloaded, at install or at run time. Its outlines are those of
world.geo.json (Johan Sundström, Unlicense), drawn from Natural Earth's 1:110m admin-0
countries (public domain); its points (``latlng``) are rough centres of each country, as in
mledoze/countries. countryinfo 1.0.1 has no outline for Hungary, Serbia, Montenegro, Myanmar
and Jamaica (their points are there), nor for Kosovo; small island states have points only.

Coordinates are decimal degrees; rings are lists of ``(lon, lat)`` pairs (GeoJSON order),
each closed (first pair = last pair). Loaded once per process (about 50 ms, 2 MB of JSON).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

#: Attribution shown under the map.
SOURCE = ("Country outlines: Natural Earth 1:110m (public domain) via world.geo.json and the countryinfo "
          "package (MIT)")

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Country:
    """One country.

    Attributes:
        code: ISO 3166-1 alpha-3 ("NER").
        name: short English name ("Niger").
        point: ``(lat, lon)`` of a point in (or near) the country, or ``None``.
        polygons: the outline, a tuple of polygons, each a tuple of rings (outer ring first,
            then holes) of ``(lon, lat)`` pairs; empty when the data has none.
    """

    code: str
    name: str
    point: tuple[float, float] | None
    polygons: tuple[tuple[Ring, ...], ...]


def _polygons(geojson: dict | None) -> tuple[tuple[Ring, ...], ...]:
    """The polygons of a GeoJSON FeatureCollection, Feature or geometry (others ignored)."""
    if not geojson:
        return ()
    if geojson.get("type") == "FeatureCollection":
        return tuple(p for feat in geojson.get("features") or () for p in _polygons(feat))
    if geojson.get("type") == "Feature":
        return _polygons(geojson.get("geometry"))
    coords = geojson.get("coordinates") or []
    if geojson.get("type") == "Polygon":
        coords = [coords]
    elif geojson.get("type") != "MultiPolygon":
        return ()
    return tuple(tuple(tuple((float(x), float(y)) for x, y, *_ in ring) for ring in poly if len(ring) >= 4)
                 for poly in coords if poly)


@functools.cache
def countries() -> dict[str, Country]:
    """Every country of the data with an ISO alpha-3 code, by that code (upper case).

    Where the data has two entries for one code (e.g. "Myanmar" and "Burma"), the first with
    a name keeps it and the outline and point come from the first entry that has them.
    """
    from countryinfo import CountryInfo

    merged: dict[str, dict] = {}
    for entry in CountryInfo.all().values():
        code = str((entry.get("ISO") or {}).get("alpha3") or "").upper()
        if len(code) != 3:
            continue
        m = merged.setdefault(code, {"name": entry.get("name") or code, "point": None, "polygons": ()})
        latlng = entry.get("latlng") or []
        if m["point"] is None and len(latlng) == 2:
            m["point"] = (float(latlng[0]), float(latlng[1]))
        if not m["polygons"]:
            m["polygons"] = _polygons(entry.get("geoJSON"))
    return {code: Country(code, m["name"], m["point"], m["polygons"]) for code, m in sorted(merged.items())}


def country(code: str | None) -> Country | None:
    """The country with ISO alpha-3 ``code`` (any case), or ``None`` (unknown code, a body
    such as "UN", or ``None``)."""
    if not code:
        return None
    return countries().get(code.upper())

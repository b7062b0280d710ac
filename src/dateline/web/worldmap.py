"""The dashboard's map of event places, drawn on the server as inline SVG: country outlines
(:mod:`dateline.api.world`) in an equirectangular projection, one circle per place of
:func:`dateline.api.places.places`, its radius growing with the square root of its events.

Pure functions of plain data; every string from the store is escaped. The outlines are
projected once per process and width (:func:`outlines`).
"""
from __future__ import annotations

import functools
import math
from html import escape
from typing import Callable

from markupsafe import Markup

from ..api import world
from .netlayout import text_width
from .render import type_colour

#: Latitudes drawn (degrees): Antarctica and the Arctic Ocean are cut off.
LAT_TOP, LAT_BOTTOM = 84.0, -58.0
#: Places labelled with their name on the map (the ones with most events).
LABELS = 8
#: On a narrow screen (CSS ``max-width: 600px``) the map shrinks to about 375 px: at most
#: :data:`NARROW_LABELS` places are named there, in :data:`NARROW_FONT` px of the viewBox
#: (10.5 px on the screen), none over another.
NARROW_LABELS, NARROW_FONT = 4, 28


def project(lat: float, lon: float, width: float) -> tuple[float, float]:
    """``(x, y)`` in pixels of a point at ``lat``/``lon`` (decimal degrees) on a map
    ``width`` pixels wide: x grows eastwards from longitude -180, y southwards from
    :data:`LAT_TOP`; latitudes outside the drawn band are clamped to its edges."""
    k = width / 360.0
    lat = min(LAT_TOP, max(LAT_BOTTOM, lat))
    return (lon + 180.0) * k, (LAT_TOP - lat) * k


def height(width: float) -> float:
    """Height in pixels of a map ``width`` pixels wide."""
    return (LAT_TOP - LAT_BOTTOM) * width / 360.0


def _ring_path(ring: world.Ring, width: float) -> str:
    pts: list[str] = []
    last = None
    for lon, lat in ring:
        x, y = project(lat, lon, width)
        p = f"{x:.1f} {y:.1f}"
        if p != last:
            pts.append(p)
            last = p
    return "M" + " ".join(pts) + "Z" if len(pts) >= 3 else ""


@functools.lru_cache(maxsize=4)
def outlines(width: int) -> tuple[tuple[str, str, str], ...]:
    """``(ISO alpha-3, name, SVG path data)`` of every country with an outline except
    Antarctica, projected for ``width``."""
    out = []
    for c in world.countries().values():
        if c.code == "ATA" or not c.polygons:
            continue
        d = "".join(_ring_path(ring, width) for poly in c.polygons for ring in poly)
        if d:
            out.append((c.code, c.name, d))
    return tuple(out)


def _graticule(width: int) -> str:
    h = height(width)
    lines = []
    for lon in range(-150, 180, 30):
        x, _ = project(0, lon, width)
        lines.append(f"M{x:.1f} 0V{h:.1f}")
    for lat in range(-30, 90, 30):
        _, y = project(lat, 0, width)
        lines.append(f"M0 {y:.1f}H{width}")
    return f'<path class="graticule" d="{"".join(lines)}"/>'


def _narrow_labels(items: list[dict], order: list[int], width: int) -> list[str]:
    """``<text class="narrow">`` names of the places with most events (``order``), for a
    narrow screen: at most :data:`NARROW_LABELS`, beside their circle, inside the picture,
    each skipped that would touch one already named."""
    top = max((p["events"] for p in items), default=1)
    h, boxes, out = height(width), [], []
    for i in order[:NARROW_LABELS * 3]:
        p = items[i]
        x, y = project(p["lat"], p["lon"], width)
        r = 3 + 11 * math.sqrt(p["events"] / top)
        w = text_width(p["name"], NARROW_FONT)
        if w > width / 2:
            continue
        start = x + r + 3 + w <= width
        x0 = x + r + 3 if start else x - r - 3 - w
        base = min(max(y + NARROW_FONT * 0.35, NARROW_FONT), h - NARROW_FONT * 0.3)
        box = (x0 - 4, base - NARROW_FONT, x0 + w + 4, base + NARROW_FONT * 0.3)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
            continue
        boxes.append(box)
        out.append(f'<text class="narrow" x="{x0 if start else x0 + w:.1f}" y="{base:.1f}" '
                   f'text-anchor="{"start" if start else "end"}">{escape(p["name"])}</text>')
        if len(out) == NARROW_LABELS:
            break
    return out


def map_svg(result: dict, *, width: int = 1000, href: Callable[[dict], str] | None = None) -> Markup:
    """The map of :func:`~dateline.api.places.places`'s ``items`` (any page): the countries
    (those with a placed event have class ``hit``), then one ``<circle class="pt pt-place">``
    (own coordinates) or ``pt pt-country`` (country's point) per place, radius 3 to 14 px by
    the square root of its events, coloured by its commonest PLOVER type, the largest drawn
    first; a ``<title>`` gives name, country and counts; the :data:`LABELS` largest are
    named (fewer and larger on a narrow screen, :func:`_narrow_labels`). ``data-i`` is the
    place's index in ``items``. With ``href(place)`` each circle is
    a link (``<a class="pt-link">``)."""
    items = result["items"]
    h = height(width)
    hit = {p["country"] for p in items if p["country"]}
    out = [f'<svg class="worldmap" role="img" aria-label="map of event places" width="{width}" height="{h:.0f}" '
           f'viewBox="0 0 {width} {h:.0f}" xmlns="http://www.w3.org/2000/svg">',
           f'<rect class="sea" x="0" y="0" width="{width}" height="{h:.0f}"/>', _graticule(width), '<g class="lands">']
    for code, name, d in outlines(width):
        cls = "land hit" if code in hit else "land"
        out.append(f'<path class="{cls}" data-country="{code}" d="{d}"><title>{escape(name)}</title></path>')
    out.append('</g><g class="points">')
    top = max((p["events"] for p in items), default=1)
    labels = []
    order = sorted(range(len(items)), key=lambda i: (-items[i]["events"], items[i]["name"]))
    for rank, i in enumerate(order):
        p = items[i]
        x, y = project(p["lat"], p["lon"], width)
        r = 3 + 11 * math.sqrt(p["events"] / top)
        main = next(iter(p["types"]), "")
        where = p["name"] + (f" ({p['country']})" if p["country"] else "")
        types = ", ".join(f"{t} {n}" for t, n in p["types"].items())
        extra = "" if p["precision"] == "place" else "; placed at the country's centre: " + \
            ", ".join(p["names"])
        out.append(f'<circle class="pt pt-{p["precision"]}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                   f'fill="{type_colour(main)}" style="color: {type_colour(main)}" data-i="{i}" '
                   f'data-name="{escape(p["name"])}" data-events="{p["events"]}">'
                   f'<title>{escape(where)}: {p["events"]} event{"s" if p["events"] != 1 else ""} in '
                   f'{p["articles"]} article{"s" if p["articles"] != 1 else ""} ({escape(types)}){escape(extra)}'
                   f'</title></circle>')
        if href:
            out[-1] = f'<a class="pt-link" href="{escape(href(p))}">{out[-1]}</a>'
        if rank < LABELS:
            anchor, lx = ("end", x - r - 3) if x > width - 120 else ("start", x + r + 3)
            labels.append(f'<text class="wide" x="{lx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">'
                          f'{escape(p["name"])}</text>')
    out.append('</g><g class="labels">')
    out.extend(labels)
    out.extend(_narrow_labels(items, order, width))
    out.append("</g></svg>")
    return Markup("".join(out))

"""The overview's timeline: events per day, week, month or year, stacked by PLOVER type, over
the range the filters ask for (else the range of the matching events), with a y-axis.

:func:`buckets` counts (SQL over the event filters of :mod:`dateline.api.service`);
:func:`timeline_svg` draws them as inline SVG (a fixed ``viewBox`` that CSS scales to the
page). No charting library is used: none that draws server-side SVG offline is installed, and
matplotlib (the obvious one) would add a large dependency and tens of milliseconds a page.
"""
from __future__ import annotations

import math
import sqlite3
from datetime import date, timedelta
from html import escape
from typing import Any, Callable

from markupsafe import Markup

from ..api.event_query import event_where
from ..api.service import EVENT_DAY, EventFilters
from .render import type_colour

#: The bucket for a range of at most this many days (inclusive): day, week, month, else year.
DAYS_BY_DAY, DAYS_BY_WEEK, DAYS_BY_MONTH = 31, 190, 366 * 15
#: The picture's size in px (viewBox; CSS scales it) and its margins.
WIDTH, HEIGHT = 900, 300
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 14, 42
#: Font sizes of the labels (px of the viewBox; ``dashboard.css``): :data:`FONT` as drawn at
#: full width, :data:`NARROW_FONT` on a narrow screen (CSS ``max-width: 600px`` shows the
#: ``narrow`` labels instead of the ``wide`` ones), where the picture shrinks to about 375 px:
#: 25 px of the viewBox are then 10.4 px on the screen.
FONT, NARROW_FONT = 11, 25
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def bucket_of(d: date, size: str) -> date:
    """The first day of the ``size`` bucket (``day``, ``week`` from Monday, ``month``,
    ``year``) that holds ``d``."""
    if size == "week":
        return d - timedelta(days=d.weekday())
    if size == "month":
        return d.replace(day=1)
    if size == "year":
        return d.replace(month=1, day=1)
    return d


def _next(d: date, size: str) -> date:
    if size == "day":
        return d + timedelta(days=1)
    if size == "week":
        return d + timedelta(days=7)
    if size == "month":
        return date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return date(d.year + 1, 1, 1)


def bucket_size(first: date, last: date) -> str:
    """``day`` for a range of at most :data:`DAYS_BY_DAY` days, ``week`` up to
    :data:`DAYS_BY_WEEK`, ``month`` up to :data:`DAYS_BY_MONTH`, else ``year``."""
    days = (last - first).days + 1
    for size, most in (("day", DAYS_BY_DAY), ("week", DAYS_BY_WEEK), ("month", DAYS_BY_MONTH)):
        if days <= most:
            return size
    return "year"


def buckets(con: sqlite3.Connection, f: EventFilters) -> dict[str, Any]:
    """Events matching ``f`` per bucket and type.

    Returns ``{"bucket": "day" | "week" | "month" | "year", "from": first day, "to": last day
    (ISO dates: ``f``'s bounds, else the first and last matching events' days), "starts":
    [first day of each bucket], "types": {type: [count per bucket]} (by decreasing total),
    "totals": [count per bucket], "total": N, "outside": K, "undated": U}``. An event is counted on
    :data:`~dateline.api.service.EVENT_DAY`; as in the timeline before, events dated outside the
    months of the store's publication dates are left out (an event of June 1941 in a 2019
    article) and counted in ``outside``; events with no day at all (no date of their own, in an
    article without a publication date) are counted in ``undated``.

    Raises:
        FilterError: as :func:`~dateline.api.service.list_events`.
    """
    where, args = event_where(con, f)
    rows = con.execute(f"SELECT {EVENT_DAY} AS day, e.type, count(*) FROM events e JOIN articles a ON a.id = e.article"
                       f"{where} GROUP BY 1, 2 ORDER BY 1", args).fetchall()
    lo, hi = con.execute("SELECT min(substr(published, 1, 7)), max(substr(published, 1, 7)) FROM articles").fetchone()
    kept, outside = [], 0
    undated = sum(n for day, _, n in rows if day is None)  # no date of their own, an article without one
    for day, typ, n in rows:
        if day is None:
            continue
        try:
            when = date.fromisoformat(day)
        except ValueError:
            when = None
        if when is None or lo is None or not lo <= day[:7] <= hi:
            outside += n
        else:
            kept.append((when, typ, n))
    empty = {"bucket": "month", "from": None, "to": None, "starts": [], "types": {}, "totals": [], "total": 0,
             "outside": outside, "undated": undated}
    if not kept:
        return empty
    first = f.date_from or kept[0][0]
    last = f.date_to or kept[-1][0]
    size = bucket_size(first, last)
    starts, d = [], bucket_of(first, size)
    while d <= last:
        starts.append(d)
        d = _next(d, size)
    index = {s: i for i, s in enumerate(starts)}
    types: dict[str, list[int]] = {}
    for when, typ, n in kept:
        types.setdefault(typ, [0] * len(starts))[index[bucket_of(when, size)]] += n
    ordered = dict(sorted(types.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    totals = [sum(col) for col in zip(*ordered.values())]
    return {"bucket": size, "from": first.isoformat(), "to": last.isoformat(), "starts": [s.isoformat() for s in starts],
            "types": ordered, "totals": totals, "total": sum(totals), "outside": outside, "undated": undated}


def nice_ticks(top: int, most: int = 5) -> list[int]:
    """0 and round steps (1, 2 or 5 times a power of ten) up to at least ``top``, at most
    ``most`` steps."""
    top = max(top, 1)
    step = 1
    for power in range(0, 12):
        for m in (1, 2, 5):
            step = m * 10 ** power
            if math.ceil(top / step) <= most:
                return list(range(0, step * math.ceil(top / step) + 1, step))
    return [0, top]


def _label(start: date, size: str, previous: date | None) -> str:
    if size == "year":
        return str(start.year)
    if size == "month":
        return str(start.year) if start.month == 1 or previous is None else _MONTHS[start.month - 1]
    text = f"{_MONTHS[start.month - 1]} {start.day}"
    return f"{text}, {start.year}" if previous is None or previous.year != start.year else text


def _axis(days: list[date], size: str, step: float, base: float, font: float, cls: str) -> list[str]:
    """The date labels (``<text class="{cls}">`` of ``font`` px, with their tick marks) under
    the bars, left to right, each far enough from the one before for ``font``; a long run of
    months is labelled at its years only."""
    years_only = size == "month" and len(days) > 24
    out, last_x, last_w, previous = [], -1e9, 0.0, None
    for i, start in enumerate(days):
        if years_only and start.month != 1 and i:
            continue
        text = str(start.year) if years_only else _label(start, size, previous)
        x, w = LEFT + i * step + step / 2, 6.5 * len(text) * font / FONT + 4
        if x - w / 2 < 0 or x + w / 2 > WIDTH or x - last_x < (w + last_w) / 2 + 6:
            continue
        out.append(f'<g class="{cls}"><line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" class="tl-base"/>'
                   f'<text x="{x:.1f}" y="{base + 4 + font * 1.1:.1f}" text-anchor="middle">{escape(text)}</text></g>')
        last_x, last_w, previous = x, w, start
    return out


def timeline_svg(tl: dict, *, href: Callable[[str, str, str], str | None] | None = None,
                 colour: Callable[[str], str | None] | None = None, what: str = "events") -> Markup:
    """:func:`buckets` as stacked bars: one bar per bucket, one colour per type (largest total
    at the bottom), a y-axis of round ticks ("events per week" ...), dates under the bars.
    Each piece of a bar is a ``<rect data-type data-from data-to>`` with a ``<title>`` "TYPE,
    week of 2020-01-06: 3"; a legend (types and totals) follows the chart. With ``href(type,
    first day, last day)`` (ISO dates) each piece is a link, ``<a class="tl-bar" data-type
    data-from data-to data-n>``; ``colour(type)`` overrides a type's colour; ``what`` names
    what is counted on the y-axis."""
    starts, types, size = tl["starts"], tl["types"], tl["bucket"]
    if not starts or not tl["total"]:
        return Markup('<p class="empty">No events match.</p>')
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    ticks = nice_ticks(max(tl["totals"]))
    scale = plot_h / ticks[-1]
    step = plot_w / len(starts)
    gap = min(2.0, step * 0.2)
    base = TOP + plot_h
    out = [f'<svg class="timeline" role="img" aria-label="events per {size} by type" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg" data-bucket="{size}">']
    for t in ticks:  # y-axis: gridlines and counts
        y = base - t * scale
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" class="tl-grid"/>'
                   f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="tl-tick wide">{t}</text>')
    out.append(f'<text class="tl-ylabel wide" transform="translate(13 {TOP + plot_h / 2:.0f}) rotate(-90)" '
               f'text-anchor="middle">{escape(what)} per {size}</text>')
    fill = {t: (colour(t) if colour else None) or type_colour(t) for t in types}
    days = [date.fromisoformat(s) for s in starts]
    for i, start in enumerate(days):
        x, y = LEFT + i * step + gap / 2, base
        end = _next(start, size) - timedelta(days=1)
        when = {"day": start.isoformat(), "week": f"week of {start.isoformat()}",
                "month": start.isoformat()[:7], "year": str(start.year)}[size]
        for typ, counts in types.items():
            n = counts[i]
            if not n:
                continue
            h = n * scale
            y -= h
            rect = (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(step - gap, 0.5):.1f}" height="{h:.1f}" '
                    f'fill="{fill[typ]}" data-type="{escape(typ)}" data-from="{start.isoformat()}" '
                    f'data-to="{end.isoformat()}"><title>{escape(typ)}, {when}: {n}</title></rect>')
            url = href(typ, start.isoformat(), end.isoformat()) if href else None
            out.append(f'<a class="tl-bar" href="{escape(url)}" data-type="{escape(typ)}" data-from="{start.isoformat()}" '
                       f'data-to="{end.isoformat()}" data-n="{n}">{rect}</a>' if url else rect)
    out.append(f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" class="tl-base"/>')
    out.extend(_axis(days, size, step, base, FONT, "tl-axis wide"))
    out.extend(_axis(days, size, step, base, NARROW_FONT, "tl-axis-n narrow"))
    # narrow screens: the counts at the left end of their gridlines (0 left out), over the bars,
    # the top one naming what is counted (the rotated y-label would not fit at that size)
    for t in ticks[1:]:
        y = base - t * scale
        text = f"{t} {what} per {size}" if t == ticks[-1] else str(t)
        out.append(f'<text x="{LEFT + 4}" y="{y + NARROW_FONT * 0.85:.1f}" class="tl-tick-n narrow">{escape(text)}</text>')
    out.append("</svg>")
    legend = "".join(f'<li><span class="tag" style="background: {fill[t]}">{escape(t)}</span> {sum(c)}</li>'
                     for t, c in types.items())
    return Markup("".join(out) + f'<ul class="tl-legend">{legend}</ul>')

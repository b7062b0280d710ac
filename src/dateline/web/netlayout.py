"""Where the actor network's nodes and labels go: nodes on a circle (grouped by country, then
name), labels in two columns beside it (the right half's nodes labelled on the right, the left
half's on the left), each at its node's height unless that would touch the label above it, a
leader line from node to label. No two labels overlap and none is cut at the edges: the
picture is as wide and as tall as its labels need (it scales down with CSS ``max-width:100%``
and its ``viewBox``). A label longer than :data:`MAX_LABEL` characters is cut with "…" (the
full name stays in the node's ``<title>``). A narrow screen, where the picture shrinks to
about 375 px, shows other labels instead: larger, for the most connected nodes that the
columns hold, the name alone when "name (country)" is too long (:data:`NARROW_FONT`).

Text widths are estimated (no font is measured on the server) generously from each
character's class, so the boxes a browser draws are no wider than those laid out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

#: Font size of the labels (px; the CSS of ``svg.network .node text``) and the line height.
FONT, LINE = 11, 15
#: The longest label, in characters ("…" included).
MAX_LABEL = 28
#: Gap (px) between the largest node and the label columns, and around the picture.
GAP, MARGIN = 18, 8
#: The largest node radius :func:`node_radius` gives.
R_MAX = 13.0
#: On a narrow screen (CSS ``max-width: 600px``; ``svg.network .node text.narrow``) the
#: picture shrinks to about 375 px, so fewer labels are drawn larger instead: font size and
#: line height in px of the viewBox, and the widest narrow label. A picture is then at most
#: about 950 px wide (columns of ~230 px around the circle), so 26 px are 10 px or more on
#: the screen.
NARROW_FONT, NARROW_LINE, NARROW_WIDTH = 26, 34, 220

_NARROW = set("ijlI.,;:'!|()[]ft ")
_WIDE = set("MWmw@%")


def text_width(text: str, font: float = FONT) -> float:
    """An upper estimate of ``text``'s width in px in a sans-serif font of ``font`` px."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.36
        elif ch in _WIDE:
            em += 0.95
        elif ch.isupper() or not ch.isascii():
            em += 0.78
        else:
            em += 0.62
    return em * font


def fit(text: str, width: float, font: float) -> str:
    """``text``, cut with "…" where needed so that it is at most ``width`` px wide in ``font``."""
    if text_width(text, font) <= width:
        return text
    while len(text) > 1 and text_width(text.rstrip() + "…", font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def narrow_label(name: str, country: str | None, width: float) -> str:
    """The label of a node on a narrow screen: "name (country)" if it fits ``width`` px in
    :data:`NARROW_FONT`, else the name, cut if need be."""
    full = name + (f" ({country})" if country else "")
    return full if text_width(full, NARROW_FONT) <= width else fit(name, width, NARROW_FONT)


def short_label(label: str, limit: int = MAX_LABEL) -> str:
    """``label`` cut to at most ``limit`` characters, ending with "…" when cut."""
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def node_radius(weight: int, top: int) -> float:
    """The radius (px) of a node of ``weight`` events when the heaviest has ``top``."""
    return 4 + (R_MAX - 4) * math.sqrt(weight / (top or 1))


@dataclass
class Placed:
    """One node (``name``: its key, :func:`~dateline.api.aggregates.node_key`): centre ``x``, ``y`` and radius ``r``; its label's text, anchor point
    (``lx``, ``ly``: the baseline's start, or its end when ``anchor`` is ``end``) and box
    ``(x0, y0, x1, y1)``."""

    name: str
    x: float
    y: float
    r: float
    label: str
    lx: float
    ly: float
    anchor: str
    box: tuple[float, float, float, float]
    #: The narrow screen's label (``None``: not labelled there), its baseline and its box.
    narrow: str | None = None
    nly: float = 0.0
    nbox: tuple[float, float, float, float] | None = None


def _spread(wanted: list[float], top: float, bottom: float, line: float = LINE) -> list[float]:
    """Heights as close to ``wanted`` (ascending) as keeps them ``line`` apart, within
    ``[top, bottom]`` (which must hold them all)."""
    ys = list(wanted)
    for i in range(len(ys)):
        ys[i] = max(ys[i], top if i == 0 else ys[i - 1] + line)
    for i in range(len(ys) - 1, -1, -1):
        ys[i] = min(ys[i], bottom if i == len(ys) - 1 else ys[i + 1] - line)
    return ys


def layout(nodes: list[dict], *, radius: float = 200) -> tuple[float, float, float, float, list[Placed]]:
    """``(width, height, cx, cy, placed)`` for :func:`~dateline.api.aggregates.network`'s
    ``nodes`` (``name``, ``country``, ``weight``): the circle's centre and one :class:`Placed`
    per node, in circle order. Labels are "name (country)"; on a narrow screen the heaviest
    nodes of each column that its height holds at :data:`NARROW_LINE` are labelled
    (:func:`narrow_label`), the others not."""
    order = sorted(nodes, key=lambda n: (n["country"] or "~", n["name"]))
    top = max((n["weight"] for n in order), default=1)
    labels = [short_label(n["name"] + (f" ({n['country']})" if n["country"] else "")) for n in order]
    angles = [2 * math.pi * i / len(order) - math.pi / 2 for i in range(len(order))]
    right = [i for i, a in enumerate(angles) if math.cos(a) >= -1e-9]
    left = [i for i in range(len(order)) if i not in set(right)]
    w_left = max((text_width(labels[i]) for i in left), default=0.0)
    w_right = max((text_width(labels[i]) for i in right), default=0.0)

    def room(side: list[int], wide: float) -> float:  # the narrow screen's labels too, up to NARROW_WIDTH
        need = max((text_width(order[i]["name"], NARROW_FONT) for i in side), default=0.0)
        return max(wide, min(NARROW_WIDTH, need))

    w_left, w_right = room(left, w_left), room(right, w_right)
    # tall enough for the longer column; wide enough for both columns of labels
    height = max(2 * (radius + R_MAX + MARGIN), LINE * max(len(left), len(right)) + 2 * MARGIN + LINE)
    cx = MARGIN + w_left + GAP + R_MAX + radius
    cy = height / 2
    width = cx + radius + R_MAX + GAP + w_right + MARGIN
    placed: list[Placed | None] = [None] * len(order)
    for side, column, anchor in ((right, cx + radius + R_MAX + GAP, "start"), (left, cx - radius - R_MAX - GAP, "end")):
        side = sorted(side, key=lambda i: math.sin(angles[i]))
        ys = _spread([cy + radius * math.sin(angles[i]) + FONT / 3 for i in side], MARGIN + LINE, height - MARGIN - 4)
        for i, y in zip(side, ys):
            n, a = order[i], angles[i]
            w = text_width(labels[i])
            x0 = column if anchor == "start" else column - w
            placed[i] = Placed(n.get("key", n["name"]), cx + radius * math.cos(a), cy + radius * math.sin(a),
                               node_radius(n["weight"], top), labels[i], column, y, anchor,
                               (x0, y - FONT, x0 + w, y + FONT * 0.3))
        _narrow(placed, order, side, angles, cy, radius, height, w_left if anchor == "end" else w_right)
    return width, height, cx, cy, [p for p in placed if p is not None]


def _narrow(placed: list, order: list[dict], side: list[int], angles: list[float], cy: float, radius: float,
            height: float, width: float) -> None:
    """Give the heaviest nodes of one column (``side``) that ``height`` holds their narrow
    labels (:class:`Placed` ``narrow``, ``nly``, ``nbox``), each near its node's height,
    :data:`NARROW_LINE` apart, at most ``width`` px wide."""
    top, bottom = MARGIN + NARROW_FONT, height - MARGIN - 6
    room = int((bottom - top) // NARROW_LINE) + 1
    chosen = sorted(side, key=lambda i: (-order[i]["weight"], order[i]["name"]))[:room]
    chosen.sort(key=lambda i: math.sin(angles[i]))
    ys = _spread([cy + radius * math.sin(angles[i]) + NARROW_FONT / 3 for i in chosen], top, bottom, NARROW_LINE)
    for i, y in zip(chosen, ys):
        p = placed[i]
        p.narrow = narrow_label(order[i]["name"], order[i]["country"], width)
        w = text_width(p.narrow, NARROW_FONT)
        x0 = p.lx if p.anchor == "start" else p.lx - w
        p.nly, p.nbox = y, (x0, y - NARROW_FONT, x0 + w, y + NARROW_FONT * 0.3)

"""Server-side drawing for the dashboard: the network as inline SVG (the timeline is
:mod:`dateline.web.timeline`), and an
article's text with its spans as nested ``<mark>`` elements. Pure functions of plain data;
every string from the store is escaped.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Callable
from html import escape

from markupsafe import Markup

from . import netlayout

#: One colour per PLOVER type (cooperative in greens/blues, conflictual in oranges/reds).
TYPE_COLOURS = {
    "AGREE": "#2b8a3e", "CONSULT": "#1971c2", "SUPPORT": "#37b24d", "CONCEDE": "#66a80f",
    "COOPERATE": "#0c8599", "AID": "#12b886", "RETREAT": "#74c0fc", "REQUEST": "#7950f2",
    "ACCUSE": "#f08c00", "REJECT": "#e8590c", "THREATEN": "#f06595", "PROTEST": "#ae3ec9",
    "SANCTION": "#343a40", "MOBILIZE": "#7c4a03", "COERCE": "#e03131", "ASSAULT": "#a61e4d",
}


def type_colour(t: str) -> str:
    return TYPE_COLOURS.get(t, "#868e96")


def network_svg(net: dict, *, radius: int = 200, node_href: Callable[[dict], str] | None = None,
                edge_href: Callable[[dict, dict], str] | None = None) -> Markup:
    """:func:`aggregates.network`'s nodes on a circle of ``radius`` px (grouped by country,
    then by name) with their labels beside it, never overlapping (:mod:`dateline.web.netlayout`),
    directed edges as curves bending towards the centre, stroke width and opacity by weight,
    node radius by weighted degree; ``<title>`` tooltips give the full names and the counts.
    One node per actor (name and country; a node's tooltip gives its ``events``). With
    ``node_href(node)`` / ``edge_href(source node, target node)`` nodes and edges are links
    (``<a class="node-link">``, ``<a class="edge-link">``); nodes and edges carry ``data-key``
    / ``data-source-key`` / ``data-target-key`` (node keys) for the hover highlight. A node's
    label is ``<text class="wide">``; the heaviest nodes also have a larger, shorter
    ``<text class="narrow">`` that a narrow screen shows instead (``dashboard.css``)."""
    nodes, edges = net["nodes"], net["edges"]
    if not nodes:
        return Markup('<p class="empty">No actor acts on another in the events that match.</p>')
    width, height, cx, cy, placed = netlayout.layout(nodes, radius=radius)
    pos = {p.name: p for p in placed}
    by_key = {n.get("key", n["name"]): n for n in nodes}
    full = {k: n["name"] + (f" ({n['country']})" if n["country"] else "") for k, n in by_key.items()}
    wmax = max((e["weight"] for e in edges), default=1)
    out = [f'<svg class="network" role="img" aria-label="who acts on whom" width="{width:.0f}" height="{height:.0f}" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" xmlns="http://www.w3.org/2000/svg">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for e in reversed(edges):  # heaviest drawn last, on top
        a, b = pos[e["source"]], pos[e["target"]]
        mx, my = (a.x + b.x) / 2, (a.y + b.y) / 2
        qx, qy = mx + (cx - mx) * 0.35, my + (cy - my) * 0.35
        w = e["weight"] / wmax
        types = ", ".join(f"{t} {n}" for t, n in sorted(e["types"].items(), key=lambda kv: -kv[1]))
        main = max(e["types"].items(), key=lambda kv: kv[1])[0]
        src, dst = by_key[e["source"]], by_key[e["target"]]
        out.append(f'<path class="edge" d="M{a.x:.1f},{a.y:.1f} Q{qx:.1f},{qy:.1f} {b.x:.1f},{b.y:.1f}" '
                   f'stroke="{type_colour(main)}" stroke-width="{1 + 5 * w:.1f}" stroke-opacity="{0.35 + 0.6 * w:.2f}" '
                   f'fill="none" marker-end="url(#arrow)" data-source-key="{escape(e["source"])}" '
                   f'data-target-key="{escape(e["target"])}" data-source="{escape(src["name"])}" '
                   f'data-target="{escape(dst["name"])}"><title>{escape(full[e["source"]])} → '
                   f'{escape(full[e["target"]])}: {e["weight"]} events ({escape(types)})</title></path>')
        if edge_href:
            out[-1] = f'<a class="edge-link" href="{escape(edge_href(src, dst))}">{out[-1]}</a>'
    for p in placed:
        n = by_key[p.name]
        count = n.get("events", n["weight"])
        # leader: from the node's rim towards the label, then along to it
        sx = p.x + (p.r + 2) * (1 if p.anchor == "start" else -1)
        ex = p.lx - 3 if p.anchor == "start" else p.lx + 3
        narrow = ""  # a narrow screen's label (CSS shows it instead of the other), if it has one
        if p.narrow:
            narrow = (f'<polyline class="leader narrow" points="{sx:.1f},{p.y:.1f} {(sx + ex) / 2:.1f},'
                      f'{p.nly - 9:.1f} {ex:.1f},{p.nly - 9:.1f}"/><text class="narrow" x="{p.lx:.1f}" '
                      f'y="{p.nly:.1f}" text-anchor="{p.anchor}">{escape(p.narrow)}<title>{escape(full[p.name])}'
                      f'</title></text>')
        node = (f'<g class="node" data-name="{escape(n["name"])}" data-country="{escape(n["country"] or "")}" '
                f'data-key="{escape(p.name)}">'
                f'<polyline class="leader wide" points="{sx:.1f},{p.y:.1f} {(sx + ex) / 2:.1f},{p.ly - 4:.1f} '
                f'{ex:.1f},{p.ly - 4:.1f}"/>'
                f'<circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="{p.r:.1f}">'
                f'<title>{escape(full[p.name])}: {count} events as actor or recipient</title></circle>'
                f'<text class="wide" x="{p.lx:.1f}" y="{p.ly:.1f}" text-anchor="{p.anchor}">{escape(p.label)}'
                f'<title>{escape(full[p.name])}</title></text>{narrow}</g>')
        out.append(f'<a class="node-link" href="{escape(node_href(n))}">{node}</a>' if node_href else node)
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(order=True)
class _Span:
    start: int
    neg_end: int
    rank: int
    cls: str = field(compare=False)
    attrs: dict = field(compare=False, default_factory=dict)

    @property
    def end(self) -> int:
        return -self.neg_end


#: Nesting rank when two spans start and end at the same place (lower = outer).
RANKS = {"quote": 0, "event-sentence": 0, "cue": 2, "speaker": 1, "mention": 3, "event": 2, "place": 4, "date": 4, "amount": 4}


def highlight(text: str, spans: list[tuple[int, int, str, dict]]) -> Markup:
    """``text`` as HTML with each ``(start, end, kind, attrs)`` span wrapped in
    ``<mark class="hl hl-KIND" ...attrs>``; ``str`` offsets; spans out of range or empty are
    dropped. Spans that cross are split so that the HTML nests: every piece keeps the class
    and ``data-*`` attributes, only the first piece keeps an ``id``. Spans with the same
    offsets and kind are drawn once, the ids of the others kept on empty ``<span class="anchor">``
    elements before it (two events of one trigger: both ``#e-`` links land); a different kind on
    the same offsets nests inside (the order of :data:`RANKS`)."""
    seen: set[tuple[int, int, str]] = set()
    anchors: dict[int, list[str]] = {}  # ids of spans drawn by another of the same offsets and kind
    heap: list[_Span] = []
    for start, end, kind, attrs in spans:
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        if (start, end, kind) in seen:  # two events of one trigger: the link to the second still lands
            if attrs.get("id"):
                anchors.setdefault(start, []).append(str(attrs["id"]))
            continue
        seen.add((start, end, kind))
        heapq.heappush(heap, _Span(start, -end, RANKS.get(kind, 5), kind, dict(attrs)))
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(escape(text[pos:upto], quote=False))
            pos = upto

    def close_until(limit: int) -> None:
        while stack and stack[-1].end <= limit:
            s = stack.pop()
            emit(s.end)
            out.append("</mark>")

    while heap:
        s = heapq.heappop(heap)
        close_until(s.start)
        if stack and s.end > stack[-1].end:  # crosses the enclosing span: split at its end
            rest = dict(s.attrs)
            rest.pop("id", None)
            heapq.heappush(heap, _Span(stack[-1].end, -s.end, s.rank, s.cls, rest))
            s = _Span(s.start, -stack[-1].end, s.rank, s.cls, s.attrs)
        emit(s.start)
        out.extend(f'<span class="anchor" id="{escape(i)}"></span>' for i in anchors.pop(s.start, ()))
        attrs = "".join(f' {k}="{escape(str(v))}"' for k, v in s.attrs.items() if v is not None)
        out.append(f'<mark class="hl hl-{s.cls}"{attrs}>')
        stack.append(s)
    close_until(len(text))
    emit(len(text))
    return Markup("".join(out))


def article_spans(article: dict) -> list[tuple[int, int, str, dict]]:
    """The spans of an article (:func:`dateline.api.routers.articles.article_with_spans`'s
    output) for :func:`highlight`: quotes (``id="q-ID"``), cues, speaker mentions, other actor
    mentions, event triggers (``id="e-ID"``), places, dates and amounts."""
    spans: list[tuple[int, int, str, dict]] = []
    speaker_spans = set()
    for q in article["quotes"]:
        sp = q["speaker"]
        who = sp["name"] if sp else "unattributed"
        spans.append((q["start"], q["end"], "quote", {"id": f"q-{q['id']}", "data-speaker": who,
                                                        "title": f"{q['kind']} quote: {who}"}))
        if q["cue_start"] is not None:
            spans.append((q["cue_start"], q["cue_end"], "cue", {"title": "cue"}))
        if sp and sp["mention_start"] is not None:
            speaker_spans.add((sp["mention_start"], sp["mention_end"]))
            spans.append((sp["mention_start"], sp["mention_end"], "speaker",
                          {"title": f"speaker: {sp['name']}" + (f" ({sp['country']})" if sp["country"] else "")}))
    for m in article["mentions"]:
        if (m["start"], m["end"]) in speaker_spans:
            continue
        spans.append((m["start"], m["end"], "mention", {"title": f"{m['actor_name']} ({m['kind']})",
                                                        "data-actor": m["actor_id"]}))
    for e in article["events"]:
        if e["trigger_start"] is not None:
            who = ", ".join(a["name"] or "?" for a in e["actor"]) or "?"
            whom = ", ".join(a["name"] or "?" for a in e["recipient"]) or "—"
            spans.append((e["trigger_start"], e["trigger_end"], "event",
                          {"id": f"e-{e['id']}", "data-type": e["type"],
                           "title": f"{e['type']}{'/' + e['mode'] if e['mode'] else ''}: {who} → {whom}"
                                    + (f" [{', '.join(e['aux'])}]" if e["aux"] else "")}))
    for p in article.get("places", []):
        spans.append((p["start"], p["end"], "place", {"title": f"place: {p['name']}"
                                                      + (f" ({p['country']})" if p["country"] else "")}))
    for d in article.get("dates", []):
        spans.append((d["start"], d["end"], "date", {"title": f"date: {d['value'] or '?'} ({d['relation']})"}))
    for m in article.get("amounts", []):
        unit = m["currency"] or ("%" if m["unit"] == "percent" else m["unit"] or "")
        spans.append((m["start"], m["end"], "amount", {"title": f"amount: {m['value']:,.12g} {unit}".rstrip()}))
    return spans

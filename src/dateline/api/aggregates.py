"""Aggregates the dashboard draws from the events of a store: events per month and type
(the timeline) and who acts on whom (the actor network). Same conventions as
:mod:`dateline.api.service` (open connection in, JSON-ready dicts out; dates as there).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from .event_query import event_where
from .service import EVENT_DAY, EventFilters


def timeline(con: sqlite3.Connection, f: EventFilters) -> dict[str, Any]:
    """Events per month and type: ``{"months": ["YYYY-MM", ...] (every month from the
    first to the last with an event), "types": {type: [count per month]}, "total": N,
    "outside": K}``; types by decreasing total. Only months within the store's publication
    dates are drawn (an event dated "June 1941" in a 2019 article would stretch the axis
    over 80 years); ``outside`` counts the matching events left out for that reason.

    Raises:
        FilterError: as :func:`list_events`.
    """
    where, args = event_where(con, f)
    rows = con.execute(f"SELECT substr({EVENT_DAY}, 1, 7) AS month, e.type, count(*)"
                       f" FROM events e JOIN articles a ON a.id = e.article{where}"
                       f" GROUP BY 1, 2 HAVING month IS NOT NULL ORDER BY 1", args).fetchall()
    lo, hi = con.execute("SELECT min(substr(published, 1, 7)), max(substr(published, 1, 7)) FROM articles").fetchone()
    outside = sum(n for month, _, n in rows if lo is None or not lo <= month <= hi)
    rows = [r for r in rows if lo is not None and lo <= r[0] <= hi]
    if not rows:
        return {"months": [], "types": {}, "total": 0, "outside": outside}
    first, last = rows[0][0], rows[-1][0]
    months = []
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    index = {mo: i for i, mo in enumerate(months)}
    types: dict[str, list[int]] = {}
    for month, typ, n in rows:
        types.setdefault(typ, [0] * len(months))[index[month]] += n
    ordered = dict(sorted(types.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    return {"months": months, "types": ordered, "total": sum(sum(v) for v in ordered.values()), "outside": outside}


def network(con: sqlite3.Connection, f: EventFilters, *, max_nodes: int = 30) -> dict[str, Any]:
    """Who acts on whom: every event adds 1 to the edge from each of its actors to each of
    its recipients (actors by canonical name; events without a recipient add nothing).

    Returns ``{"nodes": [{"name", "country", "weight"}], "edges": [{"source", "target",
    "weight", "types": {type: n}}], "events": N, "dropped_nodes": K}``: the ``max_nodes``
    names with the largest weighted degree and the edges between them, heaviest first.

    Raises:
        FilterError: as :func:`list_events`.
    """
    where, args = event_where(con, f)
    extra = " AND " if where else " WHERE "
    rows = con.execute(f"SELECT e.type, e.actor, e.recipient FROM events e JOIN articles a ON a.id = e.article"
                       f"{where}{extra}e.recipient != '[]' AND e.actor != '[]'", args)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    countries: dict[str, str | None] = {}
    degree: dict[str, int] = {}
    n_events = 0
    for typ, actor, recipient in rows:
        n_events += 1
        for a in json.loads(actor):
            for r in json.loads(recipient):
                if not a.get("name") or not r.get("name") or a["name"] == r["name"]:
                    continue
                for ref in (a, r):
                    countries[ref["name"]] = countries.get(ref["name"]) or ref.get("country")
                e = edges.setdefault((a["name"], r["name"]), {"source": a["name"], "target": r["name"],
                                                              "weight": 0, "types": {}})
                e["weight"] += 1
                e["types"][typ] = e["types"].get(typ, 0) + 1
                degree[a["name"]] = degree.get(a["name"], 0) + 1
                degree[r["name"]] = degree.get(r["name"], 0) + 1
    kept = sorted(degree, key=lambda n: (-degree[n], n))[:max_nodes]
    keep = set(kept)
    nodes = [{"name": n, "country": countries.get(n), "weight": degree[n]} for n in kept]
    out_edges = sorted((e for e in edges.values() if e["source"] in keep and e["target"] in keep),
                       key=lambda e: (-e["weight"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": out_edges, "events": n_events, "dropped_nodes": len(degree) - len(kept)}

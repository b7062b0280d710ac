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


def node_key(name: str, country: str | None) -> str:
    """A network node's key: ``"COUNTRY|name"`` (``"|name"`` without a country); a country
    code has no ``|``, so two actors of one name in different countries never share a key."""
    return f"{country or ''}|{name}"


def network(con: sqlite3.Connection, f: EventFilters, *, max_nodes: int = 30) -> dict[str, Any]:
    """Who acts on whom: every event adds 1 to the edge from each of its actors to each of
    its recipients (an actor is a canonical name and a country, as ``/api/actors`` lists
    them; events without a recipient add no edge).

    Returns ``{"nodes": [{"key", "id", "name", "country", "weight", "events"}], "edges":
    [{"source", "target", "weight", "types": {type: n}}], "events": N, "matching": M,
    "dropped_nodes": K}``:
    the ``max_nodes`` actors with the largest weighted degree (``weight``: edge ends) and the
    edges between them (``source``/``target``: node keys, :func:`node_key`), heaviest first.
    A node's ``events`` counts **all** the matching events it is actor or recipient of (with a
    counterpart or not), as the events list does for ``party_id={id}`` (``id``: its actor
    page, ``None`` if the store has no such actor row); ``M`` counts every event the filters
    keep (the total of the events list under the same filters), ``N`` those of them with both
    an actor and a recipient (the ones drawn).

    Raises:
        FilterError: as :func:`list_events`.
    """
    from .actor_service import actor_ids

    where, args = event_where(con, f)
    rows = con.execute(f"SELECT e.type, e.actor, e.recipient FROM events e JOIN articles a ON a.id = e.article{where}",
                       args)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    who: dict[str, tuple[str, str | None]] = {}
    degree: dict[str, int] = {}
    involved: dict[str, int] = {}
    n_events = n_matching = 0
    for typ, actor, recipient in rows:
        n_matching += 1
        actors = [(a["name"], a.get("country")) for a in json.loads(actor or "[]") if a.get("name")]
        recipients = [(r["name"], r.get("country")) for r in json.loads(recipient or "[]") if r.get("name")]
        for k in set(actors) | set(recipients):
            involved[node_key(*k)] = involved.get(node_key(*k), 0) + 1
        if not actors or not recipients:
            continue
        n_events += 1
        pairs = {(node_key(*a), node_key(*r)) for a in actors for r in recipients}
        for a in actors + recipients:
            who[node_key(*a)] = a
        for src, dst in sorted(pairs):
            if src == dst:
                continue
            e = edges.setdefault((src, dst), {"source": src, "target": dst, "weight": 0, "types": {}})
            e["weight"] += 1
            e["types"][typ] = e["types"].get(typ, 0) + 1
            degree[src] = degree.get(src, 0) + 1
            degree[dst] = degree.get(dst, 0) + 1
    kept = sorted(degree, key=lambda k: (-degree[k], who[k][0], who[k][1] or ""))[:max_nodes]
    keep = set(kept)
    ids = actor_ids(con, (who[k] for k in kept))
    nodes = [{"key": k, "id": ids.get(who[k]), "name": who[k][0], "country": who[k][1], "weight": degree[k],
              "events": involved[k]} for k in kept]
    out_edges = sorted((e for e in edges.values() if e["source"] in keep and e["target"] in keep),
                       key=lambda e: (-e["weight"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": out_edges, "events": n_events, "matching": n_matching, "dropped_nodes": len(degree) - len(kept)}

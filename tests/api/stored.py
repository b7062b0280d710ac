"""The tests' own reading of a store's events, independent of the API: plain SQL over the
``events`` table and its JSON columns, filtered in Python. The event coder changes every day,
so tests that check the events the API, the pages and the downloads give take the expected
events from here (what the coder stored) rather than pinning counts or types.

Each event is ``{"id", "article", "type", "mode", "aux": [..], "day": "YYYY-MM-DD",
"confidence", "actor": [(name, country), ...], "recipient": [...], "place", "place_country",
"lat", "trigger"}``, in ``events.id`` order; ``day`` is the event's own date when known to the
day or month (a month: its first day), else its article's publication day."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

Key = tuple[str, "str | None"]


def _day(date: str | None, published: str | None) -> str:
    if date and len(date) == 10:
        return date
    if date and len(date) == 7:
        return date + "-01"
    return (published or "")[:10]


def stored_events(db: Path) -> list[dict]:
    """Every event of the store ``db`` (see the module's docstring)."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT e.id, e.article, e.type, e.mode, e.aux, e.date, a.published, e.confidence, e.actor, e.recipient,"
            " e.location_name, e.location_country, e.latitude, e.trigger"
            " FROM events e JOIN articles a ON a.id = e.article ORDER BY e.id").fetchall()
    finally:
        con.close()
    out = []
    for (i, art, typ, mode, aux, date, published, conf, actor, recipient, place, place_country, lat, trigger) in rows:
        out.append({"id": i, "article": art, "type": typ, "mode": mode, "aux": json.loads(aux or "[]"),
                    "day": _day(date, published), "confidence": conf,
                    "actor": [(r.get("name"), r.get("country")) for r in json.loads(actor or "[]")],
                    "recipient": [(r.get("name"), r.get("country")) for r in json.loads(recipient or "[]")],
                    "place": place, "place_country": place_country, "lat": lat, "trigger": trigger})
    return out


def involving(events: list[dict], *, actor: Key | None = None, recipient: Key | None = None,
              party: Key | None = None) -> list[dict]:
    """The ``events`` whose actors hold ``actor``, whose recipients hold ``recipient``, and
    (``party``) either side holds it; keys are ``(name, country)``."""
    return [e for e in events
            if (actor is None or actor in e["actor"]) and (recipient is None or recipient in e["recipient"])
            and (party is None or party in e["actor"] or party in e["recipient"])]


def named(events: list[dict], side: str, part: str) -> list[dict]:
    """The ``events`` with a name on ``side`` (``actor`` or ``recipient``) holding ``part``, any case."""
    return [e for e in events if any(part.lower() in (n or "").lower() for n, _ in e[side])]


def newest_first(events: list[dict]) -> list[int]:
    """The ids of ``events`` newest day first, then the higher id first (the API's ``-date``)."""
    return [e["id"] for e in sorted(events, key=lambda e: (e["day"], e["id"]), reverse=True)]

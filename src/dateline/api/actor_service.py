"""An actor's page: what the store holds of one actor across its articles (profile, offices,
quotes, events, counterparts, a timeline). Same conventions as :mod:`dateline.api.service`
(open connection in, JSON-ready dicts out; pages ``{"items", "total", "next"}``).

An actor is what ``/api/actors`` lists: one (canonical name, country) over all articles.
Its **id** is the first ``actors.id`` of that pair: stable while the store grows (rows are
only added), and any row id of the pair leads to the same page. Its quotes are the quotes
whose speaker is one of those rows (``quotes.speaker_actor_id`` in the row's article); its
events are those one of whose actors (or recipients) has that name and country
(:class:`~dateline.api.event_query.EventQuery` ``actor_id`` / ``recipient_id`` /
``party_id``, so the page and the ``/events`` list it links to agree).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any, Iterable

from ..store.actor_quotes import ACTOR_QUOTES, has_actor_quotes
from ..store.fts import EVENT_ACTORS, FTS_TABLE, has_event_actors, match_query
from .event_query import EventQuery, actor_key, event_where, list_events
from .actor_list import commonest
from .service import EVENT_DAY, FilterError, _check_dates, _page, _published_between, _quote, has_fts

#: Counterparts listed on each side.
COUNTERPARTS = 30
#: Events listed on the page (newest first); the rest are on ``/events``.
PAGE_EVENTS = 20

Key = tuple[str, "str | None"]


def actor_ids(con: sqlite3.Connection, keys: Iterable[Key]) -> dict[Key, int]:
    """The page id of each ``(name, country)`` in ``keys`` that the store has as an actor
    (those it has not are left out). One indexed query per 500 names."""
    wanted = {(n, c) for n, c in keys if n}
    names = sorted({n for n, _ in wanted})
    out: dict[Key, int] = {}
    for i in range(0, len(names), 500):
        chunk = names[i:i + 500]
        for name, country, first in con.execute(
                f"SELECT name, country, min(id) FROM actors WHERE name IN ({','.join('?' * len(chunk))})"
                " GROUP BY name, country", chunk):
            if (name, country) in wanted:
                out[(name, country)] = first
    return out


def _months(first: str, last: str) -> list[str]:
    months, (y, m) = [], (int(first[:4]), int(first[5:7]))
    while f"{y:04d}-{m:02d}" <= last:
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _quotes_of(key: Key) -> tuple[str, list[Any]]:
    """``FROM ... WHERE ...`` of the quotes ``q`` (with their articles ``a``) that the actor
    ``key`` speaks: its rows (index ``actors(name, country, article, actor_id)``), their
    articles, the quotes of each row's speaker (index ``quotes(article, speaker_actor_id)``)."""
    return ("FROM actors c JOIN articles a ON a.id = c.article JOIN quotes q ON q.article = c.article"
            " AND q.speaker_actor_id = c.actor_id WHERE c.name = ? AND c.country IS ?", list(key))


def statements(con: sqlite3.Connection, key: Key, *, q: str | None = None, date_from: date | None = None,
               date_to: date | None = None, limit: int = 20, offset: int = 0, fts: bool | None = None,
               total: int | None = None) -> dict:
    """A page of the quotes of the actor ``key``, newest first (publication date, then store
    order), items as :func:`dateline.api.service.list_quotes`'s; ``q`` are words all in the
    quote (FTS5, as there), dates bound the publication day (inclusive); ``total``: the
    number of matches when the caller knows it (it is not counted again). Read from
    ``actor_quotes`` (:mod:`dateline.store.actor_quotes`) where the store has it.

    Raises:
        FilterError: ``q`` with no word or on a store without the full-text index;
            ``date_from`` after ``date_to``.
    """
    _check_dates(date_from, date_to)
    indexed = has_actor_quotes(con)
    base, args = (f"FROM {ACTOR_QUOTES} p WHERE p.name = ? AND p.country IS ?", list(key)) if indexed else _quotes_of(key)
    quote, published = ("p.quote", "p.published") if indexed else ("q.id", "a.published")
    where = []
    if q is not None and q.strip():
        expr = match_query(q)
        if expr is None:
            raise FilterError(f"q {q!r} has no word to search for")
        if not (has_fts(con) if fts is None else fts):
            raise FilterError("this store has no full-text index and is read-only: run `dateline index --db FILE`")
        # "+": the match is a filter on the actor's quotes, not an index probe (SQLite's plan for
        # a probe of each row of the index by the list took seconds for a frequent actor and word)
        where.append(f"+{quote} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
        args.append(expr)
    _published_between(where, args, date_from, date_to)
    base += "".join(" AND " + w.replace("a.published", published) for w in where)
    if total is None:
        total = con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    # the page's ids are sorted first (narrow rows; ``actor_quotes``: read in the order of its
    # index, newest first), then only those rows are read
    rows = con.execute(f"SELECT q.*, a.title, a.published, a.source, a.url FROM quotes q JOIN articles a"
                       f" ON a.id = q.article WHERE q.id IN (SELECT {quote} {base} ORDER BY {published} DESC, {quote}"
                       f" LIMIT ? OFFSET ?) ORDER BY a.published DESC, q.id", [*args, limit, offset]).fetchall()
    return _page([_quote(r) for r in rows], total, offset, limit)


def monthly(con: sqlite3.Connection, key: Key, actor_id: int) -> dict[str, dict[str | None, int]]:
    """The actor's quotes per publication month and its events as actor and as recipient per
    month of :data:`~dateline.api.service.EVENT_DAY`: ``{"quotes": {"YYYY-MM" or None: n},
    "actor": {...}, "recipient": {...}}`` (``None``: no date). Each sums to the actor's count.
    One index each (``actor_quotes`` and ``event_actors`` where the store has them: an event
    has one day)."""
    if has_actor_quotes(con):  # its index alone: (name, country, published, quote)
        sql, args = f"SELECT substr(published, 1, 7), count(*) FROM {ACTOR_QUOTES} WHERE name = ? AND country IS ?", key
    else:
        base, args = _quotes_of(key)
        sql = f"SELECT substr(a.published, 1, 7), count(*) {base}"
    per: dict[str, dict[str | None, int]] = {"quotes": dict(con.execute(sql + " GROUP BY 1", args).fetchall())}
    indexed = has_event_actors(con)
    for role in ("actor", "recipient"):
        if indexed:  # one covering index: (name, country, role, day, type, event)
            per[role] = dict(con.execute(
                f"SELECT substr(day, 1, 7), count(DISTINCT event) FROM {EVENT_ACTORS}"
                " WHERE name = ? AND country IS ? AND role = ? GROUP BY 1", (*key, role)).fetchall())
        else:
            where, wargs = event_where(con, EventQuery(**{f"{role}_id": actor_id}))
            per[role] = dict(con.execute(f"SELECT substr({EVENT_DAY}, 1, 7), count(*) FROM events e"
                                         f" JOIN articles a ON a.id = e.article{where} GROUP BY 1", wargs).fetchall())
    return per


def timeline(con: sqlite3.Connection, key: Key, actor_id: int,
             per: dict[str, dict[str | None, int]] | None = None) -> dict[str, Any]:
    """The actor's quotes (by publication month) and events as actor and as recipient (by
    the month of :data:`~dateline.api.service.EVENT_DAY`) per month: ``{"months":
    ["YYYY-MM", ...] (first to last month with any), "quotes": [n per month], "actor": [...],
    "recipient": [...], "outside": K, "undated": {"quotes": n, "actor": n, "recipient": n}}``;
    months outside the store's publication months are left out (``outside`` counts the events
    dropped so), and so are items with no month at all (``undated``: of articles without a
    publication date). ``per``: :func:`monthly`'s answer, when already read."""
    per = monthly(con, key, actor_id) if per is None else per
    # the first and last month of the store (the month of the least and greatest date: two probes of its index)
    lo, hi = con.execute("SELECT substr((SELECT min(published) FROM articles), 1, 7),"
                         " substr((SELECT max(published) FROM articles), 1, 7)").fetchone()
    inside = lambda m: m is not None and lo is not None and lo <= m <= hi  # noqa: E731
    outside = sum(n for role in ("actor", "recipient") for m, n in per[role].items() if m is not None and not inside(m))
    undated = {name: counts.get(None, 0) for name, counts in per.items()}  # no day: an undated article's
    seen = sorted(m for counts in per.values() for m in counts if inside(m))
    months = _months(seen[0], seen[-1]) if seen else []
    out: dict[str, Any] = {"months": months, "outside": outside, "undated": undated}
    for name, counts in per.items():
        out[name] = [counts.get(m, 0) for m in months]
    return out


def latest_events(con: sqlite3.Connection, key: Key, actor_id: int, *, limit: int = PAGE_EVENTS) -> dict[str, Any]:
    """The ``limit`` latest events the actor is actor or recipient of (newest
    :data:`~dateline.api.service.EVENT_DAY` first), a page as
    :func:`~dateline.api.event_query.list_events`' (``next`` is an offset of
    ``/api/events?party_id=ID&sort=-date``); read from ``event_actors`` where the store has it."""
    if not has_event_actors(con):
        return list_events(con, EventQuery(party_id=actor_id), sort="-date", limit=limit)
    total = con.execute(f"SELECT count(DISTINCT event) FROM {EVENT_ACTORS} WHERE name = ? AND country IS ?",
                        key).fetchone()[0]
    # an event has one day: its entries walked newest first on the index (name, country, day,
    # event), until ``limit`` distinct events (an actor may be both actor and recipient of one)
    ids: list[int] = []
    for (event,) in con.execute(f"SELECT event FROM {EVENT_ACTORS} WHERE name = ? AND country IS ?"
                                " ORDER BY day DESC, event DESC", key):
        if event not in ids:
            ids.append(event)
            if len(ids) == limit:
                break
    rows = list_events(con, EventQuery(), ids=ids, sort="-date", limit=limit)["items"]
    return _page(rows, total, 0, limit)


def _pairs(con: sqlite3.Connection, key: Key, actor_id: int, role: str, other: str) -> list[tuple]:
    """``(name, country, type, events)`` of the ``other`` side of the events where the actor
    ``key`` is ``role``: one indexed join over ``event_actors`` where the store has it, else
    the events' JSON lists."""
    if has_event_actors(con):
        return con.execute(
            f"SELECT o.name, o.country, s.type, count(DISTINCT o.event) FROM {EVENT_ACTORS} s"
            f" JOIN {EVENT_ACTORS} o ON o.event = s.event AND o.role = ?"
            " WHERE s.name = ? AND s.country IS ? AND s.role = ? GROUP BY 1, 2, 3", (other, *key, role)).fetchall()
    where, args = event_where(con, EventQuery(**{f"{role}_id": actor_id}))
    out: dict[tuple, int] = {}
    for typ, refs in con.execute(f"SELECT e.type, e.{other} FROM events e{where}", args):
        for k in {(r.get("name"), r.get("country")) for r in json.loads(refs or "[]")}:
            out[(*k, typ)] = out.get((*k, typ), 0) + 1
    return [(*k, n) for k, n in out.items()]


def counterparts(con: sqlite3.Connection, key: Key, actor_id: int, *, top: int = COUNTERPARTS) -> dict[str, Any]:
    """Whom the actor acted on (``acted_on``: the recipients of its events as actor) and who
    acted on it (``acted_on_by``: the actors of its events as recipient), each a list of at
    most ``top`` ``{"id" (page id or None), "name", "country", "events", "types": {type:
    n}}``, most events first; ``acted_on_total`` / ``acted_on_by_total`` count them all."""
    out: dict[str, Any] = {}
    for role, other, label in (("actor", "recipient", "acted_on"), ("recipient", "actor", "acted_on_by")):
        counts: dict[Key, dict[str, Any]] = {}
        for name, country, typ, n in _pairs(con, key, actor_id, role, other):
            if not name or (name, country) == key:
                continue
            c = counts.setdefault((name, country), {"name": name, "country": country, "events": 0, "types": {}})
            c["events"] += n
            c["types"][typ] = c["types"].get(typ, 0) + n
        ranked = sorted(counts.values(), key=lambda c: (-c["events"], c["name"], c["country"] or ""))[:top]
        ids = actor_ids(con, ((c["name"], c["country"]) for c in ranked))
        for c in ranked:
            c["id"] = ids.get((c["name"], c["country"]))
            c["types"] = dict(sorted(c["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        out[label], out[f"{label}_total"] = ranked, len(counts)
    return out


def _offices(key: Key, corpus: list[dict[str, Any]]) -> dict[str, Any]:
    from ..actors.kb import default_kb

    kb = default_kb()
    person = kb.person(key[0])
    known: list[dict[str, Any]] = []
    if person is not None:
        known = [{"office": t.office, "country": t.country, "sector": t.sector,
                  "start": t.start.isoformat() if t.start else None, "end": t.end.isoformat() if t.end else None}
                 for t in sorted(person.terms, key=lambda t: t.start or date.min)]
    body = kb.body(key[0])
    return {"knowledge_base": known, "qid": person.qid if person else (body.qid if body else None),
            "body": {"name": body.name, "country": body.country, "sector": body.sector} if body else None,
            "corpus": corpus}


def get_actor(con: sqlite3.Connection, actor_id: int, *, q: str | None = None, date_from: date | None = None,
              date_to: date | None = None, limit: int = 20, offset: int = 0,
              fts: bool | None = None) -> dict[str, Any] | None:
    """The page of actor ``actor_id`` (any ``actors.id`` of the actor), or ``None`` when
    there is no such row.

    Returns: ``id`` (the page id), ``name``, ``country`` (ISO 3166-1 alpha-3 or a body code),
    ``kind``, ``sector`` (PLOVER; both the commonest over its rows, :func:`~dateline.api.actor_list.commonest`), ``kb_id``, ``articles`` (naming it), ``mentions``,
    ``quotes``, ``events_as_actor``, ``events_as_recipient`` (counts); ``offices``
    (``knowledge_base``: the knowledge base's terms ``{office, country, sector, start, end}``;
    ``qid``; ``body``: the knowledge base's body of that name or None; ``corpus``: the
    offices the articles gave it, ``{office, articles}``); ``timeline`` (:func:`timeline`);
    ``counterparts`` (:func:`counterparts`); ``statements`` (:func:`statements` with ``q``,
    the dates, ``limit``, ``offset``); ``events``: the :data:`PAGE_EVENTS` latest events it
    is actor or recipient of (a page as :func:`~dateline.api.event_query.list_events`').

    Raises:
        FilterError: as :func:`statements`.
    """
    key = actor_key(con, actor_id)
    if key is None:
        return None
    # one pass over the actor's rows (per office the articles gave it), one over its index entries
    roles = con.execute("SELECT role, min(id), NULL, NULL, max(kb_id), count(DISTINCT article)"
                        " FROM actors WHERE name = ? AND country IS ? GROUP BY role", key).fetchall()
    top = lambda i: max((r[i] for r in roles if r[i] is not None), default=None)  # noqa: E731
    kind, sector = con.execute(f"SELECT {commonest('kind')}, {commonest('sector')} FROM (SELECT ? AS name, ? AS country) g",
                               key).fetchone()
    page_id = min(r[1] for r in roles)
    articles = con.execute("SELECT count(DISTINCT article) FROM actors WHERE name = ? AND country IS ?", key).fetchone()[0]
    corpus = sorted(({"office": r[0], "articles": r[5]} for r in roles if r[0] is not None),
                    key=lambda o: (-o["articles"], o["office"]))
    out: dict[str, Any] = {"id": page_id, "name": key[0], "country": key[1], "kind": kind, "sector": sector,
                           "kb_id": top(4), "articles": articles}
    out["mentions"] = con.execute("SELECT count(*) FROM mentions WHERE actor IN"
                                  " (SELECT id FROM actors WHERE name = ? AND country IS ?)", key).fetchone()[0]
    per = monthly(con, key, page_id)
    out["quotes"] = sum(per["quotes"].values())
    out["events_as_actor"], out["events_as_recipient"] = sum(per["actor"].values()), sum(per["recipient"].values())
    out["offices"] = _offices(key, corpus)
    out["timeline"] = timeline(con, key, page_id, per)
    out["counterparts"] = counterparts(con, key, page_id)
    unfiltered = not (q and q.strip()) and not date_from and not date_to
    out["statements"] = statements(con, key, q=q, date_from=date_from, date_to=date_to, limit=limit, offset=offset,
                                   fts=fts, total=out["quotes"] if unfiltered else None)
    out["events"] = latest_events(con, key, page_id)
    return out

"""Reading the store for the API, the dashboard and ``dateline query``: filtered, paged
lists of quotes, events, actors and articles, and one article with its spans (the
aggregates the dashboard draws are in :mod:`dateline.api.aggregates`).

Every function takes an open :class:`sqlite3.Connection` (read-only is enough; rows as
:class:`sqlite3.Row`) and returns plain dicts and lists (JSON-ready). Lists are pages:
``{"items": [...], "total": N, "next": offset | None}`` where ``total`` counts every match
and ``next`` is the ``offset`` of the following page (``None`` on the last one).

Dates: ``date_from`` / ``date_to`` are inclusive :class:`datetime.date` bounds. A quote is
dated by its article's publication date; an event by its own date when it is known to the
day or month (a month counts as its first day), else by its article's publication date
(:data:`EVENT_DAY`).

Errors: :class:`FilterError` (an :class:`~dateline.errors.ArgumentError`, E010) for filters
that are well-formed but unusable (``date_from`` after ``date_to``, a full-text query with no
word, ``q`` on a store without a full-text index and no way to build one, an event ``type``
that is not one of the 16 PLOVER types, an event ``mode`` that is none of the lexicon's
:data:`~dateline.events.lexicon.PLOVER_MODES`).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import ArgumentError, Code
from ..events.lexicon import PLOVER_MODES, PLOVER_TYPES
from ..store.fts import FTS_TABLE, match_query, speaker_query
from ..store.queries import EVENT_DAY  # noqa: F401 - the day of an event, in SQL (aliases e, a)
from ..store.schema import SEP

#: The largest integer SQLite stores (a signed 64-bit integer).
SQLITE_MAX_INT = 2**63 - 1


class FilterError(ArgumentError):
    """A filter value that is well-formed but cannot be used (E010); the API answers 400."""

    def __init__(self, reason: str) -> None:
        super().__init__(Code.BAD_ARGUMENT, reason=reason)


@dataclass
class QuoteFilters:
    """Filters of :func:`list_quotes` (all optional, combined with AND).

    Attributes:
        speaker: the speaker's canonical name, in part. On a store with the full-text index
            (the usual case) each word must begin a word of the name, in any order, case and
            accents ignored ("trump", "donald tr", "BRUDZINSKI" for Brudziński; "rump" finds
            nobody); without it, a substring with ASCII letters' case ignored. In double
            quotes, the whole name, any case ('"Joe Biden"').
        speaker_id: an actor page id (``/api/actors/{id}``): quotes whose speaker has that
            actor's name and country (what "Most quoted" counts and links to).
        country: the speaker's country, ISO 3166-1 alpha-3 ("USA").
        q: words that must all occur in the quote or its speaker's name (FTS5; ``word*`` is
            a prefix, ``"two words"`` a phrase).
        date_from / date_to: inclusive bounds on the article's publication date.
        article: only the quotes of this ``articles.id``.
        kind: one of :data:`QUOTE_KINDS` (``direct``, ``partial``, ``indirect``).
    """

    speaker: str | None = None
    country: str | None = None
    q: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    article: int | None = None
    kind: str | None = None
    speaker_id: int | None = None


QUOTE_KINDS = ("direct", "partial", "indirect")
#: The orders of :func:`list_quotes`: store order, newest or oldest article first (text order
#: within an article; an article without a date is last when newest first, first when oldest first).
QUOTE_ORDERS = {"store": "q.id", "newest": "a.published DESC, a.id DESC, q.id", "oldest": "a.published, a.id, q.id"}


@dataclass
class EventFilters:
    """Filters of :func:`list_events`, :func:`timeline` and :func:`network`.

    Attributes:
        type: PLOVER type ("ACCUSE"), case-insensitive.
        mode: PLOVER mode ("disapprove"), one of :data:`~dateline.events.lexicon.PLOVER_MODES`, any case.
        actor_country / recipient_country: ISO alpha-3 of one of the actors / recipients.
        aux: one of ``historical``, ``future``, ``hypothetical``, ``negated``; or ``none``
            for events without any (reported as real and current).
        date_from / date_to: inclusive bounds on :data:`EVENT_DAY`.
        article: only the events of this ``articles.id``.
    """

    type: str | None = None
    mode: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    aux: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    article: int | None = None


@dataclass
class ActorFilters:
    """Filters of :func:`list_actors`: ``country`` (ISO alpha-3), ``sector`` (PLOVER sector
    code, "GOV"), ``q`` (part of the name, case-insensitive)."""

    country: str | None = None
    sector: str | None = None
    q: str | None = None


AUX_VALUES = ("historical", "future", "hypothetical", "negated", "none")


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (``%``, ``_`` and ``\\`` escaped)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _check_dates(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise FilterError(f"date_from {date_from.isoformat()} is after date_to {date_to.isoformat()}")


def _next_day(d: date) -> str:
    return (d + timedelta(days=1)).isoformat()


def _published_between(where: list[str], args: list[Any], date_from: date | None, date_to: date | None) -> None:
    """Add to ``where``/``args`` the bounds of the article's publication date (``a.published``,
    ``date_to`` inclusive)."""
    if date_from:
        where.append("a.published >= ?")
        args.append(date_from.isoformat())
    if date_to:
        where.append("a.published < ?")
        args.append(_next_day(date_to))


def _page(items: list[dict], total: int, offset: int, limit: int) -> dict[str, Any]:
    return {"items": items, "total": total, "next": offset + limit if offset + limit < total else None}


def has_fts(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone() is not None


# -- stats -------------------------------------------------------------------------------
def stats(con: sqlite3.Connection) -> dict[str, Any]:
    """The store's counts (:func:`dateline.store.queries.stats`), the first and last
    publication dates (``first``, ``last``; ``None`` when empty), the event types with their
    counts (``types``: ``{type: n}``) and whether full-text search is available (``fts``)."""
    from ..store.queries import stats as counts

    out: dict[str, Any] = counts(con)
    first, last = con.execute("SELECT min(substr(published,1,10)), max(substr(published,1,10)) FROM articles").fetchone()
    out["first"], out["last"] = first, last
    out["types"] = {r[0]: r[1] for r in con.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1")}
    out["fts"] = has_fts(con)
    return out


# -- quotes ------------------------------------------------------------------------------
def _quote_where(f: QuoteFilters, fts: bool) -> tuple[str, list[Any]]:
    _check_dates(f.date_from, f.date_to)
    where, args = [], []
    text = (f.speaker or "").strip()
    if f.speaker_id is not None:  # the actor's name and country (an unknown id: no row, no quote)
        where.append("q.speaker_name = (SELECT name FROM actors WHERE id = ?) COLLATE NOCASE"
                     " AND q.speaker_name = (SELECT name FROM actors WHERE id = ?)"
                     " AND q.speaker_country IS (SELECT country FROM actors WHERE id = ?)")
        args.extend([f.speaker_id] * 3)
    if len(text) > 2 and text[0] == text[-1] == '"':  # the whole name, any case
        where.append("q.speaker_name = ? COLLATE NOCASE")
        args.append(text[1:-1].strip())
    elif text:
        expr = speaker_query(f.speaker) if fts else None
        if expr is not None:  # words of the name, any case and accents (the index's folding)
            where.append(f"q.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
            args.append(expr)
        else:  # no index, or no word in the text: a substring, ASCII case folded (SQLite's LIKE)
            where.append("q.speaker_name LIKE ? ESCAPE '\\'")
            args.append(_like(f.speaker.strip()))
    if f.country:
        where.append("q.speaker_country = ?")
        args.append(f.country.upper())
    if f.q is not None and f.q.strip():
        expr = match_query(f.q)
        if expr is None:
            raise FilterError(f"q {f.q!r} has no word to search for")
        if fts:
            where.append(f"q.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
            args.append(expr)
        else:
            raise FilterError("this store has no full-text index and is read-only: run `dateline index --db FILE`")
    _published_between(where, args, f.date_from, f.date_to)
    if f.article is not None:
        where.append("q.article = ?")
        args.append(f.article)
    if f.kind:
        if f.kind.lower() not in QUOTE_KINDS:
            raise FilterError(f"kind {f.kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        where.append("q.kind = ?")
        args.append(f.kind.lower())
    return (" WHERE " + " AND ".join(where)) if where else "", args


def _quote(r: sqlite3.Row) -> dict[str, Any]:
    speaker = None
    if r["speaker_name"] is not None:
        speaker = {"name": r["speaker_name"], "country": r["speaker_country"], "sector": r["speaker_sector"],
                   "mention": r["speaker_mention"], "mention_start": r["speaker_mention_start"],
                   "mention_end": r["speaker_mention_end"], "actor_id": r["speaker_actor_id"]}
    return {"id": r["id"], "article": r["article"], "article_title": r["title"], "published": r["published"],
            "source": r["source"], "url": r["url"], "text": r["text"], "kind": r["kind"], "start": r["start"],
            "end": r["end"], "cue": r["cue"], "cue_start": r["cue_start"], "cue_end": r["cue_end"],
            "speaker": speaker, "attribution": r["attribution"] if "attribution" in r.keys() else None}


def check_speaker_id(con: sqlite3.Connection, f: QuoteFilters) -> None:
    """Raise :class:`FilterError` when ``f.speaker_id`` names no actor."""
    if f.speaker_id is not None and (not 0 < f.speaker_id < 2**63 or con.execute(
            "SELECT 1 FROM actors WHERE id = ?", (f.speaker_id,)).fetchone() is None):
        raise FilterError(f"speaker_id {f.speaker_id}: no such actor")


def list_quotes(con: sqlite3.Connection, f: QuoteFilters, *, limit: int = 50, offset: int = 0,
                fts: bool | None = None, order: str = "store") -> dict[str, Any]:
    """A page of quotes matching ``f``, in ``order`` (a key of :data:`QUOTE_ORDERS`; ``store``:
    ``quotes.id``).

    Each item: ``id``, ``article`` (``articles.id``), ``article_title``, ``published``,
    ``source``, ``url``, ``text``, ``kind``, ``start``/``end`` (``str`` offsets into the
    article's text), ``cue`` with ``cue_start``/``cue_end``, ``speaker`` (``name``,
    ``country``, ``sector``, ``mention`` with ``mention_start``/``mention_end``,
    ``actor_id``; ``None`` when unattributed).

    Raises:
        FilterError: see the module docstring; an unknown ``kind`` or ``order``.
    """
    if order not in QUOTE_ORDERS:
        raise FilterError(f"sort {order!r} is not one of {', '.join(QUOTE_ORDERS)}")
    check_speaker_id(con, f)
    where, args = _quote_where(f, has_fts(con) if fts is None else fts)
    base = f"FROM quotes q JOIN articles a ON a.id = q.article{where}"
    # every quote has its article (foreign key): the count needs the join only to filter on dates
    counted = base if (f.date_from or f.date_to) else f"FROM quotes q{where}"
    total = con.execute(f"SELECT count(*) {counted}", args).fetchone()[0]
    if order != "store" and not (f.speaker or f.q or f.article):  # by date: articles in index order, no sort
        base = f"FROM articles a CROSS JOIN quotes q ON a.id = q.article{where}"
    rows = con.execute(f'SELECT q.*, a.title, a.published, a.source, a.url {base} ORDER BY {QUOTE_ORDERS[order]} LIMIT ? OFFSET ?',
                       [*args, limit, offset]).fetchall()
    return _page([_quote(r) for r in rows], total, offset, limit)


# -- events ------------------------------------------------------------------------------
def _event_where(f: EventFilters) -> tuple[str, list[Any]]:
    _check_dates(f.date_from, f.date_to)
    where, args = [], []
    if f.type:
        if f.type.upper() not in PLOVER_TYPES:
            raise FilterError(f"type {f.type!r} is not a PLOVER event type (one of {', '.join(PLOVER_TYPES)})")
        where.append("e.type = ?")
        args.append(f.type.upper())
    if f.mode:
        if f.mode.lower() not in PLOVER_MODES:
            raise FilterError(f"mode {f.mode!r} is not a PLOVER mode (one of {', '.join(PLOVER_MODES)})")
        where.append("e.mode = ?")
        args.append(f.mode.lower())
    for column, value in (("actor_countries", f.actor_country), ("recipient_countries", f.recipient_country)):
        if value:
            where.append(f"('{SEP}' || e.{column} || '{SEP}') LIKE ?")
            args.append(f"%{SEP}{value.upper()}{SEP}%")
    if f.aux:
        aux = f.aux.lower()
        if aux not in AUX_VALUES:
            raise FilterError(f"aux {f.aux!r} is not one of {', '.join(AUX_VALUES)}")
        if aux == "none":
            where.append("e.aux = '[]'")
        else:
            where.append("EXISTS (SELECT 1 FROM json_each(e.aux) WHERE json_each.value = ?)")
            args.append(aux)
    if f.date_from or f.date_to:
        # EVENT_DAY has no index: first the events that can be in the window, through the
        # indexes on events.date and articles.published (a superset), then the exact test
        lo = f.date_from.isoformat()[:7] if f.date_from else ""
        hi = f.date_to.isoformat() if f.date_to else "9999-12-31"
        where.append("e.id IN (SELECT id FROM events WHERE date >= ? AND date <= ?"
                     " UNION ALL SELECT ev.id FROM articles ar JOIN events ev ON ev.article = ar.id"
                     " WHERE ar.published >= ? AND ar.published < ?)")
        args.extend([lo, hi, lo, _next_day(f.date_to) if f.date_to else "9999-12-32"])
    if f.date_from:
        where.append(f"{EVENT_DAY} >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to:
        where.append(f"{EVENT_DAY} <= ?")
        args.append(f.date_to.isoformat())
    if f.article is not None:
        where.append("e.article = ?")
        args.append(f.article)
    return (" WHERE " + " AND ".join(where)) if where else "", args


def _event(r: sqlite3.Row) -> dict[str, Any]:
    location = None
    if r["location_name"] is not None:
        location = {"name": r["location_name"], "country": r["location_country"], "lat": r["latitude"],
                    "lon": r["longitude"]}
    amount = None
    if r["amount_value"] is not None:
        amount = {"value": r["amount_value"], "currency": r["amount_currency"], "unit": r["amount_unit"]}
    return {"id": r["id"], "article": r["article"], "article_title": r["title"], "published": r["published"],
            "type": r["type"], "mode": r["mode"], "context": json.loads(r["context"] or "[]"),
            "aux": json.loads(r["aux"] or "[]"), "date": r["date"], "date_relation": r["date_relation"],
            "day": r["day"], "actor": json.loads(r["actor"] or "[]"), "recipient": json.loads(r["recipient"] or "[]"),
            "location": location, "amount": amount, "cameo": r["cameo"], "trigger": r["trigger"],
            "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"], "start": r["start"],
            "end": r["end"], "confidence": r["confidence"], "story": r["story"], "story_mentions": r["mentions"]}


def list_events(con: sqlite3.Connection, f: EventFilters, *, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of events matching ``f``, in store order (``events.id``).

    Each item: ``id``, ``article``, ``article_title``, ``published``, ``type``, ``mode``,
    ``context`` and ``aux`` (lists), ``date`` (ISO 8601, any precision, or ``None``),
    ``date_relation``, ``day`` (:data:`EVENT_DAY`), ``actor`` and ``recipient`` (lists of
    ``{name, country, sector, actor_id}``), ``location`` (``{name, country, lat, lon}``,
    degrees) or ``None``, ``amount`` (``{value, currency, unit}``) or ``None``, ``cameo``,
    ``trigger`` with ``trigger_start``/``trigger_end``, ``start``/``end`` (the sentence),
    ``confidence`` (0-1), ``story`` (story event id) and ``story_mentions``.

    Raises:
        FilterError: ``date_from`` after ``date_to``; an unknown ``type``, ``mode`` or ``aux``.
    """
    where, args = _event_where(f)
    base = f"FROM events e JOIN articles a ON a.id = e.article{where}"
    # every event has its article (foreign key): the count needs the join only to filter on dates
    counted = base if (f.date_from or f.date_to) else f"FROM events e{where}"
    total = con.execute(f"SELECT count(*) {counted}", args).fetchone()[0]
    rows = con.execute(
        f"SELECT e.*, a.title, a.published, {EVENT_DAY} AS day,"
        f" (SELECT mentions FROM story_events s WHERE s.id = e.story) AS mentions"
        f" {base} ORDER BY e.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return _page([_event(r) for r in rows], total, offset, limit)


# -- actors: :mod:`dateline.api.actor_list` (list_actors, its filters' SQL) -------------------
# -- articles ----------------------------------------------------------------------------
def list_articles(con: sqlite3.Connection, *, q: str | None = None, date_from: date | None = None,
                  date_to: date | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of articles (newest first): ``id``, ``article_id``, ``title``, ``published``,
    ``source``, ``url``, ``chars``, ``words``, ``dup_of``, ``quotes``, ``events`` (counts).
    ``q`` is part of the title (case-insensitive); dates bound the publication date.

    Raises:
        FilterError: ``date_from`` after ``date_to``.
    """
    _check_dates(date_from, date_to)
    where, args = [], []
    if q and q.strip():
        where.append("a.title LIKE ? ESCAPE '\\'")
        args.append(_like(q.strip()))
    _published_between(where, args, date_from, date_to)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM articles a{w}", args).fetchone()[0]
    rows = con.execute(
        "SELECT a.id, a.article_id, a.title, a.published, a.source, a.url, a.chars, a.words, a.dup_of,"
        " (SELECT count(*) FROM quotes q WHERE q.article = a.id) AS quotes,"
        " (SELECT count(*) FROM events e WHERE e.article = a.id) AS events"
        f" FROM articles a{w} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    return _page([dict(r) for r in rows], total, offset, limit)


def get_article(con: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with everything stored about it, or ``None`` when there is no such
    ``articles.id``.

    Returns: ``id``, ``article_id``, ``title``, ``published``, ``source``, ``url``, ``path``,
    ``chars``, ``words``, ``dup_of``, ``warnings``, ``text``; ``quotes`` (as
    :func:`list_quotes` items), ``events`` (as :func:`list_events` items), ``actors``
    (``id``: the article's actor id "A1", ``name``, ``kind``, ``country``, ``sector``,
    ``role``, ``kb_id``, ``lent_from``: the ``article_id`` whose story lent a person the
    country this one left out) and ``mentions`` (``text``, ``start``, ``end``, ``kind``,
    ``actor_id``, ``actor_name``). Offsets are ``str`` indices into ``text``. Dates and places
    are not in the store; :mod:`dateline.api.spans` adds them.
    """
    if not 0 <= article_id <= SQLITE_MAX_INT:  # SQLite stores 64-bit ids: a larger number names none
        return None
    a = con.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if a is None:
        return None
    out = {k: a[k] for k in ("id", "article_id", "title", "published", "source", "url", "path", "chars", "words",
                             "dup_of", "text")}
    out["warnings"] = json.loads(a["warnings"] or "[]")
    out["quotes"] = list_quotes(con, QuoteFilters(article=article_id), limit=10_000, fts=False)["items"]
    out["events"] = list_events(con, EventFilters(article=article_id), limit=10_000)["items"]
    out["actors"] = [{"id": r["actor_id"], "name": r["name"], "kind": r["kind"], "country": r["country"],
                      "sector": r["sector"], "role": r["role"], "kb_id": r["kb_id"],
                      "lent_from": r["lent_from"] if "lent_from" in r.keys() else None}  # a store of schema 3 has none
                     for r in con.execute("SELECT * FROM actors WHERE article = ? ORDER BY id", (article_id,))]
    out["mentions"] = [dict(r) for r in con.execute(
        'SELECT m.text, m.start, m."end", m.kind, c.actor_id, c.name AS actor_name FROM mentions m'
        " JOIN actors c ON c.id = m.actor WHERE m.article = ? ORDER BY m.start, m.id", (article_id,))]
    return out

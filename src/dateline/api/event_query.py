"""The events list with every filter: :class:`EventQuery` adds to
:class:`~dateline.api.service.EventFilters` the actor and recipient (by name or by actor page
id), the event's place and country, and a least confidence; :func:`list_events` sorts by date
or confidence. The dashboard's aggregates (timeline, network, map) take the same filters
through :func:`event_where`, so a bar, node, edge or circle opens the matching list
(``/events``). Same conventions as :mod:`dateline.api.service` (open connection in,
JSON-ready dicts out; pages ``{"items", "total", "next"}``).

Actor page ids are those of :mod:`dateline.api.actor_service` (the first ``actors.id`` of a
(name, country)). Candidates are found through indexes (the events of the articles naming the
actor, through ``actors(name, country)``; ``events(location_country)``,
``events(confidence)``) before the exact test on each event's JSON list of actors.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..events import lexicon
from ..store.fts import EVENT_ACTORS, has_event_actors
from .service import EVENT_DAY, EventFilters, FilterError, _event, _event_where, _like, _page

#: Sort orders of :func:`list_events`: the key and its SQL ``ORDER BY`` (``None``: store order).
SORTS = {
    "date": f"{EVENT_DAY}, e.id",
    "-date": f"{EVENT_DAY} DESC, e.id DESC",
    "confidence": "e.confidence, e.id",
    "-confidence": "e.confidence DESC, e.id",
}
PRECISIONS = ("place", "country")


@lru_cache(maxsize=1)
def lexicon_modes() -> dict[str, tuple[str, ...]]:
    """The PLOVER modes the coder writes for each type, from its lexicon (verbs, nouns,
    phrasal verbs, aid objects; the coder's own fallbacks use modes of these tables):
    ``{type: (mode, ...)}`` sorted, every one of the 16 types present (an empty tuple where
    the coder gives no mode)."""
    out: dict[str, set[str]] = {t: set() for t in lexicon.PLOVER_TYPES}
    for table in (lexicon.VERBS, lexicon.NOUNS, lexicon.PHRASAL):
        for trig in table.values():
            if trig.mode and trig.type in out:
                out[trig.type].add(trig.mode)
    out["AID"].update(mode for mode, _ in lexicon.AID_MODES.values())
    return {t: tuple(sorted(m)) for t, m in out.items()}


def modes_by_type(con: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """The modes of each PLOVER type: the lexicon's (:func:`lexicon_modes`) and those the
    store's events have with that type (the coder may re-type an event and keep its mode:
    SANCTION/withdraw), sorted; ``{type: (mode, ...)}`` for the 16 types. Reads the
    ``events(type, mode)`` index."""
    out = {t: set(m) for t, m in lexicon_modes().items()}
    for typ, mode in con.execute("SELECT DISTINCT type, mode FROM events WHERE mode IS NOT NULL"):
        if typ in out:
            out[typ].add(mode)
    return {t: tuple(sorted(m)) for t, m in out.items()}


@dataclass
class EventQuery(EventFilters):
    """:class:`EventFilters` and:

    Attributes:
        actor / recipient: part of the name of one of the event's actors / recipients, any
            case ("pompeo"); in double quotes, the whole name ('"Mike Pompeo"').
        actor_id / recipient_id: an actor page id (``/api/actors/{id}``): one of the event's
            actors / recipients is that actor (same name and country).
        party / party_id: a name (as ``actor``) or page id of one of the event's actors or
            recipients.
        country: the country of the event's location (ISO alpha-3).
        place: the event's location name as stored, any case ("Niamey").
        precision: ``place`` (the location has coordinates) or ``country`` (it has a country
            and no coordinates: the map draws it at the country's point).
        confidence: the least confidence (0-1).
    """

    actor: str | None = None
    recipient: str | None = None
    actor_id: int | None = None
    recipient_id: int | None = None
    party: str | None = None
    party_id: int | None = None
    country: str | None = None
    place: str | None = None
    precision: str | None = None
    confidence: float | None = None


def actor_key(con: sqlite3.Connection, actor_id: int) -> tuple[str, str | None] | None:
    """``(name, country)`` of the actor page ``actor_id`` (any ``actors.id`` of the actor), or
    ``None`` when there is no such row."""
    if not 0 < actor_id < 2**63:
        return None
    row = con.execute("SELECT name, country FROM actors WHERE id = ?", (actor_id,)).fetchone()
    return (row[0], row[1]) if row else None


def _has(role: str) -> str:
    return (f"EXISTS (SELECT 1 FROM json_each(e.{role}) j"
            " WHERE j.value ->> 'name' = ? AND j.value ->> 'country' IS ?)")


def _indexed_party(role: str, key: tuple[str, str | None] | None, name: str | None) -> tuple[list[str], list]:
    """As :func:`_party`, through the ``event_actors`` table (:mod:`dateline.store.fts`)."""
    roles = "" if role == "party" else " AND role = ?"
    more = [] if role == "party" else [role]
    if key is not None:
        return ([f"e.id IN (SELECT event FROM {EVENT_ACTORS} WHERE name = ? AND country IS ?{roles})"], [*key, *more])
    assert name is not None
    text = name.strip()
    if len(text) > 2 and text[0] == text[-1] == '"':  # the whole name
        return ([f"e.id IN (SELECT event FROM {EVENT_ACTORS} WHERE name = ? COLLATE NOCASE{roles})"],
                [text[1:-1].strip(), *more])
    return [f"e.id IN (SELECT event FROM {EVENT_ACTORS} WHERE name LIKE ? ESCAPE '\\'{roles})"], [_like(text), *more]


def _party(con: sqlite3.Connection, role: str, name: str | None, actor_id: int | None,
           indexed: bool = False) -> tuple[list[str], list]:
    """Conditions and arguments for one side (``actor``, ``recipient``, or ``party``: either);
    ``indexed``: the store has the ``event_actors`` table."""
    where: list[str] = []
    args: list[Any] = []
    if actor_id is not None:
        key = actor_key(con, actor_id)
        if key is None:
            raise FilterError(f"{role}_id {actor_id}: no such actor")
        if indexed:
            w, a = _indexed_party(role, key, None)
            where.extend(w)
            args.extend(a)
        else:  # the events of the articles naming the actor, then each event's JSON lists
            where.append("e.article IN (SELECT article FROM actors WHERE name = ? AND country IS ?)")
            args.extend(key)
            if role == "party":
                where.append(f"({_has('actor')} OR {_has('recipient')})")
                args.extend([*key, *key])
            else:
                where.append(_has(role))
                args.extend(key)
    if name is not None and name.strip() and ";" not in name and indexed:
        w, a = _indexed_party(role, None, name)
        where.extend(w)
        args.extend(a)
    elif name is not None and name.strip():
        text = name.strip()
        if len(text) > 2 and text[0] == text[-1] == '"':  # the whole name
            whole = text[1:-1].strip()
            where.append("e.article IN (SELECT article FROM actors WHERE name = ? COLLATE NOCASE)")
            args.append(whole)
            sides = ("actor", "recipient") if role == "party" else (role,)
            where.append("(" + " OR ".join(f"EXISTS (SELECT 1 FROM json_each(e.{side}) j"
                                           " WHERE j.value ->> 'name' = ? COLLATE NOCASE)" for side in sides) + ")")
            args.extend([whole] * len(sides))
        else:
            if ";" in text:
                raise FilterError(f"{role} {name!r}: a name has no ';'")
            sides = ("actor", "recipient") if role == "party" else (role,)
            where.append("(" + " OR ".join(f"e.{side}_names LIKE ? ESCAPE '\\'" for side in sides) + ")")
            args.extend([_like(text)] * len(sides))
    return where, args


def event_where(con: sqlite3.Connection, f: EventFilters) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (``""`` when none) and its arguments selecting the events ``e``
    (joined to their article ``a``) that match ``f`` (an :class:`EventQuery` or plain
    :class:`EventFilters`).

    Raises:
        FilterError: as :func:`~dateline.api.service.list_events`; an actor id that names no
            actor; a ``mode`` that is not one of the ``type``'s (:func:`modes_by_type`); an
            unknown ``precision``.
    """
    where, args = _event_where(f)
    if not isinstance(f, EventQuery):
        return where, args
    if f.type and f.mode:
        modes = modes_by_type(con).get(f.type.upper(), ())
        if f.mode.lower() not in modes:
            raise FilterError(f"mode {f.mode!r} is not a mode of {f.type.upper()}"
                              f" ({', '.join(modes) or 'it has none'})")
    more: list[str] = []
    indexed = has_event_actors(con)
    for role, name, actor_id in (("actor", f.actor, f.actor_id), ("recipient", f.recipient, f.recipient_id),
                                 ("party", f.party, f.party_id)):
        w, a = _party(con, role, name, actor_id, indexed)
        more.extend(w)
        args.extend(a)
    if f.country:
        more.append("e.location_country = ?")
        args.append(f.country.upper())
    if f.place and f.place.strip():
        more.append("e.location_name = ? COLLATE NOCASE")
        args.append(f.place.strip())
    if f.precision:
        if f.precision not in PRECISIONS:
            raise FilterError(f"precision {f.precision!r} is not one of {', '.join(PRECISIONS)}")
        more.append("e.latitude IS NOT NULL" if f.precision == "place"
                    else "e.latitude IS NULL AND e.location_country IS NOT NULL")
    if f.confidence is not None:
        if not 0 <= f.confidence <= 1:
            raise FilterError(f"confidence {f.confidence} is not between 0 and 1")
        more.append("e.confidence >= ?")
        args.append(f.confidence)
    if more:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(more)
    return where, args


def list_events(con: sqlite3.Connection, f: EventFilters, *, sort: str | None = None, limit: int = 50,
                offset: int = 0, ids: list[int] | None = None) -> dict[str, Any]:
    """A page of the events matching ``f``, in store order or by ``sort`` (a key of
    :data:`SORTS`: ``date`` is :data:`~dateline.api.service.EVENT_DAY`, oldest first;
    ``-date`` newest first; ``confidence`` / ``-confidence``). Items as
    :func:`dateline.api.service.list_events`'s, with ``sentence`` (the event's sentence).
    ``ids``: only these ``events.id`` (a page chosen by the caller: not counted again).

    Raises:
        FilterError: as :func:`event_where`; an unknown ``sort``.
    """
    if sort is not None and sort not in SORTS:
        raise FilterError(f"sort {sort!r} is not one of {', '.join(SORTS)}")
    where, args = event_where(con, f)
    if ids is not None:
        where = (where + " AND " if where else " WHERE ") + f"e.id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})"
    base = f"FROM events e JOIN articles a ON a.id = e.article{where}"
    # every event has its article (foreign key): the count needs the join only to filter on dates
    counted = base if (f.date_from or f.date_to) else f"FROM events e{where}"
    total = len(ids) if ids is not None else con.execute(f"SELECT count(*) {counted}", args).fetchone()[0]
    order = SORTS[sort] if sort else "e.id"
    # the page's ids are sorted first (narrow rows), then only those rows are read
    rows = con.execute(
        f"SELECT e.*, a.title, a.published, {EVENT_DAY} AS day, substr(a.text, e.start + 1, e.\"end\" - e.start)"
        f" AS sentence, (SELECT mentions FROM story_events s WHERE s.id = e.story) AS mentions"
        f" FROM events e JOIN articles a ON a.id = e.article"
        f" WHERE e.id IN (SELECT e.id {base} ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}",
        [*args, limit, offset]).fetchall()
    return _page([{**_event(r), "sentence": r["sentence"]} for r in rows], total, offset, limit)

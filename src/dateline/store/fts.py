"""The store's search structures: the full-text index of quotes (SQLite FTS5) and the
secondary indexes that the API's filters use.

The ingest writer does not build them. :func:`ensure_search` creates whatever is missing,
in a connection of its own that may write (``dateline index --db FILE`` runs it; so does the
API the first time it opens a store it may write, see :mod:`dateline.api.db`):

* ``quotes_fts``: an FTS5 table over ``quotes.text`` and ``quotes.speaker_name``, stored as
  an *external content* table (``content='quotes'``, ``content_rowid='id'``: the index holds
  only tokens; a hit's ``rowid`` is ``quotes.id``), tokenizer ``unicode61
  remove_diacritics 2`` (case and accents folded).
* triggers ``quotes_fts_ai`` / ``quotes_fts_ad`` keep it current when the writer adds (or
  anything deletes) quotes later, so an ingest that continues after the index was built
  needs no rebuild.
* the indexes of :data:`INDEXES` (speaker, country, event type and date, actor country and
  sector...).
* ``event_actors`` (:data:`EVENT_ACTORS`): one row per actor and per recipient of each event
  (``event`` = ``events.id``, ``role`` ``actor`` or ``recipient``, the reference's ``name``
  and ``country``, the event's ``type`` and ``day``: its own date when known to the day or
  month, else its article's publication day, as the API's ``EVENT_DAY``), indexed by name and
  country and by event, so that an actor's events, their months and their counterparts are
  read from one index instead of every event's JSON lists (actor pages, the actor filters);
  triggers ``event_actors_ai`` / ``event_actors_ad`` keep it current as the quotes' index.
* ``actor_quotes`` (:mod:`dateline.store.actor_quotes`): each actor's quotes with their
  publication date, kept current by triggers.

A store indexed by an earlier version gets what it lacks (new tables, new indexes) at the next
``dateline index`` or first ``serve``; until then the API answers the same without them.

Everything is ``IF NOT EXISTS``; a second call costs one look at ``sqlite_master``. The
population is one ``INSERT ... SELECT`` (about 1 s per 100,000 quotes).
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .actor_quotes import ACTOR_QUOTES, ACTOR_QUOTES_FILL, ACTOR_QUOTES_SQL

FTS_TABLE = "quotes_fts"
EVENT_ACTORS = "event_actors"
#: (name, table, columns) of the secondary indexes used by the API's filters.
INDEXES: list[tuple[str, str, str]] = [
    ("quotes_speaker", "quotes", "speaker_name COLLATE NOCASE"),
    ("quotes_speaker_country", "quotes", "speaker_country"),
    ("events_type", "events", "type, mode"),
    ("events_date", "events", "date"),
    ("actors_name", "actors", "name COLLATE NOCASE"),
    ("actors_country", "actors", "country"),
    ("actors_sector", "actors", "sector"),
    ("mentions_actor", "mentions", "actor"),
    # an actor's page and the events filters by actor: its rows, then its articles
    ("actors_name_country", "actors", "name, country, article, actor_id"),
    # ... read from the index alone: its roles, kinds, sectors, Wikidata ids, offices
    ("actors_page", "actors", "name, country, role, kind, sector, kb_id, article"),
    ("quotes_speaker_actor", "quotes", "article, speaker_actor_id"),
    ("events_location", "events", "location_country"),
    ("events_place", "events", "location_name COLLATE NOCASE"),
    ("events_confidence", "events", "confidence"),
    # an actor's latest events (newest day first, store order within a day) and its counterparts,
    # from the index alone
    ("event_actors_day", EVENT_ACTORS, "name, country, day, event"),
    ("event_actors_pair", EVENT_ACTORS, "event, role, name, country"),
]

_FTS_SQL = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        text, speaker_name, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO {FTS_TABLE}(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text, speaker_name)
        VALUES ('delete', old.id, old.text, old.speaker_name);
    END""",
]


def _day(date: str, published: str) -> str:
    """The event's day (``YYYY-MM-DD``) from its own ``date`` and its article's ``published``."""
    return (f"(CASE WHEN length({date}) = 10 THEN {date} WHEN length({date}) = 7 THEN {date} || '-01'"
            f" ELSE substr({published}, 1, 10) END)")


_NEW_DAY = _day("new.date", "(SELECT published FROM articles WHERE id = new.article)")
_EVENT_ACTORS_SQL = [
    f"""CREATE TABLE IF NOT EXISTS {EVENT_ACTORS} (event INTEGER NOT NULL, role TEXT NOT NULL, name TEXT,
        country TEXT, type TEXT, day TEXT)""",
    f"CREATE INDEX IF NOT EXISTS {EVENT_ACTORS}_name ON {EVENT_ACTORS}(name, country, role, day, type, event)",
    f"CREATE INDEX IF NOT EXISTS {EVENT_ACTORS}_nocase ON {EVENT_ACTORS}(name COLLATE NOCASE, role, event)",
    f"CREATE INDEX IF NOT EXISTS {EVENT_ACTORS}_event ON {EVENT_ACTORS}(event, role)",
    f"""CREATE TRIGGER IF NOT EXISTS {EVENT_ACTORS}_ai AFTER INSERT ON events BEGIN
        INSERT INTO {EVENT_ACTORS}(event, role, name, country, type, day)
        SELECT new.id, 'actor', value ->> 'name', value ->> 'country', new.type, {_NEW_DAY} FROM json_each(new.actor)
        UNION ALL SELECT new.id, 'recipient', value ->> 'name', value ->> 'country', new.type, {_NEW_DAY}
        FROM json_each(new.recipient);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {EVENT_ACTORS}_ad AFTER DELETE ON events BEGIN
        DELETE FROM {EVENT_ACTORS} WHERE event = old.id;
    END""",
]
_EVENT_ACTORS_FILL = (f"INSERT INTO {EVENT_ACTORS}(event, role, name, country, type, day)"
                      f" SELECT e.id, 'actor', j.value ->> 'name', j.value ->> 'country', e.type, {_day('e.date', 'a.published')}"
                      " FROM events e JOIN articles a ON a.id = e.article, json_each(e.actor) j"
                      f" UNION ALL SELECT e.id, 'recipient', j.value ->> 'name', j.value ->> 'country', e.type,"
                      f" {_day('e.date', 'a.published')} FROM events e JOIN articles a ON a.id = e.article,"
                      " json_each(e.recipient) j")

_TOKEN = re.compile(r"\w+\*?", re.UNICODE)


def has_event_actors(con: sqlite3.Connection) -> bool:
    """Whether the store of ``con`` has the :data:`EVENT_ACTORS` table."""
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (EVENT_ACTORS,)).fetchone() is not None


def has_fts(con: sqlite3.Connection) -> bool:
    """Whether the store of ``con`` has the quotes' full-text index."""
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone() is not None


def missing(con: sqlite3.Connection) -> list[str]:
    """The names of the search structures (:data:`FTS_TABLE`, :data:`INDEXES`) absent from
    the store of ``con`` (read-only is enough); empty when everything is there."""
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    wanted = [FTS_TABLE, EVENT_ACTORS, ACTOR_QUOTES] + [name for name, _, _ in INDEXES]
    return [n for n in wanted if n not in names]


def ensure_search(path: str | Path) -> dict[str, int | list[str]]:
    """Create the full-text index and the filter indexes of the store at ``path`` when
    missing; returns ``{"created": [names], "quotes_indexed": N}`` (``N`` is 0 when the
    index existed).

    Opens its own writable connection (WAL, 30 s busy timeout, so a running ingest only makes
    it wait) and closes it. Readers are never blocked.

    Raises:
        FileNotFoundError: no store at ``path``.
        sqlite3.OperationalError: the file cannot be written (read-only file or directory),
            or this SQLite has no FTS5.
        sqlite3.DatabaseError: ``path`` is not a SQLite database.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no store at {path}")
    con = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    try:
        todo = missing(con)
        if not todo:
            return {"created": [], "quotes_indexed": 0}
        if con.execute("SELECT 1 FROM sqlite_master WHERE name='quotes'").fetchone() is None:
            raise sqlite3.DatabaseError(f"{path} is not a dateline store (no quotes table)")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("BEGIN IMMEDIATE")
        try:
            indexed = 0
            if FTS_TABLE in todo:
                for statement in _FTS_SQL:
                    con.execute(statement)
                con.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
                indexed = con.execute("SELECT count(*) FROM quotes").fetchone()[0]
            if EVENT_ACTORS in todo:
                for statement in _EVENT_ACTORS_SQL:
                    con.execute(statement)
                con.execute(_EVENT_ACTORS_FILL)
            if ACTOR_QUOTES in todo:
                for statement in ACTOR_QUOTES_SQL:
                    con.execute(statement)
                con.execute(ACTOR_QUOTES_FILL)
            for name, table, cols in INDEXES:
                if name in todo:
                    con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table}({cols})")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        return {"created": todo, "quotes_indexed": indexed}
    finally:
        con.close()


def match_query(text: str) -> str | None:
    """An FTS5 ``MATCH`` expression for free text typed by a user, or ``None`` when it has
    no word.

    Every word becomes a quoted token (so no input is an FTS5 syntax error); all must occur
    (implicit AND), in the quote or its speaker's name; a trailing ``*`` keeps a prefix
    search (``negotiat*``). ``"a b"`` in double quotes is kept as a phrase.
    """
    parts: list[str] = []
    for i, chunk in enumerate(text.split('"')):
        words = [w for w in _TOKEN.findall(chunk)]
        if not words:
            continue
        if i % 2 == 1:  # inside double quotes: one phrase
            parts.append('"' + " ".join(w.rstrip("*") for w in words) + '"')
        else:
            parts.extend(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)
    return " ".join(parts) or None


def speaker_query(text: str) -> str | None:
    """An FTS5 ``MATCH`` expression that finds the quotes whose ``speaker_name`` has a word
    starting with each word of ``text`` (``"barack oba"`` -> ``speaker_name : ("barack"*
    "oba"*)``), or ``None`` when ``text`` has no word. Case and accents are folded by the
    index's tokenizer (``unicode61 remove_diacritics 2``)."""
    words = [w.rstrip("*") for w in _TOKEN.findall(text)]
    words = [w for w in words if w]
    if not words:
        return None
    return "speaker_name : (" + " ".join(f'"{w}"*' for w in words) + ")"

"""The corpus's index of people: who each stored story placed, for lending to other stories.

Table ``people_seen`` (:data:`PEOPLE_SCHEMA`): one row per stored article (``article``,
``articles.id``; near-duplicates teach nothing) and person its story placed with an office and
a country of its own ("Iraqi Prime Minister Adil Abdul-Mahdi"; a country guessed with no
office is too often wrong to pass on), outside the knowledge base, named by two words or more
that are no place of the gazetteer (:func:`teaches`); ``name_key`` is the name in lower case
with single spaces, ``surname`` its last word (:func:`dateline.actors.lending.surname`),
``published`` the article's ISO 8601 date. A person who was lent a country teaches nothing
(facts are not passed on second hand), nor one the story's home state placed
(``Actor.country_from``: an inference, which in a story about Russia makes an American attorney
general Russian). :class:`StorePeople` reads it for :func:`dateline.actors.lending.lend`
through its own read-only connection, so ingest workers in other processes read what the
writer committed.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..actors.lending import Taught, surname
from ..records import Extraction
from .learned import looks_like_name

PEOPLE_SCHEMA = """
CREATE TABLE IF NOT EXISTS people_seen (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    article_id TEXT NOT NULL,
    published TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    surname TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT,
    sector TEXT
);
CREATE INDEX IF NOT EXISTS people_seen_name ON people_seen(name_key);
CREATE INDEX IF NOT EXISTS people_seen_surname ON people_seen(surname);
"""

#: The most rows one lookup reads (a common surname in a huge corpus), newest first.
LOOKUP_LIMIT = 200


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def teaches(name: str, role: str | None, country: str | None, kb_id: str | None, lent_from: str | None) -> bool:
    """Whether a person actor so described teaches the corpus its country (module docstring)."""
    from ..normalize.places import lookup_place

    return bool(country) and bool(role) and not kb_id and not lent_from \
        and looks_like_name(" ".join(name.split()), role) and lookup_place(name) is None


_INSERT = ("INSERT INTO people_seen(article, article_id, published, name, name_key, surname, country, role, sector)"
           " VALUES (?,?,?,?,?,?,?,?,?)")


def _row(article_rowid: int, article_id: str, published: str | None, name: str, country: str, role: str | None,
         sector: str | None) -> tuple:
    name = " ".join(name.split())
    return (article_rowid, article_id, published, name, _key(name), surname(name) or "", country, role, sector)


def taught_rows(article_rowid: int, ex: Extraction) -> list[tuple]:
    """The ``people_seen`` rows of one stored article (its extraction ``ex``)."""
    a = ex.article
    return [_row(article_rowid, a.id, a.published, actor.name, actor.country, actor.role, actor.sector)
            for actor in ex.actors if actor.kind == "person" and actor.country_from is None
            and teaches(actor.name, actor.role, actor.country, actor.kb_id, actor.lent_from)]


def insert_taught(con: sqlite3.Connection, article_rowid: int, ex: Extraction) -> None:
    """Add the ``people_seen`` rows of one article inside the caller's transaction."""
    con.executemany(_INSERT, taught_rows(article_rowid, ex))


def backfill(con: sqlite3.Connection) -> int:
    """Fill an empty ``people_seen`` from the ``actors`` table of a store made before it existed
    (its lending column is then empty: nothing was lent); returns the rows added."""
    if con.execute("SELECT 1 FROM people_seen LIMIT 1").fetchone():
        return 0
    rows = [_row(rowid, article_id, published, name, country, role, sector)
            for (rowid, article_id, published, name, role, country, sector, kb_id) in con.execute(
                "SELECT ar.id, ar.article_id, ar.published, ac.name, ac.role, ac.country, ac.sector, ac.kb_id"
                " FROM actors ac JOIN articles ar ON ar.id = ac.article"
                " WHERE ac.kind = 'person' AND ac.country IS NOT NULL AND ac.role IS NOT NULL AND ar.dup_of IS NULL")
            if teaches(name, role, country, kb_id, None)]
    con.executemany(_INSERT, rows)
    return len(rows)


class StorePeople:
    """:class:`dateline.actors.lending.PeopleIndex` over the store at ``path`` (read-only).

    Raises:
        sqlite3.Error: ``path`` cannot be opened as a store.
    """

    def __init__(self, path: str | Path) -> None:
        from .schema import connect_readonly

        self.con = connect_readonly(path, check_same_thread=False)
        self._ok = bool(self.con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='people_seen'").fetchone())

    def _rows(self, column: str, value: str) -> list[Taught]:
        if not self._ok:
            return []
        return [Taught(*row) for row in self.con.execute(
            f"SELECT name, country, role, sector, article_id, published FROM people_seen WHERE {column} = ?"
            " ORDER BY published DESC LIMIT ?", (value, LOOKUP_LIMIT))]

    def by_name(self, name: str) -> list[Taught]:
        return self._rows("name_key", _key(name))

    def by_surname(self, surname: str) -> list[Taught]:
        return self._rows("surname", surname.lower())

    def close(self) -> None:
        self.con.close()

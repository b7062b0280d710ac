"""Reading the store: counts, failures and exports (JSON Lines, CSV, Parquet).

Exports are streamed from SQLite in batches, so a large store is never held in memory.
Multi-valued columns (actors, recipients, contexts, aux) are joined with ``;`` as in
POLECAT; ``events`` rows carry the article's publication date, outlet and URL and the story
event they belong to with its mention count.
"""
from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Sequence

from . import formats
from .formats import BATCH_ROWS, cell as _cell  # noqa: F401 - the names this module always had
from .schema import SEP

#: The day of an event (``YYYY-MM-DD``) in SQL over ``events e`` and ``articles a``: its own date
#: when known to the day or the month (a month counts as its first day), else its article's
#: publication day. The API's date filters compare it (:mod:`dateline.api.service`).
EVENT_DAY = ("(CASE WHEN length(e.date) = 10 THEN e.date WHEN length(e.date) = 7 THEN e.date || '-01'"
             " ELSE substr(a.published, 1, 10) END)")

# (column, SQL expression, type) with type one of "string", "int64", "float64"
_EVENTS = [
    ("event_id", "e.id", "int64"),
    ("story_event_id", "e.story", "int64"),
    ("story_mentions", "s.mentions", "int64"),
    ("article", "a.id", "int64"),
    ("article_id", "a.article_id", "string"),
    ("duplicate_of", "a.dup_of", "int64"),
    ("publication_date", "a.published", "string"),
    ("source", "a.source", "string"),
    ("url", "a.url", "string"),
    ("headline", "a.title", "string"),
    ("event_date", "e.date", "string"),
    ("event_day", EVENT_DAY, "string"),
    ("date_relation", "e.date_relation", "string"),
    ("event_type", "e.type", "string"),
    ("event_mode", "e.mode", "string"),
    ("contexts", f"(SELECT group_concat(value, '{SEP}') FROM json_each(e.context))", "string"),
    ("aux", f"(SELECT group_concat(value, '{SEP}') FROM json_each(e.aux))", "string"),
    ("actor_names", "e.actor_names", "string"),
    ("actor_countries", "e.actor_countries", "string"),
    ("actor_sectors", "e.actor_sectors", "string"),
    ("recipient_names", "e.recipient_names", "string"),
    ("recipient_countries", "e.recipient_countries", "string"),
    ("recipient_sectors", "e.recipient_sectors", "string"),
    ("placename", "e.location_name", "string"),
    ("country", "e.location_country", "string"),
    ("latitude", "e.latitude", "float64"),
    ("longitude", "e.longitude", "float64"),
    ("amount", "e.amount_value", "float64"),
    ("currency", "e.amount_currency", "string"),
    ("cameo", "e.cameo", "string"),
    ("trigger", "e.trigger", "string"),
    ("sentence", 'substr(a.text, e.start + 1, e."end" - e.start)', "string"),
    ("start", "e.start", "int64"),
    ("end", 'e."end"', "int64"),
    ("confidence", "e.confidence", "float64"),
    ("rule", "e.rule", "string"),
]
_QUOTES = [
    ("quote_id", "q.id", "int64"),
    ("article", "a.id", "int64"),
    ("article_id", "a.article_id", "string"),
    ("publication_date", "a.published", "string"),
    ("source", "a.source", "string"),
    ("url", "a.url", "string"),
    ("headline", "a.title", "string"),
    ("text", "q.text", "string"),
    ("kind", "q.kind", "string"),
    ("start", "q.start", "int64"),
    ("end", 'q."end"', "int64"),
    ("cue", "q.cue", "string"),
    ("speaker_name", "q.speaker_name", "string"),
    ("speaker_country", "q.speaker_country", "string"),
    ("speaker_sector", "q.speaker_sector", "string"),
    ("speaker_mention", "q.speaker_mention", "string"),
    ("rule", "q.rule", "string"),
    ("attribution", "q.attribution", "int64"),
]
_ACTORS = [
    ("actor_row", "c.id", "int64"),
    ("article", "a.id", "int64"),
    ("article_id", "a.article_id", "string"),
    ("actor_id", "c.actor_id", "string"),
    ("name", "c.name", "string"),
    ("kind", "c.kind", "string"),
    ("country", "c.country", "string"),
    ("sector", "c.sector", "string"),
    ("role", "c.role", "string"),
    ("kb_id", "c.kb_id", "string"),
    ("mentions", "(SELECT count(*) FROM mentions m WHERE m.actor = c.id)", "int64"),
]
_ARTICLES = [
    ("article", "a.id", "int64"),
    ("article_id", "a.article_id", "string"),
    ("hash", "a.hash", "string"),
    ("path", "a.path", "string"),
    ("url", "a.url", "string"),
    ("title", "a.title", "string"),
    ("publication_date", "a.published", "string"),
    ("source", "a.source", "string"),
    ("chars", "a.chars", "int64"),
    ("words", "a.words", "int64"),
    ("duplicate_of", "a.dup_of", "int64"),
    ("quotes", "(SELECT count(*) FROM quotes q WHERE q.article = a.id)", "int64"),
    ("events", "(SELECT count(*) FROM events e WHERE e.article = a.id)", "int64"),
    ("ingested_at", "a.ingested_at", "string"),
]
@dataclass(frozen=True)
class Table:
    """An export: its ``columns`` (name, SQL expression, Parquet type), the ``source`` (``FROM``
    and joins; the filters of :mod:`dateline.api.downloads` add a ``WHERE`` after it) and the
    ``order``."""

    columns: list[tuple[str, str, str]]
    source: str
    order: str

    @property
    def names(self) -> list[str]:
        return [c[0] for c in self.columns]

    @property
    def types(self) -> list[str]:
        return [c[2] for c in self.columns]

    def select(self, where: str = "", order: str | None = None) -> str:
        """The query of this export, with ``where`` (``" WHERE ..."`` or empty), in ``order``
        (an SQL ``ORDER BY`` over the source's aliases; default :attr:`order`)."""
        cols = ", ".join(f'{expr} AS "{name}"' for name, expr, _ in self.columns)
        return f"SELECT {cols} {self.source}{where} ORDER BY {order or self.order}"


EXPORTS: dict[str, Table] = {
    "events": Table(_EVENTS, "FROM events e JOIN articles a ON a.id = e.article LEFT JOIN story_events s ON s.id = e.story",
                    "e.id"),
    "quotes": Table(_QUOTES, "FROM quotes q JOIN articles a ON a.id = q.article", "q.id"),
    "actors": Table(_ACTORS, "FROM actors c JOIN articles a ON a.id = c.article", "c.id"),
    "articles": Table(_ARTICLES, "FROM articles a", "a.id"),
}
FORMATS = formats.FORMATS


def stats(con: sqlite3.Connection) -> dict[str, int]:
    """Counts of the store: ``articles`` (stored, copies included), ``failures``,
    ``duplicates`` (articles linked to a first copy), ``quotes``, ``events``, ``actors``
    (per-article actors), ``mentions``, ``story_events``, ``words`` (of all articles)."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "failures": one("SELECT count(*) FROM failures"),
        "duplicates": one("SELECT count(*) FROM duplicates"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
        "actors": one("SELECT count(*) FROM actors"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "story_events": one("SELECT count(*) FROM story_events"),
        "words": one("SELECT coalesce(sum(words), 0) FROM articles"),
    }


def failures(con: sqlite3.Connection) -> list[dict]:
    """Every stored failure in the order recorded: ``path``, ``code``, ``reason``,
    ``article_id``, ``time`` (UTC ISO 8601)."""
    return [dict(r) for r in con.execute("SELECT path, code, reason, article_id, time FROM failures ORDER BY id")]


def rows(con: sqlite3.Connection, what: str) -> tuple[list[str], Iterator[tuple]]:
    """The column names and the row tuples of export ``what`` (a key of :data:`EXPORTS`).

    Raises:
        KeyError: for an unknown ``what``.
    """
    table = EXPORTS[what]
    return table.names, (tuple(r) for r in con.execute(table.select()))


def export(con: sqlite3.Connection, what: str, fmt: str, out: str | Path | None = None, *,
           where: str = "", args: Sequence = (), order: str | None = None) -> int:
    """Write export ``what`` in ``fmt`` (``jsonl``, ``csv``, ``parquet``; :mod:`dateline.store.formats`)
    to the file ``out`` (standard output when ``None``; Parquet needs a file); returns the number
    of rows. ``where`` (``" WHERE ..."``, with its parameters ``args``) keeps some rows only
    (:mod:`dateline.api.downloads` builds it from the API's filters); ``order``: an SQL ``ORDER
    BY`` (default: store order, the table's id). CSV cells that would start
    a spreadsheet formula are prefixed with an apostrophe (:func:`~dateline.store.formats.cell`).

    Raises:
        KeyError: unknown ``what``.  ValueError: unknown ``fmt``, or Parquet without ``out``.
        ImportError: Parquet without pyarrow installed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise ValueError("--format parquet needs --out FILE")
    table = EXPORTS[what]
    n = 0

    def counted(chunks):
        nonlocal n
        for chunk in chunks:
            n += len(chunk)
            yield chunk

    pieces = formats.encode(table.names, table.types, counted(formats.batches(con.execute(table.select(where, order), args))), fmt)
    if not out:
        sys.stdout.flush()  # what was printed as text goes first
    stream: IO[bytes] = open(out, "wb") if out else sys.stdout.buffer
    try:
        for piece in pieces:
            stream.write(piece)
    finally:
        if out:
            stream.close()
        else:
            stream.flush()
    return n


def arrow_schema(what: str):
    """The pyarrow schema of export ``what``."""
    table = EXPORTS[what]
    return formats.arrow_schema(table.names, table.types)

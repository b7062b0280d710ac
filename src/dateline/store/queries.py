"""Reading the store: counts, failures and exports (JSON Lines, CSV, Parquet).

Exports are streamed from SQLite in batches, so a large store is never held in memory.
Multi-valued columns (actors, recipients, contexts, aux) are joined with ``;`` as in
POLECAT; ``events`` rows carry the article's publication date, outlet and URL and the story
event they belong to with its mention count.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
from itertools import islice
from pathlib import Path
from typing import IO, Iterator

from .schema import SEP

BATCH_ROWS = 5000

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
    ("event_date", "e.date", "string"),
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
EXPORTS: dict[str, tuple[list[tuple[str, str, str]], str]] = {
    "events": (_EVENTS, "FROM events e JOIN articles a ON a.id = e.article"
                        " LEFT JOIN story_events s ON s.id = e.story ORDER BY e.id"),
    "quotes": (_QUOTES, "FROM quotes q JOIN articles a ON a.id = q.article ORDER BY q.id"),
    "actors": (_ACTORS, "FROM actors c JOIN articles a ON a.id = c.article ORDER BY c.id"),
    "articles": (_ARTICLES, "FROM articles a ORDER BY a.id"),
}
FORMATS = ("jsonl", "csv", "parquet")


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
    columns, tail = EXPORTS[what]
    sql = "SELECT " + ", ".join(f"{expr} AS \"{name}\"" for name, expr, _ in columns) + " " + tail
    return [c[0] for c in columns], (tuple(r) for r in con.execute(sql))


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    """A CSV cell a spreadsheet shows as text: a string starting like a formula ("=1+1",
    "@SUM(...)") gets a leading apostrophe; numbers and other strings are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def export(con: sqlite3.Connection, what: str, fmt: str, out: str | Path | None = None) -> int:
    """Write export ``what`` in ``fmt`` (``jsonl``, ``csv``, ``parquet``) to the file ``out``
    (standard output when ``None``; Parquet needs a file); returns the number of rows. CSV cells
    that would start a spreadsheet formula are prefixed with an apostrophe (:func:`_cell`).

    Raises:
        KeyError: unknown ``what``.  ValueError: unknown ``fmt``, or Parquet without ``out``.
        ImportError: Parquet without pyarrow installed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    names, it = rows(con, what)
    if fmt == "parquet":
        if out is None:
            raise ValueError("--format parquet needs --out FILE")
        return _parquet(what, it, Path(out))
    stream: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    n = 0
    try:
        if fmt == "csv":
            w = csv.writer(stream)
            w.writerow(names)
            for r in it:
                w.writerow(["" if v is None else _cell(v) for v in r])
                n += 1
        else:
            for r in it:
                stream.write(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n")
                n += 1
    finally:
        if out:
            stream.close()
        else:
            stream.flush()
    return n


def arrow_schema(what: str):
    """The pyarrow schema of export ``what``."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
    return pa.schema([(name, types[t]) for name, _, t in EXPORTS[what][0]])


def _parquet(what: str, it: Iterator[tuple], out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(what)
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        while True:
            chunk = list(islice(it, BATCH_ROWS))
            if not chunk:
                break
            cols = list(zip(*chunk))
            writer.write_table(pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, schema)],
                                                    schema=schema))
            n += len(chunk)
    return n

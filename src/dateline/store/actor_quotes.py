"""``actor_quotes``: the quotes of each actor with their article's publication date, so that an
actor page counts its quotes per month and lists its newest statements from one index
instead of joining every row of the actor to its article and its quotes.

One row per quote and per ``actors`` row that speaks it (the quote's ``speaker_actor_id`` in
its article; the join :func:`dateline.api.actor_service._quotes_of` reads, materialised):
``quote`` (``quotes.id``), the actor's ``name`` and ``country``, the article's ``published``.
Index ``actor_quotes_name`` (``name, country, published DESC, quote``) gives an actor's quotes
newest first, as its page orders them, and their months without reading a table row.

Built with the other search structures (:func:`dateline.store.fts.ensure_search`: ``dateline
index``, the first ``serve``), also in a store made before it; kept current by triggers: a
quote added after its speaker's row, or a row added after its quotes, adds its pairs (exactly
one of the two triggers finds the other side); a deleted quote or row takes its pairs away.
"""
from __future__ import annotations

import sqlite3

ACTOR_QUOTES = "actor_quotes"

_PUBLISHED = "(SELECT published FROM articles WHERE id = new.article)"

#: The table, its indexes and triggers (``IF NOT EXISTS``).
ACTOR_QUOTES_SQL = [
    f"CREATE TABLE IF NOT EXISTS {ACTOR_QUOTES} (quote INTEGER NOT NULL, name TEXT, country TEXT, published TEXT)",
    f"CREATE INDEX IF NOT EXISTS {ACTOR_QUOTES}_name ON {ACTOR_QUOTES}(name, country, published DESC, quote)",
    f"CREATE INDEX IF NOT EXISTS {ACTOR_QUOTES}_quote ON {ACTOR_QUOTES}(quote)",
    f"""CREATE TRIGGER IF NOT EXISTS {ACTOR_QUOTES}_quote_ai AFTER INSERT ON quotes
        WHEN new.speaker_actor_id IS NOT NULL BEGIN
        INSERT INTO {ACTOR_QUOTES}(quote, name, country, published)
        SELECT new.id, c.name, c.country, {_PUBLISHED} FROM actors c
        WHERE c.article = new.article AND c.actor_id = new.speaker_actor_id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {ACTOR_QUOTES}_actor_ai AFTER INSERT ON actors BEGIN
        INSERT INTO {ACTOR_QUOTES}(quote, name, country, published)
        SELECT q.id, new.name, new.country, {_PUBLISHED} FROM quotes q
        WHERE q.article = new.article AND q.speaker_actor_id = new.actor_id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {ACTOR_QUOTES}_quote_ad AFTER DELETE ON quotes BEGIN
        DELETE FROM {ACTOR_QUOTES} WHERE quote = old.id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {ACTOR_QUOTES}_actor_ad AFTER DELETE ON actors BEGIN
        DELETE FROM {ACTOR_QUOTES} WHERE name IS old.name AND country IS old.country AND quote IN
            (SELECT id FROM quotes WHERE article = old.article AND speaker_actor_id = old.actor_id);
    END""",
]

#: Fills the table from the stored quotes and actors.
ACTOR_QUOTES_FILL = (f"INSERT INTO {ACTOR_QUOTES}(quote, name, country, published)"
                     " SELECT q.id, c.name, c.country, a.published FROM actors c JOIN articles a ON a.id = c.article"
                     " JOIN quotes q ON q.article = c.article AND q.speaker_actor_id = c.actor_id")


def has_actor_quotes(con: sqlite3.Connection) -> bool:
    """Whether the store of ``con`` has the :data:`ACTOR_QUOTES` table."""
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (ACTOR_QUOTES,)).fetchone() is not None

"""The embedded store: one SQLite file in WAL mode (readers never block the writer).

Tables (``id`` is SQLite's integer row id everywhere; ``article`` columns refer to
``articles.id``):

* ``articles``: one row per stored article. ``hash`` is the SHA-256 (hex) of the UTF-8 text,
  ``key`` the article's URL, else its own id (see :func:`article_key`); ``(hash, key)`` is
  unique, so ingesting the same record again stores nothing. ``article_id`` is
  :attr:`dateline.records.Article.id`; ``published`` ISO 8601; ``chars`` characters and
  ``words`` white-space separated words of ``text``; ``warnings`` a JSON list of
  ``{code, reason}``; ``dup_of`` the first copy's ``articles.id`` for a near-duplicate.
* ``quotes``, ``events``, ``actors``, ``mentions``: the :class:`~dateline.records.Extraction`
  of each article, flattened (offsets are ``str`` indices into the article's ``text``).
  ``events.actor`` / ``events.recipient`` hold the JSON lists of actor references and
  ``actor_names``, ``actor_countries``, ``actor_sectors`` (and the same for the recipient)
  the same lists joined with :data:`SEP`, as POLECAT's columns are.
* ``failures``: every article or record that could not be read or processed, once per
  ``(path, code)``; ``time`` is UTC ISO 8601.
* ``duplicates``: a near-duplicate article → its first copy, with the estimated Jaccard
  similarity of their word 5-shingles.
* ``people_seen``: the persons each story placed, which corpus lending reads
  (:mod:`.people_index`); ``actors.lent_from`` names the article whose story gave a person the
  country the own story left out.
* ``story_events``: events grouped across copies and articles about the same happening;
  ``mentions`` is the number of events grouped, ``article_ids`` a JSON list of
  ``articles.id``. ``events.story`` points to it.
* ``signatures``: the MinHash signature of each article (``num_perm`` unsigned 64-bit
  integers, little-endian); ``lsh_buckets`` its LSH bands (:data:`LSH_SCHEMA`).
* ``article_dates``, ``article_places``, ``article_amounts``: the time expressions, places and
  amounts the normalise stage found (:class:`~dateline.records.DateValue`,
  :class:`~dateline.records.Place`, :class:`~dateline.records.Amount`; ``place_kind`` is
  ``Place.kind``), stored at ingest so that showing an article parses nothing.
  ``articles.spans`` is 1 for an article whose spans were stored so (schema 3), NULL for one
  stored by an earlier version (:data:`SCHEMA_VERSION` 2), whose spans these tables lack.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from ..records import Article

#: The store file used when ``--db`` is not given, relative to the current directory.
DEFAULT_DB = "dateline.sqlite"
#: Separator of the flattened multi-valued columns (POLECAT's).
SEP = ";"
SCHEMA_VERSION = 4

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    path TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    source TEXT,
    chars INTEGER NOT NULL,
    words INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    dup_of INTEGER REFERENCES articles(id),
    ingested_at TEXT NOT NULL,
    text TEXT NOT NULL,
    spans INTEGER,
    UNIQUE (hash, key)
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    speaker_name TEXT, speaker_country TEXT, speaker_sector TEXT,
    speaker_mention TEXT, speaker_mention_start INTEGER, speaker_mention_end INTEGER,
    speaker_actor_id TEXT,
    sentence_start INTEGER, sentence_end INTEGER,
    rule TEXT,
    attribution INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);

CREATE TABLE IF NOT EXISTS story_events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    mode TEXT,
    date TEXT,
    actor_names TEXT,
    recipient_names TEXT,
    first_event INTEGER,
    mentions INTEGER NOT NULL DEFAULT 0,
    article_ids TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    n INTEGER NOT NULL,
    story INTEGER REFERENCES story_events(id),
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT NOT NULL DEFAULT '[]',
    aux TEXT NOT NULL DEFAULT '[]',
    date TEXT, date_relation TEXT,
    actor TEXT NOT NULL DEFAULT '[]',
    recipient TEXT NOT NULL DEFAULT '[]',
    actor_names TEXT, actor_countries TEXT, actor_sectors TEXT,
    recipient_names TEXT, recipient_countries TEXT, recipient_sectors TEXT,
    location_name TEXT, location_country TEXT, latitude REAL, longitude REAL,
    amount_value REAL, amount_currency TEXT, amount_unit TEXT,
    cameo TEXT,
    trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
    start INTEGER, "end" INTEGER,
    confidence REAL,
    rule TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE INDEX IF NOT EXISTS events_story ON events(story);

CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT, sector TEXT, role TEXT, kb_id TEXT, lent_from TEXT
);
CREATE INDEX IF NOT EXISTS actors_article ON actors(article);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    actor INTEGER NOT NULL REFERENCES actors(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);

CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    article_id TEXT,
    time TEXT NOT NULL,
    UNIQUE (path, code)
);

CREATE TABLE IF NOT EXISTS duplicates (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    first INTEGER NOT NULL REFERENCES articles(id),
    similarity REAL NOT NULL
);

CREATE TABLE IF NOT EXISTS signatures (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    minhash BLOB NOT NULL
);
"""

#: The MinHash LSH index of the near-duplicate check, on disk (one row per article and band:
#: the band's slice of the signature as bytes), so that the writer keeps no per-article state
#: in memory; :class:`~dateline.store.writer.StoreWriter` fills it from ``signatures`` for a
#: store written before it existed.
LSH_SCHEMA = """
CREATE TABLE IF NOT EXISTS lsh_buckets (
    band INTEGER NOT NULL,
    bucket BLOB NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX IF NOT EXISTS lsh_buckets_key ON lsh_buckets(band, bucket);
"""

#: The tables of the spans stored at ingest (schema 3); :func:`_migrate` adds them to an older store.
SPANS_SCHEMA = """
CREATE TABLE IF NOT EXISTS article_dates (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value TEXT,
    relation TEXT NOT NULL DEFAULT 'on'
);
CREATE INDEX IF NOT EXISTS article_dates_article ON article_dates(article);

CREATE TABLE IF NOT EXISTS article_places (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT, lat REAL, lon REAL,
    place_kind TEXT NOT NULL DEFAULT 'place'
);
CREATE INDEX IF NOT EXISTS article_places_article ON article_places(article);

CREATE TABLE IF NOT EXISTS article_amounts (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL NOT NULL,
    currency TEXT, unit TEXT
);
CREATE INDEX IF NOT EXISTS article_amounts_article ON article_amounts(article);
"""


def store_problem(path: str | Path) -> str | None:
    """Why ``path`` cannot be read as a dateline store ("no store at …", "… is a directory",
    "… is not a dateline store: …"), or None when it can. Opens it read-only; never raises."""
    path = Path(path)
    if not path.exists():
        return f"no store at {path} (run `dateline ingest PATH... --db {path}` first)"
    if path.is_dir():
        return f"{path} is a directory, not a store"
    try:
        con = connect_readonly(path)
        try:
            con.execute("SELECT id FROM articles LIMIT 1").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return f"{path} is not a dateline store: {exc}"
    return None


def connect_readonly(path: str | Path, *, timeout: float = 10.0, check_same_thread: bool = True) -> sqlite3.Connection:
    """A read-only connection to the store at ``path`` (a ``mode=ro`` URI: SQLite refuses every
    write through it), also where the store cannot be written.

    A store in WAL mode is read through its ``-shm`` index, which SQLite creates next to the
    file, even for a ``mode=ro`` reader: in a folder the reader cannot write, with no ``-shm``
    there (the store was closed), it refuses to read ("attempt to write a readonly database").
    Such a store is then opened ``immutable=1`` (no locks, no index), which is exact as long as
    no ``-wal`` file holds changes beside it (none can be written there), and only then.

    Raises:
        sqlite3.OperationalError: ``path`` cannot be opened (it does not exist, or it cannot be
            read even so: its ``-wal`` holds changes that only a reader with an index can see).
        sqlite3.DatabaseError: ``path`` is not a SQLite database.
    """
    uri = "file:" + quote(str(Path(path).resolve()))
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, check_same_thread=check_same_thread)
    try:
        con.execute("PRAGMA schema_version").fetchone()  # the first read opens the file and the WAL index
        return con
    except sqlite3.OperationalError:
        con.close()
        wal = Path(f"{path}-wal")
        if not Path(path).is_file():
            raise
        if wal.exists() and wal.stat().st_size > 0:
            raise sqlite3.OperationalError(f"{wal} holds changes that only a reader who can write its folder can see "
                                           "(open the store once where it can be written)") from None
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout,
                           check_same_thread=check_same_thread)


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and when ``create``, create) the store at ``path``.

    The connection is in autocommit mode (``isolation_level=None``: transactions are
    explicit ``BEGIN``/``COMMIT``), WAL journal, ``synchronous=NORMAL`` (a committed article
    survives the process being killed), foreign keys on, 30 s busy timeout.

    Raises:
        FileNotFoundError: when ``create`` is false and ``path`` does not exist.
        sqlite3.DatabaseError: when ``path`` is not a SQLite database.
    """
    path = Path(path)
    if not create and not path.exists():
        raise FileNotFoundError(f"no store at {path}")
    if create and path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    if create:
        con.executescript(SCHEMA)
    _migrate(con)
    if create:
        con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    return con


def _migrate(con: sqlite3.Connection) -> None:
    """Bring a store made by an earlier version up to :data:`SCHEMA_VERSION`: version 2 adds
    ``quotes.attribution`` (empty for the quotes stored before); version 3 adds
    ``articles.spans`` (NULL for the articles stored before: their spans are not stored) and the
    tables of :data:`SPANS_SCHEMA`; version 4 adds ``actors.lent_from`` and the ``people_seen``
    index of :mod:`.people_index` (filled from the stored actors) for corpus lending."""
    columns = {row[1] for row in con.execute("PRAGMA table_info(quotes)")}
    if columns and "attribution" not in columns:
        con.execute("ALTER TABLE quotes ADD COLUMN attribution INTEGER")
    columns = {row[1] for row in con.execute("PRAGMA table_info(articles)")}
    if columns:
        if "spans" not in columns:
            con.execute("ALTER TABLE articles ADD COLUMN spans INTEGER")
        con.executescript(SPANS_SCHEMA)
        con.executescript(LSH_SCHEMA)
    columns = {row[1] for row in con.execute("PRAGMA table_info(actors)")}
    if columns:
        from .people_index import PEOPLE_SCHEMA, backfill

        fresh = "lent_from" not in columns
        if fresh:
            con.execute("ALTER TABLE actors ADD COLUMN lent_from TEXT")
        con.executescript(PEOPLE_SCHEMA)
        if fresh:
            backfill(con)


def article_key(article: Article) -> str:
    """The second half of an article's identity: its URL, else its own id."""
    return article.url or article.id

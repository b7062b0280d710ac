"""Settings of the application and its read-only access to the store.

Every request opens its own connection with the ``mode=ro`` URI (SQLite refuses any write
through it; :func:`dateline.store.schema.connect_readonly`, which also reads a store in a folder
that cannot be written) and closes it afterwards; WAL mode lets requests read while
``dateline ingest`` writes. The search structures of :mod:`dateline.store.fts` are created on the first request
(not at import nor in :func:`~dateline.api.app.create_app`), in a separate, short-lived
writable connection, when ``Settings.build_index`` is true and the file can be written; a
store that cannot be written is served without them (``q=`` then answers 400 and asks for
``dateline index``).
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..store.fts import ensure_search, has_fts
from ..store.schema import connect_readonly
from .security import LOOPBACK

log = logging.getLogger("dateline.api")


@dataclass
class Settings:
    """What :func:`dateline.api.app.create_app` serves.

    Attributes:
        db: the store (SQLite file written by ``dateline ingest``).
        page_max: the largest ``limit`` a list accepts (a larger one is a 400).
        page_default: ``limit`` when none is given.
        build_index: create the full-text index and filter indexes on first use when missing
            (needs the file to be writable once; see :mod:`dateline.store.fts`).
        find_spans: for an article stored by an earlier version (no dates and places stored),
            find them with spaCy when it is shown (:mod:`dateline.api.spans`); articles stored
            by this version are shown from the store and never load spaCy.
        dashboard: serve the HTML dashboard (``/``) besides the JSON API (``/api``).
        allowed_hosts: the ``Host`` names the server answers to (others get 400;
            :mod:`dateline.api.security`): loopback names by default.
    """

    db: Path
    page_max: int = 200
    page_default: int = 50
    build_index: bool = True
    find_spans: bool = True
    dashboard: bool = True
    allowed_hosts: tuple[str, ...] = LOOPBACK

    def __post_init__(self) -> None:
        self.db = Path(self.db)


@dataclass
class Store:
    """The store behind one application: read-only connections, search set up once."""

    settings: Settings
    fts: bool = False
    _ready: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def prepare(self) -> None:
        """Create the search structures if allowed and missing (first call only).

        Raises:
            FileNotFoundError: no store at ``settings.db``.
        """
        if self._ready:
            return
        with self._lock:
            if self._ready:
                return
            if not self.settings.db.exists():
                raise FileNotFoundError(f"no store at {self.settings.db}")
            if self.settings.build_index:
                try:
                    report = ensure_search(self.settings.db)
                    if report["created"]:
                        log.info("created %s (%d quotes indexed)", ", ".join(report["created"]),
                                 report["quotes_indexed"])
                except sqlite3.Error as exc:
                    log.warning("cannot build the search index of %s: %s", self.settings.db, exc)
            con = self._open()
            try:
                self.fts = has_fts(con)
            finally:
                con.close()
            self._ready = True

    def _open(self) -> sqlite3.Connection:
        con = connect_readonly(self.settings.db, check_same_thread=False, timeout=10.0)
        con.row_factory = sqlite3.Row
        return con

    def connect(self) -> sqlite3.Connection:
        """A new read-only connection (rows as :class:`sqlite3.Row`); the caller closes it.

        Raises:
            FileNotFoundError: no store at ``settings.db``.
            sqlite3.DatabaseError: the file is not a SQLite database.
        """
        self.prepare()
        return self._open()

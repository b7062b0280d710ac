"""Writing extractions and failures into the store, one transaction per article.

An article is stored whole or not at all: its row, quotes, actors, mentions, events, story
events, dates, places and amounts (the spans pages show), near-duplicate link and MinHash
signature are written between one ``BEGIN
IMMEDIATE`` and its ``COMMIT``. A process killed at any point therefore leaves only whole
articles, and a new run skips exactly those (their ``(hash, key)`` is stored).

Near-duplicates: each article's word 5-shingles are MinHashed (``num_perm`` permutations)
and looked up in a MinHash LSH index of the stored articles (datasketch's banding, its buckets
kept on disk in ``lsh_buckets``, so the writer's memory does not grow with the store); a stored article
whose estimated Jaccard similarity is at least ``threshold`` makes the new one a copy, linked
to the first copy of its group (the lowest ``articles.id``).
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import Event, Extraction, Failure
from .schema import SEP, article_key, connect
from .people_index import insert_taught

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE = 5
#: datasketch's hashing scheme (fixed, so stored signatures stay comparable across versions)
SCHEME = "affine32"
_WORD = re.compile(r"\w+")
#: The end of the path of one record of a file (``iter_articles``): ``#line=N``, ``#row=N``, ...
_RECORD = re.compile(r"#(?:line|row|item|record)=\d+$")


def text_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text, 64 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The lower-cased word ``size``-shingles of ``text`` (the whole text when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of ``text``'s word shingles (datasketch, scheme :data:`SCHEME`,
    seed 1): ``num_perm`` values as uint64."""
    mh = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh.hashvalues.astype(np.uint64)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _refs(refs) -> tuple[str, str | None, str | None, str | None]:
    data = [asdict(r) for r in refs]
    def join(key: str) -> str | None:
        return SEP.join(d[key] or "" for d in data) if data else None
    return json.dumps(data, ensure_ascii=False), join("name"), join("country"), join("sector")


def story_signature(event: Event) -> str:
    """What makes two reports the same event: type, mode, aux, actor and recipient names."""
    return "|".join([
        event.type, event.mode or "", ",".join(sorted(event.aux)),
        SEP.join(sorted(r.name for r in event.actor)), SEP.join(sorted(r.name for r in event.recipient)),
    ])


class StoreWriter:
    """The single writer of a store (the parent process in a parallel ingest).

    Args:
        path: the SQLite file (created with its tables when absent).
        threshold: the Jaccard similarity (0-1) of word 5-shingles above which an article is a
            near-duplicate of a stored one.
        num_perm: MinHash permutations (must not change for an existing store).

    Raises:
        sqlite3.DatabaseError: when ``path`` is not a SQLite database.
    """

    def __init__(self, path: str | Path, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.path = Path(path)
        self.con = connect(self.path)
        self.threshold = threshold
        self.num_perm = num_perm
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)  # datasketch's bands for the threshold
        self.bands: list[tuple[int, int]] = list(lsh.hashranges)
        self._fill_buckets()

    # -- reading what is there -------------------------------------------------------------
    def stored_keys(self) -> set[tuple[str, str]]:
        """The ``(hash, key)`` of every stored article."""
        return {(r[0], r[1]) for r in self.con.execute("SELECT hash, key FROM articles")}

    def _buckets(self, sig: np.ndarray) -> list[tuple[int, bytes]]:
        """``(band, bucket)`` of each LSH band of ``sig``: the band's slice as little-endian bytes."""
        little = sig.astype("<u8")
        return [(n, little[start:end].tobytes()) for n, (start, end) in enumerate(self.bands)]

    def _fill_buckets(self) -> None:
        """Index the signatures of a store written before ``lsh_buckets`` existed (once)."""
        if self.con.execute("SELECT 1 FROM lsh_buckets LIMIT 1").fetchone() or \
                not self.con.execute("SELECT 1 FROM signatures LIMIT 1").fetchone():
            return
        self.con.execute("BEGIN IMMEDIATE")
        try:
            for rowid, blob in self.con.execute("SELECT article, minhash FROM signatures").fetchall():
                self.con.executemany("INSERT INTO lsh_buckets(band, bucket, article) VALUES (?,?,?)",
                                     [(n, b, rowid) for n, b in self._buckets(np.frombuffer(blob, dtype="<u8"))])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def first_copy(self, sig: np.ndarray) -> tuple[int, float] | None:
        """The first copy (``articles.id``) of a stored near-duplicate of ``sig`` and the
        estimated similarity to the closest one, or ``None``: the stored articles sharing an
        LSH band with ``sig`` (datasketch's banding for :attr:`threshold`), read from
        ``lsh_buckets`` on disk, whose signatures agree on at least ``threshold`` of their values."""
        keys = self._buckets(sig)
        where = " OR ".join(["(l.band=? AND l.bucket=?)"] * len(keys))
        rows = self.con.execute(
            f"SELECT DISTINCT l.article, s.minhash, a.dup_of FROM lsh_buckets l JOIN signatures s ON s.article = "
            f"l.article JOIN articles a ON a.id = l.article WHERE {where}", [v for key in keys for v in key])
        best: tuple[int, float] | None = None
        for rowid, blob, dup_of in rows:
            sim = float(np.mean(np.frombuffer(blob, dtype="<u8") == sig))
            if sim < self.threshold:
                continue
            root = dup_of or rowid
            if best is None or root < best[0] or (root == best[0] and sim > best[1]):
                best = (root, sim)
        return best

    # -- writing ---------------------------------------------------------------------------
    def add_failure(self, failure: Failure) -> bool:
        """Store ``failure`` unless one with its ``(path, code)`` is stored; True when added."""
        cur = self.con.execute(
            "INSERT OR IGNORE INTO failures(path, code, reason, article_id, time) VALUES (?,?,?,?,?)",
            (failure.path, failure.code, failure.reason, failure.article_id, _now()))
        return cur.rowcount > 0

    def clear_failures(self, path: str) -> None:
        """Forget the failures stored for ``path``: its article is in the store (a copy of it was
        stored under another path, or this run read it fine). For a record of a file, the file's
        E001 (no record) goes too (:meth:`clear_empty`)."""
        self.con.execute("DELETE FROM failures WHERE path=?", (path,))
        self.clear_empty(path)

    def clear_empty(self, path: str) -> None:
        """Forget the E001 of the file that holds record ``path`` (``FILE#line=N``, ``#row=N``,
        ``#item=N``, ``#record=N``): the readers give that failure only to a file with no record,
        so a record read from it makes the failure stale. Nothing for another path."""
        record = _RECORD.search(path)
        if record:
            self.con.execute("DELETE FROM failures WHERE path=? AND code='E001'", (path[:record.start()],))

    def write(self, result: Extraction | Failure, sig: np.ndarray | None = None) -> str:
        """Store one result in one transaction.

        Returns ``"stored"``, ``"duplicate"`` (stored and linked to its first copy),
        ``"skipped"`` (already stored), ``"failure"`` (a new failure row) or
        ``"failure-known"`` (that ``(path, code)`` was stored before).

        Raises:
            sqlite3.Error (or whatever a step raises): the transaction is rolled back first,
            so nothing of this article is stored.
        """
        if isinstance(result, Failure):
            self.clear_empty(result.path)  # a failing record: its file is empty no more
            return "failure" if self.add_failure(result) else "failure-known"
        article = result.article
        digest, key = text_hash(article.text), article_key(article)
        if sig is None:
            sig = signature(article.text, self.num_perm)
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            if con.execute("SELECT 1 FROM articles WHERE hash=? AND key=?", (digest, key)).fetchone():
                self.clear_failures(article.path)  # read fine this time
                con.execute("COMMIT")
                return "skipped"
            dup = self.first_copy(sig)
            rowid = self._insert_article(result, digest, key, dup[0] if dup else None)
            if dup:
                con.execute("INSERT INTO duplicates(article, first, similarity) VALUES (?,?,?)",
                            (rowid, dup[0], dup[1]))
            con.execute("INSERT INTO signatures(article, minhash) VALUES (?,?)",
                        (rowid, sig.astype("<u8").tobytes()))
            con.executemany("INSERT INTO lsh_buckets(band, bucket, article) VALUES (?,?,?)",
                            [(n, b, rowid) for n, b in self._buckets(sig)])
            self._insert_quotes(rowid, result)
            self._insert_actors(rowid, result)
            if not dup:  # a near-duplicate's story teaches the corpus nothing new
                insert_taught(con, rowid, result)
            self._insert_events(rowid, dup[0] if dup else rowid, result)
            self._insert_spans(rowid, result)
            self.clear_failures(article.path)
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        return "duplicate" if dup else "stored"

    def _insert_article(self, ex: Extraction, digest: str, key: str, dup_of: int | None) -> int:
        a = ex.article
        cur = self.con.execute(
            "INSERT INTO articles(hash, key, article_id, path, url, title, published, source, chars, words,"
            " warnings, dup_of, ingested_at, text, spans) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            (digest, key, a.id, a.path, a.url, a.title, a.published, a.source, len(a.text), len(a.text.split()),
             json.dumps([asdict(w) for w in a.warnings], ensure_ascii=False), dup_of, _now(), a.text))
        return cur.lastrowid

    def _insert_spans(self, rowid: int, ex: Extraction) -> None:
        """The dates, places and amounts the pipeline found (``ex.dates`` ...), as they are."""
        self.con.executemany(
            'INSERT INTO article_dates(article, text, start, "end", value, relation) VALUES (?,?,?,?,?,?)',
            [(rowid, d.text, d.start, d.end, d.value, d.relation) for d in ex.dates])
        self.con.executemany(
            'INSERT INTO article_places(article, text, start, "end", name, country, lat, lon, place_kind)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(rowid, p.text, p.start, p.end, p.name, p.country, p.lat, p.lon, p.kind) for p in ex.places])
        self.con.executemany(
            'INSERT INTO article_amounts(article, text, start, "end", value, currency, unit) VALUES (?,?,?,?,?,?,?)',
            [(rowid, m.text, m.start, m.end, m.value, m.currency, m.unit) for m in ex.amounts])

    def _insert_quotes(self, rowid: int, ex: Extraction) -> None:
        rows = []
        for n, q in enumerate(ex.quotes):
            s = q.speaker
            rows.append((rowid, n, q.text, q.start, q.end, q.kind, q.cue, q.cue_start, q.cue_end,
                         s and s.name, s and s.country, s and s.sector, s and s.mention,
                         s and s.mention_start, s and s.mention_end, s and s.actor_id,
                         q.sentence_start, q.sentence_end, q.rule, q.attribution))
        self.con.executemany(
            'INSERT INTO quotes(article, n, text, start, "end", kind, cue, cue_start, cue_end, speaker_name,'
            " speaker_country, speaker_sector, speaker_mention, speaker_mention_start, speaker_mention_end,"
            " speaker_actor_id, sentence_start, sentence_end, rule, attribution)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows)

    def _insert_actors(self, rowid: int, ex: Extraction) -> None:
        for a in ex.actors:
            cur = self.con.execute(
                "INSERT INTO actors(article, actor_id, name, kind, country, sector, role, kb_id, lent_from)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (rowid, a.id, a.name, a.kind, a.country, a.sector, a.role, a.kb_id, a.lent_from))
            self.con.executemany(
                'INSERT INTO mentions(article, actor, text, start, "end", kind) VALUES (?,?,?,?,?,?)',
                [(rowid, cur.lastrowid, m.text, m.start, m.end, m.kind) for m in a.mentions])

    def _insert_events(self, rowid: int, root: int, ex: Extraction) -> None:
        seen: dict[str, int] = {}
        for n, e in enumerate(ex.events):
            sig = story_signature(e)
            # a dated event with both sides is the same happening in any article; otherwise
            # only across the copies of one story (``root`` is the first copy)
            # (a date the text gives: the publication date standing in for none does not count)
            dated = e.date and len(e.date) == 10 and e.date_relation != "published"
            base = f"d|{e.date}|{sig}" if dated and e.actor and e.recipient else f"c|{root}|{sig}"
            k = seen.get(base, 0)
            seen[base] = k + 1
            actor, a_names, a_countries, a_sectors = _refs(e.actor)
            recipient, r_names, r_countries, r_sectors = _refs(e.recipient)
            story = self.con.execute(
                "INSERT INTO story_events(key, type, mode, date, actor_names, recipient_names, mentions, article_ids)"
                " VALUES (?,?,?,?,?,?,1,json_array(?)) ON CONFLICT(key) DO UPDATE SET mentions = mentions + 1,"
                " article_ids = json_insert(article_ids, '$[#]', ?) RETURNING id",
                (f"{base}|{k}", e.type, e.mode, e.date, a_names, r_names, rowid, rowid)).fetchone()[0]
            loc, amt = e.location, e.amount
            cur = self.con.execute(
                "INSERT INTO events(article, n, story, type, mode, context, aux, date, date_relation, actor, recipient,"
                " actor_names, actor_countries, actor_sectors, recipient_names, recipient_countries,"
                " recipient_sectors, location_name, location_country, latitude, longitude, amount_value,"
                ' amount_currency, amount_unit, cameo, trigger, trigger_start, trigger_end, start, "end",'
                " confidence, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (rowid, n, story, e.type, e.mode, json.dumps(e.context), json.dumps(e.aux), e.date, e.date_relation,
                 actor, recipient, a_names, a_countries, a_sectors, r_names, r_countries, r_sectors,
                 loc and loc.name, loc and loc.country, loc and loc.lat, loc and loc.lon,
                 amt and amt.value, amt and amt.currency, amt and amt.unit, e.cameo, e.trigger,
                 e.trigger_start, e.trigger_end, e.start, e.end, e.confidence, e.rule))
            self.con.execute("UPDATE story_events SET first_event=? WHERE id=? AND first_event IS NULL",
                             (cur.lastrowid, story))

    def write_all(self, results: Iterable[Extraction | Failure]) -> dict[str, int]:
        """Write every result; the counts of each outcome of :meth:`write`."""
        counts: dict[str, int] = {}
        for r in results:
            outcome = self.write(r)
            counts[outcome] = counts.get(outcome, 0) + 1
        return counts

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close."""
        try:
            self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.con.close()

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

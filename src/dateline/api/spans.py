"""Dates, places and amounts of an article, as the article view shows them.

A store written by this version holds them (``article_dates``, ``article_places``,
``article_amounts``: what the normalise stage found at ingest, offsets into the stored text):
:func:`stored_spans` reads them, and showing an article parses nothing and never loads spaCy.

An article stored by an earlier version (schema 2: no such tables, or ``articles.spans`` NULL)
has none stored. For it, :class:`SpanFinder` finds dates and places again, as every version
before did: it runs the normalise stage (spaCy ``en_core_web_sm`` +
:func:`~dateline.normalize.dates.find_dates` + :func:`~dateline.normalize.places.find_places`)
on the stored text, loading the model on first use (about 1 s) and caching results per
article (LRU, ``cache_size`` articles). A parse takes 20-200 ms for a news article; an article
over :data:`SPAN_CHARS` characters is shown without them (a 900,000-character text took 30 s
and 3 GB behind the lock every request shares), and texts are parsed as extraction parses them
(:func:`dateline.nlp.pieces.parse`: bounded pieces, no quadratic tokenizing of punctuation
runs). Amounts are not found again (the article view of such an article has none).
"""
from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from dataclasses import asdict
from typing import Any


#: The longest article whose dates and places are found at request time (older stores only).
SPAN_CHARS = 100_000


def stored_spans(con: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """``{"dates": [{text, start, end, value, relation}], "places": [{text, start, end, name,
    country, lat, lon, kind}], "amounts": [{text, start, end, value, currency, unit}], "error":
    None}`` of one stored article, in text order (offsets: ``str`` indices into its text; ``lat``
    and ``lon`` in degrees; amounts in the currency's units or percent); ``None`` when the store
    did not store them (an article ingested by an earlier version, or no such article)."""
    try:
        row = con.execute("SELECT spans FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None or row[0] is None:
            return None
        dates = con.execute('SELECT text, start, "end", value, relation FROM article_dates'
                            ' WHERE article = ? ORDER BY start, id', (article_id,)).fetchall()
        places = con.execute('SELECT text, start, "end", name, country, lat, lon, place_kind AS kind'
                             ' FROM article_places WHERE article = ? ORDER BY start, id', (article_id,)).fetchall()
        amounts = con.execute('SELECT text, start, "end", value, currency, unit FROM article_amounts'
                              ' WHERE article = ? ORDER BY start, id', (article_id,)).fetchall()
    except sqlite3.OperationalError:  # a schema-2 store read-only: no articles.spans, no tables
        return None
    return {"dates": [dict(zip(_DATE, r)) for r in dates], "places": [dict(zip(_PLACE, r)) for r in places],
            "amounts": [dict(zip(_AMOUNT, r)) for r in amounts], "error": None}


_DATE = ("text", "start", "end", "value", "relation")
_PLACE = ("text", "start", "end", "name", "country", "lat", "lon", "kind")
_AMOUNT = ("text", "start", "end", "value", "currency", "unit")


class SpanFinder:
    """Dates and places of article texts found again (articles stored by an earlier version),
    cached by ``articles.id``.

    Args:
        enabled: when false, :meth:`find` returns empty lists without loading spaCy.
        cache_size: how many articles' spans are kept.
    """

    def __init__(self, enabled: bool = True, cache_size: int = 256) -> None:
        self.enabled = enabled
        self.cache_size = cache_size
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._nlp = None

    def find(self, article_id: int, text: str, published: str | None) -> dict[str, Any]:
        """``{"dates": [{text, start, end, value, relation}], "places": [{text, start, end,
        name, country, lat, lon, kind}], "error": None | str}`` for one article; offsets are
        ``str`` indices into ``text``. A failure (model missing, parse error) gives empty
        lists and its message in ``error``; it is not cached."""
        if not self.enabled:
            return {"dates": [], "places": [], "error": None}
        if len(text) > SPAN_CHARS:
            return {"dates": [], "places": [], "error": f"the article has {len(text):,} characters: dates and "
                                                         f"places are found for articles of at most {SPAN_CHARS:,}"}
        with self._lock:
            hit = self._cache.get(article_id)
            if hit is not None:
                self._cache.move_to_end(article_id)
                return hit
            try:
                from ..normalize.dates import find_dates
                from ..normalize.places import find_places

                if self._nlp is None:
                    from ..nlp.pipeline import load_nlp

                    self._nlp = load_nlp()
                from ..nlp.pieces import parse

                [doc] = list(parse(self._nlp, [text]))
                result = {"dates": [asdict(d) for d in find_dates(doc, published)],
                          "places": [asdict(p) for p in find_places(doc)], "error": None}
            except Exception as exc:  # noqa: BLE001 - the article is still shown without them
                return {"dates": [], "places": [], "error": f"{type(exc).__name__}: {exc}"}
            self._cache[article_id] = result
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
            return result

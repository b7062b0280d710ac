"""Dates and places of an article, found again when it is shown.

The store keeps quotes, actors, mentions and events with their offsets, but not the time
expressions and places the normalise stage found. :class:`SpanFinder` runs that stage
(spaCy ``en_core_web_sm`` + :func:`~dateline.normalize.dates.find_dates` +
:func:`~dateline.normalize.places.find_places`) on the stored text, which is the text the
offsets of every other span refer to, so the new spans align with them. The model is loaded
on first use (about 1 s) and results are cached per article (LRU, ``cache_size`` articles).
A parse takes 20-200 ms for a news article; an article over :data:`SPAN_CHARS` characters
is shown without them (a 900,000-character text took 30 s and 3 GB behind the lock every
request shares), and texts are parsed as extraction parses them (:func:`dateline.nlp.pieces.parse`:
bounded pieces, no quadratic tokenizing of punctuation runs).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import asdict
from typing import Any


#: The longest article whose dates and places are found at request time.
SPAN_CHARS = 100_000


class SpanFinder:
    """Dates and places of article texts, cached by ``articles.id``.

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

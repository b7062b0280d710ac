"""What the dashboard calls an article: its title, else its first words (an article read from a
text file has no title, and its ``article_id`` is a hash no one can read)."""
from __future__ import annotations

import re
import sqlite3
from typing import Any, Iterable

#: How many characters of an untitled article's text name it (cut back to a word's end).
LEAD_CHARS = 70
_SPACE = re.compile(r"\s+")


def first_words(text: str | None, chars: int = LEAD_CHARS) -> str:
    """The first words of ``text``, white space collapsed, at most about ``chars`` characters,
    cut at a word's end and followed by "…" when cut; "" for an empty text."""
    lead = _SPACE.sub(" ", (text or "")[:chars * 2]).strip()
    if len(lead) <= chars:
        return lead
    cut = lead[:chars + 1].rsplit(" ", 1)[0] if " " in lead[:chars + 1] else lead[:chars]
    return cut.rstrip(" ,;:–-") + "…"


def article_name(title: str | None, text: str | None) -> str:
    """``title`` when it has a letter or digit, else :func:`first_words` of ``text``."""
    if title and title.strip():
        return title.strip()
    return first_words(text) or "(empty article)"


def name_untitled(con: sqlite3.Connection, items: Iterable[dict[str, Any]], *, id_key: str = "article",
                  title_key: str = "article_title") -> None:
    """Give each item of a page whose ``title_key`` is empty its article's first words (one
    query for the page's untitled articles; items are changed in place)."""
    items = list(items)
    missing = sorted({it[id_key] for it in items if not (it.get(title_key) or "").strip()})
    if not missing:
        return
    marks = ",".join("?" * len(missing))
    leads = dict(con.execute(f"SELECT id, substr(text, 1, {LEAD_CHARS * 2}) FROM articles WHERE id IN ({marks})",
                             missing).fetchall())
    for it in items:
        if not (it.get(title_key) or "").strip():
            it[title_key] = article_name(None, leads.get(it[id_key]))

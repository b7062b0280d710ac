"""Side lists of the filtered views: who is quoted most among the quotes that match a page's
filters (the quotes explorer's "Most quoted"). Same conventions as :mod:`dateline.api.service`
(open connection in, plain lists out)."""
from __future__ import annotations

import sqlite3

from .actor_service import actor_ids

from .service import QuoteFilters, _quote_where, check_speaker_id, has_fts


def top_speakers(con: sqlite3.Connection, f: QuoteFilters, *, limit: int = 25,
                 fts: bool | None = None) -> list[dict]:
    """``[{"name", "country", "id", "quotes"}]``: the speakers (name and country, ``id`` their
    actor page or ``None``) of the quotes matching ``f`` (every filter of
    :func:`~dateline.api.service.list_quotes`), most quoted first (then by name), at most
    ``limit``; unattributed quotes are left out. ``quotes`` is the total of the list with
    ``f`` and ``speaker_id={id}`` (or ``speaker="{name}"`` where there is no actor page).

    Raises:
        FilterError: as :func:`~dateline.api.service.list_quotes`.
    """
    check_speaker_id(con, f)
    where, args = _quote_where(f, has_fts(con) if fts is None else fts)
    where = (where + " AND " if where else " WHERE ") + "q.speaker_name IS NOT NULL"
    join = " JOIN articles a ON a.id = q.article" if (f.date_from or f.date_to) else ""
    rows = con.execute(f"SELECT q.speaker_name, q.speaker_country, count(*) FROM quotes q{join}{where}"
                       " GROUP BY q.speaker_name, q.speaker_country ORDER BY 3 DESC, 1, 2 LIMIT ?",
                       [*args, limit]).fetchall()
    ids = actor_ids(con, ((r[0], r[1]) for r in rows))
    return [{"name": r[0], "country": r[1], "id": ids.get((r[0], r[1])), "quotes": r[2]} for r in rows]

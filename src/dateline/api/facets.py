"""Side lists of the filtered views: who is quoted most among the quotes that match a page's
filters (the quotes explorer's "Most quoted"). Same conventions as :mod:`dateline.api.service`
(open connection in, plain lists out)."""
from __future__ import annotations

import sqlite3

from .service import QuoteFilters, _quote_where, has_fts


def top_speakers(con: sqlite3.Connection, f: QuoteFilters, *, limit: int = 25,
                 fts: bool | None = None) -> list[tuple[str, int]]:
    """``[(speaker name, number of quotes)]`` of the quotes matching ``f`` (every filter of
    :func:`~dateline.api.service.list_quotes`), most quoted first (then by name), at most
    ``limit``; unattributed quotes are left out.

    Raises:
        FilterError: as :func:`~dateline.api.service.list_quotes`.
    """
    where, args = _quote_where(f, has_fts(con) if fts is None else fts)
    where = (where + " AND " if where else " WHERE ") + "q.speaker_name IS NOT NULL"
    join = " JOIN articles a ON a.id = q.article" if (f.date_from or f.date_to) else ""
    rows = con.execute(f"SELECT q.speaker_name, count(*) FROM quotes q{join}{where}"
                       " GROUP BY q.speaker_name ORDER BY 2 DESC, 1 LIMIT ?", [*args, limit]).fetchall()
    return [(r[0], r[1]) for r in rows]

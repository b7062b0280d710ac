"""Reading web archives: the HTML responses of a WARC file (warcio), main text by trafilatura.

Each ``response`` record with an HTML content type is one article; its ``path`` is the file
with ``#record=N`` (N counts every record from 1), its ``url`` the ``WARC-Target-URI`` and,
unless the page states its own date or ``--published`` is given, its publication date the
``WARC-Date`` of the capture.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from ..errors import Code, InputError
from ..records import Article, Failure


def read_warc(stream: BinaryIO, label: str, options) -> Iterator[Article | Failure]:
    """Articles of the HTML responses in ``stream`` (a WARC, gzipped or not).

    A record that cannot be read as an article is a :class:`Failure`; a damaged archive ends
    with one Failure (E008) after the records read before the damage.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .readers import _document, _failure, iso_date

    n = 0
    try:
        for record in ArchiveIterator(stream):
            n += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            result = _document(record.content_stream().read(), "html", f"{label}#record={n}", options)
            if isinstance(result, Article):
                result.url = result.url or record.rec_headers.get_header("WARC-Target-URI")
                captured = record.rec_headers.get_header("WARC-Date")
                if result.published is None and captured:
                    result.published = iso_date(captured)
            yield result
    except ArchiveLoadFailed as err:
        yield _failure(label, InputError(Code.MALFORMED, reason=f"record {n + 1} of the archive: {err}"))

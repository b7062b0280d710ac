"""Web archives: every HTML response of a WARC file is one article."""
import csv
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from shared_paths import SHARED

from dateline.ingest.readers import iter_articles
from dateline.records import Article, Failure


def _wikinews(n: int) -> list[dict]:
    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as fh:
        return [row for _, row in zip(range(n), csv.DictReader(fh))]


def _warc(path, rows, gzip: bool) -> list[int]:
    """Writes the pages of ``rows`` and a PNG; returns the file offset where each record ends."""
    ends = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for row in rows:
            paragraphs = "".join(f"<p>{p}</p>" for p in row["text"].split("\n") if p.strip())
            html = f"<html><head><title>{row['title']}</title></head><body><article>{paragraphs}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(row["url"], "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
            ends.append(out.tell())
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("https://example.org/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))
        ends.append(out.tell())
    return ends


def test_html_responses_become_articles_with_url_and_capture_date(tmp_path):
    rows = _wikinews(3)
    for gzip, name in ((True, "crawl.warc.gz"), (False, "crawl.warc")):
        path = tmp_path / name
        _warc(path, rows, gzip)
        got = list(iter_articles([str(path)]))
        assert [type(a) for a in got] == [Article] * 3  # the PNG response is not an article
        assert [a.url for a in got] == [r["url"] for a, r in zip(got, rows)]
        assert got[0].path == f"{path}#record=1" and got[0].title == rows[0]["title"]
        assert max(rows[0]["text"].split("\n"), key=len)[:60] in got[0].text
        assert got[0].published is not None and len(got[0].published) == 10


def test_truncated_archive_keeps_the_records_before_the_cut_and_reports_it(tmp_path):
    # warcio hands out a cut record with whatever bytes remain and then ends quietly
    rows = _wikinews(3)
    for gzip, name in ((True, "cut.warc.gz"), (False, "cut.warc")):
        path = tmp_path / name
        ends = _warc(path, rows, gzip=gzip)
        data = path.read_bytes()
        path.write_bytes(data[: (ends[1] + ends[2]) // 2])  # halfway through the third page
        got = list(iter_articles([str(path)]))
        assert [type(a) for a in got] == [Article, Article, Failure]
        assert [a.url for a in got[:2]] == [r["url"] for r in rows[:2]]
        assert got[2].path == str(path) and got[2].code == "E007"
        assert "truncated: record 3 of the archive declares" in got[2].reason


def test_archive_cut_inside_the_headers_of_a_record_is_reported(tmp_path):
    path = tmp_path / "cut.warc"
    ends = _warc(path, _wikinews(2), gzip=False)
    data = path.read_bytes()
    length_at = data.index(b"Content-Length", ends[0])  # in the WARC headers of the second page
    path.write_bytes(data[:length_at])  # warcio cannot parse what is left and stops
    got = list(iter_articles([str(path)]))
    assert [type(a) for a in got] == [Article, Failure] and got[1].code == "E007"
    assert got[1].reason.endswith(f"truncated: the last {length_at - ends[0]:,} bytes, after record 1, "
                                  "are not a whole record")
    path.write_bytes(data[:length_at + len(b"Content-Length:")])  # warcio takes an empty length as 0
    got = list(iter_articles([str(path)]))
    assert [type(a) for a in got] == [Article, Failure] and got[1].code == "E007"
    assert got[1].reason.endswith("truncated: record 2 of the archive ends inside its headers (no Content-Length)")


def test_a_whole_archive_reports_nothing(tmp_path):
    path = tmp_path / "whole.warc.gz"
    _warc(path, _wikinews(2), gzip=True)
    assert [type(a) for a in iter_articles([str(path)])] == [Article, Article]


def test_truncated_archive_in_the_store_keeps_the_pages_before_the_cut(tmp_path, pipeline):
    from dateline.store.ingest import ingest
    from dateline.store.queries import failures, stats
    from dateline.store.schema import connect

    rows = _wikinews(3)
    path = tmp_path / "cut.warc.gz"
    ends = _warc(path, rows, gzip=True)
    path.write_bytes(path.read_bytes()[: (ends[1] + ends[2]) // 2])
    db = tmp_path / "warc.sqlite"
    report = ingest([str(path)], db, pipeline=pipeline)
    assert (report.stored, report.failures) == (2, 1)
    con = connect(db, create=False)
    assert [(f["path"], f["code"]) for f in failures(con)] == [(str(path), "E007")]
    assert sorted(r[0] for r in con.execute("SELECT url FROM articles")) == sorted(r["url"] for r in rows[:2])
    again = ingest([str(path)], db, pipeline=pipeline)
    assert (again.stored, again.skipped, again.failures, again.failures_known) == (0, 2, 0, 1)
    assert (stats(con)["articles"], stats(con)["failures"]) == (2, 1)

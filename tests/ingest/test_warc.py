"""Web archives: every HTML response of a WARC file is one article."""
import csv
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from shared_paths import SHARED

from dateline.ingest.readers import iter_articles
from dateline.records import Article


def _wikinews(n: int) -> list[dict]:
    with open(SHARED / "corpora" / "wikinews" / "wikinews_2019.csv", newline="", encoding="utf-8") as fh:
        return [row for _, row in zip(range(n), csv.DictReader(fh))]


def _warc(path, rows, gzip: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for row in rows:
            paragraphs = "".join(f"<p>{p}</p>" for p in row["text"].split("\n") if p.strip())
            html = f"<html><head><title>{row['title']}</title></head><body><article>{paragraphs}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(row["url"], "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("https://example.org/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))


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


def test_truncated_archive_keeps_the_records_before_the_cut(tmp_path):
    # warcio ends a truncated archive quietly: the cut is not reported (see the closing note)
    path = tmp_path / "cut.warc.gz"
    _warc(path, _wikinews(3), gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    got = list(iter_articles([str(path)]))
    assert [type(a) for a in got] == [Article, Article]

"""Tests of dateline.ingest.readers.iter_articles on the shared corpora and on bad inputs."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import itertools
import json
import random
import re
from pathlib import Path

import pytest

from dateline.ingest import readers
from dateline.ingest.readers import iso_date, iter_articles
from dateline.records import Article, Failure

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
WIKINEWS_2019 = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
REFERENCE = SHARED / "articles" / "000_23741e95d5d05c55.txt"
ALLSIDES = SHARED / "corpora" / "allsides" / "allsides_articles.jsonl.gz"

ENGLISH = (
    "The defence secretary said on Thursday that Ukraine must have a seat at any peace talks, "
    "and that the allies would keep up their support for as long as it takes."
)
FRENCH = (
    "Le président de la République a annoncé mardi soir une série de mesures destinées à "
    "soutenir le pouvoir d'achat des ménages. Selon le gouvernement, ces dispositions "
    "entreront en vigueur dès le mois prochain. L'opposition a dénoncé des annonces "
    "« insuffisantes » et réclame un débat au Parlement."
)


def _read(*paths, **kwargs) -> list[Article | Failure]:
    return list(iter_articles([str(p) for p in paths], **kwargs))


def _one(*paths, **kwargs) -> Article | Failure:
    [item] = _read(*paths, **kwargs)
    return item


# ---- real data --------------------------------------------------------------------------


def test_wikinews_2019_csv():
    items = _read(WIKINEWS_2019)
    assert len(items) == 171
    assert all(isinstance(item, Article) for item in items)
    first = items[0]
    assert first.title == "Magnitogorsk apartment building collapses after explosion, dozens dead"
    assert first.url == (
        "https://en.wikinews.org//wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead"
    )
    assert first.published == "2019-01-04"
    assert first.path == f"{WIKINEWS_2019}#row=1"
    assert first.text.startswith("Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed")
    assert first.id == hashlib.sha256(first.text.encode("utf-8")).hexdigest()[:16]
    assert items[-1].path == f"{WIKINEWS_2019}#row=171"
    assert all(re.fullmatch(r"2019-\d\d-\d\d", item.published) for item in items)
    assert len({item.id for item in items}) == 171


def test_reference_article_as_txt():
    article = _one(REFERENCE)
    assert isinstance(article, Article)
    assert article.text == REFERENCE.read_text(encoding="utf-8")
    assert article.path == str(REFERENCE)
    assert article.id == hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
    assert (article.published, article.title, article.url, article.warnings) == (None, None, None, [])
    assert _one(REFERENCE, published="2025-02-13").published == "2025-02-13"


def test_allsides_first_three_records():
    items = list(itertools.islice(iter_articles([str(ALLSIDES)]), 3))
    assert [(a.id, a.title, a.source, a.published) for a in items] == [
        ("004Gt3gcsotuiYmz", "Bomb Suspect Changed After Trip Abroad, Friends Say",
         "New York Times - News", "2016-09-20"),
        ("00FTGIZEd6B8zQ4U", "Poll: Prestigious Colleges Won't Make You Happier In Life Or Work",
         "Ezra Klein", "2014-05-06"),
        ("00HGGqBRf1kzPRlg", "Paul Ryan Reportedly Says No Chance for Border Wall at Private Dinner",
         "Breitbart News", "2017-09-12"),
    ]
    assert [a.path for a in items] == [f"{ALLSIDES}#line={n}" for n in (1, 2, 3)]
    assert items[0].text.startswith("Besides his most recent trip to Quetta, Mr. Rahami visited Karachi")
    assert items[1].url.startswith("http://www.npr.org/blogs/thetwo-way/2014/05/06/308382912/")


# ---- bad single files -------------------------------------------------------------------


def _failure(item, code: str) -> Failure:
    assert isinstance(item, Failure), item
    assert item.code == code, item
    return item


def test_empty_file_is_e001(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    failure = _failure(_one(tmp_path / "empty.txt"), "E001")
    assert failure.path == str(tmp_path / "empty.txt")


def test_png_named_txt_is_e002(tmp_path):
    rng = random.Random(3)
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4096)))
    assert _failure(_one(path), "E002").reason == "the input is binary, not text (PNG image)"


def test_gzip_named_txt_is_e002(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(gzip.compress(ENGLISH.encode() * 20))
    _failure(_one(path), "E002")


def test_twenty_megabyte_text_is_e003_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 4_000_000)

    def forbidden(*args, **kwargs):
        raise AssertionError("an over-large file was read")

    monkeypatch.setattr(readers, "decode", forbidden)
    monkeypatch.setattr(Path, "read_bytes", forbidden)
    failure = _failure(_one(path), "E003")
    assert failure.reason == ("the article has 20,000,000 bytes, so at least 5,000,000 characters, over the limit of 1,000,000 "
                              "characters")


def test_cp1252_text_is_decoded_with_w001(tmp_path):
    text = "Ministers said the “Café Europa” deal – worth €5m – was signed. " * 3
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    article = _one(path)
    assert article.text == text
    assert [(w.code, w.reason) for w in article.warnings] == [
        ("W001", "the text was not UTF-8; decoded as cp1252")
    ]


def test_french_article_is_e005(tmp_path):
    path = tmp_path / "le_monde.txt"
    path.write_text(FRENCH, encoding="utf-8")
    assert _failure(_one(path), "E005").reason == "the article is not in English (detected: french)"


def test_missing_path_is_e007_and_the_rest_go_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    missing, article = _read(tmp_path / "nope.txt", good)
    assert _failure(missing, "E007").reason == f"cannot read {tmp_path / 'nope.txt'}: no such file or directory"
    assert article.text == ENGLISH


def test_named_unsupported_file_is_e009(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(ENGLISH, encoding="utf-8")
    assert _failure(_one(path), "E009").reason == ("unsupported input format '.md' (expected one of .txt, .html, .htm, "
                                                   ".json, .json.gz, .jsonl, .jsonl.gz, .csv, .csv.gz, .warc, .warc.gz)")



def test_directory_reports_every_file_it_cannot_read(tmp_path):
    # from the fresh-user test: unsupported files and broken links in a folder were skipped silently
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 not an article")
    (tmp_path / "noext").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    got = _read(tmp_path)
    failed = {Path(f.path).name: f.code for f in got if not hasattr(f, "text")}
    assert failed == {"report.pdf": "E009", "noext": "E009", "gone.txt": "E007"}
    assert [a.text for a in got if hasattr(a, "text")] == [ENGLISH]


# ---- records ----------------------------------------------------------------------------


def test_csv_row_without_text_is_e006_and_other_rows_are_read(tmp_path):
    path = tmp_path / "feed.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ID", "Headline", "Body", "Published_At", "Link", "Outlet"])
        writer.writerow(["a1", "Talks open", ENGLISH, "2025-02-13T09:30:00Z", "https://x.test/1", "Example"])
        writer.writerow(["a2", "No body", "  ", "2025-02-14", "https://x.test/2", "Example"])
        writer.writerow(["a3", "Bad date", ENGLISH + "\r\nMore.", "sometime soon", "", ""])
        writer.writerow(["", "Month only", ENGLISH, "March 2019", "", ""])
    first, second, third, fourth = _read(path)
    assert (first.id, first.title, first.published, first.url, first.source, first.path) == (
        "a1", "Talks open", "2025-02-13", "https://x.test/1", "Example", f"{path}#row=1"
    )
    failure = _failure(second, "E006")
    assert (failure.path, failure.article_id) == (f"{path}#row=2", "a2")
    assert failure.reason.startswith("the record has no text field (looked for: text, content,")
    assert third.published is None and third.url is None
    assert [(w.code, w.reason) for w in third.warnings] == [
        ("W004", "publication date 'sometime soon' is not an ISO 8601 date; ignored")
    ]
    assert third.text == ENGLISH + "\nMore."
    assert fourth.published == "2019-03"
    assert fourth.id == hashlib.sha256(ENGLISH.encode()).hexdigest()[:16]


def test_csv_gz_with_a_field_over_the_default_csv_limit(tmp_path):
    long_text = (ENGLISH + " ") * 1500  # ~250 000 characters, over csv's 131 072 default
    path = tmp_path / "long.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["title", "content"], ["Long", long_text]])
    article = _one(path)
    assert article.text == long_text
    assert article.title == "Long"


def test_jsonl_with_corrupt_line_is_e008_and_other_lines_are_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": 1, "title": "One", "text": ENGLISH, "date": "2020-05-01"}),
        '{"id": 2, "title": "Two", "text": "broken',
        "",
        json.dumps([1, 2]),
        json.dumps({"doc_id": "x3", "story": ENGLISH, "publisher": "Wire"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, broken, not_object, last = _read(path)
    assert (first.id, first.title, first.published, first.path) == ("1", "One", "2020-05-01", f"{path}#line=1")
    assert _failure(broken, "E008").path == f"{path}#line=2"
    assert broken.reason.startswith("malformed record: line 2 column")
    assert _failure(not_object, "E008").reason == "malformed record: expected an object, got list"
    assert (last.id, last.source, last.path) == ("x3", "Wire", f"{path}#line=5")


def test_truncated_jsonl_gz_yields_earlier_records_then_one_failure(tmp_path):
    lines = [json.dumps({"id": str(i), "text": f"Record {i}: {ENGLISH}"}) for i in range(3000)]
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = _read(path)
    articles, failures = items[:-1], items[-1:]
    assert len(articles) > 100
    assert [a.id for a in articles] == [str(i) for i in range(len(articles))]
    failure = _failure(failures[0], "E007")
    assert failure.reason == f"cannot read {path}: Compressed file ended before the end-of-stream marker was reached"


def test_json_object_and_list(tmp_path):
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"Headline": "Single", "content": ENGLISH, "article_id": 7}), encoding="utf-8")
    article = _one(single)
    assert (article.id, article.title, article.path) == ("7", "Single", str(single))
    listed = tmp_path / "many.json"
    listed.write_text(json.dumps([{"text": ENGLISH}, {"title": "no text"}], indent=2), encoding="utf-8")
    first, second = _read(listed)
    assert first.path == f"{listed}#item=1"
    assert _failure(second, "E006").path == f"{listed}#item=2"


def test_malformed_json_file_is_e008(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "unterminated\n}', encoding="utf-8")
    assert _failure(_one(path), "E008").reason.startswith("malformed record: line 2 column")


def test_published_argument_wins_over_record_dates(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "date": "not a date"}) + "\n", encoding="utf-8")
    article = _one(path, published="2025-02-13")
    assert (article.published, article.warnings) == ("2025-02-13", [])


@pytest.mark.parametrize("value, expected", [
    ("2016-09-20", "2016-09-20"),
    ("2019-01-04T23:30:00-05:00", "2019-01-04"),
    ("Thursday, February 13, 2025", "2025-02-13"),
    ("February 2025", "2025-02"),
    ("2014", "2014"),
    ("13 February", None),
    ("yesterday", None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


# ---- HTML, directories, standard input --------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>Ministers meet in Brussels | Example News</title>
<meta property="og:title" content="Ministers meet in Brussels">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-02-13T09:00:00Z">
<link rel="canonical" href="https://news.example.com/2025/02/13/ministers"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Brussels</h1>
<p>Defence ministers from across Europe met in Brussels on Thursday to discuss support for Ukraine, officials said.</p>
<p>"We will stand with Ukraine for as long as it takes," the UK defence secretary told reporters ahead of the meeting.</p>
<p>The talks came a day after the US president announced negotiations with Russia.</p></article>
<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    article = _one(path)
    assert article.title == "Ministers meet in Brussels"
    assert (article.published, article.url, article.source) == (
        "2025-02-13", "https://news.example.com/2025/02/13/ministers", "Example News"
    )
    assert "Defence ministers from across Europe met in Brussels on Thursday" in article.text
    assert '"We will stand with Ukraine for as long as it takes," the UK defence secretary' in article.text
    assert "Sport" not in article.text and "Copyright" not in article.text


def test_directory_reads_supported_files_recursively_in_order(tmp_path):
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "items.json").write_text(json.dumps([{"text": ENGLISH, "id": "j1"}]), encoding="utf-8")
    (tmp_path / "a" / "page.HTM").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.csv").write_text("text,id\n" + json.dumps(ENGLISH) + ",c1\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text(ENGLISH, encoding="utf-8")
    items = _read(tmp_path)
    assert [item.path for item in items] == [
        f"{tmp_path / 'a' / 'items.json'}#item=1",
        str(tmp_path / "a" / "page.HTM"),
        str(tmp_path / "b.txt"),
        f"{tmp_path / 'c.csv'}#row=1",
        str(tmp_path / "image.png"),
        str(tmp_path / "notes.md"),
    ]
    assert [getattr(item, "code", None) for item in items] == [None, None, None, None, "E009", "E009"]
    assert all(isinstance(item, Article) for item in items[:4])  # the unsupported files are reported, not read
    assert items[0].id == "j1" and items[3].id == "c1"


def test_stdin_plain_text():
    article = _one("-", stdin=io.BytesIO(("\ufeff" + ENGLISH + "\r\n").encode("utf-8")))
    assert (article.path, article.text) == ("<stdin>", ENGLISH + "\n")


def test_stdin_json_lines_and_json_list():
    data = "\n".join(json.dumps({"id": i, "text": ENGLISH}) for i in (1, 2)).encode("utf-8")
    assert [(a.id, a.path) for a in _read("-", stdin=io.BytesIO(data))] == [
        ("1", "<stdin>#line=1"), ("2", "<stdin>#line=2")
    ]
    listed = json.dumps([{"text": ENGLISH, "url": "https://x.test/"}], indent=1).encode("utf-8")
    [article] = _read("-", stdin=io.BytesIO(b"  " + listed))
    assert (article.path, article.url) == ("<stdin>#item=1", "https://x.test/")


def test_stdin_too_large_and_empty():
    assert _failure(_one("-", stdin=io.BytesIO(b"x" * 401), max_chars=100), "E003").path == "<stdin>"
    _failure(_one("-", stdin=io.BytesIO(b"")), "E001")


def test_record_over_max_chars_is_e003_with_its_id(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "big", "text": ENGLISH}) + "\n", encoding="utf-8")
    failure = _failure(_one(path, max_chars=50), "E003")
    assert (failure.article_id, failure.path) == ("big", f"{path}#line=1")


def test_implausible_publication_dates_of_allsides_records_are_dropped_with_w005(tmp_path):
    # the dates of AllSides records KUm13kckEAaCniv4 (Brookings) and VskY22L17q6YZHTP (Vice)
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps({"ID": i, "date": d, "content_original": ENGLISH})
                              for i, d in (("KUm13kckEAaCniv4", "0001-11-30"), ("VskY22L17q6YZHTP", "2050-09-30"),
                                           ("ok", "1999-12-31"))) + "\n", encoding="utf-8")
    old, future, ok = _read(path)
    assert (old.published, future.published, ok.published) == (None, None, "1999-12-31")
    assert [w.code for w in old.warnings] == ["W005"]
    assert old.warnings[0].reason.startswith("publication date '0001-11-30' is before 1900 or after 20")
    assert future.warnings[0].code == "W005" and ok.warnings == []


def test_a_record_nested_a_thousand_deep_is_e008_and_the_batch_goes_on(tmp_path):
    # before: RecursionError stopped the batch and every resume (issue 17)
    path = tmp_path / "deep.jsonl"
    deep = '{"id": "d", "text": ' + "[" * 1000 + "]" * 1000 + "}"
    strings = json.dumps({"id": "s", "text": ENGLISH + " [[[[{{{{"})  # brackets inside a string do not count
    path.write_text("\n".join([json.dumps({"id": "a", "text": ENGLISH}), deep, strings]) + "\n", encoding="utf-8")
    first, failure, last = _read(path)
    assert (first.id, last.id) == ("a", "s") and last.text.endswith("[[[[{{{{")
    assert _failure(failure, "E008").reason == f"malformed record: line 2: nested 1001 levels deep (at most {readers.MAX_JSON_DEPTH})"
    whole = tmp_path / "deep.json"
    whole.write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    assert _failure(_one(whole), "E008").reason == "malformed record: nested 5000 levels deep (at most 64)"


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes_and_read(tmp_path):
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"a_caf\xe9.txt")).write_text(ENGLISH, encoding="utf-8")
    (folder / "b_next.txt").write_text(ENGLISH + " It was the second report.", encoding="utf-8")
    odd, after = _read(folder)
    assert odd.path == f"{folder}/a_caf\\xe9.txt" and after.path == f"{folder}/b_next.txt"
    odd.path.encode("utf-8")  # printable and storable: no lone surrogate left
    missing = _read(os.fsdecode(b"/nonexistent/caf\xe9.txt"))[0]
    assert _failure(missing, "E007").path == "/nonexistent/caf\\xe9.txt"


def test_json_nan_and_infinity_are_no_value(tmp_path):
    # Python's JSON reader accepts NaN and Infinity; they became an article "nan" (issue 17)
    path = tmp_path / "nan.jsonl"
    path.write_text('{"id": 1, "text": NaN}\n{"id": NaN, "text": "%s"}\n{"id": 3, "text": Infinity}\n' % ENGLISH,
                    encoding="utf-8")
    no_text, unnamed, infinite = _read(path)
    assert _failure(no_text, "E006").path == f"{path}#line=1" and _failure(infinite, "E006").path == f"{path}#line=3"
    assert unnamed.id == hashlib.sha256(ENGLISH.encode("utf-8")).hexdigest()[:16] and unnamed.text == ENGLISH


def test_a_stray_cp1252_byte_after_the_sniffed_sample_does_not_stop_the_file(tmp_path):
    path = tmp_path / "late.jsonl"
    good = [json.dumps({"id": str(i), "text": f"Record {i}: {ENGLISH}"}) for i in range(400)]
    body = ("\n".join(good) + "\n").encode("utf-8")
    assert len(body) > readers.SAMPLE_BYTES
    late = b'{"id": "late", "text": "He said \x93no\x94 and left. ' + ENGLISH.encode("utf-8") + b'"}\n'
    path.write_bytes(body + late)
    items = _read(path)
    assert len(items) == 401 and all(isinstance(a, Article) for a in items)
    assert items[-1].text.startswith("He said \u201cno\u201d and left.")


def test_a_fifo_and_an_unlistable_folder_are_reported_not_skipped(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(folder / "b.pipe")
    (folder / "sub" / "c.txt").write_text(ENGLISH, encoding="utf-8")
    first, fifo, last = _read(folder)
    assert first.path == str(folder / "a.txt") and last.path == str(folder / "sub" / "c.txt")
    assert _failure(fifo, "E009").path == str(folder / "b.pipe") and "not a regular file" in fifo.reason
    # a folder that cannot be listed (chmod 000; root lists it anyway, so the listing is made to fail)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _read(folder)
    denied = [x for x in items if isinstance(x, Failure)]
    assert [(f.code, f.path) for f in denied] == [("E009", str(folder / "b.pipe")), ("E007", str(folder / "sub"))]
    assert "Permission denied" in denied[1].reason

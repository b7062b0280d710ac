"""Fault tests of the readers: a fixed corpus of malformed inputs, made here, for every format.

The contract (``iter_articles``): bad input never raises; it becomes a ``Failure`` with an E code
and a reason, everything yielded can be written as UTF-8 JSON, and the good records around a
bad one are still read (issue 17, item 3). Paths, FIFOs and links: ``test_reader_path_faults.py``;
seeded random damage: ``test_reader_mutations.py``.
"""
from __future__ import annotations

import csv
import dataclasses
import gzip
import hashlib
import io
import json
import random

import pytest

from dateline.errors import Code
from dateline.ingest.readers import MAX_JSON_DEPTH, iter_articles
from dateline.records import Article, Failure

ENGLISH = ("The defence secretary said on Thursday that Ukraine must have a seat at any peace talks, "
           "and that the allies would keep up their support for as long as it takes.")
SECOND = ("Officials in Paris said on Monday that France would send more aid to Ukraine before the winter, "
          "and the minister said that talks with Berlin would go on.")
GARBAGE = random.Random(17).randbytes(4096)  # random bytes: NULs, control bytes, invalid UTF-8
CODES = {code.value for code in Code}


def read(*paths, **kwargs) -> list[Article | Failure]:
    """``iter_articles`` over ``paths``, each item checked: a known E code and a reason for a
    failure, text for an article, and nothing that cannot be written as UTF-8 JSON."""
    items = list(iter_articles([str(p) for p in paths], **kwargs))
    for item in items:
        if isinstance(item, Failure):
            assert item.code in CODES and item.code.startswith("E") and item.reason.strip(), item
        else:
            assert isinstance(item, Article) and item.id and item.text.strip(), item
        json.dumps(dataclasses.asdict(item), ensure_ascii=False).encode("utf-8")  # no lone surrogate
    return items


def outcome(items) -> list[str]:
    """Each article's id, each failure's code, in order."""
    return [item.code if isinstance(item, Failure) else item.id for item in items]


def records(fmt: str, rows: list[tuple[str, str]]) -> str:
    """``rows`` of (id, text) written as a JSON Lines, JSON or CSV file."""
    if fmt == "jsonl":
        return "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in rows)
    if fmt == "json":
        return json.dumps([{"id": i, "text": t} for i, t in rows], ensure_ascii=False, indent=1)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([("id", "text"), *rows])
    return out.getvalue()


# ---- whole files that hold no article, in every format -----------------------------------

WHOLE_FILES = {  # content -> outcome for each format (".gz": the same bytes compressed)
    "empty": (b"", {"txt": ["E001"], "html": ["E001"], "json": ["E001"], "jsonl": ["E001"], "csv": ["E001"],
                    "warc": ["E001"]}),
    "white": (b"  \n\t \r\n ", {"txt": ["E001"], "html": ["E001"], "json": ["E001"], "jsonl": ["E001"],
                                "csv": ["E006", "E006"], "warc": ["E007"]}),  # CSV: a header "  " and two blank rows
    "garbage": (GARBAGE, {"txt": ["E002"], "html": ["E002"], "json": ["E002"], "jsonl": ["E002"], "csv": ["E002"],
                          "warc": ["E008"]}),
    "prose": (ENGLISH.encode(), {"json": ["E008"], "jsonl": ["E008"], "csv": ["E001"], "warc": ["E008"]}),  # CSV: a header
}


@pytest.mark.parametrize("case, fmt, gz", [(case, fmt, gz) for case, (_, expected) in WHOLE_FILES.items()
                                           for fmt in expected for gz in (False, True)
                                           if not (gz and fmt in ("txt", "html"))])  # no .txt.gz format
def test_a_file_without_an_article_is_reported_never_raised(tmp_path, case, fmt, gz):
    data, expected = WHOLE_FILES[case]
    path = tmp_path / f"in.{fmt}{'.gz' if gz else ''}"
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    items = read(path)
    assert outcome(items) == expected[fmt]
    assert all(item.path.startswith(str(path)) for item in items)


def test_a_warc_named_text_file_is_e008_not_an_empty_archive(tmp_path):
    # before: warcio read a first line of five words as an ARC header and the file gave nothing
    path = tmp_path / "notes.warc"
    path.write_bytes(ENGLISH.encode() + b"\n" + SECOND.encode())
    [failure] = read(path)
    assert (failure.code, failure.path) == ("E008", str(path))
    assert failure.reason == ("malformed record: record 1 of the archive: not a WARC or ARC record "
                              "(its length is not a number)")


# ---- gzip ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_gzip_file_cut_anywhere_yields_the_records_before_the_cut_then_e007(tmp_path, fmt):
    rows = [(f"r{n}", f"Record {n}. {ENGLISH}") for n in range(60)]
    data = gzip.compress(records(fmt, rows).encode(), mtime=0)
    path = tmp_path / f"cut.{fmt}.gz"
    for cut in [*range(1, 10), *range(10, len(data) - 8, 97)]:  # inside the 10-byte header too; not the trailer
        path.write_bytes(data[:cut])
        items = read(path)
        *articles, last = items or [None]
        assert outcome(articles) == [i for i, _ in rows[:len(articles)]], cut
        assert (last.code, last.path) == ("E007", str(path)), cut
        assert [a.text for a in articles] == [t for _, t in rows[:len(articles)]], cut
    assert len(read(path)) > 5  # the last cut kept the records before it


def test_gzip_faults_are_e007_and_gzip_of_garbage_is_e002(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(GARBAGE)  # not gzip at all
    (tmp_path / "b.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + GARBAGE)  # a gzip header, then garbage
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(GARBAGE, mtime=0))
    (tmp_path / "d.json.gz").write_bytes(gzip.compress(records("json", [("j", ENGLISH)]).encode(), mtime=0)[:-40])
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(records("jsonl", [("g", ENGLISH)]).encode(), mtime=0))
    items = read(tmp_path)
    assert outcome(items) == ["E007", "E007", "E002", "E007", "g"]
    assert items[0].reason.startswith(f"cannot read {tmp_path / 'a.jsonl.gz'}: Not a gzipped file")
    assert items[3].reason.endswith("Compressed file ended before the end-of-stream marker was reached")


# ---- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "json", "csv"])
@pytest.mark.parametrize("bom", ["\ufeff", ""])
def test_utf16_with_and_without_bom_is_read(tmp_path, fmt, bom):
    content = ENGLISH + "\n" if fmt == "txt" else records(fmt, [("g1", ENGLISH), ("g2", SECOND)])
    path = tmp_path / f"wide.{fmt}"
    path.write_bytes((bom + content).encode("utf-16-le"))
    items = read(path)
    if fmt == "txt":
        assert [(a.text, a.warnings) for a in items] == [(content, [])]
    else:
        assert [(a.id, a.text, a.warnings) for a in items] == [("g1", ENGLISH, []), ("g2", SECOND, [])]


MIXED = "Caf\u00e9 owners in Z\u00fcrich said the \u201cdeal\u201d \u2013 worth \u20ac5m \u2013 was signed."


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "json", "csv"])
def test_a_stray_cp1252_byte_in_utf8_is_read_as_cp1252(tmp_path, fmt):
    text = MIXED + " \x93" + ENGLISH  # the \x93 becomes one stray byte: a cp1252 opening quote
    content = text if fmt == "txt" else records(fmt, [("g1", text), ("g2", SECOND)])
    path = tmp_path / f"mixed.{fmt}"
    path.write_bytes(content.encode("utf-8").replace("\x93".encode("utf-8"), b"\x93"))
    items = read(path)
    assert items[0].text == MIXED + " \u201c" + ENGLISH
    assert [(w.code, w.reason) for w in items[0].warnings] == [("W001", "the text was not UTF-8; decoded as "
                                                                        "utf-8-cp1252")]
    assert outcome(items)[1:] == ([] if fmt == "txt" else ["g2"])


# ---- JSON and JSON Lines: bad records between good ones ------------------------------------

BAD_RECORDS = [  # (one JSON value, its outcome); the first three are whole-file E008s in a .json list
    ('{"id": "u", "text": "unterminated', "E008"),
    ("[" * 1200 + "]" * 1200, "E008"),  # deeper than MAX_JSON_DEPTH: never a RecursionError
    ('{"id": ' + "9" * 5000 + ', "text": "x"}', "E008"),  # over Python's 4,300-digit limit
    ("1", "E008"), ('"a string"', "E008"), ("null", "E008"), ("true", "E008"), ("NaN", "E008"),
    ("[1, null, [2, [3]], {}]", "E008"),
    ('{"id": "n", "text": 5}', "E006"), ('{"id": "l", "text": ["a"]}', "E006"),
    ('{"id": "o", "text": {"a": "b"}}', "E006"), ('{"id": "z", "text": null}', "E006"),
    ('{"id": "b", "text": true}', "E006"), ('{"id": "i", "text": -Infinity}', "E006"),
    ('{"id": "w", "text": " \\n\\t "}', "E006"), ('{"id": "s", "text": "lone \\ud800"}', "E008"),
    ('{"id": "h", "text": "' + "word " * 210_000 + '"}', "E003"),  # 1,050,000 characters
    ('{"id": "d", "text": "first copy", "text": "%s"}' % ENGLISH, "d"),  # a duplicate key: the last wins
    ('{"id": ["x"], "text": "%s"}' % SECOND, hashlib.sha256(SECOND.encode()).hexdigest()[:16]),  # no string id
]


def test_jsonl_bad_lines_between_good_lines_fail_alone(tmp_path):
    lines = [json.dumps({"id": "g0", "text": ENGLISH})]
    for n, (value, _) in enumerate(BAD_RECORDS, 1):
        lines += [value, json.dumps({"id": f"g{n}", "text": ENGLISH})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    expected = ["g0"]
    for n, (_, result) in enumerate(BAD_RECORDS, 1):
        expected += [result, f"g{n}"]
    assert outcome(items) == expected
    assert [item.path for item in items] == [f"{path}#line={n}" for n in range(1, len(lines) + 1)]
    assert items[3].reason == f"malformed record: line 4: nested 1200 levels deep (at most {MAX_JSON_DEPTH})"
    assert (items[19].article_id, items[35].article_id) == ("n", "h")  # the record's id goes with its failure
    assert (items[37].text, items[39].text) == (ENGLISH, SECOND)


def test_json_list_items_fail_alone_and_a_whole_file_fault_is_one_e008(tmp_path):
    listed = tmp_path / "list.json"
    values = [value for value, _ in BAD_RECORDS[3:]]
    listed.write_text("[" + ", ".join([json.dumps({"id": "first", "text": ENGLISH}), *values,
                                       json.dumps({"id": "last", "text": SECOND})]) + "]", encoding="utf-8")
    items = read(listed)
    assert outcome(items) == ["first", *(result for _, result in BAD_RECORDS[3:]), "last"]
    assert items[-1].path == f"{listed}#item={len(values) + 2}"
    for n, (value, _) in enumerate(BAD_RECORDS[:3]):
        whole = tmp_path / f"whole{n}.json"
        whole.write_text(value, encoding="utf-8")
        [failure] = read(whole)
        assert (failure.code, failure.path) == ("E008", str(whole))


def test_nul_bytes_in_json_lines_fail_only_their_lines(tmp_path):
    # before: one NUL byte in the first 64 KiB made the whole file binary (E002) and lost every record
    path = tmp_path / "nul.jsonl"
    path.write_bytes(records("jsonl", [("g1", ENGLISH)]).encode() + b'{"id": "n", "text": "a\x00b"}\n\x00\n'
                     + records("jsonl", [("g2", SECOND)]).encode())
    items = read(path)
    assert outcome(items) == ["g1", "E008", "E008", "g2"]
    assert items[1].reason == "malformed record: line 2 column 23: Invalid control character at"


# ---- CSV ----------------------------------------------------------------------------------


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


LONG = "word " * 40_000  # 200,000 characters: over csv's default field limit of 131,072
CSV_CASES = {  # body -> outcome; a stray quote fails its row, an unclosed one the rest of the file
    "no header": (f"g1,{_q(ENGLISH)}\ng2,{_q(SECOND)}\n", ["E006"]),  # the first row is taken as the header
    "only a header": ("id,text\n", ["E001"]),  # no record: the file fails (issue 17)
    "ragged rows": (f"id,text\ng1,{_q(ENGLISH)},extra,more\ng2\ng3,{_q(SECOND)}\n", ["g1", "E006", "g3"]),
    "unclosed quote": (f'id,text\ng1,{_q(ENGLISH)}\ng2,"never closed\ng3,The talks went on.\n', ["g1", "E008"]),
    "stray quote": (f'id,text\ng1,{_q(ENGLISH)}\ng2,"He said "no" today"\ng3,{_q(SECOND)}\n', ["g1", "E008", "g3"]),
    "NUL byte": (f"id,text\ng1,{_q(ENGLISH)}\ng2,{_q(SECOND + chr(0))}\ng3,{_q(ENGLISH)}\n", ["g1", "g2", "g3"]),
    "huge field": (f"id,text\ng1,{_q(ENGLISH)}\ng2,{LONG}\ng3,{_q(SECOND)}\n", ["g1", "g2", "g3"]),
    "duplicate column": (f"id,text,text\ng1,first copy,{_q(ENGLISH)}\n", ["g1"]),  # the last one wins, as in JSON
    "byte-order mark": (f"\ufeffid,text\ng1,{_q(ENGLISH)}\n", ["g1"]),
}


@pytest.mark.parametrize("case", CSV_CASES)
def test_csv_faults_keep_the_rows_before_them(tmp_path, case):
    body, expected = CSV_CASES[case]
    path = tmp_path / "feed.csv"
    path.write_bytes(body.encode("utf-8"))
    items = read(path)
    assert outcome(items) == expected
    texts = {item.id: item.text for item in items if isinstance(item, Article)}
    assert texts.get("g1", ENGLISH) == ENGLISH and texts.get("g3", SECOND) in (SECOND, ENGLISH)
    if case == "NUL byte":
        assert texts["g2"] == SECOND + "\x00"
    if case == "huge field":
        assert texts["g2"] == LONG
    if case == "ragged rows":
        assert (items[1].path, items[1].article_id) == (f"{path}#row=2", "g2")


def test_csv_quoting_faults_name_the_line(tmp_path):
    # before: a stray quote was reported on the line of the last good row ("CSV line 2")
    for case, reason in (("unclosed quote", "CSV record from line 3: a quoted field is never closed"),
                         ("stray quote", "CSV line 3: ',' expected after '\"'")):
        path = tmp_path / "feed.csv"
        path.write_bytes(CSV_CASES[case][0].encode("utf-8"))
        failure = next(item for item in read(path) if isinstance(item, Failure))
        assert (failure.path, failure.reason) == (f"{path}#row=2", f"malformed record: {reason}")


# ---- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page, expected", [
    (b"<html><head><script>var x = 'The minister said';</script></head><body></body></html>", ["E001"]),
    (b"<script>" + ENGLISH.encode() + b"</script>", ["E001"]),
    (b"<html><body>" + b"<div>" * 200 + ENGLISH.encode() + b"</body>", None),  # unclosed tags: an article
    (b"<html><body>" + b"<div>" * 3000 + ENGLISH.encode() + b"</body>", ["E001"]),  # lxml stops at 256 levels
    (GARBAGE, ["E002"]),
])
def test_html_without_main_text_is_e001_and_tag_soup_is_read(tmp_path, page, expected):
    path = tmp_path / "page.html"
    path.write_bytes(page)
    items = read(path)
    if expected is None:
        assert [(type(item), item.text) for item in items] == [(Article, ENGLISH)]
    else:
        assert outcome(items) == expected


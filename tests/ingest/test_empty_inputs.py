"""An input file that holds no record at all is one E001 failure of that file, never silence, and
the files after it are read (issue 17: no input stops a batch or a resume)."""
from __future__ import annotations

import gzip
import json

import pytest

from dateline.errors import Code
from dateline.ingest.readers import iter_articles
from dateline.records import Article, Failure

ENGLISH = ("The defence secretary said on Thursday that Ukraine must have a seat at any peace talks, "
           "and that the allies would keep up their support for as long as it takes.")
SECOND = ("Officials in Paris said on Monday that France would send more aid to Ukraine before the winter, "
          "and the minister said that talks with Berlin would go on.")
ARTICLE_EMPTY = "the article is empty (no text after stripping white space)"


def read(*paths) -> list[Article | Failure]:
    return list(iter_articles([str(p) for p in paths]))


@pytest.mark.parametrize("name, data, reason", [
    ("zero.jsonl", b"", "the input is empty (0 bytes)"),
    ("blank.jsonl", b"\n  \n\t\r\n", "the input is empty (only white space)"),
    ("zero.jsonl.gz", gzip.compress(b"", mtime=0), "the input is empty (0 bytes)"),
    ("zero.csv", b"", "the input is empty (0 bytes)"),
    ("blank.csv", b"\n\r\n\n", "the input is empty (only white space)"),
    ("header.csv", b"id,text\n", "the input is empty (only a header row)"),
    ("header_then_blank_lines.csv", b"id,text\r\n\r\n\r\n", "the input is empty (only a header row)"),
    ("header.csv.gz", gzip.compress(b"title,text,date\n", mtime=0), "the input is empty (only a header row)"),
    ("zero.json", b"", "the input is empty (0 bytes)"),
    ("blank.json", b" \n\t\n", "the input is empty (only white space)"),
    ("list.json", b"[ ]\n", "the input is empty (an empty JSON list)"),
    ("zero.txt", b"", ARTICLE_EMPTY),
    ("blank.txt", b" \r\n\t\n", ARTICLE_EMPTY),
])
def test_a_file_without_any_record_is_one_e001_failure_of_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    assert read(path) == [Failure(path=str(path), code=Code.EMPTY.value, reason=reason, article_id=None)]


def test_empty_files_in_a_folder_fail_alone_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a1", "text": ENGLISH}) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_bytes(b"")
    (tmp_path / "c.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "e.csv").write_text(f'id,text\ne1,"{SECOND}"\n', encoding="utf-8")
    (tmp_path / "f.jsonl").write_text("\n\n", encoding="utf-8")
    items = read(tmp_path)
    assert [(i.path, i.code if isinstance(i, Failure) else i.id) for i in items] == [
        (f"{tmp_path}/a.jsonl#line=1", "a1"),
        (f"{tmp_path}/b.jsonl", "E001"),
        (f"{tmp_path}/c.csv", "E001"),
        (f"{tmp_path}/d.txt", "E001"),
        (f"{tmp_path}/e.csv#row=1", "e1"),
        (f"{tmp_path}/f.jsonl", "E001"),
    ]
    assert [i.reason for i in items if isinstance(i, Failure)] == [
        "the input is empty (0 bytes)", "the input is empty (only a header row)", ARTICLE_EMPTY,
        "the input is empty (only white space)"]


@pytest.mark.parametrize("name, data, expected", [
    # records that fail are no silence: their own failures, and no E001 besides
    ("bad.jsonl", b'{"id": "x", "text": 5}\n\n', [("#line=1", "E006")]),
    ("bad.csv", b"id,title\nx,No text here\n", [("#row=1", "E006")]),
    ("items.json", b'[{"id": "x"}]', [("#item=1", "E006")]),
    ("object.json", b"{}", [("", "E006")]),
])
def test_a_file_whose_records_all_fail_gives_their_failures_and_no_e001(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert [(i.path, i.code) for i in read(path)] == [(f"{path}{where}", code) for where, code in expected]


def test_an_empty_json_list_on_standard_input_is_e001():
    import io

    items = list(iter_articles(["-"], stdin=io.BytesIO(b"[]")))
    assert items == [Failure(path="<stdin>", code="E001", reason="the input is empty (an empty JSON list)")]
